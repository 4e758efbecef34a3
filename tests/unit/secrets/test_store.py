from __future__ import annotations

import json
import threading

import pytest
from keyring.errors import KeyringLocked, PasswordSetError

from invoicedesk.secrets.errors import SecretAccessError, SecretCorruptedError
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.redaction import MARKER, Redactor
from invoicedesk.secrets.store import SecretStore

from .conftest import CrashingKeyring

REF = "anaf-holder:7"
SERVICE = "InvoiceDesk/anaf-holder:7"
NON_ASCII = "Žluťoučký kůň úpěl ďábelské ódy – zażółć gęślą jaźń – ăîșț 🐎🔑"


def ascii_value(length: int) -> str:
    # Varied characters, so that a chunk put back in the wrong order would not go unnoticed.
    return "".join(chr(33 + (i * 7919) % 94) for i in range(length))


def chunk_entries(keyring: MemoryKeyring) -> set[str]:
    return {username for (_service, username) in keyring.entries() if username.startswith("chunk.")}


@pytest.mark.parametrize(
    "value",
    [
        ascii_value(1),
        ascii_value(2559),
        ascii_value(2561),
        ascii_value(10_000),
        NON_ASCII,
        NON_ASCII * 60,
        "🐎" * 640,  # exactly 2560 bytes in UTF-16
    ],
    ids=["1B", "2559B", "2561B", "10kB", "non-ascii", "non-ascii-big", "2560B-utf16"],
)
def test_values_round_trip_under_the_windows_entry_limit(store, windows_sized_keyring, value):
    store.save(REF, "access_token", value)

    assert store.read(REF, "access_token") == value
    assert SecretStore(windows_sized_keyring).read(REF, "access_token") == value
    for entry in windows_sized_keyring.entries().values():
        assert len(entry.encode("utf-16-le")) <= MemoryKeyring.WINDOWS_ENTRY_LIMIT_BYTES


def test_a_big_value_is_refused_unsplit_but_the_store_splits_it(store, windows_sized_keyring):
    big = ascii_value(5000)
    with pytest.raises(PasswordSetError):
        windows_sized_keyring.set_password(SERVICE, "raw", big)

    store.save(REF, "refresh_token", big)

    assert len(chunk_entries(windows_sized_keyring)) >= 2
    assert store.read(REF, "refresh_token") == big


def test_entries_live_under_the_invoicedesk_service_of_the_reference(store, windows_sized_keyring):
    store.save("connection:12", "api_token", "tok-123456")

    services = {service for service, _username in windows_sized_keyring.entries()}
    assert services == {"InvoiceDesk/connection:12"}
    assert all("tok-123456" not in username for _service, username in windows_sized_keyring.entries())


def test_names_are_kept_apart_and_save_many_keeps_other_names(store):
    store.save(REF, "client_secret", "client-secret-1")
    store.save_many(REF, {"access_token": ascii_value(3000), "refresh_token": ascii_value(2000)})

    assert store.read_many(REF, ["client_secret", "access_token", "refresh_token", "absent"]) == {
        "client_secret": "client-secret-1",
        "access_token": ascii_value(3000),
        "refresh_token": ascii_value(2000),
    }
    assert store.read(REF, "absent") is None
    assert store.read("connection:99", "client_secret") is None


def test_deleting_one_name_keeps_the_others(store, windows_sized_keyring):
    store.save_many(REF, {"access_token": ascii_value(3000), "refresh_token": "refresh-1"})

    store.delete(REF, "access_token")

    assert store.read_many(REF, ["access_token", "refresh_token"]) == {"refresh_token": "refresh-1"}
    assert chunk_entries(windows_sized_keyring) == set()


def test_deleting_a_reference_removes_all_its_entries_and_nothing_else(store, windows_sized_keyring):
    store.save_many(REF, {"access_token": ascii_value(3000), "refresh_token": ascii_value(3000)})
    store.save("connection:12", "api_token", "tok-123456")

    store.delete(REF)
    store.delete(REF)  # deleting what is gone is fine
    store.delete("connection:404", "api_token")

    assert store.read_many(REF, ["access_token", "refresh_token"]) == {}
    assert {service for service, _ in windows_sized_keyring.entries()} == {"InvoiceDesk/connection:12"}


