"""Entry point of the frozen Lectern (PyInstaller): the same as the `lectern` console script."""
import sys

from sync.cli import main

if __name__ == "__main__":
    sys.exit(main())
