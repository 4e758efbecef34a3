"""Render the Documents screen and its dialogs to PNG, in every language, light and dark.

    python tools/render_documents.py [--out screenshots] [--languages en cs …] [--schemes light dark]

Runs offscreen against a real temporary database and the Fakturoid emulator on 127.0.0.1, filled through
the app services: one invoice sent, one held because the account is blocked, one waiting for a retry after
an outage, and one in euros not sent yet. The pictures land in <out>/<language>/<scheme>/documents-*.png,
issue-*.png and series-*.png; look at them after any change to these screens.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget  # noqa: E402
from render_screens import (  # noqa: E402
    LOCALES,
    WINDOW_SIZE,
    _dark_palette,
    _save,
    _settle,
    _wait_until,
)

from invoicedesk.app.companies import add_company  # noqa: E402
from invoicedesk.app.connections import add_connection  # noqa: E402
from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.app.documents import issue_from_order  # noqa: E402
from invoicedesk.app.order_import import import_orders  # noqa: E402
from invoicedesk.app.orders import list_orders  # noqa: E402
from invoicedesk.app.paging import PageRequest  # noqa: E402
from invoicedesk.app.series import add_series  # noqa: E402
from invoicedesk.app.sync import enqueue_push, run_connection  # noqa: E402
from invoicedesk.connectors.contract import BuildOptions  # noqa: E402
from invoicedesk.connectors.http import RetryPolicy, Timeouts  # noqa: E402
from invoicedesk.core.documents import BankAccount, Company, Country, DocumentType  # noqa: E402
from invoicedesk.sandbox.fakturoid import FakturoidEmulator  # noqa: E402
from invoicedesk.secrets.memory import MemoryKeyring  # noqa: E402
from invoicedesk.secrets.store import SecretStore  # noqa: E402
from invoicedesk.sync.lane import LanePolicy  # noqa: E402
from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector  # noqa: E402
from invoicedesk.ui.main_window import MainWindow  # noqa: E402
from invoicedesk.ui.preferences import Preferences  # noqa: E402
from invoicedesk.ui.screens.documents import DocumentsScreen  # noqa: E402
from invoicedesk.ui.screens.orders import OrdersScreen  # noqa: E402
from invoicedesk.ui.tasks import TaskRunner  # noqa: E402
from invoicedesk.ui.translations import LANGUAGES, install_translators, remove_translators  # noqa: E402

SAMPLE_ORDERS = REPO / "resources" / "orders-sample.csv"
ISSUED_ON = dt.date(2026, 3, 5)
# The scene's outage must not make the renderer wait: short timeouts, no real sleeping between retries.
QUICK = BuildOptions(
    timeouts=Timeouts(connect=2, read=5),
    retry=RetryPolicy(attempts=1, base_delay=0.01, max_delay=0.05, max_wait=1),
    sleep=lambda _seconds: None,
    reconcile_delay=0.0,
    share_rate_limiter=False,
)


@dataclass(frozen=True)
class Scene:
    context: AppContext
    company_id: int
    numbers: dict[str, str]  # "sent", "attention", "waiting", "foreign" → document number
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
    previous_style, previous_palette, previous_locale = app.style().name(), QPalette(app.palette()), QLocale()
    app.setStyle(QStyleFactory.create("Fusion"))
    light_palette = QPalette(app.palette())
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    written = 0
    try:
        with (
            tempfile.TemporaryDirectory(prefix="invoicedesk-documents-") as scratch,
            FakturoidEmulator(pdf_delay_seconds=0.0) as emulator,
        ):
            scene = _scene(Path(scratch), emulator)
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


def _scene(scratch: Path, emulator: FakturoidEmulator) -> Scene:
    context = AppContext.open(data_dir=scratch / "data", secrets=SecretStore(MemoryKeyring()))
    company = add_company(
        context,
        Company(
            name="Pražírna s.r.o.",
            country=Country.CZ,
            registration_id="27082440",
            vat_id="CZ27082440",
            bank_accounts=[BankAccount(iban="CZ6508000000192000145399")],
        ),
    )
    assert company.id is not None
    result = import_orders(context, SAMPLE_ORDERS, company.id)
    if result.problems:
        raise SystemExit(f"The sample orders no longer import: {result.problems}")
    credentials = emulator.demo_credentials()
    connection = add_connection(
        context,
        company.id,
        "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
    )
    invoices = add_series(context, company.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}/{NNNN}")
    add_series(
        context, company.id, doc_type=DocumentType.PROFORMA, pattern="ZF{YY}{NNN}", name="Zálohy e-shop"
    )
    orders = {row.external_id: row.id for row in list_orders(context, company.id, PageRequest()).rows}

    def issue(external_id: str, rate: Decimal | None = None) -> int:
        document = issue_from_order(
            context,
            orders[external_id],
            doc_type=DocumentType.INVOICE,
            series_id=invoices.id,
            issue_date=ISSUED_ON,
            exchange_rate=rate,
        )
        assert document.id is not None
        return document.id

    def send(document_id: int) -> None:
        enqueue_push(context, document_id, connection.id)
        run_connection(context, connection.id, options=QUICK, policy=LanePolicy(archive_pdf=False))

    send(issue("WEB-1001"))
    emulator.set_blocked(True)
    send(issue("WEB-1002"))
    emulator.set_blocked(False)
    emulator.faults.inject("status", status=503, times=-1)
    send(issue("WEB-1004"))
    emulator.faults.clear()
    issue("WEB-1003", Decimal("25.125"))
    numbers = {
        "sent": "FV2026/0001",
        "attention": "FV2026/0002",
        "waiting": "FV2026/0003",
        "foreign": "FV2026/0004",
    }
    return Scene(context, company.id, numbers, scratch)


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
        window.resize(WINDOW_SIZE[0], 820)
        window.show()
        window.attach_context(scene.context)
        _wait_until(lambda: window.companies and window.secret_status is not None)
        documents = window.show_screen("documents")
        assert isinstance(documents, DocumentsScreen)
        _idle(runner, documents)

        for key, name in (
            ("attention", "documents-attention"),
            ("sent", "documents-sent"),
            ("waiting", "documents-waiting"),
            ("foreign", "documents-foreign"),
        ):
            _choose(runner, documents, scene.numbers[key])
            written += _save(window, target / f"{name}.png")

        documents.open_series_editor()
        series = documents.series_dialog
        assert series is not None
        _wait_until(lambda: series.table.rowCount() == 2 and runner.pending_count == 0)
        series.pattern_edit.setText("FV{YYYY}/{NNNN}")
        written += _save_dialog(series, target / "series-preview.png")
        series.pattern_edit.setText("FV{YYYY}")
        written += _save_dialog(series, target / "series-error.png")
        series.reject()

        orders = window.show_screen("orders")
        assert isinstance(orders, OrdersScreen)
        _wait_until(lambda: orders.model.has_loaded and runner.pending_count == 0)
        for external_id, name, make_error in (
            ("WEB-1001", "issue-dialog", None),
            ("WEB-1003", "issue-foreign-error", lambda dialog: _bad_rate(dialog)),
        ):
            row = [orders.model.row_at(r).external_id for r in range(orders.model.rowCount())].index(
                external_id
            )
            orders.table.view.selectRow(row)
            orders.issue_document()
            dialog = orders.issue_dialog
            assert dialog is not None
            _wait_until(lambda dialog=dialog: dialog.setup is not None and runner.pending_count == 0)
            if make_error is not None:
                make_error(dialog)
            written += _save_dialog(dialog, target / f"{name}.png")
            dialog.reject()
        window.close()
        window.deleteLater()
        _settle()
    finally:
        runner.wait_for_workers()
        _settle()
        remove_translators(app, translators)
    return written


def _bad_rate(dialog) -> None:
    dialog.rate_edit.setText("25,12x")
    dialog.issue()


def _idle(runner: TaskRunner, screen: DocumentsScreen) -> None:
    _wait_until(lambda: screen.model.has_loaded and not screen.model.is_loading and runner.pending_count == 0)
    _settle()


def _choose(runner: TaskRunner, screen: DocumentsScreen, number: str) -> None:
    model = screen.model
    row = [model.data(model.index(r, 0)) for r in range(model.rowCount())].index(number)
    screen.select_row(row)
    _wait_until(
        lambda: (
            screen.detail.details is not None
            and screen.detail.details.document.number == number
            and runner.pending_count == 0
        )
    )
    _settle()


def _save_dialog(dialog: QWidget, path: Path) -> int:
    dialog.show()
    _settle()
    return _save(dialog, path)


if __name__ == "__main__":
    sys.exit(main())
