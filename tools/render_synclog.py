"""Render the Sync log screen (S-LOG-1) to PNG, in every language, light and dark.

    python tools/render_synclog.py [--out screenshots] [--languages en cs …] [--schemes light dark]

Runs offscreen against a real temporary database. Its calls come from the real connectors talking to the
Fakturoid emulator on 127.0.0.1 (an Activate that works and one with a wrong secret), plus a few hundred
calls written through the store the way the connectors' recorder writes them, so the list scrolls. The
pictures land in <out>/<language>/<scheme>/synclog-*.png: the list with a failed call's details, the list
filtered to failures, and the empty log.
"""

from __future__ import annotations

import argparse
import datetime as dt
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

from invoicedesk.app.companies import add_company  # noqa: E402
from invoicedesk.app.connections import add_connection, check_connection  # noqa: E402
from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.connectors.contract import BuildOptions  # noqa: E402
from invoicedesk.connectors.errors import ConnectorError  # noqa: E402
from invoicedesk.connectors.http import RetryPolicy, Timeouts  # noqa: E402
from invoicedesk.core.documents import Company, Country  # noqa: E402
from invoicedesk.sandbox.fakturoid import FakturoidEmulator  # noqa: E402
from invoicedesk.secrets.memory import MemoryKeyring  # noqa: E402
from invoicedesk.secrets.store import SecretStore  # noqa: E402
from invoicedesk.store.repositories.sync_log import SyncLogRecord, SyncLogRepository  # noqa: E402
from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector  # noqa: E402
from invoicedesk.ui.screens.synclog import SyncLogScreen  # noqa: E402
from invoicedesk.ui.tasks import TaskRunner  # noqa: E402
from invoicedesk.ui.translations import LANGUAGES, install_translators, remove_translators  # noqa: E402

LOCALES = {"en": "en_GB", "cs": "cs_CZ", "sk": "sk_SK", "pl": "pl_PL", "ro": "ro_RO"}
SCREEN_SIZE = (1000, 660)  # the main window's 1180 × 700 less its navigation, menu and toolbar
QUICK = BuildOptions(
    timeouts=Timeouts(connect=2, read=5),
    retry=RetryPolicy(attempts=1, base_delay=0.01, max_delay=0.02),
    share_rate_limiter=False,
    reconcile_delay=0.0,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=list(LANGUAGES))
    parser.add_argument("--schemes", nargs="+", default=["light", "dark"], choices=["light", "dark"])
    args = parser.parse_args(argv)

    from tools.render_screens import _dark_palette  # one dark palette for every renderer

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    previous_style, previous_palette, previous_locale = app.style().name(), QPalette(app.palette()), QLocale()
    app.setStyle(QStyleFactory.create("Fusion"))
    light_palette = QPalette(app.palette())
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    written = 0
    try:
        with tempfile.TemporaryDirectory(prefix="invoicedesk-synclog-") as scratch:
            busy = _busy_log(Path(scratch) / "busy")
            empty = AppContext.open(data_dir=Path(scratch) / "empty", secrets=SecretStore(MemoryKeyring()))
            try:
                for language in args.languages:
                    for scheme in args.schemes:
                        app.setPalette(_dark_palette() if scheme == "dark" else light_palette)
                        target = args.out / language / scheme
                        target.mkdir(parents=True, exist_ok=True)
                        written += _render_language(app, language, busy, empty, target)
            finally:
                busy.close()
                empty.close()
    finally:
        collector.stop()
        app.setStyle(QStyleFactory.create(previous_style))
        app.setPalette(previous_palette)
        QLocale.setDefault(previous_locale)
    print(f"{written} pictures in {args.out}")
    return 0


