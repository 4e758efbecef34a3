"""What every command module shares: opening the app context from the global options, output helpers,
and the error a command raises for a mistake the user can fix (exit code 1)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from invoicedesk.app.context import AppContext
from invoicedesk.logsetup import configure_logging, unconfigure_logging

log = logging.getLogger("invoicedesk.cli")
# The attribute each command group stores its chosen action in (see the modules' add_subparsers(dest=…)).
_ACTION_KEYS = (
    "company_action",
    "import_kind",
    "orders_action",
    "clients_action",
    "connection_action",
    "sandbox_action",
    "series_action",
    "documents_action",
    "sync_action",
    "efactura_action",
)


class CommandError(Exception):
    """A user error: the message says what to fix. Printed without a traceback; exit code 1."""


@contextmanager
def open_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The AppContext named by the global options --data-dir, --database-url and --demo."""
    data_dir: Path | None = getattr(args, "data_dir", None)
    context = AppContext.open(
        data_dir=data_dir,
        database_url=getattr(args, "database_url", None),
        demo=bool(getattr(args, "demo", False)),
    )
    # Scheduled runs have nobody watching the console: the log file is where their story is told.
    configure_logging(context.paths.logs_dir)
    command = " ".join(
        str(value) for key in ("command", *_ACTION_KEYS) if (value := getattr(args, key, None)) is not None
    )
    log.info("Command started: %s (data folder %s)", command, context.paths.data_dir)
    try:
        yield context
        log.info("Command finished: %s", command)
    except BaseException as error:
        log.warning("Command failed: %s: %s", command, error)
        raise
    finally:
        unconfigure_logging()
        context.close()


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")  # as text: a JSON number would invite float parsing downstream
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, default=_json_default, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(header), *(len(row[index]) for row in cells)]) for index, header in enumerate(headers)]
    out.write("  ".join(header.ljust(width) for header, width in zip(headers, widths, strict=True)).rstrip())
    out.write("\n")
    for row in cells:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n"
        )


def _cell(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)
