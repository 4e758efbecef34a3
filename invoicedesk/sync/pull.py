"""Pulling what a service holds into local snapshots, and two-way client sync.

A pull asks the connector for what changed after the connection's watermark (the newest change time seen
so far), so an unchanged account costs one request. Everything the service sends is read first and then
written in ONE transaction together with the new watermark: a pull that fails half-way keeps the snapshots
and the watermark exactly as they were, and the next pull asks again from the same point. (Reading first
also keeps the SQLite write lock free while the network is slow, so the sync log can still be written.)

A full pull (`full=True`) asks for everything; for documents it also drops snapshots of documents the
service no longer lists (deleted there), which is how reconciliation learns that a document went missing.

Clients go both ways where the service allows it: a remote client no local client stands for becomes a
local client (matched first by our key or the order source's external id, then VAT id, then name), and a
local client the service does not know is created there with `push_client` under the key
`client-<local id>`, the same key the connectors give a buyer they create while sending a document, so
the two never make two contacts. `push_client` looks the key up before creating, so a run repeated after
any failure creates nothing twice. A local client is never rewritten from the service's copy: documents are
issued from the local record, so a change made at the service shows in the snapshot only.

An item that cannot be stored as it is (an id longer than the column, an amount with more than four
decimal places) is left out and reported with its remote id and field; the rest of the pull goes on (the
watermark still moves past it; a full pull reads it again).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from invoicedesk.connectors.contract import Connector, RemoteClient, RemoteDocument
from invoicedesk.connectors.errors import CapabilityMissingError, ConnectorError, ErrorCategory
from invoicedesk.core.documents import Client, DocumentLine, DocumentType, VatCategory
from invoicedesk.core.errors import FieldError
from invoicedesk.store.database import Database
from invoicedesk.store.models import MONEY_SCALE, ClientModel
from invoicedesk.store.models_remote import PullWatermarkModel, RemoteClientModel, RemoteDocumentModel
from invoicedesk.store.repositories.clients import ClientRepository, client_from_model

log = logging.getLogger(__name__)

DOCUMENTS = "documents"
CLIENTS = "clients"
# Arbitrary constant naming the PostgreSQL advisory locks that keep two pulls of one connection apart.
_PG_PULL_LOCK = 0x9011
_ID_WIDTH = 100
_MONEY_LIMIT = Decimal(10) ** (18 - MONEY_SCALE)  # NUMERIC(18, 4) holds less than this
_CHUNK = 500
_LOCAL_KEY = re.compile(r"client-(\d+)")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def client_key(client_id: int) -> str:
    """The key a local client carries at the service (the connectors' key for a stored buyer)."""
    return f"client-{client_id}"


@dataclass(frozen=True)
class PullProblem:
    """An item left out of a pull: which one, which field, and why."""

    remote_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"remote {self.remote_id or '(no id)'}: {self.field}: {self.message}"


@dataclass(frozen=True)
class PushFailure:
    """A local client the service refused to create; the fields say what to correct."""

    client_id: int
    client_name: str
    message: str
    field_errors: list[FieldError] = field(default_factory=list)


@dataclass
class PullReport:
    connection_id: int
    kind: str
    full: bool
    received: int = 0  # distinct items the service sent
    added: int = 0
    updated: int = 0
    removed: int = 0  # full document pulls: snapshots of documents the service no longer lists
    skipped: list[PullProblem] = field(default_factory=list)
    watermark: dt.datetime | None = None
    # Clients only:
    linked: int = 0  # remote clients matched to an existing local client
    created_locally: int = 0
    pushed: int = 0
    push_failures: list[PushFailure] = field(default_factory=list)


# ---- reading the stored side ---------------------------------------------------------------------------


def watermark(session: Session, connection_id: int, kind: str) -> dt.datetime | None:
    row = session.get(PullWatermarkModel, (connection_id, kind))
    return row.watermark if row is not None else None


def last_pulled_at(session: Session, connection_id: int, kind: str) -> dt.datetime | None:
    row = session.get(PullWatermarkModel, (connection_id, kind))
    return row.last_pulled_at if row is not None else None


def remote_documents(session: Session, connection_id: int) -> list[RemoteDocument]:
    """The connection's document snapshots as the connector contract's values (amounts exact)."""
    rows = session.scalars(
        select(RemoteDocumentModel)
        .where(RemoteDocumentModel.connection_id == connection_id)
        .order_by(RemoteDocumentModel.id)
    )
    return [_remote_document_of(row) for row in rows]


def _remote_document_of(row: RemoteDocumentModel) -> RemoteDocument:
    return RemoteDocument(
        remote_id=row.remote_id,
        remote_number=row.remote_number,
        doc_type=DocumentType(row.doc_type),
        issue_date=row.issue_date,
        currency=row.currency,
        buyer=Client(name=row.buyer_name, registration_id=row.buyer_registration_id, vat_id=row.buyer_vat_id),
        lines=[_line_of(item) for item in row.lines or []],
        total_net=row.total_net,
        total_vat=row.total_vat,
        total_gross=row.total_gross,
        key=row.key,
        tax_point_date=row.tax_point_date,
        due_date=row.due_date,
        status=row.status,
        corrects_remote_id=row.corrects_remote_id,
        updated_at=row.updated_at,
    )


def _line_json(line: DocumentLine) -> dict[str, str]:
    # Amounts as text: JSON numbers would pass through float on the way back.
    return {
        "name": line.name,
        "quantity": format(line.quantity, "f"),
        "unit": line.unit,
        "unit_price": format(line.unit_price, "f"),
        "vat_rate": format(line.vat_rate, "f"),
        "vat_category": str(line.vat_category),
        "discount": format(line.discount, "f"),
        "sku": line.sku,
    }


def _line_of(item: dict[str, Any]) -> DocumentLine:
    return DocumentLine(
        name=str(item.get("name", "")),
        quantity=Decimal(str(item.get("quantity", "0"))),
        unit_price=Decimal(str(item.get("unit_price", "0"))),
        vat_rate=Decimal(str(item.get("vat_rate", "0"))),
        unit=str(item.get("unit", "")),
        vat_category=VatCategory(item.get("vat_category") or VatCategory.STANDARD),
        discount=Decimal(str(item.get("discount", "0"))),
        sku=str(item.get("sku", "")),
    )


# ---- documents ------------------------------------------------------------------------------------------


def pull_documents(
    database: Database,
    connector: Connector,
    connection_id: int,
    *,
    full: bool = False,
    now: Callable[[], dt.datetime] = utc_now,
) -> PullReport:
    """Store the service's documents changed since the last pull (all of them when `full`)."""
    if not connector.capabilities.can_pull_documents:
        raise CapabilityMissingError(connector.spec.id, "Reading documents")
    with database.read_session() as session:
        since = None if full else watermark(session, connection_id, DOCUMENTS)
    received = _newest_per_id(connector.pull_documents(since))
    report = PullReport(connection_id, DOCUMENTS, full, received=len(received))
    with database.session() as session:
        _serialise(session, connection_id, DOCUMENTS)
        stamp = now()
        existing = _existing(session, RemoteDocumentModel, connection_id, None if full else list(received))
        for remote_id, document in received.items():
            values = _document_values(document, report.skipped)
            if values is None:
                continue
            row = existing.get(remote_id)
            if row is None:
                session.add(RemoteDocumentModel(connection_id=connection_id, pulled_at=stamp, **values))
                report.added += 1
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                row.pulled_at = stamp
                report.updated += 1
        if full:
            gone = [row.id for remote_id, row in existing.items() if remote_id not in received]
            for start in range(0, len(gone), _CHUNK):
                session.execute(delete(RemoteDocumentModel).where(
                    RemoteDocumentModel.id.in_(gone[start:start + _CHUNK])))
            report.removed = len(gone)
        report.watermark = _advance(session, connection_id, DOCUMENTS, received.values(), stamp)
    _log(report)
    return report


def _document_values(document: RemoteDocument, problems: list[PullProblem]) -> dict[str, Any] | None:
    checks = _Checks(document.remote_id, problems)
    checks.width("remote_id", document.remote_id, _ID_WIDTH, required=True)
    checks.width("number", document.remote_number, 100)
    checks.width("key", document.key, _ID_WIDTH)
    checks.width("currency", document.currency, 3)
    checks.width("corrects_remote_id", document.corrects_remote_id, _ID_WIDTH)
    for name in ("total_net", "total_vat", "total_gross"):
        checks.money(name, getattr(document, name))
    if not checks.ok:
        return None
    return {
        "remote_id": document.remote_id,
        "remote_number": document.remote_number,
        "key": document.key,
        "doc_type": str(document.doc_type),
        "issue_date": document.issue_date,
        "tax_point_date": document.tax_point_date,
        "due_date": document.due_date,
        "currency": document.currency,
        "total_net": document.total_net,
        "total_vat": document.total_vat,
        "total_gross": document.total_gross,
        "lines": [_line_json(line) for line in document.lines],
        # Display copies: shortened rather than refused, nothing is matched or issued from them.
        "buyer_name": _shortened(document.buyer.name, 200),
        "buyer_registration_id": _shortened(document.buyer.registration_id, 40),
        "buyer_vat_id": _shortened(document.buyer.vat_id, 40),
        "status": _shortened(document.status, 40),
        "payment_status": _shortened(str(document.payment_status), 20),
        "corrects_remote_id": document.corrects_remote_id,
        "updated_at": _aware(document.updated_at),
    }


# ---- clients --------------------------------------------------------------------------------------------

# Snapshot column, the Client attribute it copies, and the width both the snapshot and the clients table keep.
_CLIENT_FIELDS = (
    ("name", "name", 200), ("registration_id", "registration_id", 40), ("vat_id", "vat_id", 40),
    ("local_tax_id", "local_tax_id", 40), ("email", "email", 200), ("phone", "phone", 50),
    ("street", "address.street", 200), ("city", "address.city", 100),
    ("postal_code", "address.postal_code", 20), ("country", "address.country", 2),
)


def pull_clients(
    database: Database,
    connector: Connector,
    connection_id: int,
    company_id: int,
    *,
    full: bool = False,
    now: Callable[[], dt.datetime] = utc_now,
) -> PullReport:
    """Store the service's clients changed since the last pull, create local clients for the new ones,
    then (two-way services) create at the service every local client it does not know yet."""
    capabilities = connector.capabilities
    if not capabilities.can_pull_clients:
        raise CapabilityMissingError(connector.spec.id, "Reading clients")
    with database.read_session() as session:
        since = None if full else watermark(session, connection_id, CLIENTS)
    received = _newest_per_id(connector.pull_clients(since))
    report = PullReport(connection_id, CLIENTS, full, received=len(received))
    with database.session() as session:
        _serialise(session, connection_id, CLIENTS)
        stamp = now()
        existing = _existing(session, RemoteClientModel, connection_id, list(received))
        index = _LocalClients(session, company_id)
        for remote_id, remote in received.items():
            values = _client_values(remote, report.skipped)
            if values is None:
                continue
            row = existing.get(remote_id)
            if row is None:
                row = RemoteClientModel(connection_id=connection_id, **values)
                session.add(row)
                report.added += 1
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                report.updated += 1
            row.pulled_at = stamp
            if row.client_id is None or not index.has(row.client_id):
                row.client_id = _local_client_for(remote, index, company_id, report)
        report.watermark = _advance(session, connection_id, CLIENTS, received.values(), stamp)
    if capabilities.two_way_clients and capabilities.can_push_clients:
        _push_unknown_clients(database, connector, connection_id, company_id, report, now)
    _log(report)
    return report


def _client_values(remote: RemoteClient, problems: list[PullProblem]) -> dict[str, Any] | None:
    checks = _Checks(remote.remote_id, problems)
    checks.width("remote_id", remote.remote_id, _ID_WIDTH, required=True)
    checks.width("key", remote.key, _ID_WIDTH)
    client = remote.client
    for column, attribute, width in _CLIENT_FIELDS:
        checks.width(column, _attribute(client, attribute), width)
    if not client.name.strip():
        checks.problem("name", "is empty; a client needs a name")
    if not checks.ok:
        return None
    return {"remote_id": remote.remote_id, "key": remote.key, **_snapshot_of(client),
            "updated_at": _aware(remote.updated_at)}


def _snapshot_of(client: Client, *, shorten: bool = False) -> dict[str, str]:
    values = {column: _attribute(client, attribute) for column, attribute, _ in _CLIENT_FIELDS}
    if shorten:
        values = {column: _shortened(values[column], width) for column, _, width in _CLIENT_FIELDS}
    return values


class _LocalClients:
    """The company's clients, indexed the ways a remote client is matched to one."""

    def __init__(self, session: Session, company_id: int) -> None:
        self.session = session
        self.ids: set[int] = set()
        self.by_external: dict[str, int] = {}
        self.by_vat: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.vat_of: dict[int, str] = {}
        # Lowest id first, so that of several equal clients the oldest is the one matched.
        rows = sorted(ClientRepository(session).match_keys(company_id))
        for client_id, external_id, vat_id, name, _email in rows:
            self.add(client_id, external_id or "", vat_id, name)

    def add(self, client_id: int, external_id: str, vat_id: str, name: str) -> None:
        self.ids.add(client_id)
        self.vat_of[client_id] = _vat(vat_id)
        if external_id:
            self.by_external.setdefault(external_id, client_id)
        if _vat(vat_id):
            self.by_vat.setdefault(_vat(vat_id), client_id)
        if _name(name):
            self.by_name.setdefault(_name(name), client_id)

    def has(self, client_id: int) -> bool:
        return client_id in self.ids

    def match(self, remote: RemoteClient) -> int | None:
        vat = _vat(remote.client.vat_id)
        by_key = _LOCAL_KEY.fullmatch(remote.key or "")
        if by_key is not None:
            client_id = int(by_key.group(1))
            # A key another installation gave its own client-<id> must not capture a different firm.
            own_vat = self.vat_of.get(client_id, "")
            if client_id in self.ids and not (vat and own_vat and vat != own_vat):
                return client_id
        for candidate in (remote.key, remote.client.external_id):
            if candidate and candidate in self.by_external:
                return self.by_external[candidate]
        if vat and vat in self.by_vat:
            return self.by_vat[vat]
        by_name = self.by_name.get(_name(remote.client.name))
        if by_name is not None and vat and self.vat_of.get(by_name, "") not in ("", vat):
            return None  # same name, different VAT ids: two firms
        return by_name


def _local_client_for(remote: RemoteClient, index: _LocalClients, company_id: int, report: PullReport) -> int:
    matched = index.match(remote)
    if matched is not None:
        report.linked += 1
        return matched
    # The link lives in remote_clients; the external id stays the order source's to give.
    created = ClientRepository(index.session).add(
        dataclasses.replace(remote.client, id=None, company_id=company_id, external_id=""), company_id)
    assert created.id is not None
    index.add(created.id, "", created.vat_id, created.name)
    report.created_locally += 1
    return created.id


def _push_unknown_clients(
    database: Database,
    connector: Connector,
    connection_id: int,
    company_id: int,
    report: PullReport,
    now: Callable[[], dt.datetime],
) -> None:
    with database.read_session() as session:
        linked = select(RemoteClientModel.client_id).where(
            RemoteClientModel.connection_id == connection_id, RemoteClientModel.client_id.is_not(None))
        unknown = [client_from_model(row) for row in session.scalars(
            select(ClientModel)
            .where(ClientModel.company_id == company_id, ClientModel.id.not_in(linked))
            .order_by(ClientModel.id))]
    for client in unknown:
        assert client.id is not None
        try:
            remote_id = connector.push_client(client, client_key(client.id))
        except ConnectorError as error:
            if error.category is not ErrorCategory.VALIDATION_FAILED:
                raise  # the service or the network: the next run continues where this one stopped
            report.push_failures.append(PushFailure(client.id, client.name, error.detail, error.field_errors))
            continue
        with database.session() as session:
            _serialise(session, connection_id, CLIENTS)
            row = session.scalars(select(RemoteClientModel).where(
                RemoteClientModel.connection_id == connection_id,
                RemoteClientModel.remote_id == remote_id)).first()
            if row is None:
                # Until the next pull shows the service's own copy, the snapshot is what was sent.
                session.add(RemoteClientModel(
                    connection_id=connection_id, remote_id=remote_id, key=client_key(client.id),
                    client_id=client.id, updated_at=None, pulled_at=now(),
                    **_snapshot_of(client, shorten=True)))
            elif row.client_id is None:
                row.client_id = client.id
        report.pushed += 1


# ---- shared ---------------------------------------------------------------------------------------------


_Remote = TypeVar("_Remote", RemoteDocument, RemoteClient)


def _newest_per_id(items: Iterable[_Remote]) -> dict[str, _Remote]:
    """Pages can shift while a list is read, so an item may come twice; its newest version counts."""
    result: dict[str, _Remote] = {}
    for item in items:
        known = result.get(item.remote_id)
        if known is None or _later(item.updated_at, known.updated_at):
            result[item.remote_id] = item
    return result


def _later(candidate: dt.datetime | None, known: dt.datetime | None) -> bool:
    if candidate is None:
        return known is None
    return known is None or _aware(candidate) >= _aware(known)  # type: ignore[operator]


def _existing(
    session: Session, model: Any, connection_id: int, remote_ids: list[str] | None
) -> dict[str, Any]:
    """Stored rows by remote id: all of the connection's (None), or those of `remote_ids`."""
    base = select(model).where(model.connection_id == connection_id)
    if remote_ids is None:
        return {row.remote_id: row for row in session.scalars(base)}
    rows: dict[str, Any] = {}
    for start in range(0, len(remote_ids), _CHUNK):
        chunk = remote_ids[start:start + _CHUNK]
        rows.update({row.remote_id: row for row in session.scalars(base.where(model.remote_id.in_(chunk)))})
    return rows


def _advance(
    session: Session, connection_id: int, kind: str, items: Iterable[Any], stamp: dt.datetime
) -> dt.datetime | None:
    row = session.get(PullWatermarkModel, (connection_id, kind))
    seen = [_aware(item.updated_at) for item in items if item.updated_at is not None]
    newest = max(seen, default=None)
    current = row.watermark if row is not None else None
    if current is not None and (newest is None or current > newest):
        newest = current  # a full pull must never move the watermark back
    if row is None:
        session.add(PullWatermarkModel(connection_id=connection_id, kind=kind, watermark=newest,
                                       last_pulled_at=stamp))
    else:
        row.watermark = newest
        row.last_pulled_at = stamp
    return newest


def _serialise(session: Session, connection_id: int, kind: str) -> None:
    """Two pulls of one connection write one after the other. SQLite's write transaction already does
    this; PostgreSQL takes a lock that lasts until the transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        key = _PG_PULL_LOCK * 4 + (0 if kind == DOCUMENTS else 1)
        session.execute(text("SELECT pg_advisory_xact_lock(:kind, :connection)"),
                        {"kind": key, "connection": connection_id})


class _Checks:
    def __init__(self, remote_id: str, problems: list[PullProblem]) -> None:
        self.remote_id = remote_id
        self.problems = problems
        self.ok = True

    def problem(self, name: str, message: str) -> None:
        self.ok = False
        self.problems.append(PullProblem(self.remote_id[:_ID_WIDTH], name, message))

    def width(self, name: str, value: str, width: int, *, required: bool = False) -> None:
        if required and not value:
            self.problem(name, "is empty")
        elif len(value) > width:
            self.problem(name, f"has {len(value)} characters, more than the {width} InvoiceDesk keeps")

    def money(self, name: str, value: Decimal) -> None:
        if not value.is_finite() or abs(value) >= _MONEY_LIMIT:
            self.problem(name, f"{value} is out of the range InvoiceDesk keeps")
        elif value != value.quantize(Decimal(1).scaleb(-MONEY_SCALE)):
            self.problem(name, f"{value} has more than {MONEY_SCALE} decimal places")


def _attribute(client: Client, dotted: str) -> str:
    value: Any = client
    for part in dotted.split("."):
        value = getattr(value, part)
    return str(value or "")


def _shortened(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """The moment in UTC, as the store keeps it; a naive one is taken as UTC already."""
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _vat(vat_id: str) -> str:
    return re.sub(r"[\s.\-/]", "", vat_id or "").upper()


def _name(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def _log(report: PullReport) -> None:
    log.info(
        "pull %s of connection %s%s: %d received, %d added, %d updated, %d removed, %d skipped, "
        "%d linked, %d created locally, %d pushed, %d refused",
        report.kind, report.connection_id, " (full)" if report.full else "", report.received, report.added,
        report.updated, report.removed, len(report.skipped), report.linked, report.created_locally,
        report.pushed, len(report.push_failures),
    )

