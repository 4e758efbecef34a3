"""`invoicedesk sync push|run|status|resend`: send documents to their services; `sync run` is what a
scheduled task (Windows Task Scheduler, cron) calls for headless sync."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from invoicedesk.app.companies import default_company
from invoicedesk.app.connections import list_connections
from invoicedesk.app.sync import document_jobs, enqueue_push, resend, run_connection
from invoicedesk.cli.common import open_context, print_json, print_table


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser(
        "sync", help="send documents to services (also headless, for scheduled runs)"
    )
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    push = actions.add_parser("push", help="queue a document for a connection")
    push.add_argument("document", type=int, help="the document id (see `documents list`)")
    push.add_argument(
        "--connection", type=int, required=True, help="the connection id (see `connection list`)"
    )
    push.add_argument("--now", action="store_true", help="also send it right away")
    push.set_defaults(handler=run_push)
    run = actions.add_parser("run", help="send every due job (all connections of the company, or one)")
    run.add_argument("--company", help="company id or exact name (default: the only company)")
    run.add_argument("--connection", type=int, help="only this connection")
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=run_run)
    status = actions.add_parser("status", help="the sync state of a document on each connection")
    status.add_argument("document", type=int)
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)
    again = actions.add_parser("resend", help="send a held job again after fixing its cause")
    again.add_argument("job", type=int)
    again.set_defaults(handler=run_resend)


def run_push(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        job = enqueue_push(context, args.document, args.connection)
        print(f"Queued job {job.id} ({job.state}).")
        if args.now:
            report = run_connection(context, args.connection)
            print(
                f"Sent: {len(report.done)} done, {len(report.waiting)} waiting, "
                f"{len(report.needs_attention)} need attention."
            )
            return 1 if report.needs_attention else 0
    return 0


def run_run(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        if args.connection is not None:
            connection_ids = [args.connection]
        else:
            company = default_company(context, args.company)
            assert company.id is not None
            connection_ids = [c.id for c in list_connections(context, company.id)]
        reports = {cid: run_connection(context, cid) for cid in connection_ids}
    summary = {
        cid: {"done": len(r.done), "waiting": len(r.waiting), "needs_attention": len(r.needs_attention)}
        for cid, r in reports.items()
    }
    if args.json:
        print_json(summary, sys.stdout)
    else:
        print_table(
            ["Connection", "Done", "Waiting", "Needs attention"],
            [[cid, s["done"], s["waiting"], s["needs_attention"]] for cid, s in summary.items()],
            sys.stdout,
        )
    # A scheduler should notice when a person is needed.
    return 1 if any(r.needs_attention for r in reports.values()) else 0


def run_status(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        jobs = document_jobs(context, args.document)
    if args.json:
        print_json(
            [
                {
                    "job": j.id,
                    "connection": j.connection_id,
                    "operation": j.operation,
                    "state": j.state,
                    "attempts": j.attempts,
                    "remote_id": j.remote_id,
                    "remote_number": j.remote_number,
                    "error_category": j.last_error_category,
                    "error": j.last_error_message,
                    "field_errors": [
                        {"field": e.field, "message": e.message, "hint": e.hint} for e in j.field_errors
                    ],
                }
                for j in jobs
            ],
            sys.stdout,
        )
        return 0
    if not jobs:
        print(f"Document {args.document} has not been queued for any connection.")
        return 0
    print_table(
        ["Job", "Connection", "Operation", "State", "Attempts", "Remote number", "Last error"],
        [
            [j.id, j.connection_id, j.operation, j.state, j.attempts, j.remote_number, j.last_error_message]
            for j in jobs
        ],
        sys.stdout,
    )
    for job in jobs:
        for error in job.field_errors:
            print(f"  job {job.id}: {error.field}: {error.message} — {error.hint}")
    return 0


def run_resend(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        job = resend(context, args.job)
    print(f"Job {job.id} is queued again; `invoicedesk sync run` sends it.")
    return 0
