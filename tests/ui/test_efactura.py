"""The e-Factura screen against the real app services and the ANAF emulator over real HTTP: setting up from
the dialog, the certificate sign-in finished by pasting the browser's address, refreshing the tokens,
sending a document until ANAF accepts it, and importing a supplier's invoice from the inbox."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urljoin

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree, html
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocumentFragment

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import save_document
from invoicedesk.app.efactura import submission_of
from invoicedesk.app.efactura_auth import anaf_setup, configure_anaf, start_login, status
from invoicedesk.connectors.anaf.tls import ensure_loopback_certificate
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
from invoicedesk.sandbox import ScaledClock
from invoicedesk.sandbox.anaf import AnafEmulator
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore
from invoicedesk.store.database import sqlite_url
from invoicedesk.sync.efactura import State
from invoicedesk.ui.efactura.texts import format_moment
from invoicedesk.ui.formatting import format_date, format_decimal
from invoicedesk.ui.screens.efactura import EFacturaScreen
from invoicedesk.ui.tasks import TaskRunner

KIT = (Path(__file__).resolve().parents[2].parent / "shared" / "validation").resolve()
CLIENT_ID = "invoicedesk-ui-test-app"
CLIENT_SECRET = "ui-secret-Zq81+/="
PIN = "1234"
SERIAL = "2E5A1F0C8B3D4E6F"
HOLDER = "Ana Popescu"
SELLER_CUI, BUYER_CUI = "12345674", "76543210"
CERTIFICATES = [{"serial": SERIAL, "holder": HOLDER, "cifs": [SELLER_CUI, BUYER_CUI]}]
HTTP_TIMEOUT = 10
WAIT_MS = 15_000
EMULATOR_LAG_S = 600.0  # the emulator's clock starts this far behind: a seeded message is already listable


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ---- the world: database, emulator, browser ----------------------------------------------------------


@pytest.fixture(scope="module")
def signing_key_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture
def rules_dir(monkeypatch) -> Path:
    if not (KIT / "cius-ro-1.0.9").is_dir():
        pytest.skip(f"the e-Factura validation kit is not at {KIT}")
    monkeypatch.setenv("INVOICEDESK_RULES_DIR", str(KIT))
    return KIT


@pytest.fixture
def ports() -> list[int]:
    return [free_port(), free_port()]


@pytest.fixture
def clock() -> ScaledClock:
    return ScaledClock(start=time.time() - EMULATOR_LAG_S)


@pytest.fixture
def make_emulator(signing_key_pem, ports, clock) -> Iterator[Callable[..., AnafEmulator]]:
    started: list[AnafEmulator] = []

    def make(**options) -> AnafEmulator:
        options.setdefault(
            "client_apps",
            [
                {
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "redirect_uris": [f"https://localhost:{p}/callback" for p in ports],
                }
            ],
        )
        options.setdefault("certificates", CERTIFICATES)
        options.setdefault("processing_polls", 0)  # ANAF's verdict at the first status query
        emulator = AnafEmulator(signing_key_pem=signing_key_pem, clock=clock, **options).start()
        started.append(emulator)
        return emulator

    yield make
    for emulator in started:
        emulator.stop()


@pytest.fixture
def emulator(make_emulator) -> AnafEmulator:
    return make_emulator()


@pytest.fixture
def ctx(tmp_path: Path, _sqlite_template: Path) -> Iterator[AppContext]:
    database = tmp_path / "db" / "invoicedesk.sqlite3"
    database.parent.mkdir(parents=True)
    shutil.copyfile(_sqlite_template, database)
    context = AppContext.open(
        data_dir=tmp_path / "data", database_url=sqlite_url(database), secrets=SecretStore(MemoryKeyring())
    )
    yield context
    context.close()


def romanian_seller() -> Company:
    return Company(
        name="Exemplu Furnizor SRL",
        address=Address("Strada Memorandumului 1", "Cluj-Napoca", "400114", "RO", "Cluj"),
        registration_id=SELLER_CUI,
        vat_id=f"RO{SELLER_CUI}",
        country=Country.RO,
        bank_accounts=[BankAccount("RO49AAAA1B31007593840000", currency="RON")],
        default_currency="RON",
    )


def romanian_buyer(street: str = "Bulevardul Eroilor 5") -> Client:
    return Client(
        name="Exemplu Client SA",
        address=Address(street, "Brașov", "500030", "RO", "Brașov"),
        registration_id=BUYER_CUI,
        vat_id=f"RO{BUYER_CUI}",
    )


@pytest.fixture
def company(ctx) -> Company:
    return add_company(ctx, romanian_seller())


def save_invoice(ctx: AppContext, company: Company, number: str, *, buyer: Client | None = None) -> int:
    document = Document(
        doc_type=DocumentType.INVOICE,
        number=number,
        issue_date=dt.date.today(),
        due_date=dt.date.today() + dt.timedelta(days=30),
        seller=company,
        buyer=buyer or romanian_buyer(),
        currency="RON",
        lines=[
            DocumentLine(
                "Servicii de consultanta", Decimal("2"), Decimal("50.00"), Decimal("21"), unit="buc"
            ),
            DocumentLine("Carte tehnica", Decimal("3"), Decimal("45.50"), Decimal("11"), unit="buc"),
        ],
    )
    saved = save_document(ctx, document, company_id=company.id)
    assert saved.id is not None
    return saved.id


def configure(ctx: AppContext, company: Company, emulator: AnafEmulator, ports: list[int]) -> None:
    configure_anaf(
        ctx,
        company.id,
        CLIENT_ID,
        CLIENT_SECRET,
        ports,
        "test",
        HOLDER,
        oauth_base_url=emulator.oauth_url,
        api_base_url=emulator.root_url,
    )


class ScriptedBrowser:
    """What a person's browser does, over real HTTP: the local start page (TLS checked against the sign-in
    listener's certificate), ANAF's certificate + PIN form, and where ANAF sends the browser afterwards."""

    def __init__(self, cert_file: Path) -> None:
        self.cert_file = cert_file
        self.http = requests.Session()
        self.http.trust_env = False

    def final_address(self, start_url: str) -> str:
        """The address the browser ends on after the PIN, without visiting it."""
        authorize = start_url
        if start_url.startswith("https://localhost"):
            page = self.visit(start_url)
            assert page.status_code == 200, page.text
            authorize = html.fromstring(page.text).get_element_by_id("continue").get("href")
        login = self.http.get(authorize, timeout=HTTP_TIMEOUT, allow_redirects=False)
        if login.status_code != 200:
            return login.headers.get("Location", "")  # ANAF answered at once (e.g. the token is unplugged)
        document = html.fromstring(login.text)
        form = {
            field.get("name"): field.get("value") or ""
            for field in document.xpath('//form[@id="login"]//input')
            if field.get("type") == "hidden"
        }
        form.update(certificate=SERIAL, pin=PIN, action="signin")
        action = urljoin(authorize, document.xpath('//form[@id="login"]/@action')[0])
        submitted = self.http.post(action, data=form, timeout=HTTP_TIMEOUT, allow_redirects=False)
        assert submitted.status_code == 302, submitted.text
        return submitted.headers["Location"]

    def visit(self, url: str) -> requests.Response:
        return self.http.get(url, verify=str(self.cert_file), timeout=HTTP_TIMEOUT, allow_redirects=False)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def browser(ctx) -> Iterator[ScriptedBrowser]:
    scripted = ScriptedBrowser(ensure_loopback_certificate(ctx.paths.data_dir).cert_file)
    yield scripted
    scripted.close()


def sign_in_without_the_window(ctx: AppContext, company: Company, browser: ScriptedBrowser) -> None:
    attempt = start_login(ctx, company.id, timeout=20, listen=False)
    attempt.complete_from_pasted(browser.final_address(attempt.start_url))


class OpenedUrls(QObject):
    """Stands in for the system browser: QDesktopServices hands it every http(s) address to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp) -> Iterator[OpenedUrls]:
    recorder = OpenedUrls()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


