"""Where the independent e-Factura validation kit lives: beside the repository, never inside it."""

from pathlib import Path

KIT = (Path(__file__).resolve().parents[3].parent / "shared" / "validation").resolve()
