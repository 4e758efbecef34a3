"""Render every screen and dialog of the main window to PNG, in every language, light and dark.

    python tools/render_screens.py [--out screenshots] [--languages en cs …] [--schemes light dark]

Runs offscreen (no display needed) against a real temporary database filled through the app services
with the sample orders in resources/, so the lists show what a user would see. The pictures land in
<out>/<language>/<scheme>/<screen>.png; look at them after any change to a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget  # noqa: E402

from invoicedesk.app.companies import add_company  # noqa: E402
from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.app.order_import import ImportResult, import_orders  # noqa: E402
from invoicedesk.core.documents import Company, Country  # noqa: E402
from invoicedesk.diagnostics import crash_report  # noqa: E402
from invoicedesk.secrets.memory import MemoryKeyring  # noqa: E402
from invoicedesk.secrets.store import SecretStore  # noqa: E402
from invoicedesk.ui.crash import CrashDialog  # noqa: E402
from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector  # noqa: E402
from invoicedesk.ui.main_window import SCREEN_KEYS, MainWindow  # noqa: E402
from invoicedesk.ui.order_import import ImportResultDialog  # noqa: E402
from invoicedesk.ui.preferences import Preferences  # noqa: E402
from invoicedesk.ui.tasks import TaskRunner  # noqa: E402
from invoicedesk.ui.translations import LANGUAGES, install_translators, remove_translators  # noqa: E402

SAMPLE_ORDERS = REPO / "resources" / "orders-sample.csv"
BAD_ORDERS = REPO / "resources" / "orders-bad-row.csv"
LOCALES = {"en": "en_GB", "cs": "cs_CZ", "sk": "sk_SK", "pl": "pl_PL", "ro": "ro_RO"}
WINDOW_SIZE = (1180, 700)


@dataclass(frozen=True)
class Scene:
    """The data every language is rendered over."""

    context: AppContext
    empty_company_id: int
    bad_import: ImportResult
    good_import: ImportResult
    scratch: Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=list(LANGUAGES))
    parser.add_argument("--schemes", nargs="+", default=["light", "dark"], choices=["light", "dark"])
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    # Restored at the end, for a caller (a test) that goes on using the same application.
    previous_style, previous_palette, previous_locale = app.style().name(), QPalette(app.palette()), QLocale()
    app.setStyle(QStyleFactory.create("Fusion"))  # the same look on every machine that renders
    light_palette = QPalette(app.palette())
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    written = 0
    try:
        with tempfile.TemporaryDirectory(prefix="invoicedesk-screens-") as scratch:
            scene = _scene(Path(scratch))
            try:
                for language in args.languages:
                    for scheme in args.schemes:
                        app.setPalette(_dark_palette() if scheme == "dark" else light_palette)
                        target = args.out / language / scheme
                        target.mkdir(parents=True, exist_ok=True)
                        written += _render_language(app, language, scene, target)
            finally:
                scene.context.close()
    finally:
        collector.stop()
        app.setStyle(QStyleFactory.create(previous_style))
        app.setPalette(previous_palette)
        QLocale.setDefault(previous_locale)
    print(f"{written} pictures in {args.out}")
    return 0


def _render_language(app: QApplication, language: str, scene: Scene, target: Path) -> int:
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale(LOCALES[language]))
    runner = TaskRunner()
    written = 0
    try:
        paths = scene.context.paths
        window = MainWindow(
            runner,
            Preferences(scene.scratch / f"prefs-{language}-{target.name}"),
            data_dir=paths.data_dir,
            log_file=paths.logs_dir / "invoicedesk.log",
        )
        window.resize(*WINDOW_SIZE)
        window.show()
        window.attach_context(scene.context)
        _wait_until(lambda: window.companies and window.secret_status is not None)
        _wait_for_lists(window)
        for key in SCREEN_KEYS:
            window.show_screen(key)
            _wait_for_lists(window)
            written += _save(window, target / f"{key}.png")

        window.show_screen("orders")
        window.select_company(scene.empty_company_id)
        _wait_for_lists(window)
        written += _save(window, target / "orders-empty.png")

        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("import-problems", lambda: ImportResultDialog(scene.bad_import, window)),
            ("import-done", lambda: ImportResultDialog(scene.good_import, window)),
            ("crash", lambda: _crash_dialog(window)),
        ]
        for name, make in dialogs:
            dialog = make()
            dialog.show()
            _settle()
            written += _save(dialog, target / f"{name}.png")
            dialog.close()
            dialog.deleteLater()
        window.close()
        window.deleteLater()
        _settle()
    finally:
        runner.wait_for_workers()
        _settle()
        remove_translators(app, translators)
    return written


def _scene(scratch: Path) -> Scene:
    context = AppContext.open(data_dir=scratch / "data", secrets=SecretStore(MemoryKeyring()))
    alfa = _add_company(context, "Alfa s.r.o.", "27082440", vat_id="CZ27082440")
    _add_company(context, "Beta a.s.", "00006947")
    empty = _add_company(context, "Gama s.r.o.", "25596641")
    result = import_orders(context, SAMPLE_ORDERS, alfa)
    if result.problems:
        raise SystemExit(f"The sample orders no longer import: {result.problems}")
    # The file with a mistake imports nothing, so the empty company stays empty.
    bad_import = import_orders(context, BAD_ORDERS, empty)
    good_import = import_orders(context, SAMPLE_ORDERS, _add_company(context, "Delta s.r.o.", "45678901"))
    return Scene(context, empty, bad_import, good_import, scratch)


def _add_company(context: AppContext, name: str, registration_id: str, *, vat_id: str = "") -> int:
    company = add_company(
        context, Company(name=name, country=Country.CZ, registration_id=registration_id, vat_id=vat_id)
    )
    assert company.id is not None
    return company.id


def _crash_dialog(window: MainWindow) -> CrashDialog:
    try:
        raise RuntimeError("Example failure rendered for the screenshots")
    except RuntimeError as error:
        report = crash_report(type(error), error, error.__traceback__, context=window.support_context())
    dialog = CrashDialog(report, window)
    dialog.count_another()
    return dialog


def _dark_palette() -> QPalette:
    """Fusion's colours for a dark system theme, so custom colours are checked against dark backgrounds."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#6ea8fe",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


def _wait_for_lists(window: MainWindow) -> None:
    models = [window.screens[key].model for key in ("orders", "clients")]
    _wait_until(lambda: all(model.has_loaded and not model.is_loading for model in models))
    _settle()


def _wait_until(condition: Callable[[], object], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("Timed out waiting for the window to load its data")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> int:
    widget.repaint()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
