"""`invoicedesk sandbox serve`: run the service emulators on 127.0.0.1 until Ctrl+C.

Each emulator prints one JSON line {service, base_url, credentials} when it listens, so scripts and testers
can point a connection at it (`--setting base_url=…`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from invoicedesk.cli.common import CommandError
from invoicedesk.sandbox.registry import EMULATORS
from invoicedesk.sandbox.serve import serve


def register(subparsers: Any) -> None:
    sandbox = subparsers.add_parser("sandbox", help="run local emulators of the services (tests, demos)")
    actions = sandbox.add_subparsers(dest="sandbox_action", metavar="ACTION", required=True)
    run = actions.add_parser(
        "serve", help="serve emulators on 127.0.0.1 until Ctrl+C",
        description="Serve emulators on 127.0.0.1 (ephemeral ports) until Ctrl+C; one JSON line per emulator "
        "tells its base_url and demo credentials.",
    )
    run.add_argument("--services", default=",".join(EMULATORS),
                     help=f"comma-separated emulators to run (default: {','.join(EMULATORS)})")
    run.add_argument("--faults", action="append", default=[], metavar="SPEC",
                     help="faults to inject, e.g. fakturoid:status=503:path=invoices:times=2,"
                     "anaf:drop_after_commit:method=POST (repeatable)")
    run.add_argument("--state-dir", type=Path, default=None,
                     help="keep each emulator's state in DIR/<service>.json across runs")
    run.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    services = [s.strip() for s in args.services.split(",") if s.strip()]

    def announce(info: dict) -> None:
        print(json.dumps(info, ensure_ascii=False), flush=True)

    try:
        serve(services, list(args.faults), state_dir=args.state_dir, on_ready=announce)
    except ValueError as error:
        raise CommandError(str(error)) from error
    print("sandbox stopped", file=sys.stderr)
    return 0
