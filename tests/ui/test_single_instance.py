from __future__ import annotations

import os
import sys
import uuid

from invoicedesk.ui.single_instance import ACTIVATE, SingleInstance, instance_key


def _unique_key(tmp_path) -> str:
    # Unique per test run: tests run in parallel and must not meet each other's sockets.
    return instance_key(tmp_path / uuid.uuid4().hex)


def test_second_instance_reaches_the_first(qtbot, tmp_path):
    key = _unique_key(tmp_path)
    first = SingleInstance(key)
    assert first.acquire()
    try:
        second = SingleInstance(key)
        assert not second.acquire()  # the data folder is taken
        with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
            assert second.notify_primary()
            # The sender blocks on a real socket; the receiver needs its event loop turning meanwhile.
        assert blocker.args == [ACTIVATE]
    finally:
        first.release()


def test_after_release_a_new_instance_becomes_primary(qtbot, tmp_path):
    key = _unique_key(tmp_path)
    first = SingleInstance(key)
    assert first.acquire()
    first.release()
    again = SingleInstance(key)
    try:
        assert again.acquire()
    finally:
        again.release()


def test_nobody_listening_is_reported_not_hung(qtbot, tmp_path):
    lonely = SingleInstance(_unique_key(tmp_path))
    assert lonely.notify_primary() is False


def test_key_depends_on_the_folder_not_on_its_spelling(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    assert instance_key(folder) == instance_key(folder / ".." / "data")
    assert instance_key(folder) != instance_key(tmp_path / "other")
    if sys.platform == "win32":
        assert instance_key(str(folder).upper()) == instance_key(str(folder).lower())
    assert len(instance_key(folder)) < 40  # short enough for a Unix socket path
    assert os.sep not in instance_key(folder)