@dataclass
class ScreenUnderTest:
    screen: EFacturaScreen
    runner: TaskRunner


@pytest.fixture
def make_screen(qtbot, ctx) -> Iterator[Callable[[Company], EFacturaScreen]]:
    runners: list[TaskRunner] = []

    def make(company: Company) -> EFacturaScreen:
        runner = TaskRunner()
        runners.append(runner)
        screen = EFacturaScreen(runner)
        qtbot.addWidget(screen)
        screen.resize(1100, 760)
        screen.show()
        screen.set_context(ctx)
        screen.set_company(company.id)
        qtbot.waitUntil(
            lambda: screen.overview is not None and screen.pages.currentIndex() != 0, timeout=WAIT_MS
        )
        return screen

    yield make
    for runner in runners:
        runner.wait_for_workers(20_000)


def wait_idle(qtbot, screen: EFacturaScreen) -> None:
    qtbot.waitUntil(lambda: screen._runner.pending_count == 0, timeout=WAIT_MS)


# ---- setting up -----------------------------------------------------------------------------------------


def test_setup_dialog_lists_the_prerequisites_with_the_exact_callback_urls_and_saves(
    qtbot, make_screen, company, ctx, emulator, ports
):
    screen = make_screen(company)
    connection = screen.connection
    assert connection.not_set_up_label.isVisible()
    assert "Exemplu Furnizor SRL" in connection.not_set_up_label.text()
    assert not screen.sent.send_button.isEnabled() and not screen.inbox.download_button.isEnabled()

    qtbot.mouseClick(connection.setup_button, _left())
    dialog = connection.setup_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # a new setup starts with what must be done at ANAF
    steps = {label.objectName() for label in dialog.prerequisites.findChildren(type(dialog.status_label))}
    assert {
        "step_spv_enrolled",
        "step_certificate_on_token",
        "step_spv_role_and_rights",
        "step_oauth_app",
    } <= steps
    # The addresses to register follow the ports typed, each with its own Copy button.
    dialog.inputs["callback_ports"].setText(f"{ports[0]}, {ports[1]}")
    assert dialog.prerequisites.urls == [f"https://localhost:{p}/callback" for p in ports]
    qtbot.mouseClick(dialog.prerequisites.url_fields[1].copy_button, _left())
    assert QGuiApplication.clipboard().text() == f"https://localhost:{ports[1]}/callback"

    # Production is marked as legally binding the moment it is chosen.
    dialog.environment_box.setCurrentIndex(dialog.environment_box.findData("prod"))
    assert not dialog.production_warning.isHidden()
    assert "legal effect" in dialog.production_warning.text()
    dialog.environment_box.setCurrentIndex(dialog.environment_box.findData("test"))
    assert dialog.production_warning.isHidden()

    # A mistake comes back on its field, and nothing is saved.
    dialog.inputs["holder_name"].setText(HOLDER)
    dialog.inputs["client_id"].setText(CLIENT_ID)
    dialog.inputs["client_secret"].setText(CLIENT_SECRET)
    assert dialog.inputs["client_secret"].echoMode() == dialog.inputs["client_secret"].EchoMode.Password
    dialog.inputs["callback_ports"].setText(f"{ports[0]}, 70000")
    dialog.advanced.setChecked(True)
    dialog.inputs["oauth_base_url"].setText(emulator.oauth_url)
    dialog.inputs["api_base_url"].setText(emulator.root_url)
    qtbot.mouseClick(dialog.save_button, _left())
    qtbot.waitUntil(lambda: dialog.error_labels["callback_ports"].isVisible(), timeout=WAIT_MS)
    assert "70000" in dialog.error_labels["callback_ports"].text()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1

    dialog.inputs["callback_ports"].setText(f"{ports[0]}, {ports[1]}")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, _left())
    qtbot.waitUntil(lambda: screen.connection.details.isVisible(), timeout=WAIT_MS)

    setup = anaf_setup(ctx, company.id)
    assert (setup.holder_name, setup.environment, setup.callback_ports, setup.cifs) == (
        HOLDER,
        "test",
        tuple(ports),
        (SELLER_CUI,),
    )
    assert setup.api_base_url == emulator.root_url
    assert ctx.secrets.read_many(setup.app_ref, ["client_id", "client_secret"]) == {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    values = connection.values
    assert values["holder"].text() == HOLDER
    assert values["cifs"].text() == SELLER_CUI
    assert values["callbacks"].text().splitlines() == [f"https://localhost:{p}/callback" for p in ports]
    assert "Not signed in" in values["signed_in"].text()
    assert screen.sent.check_button.isEnabled() and screen.inbox.download_button.isEnabled()


def test_changing_the_setup_keeps_the_saved_client_secret_when_left_empty(
    qtbot, make_screen, company, ctx, emulator, ports
):
    configure(ctx, company, emulator, ports)
    screen = make_screen(company)
    qtbot.mouseClick(screen.connection.setup_button, _left())
    dialog = screen.connection.setup_dialog
    assert dialog.tabs.currentIndex() == 1  # an existing setup opens on its details
    assert dialog.inputs["client_secret"].text() == ""  # the secret is never put back into the window
    dialog.inputs["cifs"].setText(f"{SELLER_CUI}, RO{BUYER_CUI}")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, _left())
    setup = anaf_setup(ctx, company.id)
    assert setup.cifs == (SELLER_CUI, BUYER_CUI)
    assert ctx.secrets.read_many(setup.app_ref, ["client_secret"]) == {"client_secret": CLIENT_SECRET}
    qtbot.waitUntil(
        lambda: screen.connection.values["cifs"].text() == f"{SELLER_CUI}, {BUYER_CUI}", timeout=WAIT_MS
    )


