"""`invoicedesk company add|list`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from invoicedesk.app.companies import add_company, list_companies
from invoicedesk.cli.common import open_context, print_json, print_table
from invoicedesk.core.documents import Address, BankAccount, Company, Country


def register(subparsers: Any) -> None:
    company = subparsers.add_parser("company", help="add or list the companies whose documents you issue")
    actions = company.add_subparsers(dest="company_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a company")
    add.add_argument("--name", required=True, help="the name as registered")
    add.add_argument("--country", required=True, type=str.upper, choices=[c.value for c in Country])
    add.add_argument("--registration-id", default="", help="IČO (CZ/SK), REGON (PL), CUI (RO)")
    add.add_argument("--vat-id", default="", help="VAT id, e.g. CZ12345678")
    add.add_argument("--local-tax-id", default="", help="SK DIČ or PL NIP when --vat-id holds the EU form")
    add.add_argument("--street", default="")
    add.add_argument("--city", default="")
    add.add_argument("--postal-code", default="")
    add.add_argument("--email", default="")
    add.add_argument("--iban", default="", help="the bank account documents show for payment")
    add.add_argument("--currency", default="", help="accounting currency (default: the country's own)")
    add.add_argument("--not-vat-payer", action="store_true", help="the company is not registered for VAT")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="list the companies")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    company = Company(
        name=args.name,
        country=Country(args.country),
        registration_id=args.registration_id,
        vat_id=args.vat_id,
        local_tax_id=args.local_tax_id,
        address=Address(street=args.street, city=args.city, postal_code=args.postal_code),
        email=args.email,
        is_vat_payer=not args.not_vat_payer,
        default_currency=args.currency,
        bank_accounts=[BankAccount(iban=args.iban)] if args.iban else [],
    )
    with open_context(args) as context:
        added = add_company(context, company)
    print(f"Added company {added.id}: {added.name} ({added.country}, {added.default_currency})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        companies = list_companies(context)
    if args.json:
        print_json([_as_json(company) for company in companies], sys.stdout)
    elif not companies:
        print("No companies yet. Add one with: invoicedesk company add --name … --country CZ|SK|PL|RO")
    else:
        print_table(
            ["ID", "Name", "Country", "Registration id", "VAT id", "Currency"],
            [[c.id, c.name, c.country, c.registration_id, c.vat_id, c.default_currency] for c in companies],
            sys.stdout,
        )
    return 0


def _as_json(company: Company) -> dict[str, Any]:
    data = dataclasses.asdict(company)
    data["country"] = str(company.country)
    return data
