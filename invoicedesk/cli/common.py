"""What every command module shares: opening the app context from the global options, output helpers,
and the error a command raises for a mistake the user can fix (exit code 1)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from invoicedesk.app.context import AppContext


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
    try:
        yield context
    finally:
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
