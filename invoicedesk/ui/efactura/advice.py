"""A service error as advice in the user's language: what happened, why, and what to do.

The connectors write their advice in English and mark it with N_(); the marks below repeat those source
strings so that lupdate puts them in this area's catalogs under the context "advice" (a test keeps the two
lists in step).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from invoicedesk.connectors.anaf.oauth import SignInError
from invoicedesk.connectors.errors import Advice, ConnectorError
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.secrets.redaction import redact_text

CONTEXT = "advice"

MARKED = (
    # The certificate sign-in (connectors/anaf/oauth.py).
    QT_TRANSLATE_NOOP("advice", "ANAF did not receive a certificate"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The USB token was not plugged in, its driver did not show the certificate to the browser, or no "
        "certificate was chosen (or the PIN prompt was cancelled).",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Plug in the token, close ALL browser windows (the browser remembers the previous certificate "
        "choice until it is closed completely), then sign in again and choose the certificate when the "
        "browser asks.",
    ),
    QT_TRANSLATE_NOOP("advice", "The callback address is not registered in ANAF"),
    QT_TRANSLATE_NOOP(
        "advice",
        "ANAF accepts only callback addresses registered for the application, character for character, port "
        "included.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        'In ANAF\'s portal open "Editare profil Oauth", edit the application and add this exact Callback '
        "URL: {redirect_uri} (or change the ports in InvoiceDesk to the ones registered there). Then sign "
        "in again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The sign-in cannot listen on any registered port"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Other programs (or another InvoiceDesk sign-in) use every port registered as a callback address: "
        "{ports}.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Close the program that uses one of these ports, or register one more callback address in ANAF "
        "(https://localhost:PORT/callback with a free port) and add that port in InvoiceDesk. Meanwhile you "
        "can sign in by pasting the address from the browser.",
    ),
    QT_TRANSLATE_NOOP("advice", "The sign-in was not completed in time"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The browser did not come back from ANAF: the certificate or PIN was not given, the browser window "
        'was closed, or ANAF showed an error such as "Redirect-URI … does not match with client app '
        'configuration".',
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Start the sign-in again and finish it within the time shown. If ANAF showed that the Redirect-URI "
        'does not match, register exactly {redirect_uri} in ANAF\'s "Editare profil Oauth".',
    ),
    QT_TRANSLATE_NOOP("advice", "The sign-in was cancelled"),
    QT_TRANSLATE_NOOP("advice", "It was stopped before ANAF answered."),
    QT_TRANSLATE_NOOP("advice", "Start the sign-in again when ready."),
    QT_TRANSLATE_NOOP("advice", "That answer does not belong to this sign-in"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The address comes from an earlier or another sign-in attempt (its state does not match), or it is "
        "incomplete.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Copy the whole address from the browser's address bar after the LAST sign-in, or start the sign-in "
        "again.",
    ),
    QT_TRANSLATE_NOOP("advice", "ANAF did not accept the Client ID or Client Secret"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The Client ID / Client Secret are mistyped, belong to another application, or were deleted in "
        'ANAF\'s portal ("Renunțare Oauth" deletes all of them).',
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        'Copy both again from ANAF\'s portal, "Editare profil Oauth" → your application, into the e-Factura '
        "settings, then sign in again.",
    ),
    QT_TRANSLATE_NOOP("advice", "ANAF did not accept the sign-in code"),
    QT_TRANSLATE_NOOP(
        "advice", "The one-time code expired (ANAF allows about 60 seconds) or was already used."
    ),
    QT_TRANSLATE_NOOP(
        "advice", "Sign in again; InvoiceDesk exchanges the code the moment the browser returns."
    ),
    QT_TRANSLATE_NOOP("advice", "Sign in with the certificate again"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The saved ANAF tokens are missing, expired or were refused, so they cannot be renewed without the "
        "certificate.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        'Plug in the USB token and use "Sign in with certificate" in the e-Factura settings (or '
        "`invoicedesk efactura login`).",
    ),
    QT_TRANSLATE_NOOP("advice", "ANAF's answer about the tokens was lost"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The connection broke after the request was sent, so it is unknown whether ANAF issued new tokens.",
    ),
    QT_TRANSLATE_NOOP("advice", "Sign in again: the one-time code cannot be used a second time."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do now: the saved tokens stay and the renewal is tried again later. If ANAF then refuses "
        "it, sign in with the certificate again.",
    ),
    # ANAF's own error page at the end of a sign-in (connectors/anaf/loopback.py).
    QT_TRANSLATE_NOOP("advice", "ANAF ended the sign-in with an error"),
    QT_TRANSLATE_NOOP("advice", "ANAF's sign-in page reported an error of its own."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Close all browser windows and sign in again; if it repeats, copy the diagnostics and send them to "
        "support.",
    ),
    # Every service's error categories (connectors/errors.py).
    QT_TRANSLATE_NOOP("advice", "The service did not accept the access details"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Open the connection settings, generate new API credentials in the service (the wizard shows where) "
        "and paste them again, then press Activate.",
    ),
    QT_TRANSLATE_NOOP("advice", "The account's plan does not allow this through the API"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The service's subscription does not include API access or this feature, or the account is blocked "
        "over an unpaid bill from the service.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade "
        "or pay if needed, then try again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The account or address was not found"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The account name, company or address in the connection settings does not match an account these "
        "credentials can use.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Check the account name (as shown in the service's web address) in the connection settings; the "
        "message lists the accounts these credentials can use.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service refused this action"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The user or API key lacks a permission or scope for this action, or the document is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Ask the account owner to grant the missing permission (or create a key with the needed scopes), or "
        "unlock the document in the service, then try again.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service rejected the document's data"),
    QT_TRANSLATE_NOOP(
        "advice",
        "Some fields of the document do not meet the service's rules; each problem is listed with its field.",
    ),
    QT_TRANSLATE_NOOP(
        "advice", "Correct the listed fields (or the settings they point to) and press Resend."
    ),
    QT_TRANSLATE_NOOP("advice", "Too many requests for now"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The service limits how many requests an account may make in a period, and that limit was reached.",
    ),
    QT_TRANSLATE_NOOP(
        "advice", "Nothing to do: InvoiceDesk waits and continues by itself at the time shown."
    ),
    QT_TRANSLATE_NOOP("advice", "The service is temporarily unavailable"),
    QT_TRANSLATE_NOOP("advice", "The service is down, under maintenance or overloaded."),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service's "
        "status page.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service could not be reached"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.",
    ),
    QT_TRANSLATE_NOOP("advice", "Check the internet connection; InvoiceDesk tries again later by itself."),
    QT_TRANSLATE_NOOP("advice", "It is not known whether the service received the document"),
    QT_TRANSLATE_NOOP(
        "advice", "The connection broke after the document was sent, so the answer never arrived."
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the "
        "document exists, so it is never created twice.",
    ),
    QT_TRANSLATE_NOOP("advice", "The service answered in an unexpected way"),
    QT_TRANSLATE_NOOP(
        "advice",
        "The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy "
        "replaced the answer with a page of its own.",
    ),
    QT_TRANSLATE_NOOP(
        "advice",
        "Try again later. If it repeats, use Help > Copy diagnostics and send the report to support.",
    ),
    QT_TRANSLATE_NOOP("advice", "This service does not offer that function"),
    QT_TRANSLATE_NOOP("advice", "The service's API has no way to do this action."),
    QT_TRANSLATE_NOOP("advice", "Do this action in the service's website instead."),
)


def translate_advice(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def advice_for(error: BaseException) -> Advice:
    """What to tell the user about `error`, translated; placeholders are filled after translating."""
    if isinstance(error, SignInError):
        template, values = error.advice_template, error.advice_values
        return Advice(
            *(
                _fill(translate_advice(text), values)
                for text in (template.title, template.cause, template.what_to_do)
            )
        )
    if isinstance(error, ConnectorError):
        advice = error.advice
        return Advice(
            translate_advice(advice.title),
            translate_advice(advice.cause),
            translate_advice(advice.what_to_do),
        )
    if isinstance(error, DomainValidationError):
        return Advice(
            QCoreApplication.translate("EfacturaAdvice", "Some details need correcting"),
            "\n".join(str(problem) for problem in error.errors),
            QCoreApplication.translate("EfacturaAdvice", "Correct the fields named above and try again."),
        )
    return Advice(
        QCoreApplication.translate("EfacturaAdvice", "Something did not work"),
        redact_text(str(error)) or type(error).__name__,
        QCoreApplication.translate(
            "EfacturaAdvice",
            "Try again. If it repeats, use Help ▸ Copy diagnostics and send the report to support.",
        ),
    )


def _fill(text: str, values: dict[str, str]) -> str:
    # A translation that lost a placeholder must not raise while an error is being shown.
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text
