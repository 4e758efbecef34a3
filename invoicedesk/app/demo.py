"""Demo mode: a complete, labelled world on local emulators, so support can walk every screen without a real
account.

`seed_demo(ctx)` starts the Fakturoid and ANAF emulators in this process on 127.0.0.1 (they stop when the
context closes) and then builds the world through the same app services a bookkeeper's clicks call:
- a Czech company with a bank account, the sample orders, number series, invoices, a proforma and a credit
  note, a Fakturoid connection that is activated and sent to. One invoice is paid through an online payment
  gateway, which has no Fakturoid equivalent until someone maps it, so it waits in needs_attention: the
  screen where support shows the payment-method grid and Resend;
- a Romanian company whose e-Factura setup points at the ANAF emulator, a certificate sign-in with the
  emulator's demo PIN, one invoice to a buyer in a Bucharest sector sent through ANAF to `ok` with its
  receipt, and two supplier invoices (written by our own UBL builder) imported from the SPV inbox.

Every company ends in "(demo)". Only a context whose secret store is the in-memory one is seeded, and only an
empty database: the world is meant to vanish with the session, and never to mix with real data.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from lxml import etree, html

from invoicedesk.app.activation import activate
from invoicedesk.app.companies import add_company, list_companies
from invoicedesk.app.connections import ConnectionInfo, add_connection
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import get_document, issue_credit_note, issue_from_order
from invoicedesk.app.efactura import (
    EfacturaWiring,
    ReceivedRow,
    default_wiring,
    list_received,
    run_inbox,
    send_document,
    shared_validator,
)
from invoicedesk.app.efactura_auth import AnafSetup, configure_anaf, start_login
from invoicedesk.app.order_import import import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.app.series import add_series
from invoicedesk.app.sync import document_jobs, enqueue_push, run_connection
from invoicedesk.connectors.anaf.ubl import build_ubl
from invoicedesk.connectors.anaf.validation import (
    RULES_DIR_ENV,
    RulesError,
    ValidationIssue,
    ValidationReport,
    Validator,
    rules_location,
)
from invoicedesk.connectors.anaf.validation.identifier_checks import check_identifiers
from invoicedesk.connectors.anaf.validation.validator import secure_parser
from invoicedesk.core.documents import (
    Address,
    BankAccount,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentType,
)
from invoicedesk.core.totals import compute_totals
from invoicedesk.sandbox.anaf import AnafEmulator
from invoicedesk.sandbox.base import Emulator, Request, Response
from invoicedesk.sandbox.clock import ScaledClock
from invoicedesk.sandbox.fakturoid import FakturoidEmulator
from invoicedesk.sandbox.serve import start_emulators
from invoicedesk.settings import resolve_paths
from invoicedesk.sync.efactura import State, Submission
from invoicedesk.sync.outbox import JobState, Operation

log = logging.getLogger(__name__)

DEMO_SUFFIX = " (demo)"
SAMPLE_ORDERS = Path("resources") / "orders-sample.csv"

CZECH_COMPANY = Company(
    name="Pražírna Na Kopci s.r.o." + DEMO_SUFFIX,
    country=Country.CZ,
    registration_id="27082440",
    vat_id="CZ27082440",
    address=Address("Na Kopci 12", "Praha 5", "150 00", "CZ"),
    email="ucetni@prazirna-na-kopci.example",
    bank_accounts=[BankAccount("CZ6508000000192000145399", name="Hlavní účet", currency="CZK")],
    default_currency="CZK",
)
ROMANIAN_COMPANY = Company(
    name="Cafea Bună SRL" + DEMO_SUFFIX,
    country=Country.RO,
    registration_id="12345674",
    vat_id="RO12345674",
    address=Address("Strada Memorandumului 1", "Cluj-Napoca", "400114", "RO", "RO-CJ"),
    email="contabilitate@cafea-buna.example",
    bank_accounts=[BankAccount("RO49AAAA1B31007593840000", currency="RON")],
    default_currency="RON",
)
# The emulator's first demo certificate may act for 12345674 (the company above) and 76543210 (its buyer).
ROMANIAN_BUYER_CUI = "76543210"
ANAF_HOLDER = "Ana Popescu" + DEMO_SUFFIX
# A rate as the Czech National Bank might publish it; WEB-1003 is the sample's one order in euro.
EUR_CZK = Decimal("25.025")
# How long before the session the supplier invoices reached the SPV inbox. ANAF lists only messages older
# than a minute, so invoices that arrived "now" would not be importable yet.
SUPPLIER_INVOICES_AGE = dt.timedelta(days=2)
ANAF_WAIT_SECONDS = 600.0  # emulated: the submission's pauses advance the emulator's clock, not real time


class DemoSeedError(Exception):
    """The demo cannot be seeded here; the message says why and what to do instead."""


@dataclass(frozen=True)
class DemoDocument:
    id: int
    company_id: int
    doc_type: DocumentType
    number: str
    buyer_name: str
    currency: str
    total_gross: Decimal
    sent_to: str  # "fakturoid", "anaf", or "" when it was not sent
    state: str  # the outbox job's state (Fakturoid) or the e-Factura submission's state (ANAF)
    remote_number: str  # the number Fakturoid gave it, or ANAF's upload index
    problem: str  # why it waits for a person, if it does


@dataclass(frozen=True)
class DemoWorld:
    czech_company: Company
    romanian_company: Company
    fakturoid_connection: ConnectionInfo
    anaf_setup: AnafSetup
    documents: tuple[DemoDocument, ...]
    efactura_submission: Submission
    received: tuple[ReceivedRow, ...]
    orders_imported: int
    emulator_urls: dict[str, str]  # service → root address of its running emulator
    anaf_pin: str  # what to type at the emulator's certificate page to sign in again
    validation: str  # which checks the e-Factura invoice passed before upload

    def documents_of(self, company_id: int) -> list[DemoDocument]:
        return [document for document in self.documents if document.company_id == company_id]


def seed_demo(ctx: AppContext, *, rules_dir: Path | None = None) -> DemoWorld:
    """Start the emulators and build the demo world in `ctx` (see the module docstring).

    `rules_dir` names the official e-Factura rules to validate with; without it they are looked for where the
    application keeps them. Raises DemoSeedError when the context is not a demo one or already holds data.
    """
    _check_seedable(ctx)
    started = time.monotonic()
    # The ANAF emulator starts in the past so that the supplier invoices can arrive before the session.
    anaf_clock = ScaledClock(start=time.time() - SUPPLIER_INVOICES_AGE.total_seconds())
    emulators = start_emulators(
        ["fakturoid", "anaf"],
        [],
        options={"fakturoid": _fakturoid_options(), "anaf": {"clock": anaf_clock}},
    )
    _stop_on_close(ctx, emulators)
    try:
        by_service = {emulator.service: emulator for emulator in emulators}
        fakturoid = by_service["fakturoid"]
        anaf = by_service["anaf"]
        assert isinstance(fakturoid, FakturoidEmulator) and isinstance(anaf, AnafEmulator)
        czech = _czech_world(ctx, fakturoid)
        romanian = _romanian_world(ctx, anaf, anaf_clock, rules_dir)
    except BaseException:
        for emulator in emulators:
            emulator.stop()
        raise
    log.info("Demo world seeded in %.1f s", time.monotonic() - started)
    return DemoWorld(
        czech_company=czech.company,
        romanian_company=romanian.company,
        fakturoid_connection=czech.connection,
        anaf_setup=romanian.setup,
        documents=tuple(czech.documents + romanian.documents),
        efactura_submission=romanian.submission,
        received=tuple(romanian.received),
        orders_imported=czech.orders_imported + romanian.orders_imported,
        emulator_urls={emulator.service: emulator.root_url for emulator in emulators},
        anaf_pin=anaf.demo_credentials()["pin"],
        validation=romanian.validation,
    )


def _check_seedable(ctx: AppContext) -> None:
    if not ctx.secrets.is_ephemeral:
        raise DemoSeedError(
            "The demo is seeded only in a demo session, whose secrets stay in memory: the emulators' "
            "credentials must never reach this computer's keyring. Start it with `invoicedesk --demo`.")
    existing = list_companies(ctx)
    if existing:
        raise DemoSeedError(
            f"This data folder already holds {len(existing)} compan{'y' if len(existing) == 1 else 'ies'}; "
            "the demo is seeded only into an empty one, so that it never mixes with real data. Start the "
            "demo without --data-dir (it then uses a temporary folder) or with an empty folder.")


def _stop_on_close(ctx: AppContext, emulators: list[Emulator]) -> None:
    def stop() -> None:
        for emulator in emulators:
            emulator.stop()

    # AppContext runs its clean-ups on close(), newest first: the emulators stop before the folder goes.
    ctx.add_cleanup(stop)


# ---- the Czech company and Fakturoid -------------------------------------------------------------------


def _fakturoid_options() -> dict[str, object]:
    return {
        "slug": "prazirna-na-kopci-demo",
        "email": CZECH_COMPANY.email,
        "account_name": CZECH_COMPANY.name,
        "full_name": "Jana Nováková" + DEMO_SUFFIX,
        "registration_no": CZECH_COMPANY.registration_id,
        "vat_no": CZECH_COMPANY.vat_id,
        "pdf_delay_seconds": 0.0,  # the PDFs are archived in the same run, so the document screen has them
    }


@dataclass(frozen=True)
class _CzechSide:
    company: Company
    connection: ConnectionInfo
    documents: list[DemoDocument]
    orders_imported: int


def _czech_world(ctx: AppContext, fakturoid: FakturoidEmulator) -> _CzechSide:
    company = add_company(ctx, CZECH_COMPANY)
    assert company.id is not None
    imported = _imported(ctx, _sample_orders_file(), company.id)
    today = dt.date.today()
    invoices = add_series(ctx, company.id, doc_type=DocumentType.INVOICE, pattern="FV{YYYY}-{NNNN}",
                          name="Faktury" + DEMO_SUFFIX)
    proformas = add_series(ctx, company.id, doc_type=DocumentType.PROFORMA, pattern="ZF{YYYY}-{NNNN}",
                           name="Zálohové faktury" + DEMO_SUFFIX)
    credit_notes = add_series(ctx, company.id, doc_type=DocumentType.CREDIT_NOTE, pattern="DB{YYYY}-{NNNN}",
                              name="Opravné doklady" + DEMO_SUFFIX)
    orders = _order_ids(ctx, company.id)

    def issue(external_id: str, series_id: int, doc_type: DocumentType, exchange_rate: Decimal | None = None
              ) -> int:
        issued = issue_from_order(ctx, orders[external_id], doc_type=doc_type, series_id=series_id,
                                  issue_date=today, exchange_rate=exchange_rate)
        assert issued.id is not None
        return issued.id

    paid_by_card = issue("WEB-1001", invoices.id, DocumentType.INVOICE)
    advance = issue("WEB-1002", proformas.id, DocumentType.PROFORMA)
    # Paid through an online gateway: Fakturoid has no such method, so this one waits for a mapping.
    gateway = issue("WEB-1003", invoices.id, DocumentType.INVOICE, exchange_rate=EUR_CZK)
    on_delivery = issue("WEB-1004", invoices.id, DocumentType.INVOICE)

    credentials = fakturoid.demo_credentials()
    connection = add_connection(
        ctx, company.id, "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": fakturoid.base_url},
        {"client_id": credentials["client_id"], "client_secret": credentials["client_secret"]},
        name="Fakturoid" + DEMO_SUFFIX,
    )
    activate(ctx, connection.id)
    for document_id in (paid_by_card, advance, gateway, on_delivery):
        enqueue_push(ctx, document_id, connection.id)
    run_connection(ctx, connection.id)
    # The frother of WEB-1001 came back: credited after its invoice reached Fakturoid, as in real life.
    returned = _issue_credit_note(ctx, paid_by_card, series_id=credit_notes.id, on=today,
                                  reason="Vrácené zboží: napěňovač mléka", line_names={"Milk frother"})
    enqueue_push(ctx, returned, connection.id)
    run_connection(ctx, connection.id)
    documents = [_fakturoid_document(ctx, document_id, company.id)
                 for document_id in (paid_by_card, advance, gateway, on_delivery, returned)]
    expected = {gateway: str(JobState.NEEDS_ATTENTION)}
    unexpected = [f"{d.number} is {d.state} ({d.problem})" for d in documents
                  if d.state != expected.get(d.id, str(JobState.DONE))]
    if unexpected:
        raise DemoSeedError("The demo documents did not reach Fakturoid as planned: " + "; ".join(unexpected))
    return _CzechSide(company, connection, documents, imported)


def _sample_orders_file() -> Path:
    # resources/ sits in a frozen build's bundle folder (build/pyinstaller.spec), else at the source root.
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    path = root / SAMPLE_ORDERS
    if not path.is_file():
        raise DemoSeedError(f"The sample orders file {path} is missing; reinstall InvoiceDesk to restore it.")
    return path


def _imported(ctx: AppContext, path: Path, company_id: int) -> int:
    result = import_orders(ctx, path, company_id)
    if result.problems:
        listing = "; ".join(f"row {p.row}, {p.field}: {p.message}" for p in result.problems[:5])
        raise DemoSeedError(f"The demo orders in {result.file} could not be imported: {listing}")
    return result.orders_created


def _order_ids(ctx: AppContext, company_id: int) -> dict[str, int]:
    page = list_orders(ctx, company_id, PageRequest(limit=1000))
    return {row.external_id: row.id for row in page.rows}


def _issue_credit_note(
    ctx: AppContext, invoice_id: int, *, series_id: int, on: dt.date, reason: str, line_names: set[str]
) -> int:
    """Credit the named lines of an invoice."""
    original = get_document(ctx, invoice_id)
    credited = [line for line in original.lines if line.name in line_names]
    credit = issue_credit_note(
        ctx, invoice_id, series_id=series_id, issue_date=on, reason=reason, lines=credited
    )
    assert credit.id is not None
    return credit.id


def _fakturoid_document(ctx: AppContext, document_id: int, company_id: int) -> DemoDocument:
    document = get_document(ctx, document_id)
    push = next(job for job in document_jobs(ctx, document_id) if job.operation is Operation.PUSH)
    # What is wrong, then what to do about it.
    advice = [push.last_error_message, *(error.hint for error in push.field_errors)]
    problem = " ".join(_sentence(text) for text in advice if text.strip())
    return _demo_document(document, company_id, "fakturoid", str(push.state), push.remote_number, problem)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _demo_document(document: Document, company_id: int, sent_to: str, state: str, remote_number: str,
                   problem: str) -> DemoDocument:
    assert document.id is not None
    return DemoDocument(
        id=document.id,
        company_id=company_id,
        doc_type=DocumentType(document.doc_type),
        number=document.number,
        buyer_name=document.buyer.name,
        currency=document.currency,
        total_gross=compute_totals(document).gross,
        sent_to=sent_to,
        state=state,
        remote_number=remote_number,
        problem=problem,
    )


# ---- the Romanian company and ANAF e-Factura -----------------------------------------------------------


@dataclass(frozen=True)
class _RomanianSide:
    company: Company
    setup: AnafSetup
    documents: list[DemoDocument]
    submission: Submission
    received: list[ReceivedRow]
    validation: str
    orders_imported: int


def _romanian_world(ctx: AppContext, anaf: AnafEmulator, clock: ScaledClock, rules_dir: Path | None
                    ) -> _RomanianSide:
    company = add_company(ctx, ROMANIAN_COMPANY)
    assert company.id is not None
    today = dt.date.today()
    _deliver_supplier_invoices(anaf, clock, company, today - dt.timedelta(days=SUPPLIER_INVOICES_AGE.days))
    # From here on the emulator's clock is ours again: sign-in, upload and receipt happen "now".
    clock.advance(max(0.0, time.time() - clock.now()))

    credentials = anaf.demo_credentials()
    setup = configure_anaf(
        ctx, company.id, credentials["client_id"], credentials["client_secret"],
        _callback_ports(credentials["redirect_uris"]), "test", ANAF_HOLDER,
        oauth_base_url=anaf.oauth_url, api_base_url=anaf.root_url,
    )
    _sign_in(ctx, company.id, anaf)

    imported = _imported(ctx, _romanian_orders_file(ctx, today), company.id)
    series = add_series(ctx, company.id, doc_type=DocumentType.INVOICE, pattern="CB-{YYYY}-{NNNN}",
                        name="Facturi" + DEMO_SUFFIX)
    invoice = issue_from_order(ctx, _order_ids(ctx, company.id)["CB-5001"], doc_type=DocumentType.INVOICE,
                               series_id=series.id, issue_date=today)
    assert invoice.id is not None

    validator, validation = _efactura_validator(ctx, rules_dir)
    wiring = dataclasses.replace(
        default_wiring(ctx),
        validator=validator,
        # The submission's pauses between polls move the emulator's clock instead of making the seed wait.
        now=lambda: dt.datetime.fromtimestamp(clock.now(), dt.UTC),
        sleep=clock.advance,
    )
    submission = send_document(ctx, invoice.id, wait=ANAF_WAIT_SECONDS, wiring=wiring)
    if submission.state is not State.OK:
        raise DemoSeedError(
            f"The demo invoice {invoice.number} ended in e-Factura state {submission.state}, not ok: "
            f"{submission.last_error_message} {' '.join(submission.anaf_errors)}".strip())
    _import_inbox(ctx, company.id, wiring)
    received = list_received(ctx, company.id, PageRequest(limit=100)).rows
    document = _demo_document(get_document(ctx, invoice.id), company.id, "anaf", str(submission.state),
                              submission.upload_index, "")
    return _RomanianSide(company, setup, [document], submission, received, validation, imported)


def _callback_ports(redirect_uris: str) -> list[int]:
    return [port for uri in redirect_uris.split() if (port := urlsplit(uri).port) is not None]


def _romanian_orders_file(ctx: AppContext, on: dt.date) -> Path:
    """Two orders of the Romanian shop, as its shop would export them (written into the demo's folder)."""
    header = ["order_id", "order_date", "currency", "status", "payment_status", "payment_method",
              "shipping_method", "buyer_id", "buyer_name", "buyer_registration_id", "buyer_vat_id",
              "buyer_email", "buyer_street", "buyer_city", "buyer_postal_code", "buyer_country",
              "buyer_region", "buyer_is_business", "line_name", "line_sku", "line_quantity", "line_unit",
              "line_unit_price", "line_vat_rate", "line_price_includes_vat"]
    business = ["CB-5001", on.isoformat(), "RON", "shipped", "unpaid", "bank_transfer", "Fan Courier",
                "RO-301", "Exemplu Client SA", ROMANIAN_BUYER_CUI, f"RO{ROMANIAN_BUYER_CUI}",
                "achizitii@exemplu-client.example", "Bulevardul Unirii 20", "Sector 3", "030167", "RO",
                "RO-B", "yes"]
    private = ["CB-5002", on.isoformat(), "RON", "new", "paid", "card", "Sameday", "RO-302", "Ioana Marin",
               "", "", "ioana.marin@example.com", "Strada Lăpușneanu 7", "Iași", "700057", "RO", "RO-IS",
               "no"]
    rows = [
        [*business, "Cafea boabe 1 kg", "BOABE-1KG", "6", "buc", "95.00", "11", "false"],
        [*business, "Râșniță manuală", "RASNITA-M", "1", "buc", "240.00", "21", "false"],
        [*private, "Cafea măcinată 250 g", "MACINATA-250", "4", "buc", "32.50", "11", "true"],
    ]
    folder = ctx.paths.data_dir / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "comenzi-cafea-buna.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _supplier_invoices(buyer: Company, on: dt.date) -> list[Document]:
    """Two purchase invoices of the Romanian company, as its suppliers would have issued them."""
    we = Client(name=buyer.name, address=buyer.address, registration_id=buyer.registration_id,
                vat_id=buyer.vat_id, email=buyer.email)
    roastery = Company(
        name="Prăjitoria Carpați SRL" + DEMO_SUFFIX, country=Country.RO, registration_id="14399840",
        vat_id="RO14399840", address=Address("Strada Lungă 45", "Brașov", "500035", "RO", "RO-BV"),
        bank_accounts=[BankAccount("RO48BTRL01301202925689XX", currency="RON")], default_currency="RON",
    )
    packaging = Company(
        name="Ambalaje Dunărea SRL" + DEMO_SUFFIX, country=Country.RO, registration_id="18547290",
        vat_id="RO18547290", address=Address("Strada Brăilei 112", "Galați", "800310", "RO", "RO-GL"),
        bank_accounts=[BankAccount("RO51RNCB0082044128930001", currency="RON")], default_currency="RON",
    )
    due = on + dt.timedelta(days=30)
    return [
        Document(DocumentType.INVOICE, f"PC-{on.year}-0412", on, roastery, we, "RON", [
            DocumentLine("Cafea verde Brazilia, sac 60 kg", Decimal("2"), Decimal("1450.00"), Decimal("11"),
                         unit="buc"),
            DocumentLine("Transport", Decimal("1"), Decimal("150.00"), Decimal("21"), unit="buc"),
        ], due_date=due),
        Document(DocumentType.INVOICE, f"AD-{on.year}-1187", on, packaging, we, "RON", [
            DocumentLine("Pungi cu valvă 1 kg", Decimal("500"), Decimal("1.20"), Decimal("21"), unit="buc"),
        ], due_date=due),
    ]


def _deliver_supplier_invoices(anaf: AnafEmulator, clock: ScaledClock, buyer: Company, on: dt.date) -> None:
    for invoice in _supplier_invoices(buyer, on):
        anaf.receive_invoice(buyer.registration_id, build_ubl(invoice).xml, environment="test")
        clock.advance(3 * 3600)  # a few hours apart, as post arrives


def _import_inbox(ctx: AppContext, company_id: int, wiring: EfacturaWiring) -> None:
    report = run_inbox(ctx, company_id, wiring=wiring)
    if report.stopped is not None or report.unreadable or len(report.imported) != 2:
        raise DemoSeedError(
            f"The demo supplier invoices were not imported from the e-Factura inbox: {report.listed} listed, "
            f"{len(report.imported)} imported, {len(report.unreadable)} unreadable"
            + (f"; {report.stopped.detail}" if report.stopped is not None else ""))


def _sign_in(ctx: AppContext, company_id: int, anaf: AnafEmulator) -> None:
    """The certificate sign-in, as the e-Factura screen starts it; the holder's part is played at the
    emulator's page. No listener is opened (its ports may be taken): the final address is handed over the
    way a person pastes it."""
    attempt = start_login(ctx, company_id, listen=False)
    try:
        credentials = anaf.demo_credentials()
        final_address = _at_the_certificate_page(anaf, attempt.start_url, credentials["certificate_serial"],
                                                 credentials["pin"])
        attempt.complete_from_pasted(final_address)
    finally:
        attempt.close()


def _at_the_certificate_page(anaf: AnafEmulator, authorize_url: str, serial: str, pin: str) -> str:
    """Open ANAF's certificate page, pick the certificate, type the PIN and submit; the address the browser
    is sent on to. The two requests go to the emulator in-process: this layer does not speak HTTP itself."""
    page = _browse(anaf, "GET", authorize_url)
    if page.status != 200:
        raise DemoSeedError(f"The ANAF emulator refused its own sign-in page (HTTP {page.status}).")
    form = html.fromstring(page.body).get_element_by_id("login")
    fields = {item.get("name"): item.get("value") or ""
              for item in form.xpath(".//input[@type='hidden']")}
    if serial not in form.xpath(".//select[@id='certificate']/option/@value"):
        raise DemoSeedError(f"The ANAF emulator does not offer the demo certificate {serial}.")
    fields.update(certificate=serial, pin=pin, action="signin")
    answer = _browse(anaf, "POST", urljoin(authorize_url, form.get("action")),
                     urlencode(fields).encode("utf-8"))
    location = answer.header("Location") or ""
    if answer.status != 302 or "code" not in parse_qs(urlsplit(location).query):
        raise DemoSeedError(f"The ANAF emulator did not accept the demo PIN (HTTP {answer.status}).")
    return location


def _browse(emulator: Emulator, method: str, url: str, body: bytes = b"") -> Response:
    parts = urlsplit(url)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    return emulator.dispatch(Request(method, parts.path, parse_qs(parts.query, keep_blank_values=True),
                                     headers, body))


# ---- validating before upload --------------------------------------------------------------------------


def _efactura_validator(ctx: AppContext, rules_dir: Path | None) -> tuple[Callable[[], Validator], str]:
    """The official rules if this computer has them (named, in $INVOICEDESK_RULES_DIR, in the demo's folder
    or where the installed application keeps them); otherwise the checks that need no rules files.

    Nothing is downloaded: the demo must work offline and write nothing outside its own folder."""
    candidates = [rules_location(ctx.paths.data_dir, rules_dir), rules_location(resolve_paths(None).data_dir)]
    found = next((location for location in candidates if not location.missing()), None)
    if found is not None:
        try:
            official = shared_validator(found)
        except RulesError as error:  # a damaged copy: the demo goes on with what needs no rules
            log.warning("The e-Factura rules in %s cannot be used for the demo: %s", found.root, error)
        else:
            return (lambda: official), "the official e-Factura rules (UBL 2.1 schema, EN 16931, CIUS-RO)"
    log.warning("The official e-Factura rules are not on this computer (%s); the demo invoice is checked for "
                "well-formed XML and the Romanian identifiers only", RULES_DIR_ENV)
    checks = _ChecksWithoutRules()
    return (lambda: checks), ("well-formed XML and the Romanian identifiers only: the official e-Factura "
                              f"rules are missing or damaged on this computer (set {RULES_DIR_ENV} to a "
                              "complete copy to use them)")


class _ChecksWithoutRules(Validator):
    """What can be checked before upload without the official rules files: well-formed XML and the check
    digits of Romanian CUIs and CNPs. A Validator because that is what the e-Factura wiring hands on."""

    def __init__(self) -> None:  # deliberately not the parent's: it would load the rules files
        self._parser = secure_parser()

    def validate(self, xml: bytes) -> ValidationReport:
        try:
            root = etree.fromstring(xml, self._parser)
        except etree.XMLSyntaxError as exc:
            return ValidationReport([ValidationIssue("error", "XML", "", f"The file is not well-formed XML: "
                                                                         f"{exc}")])
        issues = [ValidationIssue("error", problem.rule, problem.error.field, problem.error.message,
                                  problem.location) for problem in check_identifiers(root)]
        return ValidationReport(issues)
