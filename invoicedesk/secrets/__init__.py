"""Secrets: kept only in the operating system's keyring, and redacted from all text leaving the process."""

from invoicedesk.secrets.errors import (
    KeyringUnavailableError,
    SecretAccessError,
    SecretCorruptedError,
    SecretStoreError,
)
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.redaction import (
    Redactor,
    redact_body,
    redact_headers,
    redact_text,
    redact_url,
    register_secret,
)
from invoicedesk.secrets.store import SecretStore, open_secret_store

__all__ = [
    "KeyringUnavailableError",
    "MemoryKeyring",
    "Redactor",
    "SecretAccessError",
    "SecretCorruptedError",
    "SecretStore",
    "SecretStoreError",
    "open_secret_store",
    "redact_body",
    "redact_headers",
    "redact_text",
    "redact_url",
    "register_secret",
]