# ---- signing in -----------------------------------------------------------------------------------------


def test_sign_in_by_pasting_the_browsers_address_then_refresh_rotates_the_tokens(
    qtbot, make_screen, company, ctx, emulator, ports, browser, opened_urls, clock
):
    configure(ctx, company, emulator, ports)
    screen = make_screen(company)
    connection = screen.connection
    assert connection.sign_in_button.isEnabled() and not connection.refresh_button.isEnabled()

    qtbot.mouseClick(connection.sign_in_button, _left())
    dialog = connection.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.state == dialog.WAITING and bool(opened_urls.urls), timeout=WAIT_MS)
    start_url = dialog.link.text()
    assert start_url == f"https://localhost:{ports[0]}/"
    assert opened_urls.urls == [start_url]  # the system browser was asked to open the start page
    assert "choose your certificate and type the PIN" in dialog.status_label.text()
    qtbot.mouseClick(dialog.link.copy_button, _left())
    assert QGuiApplication.clipboard().text() == start_url

    # The browser cannot reach this computer: the person pastes the address it ended on.
    final = browser.final_address(start_url)
    assert final.startswith(f"https://localhost:{ports[0]}/callback?")
    dialog.paste_box.setText(final)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.finish_button, _left())
    assert HOLDER in dialog.status_label.text()
    assert dialog.cancel_button.text() == "Close"

    saved = status(ctx, company.id)
    assert saved.signed_in and saved.certificate_serial == SERIAL
    values = connection.values
    assert values["signed_in"].text() == f"Signed in as {HOLDER}"
    assert values["access"].text() == format_moment(saved.access_expires_at)
    days = saved.days_until_certificate_login
    assert days is not None and days >= 364
    assert values["certificate_days"].text() == f"in {days} days"
    assert connection.refresh_button.isEnabled()
    with pytest.raises(requests.ConnectionError):
        browser.visit(start_url)  # the listener is gone once the sign-in ended
    qtbot.mouseClick(dialog.cancel_button, _left())

    old_pair = ctx.secrets.read_many(
        anaf_setup(ctx, company.id).tokens_ref, ["access_token", "refresh_token"]
    )
    before = values["access"].text()
    clock.advance(300)  # five minutes later at ANAF: the new tokens end five minutes later
    qtbot.mouseClick(connection.refresh_button, _left())
    qtbot.waitUntil(lambda: values["access"].text() != before, timeout=WAIT_MS)

    renewed = status(ctx, company.id)
    # Five minutes later at ANAF, plus the real seconds the test took in between.
    assert (
        dt.timedelta(seconds=300)
        <= renewed.access_expires_at - saved.access_expires_at
        < dt.timedelta(seconds=330)
    )
    assert values["access"].text() == format_moment(renewed.access_expires_at)
    new_pair = ctx.secrets.read_many(
        anaf_setup(ctx, company.id).tokens_ref, ["access_token", "refresh_token"]
    )
    assert new_pair["access_token"] != old_pair["access_token"]
    assert new_pair["refresh_token"] != old_pair["refresh_token"]  # both rotate
    refreshes = [
        e
        for e in emulator.journal_entries("POST", "/anaf-oauth2/v1/token")
        if b"grant_type=refresh_token" in e.body
    ]
    assert len(refreshes) == 1


