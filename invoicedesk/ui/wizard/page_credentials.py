"""Step 3: the access details, one field per FieldSpec of the service; advanced fields behind "Advanced"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from invoicedesk.connectors.contract import FieldSpec
from invoicedesk.ui.signals import emit
from invoicedesk.ui.wizard.field_editor import FieldEditor
from invoicedesk.ui.wizard.flow import SetupFlow, Step
from invoicedesk.ui.wizard.outcome import ConnectionAdviceView, warning_color
from invoicedesk.ui.wizard.page import WizardPage
from invoicedesk.ui.wizard.texts import service_text

_LABEL_WIDTH = 200


class CredentialsPage(WizardPage):
    STEP = Step.CREDENTIALS

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None):
        super().__init__(flow, "wizardCredentialsPage", parent)
        self.advice_view = ConnectionAdviceView()
        self.intro_label = QLabel()
        self.intro_label.setObjectName("credentialsIntro")
        self.intro_label.setWordWrap(True)
        self.form_host = QWidget()
        # A grid rather than a QFormLayout: the form layout keeps stale row heights when a wrapped
        # message appears under a field, and the fields overlap.
        self.form = QGridLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setColumnStretch(1, 1)
        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("advancedToggle")
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.toggled.connect(self._advanced_toggled)
        self.advanced_rows: list[tuple[QLabel, FieldEditor]] = []  # one grid aligns both kinds of label
        self.missing_label = QLabel()
        self.missing_label.setObjectName("stillNeeded")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        self.editors: dict[str, FieldEditor] = {}
        self._built_for = ""

        self.layout_.addWidget(self.advice_view)
        self.layout_.addWidget(self.intro_label)
        self.layout_.addWidget(self.form_host)
        self.layout_.addWidget(self.missing_label)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Access details for {service}").format(service=self.service_name)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def refresh(self) -> None:
        service = self.flow.service
        if service is not None and service.id != self._built_for:
            self._build(self.flow.credential_fields)
            self._built_for = service.id
        self.intro_label.setText(
            self.tr(
                "Type what InvoiceDesk needs to reach your {service} account. Secret values are kept only in "
                "the system's password store, never in the database."
            ).format(service=self.service_name)
        )
        for name, editor in self.editors.items():
            if not editor.spec.secret:
                editor.set_text(self.flow.value(name))
            problem = self.flow.problems.get(name)
            editor.set_problem(problem)
            if problem is not None and editor.spec.advanced:
                self.advanced_button.setChecked(True)
        failure = self.flow.failure
        if failure is not None and failure.fix_step is Step.CREDENTIALS:
            self.advice_view.show_failure(
                failure, self.service_name, prerequisites_step=self.flow.code(Step.PREREQUISITES)
            )
        else:
            self.advice_view.hide()
        self._show_missing()

    def focus_first_problem(self) -> None:
        marked = [editor for editor in self.editors.values() if editor.is_marked]
        if marked:
            marked[0].input.setFocus()

    def secrets_taken(self) -> None:
        """The secrets went off to be saved: no widget keeps their text."""
        for name, editor in self.editors.items():
            editor.empty_secret(kept=bool(self.flow.value(name)))

    @property
    def advanced_shown(self) -> bool:
        return bool(self.advanced_rows) and all(not editor.isHidden() for _, editor in self.advanced_rows)

    def _build(self, fields: tuple[FieldSpec, ...]) -> None:
        while self.form.count():
            widget = self.form.takeAt(0).widget()
            if widget is not None and widget is not self.advanced_button:  # the toggle is kept
                widget.deleteLater()
        self.editors.clear()
        self.advanced_rows.clear()
        row = 0
        for spec in (f for f in fields if not f.advanced):
            self._add_row(row, spec)
            row += 1
        advanced = [f for f in fields if f.advanced]
        if advanced:
            self.form.addWidget(self.advanced_button, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
            for spec in advanced:
                row += 1
                label, editor = self._add_row(row, spec)
                self.advanced_rows.append((label, editor))
                label.setVisible(self.advanced_button.isChecked())
                editor.setVisible(self.advanced_button.isChecked())
        self.advanced_button.setVisible(bool(advanced))
        # As wide as the longest label needs, up to a limit past which labels wrap.
        labels = [self.form.itemAtPosition(r, 0).widget() for r in range(self.form.rowCount())
                  if self.form.itemAtPosition(r, 0) is not None]
        widest = max((w.fontMetrics().horizontalAdvance(w.text()) for w in labels if isinstance(w, QLabel)),
                     default=0)
        self.form.setColumnMinimumWidth(0, min(widest + 12, _LABEL_WIDTH))

    def _add_row(self, row: int, spec: FieldSpec) -> tuple[QLabel, FieldEditor]:
        label, editor = self._row(spec)
        self.form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)  # fills the column: wraps only there
        self.form.addWidget(editor, row, 1)
        return label, editor

    def _row(self, spec: FieldSpec) -> tuple[QLabel, FieldEditor]:
        editor = FieldEditor(spec, self.flow.value(spec.name), self.service_name)
        editor.changed.connect(self._changed)
        label = QLabel(service_text(spec.label) + ("" if spec.required else " " + self.tr("(optional)")))
        label.setObjectName(f"label_{spec.name}")
        label.setBuddy(editor.input)
        label.setWordWrap(True)
        label.setMaximumWidth(_LABEL_WIDTH)  # long labels wrap instead of pushing the fields aside
        label.setContentsMargins(0, 4, 8, 0)  # level with the text of the field beside it
        self.editors[spec.name] = editor
        return label, editor

    def _show_missing(self) -> None:
        missing = self.flow.missing_fields()
        names = ", ".join(service_text(spec.label) for spec in missing)
        text = self.tr("Still needed before you can go on: {fields}").format(fields=names) if missing else ""
        if text == self.missing_label.text():
            return
        self.missing_label.setText(text)
        self.missing_label.setStyleSheet(f"color: {warning_color(self)};")
        self.missing_label.setVisible(bool(missing))

    @Slot(str, str)
    def _changed(self, name: str, value: str) -> None:
        self.flow.set_value(name, value)
        editor = self.editors[name]
        editor.set_problem(self.flow.problems.get(name))
        self._show_missing()
        emit(self.changed)

    @Slot(bool)
    def _advanced_toggled(self, shown: bool) -> None:
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for label, editor in self.advanced_rows:
            label.setVisible(shown)
            editor.setVisible(shown)
