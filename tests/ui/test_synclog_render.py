"""The Sync log renderer keeps working: it is how the screen gets looked at in every language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "render_synclog.py"


def load_script():
    spec = importlib.util.spec_from_file_location("render_synclog", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_renders_the_list_the_failures_and_the_empty_log(qapp, tmp_path):
    style_before = qapp.style().name()
    assert load_script().main(["--out", str(tmp_path), "--languages", "cs", "--schemes", "dark"]) == 0
    folder = tmp_path / "cs" / "dark"
    assert {path.name for path in folder.iterdir()} == {
        "synclog.png",
        "synclog-failed.png",
        "synclog-empty.png",
    }
    picture = QImage(str(folder / "synclog.png"))
    assert picture.width() >= 1000 and picture.height() >= 600
    assert picture.pixelColor(picture.width() // 2, picture.height() - 20).lightness() < 100  # dark applied
    assert qapp.style().name() == style_before
