"""`invoicedesk pull documents|clients` and `invoicedesk reconcile`: read what a service holds and compare it
with what was sent there. Both suit a scheduled task: they exit with 1 when something needs a person (a
finding, an item that could not be stored, a client the service refused)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from invoicedesk.app.pull import pull_clients, pull_documents
from invoicedesk.app.reconcile import reconcile
from invoicedesk.cli.common import CommandError, open_context, print_json, print_table
from invoicedesk.connectors.errors import ConnectorError
from invoicedesk.sync.pull import PullReport
from invoicedesk.sync.reconcile import Finding, ReconciliationReport


def register(subparsers: Any) -> None:
    pull = subparsers.add_parser("pull", help="read documents or clients from a connection's service")
    kinds = pull.add_subparsers(dest="pull_action", metavar="WHAT", required=True)
    for kind, text in (
        ("documents", "store the service's documents changed since the last pull"),
        ("clients", "store the service's clients; new ones become local clients, and local clients the "
                    "service does not know are created there when it allows"),
    ):
        parser = kinds.add_parser(kind, help=text)
        parser.add_argument("--connection", type=int, required=True, help="the connection id")
        parser.add_argument("--full", action="store_true",
                            help="read everything again, not only what changed since the last pull")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(handler=run_pull)
    check = subparsers.add_parser(
        "reconcile", help="compare the documents sent to a connection with the service's (exit 1: findings)"
    )
    check.add_argument("--connection", type=int, required=True, help="the connection id")
    check.add_argument("--pull", action="store_true", help="pull the service's documents first")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_reconcile)


def run_pull(args: argparse.Namespace) -> int:
    action = pull_documents if args.pull_action == "documents" else pull_clients
    with open_context(args) as context:
        try:
            report = action(context, args.connection, full=args.full)
        except ConnectorError as error:
            raise _connector_error(error) from error
    if args.json:
        print_json(_report_json(report), sys.stdout)
    else:
        _print_report(report)
    return 1 if report.skipped or report.push_failures else 0


def run_reconcile(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        try:
            if args.pull:
                pull_documents(context, args.connection)
        except ConnectorError as error:
            raise _connector_error(error) from error
        report = reconcile(context, args.connection)
    if args.json:
        print_json(_reconciliation_json(report), sys.stdout)
    else:
        _print_reconciliation(report)
    return 1 if report.findings else 0


def _connector_error(error: ConnectorError) -> CommandError:
    advice = error.advice
    details = "".join(f"\n  {item.field}: {item.message}" for item in error.field_errors)
    return CommandError(f"{error.detail}{details}\n  {advice.title}. {advice.what_to_do}\n"
                        "  Nothing of this pull was stored; the next pull starts from the same point.")


def _report_json(report: PullReport) -> dict[str, Any]:
    data: dict[str, Any] = {
        "connection": report.connection_id,
        "kind": report.kind,
        "full": report.full,
        "received": report.received,
        "added": report.added,
        "updated": report.updated,
        "removed": report.removed,
        "watermark": report.watermark,
        "skipped": [
            {"remote_id": problem.remote_id, "field": problem.field, "message": problem.message}
            for problem in report.skipped
        ],
    }
    if report.kind == "clients":
        data.update(
            linked=report.linked,
            created_locally=report.created_locally,
            pushed=report.pushed,
            push_failures=[
                {"client_id": f.client_id, "name": f.client_name, "message": f.message,
                 "field_errors": [{"field": e.field, "message": e.message, "hint": e.hint}
                                  for e in f.field_errors]}
                for f in report.push_failures
            ],
        )
    return data


def _print_report(report: PullReport) -> None:
    print(f"Pulled {report.kind} of connection {report.connection_id}{' (full)' if report.full else ''}: "
          f"{report.received} received, {report.added} new, {report.updated} updated"
          + (f", {report.removed} no longer at the service" if report.removed else "") + ".")
    if report.kind == "clients":
        print(f"Clients: {report.linked} matched to local clients, {report.created_locally} added here, "
              f"{report.pushed} created at the service.")
    for problem in report.skipped:
        print(f"  left out: {problem}", file=sys.stderr)
    for failure in report.push_failures:
        print(f"  client {failure.client_id} ({failure.client_name}) was refused: {failure.message}",
              file=sys.stderr)
        for error in failure.field_errors:
            print(f"    {error.field}: {error.message}" + (f" — {error.hint}" if error.hint else ""),
                  file=sys.stderr)


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind,
        "document_id": finding.document_id,
        "document_number": finding.document_number,
        "remote_id": finding.remote_id,
        "remote_number": finding.remote_number,
        "field": finding.field,
        "local_value": finding.local_value,
        "remote_value": finding.remote_value,
        "description": finding.description,
    }


def _reconciliation_json(report: ReconciliationReport) -> dict[str, Any]:
    return {
        "connection": report.connection_id,
        "pulled_at": report.pulled_at,
        "compared": report.compared,
        "local_count": report.local_count,
        "remote_count": report.remote_count,
        "clean": report.clean,
        "findings": [_finding_json(finding) for finding in report.findings],
    }


def _print_reconciliation(report: ReconciliationReport) -> None:
    pulled = report.pulled_at.isoformat(timespec="seconds") if report.pulled_at else "never"
    print(f"Connection {report.connection_id}: {report.local_count} sent documents, {report.remote_count} "
          f"remote documents (pulled {pulled}), {report.compared} compared.")
    if report.clean:
        print("No differences.")
        return
    print_table(
        ["Kind", "Document", "Remote number", "Remote id", "Field", "Here", "At the service"],
        [[f.kind, f.document_number, f.remote_number, f.remote_id, f.field, f.local_value, f.remote_value]
         for f in report.findings],
        sys.stdout,
    )
