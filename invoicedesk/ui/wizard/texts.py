"""The services' own words (setup fields, prerequisites, payment methods) and the error advice, translated.

The connectors keep these texts in English, marked N_(); lupdate cannot see them there, so they are listed
here for the catalogs. tests/ui/test_connections_texts.py fails when a service's spec gains a text that this
list lacks. A text not listed is shown in English rather than not at all.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from invoicedesk.connectors.errors import Advice

SERVICE_CONTEXT = "service"
ADVICE_CONTEXT = "advice"


def service_text(text: str) -> str:
    return QCoreApplication.translate(SERVICE_CONTEXT, text) if text else ""


def advice_text(text: str) -> str:
    return QCoreApplication.translate(ADVICE_CONTEXT, text) if text else ""


def translated_advice(advice: Advice) -> Advice:
    return Advice(advice_text(advice.title), advice_text(advice.cause), advice_text(advice.what_to_do))


SERVICE_TEXTS = (
    QT_TRANSLATE_NOOP("service", "Account name"),
    QT_TRANSLATE_NOOP(
        "service",
        "The account name from the web address of your Fakturoid: app.fakturoid.cz/<account name>/…",
    ),
    QT_TRANSLATE_NOOP(
        "service",
        "Sign in to Fakturoid and look at the address bar: the part right after app.fakturoid.cz/ "
        "is the account name.",
    ),
    QT_TRANSLATE_NOOP("service", "Contact e-mail"),
    QT_TRANSLATE_NOOP(
        "service",
        "Fakturoid requires every program that uses its API to name a contact e-mail; use yours.",
    ),
    QT_TRANSLATE_NOOP("service", "Client ID"),
    QT_TRANSLATE_NOOP("service", 'Part of the "API v3" access details of your Fakturoid user.'),
    QT_TRANSLATE_NOOP(
        "service",
        'Fakturoid → Settings → User account → API v3 access details (Client ID). Not the "OAuth 2 '
        'for app developers" page under Connect other apps: those credentials do not work here.',
    ),
    QT_TRANSLATE_NOOP("service", "Client Secret"),
    QT_TRANSLATE_NOOP(
        "service",
        "The secret that belongs to the Client ID; it is stored in the system keyring only.",
    ),
    QT_TRANSLATE_NOOP(
        "service",
        "Fakturoid → Settings → User account → API v3 access details (Client Secret).",
    ),
    QT_TRANSLATE_NOOP("service", "Who numbers the documents"),
    QT_TRANSLATE_NOOP(
        "service",
        "Fakturoid numbers them from its number series (recommended), or InvoiceDesk sends its own "
        "numbers, which must then match the Fakturoid number format.",
    ),
    QT_TRANSLATE_NOOP("service", "Fakturoid"),
    QT_TRANSLATE_NOOP("service", "InvoiceDesk"),
    QT_TRANSLATE_NOOP("service", "Number series in Fakturoid"),
    QT_TRANSLATE_NOOP(
        "service",
        "Which of your Fakturoid number formats new invoices use; empty means Fakturoid's default. "
        "Activate lists them.",
    ),
    QT_TRANSLATE_NOOP("service", "Bank account in Fakturoid"),
    QT_TRANSLATE_NOOP(
        "service",
        "Which bank account invoices show; empty means Fakturoid's default. Activate lists them.",
    ),
    QT_TRANSLATE_NOOP("service", "API address"),
    QT_TRANSLATE_NOOP("service", "Leave as it is; only the local test emulator uses another address."),
    QT_TRANSLATE_NOOP("service", "A bank account is set up in Fakturoid"),
    QT_TRANSLATE_NOOP(
        "service",
        "Fakturoid refuses to create an invoice until a bank account exists, and the API cannot "
        "create one: add it in Fakturoid under Settings → Bank accounts.",
    ),
    QT_TRANSLATE_NOOP("service", "API v3 access details are generated"),
    QT_TRANSLATE_NOOP(
        "service",
        "Under Settings → User account, generate the API v3 Client ID and Client Secret.",
    ),
    QT_TRANSLATE_NOOP("service", "A paid plan, if Fakturoid should e-mail invoices"),
    QT_TRANSLATE_NOOP(
        "service",
        "Fakturoid sends e-mails through the API only on paid plans; the free plan also limits the "
        "number of contacts.",
    ),
    QT_TRANSLATE_NOOP("service", "No unpaid invoices from Fakturoid itself"),
    QT_TRANSLATE_NOOP(
        "service",
        "An account blocked over an unpaid Fakturoid bill refuses every API request until it is paid.",
    ),
    QT_TRANSLATE_NOOP("service", "Bank transfer"),
    QT_TRANSLATE_NOOP("service", "Cash"),
    QT_TRANSLATE_NOOP("service", "Cash on delivery"),
    QT_TRANSLATE_NOOP("service", "Card"),
    QT_TRANSLATE_NOOP("service", "PayPal"),
    QT_TRANSLATE_NOOP("service", "Other (named)"),
)
ADVICE_TEXTS = (
    QT_TRANSLATE_NOOP("advice", "The service did not accept the access details"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Open the connection settings, generate new API credentials in the service (the wizard "
        "shows where) and paste them again, then press Activate.",
    ),
    QT_TRANSLATE_NOOP("advice", "The account's plan does not allow this through the API"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The service's subscription does not include API access or this feature, or the account is "
        "blocked over an unpaid bill from the service.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Sign in to the service's website, check the plan and any unpaid invoices from the service,"
        " upgrade or pay if needed, then try again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The account or address was not found"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The account name, company or address in the connection settings does not match an account "
        "these credentials can use.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Check the account name (as shown in the service's web address) in the connection settings;"
        " the message lists the accounts these credentials can use.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service refused this action"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The user or API key lacks a permission or scope for this action, or the document is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Ask the account owner to grant the missing permission (or create a key with the needed "
        "scopes), or unlock the document in the service, then try again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service rejected the document's data"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Some fields of the document do not meet the service's rules; each problem is listed with its field.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Correct the listed fields (or the settings they point to) and press Resend.",
    ),
    QT_TRANSLATE_NOOP("advice", "Too many requests for now"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The service limits how many requests an account may make in a period, and that limit was reached.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: InvoiceDesk waits and continues by itself at the time shown.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service is temporarily unavailable"),
    QT_TRANSLATE_NOOP("advice", "The service is down, under maintenance or overloaded."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the "
        "service's status page.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service could not be reached"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.",
    ),
    QT_TRANSLATE_NOOP("advice", "Check the internet connection; InvoiceDesk tries again later by itself."),
    QT_TRANSLATE_NOOP("advice", "It is not known whether the service received the document"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The connection broke after the document was sent, so the answer never arrived.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: before sending anything again, InvoiceDesk checks with the service whether "
        "the document exists, so it is never created twice.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service answered in an unexpected way"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The answer did not have the shape InvoiceDesk expects; the service may have changed, or a "
        "proxy replaced the answer with a page of its own.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Try again later. If it repeats, use Help > Copy diagnostics and send the report to support.",
    ),
    QT_TRANSLATE_NOOP("advice", "This service does not offer that function"),
    QT_TRANSLATE_NOOP("advice", "The service's API has no way to do this action."),
    QT_TRANSLATE_NOOP("advice", "Do this action in the service's website instead."),
)
