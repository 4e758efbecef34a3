"""Every kind of document the app sends passes the official rules, judged by the kit and by ours."""

import pytest

from invoicedesk.connectors.anaf.ubl.builder import build_ubl
from tests.unit.anaf_ubl.samples import MATRIX


@pytest.mark.parametrize("name", list(MATRIX))
def test_generated_document_passes_the_oracle_and_our_validator(name, oracle, validator):
    make, type_code = MATRIX[name]
    built = build_ubl(make(), type_code=type_code)

    verdict = oracle.validate(built.xml, name=name)
    assert verdict.xsd_errors == [], [(i.line, i.text) for i in verdict.xsd_errors]
    assert verdict.errors == [], [(i.rule, i.location, i.text) for i in verdict.errors]
    assert verdict.warnings == [], [(i.rule, i.text) for i in verdict.warnings]

    ours = validator.validate(built.xml)
    assert ours.ok, [(i.rule, i.field, i.message) for i in ours.errors]
    assert ours.issues == []


@pytest.mark.parametrize("name", list(MATRIX))
def test_validate_document_agrees(name, validator):
    make, type_code = MATRIX[name]
    report = validator.validate_document(make(), type_code=type_code)
    assert report.ok and report.issues == [], [(i.rule, i.field, i.message) for i in report.issues]