def test_access_denied_shows_the_advice_to_close_all_browser_windows(
    qtbot, make_screen, make_emulator, company, ctx, ports, browser, opened_urls
):
    unplugged = make_emulator(token_unplugged=True)
    configure(ctx, company, unplugged, ports)
    screen = make_screen(company)
    qtbot.mouseClick(screen.connection.sign_in_button, _left())
    dialog = screen.connection.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.state == dialog.WAITING, timeout=WAIT_MS)

    denied = browser.final_address(dialog.link.text())
    assert "error=access_denied" in denied
    assert browser.visit(denied).status_code == 200  # ANAF sends the browser back to the listener

    qtbot.waitUntil(lambda: dialog.state == dialog.FAILED, timeout=WAIT_MS)
    shown = dialog.advice.text()
    assert "ANAF did not receive a certificate" in shown
    assert "close ALL browser windows" in shown
    assert dialog.retry_button.isVisible()
    assert not status(ctx, company.id).signed_in


def test_busy_ports_fall_back_to_pasting_and_a_foreign_address_keeps_the_wait(
    qtbot, make_screen, company, ctx, emulator, ports, browser, opened_urls
):
    configure(ctx, company, emulator, ports)
    screen = make_screen(company)
    occupiers = []
    try:
        for port in ports:
            occupier = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            occupier.bind(("127.0.0.1", port))
            occupier.listen()
            occupiers.append(occupier)
        qtbot.mouseClick(screen.connection.sign_in_button, _left())
        dialog = screen.connection.sign_in_dialog
        qtbot.waitUntil(lambda: dialog.state == dialog.WAITING and bool(opened_urls.urls), timeout=WAIT_MS)
    finally:
        for occupier in occupiers:
            occupier.close()
    shown = dialog.advice.text()
    assert "cannot listen on any registered port" in shown
    assert f"{ports[0]}, {ports[1]}" in shown
    # Without a listener the browser goes straight to ANAF, and the address comes back by pasting.
    assert dialog.link.text().startswith(emulator.oauth_url + "/authorize?")
    assert opened_urls.urls == [dialog.link.text()]

    dialog.paste_box.setText(f"https://localhost:{ports[0]}/callback?code=abc&state=someone-elses")
    qtbot.mouseClick(dialog.finish_button, _left())
    qtbot.waitUntil(lambda: "does not belong to this sign-in" in dialog.advice.text(), timeout=WAIT_MS)
    assert dialog.state == dialog.WAITING  # still waiting for the right answer

    dialog.paste_box.setText(browser.final_address(dialog.link.text()))
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.finish_button, _left())
    qtbot.waitUntil(
        lambda: screen.connection.values["signed_in"].text() == f"Signed in as {HOLDER}", timeout=WAIT_MS
    )


