"""`invoicedesk series add|list` and `invoicedesk documents issue|list|show`."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

from invoicedesk.app.companies import default_company
from invoicedesk.app.documents import DOCUMENT_SORT_KEYS, get_document, issue_from_order, list_documents
from invoicedesk.app.series import add_series, list_series
from invoicedesk.cli.common import CommandError, open_context, print_json, print_table
from invoicedesk.cli.orders_cmd import add_list_options, all_rows
from invoicedesk.core.documents import DocumentType
from invoicedesk.core.series import ResetPeriod
from invoicedesk.core.totals import compute_totals

DOC_TYPES = [t.value for t in DocumentType]


def register(subparsers: Any) -> None:
    series = subparsers.add_parser("series", help="number series of a company's documents")
    series_actions = series.add_subparsers(dest="series_action", metavar="ACTION", required=True)
    add = series_actions.add_parser("add", help="add a number series, e.g. --pattern 'FV{YYYY}/{NNNN}'")
    add.add_argument("--company", help="company id or exact name (default: the only company)")
    add.add_argument("--type", dest="doc_type", choices=DOC_TYPES, required=True)
    add.add_argument("--pattern", required=True, help="tokens {YYYY} {YY} {MM} and a counter such as {NNNN}")
    add.add_argument("--reset", choices=[r.value for r in ResetPeriod], default=ResetPeriod.YEARLY.value)
    add.add_argument("--name", default="")
    add.add_argument("--connection", type=int, help="the one connection this series numbers documents for")
    add.set_defaults(handler=run_series_add)
    listing = series_actions.add_parser("list", help="list a company's number series")
    listing.add_argument("--company", help="company id or exact name (default: the only company)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_series_list)

    documents = subparsers.add_parser("documents", help="issue and list invoices, proformas and credit notes")
    actions = documents.add_subparsers(dest="documents_action", metavar="ACTION", required=True)
    issue = actions.add_parser("issue", help="issue a document for an imported order")
    issue.add_argument("--order", type=int, required=True, help="the order id (see `orders list`)")
    issue.add_argument("--type", dest="doc_type", choices=DOC_TYPES, default=DocumentType.INVOICE.value)
    issue.add_argument("--series", type=int, required=True, help="the series id (see `series list`)")
    issue.add_argument("--date", type=dt.date.fromisoformat, help="issue date YYYY-MM-DD (default: today)")
    issue.add_argument("--due-days", type=int, default=14)
    issue.add_argument(
        "--exchange-rate", help="for an order in a foreign currency: company currency per unit"
    )
    issue.set_defaults(handler=run_issue)
    listing = actions.add_parser("list", help="list a company's documents")
    add_list_options(listing, DOCUMENT_SORT_KEYS, default_sort="issue_date")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", help="show one document with its lines and totals")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)


def run_series_add(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        info = add_series(
            context,
            company.id,
            doc_type=DocumentType(args.doc_type),
            pattern=args.pattern,
            reset=ResetPeriod(args.reset),
            name=args.name,
            connection_id=args.connection,
        )
    print(f"Added series {info.id}: {info.pattern} ({info.doc_type}, reset {info.reset})")
    return 0


def run_series_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        rows = list_series(context, company.id)
    if args.json:
        print_json([dataclasses.asdict(row) for row in rows], sys.stdout)
    else:
        print_table(
            ["ID", "Type", "Pattern", "Reset", "Connection", "Name"],
            [[r.id, r.doc_type, r.pattern, r.reset, r.connection_id or "", r.name] for r in rows],
            sys.stdout,
        )
    return 0


def _exchange_rate(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise CommandError(f"--exchange-rate {text!r} is not a number; write it like 24.35.") from None


def run_issue(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        document = issue_from_order(
            context,
            args.order,
            doc_type=DocumentType(args.doc_type),
            series_id=args.series,
            issue_date=args.date,
            due_days=args.due_days,
            exchange_rate=_exchange_rate(args.exchange_rate),
        )
    totals = compute_totals(document)
    print(
        f"Issued {document.doc_type} {document.number} (id {document.id}): {totals.gross} {document.currency}"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        company_id = company.id
        rows = list(all_rows(lambda request: list_documents(context, company_id, request), args))
    if args.json:
        print_json([dataclasses.asdict(row) for row in rows], sys.stdout)
    elif not rows:
        print(
            f"No documents in {company.name}. "
            "Issue one with: invoicedesk documents issue --order ID --series ID"
        )
    else:
        print_table(
            ["ID", "Type", "Number", "Date", "Buyer", "Total", "Currency", "Status"],
            [
                [r.id, r.doc_type, r.number, r.issue_date, r.buyer_name, r.total_gross, r.currency, r.status]
                for r in rows
            ],
            sys.stdout,
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        document = get_document(context, args.id)
    totals = compute_totals(document)
    if args.json:
        data = dataclasses.asdict(document)
        data["totals"] = {"net": totals.net, "vat": totals.vat, "gross": totals.gross}
        print_json(data, sys.stdout)
        return 0
    print(f"{document.doc_type} {document.number}  issued {document.issue_date}  {document.currency}")
    print(f"Buyer: {document.buyer.name}")
    print_table(
        ["Line", "Qty", "Unit", "Unit price", "VAT %", "Net"],
        [
            [line.name, line.quantity, line.unit, line.unit_price, line.vat_rate, line_totals.net]
            for line, line_totals in zip(document.lines, totals.lines, strict=True)
        ],
        sys.stdout,
    )
    print(f"Net {totals.net}  VAT {totals.vat}  Total {totals.gross} {document.currency}")
    return 0
