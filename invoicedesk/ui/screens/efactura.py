"""The e-Factura screen (S-EFA-1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from invoicedesk.ui.screens.placeholders import PlaceholderScreen


class EFacturaScreen(PlaceholderScreen):
    CODE = "S-EFA-1"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("e-Factura"),
            code=self.CODE,
            object_name="eFacturaScreen",
            purpose=self.tr(
                "Here you will send invoices to ANAF e-Factura, follow their state, download the signed "
                "receipts, and read the invoices your suppliers sent you."
            ),
            availability=self.tr("e-Factura is not available in this version yet."),
            parent=parent,
        )
