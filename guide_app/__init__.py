"""The offline family guide to relapsed childhood acute lymphoblastic leukemia (ALL)."""

from __future__ import annotations

__version__ = "0.1.0"
# The folder name of the guide's own files in the user's data and config folders.
APP_DIR_NAME = "relapsed-all-family-guide"
