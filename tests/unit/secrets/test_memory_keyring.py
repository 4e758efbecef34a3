from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError, PasswordSetError

from invoicedesk.secrets.memory import MemoryKeyring


def test_it_is_a_keyring_backend_that_keeps_entries_apart():
    backend = MemoryKeyring()
    backend.set_password("InvoiceDesk/connection:1", "api_token", "one")
    backend.set_password("InvoiceDesk/connection:2", "api_token", "two")

    assert isinstance(backend, KeyringBackend)
    assert backend.get_password("InvoiceDesk/connection:1", "api_token") == "one"
    assert backend.get_password("InvoiceDesk/connection:2", "api_token") == "two"
    assert backend.get_password("InvoiceDesk/connection:3", "api_token") is None


def test_delete_removes_and_refuses_what_is_absent_like_real_backends():
    backend = MemoryKeyring()
    backend.set_password("svc", "user", "value")

    backend.delete_password("svc", "user")

    assert backend.get_password("svc", "user") is None
    with pytest.raises(PasswordDeleteError):
        backend.delete_password("svc", "user")


@pytest.mark.parametrize(
    ("value", "accepted"),
    [("a" * 1280, True), ("a" * 1281, False), ("🐎" * 640, True), ("🐎" * 641, False), ("é" * 1281, False)],
    ids=["2560B-ascii", "2562B-ascii", "2560B-astral", "2564B-astral", "2562B-latin"],
)
def test_the_entry_limit_counts_utf16_bytes_like_windows(value, accepted):
    backend = MemoryKeyring(max_entry_bytes=MemoryKeyring.WINDOWS_ENTRY_LIMIT_BYTES)

    if accepted:
        backend.set_password("svc", "user", value)
        assert backend.get_password("svc", "user") == value
    else:
        with pytest.raises(PasswordSetError, match="at most 2560 bytes"):
            backend.set_password("svc", "user", value)
        assert backend.get_password("svc", "user") is None


def test_keyring_never_picks_it_on_its_own():
    assert MemoryKeyring.priority < fail.Keyring.priority


def test_clear_forgets_everything():
    backend = MemoryKeyring()
    backend.set_password("svc", "user", "value")

    backend.clear()

    assert backend.entries() == {}
