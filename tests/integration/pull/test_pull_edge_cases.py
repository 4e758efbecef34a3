"""What a pull does with items it cannot store, repeated items, and services that cannot do everything.

A scripted connector stands in for the service here: these are the answers no emulator gives on purpose."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from invoicedesk.connectors.contract import Connector, RemoteClient, RemoteDocument
from invoicedesk.connectors.errors import CapabilityMissingError
from invoicedesk.connectors.fakturoid.spec import SPEC
from invoicedesk.core.documents import Address, Client, DocumentLine, DocumentType
from invoicedesk.store.models import ClientModel
from invoicedesk.store.models_remote import RemoteClientModel, RemoteDocumentModel
from invoicedesk.sync import pull

D = Decimal
NOON = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.UTC)


class Scripted(Connector):
    """Answers pulls from lists; counts calls; creates clients under sequential ids."""

    spec = SPEC

    def __init__(self, *, documents=(), clients=(), **capabilities) -> None:
        self.documents = list(documents)
        self.clients = list(clients)
        self.pushed: list[tuple[str, str]] = []
        self.calls = 0
        wanted = dataclasses.replace(SPEC.capabilities, **capabilities)
        self.spec = dataclasses.replace(SPEC, capabilities=wanted)

    def close(self) -> None:
        pass

    def check(self):
        raise NotImplementedError

    def push(self, document, key, *, corrects_remote_id=""):
        raise NotImplementedError

    def lookup(self, key, document):
        raise NotImplementedError

    def pull_documents(self, since) -> Iterator[RemoteDocument]:
        self.calls += 1
        yield from self.documents

    def pull_clients(self, since) -> Iterator[RemoteClient]:
        self.calls += 1
        yield from self.clients

    def push_client(self, client, key) -> str:
        self.pushed.append((client.name, key))
        return f"new-{len(self.pushed)}"


def document(remote_id: str, *, net: str = "100", updated: dt.datetime = NOON, **changes) -> RemoteDocument:
    base = RemoteDocument(
        remote_id=remote_id, remote_number=f"N-{remote_id[:20]}", doc_type=DocumentType.INVOICE,
        issue_date=dt.date(2026, 11, 2), currency="CZK", buyer=Client(name="Buyer"),
        lines=[DocumentLine("Item", D("1"), D(net), D("21"))],
        total_net=D(net), total_vat=D("21"), total_gross=D(net) + D("21"), updated_at=updated,
    )
    return dataclasses.replace(base, **changes)


def stored_documents(desk) -> dict[str, RemoteDocumentModel]:
    with desk.ctx.database.read_session() as session:
        rows = session.scalars(select(RemoteDocumentModel).where(
            RemoteDocumentModel.connection_id == desk.connection_id))
        return {row.remote_id: row for row in rows}


def test_items_that_cannot_be_stored_are_named_and_the_rest_is_stored(desk):
    too_long = "9" * 101
    connector = Scripted(documents=[
        document("1"),
        document(too_long),
        document("3", net="100.00001"),
        document("4", currency="CZKK"),
        document(""),
    ])

    report = pull.pull_documents(desk.ctx.database, connector, desk.connection_id)

    assert set(stored_documents(desk)) == {"1"}
    assert report.added == 1
    assert [(p.remote_id, p.field) for p in report.skipped] == [
        (too_long[:100], "remote_id"), ("3", "total_net"), ("3", "total_gross"), ("4", "currency"),
        ("", "remote_id"),
    ]
    assert "more than 4 decimal places" in report.skipped[1].message
    assert str(report.skipped[-1]).startswith("remote (no id): remote_id")


def test_an_item_listed_twice_is_stored_once_in_its_newest_version(desk):
    later = NOON + dt.timedelta(minutes=5)
    connector = Scripted(documents=[document("7", net="100"), document("7", net="150", updated=later),
                                    document("7", net="120", updated=NOON)])

    report = pull.pull_documents(desk.ctx.database, connector, desk.connection_id)

    assert (report.received, report.added) == (1, 1)
    assert stored_documents(desk)["7"].total_net == D("150")
    assert report.watermark == later


def test_a_change_time_without_a_zone_is_taken_as_utc(desk):
    naive = dt.datetime(2026, 11, 2, 12, 0)
    report = pull.pull_documents(desk.ctx.database, Scripted(documents=[document("8", updated=naive)]),
                                 desk.connection_id)
    assert report.watermark == NOON
    assert stored_documents(desk)["8"].updated_at == NOON


def test_a_service_that_cannot_list_asks_nothing_and_says_so(desk):
    connector = Scripted(can_pull_documents=False, can_pull_clients=False)
    with pytest.raises(CapabilityMissingError):
        pull.pull_documents(desk.ctx.database, connector, desk.connection_id)
    with pytest.raises(CapabilityMissingError):
        pull.pull_clients(desk.ctx.database, connector, desk.connection_id, desk.company.id)
    assert connector.calls == 0


def test_a_one_way_service_gets_no_clients_and_unusable_remote_clients_are_left_out(desk):
    with desk.ctx.database.read_session() as session:
        local_before = session.scalar(select(func.count()).select_from(ClientModel))
    connector = Scripted(two_way_clients=False, clients=[
        RemoteClient("c1", Client(name="Good Firm", vat_id="CZ11111111", address=Address(country="CZ"))),
        RemoteClient("c2", Client(name="   ")),
        RemoteClient("c3", Client(name="Long VAT", vat_id="CZ" + "1" * 50)),
    ])

    report = pull.pull_clients(desk.ctx.database, connector, desk.connection_id, desk.company.id)

    assert connector.pushed == []
    assert [(p.remote_id, p.field) for p in report.skipped] == [("c2", "name"), ("c3", "vat_id")]
    with desk.ctx.database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ClientModel)) == local_before + 1
        assert set(session.scalars(select(RemoteClientModel.remote_id))) == {"c1"}


def test_pushed_clients_carry_the_key_of_their_local_id(desk):
    connector = Scripted()

    report = pull.pull_clients(desk.ctx.database, connector, desk.connection_id, desk.company.id)

    with desk.ctx.database.read_session() as session:
        local = {row.id: row.name for row in session.scalars(select(ClientModel))}
        linked = dict(session.execute(select(RemoteClientModel.remote_id, RemoteClientModel.client_id)).all())
    expected = [(name, f"client-{client_id}") for client_id, name in local.items()]
    assert sorted(connector.pushed) == sorted(expected)
    assert report.pushed == len(local) == len(linked)
    assert set(linked.values()) == set(local)
