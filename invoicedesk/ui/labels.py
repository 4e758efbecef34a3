"""Words for the codes the domain stores: payment methods and payment states, in the user's language.

The domain keeps English labels as the source text; each is spelled out below so that lupdate finds it.
A code the window does not know yet is shown with the domain's English label, or as the code itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from invoicedesk.core import payment_methods
from invoicedesk.core.documents import PaymentStatus


def close_button_text() -> str:
    """Our own word for Close: Qt ships no translation of its standard buttons for some languages (ro)."""
    return QCoreApplication.translate("Dialog", "Close")


def payment_method_labels() -> dict[str, str]:
    return {
        "bank_transfer": QCoreApplication.translate("PaymentMethod", "Bank transfer"),
        "cash": QCoreApplication.translate("PaymentMethod", "Cash"),
        "card": QCoreApplication.translate("PaymentMethod", "Card"),
        "cash_on_delivery": QCoreApplication.translate("PaymentMethod", "Cash on delivery"),
        "online_gateway": QCoreApplication.translate("PaymentMethod", "Online payment gateway"),
        "paypal": QCoreApplication.translate("PaymentMethod", "PayPal"),
        "offset": QCoreApplication.translate("PaymentMethod", "Offset (compensation)"),
        "voucher": QCoreApplication.translate("PaymentMethod", "Voucher"),
        "other": QCoreApplication.translate("PaymentMethod", "Other"),
    }


def payment_method_label(code: str, labels: dict[str, str]) -> str:
    if code in labels:
        return labels[code]
    return payment_methods.get(code).label if payment_methods.is_known(code) else code


def payment_status_labels() -> dict[str, str]:
    return {
        PaymentStatus.UNPAID.value: QCoreApplication.translate("PaymentStatus", "Unpaid"),
        PaymentStatus.PARTIALLY_PAID.value: QCoreApplication.translate("PaymentStatus", "Partially paid"),
        PaymentStatus.PAID.value: QCoreApplication.translate("PaymentStatus", "Paid"),
        PaymentStatus.REFUNDED.value: QCoreApplication.translate("PaymentStatus", "Refunded"),
    }
