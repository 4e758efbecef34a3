import re
from pathlib import Path

import pytest

from invoicedesk.core import payment_methods
from invoicedesk.core.errors import DomainValidationError

VALIDATION = Path(__file__).resolve().parents[4] / "shared" / "validation"
CODELIST = VALIDATION / "cius-ro-1.0.9" / "schematron-source" / "codelist" / "EN16931-UBL-codes.sch"

EXPECTED = {
    "bank_transfer": "30",
    "cash": "10",
    "card": "48",
    "cash_on_delivery": "10",
    "online_gateway": "68",
    "paypal": "68",
    "offset": "97",
    "voucher": "ZZZ",
    "other": "ZZZ",
}


def test_the_local_list_and_its_uncl4461_codes():
    assert {m.code: m.uncl4461 for m in payment_methods.all_methods()} == EXPECTED
    assert payment_methods.SEPA_CREDIT_TRANSFER == "58"


def test_every_method_has_an_english_label():
    labels = [m.label for m in payment_methods.all_methods()]
    assert len(set(labels)) == len(labels)
    assert payment_methods.get("offset").label == "Offset (compensation)"


def test_get_unknown_code_names_the_field_and_lists_valid_codes():
    with pytest.raises(DomainValidationError) as caught:
        payment_methods.get("bitcoin", field="orders[4].payment_method")
    [error] = caught.value.errors
    assert error.field == "orders[4].payment_method"
    assert error.message == "'bitcoin' is not a known payment method"
    assert "bank_transfer" in error.hint and "cash_on_delivery" in error.hint
    assert not payment_methods.is_known("bitcoin") and payment_methods.is_known("paypal")


@pytest.mark.skipif(
    not CODELIST.exists(), reason="the e-Factura validation kit is not next to the repository"
)
def test_codes_are_accepted_by_the_en16931_code_list_rule():
    text = CODELIST.read_text(encoding="utf-8")
    rule = re.search(r'<rule context="cac:PaymentMeans/cbc:PaymentMeansCode".*?test="(.*?)"', text, re.S)
    assert rule, "BR-CL-16 not found in the code lists"
    allowed = set(re.search(r"contains\( '([^']*)'", rule.group(1)).group(1).split())
    for method in payment_methods.all_methods():
        assert method.uncl4461 in allowed, method
    assert payment_methods.SEPA_CREDIT_TRANSFER in allowed
