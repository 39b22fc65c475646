import sys

from guide_app.cli import main

sys.exit(main())
