"""The "Activate" button, and what it remembers: the non-secret facts the setup and the mapping grid offer.

Activate proves the saved credentials work (app.connections.check_connection) and keeps what the service
told about itself (account, plan, number series, payment methods, bank accounts) in the connection's
settings under "activation", so the wizard's options step and the payment-method grid can offer choices
without calling the service again. A failed Activate leaves the facts of the last successful one in place.

Nothing secret is kept: the keys are ours, service-specific details lose every key that names a credential,
and any text that contains one of the connection's secrets or looks like a token is blanked.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from invoicedesk.app.connections import ACTIVATION_SETTING, check_connection
from invoicedesk.app.context import AppContext
from invoicedesk.connectors import registry
from invoicedesk.connectors.contract import ActivationResult, BuildOptions, RemotePaymentMethod, RemoteSeries
from invoicedesk.core.documents import BankAccount, DocumentType
from invoicedesk.secrets.redaction import MARKER, is_secret_field, redact_text
from invoicedesk.store.repositories.connections import ConnectionRepository, check_settings_are_not_secret

log = logging.getLogger(__name__)

# Secrets shorter than this are not searched for in the facts: a two-letter value would blank ordinary words.
_MIN_SECRET_LENGTH = 6
_MAX_DEPTH = 6


@dataclass(frozen=True)
class ActivationFacts:
    """What the last successful Activate of a connection learned."""

    checked_at: dt.datetime
    account_name: str
    plan: str
    vat_mode: str
    currency: str
    number_series: list[RemoteSeries] = field(default_factory=list)
    payment_methods: list[RemotePaymentMethod] = field(default_factory=list)
    bank_accounts: list[BankAccount] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # per service, e.g. Fakturoid's bank account ids

    @property
    def warnings(self) -> list[str]:
        found = self.details.get("warnings")
        return [str(item) for item in found] if isinstance(found, list) else []


def activate(ctx: AppContext, connection_id: int, *, options: BuildOptions | None = None) -> ActivationResult:
    """Check the connection (raises ConnectorError naming the cause) and remember what the service told."""
    result = check_connection(ctx, connection_id, options=options)
    checked_at = dt.datetime.now(dt.UTC)
    with ctx.database.read_session() as session:
        record = ConnectionRepository(session).get(connection_id)
    if record is None:
        raise LookupError(f"The connection {connection_id} was deleted while it was being activated.")
    # The keyring is read before the write transaction opens, so a slow keyring never holds the database.
    facts = _stored_form(result, checked_at, _secret_values(ctx, record.service, record.secret_ref))
    with ctx.database.session() as session:
        repository = ConnectionRepository(session)
        current = repository.get(connection_id)
        if current is None:
            raise LookupError(f"The connection {connection_id} was deleted while it was being activated.")
        repository.update(connection_id, settings={**current.settings, ACTIVATION_SETTING: facts})
    return result


def activation_facts(ctx: AppContext, connection_id: int) -> ActivationFacts | None:
    """The facts of the last successful Activate; None if it never succeeded (or its record is unreadable)."""
    with ctx.database.read_session() as session:
        record = ConnectionRepository(session).get(connection_id)
    if record is None:
        raise LookupError(f"There is no connection with id {connection_id}; `connection list` shows them.")
    stored = record.settings.get(ACTIVATION_SETTING)
    if stored is None:
        return None
    try:
        return _read(stored)
    except (KeyError, TypeError, ValueError, AttributeError):
        # Only a hand-edited database gets here; Activate again rewrites the record.
        log.warning("the remembered Activate result of connection %s is unreadable; it is ignored",
                    connection_id, exc_info=True)
        return None


# ---- to and from the settings JSON -------------------------------------------------------------------------

def _stored_form(result: ActivationResult, checked_at: dt.datetime, secrets: list[str]) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "checked_at": checked_at.isoformat(),
        "account_name": result.account_name,
        "plan": result.plan,
        "vat_mode": result.vat_mode,
        "currency": result.currency,
        "number_series": [
            {"remote_id": s.remote_id, "name": s.name, "preview": s.preview, "is_default": s.is_default,
             "doc_type": s.doc_type.value if s.doc_type is not None else None}
            for s in result.number_series
        ],
        "payment_methods": [
            {"code": m.code, "name": m.name, "is_default": m.is_default} for m in result.payment_methods
        ],
        "bank_accounts": [
            {"iban": b.iban, "bic": b.bic, "name": b.name, "currency": b.currency}
            for b in result.bank_accounts
        ],
        "details": result.details,
    }
    return _json_safe(facts, secrets, depth=0)


def _read(stored: Mapping[str, Any]) -> ActivationFacts:
    checked_at = dt.datetime.fromisoformat(str(stored["checked_at"]))
    details = stored.get("details")
    return ActivationFacts(
        checked_at=checked_at if checked_at.tzinfo else checked_at.replace(tzinfo=dt.UTC),
        account_name=str(stored.get("account_name") or ""),
        plan=str(stored.get("plan") or ""),
        vat_mode=str(stored.get("vat_mode") or ""),
        currency=str(stored.get("currency") or ""),
        number_series=[
            RemoteSeries(str(s["remote_id"]), str(s.get("name") or ""), str(s.get("preview") or ""),
                         bool(s.get("is_default")),
                         DocumentType(s["doc_type"]) if s.get("doc_type") else None)
            for s in stored.get("number_series") or []
        ],
        payment_methods=[
            RemotePaymentMethod(str(m["code"]), str(m.get("name") or ""), bool(m.get("is_default")))
            for m in stored.get("payment_methods") or []
        ],
        bank_accounts=[
            BankAccount(str(b.get("iban") or ""), str(b.get("bic") or ""), str(b.get("name") or ""),
                        str(b.get("currency") or ""))
            for b in stored.get("bank_accounts") or []
        ],
        details=dict(details) if isinstance(details, Mapping) else {},
    )


# ---- keeping secrets out -----------------------------------------------------------------------------------

def _secret_values(ctx: AppContext, service: str, ref: str) -> list[str]:
    names = [f.name for f in registry.spec(service).secret_fields]
    if not ref or not names:
        return []
    values = ctx.secrets.read_many(ref, names).values()
    return [value for value in values if len(value) >= _MIN_SECRET_LENGTH]


def _json_safe(value: Any, secrets: Iterable[str], *, depth: int) -> Any:
    """`value` as plain JSON, with credential-named keys dropped and secret-looking text blanked."""
    if depth > _MAX_DEPTH:
        return None
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return _blank_secrets(value, secrets)
    if isinstance(value, float | Decimal):
        return str(value)  # money and rates stay exact as text
    if isinstance(value, Mapping):
        return {str(key): _json_safe(item, secrets, depth=depth + 1)
                for key, item in value.items() if not _looks_secret(str(key))}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_safe(item, secrets, depth=depth + 1) for item in value]
    return _blank_secrets(str(value), secrets)


def _blank_secrets(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MARKER)
    return redact_text(text)


def _looks_secret(key: str) -> bool:
    if is_secret_field(key):
        return True
    try:
        check_settings_are_not_secret({key: None})
    except ValueError:
        return True
    return False

