"""Connections to services: add one (settings to the database, secrets to the keyring), list, Activate, build.

Secrets go to the OS keyring under the reference "connection:<id>"; the database row holds only that
reference. Every call a connector makes lands in the sync_log table (already redacted by the HTTP plumbing).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from invoicedesk.app.companies import get_company
from invoicedesk.app.context import AppContext
from invoicedesk.connectors import registry
from invoicedesk.connectors.calls import CallRecord
from invoicedesk.connectors.contract import ActivationResult, BuildOptions, Connector, FieldKind, ServiceSpec
from invoicedesk.connectors.http import InsecureUrlError, check_service_url
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.store.database import Database
from invoicedesk.store.repositories.connections import ConnectionRecord, ConnectionRepository
from invoicedesk.store.repositories.sync_log import SyncLogRecord, SyncLogRepository

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Column widths of sync_log (PostgreSQL refuses longer values; SQLite would keep them silently).
_WIDTHS = {"service": 40, "method": 10, "path": 500, "outcome": 30, "error_category": 40,
           "idempotency_key": 100, "remote_id": 100}
_MAX_PENDING = 10_000
# What Activate learned, kept in the connection's settings by app.activation; the app's memory, not a setting
# of the connector, so neither the connector nor the settings shown to the user get it.
ACTIVATION_SETTING = "activation"
# The connection's payment-method mapping reaches the connector as JSON under this setting (the connectors
# read the same name), so every service's factory keeps the same signature.
PAYMENT_METHOD_MAP_SETTING = "payment_method_map"


@dataclass(frozen=True)
class ConnectionInfo:
    id: int
    company_id: int
    service: str
    service_name: str
    name: str
    settings: dict[str, str] = field(default_factory=dict)
    created_at: dt.datetime | None = None


def secret_ref(connection_id: int) -> str:
    return f"connection:{connection_id}"


def add_connection(
    ctx: AppContext,
    company_id: int,
    service: str,
    settings: Mapping[str, str],
    secrets: Mapping[str, str],
    *,
    name: str = "",
) -> ConnectionInfo:
    """Save a new connection; DomainValidationError names each setting to fix (never a secret's value)."""
    spec = registry.spec(service)
    clean_settings, clean_secrets = _validated(spec, settings, secrets)
    company = get_company(ctx, company_id)
    assert company.id is not None
    saved_ref = ""
    try:
        with ctx.database.session() as session:
            repository = ConnectionRepository(session)
            taken = {c.name for c in repository.list_for_company(company.id)}
            record = repository.add(company.id, spec.id, _free_name(name or spec.display_name, taken),
                                    clean_settings)
            saved_ref = secret_ref(record.id)
            # Secrets first, then the reference: if the keyring refuses, the row is rolled back with it.
            ctx.secrets.save_many(saved_ref, clean_secrets)
            record = repository.update(record.id, secret_ref=saved_ref)
    except BaseException:
        if saved_ref:
            _forget_secrets(ctx, saved_ref)
        raise
    return _info(record)


def list_connections(ctx: AppContext, company_id: int) -> list[ConnectionInfo]:
    with ctx.database.read_session() as session:
        return [_info(record) for record in ConnectionRepository(session).list_for_company(company_id)]


def get_connection(ctx: AppContext, connection_id: int) -> ConnectionInfo:
    return _info(_record(ctx, connection_id))


def delete_connection(ctx: AppContext, connection_id: int) -> None:
    record = _record(ctx, connection_id)
    with ctx.database.session() as session:
        ConnectionRepository(session).delete(connection_id)
    if record.secret_ref:
        _forget_secrets(ctx, record.secret_ref)


def check_connection(ctx: AppContext, connection_id: int, *, options: BuildOptions | None = None
                     ) -> ActivationResult:
    """The "Activate" button: prove the saved credentials work. Raises ConnectorError with the cause."""
    connector = build_connector(ctx, connection_id, options=options)
    try:
        return connector.check()
    finally:
        connector.close()
        recorder = getattr(connector, "recorder", None)
        if isinstance(recorder, SyncLogRecorder):
            recorder.flush()


def build_connector(ctx: AppContext, connection_id: int, *, options: BuildOptions | None = None) -> Connector:
    record = _record(ctx, connection_id)
    spec = registry.spec(record.service)
    names = [f.name for f in spec.secret_fields]
    stored = ctx.secrets.read_many(record.secret_ref, names) if record.secret_ref and names else {}
    settings = {f.name: f.default for f in spec.setting_fields if f.default}
    settings.update(_user_settings(record))
    with ctx.database.read_session() as session:
        payment_map = ConnectionRepository(session).payment_mappings(record.id)
    if payment_map:
        settings[PAYMENT_METHOD_MAP_SETTING] = json.dumps(payment_map, sort_keys=True)
    return registry.entry(record.service).build(
        settings,
        lambda name: stored.get(name, ""),
        recorder=SyncLogRecorder(ctx.database),
        connection_id=record.id,
        options=options,
    )


class SyncLogRecorder:
    """Writes each call to the sync_log table at once, in its own short transaction.

    If the database is busy the record waits in memory (bounded) and goes out with the next one, so a
    locked database never fails a call that succeeded at the service.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self._pending: list[SyncLogRecord] = []
        self._lock = threading.Lock()

    def __call__(self, record: CallRecord) -> None:
        row = SyncLogRecord(**{
            name: _fit(name, getattr(record, name))
            for name in ("at", "connection_id", "service", "method", "path", "status", "duration_ms",
                         "outcome", "error_category", "request_bytes", "response_bytes", "idempotency_key",
                         "remote_id", "detail")
        })
        with self._lock:
            self._pending.append(row)
            if len(self._pending) > _MAX_PENDING:
                del self._pending[: len(self._pending) - _MAX_PENDING]
        self.flush()

    def flush(self) -> None:
        with self._lock:
            if not self._pending:
                return
            try:
                with self.database.session() as session:
                    SyncLogRepository(session).append(self._pending)
            except Exception:
                log.warning("the sync log is not writable now; %d record(s) wait in memory",
                            len(self._pending), exc_info=True)
                return
            self._pending.clear()


def _fit(name: str, value: object) -> object:
    width = _WIDTHS.get(name)
    if width is not None and isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    return value


def _record(ctx: AppContext, connection_id: int) -> ConnectionRecord:
    with ctx.database.read_session() as session:
        record = ConnectionRepository(session).get(connection_id)
    if record is None:
        raise LookupError(f"There is no connection with id {connection_id}; `connection list` shows them.")
    return record


def _info(record: ConnectionRecord) -> ConnectionInfo:
    try:
        service_name = registry.spec(record.service).display_name
    except LookupError:
        service_name = record.service
    return ConnectionInfo(record.id, record.company_id, record.service, service_name, record.name,
                          _user_settings(record), record.created_at)


def _user_settings(record: ConnectionRecord) -> dict[str, str]:
    return {key: str(value) for key, value in record.settings.items() if key != ACTIVATION_SETTING}


def _free_name(wanted: str, taken: set[str]) -> str:
    name, number = wanted.strip(), 2
    while name in taken:
        name = f"{wanted.strip()} ({number})"
        number += 1
    return name


def _forget_secrets(ctx: AppContext, ref: str) -> None:
    try:
        ctx.secrets.delete(ref)
    except Exception:
        log.warning("could not remove the keyring entries of %s", ref, exc_info=True)


def _validated(spec: ServiceSpec, settings: Mapping[str, str], secrets: Mapping[str, str]
               ) -> tuple[dict[str, str], dict[str, str]]:
    problems: list[FieldError] = []
    setting_names = {f.name for f in spec.setting_fields}
    secret_names = {f.name for f in spec.secret_fields}
    for key in settings:
        if key in secret_names:
            problems.append(FieldError(f"settings.{key}", f"{key} is a secret, not a setting",
                                       "Enter it at the hidden prompt (or in INVOICEDESK_SECRET_"
                                       f"{key.upper()}); it is stored in the system keyring only."))
        elif key not in setting_names:
            problems.append(FieldError(f"settings.{key}", f"{spec.display_name} has no setting {key!r}",
                                       "Known settings: " + ", ".join(sorted(setting_names))))
    for key in secrets:
        if key not in secret_names:
            problems.append(FieldError(f"secrets.{key}", f"{spec.display_name} has no secret {key!r}",
                                       "Known secrets: " + ", ".join(sorted(secret_names))))
    clean_settings: dict[str, str] = {}
    for spec_field in spec.setting_fields:
        value = str(settings.get(spec_field.name, "") or "").strip()
        path = f"settings.{spec_field.name}"
        if not value:
            if spec_field.required:
                problems.append(FieldError(path, f"{spec_field.label} is required", spec_field.where_to_find
                                           or spec_field.help))
            continue
        if spec_field.kind is FieldKind.EMAIL and not _EMAIL.fullmatch(value):
            problems.append(FieldError(path, f"{value!r} is not an e-mail address",
                                       "Write it as name@domain.cz."))
        elif spec_field.kind is FieldKind.URL:
            try:
                check_service_url(value)
            except InsecureUrlError as exc:
                problems.append(FieldError(path, str(exc), "Use the https:// address of the service."))
        elif spec_field.kind is FieldKind.CHOICE and spec_field.choices and \
                value not in {choice for choice, _ in spec_field.choices}:
            allowed = ", ".join(choice for choice, _ in spec_field.choices)
            problems.append(FieldError(path, f"{value!r} is not one of the choices",
                                       f"Choose one of: {allowed}."))
        if value != spec_field.default:
            clean_settings[spec_field.name] = value
    clean_secrets: dict[str, str] = {}
    for spec_field in spec.secret_fields:
        value = str(secrets.get(spec_field.name, "") or "").strip()
        if value:
            clean_secrets[spec_field.name] = value
        elif spec_field.required:
            problems.append(FieldError(f"secrets.{spec_field.name}", f"{spec_field.label} is required",
                                       spec_field.where_to_find or spec_field.help))
    if problems:
        raise DomainValidationError(problems)
    return clean_settings, clean_secrets
