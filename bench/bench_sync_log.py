"""Speed of reading the sync log at a million rows, as ratios against baselines taken in the same run.

    .venv/bin/python bench/bench_sync_log.py [--rows 1000000] [--repeat 15]

Fills one SQLite database with N sync_log rows and another with 1,000 (batched inserts through the
store's repository, several calls per second, a few connections and services, 2 % failures), then times the
app service the screen and the CLI call:

- the first page (200 rows, newest first, with its capped count): what opening the screen costs;
- page 500 by keyset (the cursor of page 499 in hand): what scrolling deep into the log costs;
- filtered first pages: by outcome and by connection (each has an index), by a common and a rare service
  (no index of their own: the rare one shows the worst case);

against two baselines: the same first page on the 1,000-row database, and a primary-key lookup of one call
(`sync_log_entry`) in the big one. For contrast it also times page 500 the ways the log must NOT be read:
OFFSET, and the `at < :at OR (at = :at AND id < :id)` keyset form, which SQLite can only answer by scanning
the index from the newest row. The ratios are what to watch: page 500 should cost what page 1 costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.app.sync_log import sync_log_entry, sync_log_page  # noqa: E402
from invoicedesk.secrets.memory import MemoryKeyring  # noqa: E402
from invoicedesk.secrets.store import SecretStore  # noqa: E402
from invoicedesk.store.models import SyncLogModel  # noqa: E402
from invoicedesk.store.repositories.sync_log import SyncLogRecord, SyncLogRepository  # noqa: E402

PAGE = 200
DEEP_PAGE = 500
TRANSACTION_ROWS = 100_000
NEWEST = dt.datetime(2026, 1, 31, 23, 0, tzinfo=dt.UTC)
RARE_SERVICE = "idoklad"


def generate(count: int, seed: int = 11) -> Iterator[SyncLogRecord]:
    """Newest first in time, so the ids run against the time order as they may after a clock change."""
    rng = random.Random(seed)
    at = NEWEST
    for index in range(count):
        if rng.random() < 0.6:  # several calls in the same second, as a lane sending a batch makes
            at -= dt.timedelta(seconds=rng.randrange(1, 30))
        roll = rng.random()
        failed, retried = roll < 0.02, 0.02 <= roll < 0.05
        service = RARE_SERVICE if index % 1000 == 999 else ("anaf" if index % 4 == 0 else "fakturoid")
        yield SyncLogRecord(
            at=at,
            connection_id=1 + index % 6,
            service=service,
            method="POST" if index % 3 == 0 else "GET",
            path=f"/api/v3/accounts/firma/invoices/{index}.json",
            status=503 if failed else 200,
            duration_ms=rng.randrange(20, 2000),
            outcome="failed" if failed else ("retried" if retried else "ok"),
            error_category="service_unavailable" if failed else "",
            request_bytes=rng.randrange(0, 4000),
            response_bytes=rng.randrange(100, 9000),
            idempotency_key=f"INV-{index:07d}" if index % 3 == 0 else "",
            remote_id=str(10_000_000 + index) if index % 3 == 0 else "",
            detail="HTTP 503: the service is under maintenance; try again later" if failed else "",
        )


def fill(context: AppContext, rows: int) -> float:
    started = time.perf_counter()
    records = generate(rows)
    written = 0
    while written < rows:
        chunk = min(TRANSACTION_ROWS, rows - written)
        with context.database.session() as session:
            written += SyncLogRepository(session).append(next(records) for _ in range(chunk))
        if rows >= 10 * TRANSACTION_ROWS:
            print(f"  {written:,} rows written", end="\r", flush=True)
    if rows >= 10 * TRANSACTION_ROWS:
        print()
    return time.perf_counter() - started


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm the page cache and the statement cache first
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def cursor_of_page(context: AppContext, page_number: int) -> tuple[dt.datetime, int]:
    before = None
    for _ in range(page_number - 1):
        page = sync_log_page(context, before=before, limit=PAGE)
        assert page.next_before is not None, "the log is shorter than the page asked for"
        before = page.next_before
    assert before is not None
    return before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline-rows", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    if args.rows < DEEP_PAGE * PAGE:
        parser.error(f"--rows must be at least {DEEP_PAGE * PAGE:,} to reach page {DEEP_PAGE}")

    with tempfile.TemporaryDirectory(prefix="invoicedesk-bench-synclog-") as scratch:
        big = AppContext.open(data_dir=Path(scratch) / "big", secrets=SecretStore(MemoryKeyring()))
        small = AppContext.open(data_dir=Path(scratch) / "small", secrets=SecretStore(MemoryKeyring()))
        try:
            print(f"Filling {args.rows:,} rows …")
            seconds = fill(big, args.rows)
            print(f"Filled {args.rows:,} rows in {seconds:.1f} s ({args.rows / seconds:,.0f} rows/s)")
            fill(small, args.baseline_rows)
            report(big, small, args)
        finally:
            big.close()
            small.close()
    return 0


def report(big: AppContext, small: AppContext, args: argparse.Namespace) -> None:
    repeat = args.repeat
    middle_id = args.rows // 2
    deep = cursor_of_page(big, DEEP_PAGE)
    deep_offset = (DEEP_PAGE - 1) * PAGE

    def repository_or_form() -> object:
        with big.database.read_session() as session:
            return SyncLogRepository(session).newest(limit=PAGE, before=deep)

    def offset_page() -> object:
        statement = (
            select(SyncLogModel)
            .order_by(SyncLogModel.at.desc(), SyncLogModel.id.desc())
            .offset(deep_offset)
            .limit(PAGE)
        )
        with big.database.read_session() as session:
            return session.scalars(statement).all()

    baselines = {
        f"first page, {args.baseline_rows:,}-row log": median_ms(
            lambda: sync_log_page(small, limit=PAGE), repeat
        ),
        "one call by primary key (sync_log_entry)": median_ms(lambda: sync_log_entry(big, middle_id), repeat),
    }
    measured = {
        "first page (with capped count)": lambda: sync_log_page(big, limit=PAGE),
        f"page {DEEP_PAGE} by keyset": lambda: sync_log_page(big, limit=PAGE, before=deep),
        "first page, outcome=failed": lambda: sync_log_page(big, limit=PAGE, outcome="failed"),
        "first page, connection 3": lambda: sync_log_page(big, limit=PAGE, connection_id=3),
        "first page, service=anaf (common)": lambda: sync_log_page(big, limit=PAGE, service="anaf"),
        f"first page, service={RARE_SERVICE} (rare, no index)": lambda: sync_log_page(
            big, limit=PAGE, service=RARE_SERVICE
        ),
        f"contrast: page {DEEP_PAGE} by OFFSET": offset_page,
        f"contrast: page {DEEP_PAGE}, OR-form keyset": repository_or_form,
    }
    small_first, lookup = baselines.values()
    print(f"\nMedian of {repeat} runs after one warm-up; {args.rows:,} rows unless said otherwise.\n")
    width = max(len(name) for name in [*baselines, *measured])
    print(f"{'':{width}}  {'ms':>9}  {'× small first page':>18}  {'× key lookup':>12}")
    for name, value in baselines.items():
        print(f"{name:{width}}  {value:9.2f}  {'(baseline)':>18}  {'':>12}")
    for name, action in measured.items():
        value = median_ms(action, repeat)
        print(f"{name:{width}}  {value:9.2f}  {value / small_first:18.1f}  {value / lookup:12.1f}")


if __name__ == "__main__":
    sys.exit(main())
