"""Run the guide from a checkout: ``python main.py`` is ``guide-app``."""

import sys

from guide_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
