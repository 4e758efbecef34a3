"""The services' own words and the error advice reach the catalogs, and the wizard shows them translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invoicedesk.connectors import fakturoid, registry
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory, advice
from invoicedesk.ui.tasks import TaskRunner
from invoicedesk.ui.translations import install_translators, remove_translators
from invoicedesk.ui.wizard import texts
from invoicedesk.ui.wizard.flow import SET_UP_ELSEWHERE, Step
from invoicedesk.ui.wizard.setup_wizard import SetupWizard
from tests.ui.test_connections_support import Office, open_office


def spec_texts() -> set[str]:
    found: set[str] = set()
    for spec in registry.services():
        if spec.id in SET_UP_ELSEWHERE:
            continue
        for field in spec.fields:
            found |= {field.label, field.help, field.where_to_find, *(label for _, label in field.choices)}
        for prerequisite in spec.prerequisites:
            found |= {prerequisite.title, prerequisite.explanation}
    found |= {method.name for method in fakturoid.fixed_payment_methods()}
    return found - {""}


def test_every_text_the_wizard_takes_from_a_service_is_listed_for_translation():
    missing = spec_texts() - set(texts.SERVICE_TEXTS)
    assert not missing, f"add these to invoicedesk/ui/wizard/texts.py and translate them: {sorted(missing)}"


def test_every_advice_is_listed_for_translation():
    listed = set(texts.ADVICE_TEXTS)
    for category in ErrorCategory:
        words = advice(category)
        assert {words.title, words.cause, words.what_to_do} <= listed, category


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Iterator[Office]:
    office = open_office(tmp_path_factory.mktemp("office"))
    yield office
    office.context.close()


@pytest.fixture
def czech(qapp):
    translators = install_translators(qapp, "cs")
    yield
    remove_translators(qapp, translators)


def test_in_czech_the_fields_checklist_and_advice_speak_czech(qtbot, office, czech):
    runner = TaskRunner()
    wizard = SetupWizard(runner, office.context, office.company)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.service_page.choose("fakturoid")
    wizard.next_button.click()
    bank_account = wizard.prerequisites_page.boxes["bank_account"]
    assert bank_account.text() == "Ve Fakturoidu je nastavený bankovní účet"
    wizard.next_button.click()
    page = wizard.credentials_page
    assert page.findChild(type(page.intro_label), "label_slug").text() == "Název účtu"
    assert page.editor("slug").where_button.text() == "Kde to najdu"
    assert wizard.next_button.text() == "&Další >"

    wizard.flow.set_value("slug", "firma")
    wizard.flow.set_value("email", "ucetni@firma.cz")
    wizard.flow.set_value("client_id", "id-123456")
    wizard.flow.set_value("client_secret", "secret-123456")
    wizard.flow.step = Step.ACTIVATE
    wizard.flow.start_activation()
    wizard.flow.activation_failed(ConnectorError(ErrorCategory.CREDENTIALS_REFUSED, "invalid_client"))
    page.refresh()
    shown = page.advice_view.texts()
    assert "Služba nepřijala přístupové údaje" in shown
    assert "Co dělat:" in shown
    assert "Fakturoid tuto hodnotu nepřijal" in page.editor("client_secret").problem_label.text()
    runner.wait_for_workers(5_000)
