"""`invoicedesk efactura …`: Romania's e-Factura from the command line.

configure / login / refresh / status    the company's ANAF setup and the certificate sign-in
send DOC / poll / inbox                 upload documents, follow ANAF's processing, import supplier invoices
validate FILE… / xml DOC                the product's validator on files; a document's UBL
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from invoicedesk.app import efactura, efactura_auth
from invoicedesk.app.companies import default_company
from invoicedesk.app.context import AppContext
from invoicedesk.cli.common import CommandError, open_context, print_json, print_table
from invoicedesk.connectors.anaf.validation import RulesError
from invoicedesk.connectors.errors import ConnectorError
from invoicedesk.sync.efactura import Submission

COMPANY_HELP = "company id or exact name (default: the only company)"
EXIT_OK, EXIT_ATTENTION = 0, 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "efactura", help="Romania's ANAF e-Factura: sign in, send, poll, inbox, validate"
    )
    actions = parser.add_subparsers(dest="efactura_action", metavar="ACTION", required=True)

    configure = actions.add_parser("configure", help="save the company's e-Factura setup")
    configure.add_argument("--company", help=COMPANY_HELP)
    configure.add_argument(
        "--client-id", required=True, help="the Client ID of the OAuth application at ANAF"
    )
    configure.add_argument(
        "--client-secret-stdin",
        action="store_true",
        help="read the Client Secret from standard input (otherwise it is asked for without echo)",
    )
    configure.add_argument("--ports", required=True, help="callback ports, e.g. 9002,9003,9004")
    configure.add_argument("--environment", choices=("test", "prod"), default="test")
    configure.add_argument("--holder", required=True, help="the certificate holder's name")
    configure.add_argument("--cifs", help="CIFs filed for (default: the company's CUI)")
    configure.add_argument("--oauth-url", help=argparse.SUPPRESS)  # the local emulator only
    configure.add_argument("--api-url", help=argparse.SUPPRESS)
    configure.set_defaults(handler=run_configure)

    login = actions.add_parser("login", help="sign in with the qualified certificate (opens the browser)")
    login.add_argument("--company", help=COMPANY_HELP)
    login.add_argument("--no-browser", action="store_true", help="only print the address to open")
    login.add_argument("--paste", action="store_true", help="paste the browser's final address instead")
    login.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for the sign-in")
    login.set_defaults(handler=run_login)

    refresh = actions.add_parser("refresh", help="renew the ANAF tokens now")
    refresh.add_argument("--company", help=COMPANY_HELP)
    refresh.set_defaults(handler=run_refresh)

    status = actions.add_parser("status", help="the sign-in and the documents on their way")
    status.add_argument("--company", help=COMPANY_HELP)
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)

    send = actions.add_parser("send", help="validate and upload a document, then follow it")
    send.add_argument("document", type=int, help="the document id (see `documents list`)")
    send.add_argument(
        "--wait", type=float, default=60.0, help="seconds to follow ANAF's processing (default 60)"
    )
    send.add_argument("--json", action="store_true")
    send.set_defaults(handler=run_send)

    poll = actions.add_parser("poll", help="continue every document that is due (for scheduled runs)")
    poll.add_argument("--company", help="only this company (default: all)")
    poll.add_argument("--wait", type=float, default=0.0, help="keep going for this many seconds")
    poll.add_argument("--json", action="store_true")
    poll.set_defaults(handler=run_poll)

    inbox = actions.add_parser("inbox", help="import the supplier invoices received in SPV")
    inbox.add_argument("--company", help=COMPANY_HELP)
    inbox.add_argument("--json", action="store_true")
    inbox.set_defaults(handler=run_inbox)

    validate = actions.add_parser("validate", help="check e-Factura XML files with the official rules")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.add_argument(
        "--rules", type=Path, help="folder holding the official rules (default: downloaded)"
    )
    validate.add_argument("--json", action="store_true")
    validate.set_defaults(handler=run_validate)

    xml = actions.add_parser("xml", help="write a document's e-Factura UBL")
    xml.add_argument("document", type=int)
    xml.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    xml.set_defaults(handler=run_xml)


def _company_id(context: AppContext, key: str | None) -> int:
    company = default_company(context, key)
    assert company.id is not None
    return company.id


def _connector_error(error: ConnectorError) -> CommandError:
    advice = error.advice
    return CommandError(f"{error.detail}\n  {advice.title}. {advice.what_to_do}")


# ---- setup and sign-in -----------------------------------------------------------------------------------


def run_configure(args: argparse.Namespace) -> int:
    secret = sys.stdin.readline().strip() if args.client_secret_stdin else getpass.getpass("Client Secret: ")
    with open_context(args) as context:
        setup = efactura_auth.configure_anaf(
            context,
            _company_id(context, args.company),
            args.client_id,
            secret,
            args.ports,
            args.environment,
            args.holder,
            cifs=args.cifs,
            oauth_base_url=args.oauth_url,
            api_base_url=args.api_url,
        )
    print(f"Saved the e-Factura setup ({setup.environment}) for holder {setup.holder_name}.")
    print("Register exactly these callback addresses for the application at ANAF:")
    for url in setup.callback_urls:
        print(f"  {url}")
    return EXIT_OK


def run_login(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company_id = _company_id(context, args.company)
        try:
            if args.paste:
                result = _login_by_pasting(context, company_id, args.timeout)
            else:

                def show(attempt: efactura_auth.LoginAttempt) -> None:
                    print(f"Sign in with the certificate at: {attempt.start_url}", flush=True)

                result = efactura_auth.login(
                    context,
                    company_id,
                    open_browser=(lambda url: False) if args.no_browser else _open_browser,
                    timeout=args.timeout,
                    on_started=show,
                )
        except ConnectorError as error:
            raise _connector_error(error) from None
    print(f"Signed in as {result.holder}.")
    _print_token_status(result.status)
    return EXIT_OK


def _open_browser(url: str) -> bool:
    import webbrowser

    return webbrowser.open(url)


def _login_by_pasting(context: AppContext, company_id: int, timeout: float) -> efactura_auth.LoginResult:
    attempt = efactura_auth.start_login(context, company_id, timeout=timeout, listen=False)
    try:
        print(
            f"Open this address, sign in, then paste the address the browser ends on:\n  {attempt.start_url}"
        )
        return attempt.complete_from_pasted(input("Address: "))
    finally:
        attempt.close()


def run_refresh(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        try:
            status = efactura_auth.refresh(context, _company_id(context, args.company))
        except ConnectorError as error:
            raise _connector_error(error) from None
    print("The ANAF tokens were renewed.")
    _print_token_status(status)
    return EXIT_OK


def _print_token_status(status: efactura_auth.TokenStatus) -> None:
    if not status.signed_in:
        print(f"{status.holder} is not signed in: run `invoicedesk efactura login`.")
        return
    print(f"Access token valid until {status.access_expires_at:%Y-%m-%d %H:%M} UTC.")
    if status.days_until_certificate_login is not None:
        print(f"Sign in with the certificate again within {status.days_until_certificate_login} days.")


def run_status(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company_id = _company_id(context, args.company)
        tokens = efactura_auth.status(context, company_id)
        submissions = efactura.list_submissions(context, company_id)
    counts = Counter(str(s.state) for s in submissions)
    if args.json:
        print_json(
            {
                "holder": tokens.holder,
                "signed_in": tokens.signed_in,
                "access_expires_at": tokens.access_expires_at,
                "refresh_expires_at": tokens.refresh_expires_at,
                "days_until_certificate_login": tokens.days_until_certificate_login,
                "documents": dict(counts),
            },
            sys.stdout,
        )
        return EXIT_OK
    _print_token_status(tokens)
    if counts:
        print("Documents: " + ", ".join(f"{count} {state}" for state, count in sorted(counts.items())))
    waiting = [s for s in submissions if not s.final]
    if waiting:
        _print_submissions(waiting)
    return EXIT_OK


# ---- documents -----------------------------------------------------------------------------------------


def _as_json(submission: Submission) -> dict[str, Any]:
    return {
        "document": submission.document_id,
        "state": str(submission.state),
        "environment": submission.environment,
        "upload_index": submission.upload_index,
        "download_id": submission.download_id,
        "receipt": submission.receipt_path,
        "next_attempt_at": submission.next_attempt_at,
        "error": submission.last_error_message,
        "fields": [{"field": e.field, "message": e.message, "hint": e.hint} for e in submission.field_errors],
        "anaf_errors": submission.anaf_errors,
    }


def _print_submissions(submissions: list[Submission]) -> None:
    print_table(
        ["Document", "State", "Index", "Next attempt", "Message"],
        [
            [
                s.document_id,
                s.state,
                s.upload_index,
                f"{s.next_attempt_at:%Y-%m-%d %H:%M}" if s.next_attempt_at and not s.final else "",
                s.last_error_message[:80],
            ]
            for s in submissions
        ],
        sys.stdout,
    )


def _print_submission(submission: Submission) -> None:
    line = f"Document {submission.document_id}: {submission.state}"
    if submission.upload_index:
        line += f", ANAF upload index {submission.upload_index}"
    print(line)
    if submission.state == "ok":
        print(f"  Signed receipt kept as {submission.receipt_path}")
    elif submission.next_attempt_at is not None and not submission.final:
        print(
            f"  Continues at {submission.next_attempt_at:%Y-%m-%d %H:%M} UTC (`invoicedesk efactura poll`)."
        )
    if submission.last_error_message:
        print(f"  {submission.last_error_message}")
    for error in submission.field_errors:
        text = f"  {error.field or 'document'}: {error.message}"
        print(text + (f" — {error.hint}" if error.hint else ""))


def _needs_person(submissions: list[Submission]) -> bool:
    return any(s.state in ("nok", "needs_attention") for s in submissions)


def run_send(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        submission = efactura.send_document(context, args.document, wait=args.wait)
    if args.json:
        print_json(_as_json(submission), sys.stdout)
    else:
        _print_submission(submission)
    return EXIT_ATTENTION if _needs_person([submission]) else EXIT_OK


def run_poll(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company_id = _company_id(context, args.company) if args.company else None
        submissions = efactura.poll(context, company_id=company_id, wait=args.wait)
    if args.json:
        print_json([_as_json(s) for s in submissions], sys.stdout)
    elif not submissions:
        print("Nothing was due.")
    else:
        _print_submissions(submissions)
    return EXIT_ATTENTION if _needs_person(submissions) else EXIT_OK


def run_inbox(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        try:
            report = efactura.run_inbox(context, _company_id(context, args.company))
        except ConnectorError as error:
            raise _connector_error(error) from None
    if args.json:
        print_json(
            {
                "listed": report.listed,
                "imported": report.imported,
                "already_known": report.already_known,
                "unreadable": report.unreadable,
                "expired": report.expired,
                "stopped": report.stopped.detail if report.stopped else "",
            },
            sys.stdout,
        )
    else:
        print(
            f"Imported {len(report.imported)} new supplier document(s); {report.already_known} already "
            f"known, {len(report.unreadable)} unreadable, {len(report.expired)} no longer available at ANAF."
        )
        if report.stopped is not None:
            print(f"Stopped early, continues next time: {report.stopped.detail}")
    return EXIT_ATTENTION if report.unreadable else EXIT_OK


# ---- files ---------------------------------------------------------------------------------------------


def run_validate(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        try:
            results = efactura.validate_files(context, args.files, rules_dir=args.rules)
        except RulesError as error:
            raise CommandError(str(error)) from None
    if args.json:
        print_json(
            [
                {
                    "file": str(result.path),
                    "ok": result.ok,
                    "issues": [
                        {"severity": i.severity, "rule": i.rule, "field": i.field, "message": i.message}
                        for i in result.report.issues
                    ],
                }
                for result in results
            ],
            sys.stdout,
        )
    else:
        for result in results:
            errors, warnings = result.report.errors, result.report.warnings
            verdict = "PASS" if result.ok else "FAIL"
            print(f"{verdict} {result.path}: {len(errors)} error(s), {len(warnings)} warning(s)")
            for issue in errors + warnings:
                print(f"  {issue.severity:<7} {issue.rule:<12} {issue.field or '-'}: {issue.message}")
    return EXIT_OK if all(result.ok for result in results) else EXIT_ATTENTION


def run_xml(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        built = efactura.document_xml(context, args.document)
    for warning in built.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.output is not None:
        args.output.write_bytes(built.xml)
        print(f"Wrote {args.output} ({len(built.xml)} bytes, type {built.type_code}).", file=sys.stderr)
    else:
        sys.stdout.buffer.write(built.xml)
        sys.stdout.flush()
    return EXIT_OK
