"""The only place secrets are kept: the operating system's keyring, reached through the `keyring` library.

The database holds a reference such as "connection:12" or "anaf-holder:7"; the values live here.
Each reference becomes the keyring service "InvoiceDesk/<ref>": the service is what Windows Credential
Manager and Secret Service tools show, so a person can tell which program and which connection an entry
belongs to (and remove it by hand), entries cannot collide with other programs', and the name carries no
secret and no personal data. A reference's values are kept together as one set (see layout.py), so that
a token pair can be replaced atomically and large values are split below Windows' 2560-byte entry limit.
"""

from __future__ import annotations

import logging
import os
import re
import secrets as random_tokens
import sys
import threading
from collections.abc import Iterable

from keyring import get_keyring
from keyring.backend import KeyringBackend

from invoicedesk.secrets import layout
from invoicedesk.secrets.backends import (
    backend_label,
    candidate_backends,
    is_ephemeral_backend,
    platform_advice,
    probe_failure,
    refusal_reason,
)
from invoicedesk.secrets.errors import (
    KeyringUnavailableError,
    SecretAccessError,
    SecretCorruptedError,
    SecretStoreError,
)
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.redaction import Redactor, default_redactor

log = logging.getLogger(__name__)

SERVICE_PREFIX = "InvoiceDesk/"
SECRETS_ENV = "INVOICEDESK_SECRETS"
_REF_PATTERN = re.compile(r"[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+")
# Secret operations are rare and short; one lock keeps a read-modify-write of a set whole within the process.
_lock = threading.RLock()


def service_name(ref: str) -> str:
    return f"{SERVICE_PREFIX}{ref}"


class SecretStore:
    """Saves, reads and deletes named secret values per reference, in one keyring backend."""

    def __init__(self, backend: KeyringBackend, *, redactor: Redactor | None = None) -> None:
        self._backend = backend
        self._redactor = redactor or default_redactor()

    @property
    def backend_label(self) -> str:
        """Where secrets go, in words a user recognises, e.g. "Windows Credential Manager"."""
        return backend_label(self._backend)

    @property
    def is_ephemeral(self) -> bool:
        """True when nothing saved survives the process (the in-memory backend of tests and demo mode)."""
        return is_ephemeral_backend(self._backend)

    def save(self, ref: str, name: str, value: str) -> None:
        self.save_many(ref, {name: value})

    def save_many(self, ref: str, values: dict[str, str]) -> None:
        """Set these names of `ref` to these values, all at once: after a crash either all or none changed.

        Names of `ref` not in `values` keep their values.
        """
        _check_ref(ref)
        for name, value in values.items():
            _check_name(name)
            if not isinstance(value, str):
                raise TypeError(f"the secret {name!r} of {ref} must be text, not {type(value).__name__}")
        if not values:
            return
        for value in values.values():
            self._redactor.register_secret(value)
        with _lock:
            manifest = self._read_manifest_leniently(ref)
            try:
                current = self._read_set(ref, manifest) if manifest is not None else {}
            except SecretCorruptedError:
                # What is there cannot be read by anyone; the new values replace it.
                log.warning("The saved secrets of %s were damaged; they are replaced by the new ones", ref)
                current = {}
            self._write_set(ref, manifest, {**current, **values})

    def read(self, ref: str, name: str) -> str | None:
        return self.read_many(ref, [name]).get(name)

    def read_many(self, ref: str, names: Iterable[str]) -> dict[str, str]:
        """The values of those names that are saved; a name that is not saved is left out."""
        _check_ref(ref)
        wanted = list(names)
        for name in wanted:
            _check_name(name)
        with _lock:
            stored = self._read_all(ref)
        found = {name: stored[name] for name in wanted if name in stored}
        for value in found.values():
            self._redactor.register_secret(value)
        return found

    def delete(self, ref: str, name: str | None = None) -> None:
        """Delete one name of `ref`, or with name=None all of `ref`. Deleting what is absent is fine."""
        _check_ref(ref)
        if name is not None:
            _check_name(name)
        with _lock:
            manifest = self._read_manifest_leniently(ref)
            if manifest is None:
                return
            if name is None:
                self._delete_all(ref, manifest)
                return
            current = self._read_set(ref, manifest)
            if name not in current:
                return
            for value in current.values():
                self._redactor.register_secret(value)
            remaining = {key: value for key, value in current.items() if key != name}
            if remaining:
                self._write_set(ref, manifest, remaining)
            else:
                self._delete_all(ref, manifest)

    # -- reading -------------------------------------------------------------------------------------------

    def _read_all(self, ref: str) -> dict[str, str]:
        entry = self._get(ref, layout.MANIFEST_USERNAME)
        if entry is None:
            return {}
        return self._read_set(ref, layout.parse_manifest(entry, ref))

    def _read_set(self, ref: str, manifest: layout.Manifest) -> dict[str, str]:
        if manifest.inline is not None:
            return layout.decode_values(manifest.inline, manifest.sha256, ref)
        if manifest.generation is None:
            return {}
        parts = []
        for index in range(manifest.chunks):
            part = self._get(ref, layout.chunk_username(manifest.generation, index))
            if part is None:
                raise SecretCorruptedError(layout.missing_chunk_message(ref, index, manifest.chunks))
            parts.append(part)
        return layout.decode_values("".join(parts), manifest.sha256, ref)

    def _read_manifest_leniently(self, ref: str) -> layout.Manifest | None:
        """The manifest, or None when there is none or it is unreadable (then it is simply overwritten)."""
        entry = self._get(ref, layout.MANIFEST_USERNAME)
        if entry is None:
            return None
        try:
            return layout.parse_manifest(entry, ref)
        except SecretCorruptedError:
            log.warning("The index entry of the secrets of %s is unreadable; it will be replaced", ref)
            return None

    # -- writing -------------------------------------------------------------------------------------------

    def _write_set(self, ref: str, old: layout.Manifest | None, values: dict[str, str]) -> None:
        blob = layout.encode_values(values)
        checksum = layout.digest(blob)
        garbage = (old.garbage + old.current_generation) if old is not None else ()
        new = layout.Manifest(sha256=checksum, inline=blob, garbage=garbage)
        if len(new.to_entry()) > layout.MAX_ENTRY_CHARS:
            chunks = layout.split_blob(blob)
            generation = random_tokens.token_hex(6)
            # First record that this generation may exist, so that a crash while writing it leaves a trace
            # that the next write cleans up, while the manifest still points at the old values.
            intent = old or layout.Manifest()
            intent = intent.with_garbage((*intent.garbage, (generation, len(chunks))))
            self._set(ref, layout.MANIFEST_USERNAME, intent.to_entry())
            for index, chunk in enumerate(chunks):
                self._set(ref, layout.chunk_username(generation, index), chunk)
            new = layout.Manifest(sha256=checksum, generation=generation, chunks=len(chunks), garbage=garbage)
        self._set(ref, layout.MANIFEST_USERNAME, new.to_entry())
        self._collect_garbage(ref, new)

    def _delete_all(self, ref: str, old: layout.Manifest) -> None:
        garbage = old.garbage + old.current_generation
        if garbage:
            # The values are gone the moment this is written; the chunks are then removed one by one.
            self._set(ref, layout.MANIFEST_USERNAME, layout.Manifest(garbage=garbage).to_entry())
            if not self._delete_generations(ref, garbage):
                return
        self._delete_entry(ref, layout.MANIFEST_USERNAME)

    def _collect_garbage(self, ref: str, manifest: layout.Manifest) -> None:
        if not manifest.garbage:
            return
        if self._delete_generations(ref, manifest.garbage):
            self._set(ref, layout.MANIFEST_USERNAME, manifest.with_garbage(()).to_entry())

    def _delete_generations(self, ref: str, generations: tuple[tuple[str, int], ...]) -> bool:
        """Delete every chunk of these generations; False if the keyring refused some (they stay listed)."""
        try:
            for generation, count in generations:
                for index in range(count):
                    self._delete_entry(ref, layout.chunk_username(generation, index))
        except SecretAccessError as exc:
            log.warning("Old parts of the secrets of %s could not be deleted yet: %s", ref, exc)
            return False
        return True

    # -- keyring calls -------------------------------------------------------------------------------------

    def _get(self, ref: str, username: str) -> str | None:
        try:
            return self._backend.get_password(service_name(ref), username)
        except Exception as exc:
            raise self._access_error("read", ref, exc) from exc

    def _set(self, ref: str, username: str, entry: str) -> None:
        try:
            self._backend.set_password(service_name(ref), username, entry)
        except Exception as exc:
            raise self._access_error("save", ref, exc) from exc

    def _delete_entry(self, ref: str, username: str) -> None:
        service = service_name(ref)
        try:
            if self._backend.get_password(service, username) is not None:
                self._backend.delete_password(service, username)
        except Exception as exc:
            raise self._access_error("delete", ref, exc) from exc

    def _access_error(self, action: str, ref: str, exc: Exception) -> SecretAccessError:
        detail = self._redactor.redact_text(str(exc).strip()) or "no details given"
        return SecretAccessError(
            f"Could not {action} the secrets of {ref} in {self.backend_label}: "
            f"{type(exc).__name__}: {detail}. If the keyring is locked, unlock it and try again."
        )


