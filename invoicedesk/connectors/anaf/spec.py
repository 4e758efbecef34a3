"""What an ANAF e-Factura connection needs from the user, what must be true at ANAF first, and what it can do.

The prerequisites are the setup wizard's checklist, in the order a bookkeeper does them. The callback
addresses to register depend on the ports chosen, so `prerequisites(ports)` writes them out exactly; SPEC
carries the list for the default ports.
"""

from __future__ import annotations

from collections.abc import Sequence

from invoicedesk.connectors.anaf.oauth import PRODUCTION_OAUTH_URL, callback_url
from invoicedesk.connectors.contract import (
    Capabilities,
    FieldKind,
    FieldSpec,
    Prerequisite,
    RateLimit,
    ServiceSpec,
)
from invoicedesk.connectors.errors import N_
from invoicedesk.core.documents import DocumentType

SERVICE_ID = "anaf"
PRODUCTION_API_URL = "https://api.anaf.ro"
ENVIRONMENTS = ("test", "prod")
# Spare ports matter: another program may hold one of them at the moment of signing in.
DEFAULT_CALLBACK_PORTS = (9002, 9003, 9004)
RATE_LIMIT = RateLimit(requests=1000, per_seconds=60.0)


def callback_urls(ports: Sequence[int]) -> list[str]:
    return [callback_url(port) for port in ports]


def prerequisites(ports: Sequence[int] = DEFAULT_CALLBACK_PORTS) -> tuple[Prerequisite, ...]:
    """The wizard's checklist, with the exact callback addresses for `ports`."""
    urls = callback_urls(ports)
    numbered = "; ".join(f"Callback URL {n}: {url}" for n, url in enumerate(urls, start=1))
    return (
        Prerequisite(
            "spv_enrolled",
            N_("The firm is enrolled in SPV"),
            N_("The firm must have a Spațiul Privat Virtual (SPV) for legal persons at ANAF. If it has none, "
               "its legal representative registers it at anaf.ro → Servicii Online → Înregistrare "
               "utilizatori (persoane juridice)."),
        ),
        Prerequisite(
            "certificate_on_token",
            N_("A qualified certificate on a USB token, with its driver, plugged in"),
            N_("The person who signs in needs a qualified digital certificate on a USB token and the token's "
               "driver (e.g. SafeNet Authentication Client) installed. Test a normal SPV login at anaf.ro "
               "first: if the browser does not ask for a certificate, the driver is missing or the "
               "certificate is not visible to the browser (Windows on ARM lacks most token drivers)."),
        ),
        Prerequisite(
            "certificate_registered",
            N_("The certificate is registered in SPV"),
            N_("The certificate must be registered in SPV for this person (anaf.ro → Servicii Online → "
               "Înregistrare utilizatori, with the certificate). A new certificate takes about 24 hours to "
               "reach e-Factura."),
        ),
        Prerequisite(
            "spv_role_and_rights",
            N_("The person has an SPV role for the firm and rights on each CIF"),
            N_("In the firm's SPV the person must be reprezentant legal, reprezentant desemnat or "
               "împuternicit (typically the bookkeeper), with rights for e-Factura on every CIF InvoiceDesk "
               "files for. New roles or rights take about 24 hours to reach e-Factura; until then ANAF "
               "answers \"Nu aveti drept in SPV pentru CIF=…\"."),
        ),
        Prerequisite(
            "oauth_app",
            N_("An OAuth application is registered at ANAF"),
            N_("At anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → "
               "Înregistrare pentru API-uri, register (ANAF e-mails a confirmation code). Then sign in, open "
               "\"Editare profil Oauth\" → Gestionare aplicații and add an application: Denumire aplicație "
               "\"InvoiceDesk\"; enter these callback addresses exactly as written, port included, pressing "
               "\"+\" for each further one — {callback_urls}; Serviciu: E-Factura. Press \"Generare Client "
               "ID\": ANAF shows the Client ID and the Client Secret to copy into InvoiceDesk. (\"Renunțare "
               "Oauth\" on the same page deletes ALL applications and their sign-ins.)").replace(
                "{callback_urls}", numbered),
        ),
    )


