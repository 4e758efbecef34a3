"""The Documents area speaks the user's language, including the advice texts that come from the connectors."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from invoicedesk.connectors.errors import ErrorCategory, advice
from invoicedesk.core.errors import FieldError
from invoicedesk.sync.outbox import Job, JobState, Operation
from invoicedesk.ui.dialogs.document_detail import (
    ADVICE_SOURCE_TEXTS,
    field_error_text,
    field_label,
    sync_summary,
    translated_advice,
)
from invoicedesk.ui.translations import install_translators, remove_translators

REPO = Path(__file__).resolve().parents[2]
# The connector modules whose N_() texts the Documents screen shows (advice, field problems and hints).
MARKED_SOURCES = [
    REPO / "invoicedesk" / "connectors" / "errors.py",
    REPO / "invoicedesk" / "connectors" / "fakturoid" / "errors.py",
    REPO / "invoicedesk" / "connectors" / "fakturoid" / "mapping.py",
]


def marked_texts(path: Path) -> set[str]:
    texts = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
            argument = node.args[0]
            assert isinstance(argument, ast.Constant), f"{path.name}:{node.lineno}: N_() needs a literal"
            texts.add(argument.value)
    return texts


def test_the_advice_list_that_lupdate_reads_matches_the_connectors_texts():
    expected = set().union(*(marked_texts(path) for path in MARKED_SOURCES))
    assert set(ADVICE_SOURCE_TEXTS) == expected
    for category in ErrorCategory:
        found = advice(category)
        assert {found.title, found.cause, found.what_to_do} <= set(ADVICE_SOURCE_TEXTS)


@pytest.fixture
def czech(qapp):
    translators = install_translators(qapp, "cs")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic))
    yield
    QLocale.setDefault(previous)
    remove_translators(qapp, translators)


def test_advice_states_and_field_names_are_shown_in_czech(czech):
    title, cause, what_to_do = translated_advice(ErrorCategory.PLAN_WITHOUT_API.value)
    assert title == "Tarif účtu to přes API neumožňuje"
    assert cause.startswith("Předplatné služby nezahrnuje")
    assert what_to_do.startswith("Přihlaste se na webu služby")

    sent = Job(1, 7, 3, Operation.PUSH, JobState.DONE, 1, "k", "r", "2026-0001", "", "")
    held = Job(2, 7, 4, Operation.PUSH, JobState.NEEDS_ATTENTION, 1, "k", "", "", "plan_without_api", "")
    waiting = Job(
        3,
        7,
        5,
        Operation.PUSH,
        JobState.RETRY_WAIT,
        2,
        "k",
        "",
        "",
        "network",
        "",
        next_attempt_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5),
    )
    names = {3: "Fakturoid", 4: "Druhý účet", 5: "Třetí"}
    text, _severity = sync_summary([sent, held, waiting], names)
    parts = text.split("; ")
    assert parts[0] == "vyžaduje pozornost — Druhý účet"  # what needs the user comes first
    assert parts[1].startswith("čeká — další pokus v ") and parts[1].endswith(" (Třetí)")
    assert parts[2] == "odesláno do Fakturoid (2026-0001)"
    assert sync_summary([], names)[0] == "neodesláno"

    assert field_label("lines[2].vat_rate") == "Položka 3: sazba DPH"
    assert field_label("buyer.vat_id") == "Odběratel: DIČ"
    bank = FieldError(
        "seller.bank_accounts",
        "Bank account is missing",
        "Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts); "
        "the API cannot create one.",
    )
    # The service's own message stays as it came; the connector's hint is translated.
    assert field_error_text(bank) == (
        "Bank account is missing — Přidejte bankovní účet ve Fakturoidu v Nastavení → Bankovní účty "
        "(/settings/bank_accounts); přes API ho vytvořit nelze."
    )


def test_english_plural_forms_of_the_area(qapp):
    from invoicedesk.ui.screens.documents import DocumentsScreen

    assert DocumentsScreen.tr("%Ln document(s)", "", 1) == "1 document"
    assert DocumentsScreen.tr("%Ln document(s)", "", 2) == "2 documents"
