"""A demo world seeded into a temporary, in-memory-secrets context, and an environment in which the test can
see every file the seeding writes: temporary files, the default data folder and the working folder all point
into the test's own folder."""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from invoicedesk.app.context import AppContext
from invoicedesk.app.demo import DemoWorld, seed_demo
from invoicedesk.connectors.anaf.validation import RULES_DIR_ENV
from invoicedesk.secrets import MemoryKeyring, SecretStore
from invoicedesk.settings import HOME_ENV_VAR

# The official e-Factura rules beside the repository (never copied into it); tests that need them skip
# when they are not there.
KIT = (Path(__file__).resolve().parents[3].parent / "shared" / "validation").resolve()


@dataclass
class Sandboxed:
    """Where the process may write during a test: the folders every kind of write is pointed at."""

    temp: Path  # tempfile's folder: where a demo session without --data-dir makes its data folder
    home: Path  # the default data folder ($INVOICEDESK_HOME) and the user's home
    cwd: Path

    def outside_writes(self) -> list[Path]:
        return sorted(p for root in (self.home, self.cwd) for p in root.rglob("*"))


def sandboxed(patch: pytest.MonkeyPatch, root: Path) -> Sandboxed:
    box = Sandboxed(root / "tmp", root / "home", root / "cwd")
    for folder in (box.temp, box.home, box.cwd):
        folder.mkdir(parents=True, exist_ok=True)
    patch.setattr(tempfile, "tempdir", str(box.temp))
    patch.setenv(HOME_ENV_VAR, str(box.home))
    patch.setenv("HOME", str(box.home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        patch.setenv(name, str(box.home / name.lower()))
    # Whatever the machine has, the fallback checks are what these tests expect, unless they name the rules.
    patch.delenv(RULES_DIR_ENV, raising=False)
    patch.chdir(box.cwd)
    return box


@dataclass
class Seeded:
    ctx: AppContext
    world: DemoWorld
    keyring: MemoryKeyring
    box: Sandboxed


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    """One demo world per test module (seeding takes a few seconds); tests in it only read it."""
    with pytest.MonkeyPatch.context() as patch:
        box = sandboxed(patch, tmp_path_factory.mktemp("demo"))
        keyring = MemoryKeyring()
        ctx = AppContext.open(demo=True, secrets=SecretStore(keyring))
        try:
            yield Seeded(ctx, seed_demo(ctx), keyring, box)
        finally:
            ctx.close()


def open_demo_context(keyring: MemoryKeyring | None = None) -> AppContext:
    return AppContext.open(demo=True, secrets=SecretStore(keyring or MemoryKeyring()))


def listening(port: int) -> bool:
    """True when something accepts connections on 127.0.0.1:`port`."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
