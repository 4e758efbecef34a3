from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from invoicedesk.core.documents import Company, Country
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.series import ResetPeriod
from invoicedesk.store.database import Database
from invoicedesk.store.models import SeriesCounterModel
from invoicedesk.store.repositories.companies import CompanyRepository
from invoicedesk.store.series import allocate_number, create_series

THREADS = 4
PER_THREAD = 50


def _series(database: Database, pattern: str, reset: ResetPeriod) -> int:
    with database.session() as session:
        company = CompanyRepository(session).add(Company(name="Series s.r.o.", country=Country.CZ))
        return create_series(session, company_id=company.id, doc_type="invoice", pattern=pattern, reset=reset)


def test_concurrent_allocations_are_gapless_and_distinct(database: Database) -> None:
    series_id = _series(database, "FV{NNNN}", ResetPeriod.NEVER)
    numbers: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def allocate_many() -> None:
        try:
            start.wait()
            for _ in range(PER_THREAD):
                with database.session() as session:
                    number = allocate_number(session, series_id, dt.date(2026, 3, 1))
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below; a thread's exception would otherwise vanish
            failures.append(exc)

    threads = [threading.Thread(target=allocate_many) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert sorted(numbers) == [f"FV{value:04d}" for value in range(1, THREADS * PER_THREAD + 1)]


def test_a_rolled_back_transaction_gives_its_number_back(database: Database) -> None:
    series_id = _series(database, "{YYYY}-{N}", ResetPeriod.YEARLY)
    on = dt.date(2026, 5, 5)
    with database.session() as session:
        assert allocate_number(session, series_id, on) == "2026-1"
    with pytest.raises(RuntimeError), database.session() as session:
        assert allocate_number(session, series_id, on) == "2026-2"
        raise RuntimeError("the document could not be saved")
    with database.session() as session:
        assert allocate_number(session, series_id, on) == "2026-2"


def test_yearly_series_start_again_at_one_in_a_new_year(database: Database) -> None:
    series_id = _series(database, "FV{YYYY}/{NNN}", ResetPeriod.YEARLY)
    with database.session() as session:
        first_year = [allocate_number(session, series_id, dt.date(2025, 12, 31)) for _ in range(3)]
        new_year = allocate_number(session, series_id, dt.date(2026, 1, 1))
        late_old_year = allocate_number(session, series_id, dt.date(2025, 12, 30))
    assert first_year == ["FV2025/001", "FV2025/002", "FV2025/003"]
    assert new_year == "FV2026/001"
    assert late_old_year == "FV2025/004"
    with database.read_session() as session:
        counters = session.execute(select(SeriesCounterModel.period_key, SeriesCounterModel.last_value)).all()
    assert sorted(counters) == [("2025", 4), ("2026", 1)]


def test_a_series_that_would_repeat_numbers_is_refused(database: Database) -> None:
    with pytest.raises(DomainValidationError), database.session() as session:
        company = CompanyRepository(session).add(Company(name="Bad series", country=Country.CZ))
        create_series(session, company_id=company.id, doc_type="invoice", pattern="FV{NNN}", reset="yearly")


def test_allocating_from_an_unknown_series_names_it(database: Database) -> None:
    with pytest.raises(LookupError, match="12345"), database.session() as session:
        allocate_number(session, 12345, dt.date(2026, 1, 1))
