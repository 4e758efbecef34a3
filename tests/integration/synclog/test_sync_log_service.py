"""The sync log app service on each engine: keyset pages, SQL filters, a capped count, redacted entries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from invoicedesk.app import sync_log
from invoicedesk.app.companies import add_company
from invoicedesk.app.connections import add_connection, delete_connection
from invoicedesk.app.sync_log import sync_log_choices, sync_log_entry, sync_log_page
from invoicedesk.core.documents import Company, Country
from invoicedesk.secrets.redaction import MARKER
from invoicedesk.store.models import SyncLogModel
from invoicedesk.store.repositories.sync_log import SyncLogRecord
from tests.integration.synclog.conftest import START, crowded_records, write

FAKTUROID_SETTINGS = {"slug": "firma", "email": "ucetni@example.com"}


def all_pages(context, *, limit: int, **filters) -> list:
    rows, before, pages = [], None, 0
    while True:
        page = sync_log_page(context, before=before, limit=limit, **filters)
        rows += page.rows
        pages += 1
        assert pages <= 10_000, "the pages never ended"
        if page.next_before is None:
            return rows
        assert page.rows, "a page that promises more must not be empty"
        before = page.next_before


def expected_ids(context, predicate=lambda row: True) -> list[int]:
    with context.database.read_session() as session:
        everything = session.execute(select(SyncLogModel)).scalars().all()
        return [r.id for r in sorted(everything, key=lambda r: (r.at, r.id), reverse=True) if predicate(r)]


@pytest.mark.parametrize("limit", [1, 7, 50, 1000])
def test_keyset_pages_return_every_row_once_in_order_when_many_share_a_time(app_context, limit):
    write(app_context, crowded_records(333, same_time=7))
    rows = all_pages(app_context, limit=limit)
    assert [row.id for row in rows] == expected_ids(app_context)
    assert len({row.id for row in rows}) == 333
    keys = [(row.at, row.id) for row in rows]
    assert keys == sorted(keys, reverse=True)


def test_pages_hold_what_was_asked_and_the_last_page_says_so(app_context):
    write(app_context, crowded_records(120))
    first = sync_log_page(app_context, limit=50)
    assert len(first.rows) == 50 and first.next_before == first.rows[-1].cursor
    second = sync_log_page(app_context, limit=50, before=first.next_before)
    third = sync_log_page(app_context, limit=50, before=second.next_before)
    assert (len(second.rows), len(third.rows), third.next_before) == (50, 20, None)
    exactly_full = sync_log_page(app_context, limit=120)
    assert len(exactly_full.rows) == 120 and exactly_full.next_before is None  # no empty page to ask for
    assert second.count is None  # later pages do not count again


@pytest.mark.parametrize(
    ("filters", "predicate"),
    [
        ({"connection_id": 2}, lambda r: r.connection_id == 2),
        ({"outcome": "failed"}, lambda r: r.outcome == "failed"),
        ({"service": "anaf"}, lambda r: r.service == "anaf"),
        (
            {"connection_id": 1, "outcome": "ok", "service": "fakturoid"},
            lambda r: (r.connection_id, r.outcome, r.service) == (1, "ok", "fakturoid"),
        ),
        ({"since": START + dt.timedelta(seconds=20)}, lambda r: r.at >= START + dt.timedelta(seconds=20)),
        ({"outcome": "cancelled"}, lambda r: False),
    ],
)
def test_filters_select_in_sql_across_pages(app_context, filters, predicate):
    write(app_context, crowded_records(300, same_time=5))
    rows = all_pages(app_context, limit=16, **filters)
    wanted = expected_ids(app_context, predicate)
    assert [row.id for row in rows] == wanted
    assert sync_log_page(app_context, limit=16, **filters).count.value == len(wanted)


def test_since_must_carry_its_zone(app_context):
    with pytest.raises(ValueError, match="timezone"):
        sync_log_page(app_context, since=dt.datetime(2025, 3, 1))  # naive on purpose


def test_the_count_stops_at_the_cap_and_says_there_are_more(app_context, monkeypatch):
    monkeypatch.setattr(sync_log, "COUNT_CAP", 40)
    write(app_context, crowded_records(100))
    over = sync_log_page(app_context, limit=10)
    assert (over.count.value, over.count.capped) == (40, True)
    exact = sync_log_page(app_context, limit=10, outcome="failed")  # 25 of them: under the cap
    assert (exact.count.value, exact.count.capped) == (25, False)
    one_page = sync_log_page(app_context, limit=100, service="anaf")  # all on the first page: no count query
    assert (one_page.count.value, one_page.count.capped) == (50, False)


def test_rows_name_their_connection_and_company_and_survive_its_deletion(app_context, company):
    connection = add_connection(
        app_context,
        company.id,
        "fakturoid",
        FAKTUROID_SETTINGS,
        {"client_id": "id-12345", "client_secret": "s-12345"},
    )
    write(
        app_context,
        [
            SyncLogRecord(
                at=START, connection_id=connection.id, service="fakturoid", method="GET", path="/a"
            ),
            SyncLogRecord(at=START, connection_id=None, service="anaf", method="POST", path="/b"),
        ],
    )
    named, unnamed = sorted(sync_log_page(app_context).rows, key=lambda r: r.connection_id is None)
    assert (named.connection_name, named.company_name) == ("Fakturoid", "Alfa s.r.o.")
    assert (unnamed.connection_name, unnamed.company_name) == ("", "")
    delete_connection(app_context, connection.id)
    kept = sync_log_entry(app_context, named.id)
    assert (kept.connection_id, kept.connection_name, kept.path) == (connection.id, "", "/a")


def test_an_entry_carries_every_field_and_its_detail(app_context):
    write(
        app_context,
        [
            SyncLogRecord(
                at=START,
                connection_id=4,
                service="fakturoid",
                method="POST",
                path="/api/v3/accounts/firma/invoices.json",
                status=422,
                duration_ms=312,
                outcome="failed",
                error_category="validation_failed",
                request_bytes=900,
                response_bytes=120,
                idempotency_key="INV-2025-0007",
                remote_id="",
                detail="lines[0].unit_price: must be a number",
            )
        ],
    )
    (row,) = sync_log_page(app_context).rows
    entry = sync_log_entry(app_context, row.id)
    assert entry.detail == "lines[0].unit_price: must be a number"
    assert (entry.status, entry.duration_ms, entry.request_bytes, entry.response_bytes) == (
        422,
        312,
        900,
        120,
    )
    assert (entry.idempotency_key, entry.error_category, entry.at) == (
        "INV-2025-0007",
        "validation_failed",
        START,
    )
    with pytest.raises(LookupError, match="no call 999999"):
        sync_log_entry(app_context, 999_999)


def test_a_registered_secret_never_comes_out_of_the_log(app_context):
    # A row written before its secret was known to this process (a token read later) still leaks nothing.
    secret = "sk-live-7c1f9b2e44d0a8"
    write(
        app_context,
        [
            SyncLogRecord(
                at=START,
                service="fakturoid",
                method="GET",
                path=f"/api/v3/user.json?key={secret}",
                outcome="failed",
                detail=f"the service echoed {secret} back; also Authorization: Bearer abcdef123456",
            )
        ],
    )
    app_context.secrets.save_many("connection:77", {"client_secret": secret})  # registers it for redaction
    (row,) = sync_log_page(app_context).rows
    entry = sync_log_entry(app_context, row.id)
    for text in (row.path, entry.path, entry.detail):
        assert secret not in text and MARKER in text
    assert "abcdef123456" not in entry.detail


def test_choices_list_every_companys_connections_and_the_known_services(app_context, company):
    other = add_company(
        app_context, Company(name="Beta a.s.", country=Country.CZ, registration_id="00006947")
    )
    secrets = {"client_id": "id-12345", "client_secret": "s-12345"}
    add_connection(app_context, other.id, "fakturoid", FAKTUROID_SETTINGS, secrets, name="Shop")
    add_connection(app_context, company.id, "fakturoid", FAKTUROID_SETTINGS, secrets, name="Eshop")
    choices = sync_log_choices(app_context)
    assert [(c.company_name, c.name, c.service) for c in choices.connections] == [
        ("Alfa s.r.o.", "Eshop", "fakturoid"),
        ("Beta a.s.", "Shop", "fakturoid"),
    ]
    assert {"fakturoid", "anaf"} <= {s.id for s in choices.services}
    assert choices.service_name("fakturoid") == "Fakturoid"
    assert choices.service_name("no-such-service") == "no-such-service"
    assert choices.outcomes == ("ok", "retried", "failed")


def test_deep_pages_walk_an_index_range_on_sqlite(app_context):
    """Page 500 must cost what page 1 costs: the keyset condition has to be a range SQLite can seek to."""
    if not app_context.database.is_sqlite:
        pytest.skip("the query plan checked here is SQLite's")
    write(app_context, crowded_records(60))
    first = sync_log_page(app_context, limit=10)
    statements: list[tuple[str, tuple]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT") and "FROM sync_log" in statement:
            statements.append((statement, tuple(parameters)))

    engine = app_context.database.engine
    event.listen(engine, "before_cursor_execute", remember)
    try:
        for filters in ({}, {"connection_id": 2}, {"outcome": "ok"}):
            sync_log_page(app_context, limit=10, before=first.next_before, **filters)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert len(statements) == 3 and all("OFFSET ?" not in s or p[-1] == 0 for s, p in statements)
    with engine.connect() as connection:
        for statement, parameters in statements:
            plan = " ".join(
                row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
            assert "SEARCH sync_log USING INDEX" in plan and "at<" in plan, plan
            assert "TEMP B-TREE" not in plan, plan  # ordered by the index, never sorted afterwards
