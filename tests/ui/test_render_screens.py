"""The screen renderer keeps working: it is how every language's screens get looked at."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from invoicedesk.ui.main_window import SCREEN_KEYS

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "render_screens.py"


def load_script():
    spec = importlib.util.spec_from_file_location("render_screens", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_renders_every_screen_and_dialog_of_a_language(qapp, tmp_path):
    style_before = qapp.style().name()
    assert load_script().main(["--out", str(tmp_path), "--languages", "ro", "--schemes", "dark"]) == 0
    folder = tmp_path / "ro" / "dark"
    expected = {f"{key}.png" for key in SCREEN_KEYS} | {
        "orders-empty.png",
        "import-problems.png",
        "import-done.png",
        "crash.png",
    }
    assert {path.name for path in folder.iterdir()} == expected
    orders = QImage(str(folder / "orders.png"))
    assert orders.width() >= 1000 and orders.height() >= 600
    # Dark scheme really applied: the window background is dark.
    assert orders.pixelColor(orders.width() // 2, orders.height() - 40).lightness() < 100
    assert qapp.style().name() == style_before  # the application is left as it was found