def test_cancel_stops_the_listener(qtbot, make_screen, company, ctx, emulator, ports, browser, opened_urls):
    configure(ctx, company, emulator, ports)
    screen = make_screen(company)
    qtbot.mouseClick(screen.connection.sign_in_button, _left())
    dialog = screen.connection.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.state == dialog.WAITING, timeout=WAIT_MS)
    start_url = dialog.link.text()
    assert browser.visit(start_url).status_code == 200

    qtbot.mouseClick(dialog.cancel_button, _left())
    wait_idle(qtbot, screen)
    with pytest.raises(requests.ConnectionError):
        browser.visit(start_url)
    assert not status(ctx, company.id).signed_in


def test_a_sign_in_not_finished_in_time_names_the_address_to_register(
    qtbot, make_screen, company, ctx, emulator, ports, opened_urls
):
    from invoicedesk.ui.efactura.signin_dialog import SignInDialog

    configure(ctx, company, emulator, ports)
    screen = make_screen(company)
    dialog = SignInDialog(screen._runner, ctx, company.id, holder=HOLDER, timeout=0.3, parent=screen)
    dialog.open()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.state == dialog.FAILED, timeout=WAIT_MS)
    assert "not completed in time" in dialog.advice.text()
    assert f"https://localhost:{ports[0]}/callback" in dialog.advice.text()
    dialog.close()


