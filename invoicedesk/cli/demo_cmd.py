"""`invoicedesk --demo demo seed`: build the demo world on local emulators and say what it holds.

The world lives as long as the command: with --demo and no --data-dir its folder is temporary and its secrets
stay in memory. `invoicedesk --demo` without a command opens the window on the same world.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any, TextIO

from invoicedesk.app.demo import DemoSeedError, DemoWorld, seed_demo
from invoicedesk.cli.common import CommandError, open_context, print_json, print_table


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="a labelled demo world on local emulators (use with --demo)")
    actions = demo.add_subparsers(dest="demo_action", metavar="ACTION", required=True)
    seed = actions.add_parser(
        "seed",
        help="seed the demo world and print what it made",
        description="Start the Fakturoid and ANAF emulators on 127.0.0.1 and fill an empty demo session with "
        "companies, orders, documents, a Fakturoid connection and an e-Factura setup, then print it. "
        "Run as `invoicedesk --demo demo seed`; `invoicedesk --demo` opens the window on the same world.",
    )
    seed.add_argument("--json", action="store_true", help="print JSON instead of tables")
    seed.set_defaults(handler=run_seed)


def run_seed(args: argparse.Namespace) -> int:
    if not getattr(args, "demo", False):
        raise CommandError(
            "the demo world is made only in a demo session: run `invoicedesk --demo demo seed`.")
    with open_context(args) as context:
        try:
            world = seed_demo(context)
        except DemoSeedError as error:
            raise CommandError(str(error)) from error
        if args.json:
            print_json(_as_json(world), sys.stdout)
        else:
            _print_world(world, sys.stdout)
    return 0


def _print_world(world: DemoWorld, out: TextIO) -> None:
    out.write("Demo world (secrets in memory only; it ends with this session)\n\nCompanies\n")
    companies = (world.czech_company, world.romanian_company)
    print_table(["ID", "Name", "Country", "Registration id", "VAT id"],
                [[c.id, c.name, c.country, c.registration_id, c.vat_id] for c in companies], out)
    names = {company.id: company.name for company in companies}
    out.write(f"\nOrders imported: {world.orders_imported}\n\nDocuments\n")
    print_table(
        ["ID", "Company", "Type", "Number", "Buyer", "Total", "Currency", "Sent to", "State", "Remote"],
        [[d.id, names[d.company_id], d.doc_type, d.number, d.buyer_name, d.total_gross, d.currency, d.sent_to,
          d.state, d.remote_number] for d in world.documents],
        out,
    )
    for document in world.documents:
        if document.problem:
            out.write(f"  {document.number} waits for a person: {document.problem}\n")
    submission = world.efactura_submission
    out.write(
        f"\ne-Factura: document {submission.document_id} is {submission.state} at ANAF "
        f"(upload index {submission.upload_index}); receipt archived as {submission.receipt_path}\n"
        f"Checked before upload with {world.validation}\n"
        f"Signed in as {world.anaf_setup.holder_name}; to sign in again choose the demo certificate and "
        f"type PIN {world.anaf_pin}\n\nSupplier invoices in the e-Factura inbox\n"
    )
    print_table(["Number", "Issued", "Seller", "Seller VAT id", "Total", "Currency", "State"],
                [[r.number, r.issue_date, r.seller_name, r.seller_vat_id, r.declared_payable, r.currency,
                  r.state] for r in world.received], out)
    out.write("\nConnections\n")
    print_table(["ID", "Company", "Service", "Name"],
                [[world.fakturoid_connection.id, names[world.fakturoid_connection.company_id],
                  world.fakturoid_connection.service, world.fakturoid_connection.name],
                 [world.anaf_setup.connection_id, names[world.anaf_setup.company_id], "anaf",
                  f"ANAF e-Factura ({world.anaf_setup.environment})"]], out)
    out.write("\nEmulators (running until this session ends)\n")
    print_table(["Service", "Address"], sorted(world.emulator_urls.items()), out)


def _as_json(world: DemoWorld) -> dict[str, Any]:
    data = dataclasses.asdict(world)
    for company in (data["czech_company"], data["romanian_company"]):
        company["country"] = str(company["country"])
    for document in data["documents"]:
        document["doc_type"] = str(document["doc_type"])
    submission = data["efactura_submission"]
    submission["state"] = str(submission["state"])
    submission["field_errors"] = [dataclasses.asdict(e) for e in world.efactura_submission.field_errors]
    data["anaf_setup"]["callback_urls"] = world.anaf_setup.callback_urls
    return data
