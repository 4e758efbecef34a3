"""How an Activate ended, shown the same way in the wizard and on the Connections screen.

A failure shows the advice for its kind of error (title, cause, what to do), the service's own detail and
the prerequisites the user has not confirmed; a success shows the account, plan, VAT mode and currency.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from invoicedesk.connectors.errors import advice
from invoicedesk.ui.wizard.flow import Failure
from invoicedesk.ui.wizard.texts import service_text, translated_advice


def warning_color(widget: QWidget) -> str:
    """A warning red that stays readable on a dark system theme as well as on a light one."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff7b7b" if dark else "#b00020"


def success_color(widget: QWidget) -> str:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#7ddc8a" if dark else "#1b6e2a"


def vat_mode_text(code: str) -> str:
    words = {
        "vat_payer": QCoreApplication.translate("ActivationOutcome", "VAT payer"),
        "non_vat_payer": QCoreApplication.translate("ActivationOutcome", "Not a VAT payer"),
        "identified_person": QCoreApplication.translate("ActivationOutcome", "Identified person"),
    }
    return words.get(code, code)


def _wrapped(object_name: str, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class ConnectionAdviceView(QFrame):
    """Why it did not work and what to do, in the user's language; the service's detail as it said it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adviceView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = _wrapped("adviceTitle", bold=True)
        self.cause_label = _wrapped("adviceCause")
        self.what_to_do_label = _wrapped("adviceWhatToDo")
        self.detail_label = _wrapped("adviceDetail")
        self.unticked_label = _wrapped("adviceUnticked")
        self._shown: tuple[Failure, str, str] | None = None
        layout = QVBoxLayout(self)
        for label in (
            self.title_label,
            self.cause_label,
            self.what_to_do_label,
            self.detail_label,
            self.unticked_label,
        ):
            layout.addWidget(label)
        self.hide()

    def show_failure(self, failure: Failure, service_name: str, *, prerequisites_step: str = "") -> None:
        shown = (failure, service_name, prerequisites_step)
        if shown == self._shown and not self.isHidden():
            return  # the wizard refreshes on every keystroke; the same advice needs no new layout
        self._shown = shown
        if failure.category is not None:
            words = translated_advice(advice(failure.category))
            title, cause, what_to_do = words.title, words.cause, words.what_to_do
        else:
            title = self.tr("The connection could not be saved")
            cause = ""
            what_to_do = self.tr(
                "Correct what is named below and try again. If it happens again, "
                "Help ▸ Copy diagnostics prepares a report for support."
            )
        self.title_label.setText(title)
        self.title_label.setStyleSheet(f"color: {warning_color(self)};")
        self.cause_label.setText(self.tr("Why: {cause}").format(cause=cause) if cause else "")
        self.cause_label.setVisible(bool(cause))
        self.what_to_do_label.setText(self.tr("What to do: {what}").format(what=what_to_do))
        self.detail_label.setText(
            self.tr("What {service} said: {detail}").format(service=service_name, detail=failure.detail)
            if failure.category is not None
            else failure.detail
        )
        self.detail_label.setVisible(bool(failure.detail))
        self._show_unticked(failure, prerequisites_step)
        self.show()

    def _show_unticked(self, failure: Failure, step_code: str) -> None:
        if not failure.unticked:
            self.unticked_label.clear()
            self.unticked_label.hide()
            return
        items = "\n".join(f"• {service_text(p.title)}" for p in failure.unticked)
        heading = self.tr("Not confirmed yet on the checklist ({step}):").format(step=step_code)
        self.unticked_label.setText(f"{heading}\n{items}")
        self.unticked_label.show()

    def texts(self) -> str:
        """Everything the view shows, for tests and for copying."""
        labels: Sequence[QLabel] = (
            self.title_label,
            self.cause_label,
            self.what_to_do_label,
            self.detail_label,
            self.unticked_label,
        )
        return "\n".join(label.text() for label in labels if label.text())


class ActivationSummaryView(QFrame):
    """What the service said about the account when Activate succeeded."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activationSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading_label = _wrapped("activationHeading", bold=True)
        self.account_label = _wrapped("activationAccount")
        self.plan_label = _wrapped("activationPlan")
        self.vat_mode_label = _wrapped("activationVatMode")
        self.currency_label = _wrapped("activationCurrency")
        self.warnings_label = _wrapped("activationWarnings")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Account:"), self.account_label)
        form.addRow(self.tr("Plan:"), self.plan_label)
        form.addRow(self.tr("VAT mode:"), self.vat_mode_label)
        form.addRow(self.tr("Currency:"), self.currency_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addLayout(form)
        layout.addWidget(self.warnings_label)
        self.hide()

    def show_result(
        self,
        heading: str,
        *,
        account_name: str,
        plan: str,
        vat_mode: str,
        currency: str,
        warnings: Sequence[str] = (),
    ) -> None:
        unknown = self.tr("not reported")
        self.heading_label.setText(heading)
        self.heading_label.setStyleSheet(f"color: {success_color(self)};")
        self.account_label.setText(account_name or unknown)
        self.plan_label.setText(plan or unknown)
        self.vat_mode_label.setText(vat_mode_text(vat_mode) if vat_mode else unknown)
        self.currency_label.setText(currency or unknown)
        if warnings:
            # The service's own words: they name what to set up in the service.
            self.warnings_label.setText(self.tr("Note:") + "\n" + "\n".join(f"• {w}" for w in warnings))
            self.warnings_label.setStyleSheet(f"color: {warning_color(self)};")
            self.warnings_label.show()
        else:
            self.warnings_label.clear()
            self.warnings_label.hide()
        self.show()

    def texts(self) -> str:
        labels = (
            self.heading_label,
            self.account_label,
            self.plan_label,
            self.vat_mode_label,
            self.currency_label,
            self.warnings_label,
        )
        return "\n".join(label.text() for label in labels if label.text())