def _fields() -> tuple[FieldSpec, ...]:
    return (
        FieldSpec(
            name="holder_name",
            label=N_("Certificate holder"),
            help=N_("The person whose qualified certificate signs in. One sign-in serves every company this "
                    "person may act for in SPV, so companies with the same holder share it."),
            where_to_find=N_("The name on the certificate (the person's SPV account)."),
        ),
        FieldSpec(
            name="client_id",
            label=N_("Client ID"),
            help=N_("The identifier ANAF generated for the application registered for InvoiceDesk."),
            where_to_find=N_("ANAF portal → \"Editare profil Oauth\" → Gestionare aplicații → your "
                             "application → Client ID (shown after \"Generare Client ID\")."),
            secret=True,
        ),
        FieldSpec(
            name="client_secret",
            label=N_("Client Secret"),
            help=N_("The secret shown with the Client ID; it is kept in the system keyring only."),
            where_to_find=N_("ANAF portal → \"Editare profil Oauth\" → Gestionare aplicații → your "
                             "application → Client Secret."),
            secret=True,
        ),
        FieldSpec(
            name="callback_ports",
            label=N_("Callback ports"),
            help=N_("The ports of the callback addresses registered for the application, in order of "
                    "preference: each one is https://localhost:PORT/callback. If one is busy at sign-in, "
                    "the next is used."),
            where_to_find=N_("The numbers after \"localhost:\" in the Callback URLs of your application in "
                             "\"Editare profil Oauth\"."),
            kind=FieldKind.PORT_LIST,
            default=",".join(str(p) for p in DEFAULT_CALLBACK_PORTS),
        ),
        FieldSpec(
            name="environment",
            label=N_("e-Factura environment"),
            help=N_("Test files nothing with legal effect; Production files the invoices for real. The same "
                    "sign-in works for both."),
            kind=FieldKind.CHOICE,
            choices=(("test", N_("Test")), ("prod", N_("Production"))),
            default="test",
        ),
        FieldSpec(
            name="cifs",
            label=N_("CIFs"),
            help=N_("The CIFs (CUI, digits without RO) this company files for; the company's own CUI when "
                    "empty. The certificate holder needs SPV rights on each."),
            where_to_find=N_("The firm's registration certificate, or its SPV."),
            required=False,
        ),
        FieldSpec(
            name="oauth_base_url",
            label=N_("Sign-in address"),
            help=N_("Leave as it is; only the local test emulator uses another address."),
            kind=FieldKind.URL,
            required=False,
            default=PRODUCTION_OAUTH_URL,
            advanced=True,
        ),
        FieldSpec(
            name="api_base_url",
            label=N_("API address"),
            help=N_("Leave as it is; only the local test emulator uses another address."),
            kind=FieldKind.URL,
            required=False,
            default=PRODUCTION_API_URL,
            advanced=True,
        ),
    )


SPEC = ServiceSpec(
    id=SERVICE_ID,
    display_name="ANAF e-Factura",
    countries=("RO",),
    website="https://www.anaf.ro",
    fields=_fields(),
    prerequisites=prerequisites(),
    capabilities=Capabilities(
        pushable_types=frozenset({DocumentType.INVOICE, DocumentType.CREDIT_NOTE}),
        can_pull_documents=True,  # the inbox of received supplier invoices
        can_pull_clients=False,
        can_push_clients=False,
        two_way_clients=False,
        creates_async=True,
        pdf_format="none",
        pdf_ready_delay=0.0,
        can_send_email=False,
        can_mark_paid=False,
        idempotency="server_duplicate_check",
        remote_number_series=False,
        payment_methods="standard_code",
        has_client_listing=False,
        keys_per_area=False,
        errors_in_http_200=True,
        auth="oauth_code",
        rate_limit=RATE_LIMIT,
        pulls_own_documents=False,
    ),
)
