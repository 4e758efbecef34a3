from __future__ import annotations

import base64
import binascii
import re

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties

from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.redaction import Redactor
from invoicedesk.secrets.store import SecretStore


class StandInKeyring(KeyringBackend):
    """Plays an operating-system keyring. Never picked by keyring's own detection (its priority raises),
    so defining it cannot change which keyring other tests in this process get."""

    chainable = False

    @properties.classproperty
    def priority(cls) -> float:
        if not cls.chainable:
            raise RuntimeError("test backend: used only when installed explicitly")
        return 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.writes += 1
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        del self.entries[(service, username)]


class CrashingKeyring(MemoryKeyring):
    """A Windows-sized in-memory keyring that stops working after a given number of changes,
    as if the machine lost power there."""

    def __init__(self) -> None:
        super().__init__(max_entry_bytes=MemoryKeyring.WINDOWS_ENTRY_LIMIT_BYTES)
        self.changes_left: int | None = None
        self.changes = 0

    def _change(self) -> None:
        if self.changes_left is not None:
            if self.changes_left == 0:
                raise OSError("simulated power cut")
            self.changes_left -= 1
        self.changes += 1

    def set_password(self, service, username, password):
        self._change()
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._change()
        super().delete_password(service, username)


@pytest.fixture
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture
def windows_sized_keyring() -> MemoryKeyring:
    return MemoryKeyring(max_entry_bytes=MemoryKeyring.WINDOWS_ENTRY_LIMIT_BYTES)


@pytest.fixture
def store(windows_sized_keyring: MemoryKeyring, redactor: Redactor) -> SecretStore:
    return SecretStore(windows_sized_keyring, redactor=redactor)


@pytest.fixture
def install_keyring(monkeypatch):
    """Install a keyring backend process-wide for one test; the previous one comes back afterwards."""
    monkeypatch.delenv("INVOICEDESK_SECRETS", raising=False)
    previous = keyring.core._keyring_backend
    yield keyring.set_keyring
    keyring.core._keyring_backend = previous


def decodable_from_base64(secret: str, text: str) -> bool:
    """True if a run of Base64 characters in `text`, read at any alignment, decodes to bytes with `secret`."""
    wanted = secret.encode("utf-8")
    for run in re.findall(r"[A-Za-z0-9+/_-]+", text):
        for alphabet_run in (run.replace("-", "+").replace("_", "/"),):
            for start in range(4):
                usable = alphabet_run[start:]
                usable = usable[: len(usable) // 4 * 4]
                try:
                    if wanted in base64.b64decode(usable):
                        return True
                except binascii.Error:
                    continue
    return False
