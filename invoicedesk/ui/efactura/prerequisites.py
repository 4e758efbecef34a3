"""What must be true at ANAF before InvoiceDesk can sign in: the connector's checklist, step by step, with
the exact callback addresses to register and a Copy button for each.

The checklist comes from connectors/anaf/spec.py; its texts are repeated below so that lupdate puts them in
this area's catalogs (a test keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from invoicedesk.connectors.anaf.spec import callback_urls, prerequisites
from invoicedesk.connectors.contract import Prerequisite
from invoicedesk.ui.efactura.widgets import CopyField

CONTEXT = "AnafPrerequisites"
CALLBACK_PLACEHOLDER = "{callback_urls}"
OAUTH_STEP = "oauth_app"

MARKED = (
    QT_TRANSLATE_NOOP("AnafPrerequisites", "The firm is enrolled in SPV"),
    QT_TRANSLATE_NOOP(
        "AnafPrerequisites",
        "The firm must have a Spațiul Privat Virtual (SPV) for legal persons at ANAF. If it has none, its "
        "legal representative registers it at anaf.ro → Servicii Online → Înregistrare utilizatori "
        "(persoane juridice).",
    ),
    QT_TRANSLATE_NOOP(
        "AnafPrerequisites", "A qualified certificate on a USB token, with its driver, plugged in"
    ),
    QT_TRANSLATE_NOOP(
        "AnafPrerequisites",
        "The person who signs in needs a qualified digital certificate on a USB token and the token's driver "
        "(e.g. SafeNet Authentication Client) installed. Test a normal SPV login at anaf.ro first: if the "
        "browser does not ask for a certificate, the driver is missing or the certificate is not visible to "
        "the browser (Windows on ARM lacks most token drivers).",
    ),
    QT_TRANSLATE_NOOP("AnafPrerequisites", "The certificate is registered in SPV"),
    QT_TRANSLATE_NOOP(
        "AnafPrerequisites",
        "The certificate must be registered in SPV for this person (anaf.ro → Servicii Online → Înregistrare "
        "utilizatori, with the certificate). A new certificate takes about 24 hours to reach e-Factura.",
    ),
    QT_TRANSLATE_NOOP("AnafPrerequisites", "The person has an SPV role for the firm and rights on each CIF"),
    QT_TRANSLATE_NOOP(
        "AnafPrerequisites",
        "In the firm's SPV the person must be reprezentant legal, reprezentant desemnat or împuternicit "
        "(typically the bookkeeper), with rights for e-Factura on every CIF InvoiceDesk files for. New roles "
        'or rights take about 24 hours to reach e-Factura; until then ANAF answers "Nu aveti drept in SPV '
        'pentru CIF=…".',
    ),
    QT_TRANSLATE_NOOP("AnafPrerequisites", "An OAuth application is registered at ANAF"),
    QT_TRANSLATE_NOOP(
        "AnafPrerequisites",
        "At anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare "
        'pentru API-uri, register (ANAF e-mails a confirmation code). Then sign in, open "Editare profil '
        'Oauth" → Gestionare aplicații and add an application: Denumire aplicație "InvoiceDesk"; enter '
        'these callback addresses exactly as written, port included, pressing "+" for each further one — '
        '{callback_urls}; Serviciu: E-Factura. Press "Generare Client ID": ANAF shows the Client ID and the '
        'Client Secret to copy into InvoiceDesk. ("Renunțare Oauth" on the same page deletes ALL '
        "applications and their sign-ins.)",
    ),
)


def numbered_urls(ports: Sequence[int]) -> str:
    """How the connector's checklist writes the callback addresses into the OAuth step's text."""
    return "; ".join(f"Callback URL {n}: {url}" for n, url in enumerate(callback_urls(ports), start=1))


def source_explanation(step: Prerequisite, ports: Sequence[int]) -> str:
    """The step's English source text, with the callback addresses put back as a placeholder."""
    if step.id == OAUTH_STEP and ports:
        return step.explanation.replace(numbered_urls(ports), CALLBACK_PLACEHOLDER)
    return step.explanation


class PrerequisitesPanel(QWidget):
    """The numbered checklist; the OAuth step lists the callback addresses of the ports given."""

    def __init__(self, ports: Sequence[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("anafPrerequisites")
        self._ports: tuple[int, ...] | None = None
        self.url_fields: list[CopyField] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self._urls_box = QVBoxLayout()
        self._urls_box.setContentsMargins(24, 0, 0, 0)
        self._no_ports = QLabel(self.tr("Enter the callback ports on the next tab to see the addresses."))
        self._no_ports.setObjectName("noCallbackPorts")
        self._no_ports.setWordWrap(True)
        for number, step in enumerate(prerequisites(ports or (1,)), start=1):
            title = QLabel(
                self.tr("{number}. {title}").format(
                    number=number, title=QCoreApplication.translate(CONTEXT, step.title)
                )
            )
            title.setObjectName(f"step_{step.id}")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)
            text = QCoreApplication.translate(CONTEXT, source_explanation(step, ports or (1,)))
            if step.id == OAUTH_STEP:
                text = text.replace(CALLBACK_PLACEHOLDER, self.tr("the addresses listed below"))
            explanation = QLabel(text)
            explanation.setObjectName(f"explanation_{step.id}")
            explanation.setWordWrap(True)
            explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(title)
            layout.addWidget(explanation)
            if step.id == OAUTH_STEP:
                layout.addLayout(self._urls_box)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(separator)
        later = QLabel(
            self.tr(
                "Roles, rights and new certificates take about 24 hours to reach e-Factura. Until then the "
                "sign-in may work while sending is refused."
            )
        )
        later.setWordWrap(True)
        layout.addWidget(later)
        layout.addStretch(1)
        self.set_ports(ports)

    @property
    def urls(self) -> list[str]:
        return [field.text() for field in self.url_fields]

    def set_ports(self, ports: Sequence[int]) -> None:
        ports = tuple(ports)
        if ports == self._ports:
            return
        self._ports = ports
        for field in self.url_fields:
            self._urls_box.removeWidget(field)
            field.deleteLater()
        self.url_fields = []
        self._urls_box.removeWidget(self._no_ports)
        self._no_ports.setVisible(not ports)
        if not ports:
            self._urls_box.addWidget(self._no_ports)
        for number, url in enumerate(callback_urls(ports), start=1):
            field = CopyField(url, object_name=f"callbackUrl{number}")
            field.field.setToolTip(self.tr("Callback URL {number}").format(number=number))
            self.url_fields.append(field)
            self._urls_box.addWidget(field)