def test_replacing_a_big_set_leaves_no_old_parts_behind(store, windows_sized_keyring):
    store.save_many(REF, {"access_token": ascii_value(4000)})
    first_generation = chunk_entries(windows_sized_keyring)

    store.save_many(REF, {"access_token": ascii_value(4500)})

    assert chunk_entries(windows_sized_keyring).isdisjoint(first_generation)
    manifest = json.loads(windows_sized_keyring.get_password(SERVICE, "manifest"))
    assert "garbage" not in manifest


OLD = {"access_token": "old-access-" + ascii_value(2500), "refresh_token": "old-refresh-" + ascii_value(2500)}
NEW = {"access_token": "new-access-" + ascii_value(2600), "refresh_token": "new-refresh-" + ascii_value(2600)}
SMALL = {"access_token": "small-access-token", "refresh_token": "small-refresh-token"}


def count_changes(operation) -> int:
    keyring = CrashingKeyring()
    operation(SecretStore(keyring, redactor=Redactor()), keyring)
    return keyring.changes


@pytest.mark.parametrize(
    ("before", "after"),
    [(OLD, NEW), (SMALL, NEW), (OLD, SMALL), (None, NEW)],
    ids=["big-to-big", "small-to-big", "big-to-small", "nothing-to-big"],
)
def test_a_crash_at_any_point_of_save_many_leaves_the_old_or_the_new_set(before, after):
    def prepare(store, keyring):
        if before is not None:
            store.save_many(REF, before)
        keyring.changes = 0

    def replace(store, keyring):
        prepare(store, keyring)
        store.save_many(REF, after)

    total = count_changes(replace)
    assert total >= 1
    for crash_at in range(total):
        keyring = CrashingKeyring()
        store = SecretStore(keyring, redactor=Redactor())
        prepare(store, keyring)
        keyring.changes_left = crash_at
        try:
            store.save_many(REF, after)
        except SecretAccessError:
            pass
        keyring.changes_left = None

        survivor = SecretStore(keyring, redactor=Redactor()).read_many(REF, list(after))
        assert survivor in ({} if before is None else before, after), f"crash after {crash_at} changes"

        # The next write cleans up whatever the crash left half-done.
        SecretStore(keyring, redactor=Redactor()).save_many(REF, SMALL)
        assert set(keyring.entries()) == {(SERVICE, "manifest")}, f"crash after {crash_at} changes"


def test_a_crash_while_deleting_leaves_the_set_or_nothing():
    def delete(store, keyring):
        store.save_many(REF, OLD)
        keyring.changes = 0
        store.delete(REF)

    total = count_changes(delete)
    for crash_at in range(total):
        keyring = CrashingKeyring()
        store = SecretStore(keyring, redactor=Redactor())
        store.save_many(REF, OLD)
        keyring.changes_left = crash_at
        try:
            store.delete(REF)
        except SecretAccessError:
            pass
        keyring.changes_left = None

        assert store.read_many(REF, list(OLD)) in (OLD, {})
        store.delete(REF)
        assert keyring.entries() == {}


def test_a_changed_chunk_is_reported_as_corrupted_never_as_a_half_value(store, windows_sized_keyring):
    secret = ascii_value(4000)
    store.save(REF, "access_token", secret)
    chunk = sorted(chunk_entries(windows_sized_keyring))[0]
    original = windows_sized_keyring.get_password(SERVICE, chunk)
    windows_sized_keyring.set_password(SERVICE, chunk, "X" + original[1:])

    with pytest.raises(SecretCorruptedError) as caught:
        store.read(REF, "access_token")

    message = str(caught.value)
    assert REF in message and "Enter the credentials again" in message
    assert secret[:20] not in message


def test_a_missing_chunk_is_reported_as_corrupted(store, windows_sized_keyring):
    store.save(REF, "access_token", ascii_value(4000))
    manifest = json.loads(windows_sized_keyring.get_password(SERVICE, "manifest"))
    windows_sized_keyring.delete_password(SERVICE, f"chunk.{manifest['generation']}.1")

    with pytest.raises(SecretCorruptedError, match=f"part 2 of {manifest['chunks']} is missing"):
        store.read_many(REF, ["access_token"])


