"""The e-Factura screen's words: the connectors' advice and ANAF's checklist are all marked for translation,
and they come out in the user's language with their values filled in."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from invoicedesk.connectors.anaf import oauth
from invoicedesk.connectors.anaf.loopback import LoopbackSignIn
from invoicedesk.connectors.anaf.spec import DEFAULT_CALLBACK_PORTS, prerequisites
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory, advice
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.sync.efactura import State, Submission
from invoicedesk.ui.efactura import advice as advice_module
from invoicedesk.ui.efactura import prerequisites as prerequisites_module
from invoicedesk.ui.efactura.advice import advice_for
from invoicedesk.ui.efactura.prerequisites import PrerequisitesPanel, source_explanation
from invoicedesk.ui.efactura.texts import format_moment, state_label
from invoicedesk.ui.formatting import format_date
from invoicedesk.ui.translations import install_translators, remove_translators

SIGN_IN_ERRORS = [
    oauth.AccessDeniedError(),
    oauth.RedirectMismatchError("https://localhost:9002/callback"),
    oauth.CallbackPortsBusyError((9002, 9003)),
    oauth.SignInTimeoutError(180, "https://localhost:9002/callback"),
    oauth.SignInCancelledError(),
    oauth.ForeignCallbackError("wrong state"),
    oauth.ClientRefusedError("invalid_client"),
    oauth.CodeRejectedError("invalid_grant"),
    oauth.CertificateSignInRequiredError("no tokens"),
    oauth.TokenAnswerLostError("reset", during_sign_in=True),
    oauth.TokenAnswerLostError("reset", during_sign_in=False),
]


@pytest.fixture
def romanian(qapp):
    translators = install_translators(qapp, "ro")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Romanian, QLocale.Country.Romania))
    yield
    QLocale.setDefault(previous)
    remove_translators(qapp, translators)


def test_every_advice_the_connectors_can_give_is_marked_for_translation():
    marked = set(advice_module.MARKED)
    for error in SIGN_IN_ERRORS:
        template = error.advice_template
        assert {template.title, template.cause, template.what_to_do} <= marked, type(error).__name__
    for category in ErrorCategory:
        general = advice(category)
        assert {general.title, general.cause, general.what_to_do} <= marked, category


def test_the_error_page_anaf_itself_shows_is_marked_too():
    attempt = LoopbackSignIn(ports=[9002], authorize_url_for=lambda uri, state: "x", exchange=lambda c, u: c)
    attempt.start_paste_only()
    with pytest.raises(oauth.SignInError) as raised:
        attempt.complete_from_pasted(f"{attempt.redirect_uri}?state={attempt.state}&error=server_error")
    template = raised.value.advice_template
    assert {template.title, template.cause, template.what_to_do} <= set(advice_module.MARKED)


@pytest.mark.parametrize("ports", [DEFAULT_CALLBACK_PORTS, (9002,), (50001, 50002)])
def test_every_step_of_anafs_checklist_is_marked_whatever_the_ports(ports):
    marked = set(prerequisites_module.MARKED)
    for step in prerequisites(ports):
        assert step.title in marked
        assert source_explanation(step, ports) in marked, step.id


def test_advice_comes_in_the_users_language_with_its_values(romanian):
    redirect = advice_for(oauth.RedirectMismatchError("https://localhost:9003/callback"))
    assert redirect.title == "Adresa de callback nu este înregistrată la ANAF"
    assert "exact acest Callback URL: https://localhost:9003/callback" in redirect.what_to_do

    denied = advice_for(oauth.AccessDeniedError())
    assert "închideți TOATE ferestrele browserului" in denied.what_to_do

    busy = advice_for(oauth.CallbackPortsBusyError((9002, 9003)))
    assert busy.cause.endswith("callback: 9002, 9003.")

    network = advice_for(ConnectorError(ErrorCategory.NETWORK, "timed out"))
    assert network.title == "Serviciul nu a putut fi contactat"


def test_advice_for_errors_without_a_category_names_the_problem():
    fields = advice_for(DomainValidationError([FieldError("callback_ports", "'x' is not a port number")]))
    assert "callback_ports: 'x' is not a port number" in fields.cause
    other = advice_for(LookupError("ANAF e-Factura is not set up for company 3"))
    assert other.cause == "ANAF e-Factura is not set up for company 3"
    assert "Copy diagnostics" in other.what_to_do


def test_the_checklist_shows_the_callback_addresses_in_the_users_language(qtbot, romanian):
    panel = PrerequisitesPanel((9002, 9003))
    qtbot.addWidget(panel)
    oauth_text = panel.findChild(QLabel, "explanation_oauth_app").text()
    assert "adresele de mai jos" in oauth_text and "{callback_urls}" not in oauth_text
    assert panel.urls == ["https://localhost:9002/callback", "https://localhost:9003/callback"]
    panel.set_ports([])
    assert panel.urls == [] and not panel.findChild(QLabel, "noCallbackPorts").isHidden()


def _submission(state: State, **changes) -> Submission:
    values = dict(
        id=1,
        document_id=1,
        company_id=1,
        environment="test",
        state=state,
        resume_state="",
        upload_index="",
        upload_attempts=0,
        upload_outcome="",
        polls=0,
        download_id="",
        receipt_path="",
        next_attempt_at=None,
        last_error_category="",
        last_error_message="",
    )
    values.update(changes)
    return Submission(**values)


def test_states_read_as_words_with_index_and_receipt(romanian):
    assert state_label(None) == "Netrimisă"
    assert (
        state_label(_submission(State.PROCESSING, upload_index="5001")) == "În prelucrare la ANAF, index 5001"
    )
    assert state_label(_submission(State.OK, download_id="3001")) == "Acceptată, recipisă 3001"
    assert state_label(_submission(State.NOK)) == "Respinsă de ANAF"


def test_moments_are_shown_in_local_time():
    moment = dt.datetime(2026, 3, 2, 22, 30, tzinfo=dt.UTC)
    local = moment.astimezone()
    shown = format_moment(moment)
    assert shown.startswith(format_date(local.date()))
    assert f"{local.minute:02d}" in shown.rsplit(" ", 1)[-1]
    assert format_moment(None) == ""
