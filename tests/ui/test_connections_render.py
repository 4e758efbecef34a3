"""The Connections renderer keeps working: it is how every language's wizard and screen get looked at."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "render_connections.py"
PICTURES = {
    "connections-empty.png", "connections.png", "connections-failed.png", "connections-payment-methods.png",
    "connections-wizard-1-empty.png", "connections-wizard-1.png", "connections-wizard-2.png",
    "connections-wizard-3-empty.png", "connections-wizard-3.png", "connections-wizard-3-refused.png",
    "connections-wizard-3-not-found.png", "connections-wizard-4.png", "connections-wizard-4-again.png",
    "connections-wizard-4-done.png", "connections-wizard-5.png",
}


def load_script():
    spec = importlib.util.spec_from_file_location("render_connections", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_renders_the_screen_every_wizard_step_and_the_grid(qapp, tmp_path):
    style_before = qapp.style().name()
    task_log = logging.getLogger("invoicedesk.ui.tasks")
    level_before = task_log.level
    assert load_script().main(["--out", str(tmp_path), "--languages", "sk", "--schemes", "dark"]) == 0
    folder = tmp_path / "sk" / "dark"
    assert {path.name for path in folder.iterdir()} == PICTURES
    done = QImage(str(folder / "connections-wizard-4-done.png"))
    assert done.width() >= 800 and done.height() >= 600
    assert done.pixelColor(done.width() // 2, done.height() - 100).lightness() < 100  # dark really applied
    assert qapp.style().name() == style_before  # the application is left as it was found
    assert task_log.level == level_before  # and so is the log
