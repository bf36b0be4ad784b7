"""EST Desktop: the weekly EST meeting of Tryggare Trelleborg, from agenda to minutes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("est-desktop")
except PackageNotFoundError:  # running from a source checkout without installing
    __version__ = "0.1.0"

APP_NAME = "EST Desktop"
ORGANISATION_NAME = "Tryggare Trelleborg"
