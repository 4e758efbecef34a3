"""The demo's life: it lives in a temporary folder with its emulators, support can act on it (map, Resend),
and closing the context stops the emulators and leaves nothing behind; it refuses to mix with real data."""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from keyring.backend import KeyringBackend

from invoicedesk.app.companies import add_company, list_companies
from invoicedesk.app.context import AppContext
from invoicedesk.app.demo import CZECH_COMPANY, DemoSeedError, seed_demo
from invoicedesk.app.payment_mappings import set_mapping
from invoicedesk.app.sync import document_jobs, resend, run_connection
from invoicedesk.secrets import SecretStore
from invoicedesk.sync.outbox import JobState, Operation

from .conftest import files_under, listening, open_demo_context, sandboxed


def sandbox_threads() -> list[str]:
    return [thread.name for thread in threading.enumerate() if thread.name.startswith("sandbox-")]


def test_support_maps_the_gateway_resends_and_closing_stops_everything_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    box = sandboxed(monkeypatch, tmp_path)
    threads_before = sandbox_threads()
    ctx = open_demo_context()
    try:
        data_dir = ctx.paths.data_dir
        assert data_dir.parent == box.temp  # the demo's own temporary folder
        world = seed_demo(ctx)
        ports = [urlsplit(url).port for url in world.emulator_urls.values()]
        assert all(listening(port) for port in ports)

        # What support shows: map the payment method in the grid, press Resend, and the invoice goes out.
        (held,) = [d for d in world.documents if d.state == "needs_attention"]
        (job,) = [j for j in document_jobs(ctx, held.id) if j.operation is Operation.PUSH]
        set_mapping(ctx, world.fakturoid_connection.id, "online_gateway", "card")
        resend(ctx, job.id)
        run_connection(ctx, world.fakturoid_connection.id)
        (sent,) = [j for j in document_jobs(ctx, held.id) if j.operation is Operation.PUSH]
        assert sent.state is JobState.DONE and sent.remote_number

        written = files_under(data_dir)
        assert any(f.name.endswith(".sqlite3") for f in written)
        assert box.outside_writes() == []  # neither the default data folder nor the working folder
    finally:
        ctx.close()

    assert not any(listening(port) for port in ports)
    assert sandbox_threads() == threads_before
    assert not data_dir.exists() and list(box.temp.iterdir()) == []
    assert box.outside_writes() == []


class PersistentKeyring(KeyringBackend):
    """Stands for the operating system's keyring: whatever is saved in it outlives the process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


def test_a_session_with_the_real_keyring_is_refused_before_anything_starts(tmp_path: Path):
    keyring = PersistentKeyring()
    ctx = AppContext.open(data_dir=tmp_path / "data", secrets=SecretStore(keyring))
    threads_before = sandbox_threads()
    try:
        with pytest.raises(DemoSeedError, match="--demo"):
            seed_demo(ctx)
        assert list_companies(ctx) == [] and keyring.saved == {}
        assert sandbox_threads() == threads_before
    finally:
        ctx.close()


def test_a_database_that_already_holds_data_is_left_alone(tmp_path: Path):
    ctx = open_demo_context()
    threads_before = sandbox_threads()
    try:
        existing = add_company(ctx, CZECH_COMPANY)
        with pytest.raises(DemoSeedError, match="empty"):
            seed_demo(ctx)
        assert [company.id for company in list_companies(ctx)] == [existing.id]
        assert sandbox_threads() == threads_before
    finally:
        ctx.close()
