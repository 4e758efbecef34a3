"""`invoicedesk orders list`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from invoicedesk.app.companies import default_company
from invoicedesk.app.orders import ORDER_SORT_KEYS, list_orders
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.cli.common import open_context, print_json, print_table

T = TypeVar("T")
PAGE_SIZE = 1000


def register(subparsers: Any) -> None:
    orders = subparsers.add_parser("orders", help="list imported orders")
    actions = orders.add_subparsers(dest="orders_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the orders of a company")
    add_list_options(listing, ORDER_SORT_KEYS, default_sort="order_date")
    listing.set_defaults(handler=run_list)


def add_list_options(parser: argparse.ArgumentParser, sort_keys: tuple[str, ...], default_sort: str) -> None:
    parser.add_argument("--company", help="company id or exact name (default: the only company)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--search", default="", help="show only rows containing this text")
    parser.add_argument("--sort", default=default_sort, choices=sort_keys)
    parser.add_argument("--descending", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="at most this many rows (default: all)")


def all_rows(fetch: Callable[[PageRequest], Page[T]], args: argparse.Namespace) -> Iterator[T]:
    """Every row the options ask for, fetched a page at a time."""
    offset, remaining = 0, args.limit if args.limit > 0 else None
    while remaining is None or remaining > 0:
        size = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
        page = fetch(
            PageRequest(
                offset=offset, limit=size, sort=args.sort, descending=args.descending, search=args.search
            )
        )
        yield from page.rows
        offset += len(page.rows)
        if remaining is not None:
            remaining -= len(page.rows)
        if len(page.rows) < size:
            return


def run_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        company_id = company.id
        rows = list(all_rows(lambda request: list_orders(context, company_id, request), args))
    if args.json:
        print_json([dataclasses.asdict(row) for row in rows], sys.stdout)
    elif not rows:
        print(f"No orders in {company.name}. Import some with: invoicedesk import orders FILE")
    else:
        print_table(
            ["ID", "Order", "Date", "Buyer", "Status", "Payment", "Total", "Currency", "Lines"],
            [
                [
                    r.id,
                    r.external_id,
                    r.order_date,
                    r.buyer_name,
                    r.status,
                    r.payment_status,
                    r.total_gross,
                    r.currency,
                    r.line_count,
                ]
                for r in rows
            ],
            sys.stdout,
        )
    return 0
