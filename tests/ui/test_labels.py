from __future__ import annotations

from invoicedesk.core import payment_methods
from invoicedesk.core.documents import PaymentStatus
from invoicedesk.ui.labels import payment_method_label, payment_method_labels, payment_status_labels


def test_every_payment_method_of_the_domain_has_a_translatable_label(qapp):
    labels = payment_method_labels()
    # Untranslated (English) the window's words are the domain's own, so the two lists cannot drift apart.
    assert labels == {method.code: method.label for method in payment_methods.all_methods()}


def test_an_unknown_code_is_shown_as_it_is(qapp):
    assert payment_method_label("barter", payment_method_labels()) == "barter"
    assert payment_method_label("cash_on_delivery", payment_method_labels()) == "Cash on delivery"


def test_every_payment_status_has_a_label(qapp):
    assert set(payment_status_labels()) == {status.value for status in PaymentStatus}
