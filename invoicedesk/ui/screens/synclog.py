"""The Sync log screen (S-LOG-1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from invoicedesk.ui.screens.placeholders import PlaceholderScreen


class SyncLogScreen(PlaceholderScreen):
    CODE = "S-LOG-1"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Sync log"),
            code=self.CODE,
            object_name="syncLogScreen",
            purpose=self.tr(
                "Here you will see every exchange with a connected service: what was sent, what came back, "
                "and how long it took, with passwords and keys removed."
            ),
            availability=self.tr("The sync log is not available in this version yet."),
            parent=parent,
        )
