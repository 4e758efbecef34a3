"""A keyring backend kept in process memory, for tests and demo mode: nothing is ever written to disk."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError, PasswordSetError


class MemoryKeyring(KeyringBackend):
    """A real `keyring` backend whose entries live only as long as this object.

    `max_entry_bytes` imitates Windows Credential Manager, which refuses a secret larger than 2560 bytes and
    whose keyring backend stores text as UTF-16: with a limit set, a value whose UTF-16-LE encoding is longer
    is refused the way the real backend refuses it, so tests can prove that large values are split.
    """

    WINDOWS_ENTRY_LIMIT_BYTES = 2560

    @properties.classproperty
    def priority(cls) -> float:
        # Below keyring's own "fail" backend (0): keyring's automatic selection must never pick a store that
        # forgets everything; it is only ever used when asked for by name.
        return -10

    def __init__(self, *, max_entry_bytes: int | None = None) -> None:
        super().__init__()
        self.max_entry_bytes = max_entry_bytes
        self._entries: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        size = len(password.encode("utf-16-le"))
        if self.max_entry_bytes is not None and size > self.max_entry_bytes:
            raise PasswordSetError(
                f"entry {username!r} of {service!r} is {size} bytes; this keyring accepts at most "
                f"{self.max_entry_bytes} bytes per entry"
            )
        with self._lock:
            self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._entries.pop((service, username), None) is None:
                raise PasswordDeleteError(f"no entry {username!r} in {service!r}")

    def entries(self) -> dict[tuple[str, str], str]:
        """A snapshot of every (service, username) -> value held, for inspection in tests and demos."""
        with self._lock:
            return dict(self._entries)

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()
