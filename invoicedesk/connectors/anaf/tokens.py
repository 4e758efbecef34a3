"""ANAF's token pair for one certificate holder: kept in the keyring, renewed before it expires.

One token set serves every company (CIF) its holder may act for in SPV, so tokens belong to the holder, not
to a company. The pair is saved with SecretStore.save_many, atomically: a refresh rotates BOTH tokens and the
old refresh token must never be used again, so a half-saved pair would lose the sign-in.

Renewal happens when the access token has fewer than 7 days left (or half its lifetime, if ANAF ever issues
short-lived tokens), on demand, and once after a 401. A lock per holder, held across threads and processes,
makes sure two callers never rotate the same pair twice: whoever gets the lock second re-reads the keyring
and finds the pair already renewed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from invoicedesk.connectors.anaf import jwt
from invoicedesk.connectors.errors import ConnectorError
from invoicedesk.secrets.store import SecretStore

log = logging.getLogger(__name__)

# Lifetimes assumed only when a token's own `exp` cannot be read (ANAF's guide: 90 days and 365 days).
ACCESS_FALLBACK = dt.timedelta(days=90)
REFRESH_FALLBACK = dt.timedelta(days=365)
RENEW_MARGIN = dt.timedelta(days=7)
# How long a caller waits for another process that is renewing the same pair (a renewal takes seconds).
LOCK_WAIT_SECONDS = 120.0
# After a failed renewal while the access token still works, callers use it for this long before the next
# attempt: every API call must not become another refused request to ANAF.
RETRY_RENEWAL_AFTER = dt.timedelta(minutes=10)
# A refresh token this close to its end is not worth trying: ANAF would refuse it mid-request.
REFRESH_SAFETY = dt.timedelta(seconds=60)

_ACCESS, _REFRESH, _OBTAINED = "access_token", "refresh_token", "obtained_at"


@dataclass(frozen=True)
class TokenSet:
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    obtained_at: dt.datetime
    access_expires_at: dt.datetime
    refresh_expires_at: dt.datetime
    access_issued_at: dt.datetime
    expiry_from_token: bool  # False when a fallback lifetime was assumed for either token
    certificate_serial: str = ""

    @classmethod
    def from_tokens(cls, access_token: str, refresh_token: str, *, obtained_at: dt.datetime) -> TokenSet:
        access_exp, refresh_exp = jwt.expiry(access_token), jwt.expiry(refresh_token)
        issued = _issued_at(access_token) or obtained_at
        return cls(
            access_token=access_token,
            refresh_token=refresh_token,
            obtained_at=obtained_at,
            access_expires_at=access_exp or obtained_at + ACCESS_FALLBACK,
            refresh_expires_at=refresh_exp or obtained_at + REFRESH_FALLBACK,
            access_issued_at=issued,
            expiry_from_token=access_exp is not None and refresh_exp is not None,
            certificate_serial=jwt.claim(access_token, "serial"),
        )

    def to_secrets(self) -> dict[str, str]:
        return {_ACCESS: self.access_token, _REFRESH: self.refresh_token,
                _OBTAINED: self.obtained_at.astimezone(dt.UTC).isoformat()}

    @classmethod
    def from_secrets(cls, values: dict[str, str]) -> TokenSet | None:
        access, refresh = values.get(_ACCESS, ""), values.get(_REFRESH, "")
        if not access or not refresh:
            return None
        try:
            obtained = dt.datetime.fromisoformat(values.get(_OBTAINED, ""))
        except ValueError:
            obtained = dt.datetime.now(dt.UTC)
        if obtained.tzinfo is None:
            obtained = obtained.replace(tzinfo=dt.UTC)
        return cls.from_tokens(access, refresh, obtained_at=obtained)

    def renew_margin(self) -> dt.timedelta:
        lifetime = self.access_expires_at - self.access_issued_at
        return min(RENEW_MARGIN, max(lifetime / 2, dt.timedelta(0)))

    def needs_renewal(self, now: dt.datetime) -> bool:
        return self.access_expires_at - now < self.renew_margin()

    def access_usable(self, now: dt.datetime) -> bool:
        return self.access_expires_at > now

    def refresh_usable(self, now: dt.datetime) -> bool:
        return self.refresh_expires_at - REFRESH_SAFETY > now

    def days_until_certificate_login(self, now: dt.datetime) -> int:
        """Whole days left before the refresh token ends and the certificate is needed again."""
        return max(0, (self.refresh_expires_at - now).days)


def _issued_at(token: str) -> dt.datetime | None:
    try:
        iat = jwt.unverified_claims(token).get("iat")
    except jwt.UnreadableTokenError:
        return None
    if isinstance(iat, bool) or not isinstance(iat, int | float):
        return None
    try:
        return dt.datetime.fromtimestamp(iat, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


class TokenVault:
    """The token pair of one holder in the keyring, under a reference such as "anaf-holder:3f9c…"."""

    def __init__(self, secrets: SecretStore, ref: str) -> None:
        self.secrets = secrets
        self.ref = ref

    def load(self) -> TokenSet | None:
        return TokenSet.from_secrets(self.secrets.read_many(self.ref, [_ACCESS, _REFRESH, _OBTAINED]))

    def save(self, tokens: TokenSet) -> None:
        self.secrets.save_many(self.ref, tokens.to_secrets())

    def clear(self) -> None:
        self.secrets.delete(self.ref)


Refresher = Callable[[str], TokenSet]


class NotSignedInError(LookupError):
    """No usable token pair: none is saved, or its refresh token ended. Only a certificate sign-in helps."""


class TokenKeeper:
    """Hands out a valid access token for one holder, renewing the pair when needed, once at a time."""

    def __init__(
        self,
        vault: TokenVault,
        refresher: Refresher,
        *,
        lock_file: Path | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.vault = vault
        self.refresher = refresher
        self.lock_file = lock_file
        self._now = now

    def current(self) -> TokenSet | None:
        return self.vault.load()

    def access_token(self) -> str:
        """A usable access token; the pair is renewed first when little time is left.

        If renewal fails while the current access token is still valid, that token is returned (the next
        call tries again); raises NotSignedInError or the refresher's error when no usable token remains.
        """
        tokens = self._require(self.vault.load())
        now = self._now()
        if not tokens.needs_renewal(now) or self._recently_failed(tokens, now):
            return tokens.access_token
        with self._locked():
            tokens = self._require(self.vault.load())
            now = self._now()
            if not tokens.needs_renewal(now) or self._recently_failed(tokens, now):
                return tokens.access_token  # another caller renewed it (or tried) while we waited
            try:
                return self._rotate(tokens, now).access_token
            except (ConnectorError, NotSignedInError) as exc:
                if tokens.access_usable(now):
                    _failed_renewals[self.vault.ref] = (tokens.refresh_token, now)
                    log.warning("Renewing the ANAF tokens failed (%s); the current access token is still "
                                "valid until %s and is used meanwhile", _reason(exc),
                                tokens.access_expires_at.isoformat())
                    return tokens.access_token
                raise

    def refresh(self) -> TokenSet:
        """Renew the pair now (the "Refresh token" button)."""
        with self._locked():
            tokens = self._require(self.vault.load())
            return self._rotate(tokens, self._now())

    def after_unauthorized(self, rejected_access_token: str) -> str:
        """ANAF answered 401 to `rejected_access_token`: renew once, unless someone already has."""
        with self._locked():
            tokens = self._require(self.vault.load())
            if tokens.access_token != rejected_access_token:
                return tokens.access_token
            return self._rotate(tokens, self._now()).access_token

    def _recently_failed(self, tokens: TokenSet, now: dt.datetime) -> bool:
        failed = _failed_renewals.get(self.vault.ref)
        return (failed is not None and failed[0] == tokens.refresh_token and tokens.access_usable(now)
                and now - failed[1] < RETRY_RENEWAL_AFTER)

    def save_new(self, tokens: TokenSet) -> None:
        """Keep a pair that just came from a certificate sign-in, replacing whatever was there."""
        with self._locked():
            self.vault.save(tokens)

    def _rotate(self, tokens: TokenSet, now: dt.datetime) -> TokenSet:
        if not tokens.refresh_usable(now):
            raise NotSignedInError(f"the saved refresh token ended on {tokens.refresh_expires_at:%Y-%m-%d}")
        # If the answer to this request is lost, the pair on file stays: whether ANAF already rotated it is
        # unknowable (there is nothing to look up), and trying the same refresh token again is the only way
        # short of a new certificate sign-in.
        renewed = self.refresher(tokens.refresh_token)
        self.vault.save(renewed)
        log.info("ANAF tokens renewed; the access token is valid until %s",
                 renewed.access_expires_at.isoformat())
        return renewed

    @staticmethod
    def _require(tokens: TokenSet | None) -> TokenSet:
        if tokens is None:
            raise NotSignedInError("no ANAF tokens are saved for this certificate holder")
        return tokens

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with _thread_lock(self.vault.ref), _process_lock(self.lock_file):
            yield


def _reason(error: Exception) -> str:
    return error.category.value if isinstance(error, ConnectorError) else "the refresh token has ended"


# Per holder reference: the refresh token whose renewal last failed, and when (in this process).
_failed_renewals: dict[str, tuple[str, dt.datetime]] = {}
_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(ref: str) -> threading.Lock:
    with _thread_locks_guard:
        return _thread_locks.setdefault(ref, threading.Lock())


@contextmanager
def _process_lock(path: Path | None) -> Iterator[None]:
    """An exclusive lock on `path` shared with other InvoiceDesk processes (the GUI and the CLI at once)."""
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"Another InvoiceDesk window or command has been renewing the ANAF tokens for over "
                    f"{LOCK_WAIT_SECONDS:g} s (lock file {path.name}); close it or try again later.")
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(handle)


if os.name == "nt":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
