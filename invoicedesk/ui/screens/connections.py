"""The Connections screen (S-CON-1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from invoicedesk.ui.screens.placeholders import PlaceholderScreen


class ConnectionsScreen(PlaceholderScreen):
    CODE = "S-CON-1"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Connections"),
            code=self.CODE,
            object_name="connectionsScreen",
            purpose=self.tr(
                "Here you will connect the company to Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma "
                "or inFakt, and see at a glance whether each connection works."
            ),
            availability=self.tr("Setting up connections is not available in this version yet."),
            parent=parent,
        )
