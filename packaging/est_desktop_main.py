"""Entry script for the PyInstaller bundle.

PyInstaller needs a script file; ``est_desktop/__main__.py`` uses a relative import and
cannot serve as one, so this calls the same ``main`` the ``est-desktop`` command calls.
"""

from est_desktop.__main__ import main

if __name__ == "__main__":
    main()
