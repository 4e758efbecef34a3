"""`invoicedesk synclog list|show`: the calls made to the services, newest first, with secrets removed."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any, TextIO

from invoicedesk.app.sync_log import (
    MAX_PAGE_SIZE,
    OUTCOMES,
    SyncLogEntry,
    SyncLogRow,
    sync_log_entry,
    sync_log_page,
)
from invoicedesk.cli.common import open_context, print_json, print_table

DEFAULT_LIMIT = 100
_RELATIVE = re.compile(r"^(?P<amount>\d+)\s*(?P<unit>[mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def register(subparsers: Any) -> None:
    synclog = subparsers.add_parser("synclog", help="the calls made to the services (the sync log)")
    actions = synclog.add_subparsers(dest="synclog_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list calls, newest first")
    listing.add_argument("--connection", type=int, help="only this connection id (`connection list`)")
    listing.add_argument("--outcome", choices=OUTCOMES, help="only calls with this outcome")
    listing.add_argument("--service", help="only calls to this service (e.g. fakturoid, anaf)")
    listing.add_argument(
        "--since",
        type=parse_since,
        help="only calls at or after this time: 2025-03-01, 2025-03-01T14:30 (local time unless it "
        "has an offset such as +01:00 or Z), or a span back from now: 30m, 12h, 7d",
    )
    listing.add_argument(
        "--limit",
        type=_limit,
        default=DEFAULT_LIMIT,
        help=f"at most this many calls (default {DEFAULT_LIMIT}; 0 for all)",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", help="one call in full, with its detail text")
    show.add_argument("id", type=int, help="the call's id (the first column of `synclog list`)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)


def parse_since(text: str, *, now: dt.datetime | None = None) -> dt.datetime:
    """A point in time from what a person types; a time without an offset is the machine's local time."""
    text = text.strip()
    relative = _RELATIVE.match(text)
    if relative:
        span = dt.timedelta(**{_UNITS[relative["unit"]]: int(relative["amount"])})
        return (now or dt.datetime.now(dt.UTC)) - span
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time; write 2025-03-01, 2025-03-01T14:30, 2025-03-01T14:30+01:00 or a "
            "span such as 12h or 7d"
        ) from None
    return moment.astimezone() if moment.tzinfo is None else moment  # astimezone: naive means local


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count; give 0 (all) or a positive number")
    return value


def matching_rows(context, args: argparse.Namespace) -> Iterator[SyncLogRow]:
    """The calls the options ask for, a keyset page at a time, so any limit costs only what it shows."""
    remaining = args.limit or None
    before = None
    while True:
        size = MAX_PAGE_SIZE if remaining is None else min(MAX_PAGE_SIZE, remaining)
        page = sync_log_page(
            context,
            connection_id=args.connection,
            outcome=args.outcome,
            service=args.service,
            since=args.since,
            before=before,
            limit=size,
        )
        yield from page.rows
        if remaining is not None:
            remaining -= len(page.rows)
        if page.next_before is None or remaining == 0:
            return
        before = page.next_before


def run_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        if args.json:
            _write_json_array((row_json(row) for row in matching_rows(context, args)), sys.stdout)
            return 0
        rows = list(matching_rows(context, args))
    if not rows:
        empty = "The sync log is empty: no service has been called yet."
        print("No calls match these options." if _filtered(args) else empty)
        return 0
    print_table(
        ["Id", "Time", "Connection", "Service", "Method", "Path", "Status", "ms", "Outcome", "Error",
         "Key", "Remote id"],
        [
            [row.id, _local(row.at), _connection(row), row.service, row.method, row.path,
             "" if row.status is None else row.status, row.duration_ms, row.outcome, row.error_category,
             row.idempotency_key, row.remote_id]
            for row in rows
        ],
        sys.stdout,
    )  # fmt: skip
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        entry = sync_log_entry(context, args.id)
    if args.json:
        print_json({**row_json(entry), "detail": entry.detail}, sys.stdout)
        return 0
    sys.stdout.write(entry_text(entry))
    return 0


def row_json(row: SyncLogRow) -> dict[str, Any]:
    data = asdict(row)
    data.pop("detail", None)
    data["at"] = row.at.astimezone(dt.UTC).isoformat()
    return data


def entry_text(entry: SyncLogEntry) -> str:
    lines = [
        ("Call", str(entry.id)),
        ("Time", f"{_local(entry.at)} (UTC {entry.at.astimezone(dt.UTC).isoformat()})"),
        ("Connection", _connection(entry)),
        ("Company", entry.company_name),
        ("Service", entry.service),
        ("Request", f"{entry.method} {entry.path}"),
        ("Status", "no answer" if entry.status is None else str(entry.status)),
        ("Duration", f"{entry.duration_ms} ms"),
        ("Outcome", entry.outcome),
        ("Error", entry.error_category),
        ("Sent / received", f"{entry.request_bytes} / {entry.response_bytes} bytes"),
        ("Idempotency key", entry.idempotency_key),
        ("Remote id", entry.remote_id),
    ]
    width = max(len(label) for label, _ in lines)
    text = "".join(f"{label.ljust(width)}  {value}\n" for label, value in lines if value)
    return text + (f"\n{entry.detail}\n" if entry.detail else "")


def _write_json_array(items: Iterator[dict[str, Any]], out: TextIO) -> None:
    # Written item by item: `--limit 0 --json` over a million calls must not hold them all in memory.
    out.write("[")
    wrote_any = False
    for item in items:
        out.write(",\n  " if wrote_any else "\n  ")
        out.write(json.dumps(item, ensure_ascii=False))  # plain values only: row_json made `at` a string
        wrote_any = True
    out.write("\n]\n" if wrote_any else "]\n")


def _filtered(args: argparse.Namespace) -> bool:
    return any(value is not None for value in (args.connection, args.outcome, args.service, args.since))


def _connection(row: SyncLogRow) -> str:
    if row.connection_id is None:
        return ""
    return row.connection_name or f"#{row.connection_id} (deleted)"


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
