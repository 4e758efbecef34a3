"""What the window says about the secret store, including when there is none."""

from __future__ import annotations

from invoicedesk.app.context import AppContext
from invoicedesk.secrets.errors import KeyringUnavailableError
from invoicedesk.ui.secret_status import SecretStoreStatus


def test_an_in_memory_store_is_called_what_it_is(desk):
    status = SecretStoreStatus.of(desk.context)
    assert status.ephemeral and not status.problem
    assert status.short_text() == "in memory only — nothing is saved"


def test_a_missing_keyring_is_reported_with_its_advice_not_raised(desk):
    def no_keyring():
        raise KeyringUnavailableError(
            "InvoiceDesk cannot store passwords and API keys on this computer. "
            "What to do: unlock the keyring",
            reasons=["locked"],
            advice="unlock the keyring",
        )

    context = AppContext(desk.context.paths, desk.context.database, open_secrets=no_keyring)
    status = SecretStoreStatus.of(context)
    assert status.problem.startswith("InvoiceDesk cannot store passwords")
    assert status.short_text() == "not available"
    assert status.long_text().startswith("Not available: InvoiceDesk cannot store passwords")
    assert "unlock the keyring" in status.long_text()