# ---- sending and receiving ------------------------------------------------------------------------------


def test_a_document_sent_from_the_list_goes_to_ok_with_its_receipt(
    qtbot, make_screen, company, ctx, emulator, ports, browser, rules_dir
):
    configure(ctx, company, emulator, ports)
    sign_in_without_the_window(ctx, company, browser)
    document_id = save_invoice(ctx, company, "FCT-2026-0001")
    screen = make_screen(company)
    sent = screen.sent
    qtbot.waitUntil(lambda: sent.model.has_loaded and sent.model.total == 1, timeout=WAIT_MS)
    assert sent.model.data(sent.model.index(0, 6)) == "Not sent"
    assert sent.select_document(document_id)
    assert sent.send_button.isEnabled() and not sent.resend_button.isEnabled()

    qtbot.mouseClick(sent.send_button, _left())
    assert not sent.send_button.isEnabled()  # busy while the worker sends
    qtbot.waitUntil(lambda: not sent.busy, timeout=40_000)

    submission = submission_of(ctx, document_id)
    assert submission is not None and submission.state == State.OK, submission
    assert submission.upload_index and submission.download_id
    assert (ctx.paths.archive_dir / submission.receipt_path).is_file()
    assert len(emulator.journal_entries("POST", r"/FCTEL/rest/upload")) == 1
    assert sent.detail_state.text() == f"Accepted, receipt {submission.download_id}"
    qtbot.waitUntil(
        lambda: sent.model.data(sent.model.index(0, 6)) == f"Accepted, receipt {submission.download_id}",
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(
        lambda: sent.selected is not None and sent.selected.submission is not None, timeout=WAIT_MS
    )
    assert not sent.send_button.isEnabled() and not sent.resend_button.isEnabled()
    assert sent.check_scheduled_in_ms == -1  # nothing is under way: nothing to check later

    # The sealed receipt is one click away, in the file manager.
    assert sent.receipt_button.isVisible()
    folders = OpenedUrls()
    QDesktopServices.setUrlHandler("file", folders, "open")
    try:
        qtbot.mouseClick(sent.receipt_button, _left())
        qtbot.waitUntil(lambda: bool(folders.urls), timeout=WAIT_MS)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    receipt = ctx.paths.archive_dir / submission.receipt_path
    assert folders.urls == [QUrl.fromLocalFile(str(receipt.parent)).toString()]


def test_a_document_with_wrong_fields_needs_attention_with_errors_per_field(
    qtbot, make_screen, company, ctx, emulator, ports, browser, rules_dir
):
    configure(ctx, company, emulator, ports)
    sign_in_without_the_window(ctx, company, browser)
    document_id = save_invoice(ctx, company, "FCT-2026-0002", buyer=romanian_buyer(street=""))
    screen = make_screen(company)
    sent = screen.sent
    qtbot.waitUntil(lambda: sent.model.has_loaded and sent.model.total == 1, timeout=WAIT_MS)
    sent.select_document(document_id)
    qtbot.mouseClick(sent.send_button, _left())
    qtbot.waitUntil(lambda: not sent.busy, timeout=40_000)

    assert sent.detail_state.text() == "Needs attention"
    table = sent.field_errors
    fields = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert "buyer.address.street" in fields
    assert all(table.item(row, 1).text() for row in range(table.rowCount()))
    shown = QTextDocumentFragment.fromHtml(sent.detail_error.text()).toPlainText()
    assert "The service rejected the document's data" in shown
    assert "Correct the listed fields" in shown
    assert sent.resend_button.isEnabled()
    assert emulator.journal_entries("POST", r"/FCTEL/rest/upload") == []  # stopped before ANAF


def _declared(xml: bytes) -> dict[str, str]:
    """What the file itself states, read independently of the product's reader."""
    ns = {
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    }
    root = etree.fromstring(xml)
    totals = root.find("cac:LegalMonetaryTotal", ns)
    return {
        "number": root.findtext("cbc:ID", namespaces=ns),
        "date": root.findtext("cbc:IssueDate", namespaces=ns),
        "supplier": root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName", namespaces=ns
        ),
        "gross": totals.findtext("cbc:TaxInclusiveAmount", namespaces=ns),
        "payable": totals.findtext("cbc:PayableAmount", namespaces=ns),
        "net": totals.findtext("cbc:TaxExclusiveAmount", namespaces=ns),
    }


