"""The Documents renderer keeps working: it is how this area's screens get looked at in every language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "render_documents.py"
EXPECTED = {
    "documents-attention.png",
    "documents-sent.png",
    "documents-waiting.png",
    "documents-foreign.png",
    "series-preview.png",
    "series-error.png",
    "issue-dialog.png",
    "issue-foreign-error.png",
}


def load_script():
    spec = importlib.util.spec_from_file_location("render_documents", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_renders_the_screen_and_its_dialogs_in_one_language(qapp, tmp_path):
    style_before = qapp.style().name()
    assert load_script().main(["--out", str(tmp_path), "--languages", "pl", "--schemes", "dark"]) == 0
    folder = tmp_path / "pl" / "dark"
    assert {path.name for path in folder.iterdir()} == EXPECTED
    screen = QImage(str(folder / "documents-attention.png"))
    assert screen.width() >= 1000 and screen.height() >= 700
    assert screen.pixelColor(screen.width() // 2, screen.height() - 40).lightness() < 100  # dark applied
    assert QImage(str(folder / "issue-dialog.png")).width() >= 400
    assert qapp.style().name() == style_before  # the application is left as it was found
