"""Where the official validation artefacts live on this machine, and fetching them once.

A rules folder has the layout of the manifest: `ubl-2.1/maindoc/UBL-{Invoice,CreditNote}-2.1.xsd`,
`ubl-2.1/common/…` and `cius-ro-1.0.9/EN16931-CIUS_RO-UBL-validation.xslt`. It is, in order of preference,
a folder the caller names, the folder in $INVOICEDESK_RULES_DIR, or `<data dir>/rules/cius-ro-1.0.9`,
which `ensure_rules` fills from the pinned addresses.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from invoicedesk.connectors.anaf.validation.download import DownloadError, fetch_url
from invoicedesk.connectors.anaf.validation.manifest import (
    CREDIT_NOTE_XSD,
    INVOICE_XSD,
    RULES_MANIFEST,
    RULES_VERSION,
    RULES_XSLT,
    RuleFile,
)

log = logging.getLogger(__name__)

RULES_DIR_ENV = "INVOICEDESK_RULES_DIR"

Fetch = Callable[[str], bytes]


class RulesError(Exception):
    """The validation rules are missing, incomplete or could not be fetched; the message says what to do."""


@dataclass(frozen=True)
class RulesLocation:
    root: Path

    @property
    def invoice_xsd(self) -> Path:
        return self.root / INVOICE_XSD

    @property
    def credit_note_xsd(self) -> Path:
        return self.root / CREDIT_NOTE_XSD

    @property
    def xslt(self) -> Path:
        return self.root / RULES_XSLT

    def missing(self) -> list[str]:
        """The files the validator needs that are not there (relative paths)."""
        return [rel for rel in (INVOICE_XSD, CREDIT_NOTE_XSD, RULES_XSLT) if not (self.root / rel).is_file()]


def rules_location(data_dir: Path, override: Path | None = None) -> RulesLocation:
    """The folder to validate with: `override`, else $INVOICEDESK_RULES_DIR, else the download folder."""
    if override is not None:
        return RulesLocation(Path(override))
    from_env = os.environ.get(RULES_DIR_ENV, "").strip()
    if from_env:
        return RulesLocation(Path(from_env))
    return RulesLocation(Path(data_dir) / "rules" / RULES_VERSION)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify_rules(target: Path, manifest: Sequence[RuleFile] = RULES_MANIFEST) -> list[str]:
    """Relative paths of files under `target` that are missing or whose bytes differ from the manifest."""
    bad = []
    for item in manifest:
        path = target / item.path
        try:
            if _sha256(path.read_bytes()) != item.sha256:
                bad.append(item.path)
        except OSError:
            bad.append(item.path)
    return bad


def _fetch_verified(item: RuleFile, fetch: Fetch) -> bytes:
    reasons = []
    for url in item.urls:
        try:
            data = fetch(url)
        except DownloadError as exc:
            reasons.append(str(exc))
            continue
        digest = _sha256(data)
        if digest == item.sha256:
            return data
        reasons.append(f"{url} sent bytes with SHA-256 {digest}, expected {item.sha256}")
    raise RulesError(
        f"Could not obtain the e-Factura validation file {item.path}: "
        + "; ".join(reasons)
        + ". Check the internet connection and try again, or point the application at a folder that holds"
        f" the official files ({RULES_DIR_ENV})."
    )


def ensure_rules(
    target: Path, manifest: Sequence[RuleFile] = RULES_MANIFEST, fetch: Fetch = fetch_url
) -> RulesLocation:
    """Make `target` hold every manifest file with the pinned checksum, downloading only if it does not.

    Everything is fetched and verified into a temporary folder beside `target` and moved into place with
    one rename, so a failure (network, checksum) leaves no partial or unverified rules behind.
    """
    target = Path(target)
    if not verify_rules(target, manifest):
        return RulesLocation(target)

    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        for item in manifest:
            data = _fetch_verified(item, fetch)
            path = staging / item.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        _swap_into_place(staging, target, manifest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("e-Factura validation rules %s installed in %s", RULES_VERSION, target)
    return RulesLocation(target)


def _swap_into_place(staging: Path, target: Path, manifest: Sequence[RuleFile]) -> None:
    old = None
    if target.exists():
        # A damaged or outdated copy: move it aside first (Windows cannot rename onto an existing folder).
        old = target.with_name(f".{target.name}-old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    try:
        staging.rename(target)
    except OSError:
        # Another process installed the rules at the same moment; theirs are as good as ours if they verify.
        if verify_rules(target, manifest):
            if old is not None and not target.exists():
                old.rename(target)
            raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