def test_the_inbox_imports_a_supplier_invoice_with_its_totals(
    qtbot, make_screen, company, ctx, emulator, ports, browser, clock, rules_dir
):
    example = (KIT / "examples" / "valid" / "eInvoice_ex.cius-ro-1.0.1.xml").read_bytes()
    emulator.receive_invoice(SELLER_CUI, example)
    clock.advance(max(0.0, time.time() - clock.now()))  # ANAF's clock catches up: the message is 10 min old
    configure(ctx, company, emulator, ports)
    sign_in_without_the_window(ctx, company, browser)
    screen = make_screen(company)
    inbox = screen.inbox
    screen.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.has_loaded, timeout=WAIT_MS)
    assert inbox.model.total == 0
    assert "Download received invoices" in inbox.table.empty_label.text()

    qtbot.mouseClick(inbox.download_button, _left())
    qtbot.waitUntil(lambda: inbox.last_report is not None and inbox.model.total == 1, timeout=WAIT_MS)
    assert inbox.report_label.text() == "1 new invoice imported."
    qtbot.waitUntil(lambda: inbox.model.row_at(0) is not None, timeout=WAIT_MS)

    expected = _declared(example)
    shown = [inbox.model.data(inbox.model.index(0, column)) for column in range(inbox.model.columnCount())]
    assert shown[0] == expected["supplier"]
    assert shown[2] == expected["number"]
    assert shown[3] == format_date(dt.date.fromisoformat(expected["date"]))
    assert shown[4] == format_decimal(Decimal(expected["net"]))
    assert shown[6] == format_decimal(Decimal(expected["gross"]))
    assert shown[7] == format_decimal(Decimal(expected["payable"]))
    assert shown[9] == "Imported"

    qtbot.mouseClick(inbox.download_button, _left())
    qtbot.waitUntil(lambda: not inbox.busy, timeout=WAIT_MS)
    assert inbox.report_label.text() == "0 new invoices imported."
    assert len(emulator.journal_entries("GET", r"/FCTEL/rest/descarcare")) == 1  # downloaded once


# ---- other companies ------------------------------------------------------------------------------------


def test_a_company_outside_romania_gets_a_note_instead(qtbot, window, desk):
    screen = window.show_screen("efactura")
    assert isinstance(screen, EFacturaScreen)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=WAIT_MS)
    note = screen.not_romanian_label.text()
    assert desk.alfa.name in note and "not a Romanian company" in note and "CZ" in note
    assert screen.code == "S-EFA-1" and screen.objectName() == "eFacturaScreen"


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_an_upload_still_in_processing_is_checked_again_when_due(
    qtbot, make_screen, make_emulator, company, ctx, ports, browser, clock, rules_dir, monkeypatch
):
    from invoicedesk.ui.efactura import sent_panel

    monkeypatch.setattr(sent_panel, "SEND_WAIT_SECONDS", 0.0)  # the send returns as soon as ANAF has it
    slow = make_emulator(processing_seconds=30.0)
    configure(ctx, company, slow, ports)
    sign_in_without_the_window(ctx, company, browser)
    document_id = save_invoice(ctx, company, "FCT-2026-0003")
    screen = make_screen(company)
    sent = screen.sent
    qtbot.waitUntil(lambda: sent.model.total == 1, timeout=WAIT_MS)
    sent.select_document(document_id)
    qtbot.mouseClick(sent.send_button, _left())
    qtbot.waitUntil(lambda: not sent.busy, timeout=WAIT_MS)

    uploaded = submission_of(ctx, document_id)
    assert uploaded.state == State.UPLOADED and uploaded.upload_index
    assert sent.detail_state.text() == f"Uploaded, index {uploaded.upload_index}"
    assert 0 < sent.check_scheduled_in_ms <= 3_000  # ANAF is asked again when the next step is due

    qtbot.mouseClick(sent.check_button, _left())  # too early: nothing is due yet, nothing is asked
    qtbot.waitUntil(lambda: not sent.busy, timeout=WAIT_MS)
    assert sent.activity_label.text() == "Nothing was due for a check; the list is up to date."
    assert slow.journal_entries("GET", r"/FCTEL/rest/stareMesaj") == []

    clock.advance(60)  # ANAF has finished meanwhile
    qtbot.waitUntil(lambda: sent.detail_state.text().startswith("Accepted, receipt"), timeout=WAIT_MS)
    assert submission_of(ctx, document_id).state == State.OK
    assert len(slow.journal_entries("POST", r"/FCTEL/rest/upload")) == 1


