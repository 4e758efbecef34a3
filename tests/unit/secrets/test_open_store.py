from __future__ import annotations

import keyring.backend
import pytest
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked

from invoicedesk.secrets.errors import KeyringUnavailableError, SecretStoreError
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import open_secret_store

from .conftest import StandInKeyring


class LockedKeyring(StandInKeyring):
    def set_password(self, service, username, password):
        raise KeyringLocked("Failed to unlock the collection!")


class ForgetfulKeyring(StandInKeyring):
    def get_password(self, service, username):
        return None


class PlaintextKeyring(StandInKeyring):
    """Looks like keyrings.alt's file backend, which keeps secrets in a plain file."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")


def test_no_keyring_at_all_is_refused_with_advice(install_keyring, linux, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    install_keyring(fail.Keyring())

    with pytest.raises(KeyringUnavailableError) as caught:
        open_secret_store()

    message = str(caught.value)
    assert "cannot store passwords and API keys" in message
    assert "no keyring backend was found" in message
    assert "Secret Service" in message and "gnome-keyring" in message and "KWallet" in message
    assert caught.value.reasons == ["no keyring backend was found on this computer"]
    assert list(tmp_path.iterdir()) == []  # no file was written in its place


def test_windows_advice_points_at_credential_manager(install_keyring, monkeypatch):
    monkeypatch.setattr("sys.platform", "win32")
    install_keyring(fail.Keyring())

    with pytest.raises(KeyringUnavailableError) as caught:
        open_secret_store()

    assert "Credential Manager" in caught.value.advice
    assert caught.value.advice in str(caught.value)


def test_a_switched_off_keyring_is_refused(install_keyring, linux):
    install_keyring(null.Keyring())

    with pytest.raises(KeyringUnavailableError, match="switched off"):
        open_secret_store()


def test_a_chain_without_backends_is_refused(install_keyring, linux, monkeypatch):
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [])
    install_keyring(ChainerBackend())

    with pytest.raises(KeyringUnavailableError, match="chain is empty"):
        open_secret_store()


def test_a_keyring_that_raises_on_the_probe_is_refused(install_keyring, linux):
    install_keyring(LockedKeyring())

    with pytest.raises(KeyringUnavailableError) as caught:
        open_secret_store()

    assert "KeyringLocked" in str(caught.value) and "Failed to unlock" in str(caught.value)


def test_a_keyring_that_loses_what_it_was_given_is_refused(install_keyring, linux):
    install_keyring(ForgetfulKeyring())

    with pytest.raises(KeyringUnavailableError, match="did not give back"):
        open_secret_store()


def test_a_plaintext_file_keyring_is_refused_without_being_written_to(install_keyring, linux):
    plaintext = PlaintextKeyring()
    install_keyring(plaintext)

    with pytest.raises(KeyringUnavailableError, match="in a file"):
        open_secret_store()
    assert plaintext.writes == 0


def test_an_in_memory_keyring_is_not_taken_for_the_system_keyring(install_keyring, linux):
    install_keyring(MemoryKeyring())

    with pytest.raises(KeyringUnavailableError, match="forgets everything"):
        open_secret_store()


def test_a_working_keyring_is_used_and_the_probe_leaves_nothing(install_keyring):
    working = StandInKeyring()
    install_keyring(working)

    store = open_secret_store()
    assert working.entries == {}
    store.save("connection:3", "api_token", "api-token-333")

    assert store.is_ephemeral is False
    assert store.backend_label == working.name
    assert set(working.entries) == {("InvoiceDesk/connection:3", "manifest")}
    assert store.read("connection:3", "api_token") == "api-token-333"


def test_a_chain_uses_the_first_backend_that_works(install_keyring, monkeypatch):
    monkeypatch.setattr(StandInKeyring, "chainable", True)
    working = StandInKeyring()
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [LockedKeyring(), working])
    install_keyring(ChainerBackend())

    store = open_secret_store()
    store.save("connection:4", "api_token", "api-token-444")

    assert ("InvoiceDesk/connection:4", "manifest") in working.entries


def test_allow_memory_gives_the_process_memory_store(install_keyring):
    install_keyring(fail.Keyring())

    first = open_secret_store(allow_memory=True)
    second = open_secret_store(allow_memory=True)
    try:
        first.save("connection:777001", "api_token", "shared-in-process")

        assert first.is_ephemeral and second.is_ephemeral
        assert first.backend_label == "in-memory (demo/test) — nothing is saved"
        assert second.read("connection:777001", "api_token") == "shared-in-process"
    finally:
        first.delete("connection:777001")


def test_the_environment_can_ask_for_the_memory_store(install_keyring, monkeypatch):
    install_keyring(fail.Keyring())
    monkeypatch.setenv("INVOICEDESK_SECRETS", "memory")

    assert open_secret_store().is_ephemeral is True


def test_an_unknown_environment_value_is_named_in_the_error(install_keyring, monkeypatch):
    install_keyring(StandInKeyring())
    monkeypatch.setenv("INVOICEDESK_SECRETS", "plaintext")

    with pytest.raises(SecretStoreError, match="INVOICEDESK_SECRETS='plaintext' is not understood"):
        open_secret_store()
