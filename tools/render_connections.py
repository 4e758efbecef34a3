"""Render the Connections screen, every step of the setup wizard and the payment-method grid to PNG.

    python tools/render_connections.py [--out screenshots] [--languages en cs …] [--schemes light dark]

Runs offscreen against a real temporary database and the local Fakturoid emulator, driving the screens
the way a user does (Activate really runs), in every language, light and dark. The pictures land in
<out>/<language>/<scheme>/connections-*.png; look at them after any change to these screens.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget  # noqa: E402

from invoicedesk.app.activation import activate  # noqa: E402
from invoicedesk.app.companies import add_company  # noqa: E402
from invoicedesk.app.connections import add_connection, delete_connection, list_connections  # noqa: E402
from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.connectors.contract import BuildOptions  # noqa: E402
from invoicedesk.core.documents import Company, Country  # noqa: E402
from invoicedesk.sandbox.fakturoid import FakturoidEmulator  # noqa: E402
from invoicedesk.secrets.memory import MemoryKeyring  # noqa: E402
from invoicedesk.secrets.store import SecretStore  # noqa: E402
from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector  # noqa: E402
from invoicedesk.ui.screens.connections import ConnectionsScreen  # noqa: E402
from invoicedesk.ui.tasks import TaskRunner  # noqa: E402
from invoicedesk.ui.translations import LANGUAGES, install_translators, remove_translators  # noqa: E402
from invoicedesk.ui.wizard.setup_wizard import SetupWizard  # noqa: E402
from tools.render_screens import LOCALES, _dark_palette  # noqa: E402

SCREEN_SIZE = (1000, 620)
# Each Activate gets a rate budget of its own: the pictures of ten runs would otherwise wait for Fakturoid's.
OPTIONS = BuildOptions(share_rate_limiter=False)
WIZARD_SIZE = (820, 680)


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
    app.setStyle(QStyleFactory.create("Fusion"))
    light_palette = QPalette(app.palette())
    # The failed Activates below are on purpose; their tracebacks would only hide real trouble.
    task_log = logging.getLogger("invoicedesk.ui.tasks")
    previous_level = task_log.level
    task_log.setLevel(logging.CRITICAL)
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    written = 0
    try:
        with tempfile.TemporaryDirectory(prefix="invoicedesk-connections-") as scratch, \
                FakturoidEmulator(pdf_delay_seconds=0.0, extra_slugs=("druha-firma",),
                                  rate_limit=100_000) as emulator:
            context = AppContext.open(data_dir=Path(scratch) / "data", secrets=SecretStore(MemoryKeyring()))
            try:
                for language in args.languages:
                    for scheme in args.schemes:
                        app.setPalette(_dark_palette() if scheme == "dark" else light_palette)
                        target = args.out / language / scheme
                        target.mkdir(parents=True, exist_ok=True)
                        written += _render_language(app, language, context, emulator, target)
            finally:
                context.close()
    finally:
        collector.stop()
        task_log.setLevel(previous_level)
        app.setStyle(QStyleFactory.create(previous_style))
        app.setPalette(previous_palette)
        QLocale.setDefault(previous_locale)
    print(f"{written} pictures in {args.out}")
    return 0


def _render_language(app: QApplication, language: str, context: AppContext, emulator: FakturoidEmulator,
                     target: Path) -> int:
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale(LOCALES[language]))
    runner = TaskRunner()
    written = 0
    company = add_company(context, Company(name=f"Pražírna s.r.o. ({language}, {target.name})",
                                           country=Country.CZ, registration_id="27082440"))
    assert company.id is not None
    try:
        written += _render_screen(context, emulator, company, runner, target)
        written += _render_wizard(context, emulator, company, runner, target)
        for connection in list_connections(context, company.id):
            delete_connection(context, connection.id)
    finally:
        runner.wait_for_workers()
        _settle()
        remove_translators(app, translators)
    return written


def _render_screen(context: AppContext, emulator: FakturoidEmulator, company: Company, runner: TaskRunner,
                   target: Path) -> int:
    assert company.id is not None
    written = 0
    screen = ConnectionsScreen(runner, build_options=OPTIONS)
    screen.resize(*SCREEN_SIZE)
    screen.show()
    screen.set_context(context)
    screen.set_company(company.id)
    _wait_until(lambda: screen.company is not None)
    written += _save(screen, target / "connections-empty.png")

    credentials = emulator.demo_credentials()
    settings = {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url}
    secrets = {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]}
    main = add_connection(context, company.id, "fakturoid", settings, secrets, name="Fakturoid")
    activate(context, main.id, options=OPTIONS)
    second = add_connection(context, company.id, "fakturoid", settings, secrets, name="Fakturoid – e-shop")
    _reload(screen)
    screen.select_connection(main.id)
    written += _save(screen, target / "connections.png")

    emulator.set_blocked(True)
    try:
        screen.select_connection(second.id)
        screen.activate_selected()
        _wait_until(lambda: second.id not in screen.activating and second.id in screen.failures)
        _reload(screen)
        screen.select_connection(second.id)
        written += _save(screen, target / "connections-failed.png")
    finally:
        emulator.set_blocked(False)

    screen.select_connection(main.id)
    dialog = screen.open_payment_methods()
    assert dialog is not None
    _wait_until(lambda: dialog.grid.data is not None)
    written += _save(dialog, target / "connections-payment-methods.png")
    dialog.close()
    screen.close()
    screen.deleteLater()
    _settle()
    return written


def _render_wizard(context: AppContext, emulator: FakturoidEmulator, company: Company, runner: TaskRunner,
                   target: Path) -> int:
    written = 0
    credentials = emulator.demo_credentials()
    wizard = SetupWizard(runner, context, company, build_options=OPTIONS)
    wizard.resize(*WIZARD_SIZE)
    wizard.show()
    written += _save(wizard, target / "connections-wizard-1-empty.png")
    wizard.service_page.choose("fakturoid")
    written += _save(wizard, target / "connections-wizard-1.png")
    wizard.next_button.click()
    wizard.prerequisites_page.boxes["api_v3_credentials"].setChecked(True)
    written += _save(wizard, target / "connections-wizard-2.png")
    wizard.next_button.click()
    written += _save(wizard, target / "connections-wizard-3-empty.png")
    page = wizard.credentials_page
    for name, value in (("slug", credentials["slug"]), ("email", credentials["email"]),
                        ("client_id", credentials["client_id"]), ("client_secret", "wrong-secret-123")):
        _type(wizard, name, value)
    page.advanced_button.setChecked(True)
    _type(wizard, "base_url", emulator.base_url)
    page.editor("client_id").where_button.setChecked(True)
    page.editor("client_secret").show_button.setChecked(True)
    written += _save(wizard, target / "connections-wizard-3.png")
    page.editor("client_secret").show_button.setChecked(False)
    page.editor("client_id").where_button.setChecked(False)
    page.advanced_button.setChecked(False)

    wizard.next_button.click()
    written += _save(wizard, target / "connections-wizard-4.png")
    _activate(wizard)
    written += _save(wizard, target / "connections-wizard-3-refused.png")
    _type(wizard, "client_secret", credentials["client_secret"])
    _type(wizard, "slug", "neznama-firma")
    wizard.next_button.click()
    _activate(wizard)
    written += _save(wizard, target / "connections-wizard-3-not-found.png")
    _type(wizard, "slug", credentials["slug"])
    wizard.next_button.click()
    written += _save(wizard, target / "connections-wizard-4-again.png")
    _activate(wizard)
    written += _save(wizard, target / "connections-wizard-4-done.png")
    wizard.next_button.click()
    _wait_until(lambda: wizard.options_page.grid.data is not None)
    written += _save(wizard, target / "connections-wizard-5.png")
    wizard.close()
    _settle()
    return written


def _type(wizard: SetupWizard, name: str, value: str) -> None:
    line = wizard.credentials_page.editor(name).line_edit
    assert line is not None
    line.setText(value)
    line.textEdited.emit(value)


def _activate(wizard: SetupWizard) -> None:
    wizard.activate_page.activate_button.click()
    _wait_until(lambda: not wizard.busy)


def _reload(screen: ConnectionsScreen) -> None:
    loaded: list[bool] = []
    screen.loaded.connect(lambda: loaded.append(True))
    screen.refresh()
    _wait_until(lambda: bool(loaded))


def _wait_until(condition: Callable[[], object], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("Timed out waiting for the screen")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> int:
    _settle()
    widget.repaint()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