def test_a_rejected_invoice_shows_anafs_messages_and_can_be_resent(
    qtbot, make_screen, make_emulator, company, ctx, ports, browser, rules_dir
):
    unknown_seller = make_emulator(registered_cifs=[BUYER_CUI])  # ANAF's register lacks the seller
    configure(ctx, company, unknown_seller, ports)
    sign_in_without_the_window(ctx, company, browser)
    document_id = save_invoice(ctx, company, "FCT-2026-0004")
    screen = make_screen(company)
    sent = screen.sent
    qtbot.waitUntil(lambda: sent.model.total == 1, timeout=WAIT_MS)
    sent.select_document(document_id)
    qtbot.mouseClick(sent.send_button, _left())
    qtbot.waitUntil(lambda: not sent.busy, timeout=40_000)

    assert submission_of(ctx, document_id).state == State.NOK
    assert sent.detail_state.text() == "Rejected by ANAF"
    assert "R6.1" in sent.anaf_errors.text() and SELLER_CUI in sent.anaf_errors.text()
    table = sent.field_errors
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["seller.registration_id"]
    assert sent.resend_button.isEnabled() and not sent.send_button.isEnabled()


def test_production_asks_before_filing_with_legal_effect(
    qtbot, make_screen, company, ctx, emulator, ports, browser, rules_dir
):
    configure_anaf(
        ctx,
        company.id,
        CLIENT_ID,
        CLIENT_SECRET,
        ports,
        "prod",
        HOLDER,
        oauth_base_url=emulator.oauth_url,
        api_base_url=emulator.root_url,
    )
    document_id = save_invoice(ctx, company, "FCT-2026-0005")
    screen = make_screen(company)
    assert screen.connection.values["environment"].text() == "Production (legally binding)"
    sent = screen.sent
    qtbot.waitUntil(lambda: sent.model.total == 1, timeout=WAIT_MS)
    sent.select_document(document_id)

    qtbot.mouseClick(sent.send_button, _left())
    box = sent.confirm_box
    assert box is not None and box.isVisible()
    assert "FCT-2026-0005" in box.text() and "PRODUCTION" in box.text()
    refuse = next(button for button in box.buttons() if button.text() == "Do not send")
    qtbot.mouseClick(refuse, _left())
    wait_idle(qtbot, screen)
    assert submission_of(ctx, document_id) is None  # nothing was queued, nothing went to ANAF
    assert emulator.journal_entries("POST", r"/FCTEL/rest/upload") == []


def test_documents_issued_elsewhere_appear_when_the_screen_is_shown_again(qtbot, make_screen, company, ctx):
    screen = make_screen(company)
    sent = screen.sent
    qtbot.waitUntil(lambda: sent.model.has_loaded and sent.model.total == 0, timeout=WAIT_MS)
    screen.hide()
    save_invoice(ctx, company, "FCT-2026-0006")  # issued on the Documents screen meanwhile
    screen.show()
    qtbot.waitUntil(lambda: sent.model.total == 1, timeout=WAIT_MS)