def _busy_log(folder: Path) -> AppContext:
    """A log with real calls from the connectors to the emulator, and a few hundred written like them."""
    context = AppContext.open(data_dir=folder, secrets=SecretStore(MemoryKeyring()))
    alfa = add_company(context, Company(name="Alfa s.r.o.", country=Country.CZ, registration_id="27082440"))
    beta = add_company(context, Company(name="Beta a.s.", country=Country.CZ, registration_id="00006947"))
    emulator = FakturoidEmulator(pdf_delay_seconds=0.1).start()
    try:
        credentials = emulator.demo_credentials()
        settings = {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url}
        secrets = {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]}
        eshop = add_connection(context, alfa.id, "fakturoid", settings, secrets, name="Eshop")
        wrong = add_connection(
            context,
            beta.id,
            "fakturoid",
            settings,
            {**secrets, "client_secret": "not-the-right-one"},
            name="Shop",
        )
        newest = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        _write_history(context, eshop.id, wrong.id, newest)
        check_connection(context, eshop.id, options=QUICK)
        try:
            check_connection(context, wrong.id, options=QUICK)
        except ConnectorError:
            pass  # the refusal is what the picture is meant to show
    finally:
        emulator.stop()
    return context


def _write_history(context: AppContext, eshop: int, shop: int, newest: dt.datetime) -> None:
    records = []
    for index in range(400):
        failed = index % 17 == 5
        records.append(
            SyncLogRecord(
                at=newest - dt.timedelta(minutes=3 * index),
                connection_id=(eshop, shop, None)[index % 3],
                service="anaf" if index % 3 == 2 else "fakturoid",
                method="POST" if index % 2 else "GET",
                path=_path(index),
                status=503 if failed else (201 if index % 2 else 200),
                duration_ms=90 + (index * 37) % 900,
                outcome="failed" if failed else ("retried" if index % 23 == 7 else "ok"),
                error_category="service_unavailable" if failed else "",
                request_bytes=1800 if index % 2 else 0,
                response_bytes=2400,
                idempotency_key=f"2025-{index:04d}" if index % 2 else "",
                remote_id=str(31_000 + index) if index % 2 and not failed else "",
                detail="HTTP 503: the service is under maintenance" if failed else "",
            )
        )
    with context.database.session() as session:
        SyncLogRepository(session).append(records)


def _path(index: int) -> str:
    if index % 3 == 2:
        return "/prod/FCTEL/rest/upload?standard=UBL&cif=27082440"
    invoice = "" if index % 2 else f"/{4100 + index}"
    return f"/api/v3/accounts/sandbox-firma/invoices{invoice}.json"


def _render_language(
    app: QApplication, language: str, busy: AppContext, empty: AppContext, target: Path
) -> int:
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale(LOCALES[language]))
    written = 0
    try:
        for name, context, prepare in (
            ("synclog", busy, _select_failed_call),
            ("synclog-failed", busy, _filter_failures),
            ("synclog-empty", empty, lambda screen: None),
        ):
            written += _render(app, name, context, prepare, target)
    finally:
        remove_translators(app, translators)
    return written


def _render(
    app: QApplication, name: str, context: AppContext, prepare: Callable[[SyncLogScreen], None], target: Path
) -> int:
    # The screen alone, at the size it has in the main window: other screens' work does not get in the way.
    runner = TaskRunner()
    try:
        screen = SyncLogScreen(runner)
        screen.resize(*SCREEN_SIZE)
        screen.set_context(context)
        screen.show()
        _wait_until(lambda: screen.model.has_loaded and (screen.connection_box.count() > 1 or _empty(screen)))
        prepare(screen)
        _wait_until(
            lambda: screen.model.has_loaded and not screen.model.is_loading and not runner.pending_count
        )
        _settle()
        written = _save(screen, target / f"{name}.png")
        screen.close()
        screen.deleteLater()
        _settle()
        return written
    finally:
        runner.wait_for_workers()
        _settle()


def _empty(screen: SyncLogScreen) -> bool:
    return screen.model.has_loaded and screen.model.rowCount() == 0


def _select_failed_call(screen: SyncLogScreen) -> None:
    model = screen.model
    row = next(
        (r for r in range(model.rowCount()) if model.row_at(r).error_category == "credentials_refused"), 0
    )
    screen.view.selectRow(row)
    _wait_until(lambda: screen.details.entry is not None)


def _filter_failures(screen: SyncLogScreen) -> None:
    screen.outcome_box.setCurrentIndex(screen.outcome_box.findData("failed"))


def _wait_until(condition: Callable[[], object], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("Timed out waiting for the sync log to load")
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
