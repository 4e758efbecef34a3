"""The Documents screen (S-DOC-1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from invoicedesk.ui.screens.placeholders import PlaceholderScreen


class DocumentsScreen(PlaceholderScreen):
    CODE = "S-DOC-1"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Documents"),
            code=self.CODE,
            object_name="documentsScreen",
            purpose=self.tr(
                "Here you will find the invoices, proformas and credit notes issued from your orders, with "
                "their numbers and their state in every connected service."
            ),
            availability=self.tr("Issuing documents is not available in this version yet."),
            parent=parent,
        )
