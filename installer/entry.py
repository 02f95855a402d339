"""The bundle's entry point: the same ``main`` as the ``pos-app`` command."""

import sys

from pos_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
