"""Render the e-Factura screen and its dialogs to PNG, in every language, light and dark.

    python tools/render_efactura.py [--out screenshots] [--languages en cs …] [--schemes light dark]
                                    [--rules FOLDER]

Runs offscreen against a real temporary database and the ANAF emulator of invoicedesk.sandbox, driven through
the app services: a Romanian company set up and signed in, with one invoice accepted by ANAF, one stopped by
validation and one not sent yet, and two supplier invoices in its inbox; a Romanian company not set up yet;
a Czech company. No browser is ever opened. `--rules` names the e-Factura rules folder (by default the
validation kit beside the repository, else $INVOICEDESK_RULES_DIR); without rules nothing is sent, and the
list shows every document as not sent. The pictures land in <out>/<language>/<scheme>/efactura-*.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urljoin

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import requests  # noqa: E402
from lxml import html  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Slot  # noqa: E402
from PySide6.QtGui import QDesktopServices, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget  # noqa: E402

from invoicedesk.app.companies import add_company  # noqa: E402
from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.app.documents import save_document  # noqa: E402
from invoicedesk.app.efactura import run_inbox, send_document  # noqa: E402
from invoicedesk.app.efactura_auth import configure_anaf, start_login  # noqa: E402
from invoicedesk.connectors.anaf.validation import RULES_DIR_ENV  # noqa: E402
from invoicedesk.core.documents import (  # noqa: E402
    Address,
    BankAccount,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentType,
)
from invoicedesk.sandbox import ScaledClock  # noqa: E402
from invoicedesk.sandbox.anaf import AnafEmulator  # noqa: E402
from invoicedesk.secrets.memory import MemoryKeyring  # noqa: E402
from invoicedesk.secrets.store import SecretStore  # noqa: E402
from invoicedesk.ui.efactura.setup_dialog import SetupDialog  # noqa: E402
from invoicedesk.ui.efactura.signin_dialog import SignInDialog  # noqa: E402
from invoicedesk.ui.gc_guard import GuiThreadGarbageCollector  # noqa: E402
from invoicedesk.ui.main_window import MainWindow  # noqa: E402
from invoicedesk.ui.preferences import Preferences  # noqa: E402
from invoicedesk.ui.screens.efactura import EFacturaScreen  # noqa: E402
from invoicedesk.ui.tasks import TaskRunner  # noqa: E402
from invoicedesk.ui.translations import LANGUAGES, install_translators, remove_translators  # noqa: E402

KIT = REPO.parent / "shared" / "validation"
LOCALES = {"en": "en_GB", "cs": "cs_CZ", "sk": "sk_SK", "pl": "pl_PL", "ro": "ro_RO"}
WINDOW_SIZE = (1180, 760)
CLIENT_ID, CLIENT_SECRET = "invoicedesk-render", "render-secret-7c1e"
SERIAL, PIN, HOLDER = "2E5A1F0C8B3D4E6F", "1234", "Ana Popescu"
SELLER_CUI, BUYER_CUI = "12345674", "76543210"
INBOX_EXAMPLES = ("eInvoice_ex.cius-ro-1.0.1.xml", "ubl_b2g_example1.xml")
EMULATOR_LAG_S = 600.0
HTTP_TIMEOUT = 10


@dataclass(frozen=True)
class Scene:
    context: AppContext
    ready_company_id: int  # set up, signed in, with documents and received invoices
    new_company_id: int  # Romanian, not set up
    czech_company_id: int
    selected_document_id: int  # shown with its details: the one stopped by validation
    scratch: Path


class NoBrowser(QObject):
    """Takes every address QDesktopServices would open in the system browser; rendering opens nothing."""

    @Slot(QUrl)
    def open(self, _url: QUrl) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=list(LANGUAGES))
    parser.add_argument("--schemes", nargs="+", default=["light", "dark"], choices=["light", "dark"])
    parser.add_argument("--rules", type=Path, default=None)
    args = parser.parse_args(argv)
    rules = args.rules or _default_rules()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    previous_style, previous_palette, previous_locale = app.style().name(), QPalette(app.palette()), QLocale()
    previous_rules = os.environ.get(RULES_DIR_ENV)
    app.setStyle(QStyleFactory.create("Fusion"))
    light_palette = QPalette(app.palette())
    no_browser = NoBrowser()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, no_browser, "open")
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    written = 0
    emulator: AnafEmulator | None = None
    try:
        if rules is not None:
            os.environ[RULES_DIR_ENV] = str(rules)
        with tempfile.TemporaryDirectory(prefix="invoicedesk-efactura-") as scratch:
            ports = [_free_port(), _free_port()]
            clock = ScaledClock(start=time.time() - EMULATOR_LAG_S)
            emulator = _emulator(ports, clock)
            scene = _scene(Path(scratch), emulator, clock, ports, sendable=rules is not None)
            try:
                for language in args.languages:
                    for scheme in args.schemes:
                        app.setPalette(_dark_palette() if scheme == "dark" else light_palette)
                        target = args.out / language / scheme
                        target.mkdir(parents=True, exist_ok=True)
                        written += _render_language(app, language, scene, target)
            finally:
                scene.context.close()
    finally:
        if emulator is not None:
            emulator.stop()
        collector.stop()
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
        if previous_rules is None:
            os.environ.pop(RULES_DIR_ENV, None)
        else:
            os.environ[RULES_DIR_ENV] = previous_rules
        app.setStyle(QStyleFactory.create(previous_style))
        app.setPalette(previous_palette)
        QLocale.setDefault(previous_locale)
    print(f"{written} pictures in {args.out}")
    return 0


def _default_rules() -> Path | None:
    if (KIT / "cius-ro-1.0.9").is_dir():
        return KIT
    from_env = os.environ.get(RULES_DIR_ENV, "").strip()
    return Path(from_env) if from_env else None


# ---- the scene ------------------------------------------------------------------------------------------


def _emulator(ports: list[int], clock: ScaledClock) -> AnafEmulator:
    return AnafEmulator(
        clock=clock,
        client_apps=[
            {
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "redirect_uris": [f"https://localhost:{p}/callback" for p in ports],
            }
        ],
        certificates=[{"serial": SERIAL, "holder": HOLDER, "cifs": [SELLER_CUI, BUYER_CUI]}],
        processing_polls=0,
    ).start()


def _scene(
    scratch: Path, emulator: AnafEmulator, clock: ScaledClock, ports: list[int], *, sendable: bool
) -> Scene:
    for name in INBOX_EXAMPLES:
        example = KIT / "examples" / "valid" / name
        if example.is_file():
            emulator.receive_invoice(SELLER_CUI, example.read_bytes())
    clock.advance(max(0.0, time.time() - clock.now()))  # the seeded messages are ten minutes old now

    context = AppContext.open(data_dir=scratch / "data", secrets=SecretStore(MemoryKeyring()))
    ready = _add(context, _romanian("Cafea Bună SRL", SELLER_CUI))
    new = _add(context, _romanian("Ceai Verde SRL", "14399840"))
    czech = _add(context, Company(name="Alfa s.r.o.", country=Country.CZ, registration_id="27082440"))
    configure_anaf(
        context,
        ready,
        CLIENT_ID,
        CLIENT_SECRET,
        ports,
        "test",
        HOLDER,
        oauth_base_url=emulator.oauth_url,
        api_base_url=emulator.root_url,
    )
    _sign_in(context, ready)

    seller = _romanian("Cafea Bună SRL", SELLER_CUI)
    accepted = _invoice(context, ready, seller, "FCT-2026-0001", _buyer())
    stopped = _invoice(context, ready, seller, "FCT-2026-0002", _buyer(street=""))
    _invoice(context, ready, seller, "FCT-2026-0003", _buyer())
    _invoice(context, ready, seller, "PRF-2026-0001", _buyer(), doc_type=DocumentType.PROFORMA)
    if sendable:
        send_document(context, accepted, wait=30)
        send_document(context, stopped, wait=30)
    run_inbox(context, ready)
    return Scene(context, ready, new, czech, stopped, scratch)


def _romanian(name: str, cui: str) -> Company:
    return Company(
        name=name,
        address=Address("Strada Memorandumului 1", "Cluj-Napoca", "400114", "RO", "Cluj"),
        registration_id=cui,
        vat_id=f"RO{cui}",
        country=Country.RO,
        bank_accounts=[BankAccount("RO49AAAA1B31007593840000", currency="RON")],
        default_currency="RON",
    )


def _buyer(street: str = "Bulevardul Eroilor 5") -> Client:
    return Client(
        name="Exemplu Client SA",
        address=Address(street, "Brașov", "500030", "RO", "Brașov"),
        registration_id=BUYER_CUI,
        vat_id=f"RO{BUYER_CUI}",
    )


def _add(context: AppContext, company: Company) -> int:
    added = add_company(context, company)
    assert added.id is not None
    return added.id


def _invoice(
    context: AppContext,
    company_id: int,
    seller: Company,
    number: str,
    buyer: Client,
    *,
    doc_type: DocumentType = DocumentType.INVOICE,
) -> int:
    document = Document(
        doc_type=doc_type,
        number=number,
        issue_date=dt.date.today(),
        due_date=dt.date.today() + dt.timedelta(days=30),
        seller=seller,
        buyer=buyer,
        currency="RON",
        lines=[DocumentLine("Cafea boabe 1 kg", Decimal("4"), Decimal("89.90"), Decimal("11"), unit="buc")],
    )
    saved = save_document(context, document, company_id=company_id)
    assert saved.id is not None
    return saved.id


def _sign_in(context: AppContext, company_id: int) -> None:
    """The certificate sign-in as a browser does it at the emulator, finished by pasting its last address."""
    attempt = start_login(context, company_id, timeout=30, listen=False)
    with requests.Session() as browser:
        browser.trust_env = False
        login = browser.get(attempt.start_url, timeout=HTTP_TIMEOUT)
        page = html.fromstring(login.text)
        form = {
            field.get("name"): field.get("value") or ""
            for field in page.xpath('//form[@id="login"]//input')
            if field.get("type") == "hidden"
        }
        form.update(certificate=SERIAL, pin=PIN, action="signin")
        action = urljoin(attempt.start_url, page.xpath('//form[@id="login"]/@action')[0])
        answer = browser.post(action, data=form, timeout=HTTP_TIMEOUT, allow_redirects=False)
    attempt.complete_from_pasted(answer.headers["Location"])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ---- rendering ------------------------------------------------------------------------------------------


def _render_language(app: QApplication, language: str, scene: Scene, target: Path) -> int:
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale(LOCALES[language]))
    runner = TaskRunner()
    written = 0
    try:
        window = MainWindow(
            runner,
            Preferences(scene.scratch / f"prefs-{language}-{target.name}"),
            data_dir=scene.context.paths.data_dir,
        )
        window.resize(*WINDOW_SIZE)
        window.show()
        window.attach_context(scene.context)
        _wait_until(lambda: bool(window.companies) and window.secret_status is not None)
        screen = window.show_screen("efactura")
        assert isinstance(screen, EFacturaScreen)

        window.select_company(scene.ready_company_id)
        _wait_for_screen(screen, ready=True)
        _wait_until(lambda: screen.sent.select_document(scene.selected_document_id))
        _settle()
        written += _save(window, target / "efactura.png")
        screen.tabs.setCurrentWidget(screen.inbox)
        _settle()
        written += _save(window, target / "efactura-inbox.png")
        screen.tabs.setCurrentWidget(screen.sent)

        window.select_company(scene.new_company_id)
        _wait_for_screen(screen, ready=False)
        written += _save(window, target / "efactura-not-set-up.png")

        setup = SetupDialog(runner, scene.context, screen.overview.company, None, window)
        setup.show()
        _settle()
        written += _save(setup, target / "efactura-setup-prerequisites.png")
        setup.tabs.setCurrentIndex(1)
        setup.environment_box.setCurrentIndex(setup.environment_box.findData("prod"))
        setup.inputs["holder_name"].setText(HOLDER)
        setup.inputs["callback_ports"].setText("9002, 70000")
        setup.save()  # refused: the client ID, secret and a port are wrong, each said under its field
        _wait_until(lambda: not setup.saving)
        _settle()
        written += _save(setup, target / "efactura-setup-details.png")
        setup.reject()
        setup.deleteLater()

        window.select_company(scene.czech_company_id)
        _wait_until(lambda: screen.pages.currentIndex() == 1)
        _settle()
        written += _save(window, target / "efactura-not-romanian.png")

        signing = SignInDialog(runner, scene.context, scene.ready_company_id, holder=HOLDER, parent=window)
        signing.show()
        signing.start()
        _wait_until(lambda: signing.state == signing.WAITING)
        _settle()
        written += _save(signing, target / "efactura-sign-in.png")
        signing.reject()
        signing.deleteLater()

        failing = SignInDialog(
            runner, scene.context, scene.ready_company_id, holder=HOLDER, timeout=0.2, parent=window
        )
        failing.show()
        failing.start()
        _wait_until(lambda: failing.state == failing.FAILED)
        _settle()
        written += _save(failing, target / "efactura-sign-in-failed.png")
        failing.reject()
        failing.deleteLater()

        window.close()
        window.deleteLater()
        _settle()
    finally:
        runner.wait_for_workers()
        _settle()
        remove_translators(app, translators)
    return written


def _wait_for_screen(screen: EFacturaScreen, *, ready: bool) -> None:
    _wait_until(
        lambda: (
            screen.pages.currentIndex() == 2
            and (screen.overview is not None and (screen.overview.setup is not None) == ready)
            and screen.sent.model.has_loaded
            and not screen.sent.model.is_loading
            and screen.inbox.model.has_loaded
            and not screen.inbox.model.is_loading
        )
    )
    _settle()


def _dark_palette() -> QPalette:
    from PySide6.QtGui import QColor

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#6ea8fe",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


def _wait_until(condition: Callable[[], object], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("Timed out waiting for the e-Factura screen")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> int:
    widget.repaint()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
