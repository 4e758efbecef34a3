"""The e-Factura renderer keeps working: it is how every language's e-Factura screens get looked at."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "render_efactura.py"
EXPECTED = {
    "efactura.png",
    "efactura-inbox.png",
    "efactura-not-set-up.png",
    "efactura-not-romanian.png",
    "efactura-setup-prerequisites.png",
    "efactura-setup-details.png",
    "efactura-sign-in.png",
    "efactura-sign-in-failed.png",
}


def load_script():
    spec = importlib.util.spec_from_file_location("render_efactura", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_renders_the_screen_and_its_dialogs_in_a_language(qapp, tmp_path, monkeypatch):
    style_before = qapp.style().name()
    monkeypatch.delenv("INVOICEDESK_RULES_DIR", raising=False)
    assert load_script().main(["--out", str(tmp_path), "--languages", "ro", "--schemes", "dark"]) == 0

    folder = tmp_path / "ro" / "dark"
    assert {path.name for path in folder.iterdir()} == EXPECTED
    screen = QImage(str(folder / "efactura.png"))
    assert screen.width() >= 1100 and screen.height() >= 700
    assert screen.pixelColor(screen.width() // 2, screen.height() - 40).lightness() < 100  # dark applied
    assert qapp.style().name() == style_before  # the application is left as it was found