def _check_ref(ref: str) -> None:
    if not isinstance(ref, str) or not _REF_PATTERN.fullmatch(ref):
        raise ValueError(f"{ref!r} is not a secret reference; expected a kind and an id like 'connection:12'")


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{name!r} is not a secret name; expected a non-empty text like 'client_secret'")


_process_memory = MemoryKeyring()


def open_secret_store(*, allow_memory: bool = False) -> SecretStore:
    """The store over the operating system's keyring, checked to really work.

    allow_memory=True (or the environment variable INVOICEDESK_SECRETS=memory) gives the in-memory store of
    tests and demo mode instead: one per process, like a real keyring, so that what one part of the program
    saved another can read; its label says that nothing is saved.
    Raises KeyringUnavailableError when no secure keyring works. There is deliberately no fallback to a
    file: without a keyring the user is told what to do.
    """
    requested = os.environ.get(SECRETS_ENV, "").strip().lower()
    if requested not in ("", "memory", "keyring"):
        raise SecretStoreError(
            f"{SECRETS_ENV}={requested!r} is not understood. Use 'memory' (nothing is saved; for tests and "
            "demos) or leave it unset to use the system keyring."
        )
    if allow_memory or requested == "memory":
        return SecretStore(_process_memory)

    reasons = []
    for candidate in candidate_backends(get_keyring()):
        reason = refusal_reason(candidate) or probe_failure(candidate)
        if reason is None:
            return SecretStore(candidate)
        reasons.append(reason)
    if not reasons:
        reasons.append("no keyring backend is available (the keyring chain is empty)")
    advice = platform_advice(sys.platform)
    raise KeyringUnavailableError(
        "InvoiceDesk cannot store passwords and API keys on this computer, so it cannot connect to any "
        f"service: {'; '.join(reasons)}. Secrets are never written to a plain file instead. "
        f"What to do: {advice}",
        reasons=reasons,
        advice=advice,
    )
