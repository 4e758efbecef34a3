"""`invoicedesk import orders FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from invoicedesk.app.companies import default_company
from invoicedesk.app.order_import import import_orders
from invoicedesk.cli.common import open_context


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help="import data from files")
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    orders = kinds.add_parser(
        "orders", help="import orders from a CSV or JSON file (format: docs/import-format.md)"
    )
    orders.add_argument("file", type=Path, help="a .csv or .json file")
    orders.add_argument("--company", help="company id or exact name (default: the only company)")
    orders.set_defaults(handler=run_import_orders)


def run_import_orders(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        show_progress = sys.stderr.isatty()

        def progress(read: int) -> None:
            if show_progress:
                print(f"\r{read} orders read…", end="", file=sys.stderr, flush=True)

        result = import_orders(context, args.file, company.id, progress=progress)
        if show_progress:
            print(file=sys.stderr)
    if result.problems:
        print(
            f"Nothing was imported from {result.file}: fix these problems and import the file again.",
            file=sys.stderr,
        )
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(
        f"Imported {result.orders_created} orders into {company.name} from {result.file} "
        f"({result.orders_already_present} already present, {result.lines_read} lines read)."
    )
    return 0
