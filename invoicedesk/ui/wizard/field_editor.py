"""One setup field, built from its FieldSpec: the input, its help, "Where to find it", and its problem.

Secret fields are masked with a toggle to show them. Once the wizard has taken a secret to save it, the
input is emptied: the value lives on only in the wizard's memory and the keyring, never in a widget's text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.connectors.contract import FieldKind, FieldSpec
from invoicedesk.ui.signals import emit
from invoicedesk.ui.wizard.flow import FieldProblem, ProblemKind
from invoicedesk.ui.wizard.outcome import warning_color
from invoicedesk.ui.wizard.texts import service_text


class FieldEditor(QWidget):
    changed = Signal(str, str)  # field name, value

    def __init__(self, spec: FieldSpec, value: str, service_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.service_name = service_name
        self.setObjectName(f"field_{spec.name}")
        self.combo: QComboBox | None = None
        self.line_edit: QLineEdit | None = None
        self.show_button: QToolButton | None = None

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if spec.kind is FieldKind.CHOICE and spec.choices:
            self.combo = QComboBox()
            self.combo.setObjectName(f"input_{spec.name}")
            for choice, label in spec.choices:
                self.combo.addItem(service_text(label), choice)
            self.combo.setCurrentIndex(max(self.combo.findData(value or spec.default), 0))
            self.combo.currentIndexChanged.connect(self._combo_changed)
            row.addWidget(self.combo, 1)
        else:
            self.line_edit = QLineEdit(value)
            self.line_edit.setObjectName(f"input_{spec.name}")
            self.line_edit.textEdited.connect(self._text_edited)
            row.addWidget(self.line_edit, 1)
            if spec.secret:
                self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
                self.show_button = QToolButton()
                self.show_button.setObjectName(f"show_{spec.name}")
                self.show_button.setCheckable(True)
                self.show_button.setText(self.tr("Show"))
                self.show_button.toggled.connect(self._show_toggled)
                row.addWidget(self.show_button)
            elif spec.kind is FieldKind.EMAIL:
                self.line_edit.setPlaceholderText(self.tr("name@company.com"))

        self.help_label = QLabel(service_text(spec.help))
        self.help_label.setObjectName(f"help_{spec.name}")
        self.help_label.setWordWrap(True)
        self.help_label.setVisible(bool(spec.help))
        small = QFont(self.help_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.help_label.setFont(small)

        self.where_button = QToolButton()
        self.where_button.setObjectName(f"where_{spec.name}")
        self.where_button.setText(self.tr("Where to find it"))
        self.where_button.setCheckable(True)
        self.where_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.where_button.setArrowType(Qt.ArrowType.RightArrow)
        self.where_button.setAutoRaise(True)
        self.where_button.setVisible(bool(spec.where_to_find))
        self.where_label = QLabel(service_text(spec.where_to_find))
        self.where_label.setObjectName(f"whereText_{spec.name}")
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_label.setContentsMargins(18, 0, 0, 0)
        self.where_label.hide()
        self.where_button.toggled.connect(self._where_toggled)

        self.problem_label = QLabel()
        self.problem_label.setObjectName(f"problem_{spec.name}")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.help_label)
        layout.addWidget(self.where_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.where_label)
        self.problem: FieldProblem | None = None

    @property
    def input(self) -> QWidget:
        return self.combo if self.combo is not None else self.line_edit  # type: ignore[return-value]

    def text(self) -> str:
        if self.combo is not None:
            return str(self.combo.currentData() or "")
        assert self.line_edit is not None
        return self.line_edit.text()

    def set_text(self, value: str) -> None:
        """Show `value` without reporting it back as the user's edit."""
        if self.combo is not None:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(max(self.combo.findData(value), 0))
            self.combo.blockSignals(False)
        elif self.line_edit is not None and self.line_edit.text() != value:
            self.line_edit.setText(value)

    def empty_secret(self, kept: bool) -> None:
        """The secret has been taken for saving: empty the input; say whether a value is kept in memory."""
        if not self.spec.secret or self.line_edit is None:
            return
        self.line_edit.clear()
        self.line_edit.setPlaceholderText(
            self.tr("Entered — type it again only to replace it") if kept else ""
        )

    def set_problem(self, problem: FieldProblem | None) -> bool:
        """Mark the field (None: unmark it); True when that changed what it shows."""
        if problem == self.problem:
            return False  # called on every keystroke: restyling an unchanged field would only cost time
        self.problem = problem
        invalid = problem is not None
        self.input.setProperty("invalid", invalid)
        color = warning_color(self)
        self.input.setStyleSheet(f"border: 2px solid {color}; border-radius: 3px;" if invalid else "")
        if problem is None:
            self.problem_label.clear()
            self.problem_label.hide()
        else:
            self.problem_label.setText(self._problem_text(problem))
            self.problem_label.setStyleSheet(f"color: {color};")
            self.problem_label.show()
        self.updateGeometry()
        return True

    @property
    def is_marked(self) -> bool:
        return self.problem is not None

    def _problem_text(self, problem: FieldProblem) -> str:
        if problem.kind is ProblemKind.REFUSED:
            return self.tr(
                "{service} did not accept this. Copy it again from where “Where to find it” "
                "says, paste it here and press Activate."
            ).format(service=self.service_name)
        if problem.kind is ProblemKind.NOT_FOUND:
            return self.tr(
                "{service} has no account by this name for these access details. Check it; "
                "the accounts they can use are named above."
            ).format(service=self.service_name)
        return problem.message

    @Slot(str)
    def _text_edited(self, value: str) -> None:
        emit(self.changed, self.spec.name, value)

    @Slot(int)
    def _combo_changed(self, _index: int) -> None:
        emit(self.changed, self.spec.name, self.text())

    @Slot(bool)
    def _show_toggled(self, shown: bool) -> None:
        assert self.line_edit is not None and self.show_button is not None
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    @Slot(bool)
    def _where_toggled(self, shown: bool) -> None:
        self.where_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.where_label.setVisible(shown)