@pytest.mark.parametrize(
    "manifest",
    [
        "not json at all",
        "[1, 2]",
        json.dumps({"format": 1, "generation": "abc", "chunks": 2}),  # no checksum
        json.dumps({"format": 1, "sha256": "0" * 64, "inline": '{"a":"b"}'}),  # wrong checksum
    ],
)
def test_a_damaged_index_entry_is_reported_as_corrupted(store, windows_sized_keyring, manifest):
    windows_sized_keyring.set_password(SERVICE, "manifest", manifest)

    with pytest.raises(SecretCorruptedError, match="damaged"):
        store.read(REF, "access_token")


def test_a_layout_from_a_newer_version_is_not_misread(store, windows_sized_keyring):
    windows_sized_keyring.set_password(SERVICE, "manifest", json.dumps({"format": 99}))

    with pytest.raises(SecretCorruptedError, match="newer InvoiceDesk"):
        store.read(REF, "access_token")


def test_saving_again_repairs_a_damaged_set(store, windows_sized_keyring):
    store.save(REF, "access_token", ascii_value(4000))
    damaged_generation = chunk_entries(windows_sized_keyring)
    windows_sized_keyring.delete_password(SERVICE, sorted(damaged_generation)[0])

    store.save_many(REF, {"access_token": "fresh-access", "refresh_token": "fresh-refresh"})

    assert store.read_many(REF, ["access_token", "refresh_token"]) == {
        "access_token": "fresh-access",
        "refresh_token": "fresh-refresh",
    }
    assert chunk_entries(windows_sized_keyring) == set()


def test_saved_and_read_values_are_registered_for_redaction(windows_sized_keyring):
    saving_redactor = Redactor()
    SecretStore(windows_sized_keyring, redactor=saving_redactor).save(REF, "client_secret", "saved-s3cret")
    assert saving_redactor.redact_text("x saved-s3cret y") == f"x {MARKER} y"

    reading_redactor = Redactor()
    assert reading_redactor.redact_text("saved-s3cret") == "saved-s3cret"
    SecretStore(windows_sized_keyring, redactor=reading_redactor).read(REF, "client_secret")
    assert reading_redactor.redact_text("saved-s3cret") == MARKER


def test_a_locked_keyring_gives_an_access_error_naming_the_reference(redactor):
    class LockedKeyring(MemoryKeyring):
        def get_password(self, service, username):
            raise KeyringLocked("Failed to unlock the collection!")

    store = SecretStore(LockedKeyring(), redactor=redactor)

    with pytest.raises(SecretAccessError) as caught:
        store.read(REF, "access_token")
    assert REF in str(caught.value) and "unlock" in str(caught.value)


@pytest.mark.parametrize("ref", ["", "connection", "connection 12", "Connection:1", "connection:", "a:b c"])
def test_malformed_references_are_refused(store, ref):
    with pytest.raises(ValueError, match="not a secret reference"):
        store.save(ref, "api_token", "value-123")


def test_malformed_names_and_values_are_refused(store):
    with pytest.raises(ValueError, match="not a secret name"):
        store.save(REF, " ", "value-123")
    with pytest.raises(TypeError, match="must be text"):
        store.save(REF, "api_token", 12345)  # type: ignore[arg-type]
    assert store.read_many(REF, ["api_token"]) == {}


def test_concurrent_saves_of_different_names_all_survive(store):
    def save(index: int) -> None:
        store.save(REF, f"name{index}", ascii_value(300 + index))

    threads = [threading.Thread(target=save, args=(index,)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert store.read_many(REF, [f"name{index}" for index in range(8)]) == {
        f"name{index}": ascii_value(300 + index) for index in range(8)
    }


def test_the_memory_store_says_it_keeps_nothing(store):
    assert store.is_ephemeral is True
    assert store.backend_label == "in-memory (demo/test) — nothing is saved"
