"""`invoicedesk clients list`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from invoicedesk.app.clients import CLIENT_SORT_KEYS, list_clients
from invoicedesk.app.companies import default_company
from invoicedesk.cli.common import open_context, print_json, print_table
from invoicedesk.cli.orders_cmd import add_list_options, all_rows


def register(subparsers: Any) -> None:
    clients = subparsers.add_parser("clients", help="list clients (buyers)")
    actions = clients.add_subparsers(dest="clients_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the clients of a company")
    add_list_options(listing, CLIENT_SORT_KEYS, default_sort="name")
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        company_id = company.id
        rows = list(all_rows(lambda request: list_clients(context, company_id, request), args))
    if args.json:
        print_json([dataclasses.asdict(row) for row in rows], sys.stdout)
    elif not rows:
        print(f"No clients in {company.name} yet; importing orders creates them.")
    else:
        print_table(
            ["ID", "Name", "Registration id", "VAT id", "E-mail", "City", "Country", "Orders"],
            [
                [r.id, r.name, r.registration_id, r.vat_id, r.email, r.city, r.country, r.order_count]
                for r in rows
            ],
            sys.stdout,
        )
    return 0
