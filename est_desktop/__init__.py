"""EST Desktop: the weekly EST meeting of Tryggare Trelleborg, from agenda to minutes."""

__version__ = "0.1.0"  # the package's version too (pyproject.toml reads it from here)

APP_NAME = "EST Desktop"
ORGANISATION_NAME = "Tryggare Trelleborg"
