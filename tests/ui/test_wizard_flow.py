"""The setup wizard's navigation, without any window: steps, their states, and what a failed Activate asks."""

from __future__ import annotations

import dataclasses

import pytest

from invoicedesk.connectors import registry
from invoicedesk.connectors.anaf.spec import SERVICE_ID as ANAF
from invoicedesk.connectors.contract import ActivationResult, RemoteSeries
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.ui.wizard.flow import (
    ActivationPhase,
    PageState,
    ProblemKind,
    SetupFlow,
    Step,
)

SECRET = "c8f1e2-very-secret-value"


def fresh_flow(country: str = "CZ") -> SetupFlow:
    return SetupFlow(registry.services(), company_id=7, country=country)


def filled_flow() -> SetupFlow:
    flow = fresh_flow()
    flow.choose("fakturoid")
    flow.go_next()
    flow.go_next()
    for name, value in {"slug": "moje-firma", "email": "ucetni@firma.cz", "client_id": "id-123456",
                        "client_secret": SECRET}.items():
        flow.set_value(name, value)
    flow.go_next()
    return flow


def result(**details) -> ActivationResult:
    return ActivationResult(
        "Moje firma s.r.o.", "Kompletní", "vat_payer", "CZK",
        number_series=[RemoteSeries("11", "#yyyy#-#dddd#", "2026-0001", is_default=True),
                       RemoteSeries("12", "FV#yyyy##ddd#", "FV2026001")],
        details={"bank_account_ids": {"501": "Hlavní účet"}, **details},
    )


def test_services_of_the_company_country_come_first_and_anaf_is_left_to_its_screen():
    czech = fresh_flow("CZ")
    assert [s.id for s in czech.home_services] == ["fakturoid"]
    assert ANAF not in {s.id for s in czech.offered_services}
    assert [s.id for s in czech.elsewhere_services] == [ANAF]

    slovak = fresh_flow("SK")
    assert slovak.home_services == []
    assert [s.id for s in slovak.other_services] == ["fakturoid"]  # still reachable, after the country's own
    with pytest.raises(KeyError):
        slovak.choose(ANAF)


def test_next_waits_for_a_service_and_for_every_required_field():
    flow = fresh_flow()
    assert flow.state() is PageState.INCOMPLETE and not flow.can_go_next()
    assert flow.code() == "W-CON-1"
    flow.choose("fakturoid")
    assert flow.code() == "W-FAK-1"
    flow.go_next()
    # Unticked prerequisites never block: they are named if Activate fails.
    assert flow.state() is PageState.VALID and flow.can_go_next()
    flow.go_next()
    assert flow.code() == "W-FAK-3"
    assert [f.name for f in flow.missing_fields()] == ["slug", "email", "client_id", "client_secret"]
    assert not flow.can_go_next()
    for name in ("slug", "email", "client_id"):
        flow.set_value(name, "x-value")
    assert flow.state() is PageState.INCOMPLETE
    flow.set_value("client_secret", "   ")  # blanks are not a value
    assert [f.name for f in flow.missing_fields()] == ["client_secret"]
    flow.set_value("client_secret", SECRET)
    assert flow.state() is PageState.VALID
    assert flow.go_next() is Step.ACTIVATE
    assert not flow.can_go_next()  # Activate first


def test_the_fields_come_from_the_spec_and_the_options_step_takes_the_listed_ones():
    flow = fresh_flow()
    flow.choose("fakturoid")
    spec = registry.spec("fakturoid")
    typed = [f.name for f in flow.credential_fields]
    chosen = [f.name for f in flow.option_fields]
    assert sorted(typed + chosen) == sorted(f.name for f in spec.fields)
    assert chosen == ["number_format_id", "bank_account_id"]
    assert flow.value("base_url") == spec.field("base_url").default  # defaults are pre-filled


def test_activation_request_splits_settings_from_secrets_and_never_prints_a_secret():
    flow = filled_flow()
    request = flow.start_activation()
    assert flow.phase is ActivationPhase.BUSY and flow.state() is PageState.BUSY
    assert not flow.can_go_back() and not flow.can_go_next() and not flow.can_activate()
    assert request.secrets == {"client_id": "id-123456", "client_secret": SECRET}
    assert "client_secret" not in request.settings and request.settings["slug"] == "moje-firma"
    assert SECRET not in repr(request)


