"""Errors of the secrets facade. Their messages never contain a secret value."""

from __future__ import annotations


class SecretStoreError(Exception):
    """Base class: something went wrong while keeping a secret."""


class KeyringUnavailableError(SecretStoreError):
    """This machine has no usable keyring, so secrets cannot be stored at all.

    `reasons` lists why each candidate backend was refused; `advice` says what the user can do.
    """

    def __init__(self, message: str, *, reasons: list[str], advice: str) -> None:
        super().__init__(message)
        self.reasons = list(reasons)
        self.advice = advice


class SecretCorruptedError(SecretStoreError):
    """The keyring holds entries for a reference, but they do not add up to the value that was saved."""


class SecretAccessError(SecretStoreError):
    """The keyring refused an operation (locked, permission denied, service stopped...)."""
