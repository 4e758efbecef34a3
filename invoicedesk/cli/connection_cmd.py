"""`invoicedesk connection add|list|check`.

Secrets never come from the command line (argv is visible to every process and kept in shell history): each
is read from the environment variable INVOICEDESK_SECRET_<NAME> or asked for at a hidden prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from invoicedesk.app.activation import activate
from invoicedesk.app.companies import default_company
from invoicedesk.app.connections import add_connection, list_connections
from invoicedesk.cli.common import CommandError, open_context, print_json, print_table
from invoicedesk.connectors import registry
from invoicedesk.connectors.contract import ActivationResult, ServiceSpec
from invoicedesk.connectors.errors import ConnectorError
from invoicedesk.core.errors import DomainValidationError, FieldError

SECRET_ENV_PREFIX = "INVOICEDESK_SECRET_"  # noqa: S105 (a variable-name prefix, not a password)


def register(subparsers: Any) -> None:
    connection = subparsers.add_parser("connection", help="connect a company to an invoicing service")
    actions = connection.add_subparsers(dest="connection_action", metavar="ACTION", required=True)

    services = [spec.id for spec in registry.services()]
    add = actions.add_parser(
        "add", help="add a connection (secrets from INVOICEDESK_SECRET_<NAME> or a hidden prompt)",
        description="Add a connection. Secrets are read from the environment variable "
        "INVOICEDESK_SECRET_<NAME> (e.g. INVOICEDESK_SECRET_CLIENT_SECRET) or asked for at a hidden prompt; "
        "they are stored in the system keyring only.",
    )
    add.add_argument("service", choices=services, help="the service to connect to")
    add.add_argument("--company", help="company id or exact name (default: the only company)")
    add.add_argument("--name", default="", help="a name for the connection (default: the service's name)")
    add.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE",
                     help="a non-secret setting, e.g. --setting slug=mojefirma (repeat for more)")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="list a company's connections")
    listing.add_argument("--company", help="company id or exact name (default: the only company)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=run_list)

    check = actions.add_parser("check", help="prove a connection works (the Activate button)")
    check.add_argument("id", type=int, help="the connection id (see `connection list`)")
    check.set_defaults(handler=run_check)


def run_add(args: argparse.Namespace) -> int:
    spec = registry.spec(args.service)
    settings = _parse_settings(args.setting)
    secrets = {field.name: _read_secret(spec, field.name) for field in spec.secret_fields}
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        try:
            info = add_connection(context, company.id, spec.id, settings,
                                  {k: v for k, v in secrets.items() if v}, name=args.name)
        except DomainValidationError as error:
            raise DomainValidationError([_as_cli_field(e) for e in error.errors]) from None
    print(f"Added connection {info.id}: {info.name} ({info.service_name}) for {company.name}.")
    print(f"Check it with: invoicedesk connection check {info.id}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        company = default_company(context, args.company)
        assert company.id is not None
        connections = list_connections(context, company.id)
    if args.json:
        print_json([{"id": c.id, "service": c.service, "name": c.name, "settings": c.settings,
                     "created_at": c.created_at} for c in connections], sys.stdout)
    elif not connections:
        print(f"{company.name} has no connections yet. Add one with: invoicedesk connection add SERVICE")
    else:
        print_table(["ID", "Name", "Service", "Settings"],
                    [[c.id, c.name, c.service_name, _settings_text(c.settings)] for c in connections],
                    sys.stdout)
    return 0


def run_check(args: argparse.Namespace) -> int:
    with open_context(args) as context:
        try:
            # Activate also remembers what it learned (series, bank accounts) for the setup options.
            result = activate(context, args.id)
        except ConnectorError as error:
            _print_error(error)
            return 1
    _print_activation(result)
    return 0


def _parse_settings(items: list[str]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CommandError(f"--setting {item!r} is not KEY=VALUE, e.g. --setting slug=mojefirma")
        settings[key.strip()] = value.strip()
    return settings


def _read_secret(spec: ServiceSpec, name: str) -> str:
    variable = SECRET_ENV_PREFIX + name.upper()
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        return ""  # add_connection then names the missing secret and the variable to set
    label = spec.field(name).label
    return getpass.getpass(f"{label} (hidden; or set {variable}): ")


def _as_cli_field(error: FieldError) -> FieldError:
    """Point at the command-line way of giving the value."""
    section, _, name = error.field.partition(".")
    if section == "settings" and name:
        return FieldError(f"--setting {name}=…", error.message, error.hint)
    if section == "secrets" and name:
        return FieldError(f"secret {name} ({SECRET_ENV_PREFIX}{name.upper()})", error.message,
                          error.hint or "Set the variable or type the value at the hidden prompt.")
    return error


def _settings_text(settings: dict[str, str]) -> str:
    return ", ".join(f"{key}={value}" for key, value in sorted(settings.items()))


def _print_activation(result: ActivationResult) -> None:
    print(f"Connected to {result.account_name}")
    print(f"  plan: {result.plan or '-'}   VAT mode: {result.vat_mode or '-'}   "
          f"currency: {result.currency or '-'}")
    if result.number_series:
        print("  number series:")
        for series in result.number_series:
            default = " (default)" if series.is_default else ""
            preview = f"  e.g. {series.preview}" if series.preview else ""
            print(f"    {series.remote_id}: {series.name}{default}{preview}")
    if result.payment_methods:
        print("  payment methods: " + ", ".join(
            m.code + (" (default)" if m.is_default else "") for m in result.payment_methods))
    if result.bank_accounts:
        print("  bank accounts: " + ", ".join(
            f"{a.name} {a.iban}".strip() for a in result.bank_accounts))
    for warning in result.details.get("warnings") or []:  # type: ignore[union-attr]
        print(f"  warning: {warning}")


def _print_error(error: ConnectorError) -> None:
    advice = error.advice
    out = sys.stderr
    print(f"Activate failed: {advice.title}", file=out)
    print(f"  What happened: {error.detail}", file=out)
    for field_error in error.field_errors:
        print(f"    {field_error}", file=out)
    print(f"  Cause: {advice.cause}", file=out)
    print(f"  What to do: {advice.what_to_do}", file=out)
    if error.retry_at is not None:
        print(f"  Try again after: {error.retry_at.isoformat(timespec='seconds')}", file=out)
