"""Where passwords and keys are kept, as the window reports it; found out on a worker thread.

Opening the secret store probes the keyring, which may be slow or missing; listing orders must work
regardless, so the window asks for this after the database is open and only shows the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from invoicedesk.app.context import AppContext
from invoicedesk.secrets.errors import SecretStoreError


@dataclass(frozen=True)
class SecretStoreStatus:
    label: str  # the backend's own name ("Windows Credential Manager"); "" when there is none
    ephemeral: bool
    problem: str = ""  # why there is no usable store, with what to do

    @classmethod
    def of(cls, context: AppContext) -> SecretStoreStatus:
        """Open the context's secret store and describe it. Blocking: call on a worker thread."""
        try:
            store = context.secrets
        except SecretStoreError as error:
            return cls(label="", ephemeral=False, problem=str(error))
        return cls(label=store.backend_label, ephemeral=store.is_ephemeral)

    def short_text(self) -> str:
        if self.problem:
            return QCoreApplication.translate("SecretStoreStatus", "not available")
        if self.ephemeral:
            return QCoreApplication.translate("SecretStoreStatus", "in memory only — nothing is saved")
        return self.label

    def long_text(self) -> str:
        if self.problem:
            return QCoreApplication.translate("SecretStoreStatus", "Not available: {problem}").format(
                problem=self.problem
            )
        if self.ephemeral:
            return QCoreApplication.translate(
                "SecretStoreStatus",
                "In memory only — nothing is saved. Passwords and API keys you enter are forgotten when "
                "InvoiceDesk closes.",
            )
        return QCoreApplication.translate("SecretStoreStatus", "Kept by {backend}").format(backend=self.label)
