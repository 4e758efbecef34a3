"""The sync log screen (S-LOG-1) over a real database of a few thousand calls: keyset pages as the user
scrolls, filters that query SQL, the detail pane and Copy, all through the app services."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.sync_log import sync_log_page
from invoicedesk.connectors.errors import ErrorCategory, advice
from invoicedesk.core.documents import Company, Country
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.redaction import MARKER
from invoicedesk.secrets.store import SecretStore
from invoicedesk.store.repositories.sync_log import SyncLogRecord, SyncLogRepository
from invoicedesk.ui.screens.synclog import SyncLogScreen, local_time_text
from invoicedesk.ui.tasks import TaskRunner
from invoicedesk.ui.translations import I18N_DIR

CALLS = 2_500
START = dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)
SECRET = "whsec-9f8e7d6c5b4a39"
SECRET_CALL_INDEX = 7  # among the newest calls, so it is on the first page


class Scene:
    def __init__(self, context: AppContext, eshop: int, shop: int, unused: int):
        self.context = context
        self.eshop, self.shop, self.unused = eshop, shop, unused


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> Scene:
    context = AppContext.open(
        data_dir=tmp_path_factory.mktemp("synclog") / "data", secrets=SecretStore(MemoryKeyring())
    )
    secrets = {"client_id": "client-12345", "client_secret": "secret-12345"}
    settings = {"slug": "firma", "email": "ucetni@example.com"}
    alfa = add_company(context, Company(name="Alfa s.r.o.", country=Country.CZ, registration_id="27082440"))
    beta = add_company(context, Company(name="Beta a.s.", country=Country.CZ, registration_id="00006947"))
    eshop = add_connection(context, alfa.id, "fakturoid", settings, secrets, name="Eshop").id
    shop = add_connection(context, beta.id, "fakturoid", settings, secrets, name="Shop").id
    unused = add_connection(context, beta.id, "fakturoid", settings, secrets, name="Unused").id
    newest = START + dt.timedelta(seconds=CALLS // 3)
    records = [
        SyncLogRecord(
            at=START + dt.timedelta(seconds=index // 3),  # three calls share each second
            connection_id=(eshop, shop, None)[index % 3],
            service=("fakturoid", "fakturoid", "anaf")[index % 3],
            method="POST" if index % 2 else "GET",
            path=f"/api/v3/accounts/firma/invoices/{index}.json",
            status=None if index % 13 == 0 else 200,
            duration_ms=100 + index % 700,
            outcome=("ok", "ok", "ok", "retried", "failed")[index % 5],
            error_category="network" if index % 5 == 4 else "",
            idempotency_key=f"INV-{index:05d}",
            remote_id=str(70_000 + index),
            detail=f"call number {index}",
        )
        for index in range(CALLS)
    ]
    records.append(
        SyncLogRecord(
            at=newest - dt.timedelta(seconds=SECRET_CALL_INDEX),
            connection_id=eshop,
            service="fakturoid",
            method="POST",
            path=f"/api/v3/accounts/firma/webhooks.json?secret={SECRET}",
            status=422,
            outcome="failed",
            error_category="validation_failed",
            detail=f"the service repeated the webhook secret {SECRET} in its answer",
        )
    )
    with context.database.session() as session:
        SyncLogRepository(session).append(records)
    context.secrets.save_many("connection:webhook", {"secret": SECRET})  # now a known secret of this process
    yield Scene(context, eshop, shop, unused)
    context.close()


@pytest.fixture
def screen(qtbot, scene) -> SyncLogScreen:
    runner = TaskRunner()
    screen = SyncLogScreen(runner)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.set_context(scene.context)
    screen.show()
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: screen.connection_box.count() > 1, timeout=10_000)
    yield screen
    runner.wait_for_workers(10_000)


def wait_loaded(qtbot, screen: SyncLogScreen) -> None:
    qtbot.waitUntil(lambda: screen.model.has_loaded and not screen.model.is_loading, timeout=10_000)


def shown_ids(screen: SyncLogScreen) -> list[int]:
    return [screen.model.row_at(row).id for row in range(screen.model.rowCount())]


def every_id(context: AppContext, **filters) -> list[int]:
    ids, before = [], None
    while True:
        page = sync_log_page(context, before=before, limit=1000, **filters)
        ids += [row.id for row in page.rows]
        if page.next_before is None:
            return ids
        before = page.next_before


def choose(qtbot, screen: SyncLogScreen, box, data) -> None:
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    box.setCurrentIndex(index)
    wait_loaded(qtbot, screen)


def test_opening_shows_the_newest_page_with_its_count_and_screen_code(screen, scene):
    assert (screen.objectName(), screen.code) == ("syncLogScreen", "S-LOG-1")
    assert screen.list_stack.currentWidget() is screen.view and screen.details.isVisible()
    assert shown_ids(screen) == every_id(scene.context)[:200]
    assert screen.count_label.text() == "2,501 calls"
    first = screen.model.row_at(0)
    model = screen.model
    texts = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert texts[1:5] == [
        first.connection_name or "",
        "Fakturoid" if first.service == "fakturoid" else "ANAF e-Factura",
        first.method,
        first.path,
    ]
    assert texts[6] == f"{100 + int(first.idempotency_key[4:]) % 700} ms"


def test_scrolling_to_the_end_reads_every_call_once_in_order(qtbot, screen, scene):
    expected = every_id(scene.context)
    assert len(expected) == CALLS + 1
    while screen.model.has_more:
        before = screen.model.rowCount()
        screen.view.scrollToBottom()  # what the scroll bar does at its end: the view asks for more
        qtbot.waitUntil(lambda before=before: screen.model.rowCount() > before, timeout=10_000)
        wait_loaded(qtbot, screen)
    assert shown_ids(screen) == expected
    assert not screen.model.canFetchMore()


def test_filters_query_the_database(qtbot, screen, scene):
    choose(qtbot, screen, screen.outcome_box, "failed")
    failed = every_id(scene.context, outcome="failed")
    assert shown_ids(screen) == failed[:200]
    assert screen.count_label.text() == f"{len(failed)} calls"
    assert {screen.model.data(screen.model.index(row, 7)) for row in range(20)} == {"Failed"}

    choose(qtbot, screen, screen.connection_box, scene.shop)
    shop_failed = every_id(scene.context, outcome="failed", connection_id=scene.shop)
    assert shown_ids(screen) == shop_failed and 0 < len(shop_failed) < 200
    assert {screen.model.row_at(row).connection_name for row in range(len(shop_failed))} == {"Shop"}

    choose(qtbot, screen, screen.connection_box, 0)  # all connections again
    choose(qtbot, screen, screen.service_box, "anaf")
    anaf_failed = every_id(scene.context, outcome="failed", service="anaf")
    assert shown_ids(screen) == anaf_failed[:200]
    assert {screen.model.row_at(row).service for row in range(screen.model.rowCount())} == {"anaf"}

    choose(qtbot, screen, screen.connection_box, scene.unused)
    assert screen.list_stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == "No calls match these filters."

    for box in (screen.connection_box, screen.outcome_box, screen.service_box):
        box.setCurrentIndex(0)
    wait_loaded(qtbot, screen)
    assert shown_ids(screen) == every_id(scene.context)[:200]


def test_connection_filter_names_each_company(screen):
    offered = [screen.connection_box.itemText(i) for i in range(screen.connection_box.count())]
    assert offered == ["All connections", "Eshop (Alfa s.r.o.)", "Shop (Beta a.s.)", "Unused (Beta a.s.)"]


def test_details_and_copy_leave_the_secret_out(qtbot, screen):
    ids = shown_ids(screen)
    row = next(i for i, call_id in enumerate(ids) if "webhooks" in screen.model.row_at(i).path)
    assert SECRET not in screen.model.data(screen.model.index(row, 4))
    screen.view.selectRow(row)
    qtbot.waitUntil(lambda: screen.details.entry is not None, timeout=10_000)
    details = screen.details
    assert details.entry.id == ids[row]
    assert details.values["status"].text() == "422" and details.values["outcome"].text() == "Failed"
    assert "Eshop (Alfa s.r.o.), Fakturoid" == details.values["connection"].text()
    assert "The service rejected the document's data" in details.advice_label.text()
    assert "the webhook secret" in details.detail_text.toPlainText()
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(details.copied, timeout=5_000):
        qtbot.mouseClick(details.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "webhooks.json" in copied and "the webhook secret" in copied and "validation_failed" in copied
    assert SECRET not in copied and MARKER in copied
    for label in details.values.values():
        assert SECRET not in label.text()
    assert SECRET not in details.detail_text.toPlainText()


def test_ctrl_c_in_the_list_copies_the_current_call(qtbot, screen):
    screen.view.setFocus()
    screen.view.selectRow(3)
    expected_id = screen.model.row_at(3).id
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(screen.details.copied, timeout=5_000) as copied:
        qtbot.keyClick(screen.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied.args[0].startswith(f"Call: {expected_id}\n")
    assert QGuiApplication.clipboard().text() == copied.args[0]


def test_a_changed_filter_drops_the_answer_of_the_one_before(qtbot, screen, scene):
    screen.outcome_box.setCurrentIndex(screen.outcome_box.findData("failed"))
    screen.outcome_box.setCurrentIndex(screen.outcome_box.findData("retried"))  # before the first answered
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: screen.runner.pending_count == 0, timeout=10_000)
    assert shown_ids(screen) == every_id(scene.context, outcome="retried")[:200]


def test_an_empty_log_says_what_will_appear_here(qtbot, tmp_path):
    context = AppContext.open(data_dir=tmp_path / "data", secrets=SecretStore(MemoryKeyring()))
    runner = TaskRunner()
    screen = SyncLogScreen(runner)
    qtbot.addWidget(screen)
    try:
        assert screen.empty_label.text() == "Opening the database…"
        screen.set_context(context)
        screen.show()
        wait_loaded(qtbot, screen)
        assert screen.list_stack.currentWidget() is screen.empty_label
        assert screen.empty_label.text().startswith(
            "No calls yet. Every exchange with a service appears here"
        )
        assert screen.count_label.text() == "0 calls"
        assert not screen.details.copy_button.isEnabled()
        assert not screen.details.isVisible()  # nothing to choose: the sentence has the screen
    finally:
        runner.wait_for_workers(10_000)
        context.close()


def test_the_main_window_shows_the_screen(qtbot, window):
    screen = window.show_screen("synclog")
    assert isinstance(screen, SyncLogScreen) and window.current_screen() is screen
    wait_loaded(qtbot, screen)
    assert screen.empty_label.text().startswith("No calls yet.")  # the desk has never called a service
    assert window.support_context()["screen"] == "S-LOG-1"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic), "01.03.2025 9:05:07"),
        (QLocale(QLocale.Language.Polish, QLocale.Country.Poland), "1.03.2025 09:05:07"),
    ],
)
def test_times_are_shown_on_the_local_clock_with_seconds(locale, expected):
    at = dt.datetime(2025, 3, 1, 8, 5, 7, tzinfo=dt.UTC)  # 9:05:07 in Prague and Warsaw (winter time)
    assert local_time_text(at, locale, ZoneInfo("Europe/Prague")) == expected


@pytest.mark.parametrize("language", ["cs", "sk", "pl", "ro"])
def test_the_advice_shown_for_each_error_is_in_this_screens_catalog(qapp, language):
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"synclog_{language}.qm"))
    for category in ErrorCategory:
        found = advice(category)
        for text in (found.title, found.what_to_do):
            translated = translator.translate("advice", text)
            assert translated and translated != text, (language, category, text)


def test_a_log_that_cannot_be_read_says_so_and_refresh_asks_again(qtbot, tmp_path):
    context = AppContext.open(data_dir=tmp_path / "data", secrets=SecretStore(MemoryKeyring()))
    context.database.dispose()
    context.database.sqlite_file.unlink()  # the next query meets a database without the sync log
    runner = TaskRunner()
    screen = SyncLogScreen(runner)
    qtbot.addWidget(screen)
    try:
        screen.set_context(context)
        screen.show()
        wait_loaded(qtbot, screen)
        assert screen.list_stack.currentWidget() is screen.empty_label
        assert screen.empty_label.text().startswith("The sync log could not be read: ")
        assert "no such table: sync_log" in screen.empty_label.text()
        assert "Press Refresh" in screen.empty_label.text() and "SELECT" not in screen.empty_label.text()
        assert not screen.model.canFetchMore()  # no retry storm while the view is scrolled
        with qtbot.waitSignal(screen.model.load_failed, timeout=10_000):
            qtbot.mouseClick(screen.refresh_button, Qt.MouseButton.LeftButton)
    finally:
        runner.wait_for_workers(10_000)
        context.close()