def test_refused_credentials_send_the_user_back_to_the_secret_fields_naming_unticked_prerequisites():
    flow = filled_flow()
    flow.tick("bank_account", True)
    flow.start_activation()
    failure = flow.activation_failed(ConnectorError(ErrorCategory.CREDENTIALS_REFUSED, "401", service="f"))
    assert flow.step is Step.CREDENTIALS and flow.code() == "W-FAK-3"
    assert failure.fix_fields == ("client_id", "client_secret")
    assert {name: p.kind for name, p in flow.problems.items()} == {
        "client_id": ProblemKind.REFUSED, "client_secret": ProblemKind.REFUSED}
    assert "bank_account" not in {p.id for p in failure.unticked}
    assert "api_v3_credentials" in {p.id for p in failure.unticked}
    assert flow.state() is PageState.ERROR and flow.can_go_next()  # the user may retry as it is
    flow.set_value("client_secret", "a-new-secret")
    assert "client_secret" not in flow.problems and "client_id" in flow.problems


def test_unknown_account_marks_the_account_name_and_keeps_the_service_detail():
    flow = filled_flow()
    flow.start_activation()
    failure = flow.activation_failed(ConnectorError(
        ErrorCategory.ACCOUNT_NOT_FOUND, "the accounts they can use: sandbox-firma", service="fakturoid"))
    assert flow.step is Step.CREDENTIALS
    assert failure.fix_fields == ("slug",)
    assert flow.problems["slug"].kind is ProblemKind.NOT_FOUND
    assert "sandbox-firma" in failure.detail


def test_a_plan_without_api_points_at_the_checklist_and_a_network_failure_stays_on_activate():
    flow = filled_flow()
    flow.start_activation()
    flow.activation_failed(ConnectorError(ErrorCategory.PLAN_WITHOUT_API, "402 blocked"))
    assert flow.step is Step.PREREQUISITES and not flow.problems

    flow = filled_flow()
    flow.start_activation()
    failure = flow.activation_failed(ConnectorError(ErrorCategory.NETWORK, "timed out"))
    assert flow.step is Step.ACTIVATE and failure.fix_step is None and failure.fix_fields == ()
    assert flow.state() is PageState.ERROR and flow.can_activate()  # try again


def test_a_refused_setting_is_marked_with_the_checks_own_words():
    flow = filled_flow()
    flow.start_activation()
    error = DomainValidationError([FieldError("settings.email", "'x' is not an e-mail address",
                                              "Write it as name@domain.cz.")])
    failure = flow.activation_failed(error)
    assert failure.category is None and failure.fix_step is Step.CREDENTIALS
    assert flow.problems["email"].kind is ProblemKind.INVALID
    assert "name@domain.cz" in flow.problems["email"].message


def test_a_secret_in_an_error_detail_is_redacted():
    flow = filled_flow()
    flow.start_activation()
    failure = flow.activation_failed(RuntimeError(f"keyring said: client_secret={SECRET}"))
    assert SECRET not in failure.detail and failure.fix_step is None


def test_success_offers_the_listed_series_and_bank_accounts_and_only_those():
    flow = filled_flow()
    flow.start_activation()
    flow.activation_succeeded(41, result())
    assert flow.state() is PageState.VALID and flow.can_go_next()
    assert not flow.can_go_back()  # the saved service and access details stay
    flow.go_next()
    assert flow.code() == "W-FAK-5" and flow.can_finish() and flow.can_go_back()
    assert [(c.value, c.is_default) for c in flow.option_choices("number_format_id")] == [
        ("11", True), ("12", False)]
    assert [c.value for c in flow.option_choices("bank_account_id")] == ["501"]
    with pytest.raises(ValueError):
        flow.set_option("number_format_id", "999")
    assert not flow.options_changed()
    flow.set_option("number_format_id", "12")
    assert flow.options_changed()
    request = flow.start_saving_options()
    assert request.settings["number_format_id"] == "12" and request.secrets["client_secret"] == SECRET
    assert flow.state() is PageState.BUSY and not flow.can_finish()
    flow.options_saved(42, dataclasses.replace(result(), plan="Profi"))
    assert flow.connection_id == 42 and not flow.options_changed()


def test_choosing_the_service_is_impossible_once_the_connection_is_saved():
    flow = filled_flow()
    flow.start_activation()
    flow.activation_succeeded(41, result())
    with pytest.raises(RuntimeError):
        flow.choose("fakturoid")
