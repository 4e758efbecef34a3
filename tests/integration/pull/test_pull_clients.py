"""Two-way clients with the Fakturoid emulator: remote contacts become local clients, local clients become
contacts, and running it again creates nothing twice. On SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from invoicedesk.app.pull import pull_clients
from invoicedesk.core.documents import Client
from invoicedesk.store.models import ClientModel
from invoicedesk.store.models_remote import RemoteClientModel
from invoicedesk.store.repositories.clients import ClientRepository

from .conftest import FAST

# The external ids of the clients orders-sample.csv brings.
IMPORTED = ("C-501", "C-502", "C-503", "C-504")


def local_clients(desk) -> dict[int, ClientModel]:
    with desk.ctx.database.read_session() as session:
        rows = session.scalars(select(ClientModel).where(ClientModel.company_id == desk.company.id))
        return {row.id: row for row in rows}


def links(desk) -> dict[str, int | None]:
    with desk.ctx.database.read_session() as session:
        rows = session.scalars(select(RemoteClientModel).where(
            RemoteClientModel.connection_id == desk.connection_id))
        return {row.remote_id: row.client_id for row in rows}


def client_id_of(desk, external_id: str) -> int:
    return next(row.id for row in local_clients(desk).values() if row.external_id == external_id)


def subjects(desk) -> list[dict]:
    return list(desk.account.subjects.values())


def test_a_remote_contact_nobody_here_knows_becomes_a_local_client(desk):
    subject = desk.emulator.seed_subject(name="Nová Firma a.s.", registration_no="12345679",
                                         vat_no="CZ12345679", email="nakup@novafirma.example", city="Olomouc")
    before = set(local_clients(desk))

    report = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    [new_id] = set(local_clients(desk)) - before
    new = local_clients(desk)[new_id]
    assert (new.name, new.registration_id, new.vat_id, new.email, new.city, new.country) == (
        "Nová Firma a.s.", "12345679", "CZ12345679", "nakup@novafirma.example", "Olomouc", "CZ")
    assert new.external_id is None  # the external id stays the order source's to give
    assert links(desk)[str(subject["id"])] == new_id
    assert (report.received, report.added, report.created_locally) == (1, 1, 1)


def test_remote_contacts_are_matched_by_key_external_id_vat_id_and_name(desk):
    kavarna = client_id_of(desk, "C-501")
    jana_key = f"client-{client_id_of(desk, 'C-502')}"
    by_key = desk.emulator.seed_subject(name="Jana N. (renamed there)", custom_id=jana_key)
    by_external = desk.emulator.seed_subject(name="Tatry (renamed there)", custom_id="C-503")
    by_vat = desk.emulator.seed_subject(name="Kavárna – pobočka Karlín", vat_no="CZ 255 966 41")
    by_name = desk.emulator.seed_subject(name="  petr   SVOBODA ")
    before = len(local_clients(desk))

    report = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    assert len(local_clients(desk)) == before  # nothing new here: each contact was one of ours
    linked = links(desk)
    assert linked[str(by_key["id"])] == client_id_of(desk, "C-502")
    assert linked[str(by_external["id"])] == client_id_of(desk, "C-503")
    assert linked[str(by_vat["id"])] == kavarna
    assert linked[str(by_name["id"])] == client_id_of(desk, "C-504")
    assert (report.linked, report.created_locally, report.pushed) == (4, 0, 0)


def test_a_key_or_a_name_of_ours_on_a_contact_with_another_vat_id_is_not_trusted(desk):
    kavarna = client_id_of(desk, "C-501")
    impostor = desk.emulator.seed_subject(name="Úplně Jiná s.r.o.", vat_no="CZ99999999",
                                          custom_id=f"client-{kavarna}")
    namesake = desk.emulator.seed_subject(name="Kavárna U Mostu s.r.o.", vat_no="CZ00000001")

    report = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    linked = links(desk)
    assert kavarna not in (linked[str(impostor["id"])], linked[str(namesake["id"])])
    assert report.created_locally == 2


def test_local_clients_the_service_does_not_know_are_created_there_once(desk):
    desk.emulator.seed_subject(name="Nová Firma a.s.", vat_no="CZ12345679")

    first = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    ours = {client_id_of(desk, external_id) for external_id in IMPORTED}
    by_key = {subject["custom_id"]: subject for subject in subjects(desk)}
    assert {f"client-{client_id}" for client_id in ours} <= set(by_key)
    kavarna = by_key[f"client-{client_id_of(desk, 'C-501')}"]
    assert (kavarna["name"], kavarna["vat_no"], kavarna["registration_no"]) == (
        "Kavárna U Mostu s.r.o.", "CZ25596641", "25596641")
    assert first.pushed == 4 and first.created_locally == 1
    assert set(links(desk).values()) == set(local_clients(desk))  # every local client is linked now
    counts = (len(subjects(desk)), len(local_clients(desk)))

    second = pull_clients(desk.ctx, desk.connection_id, options=FAST)
    third = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    assert (len(subjects(desk)), len(local_clients(desk))) == counts
    assert (second.pushed, second.created_locally, second.added) == (0, 0, 0)
    assert second.received == 4  # the contacts pushed last time, seen once as changes
    assert (third.received, third.pushed) == (0, 0)


def test_contacts_created_while_sending_documents_are_the_same_clients(desk):
    desk.issue_and_send()  # creates contacts client-<id> for the buyers of the CZK orders
    contacts_before = len(subjects(desk))

    report = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    assert report.created_locally == 0
    assert report.linked == contacts_before
    assert len(subjects(desk)) == contacts_before + report.pushed
    assert len({subject["custom_id"] for subject in subjects(desk)}) == len(subjects(desk))


def test_a_client_the_service_refuses_is_reported_and_the_others_still_go(desk):
    with desk.ctx.database.session() as session:
        refused = ClientRepository(session).add(Client(name="Špatný E-mail s.r.o.", email="not an address"),
                                                desk.company.id)

    report = pull_clients(desk.ctx, desk.connection_id, options=FAST)

    assert report.pushed == 4
    [failure] = report.push_failures
    assert (failure.client_id, failure.client_name) == (refused.id, "Špatný E-mail s.r.o.")
    assert [error.field for error in failure.field_errors] == ["email"]
    assert refused.id not in set(links(desk).values())
    assert f"client-{refused.id}" not in {subject["custom_id"] for subject in subjects(desk)}
