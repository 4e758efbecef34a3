"""The command line: global options, discovery of command modules, and one place that turns known errors
into a clear message and an exit code (0 ok, 1 something to fix, 2 usage)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from invoicedesk import APP_NAME, __version__

log = logging.getLogger(__name__)

# Command groups, each a module of this package exposing register(subparsers). Modules that are not part of
# this build yet are skipped, so groups can be added one at a time.
COMMAND_MODULES = (
    "company_cmd",
    "import_cmd",
    "orders_cmd",
    "clients_cmd",
    "documents_cmd",
    "sync_cmd",
    "connection_cmd",
    "sandbox_cmd",
    "efactura_cmd",
    "synclog_cmd",
    "demo_cmd",
    "pull_cmd",
)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

GuiLauncher = Callable[[argparse.Namespace], int]


def _add_global_options(parser: argparse.ArgumentParser, *, suppress_defaults: bool) -> None:
    default = argparse.SUPPRESS if suppress_defaults else None
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="folder for the database, archive, logs and backups "
        "(default: $INVOICEDESK_HOME, else the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        default=default,
        help="use this database instead of the local SQLite file, e.g. postgresql://…",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress_defaults else False,
        help="keep secrets in memory only and, without --data-dir, save nothing",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        default=argparse.SUPPRESS if suppress_defaults else False,
        help="print the version and exit",
    )


def _global_options_parser() -> argparse.ArgumentParser:
    # Parsed first, from anywhere on the line, so that global options work before AND after a subcommand
    # whichever module defined that subcommand.
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    _add_global_options(parser, suppress_defaults=False)
    return parser


def command_modules() -> list[object]:
    modules = []
    for name in COMMAND_MODULES:
        qualified = f"{__package__}.{name}"
        try:
            modules.append(importlib.import_module(qualified))
        except ModuleNotFoundError as exc:
            if exc.name != qualified:
                raise  # the module exists but something it imports is missing: a real fault
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="invoicedesk",
        description=f"{APP_NAME}: connects your sales documents to online invoicing services. "
        "Without a command it opens the window.",
        allow_abbrev=False,
    )
    _add_global_options(parser, suppress_defaults=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)  # type: ignore[attr-defined]
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    global_options, rest = _global_options_parser().parse_known_args(list(argv))
    args = build_parser().parse_args(rest)
    for name, value in vars(global_options).items():
        setattr(args, name, value)
    return args


def main(argv: Sequence[str] | None = None, *, launch_gui: GuiLauncher | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        # --version answers before the command modules (and the database layers they use) are imported.
        if _global_options_parser().parse_known_args(arguments)[0].version:
            print(f"{APP_NAME} {__version__}")
            return EXIT_OK
        args = parse_args(arguments)
    except SystemExit as exit_:  # argparse has printed the usage error (or the help)
        return int(exit_.code or 0) if isinstance(exit_.code, int) else EXIT_USAGE
    handler = getattr(args, "handler", None)
    if handler is None:
        if launch_gui is None:
            print("No command given. Run `invoicedesk --help` to see the commands.", file=sys.stderr)
            return EXIT_USAGE
        return launch_gui(args)
    return run_handler(handler, args)


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    from invoicedesk.cli.common import CommandError
    from invoicedesk.core.errors import DomainValidationError
    from invoicedesk.secrets.errors import KeyringUnavailableError
    from invoicedesk.store.errors import DatabaseOpenError

    try:
        return int(handler(args) or 0)
    except DomainValidationError as error:
        print("invoicedesk: please correct:", file=sys.stderr)
        for item in error.errors:
            print(
                f"  {_option_name(item.field)}: {item.message}" + (f" — {item.hint}" if item.hint else ""),
                file=sys.stderr,
            )
        return EXIT_USER_ERROR
    except (CommandError, LookupError, KeyringUnavailableError, DatabaseOpenError) as error:
        print(f"invoicedesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("invoicedesk: interrupted", file=sys.stderr)
        return 130


def _option_name(field: str) -> str:
    """A domain field as the option that sets it ("vat_id" → "--vat-id"); nested paths stay as they are."""
    if field and field.replace("_", "").isalnum() and "." not in field:
        return "--" + field.replace("_", "-")
    return field or "input"
