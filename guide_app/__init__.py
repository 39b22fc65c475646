"""The offline family guide to relapsed childhood acute lymphoblastic leukemia (ALL)."""

from __future__ import annotations

__version__ = "0.1.0"
