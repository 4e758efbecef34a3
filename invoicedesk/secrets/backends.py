"""Which keyring backend we are talking to: its name for people, and whether it can really keep a secret."""

from __future__ import annotations

import secrets as random_tokens

from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from invoicedesk.secrets.memory import MemoryKeyring

MEMORY_LABEL = "in-memory (demo/test) — nothing is saved"

# Keyed by "module.Class" so that backends of other platforms need not be importable here.
_LABELS = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
}

PROBE_SERVICE = "InvoiceDesk/probe"


def _qualified_name(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def backend_label(backend: KeyringBackend) -> str:
    """A name a bookkeeper recognises, e.g. "Windows Credential Manager"."""
    if isinstance(backend, MemoryKeyring):
        return MEMORY_LABEL
    return _LABELS.get(_qualified_name(backend), getattr(backend, "name", type(backend).__name__))


def is_ephemeral_backend(backend: KeyringBackend) -> bool:
    """True when what is saved disappears with the process."""
    return isinstance(backend, MemoryKeyring)


def candidate_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends that would really hold our entries; a chainer is replaced by the backends it chains."""
    if isinstance(backend, ChainerBackend):
        return list(backend.backends)
    return [backend]


def refusal_reason(backend: KeyringBackend) -> str | None:
    """Why this backend must not hold secrets, judged from its kind alone; None if it may be tried."""
    if isinstance(backend, FailKeyring):
        return "no keyring backend was found on this computer"
    if isinstance(backend, NullKeyring):
        return "the keyring is switched off (null backend configured)"
    if isinstance(backend, MemoryKeyring):
        return "the in-memory keyring forgets everything when InvoiceDesk closes"
    if _qualified_name(backend).startswith("keyrings.alt."):
        # keyrings.alt keeps secrets in files (plain text or with a weak or console-prompted key).
        return f"{backend_label(backend)} keeps secrets in a file instead of the system's protected store"
    return None


def probe_failure(backend: KeyringBackend) -> str | None:
    """Write, read back and delete a throw-away entry; return what went wrong, or None if all worked."""
    username = f"probe-{random_tokens.token_hex(8)}"
    value = random_tokens.token_urlsafe(24)
    written = False
    try:
        backend.set_password(PROBE_SERVICE, username, value)
        written = True
        if backend.get_password(PROBE_SERVICE, username) != value:
            return f"{backend_label(backend)} did not give back what was written to it (is it locked?)"
        backend.delete_password(PROBE_SERVICE, username)
        written = False
        if backend.get_password(PROBE_SERVICE, username) is not None:
            return f"{backend_label(backend)} did not delete a test entry"
    except Exception as exc:
        detail = str(exc).strip() or "no details given"
        return f"{backend_label(backend)} failed a test write/read/delete ({type(exc).__name__}: {detail})"
    finally:
        if written:
            try:
                backend.delete_password(PROBE_SERVICE, username)
            except Exception:  # noqa: S110 - the failure is already being reported; the entry holds no secret
                pass
    return None


def platform_advice(platform: str) -> str:
    """What a user on `platform` (a sys.platform value) can do to get a working keyring."""
    if platform.startswith("win"):
        return (
            "Make sure the Windows service 'Credential Manager' is running (Win+R → services.msc → "
            "Credential Manager → Start, startup type Manual or Automatic) and that you are signed in with "
            "your normal Windows profile, not a temporary one; then start InvoiceDesk again."
        )
    if platform == "darwin":
        return "Unlock your login keychain in the Keychain Access app; then start InvoiceDesk again."
    return (
        "Install and start a Secret Service provider for your desktop, such as GNOME Keyring (package "
        "'gnome-keyring') or KWallet, make sure it runs in your session (D-Bus) and unlock it when asked; "
        "then start InvoiceDesk again."
    )
