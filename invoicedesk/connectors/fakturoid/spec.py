"""What a Fakturoid connection needs from the user, what must be true in Fakturoid, and what it can do."""

from __future__ import annotations

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

SERVICE_ID = "fakturoid"
PRODUCTION_URL = "https://app.fakturoid.cz/api/v3"
RATE_LIMIT = RateLimit(requests=400, per_seconds=60.0)

SPEC = ServiceSpec(
    id=SERVICE_ID,
    display_name="Fakturoid",
    countries=("CZ",),
    website="https://www.fakturoid.cz",
    fields=(
        FieldSpec(
            name="slug",
            label=N_("Account name"),
            help=N_("The account name from the web address of your Fakturoid: app.fakturoid.cz/<account "
                    "name>/…"),
            where_to_find=N_("Sign in to Fakturoid and look at the address bar: the part right after "
                             "app.fakturoid.cz/ is the account name."),
        ),
        FieldSpec(
            name="email",
            label=N_("Contact e-mail"),
            help=N_("Fakturoid requires every program that uses its API to name a contact e-mail; "
                    "use yours."),
            kind=FieldKind.EMAIL,
        ),
        FieldSpec(
            name="client_id",
            label=N_("Client ID"),
            help=N_("Part of the \"API v3\" access details of your Fakturoid user."),
            where_to_find=N_("Fakturoid → Settings → User account → API v3 access details (Client ID). Not "
                             "the \"OAuth 2 for app developers\" page under Connect other apps: those "
                             "credentials do not work here."),
            secret=True,
        ),
        FieldSpec(
            name="client_secret",
            label=N_("Client Secret"),
            help=N_("The secret that belongs to the Client ID; it is stored in the system keyring only."),
            where_to_find=N_("Fakturoid → Settings → User account → API v3 access details (Client Secret)."),
            secret=True,
        ),
        FieldSpec(
            name="numbering",
            label=N_("Who numbers the documents"),
            help=N_("Fakturoid numbers them from its number series (recommended), or InvoiceDesk sends its "
                    "own numbers, which must then match the Fakturoid number format."),
            kind=FieldKind.CHOICE,
            choices=(("remote", N_("Fakturoid")), ("local", N_("InvoiceDesk"))),
            required=False,
            default="remote",
        ),
        FieldSpec(
            name="number_format_id",
            label=N_("Number series in Fakturoid"),
            help=N_("Which of your Fakturoid number formats new invoices use; empty means Fakturoid's "
                    "default. Activate lists them."),
            required=False,
        ),
        FieldSpec(
            name="bank_account_id",
            label=N_("Bank account in Fakturoid"),
            help=N_("Which bank account invoices show; empty means Fakturoid's default. "
                    "Activate lists them."),
            required=False,
        ),
        FieldSpec(
            name="base_url",
            label=N_("API address"),
            help=N_("Leave as it is; only the local test emulator uses another address."),
            kind=FieldKind.URL,
            required=False,
            default=PRODUCTION_URL,
            advanced=True,
        ),
    ),
    prerequisites=(
        Prerequisite(
            "bank_account",
            N_("A bank account is set up in Fakturoid"),
            N_("Fakturoid refuses to create an invoice until a bank account exists, and the API cannot "
               "create one: add it in Fakturoid under Settings → Bank accounts."),
        ),
        Prerequisite(
            "api_v3_credentials",
            N_("API v3 access details are generated"),
            N_("Under Settings → User account, generate the API v3 Client ID and Client Secret."),
        ),
        Prerequisite(
            "paid_plan_for_email",
            N_("A paid plan, if Fakturoid should e-mail invoices"),
            N_("Fakturoid sends e-mails through the API only on paid plans; the free plan also limits the "
               "number of contacts."),
        ),
        Prerequisite(
            "account_not_blocked",
            N_("No unpaid invoices from Fakturoid itself"),
            N_("An account blocked over an unpaid Fakturoid bill refuses every API request until it is "
               "paid."),
        ),
    ),
    capabilities=Capabilities(
        pushable_types=frozenset({DocumentType.INVOICE, DocumentType.PROFORMA, DocumentType.CREDIT_NOTE}),
        can_pull_documents=True,
        can_pull_clients=True,
        can_push_clients=True,
        two_way_clients=True,
        creates_async=False,
        pdf_format="binary",
        pdf_ready_delay=2.0,
        can_send_email=True,
        can_mark_paid=True,
        idempotency="key_lookup",
        remote_number_series=True,
        payment_methods="fixed_enum",
        has_client_listing=True,
        keys_per_area=False,
        errors_in_http_200=False,
        auth="oauth_client_credentials",
        rate_limit=RATE_LIMIT,
    ),
)
