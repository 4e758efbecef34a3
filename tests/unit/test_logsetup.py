from __future__ import annotations

import logging
import uuid
from logging.handlers import RotatingFileHandler

import pytest

from invoicedesk.logsetup import configure_logging, unconfigure_logging
from invoicedesk.secrets.redaction import MARKER, register_secret

log = logging.getLogger("invoicedesk.tests.logsetup")


@pytest.fixture
def secret() -> str:
    value = f"log-secret-{uuid.uuid4().hex}"
    register_secret(value)
    return value


@pytest.fixture
def configured(tmp_path):
    """Configure logging into tmp_path for one test and put the process's logging back afterwards."""
    root = logging.getLogger()
    level, handlers, factory = root.level, list(root.handlers), logging.getLogRecordFactory()
    log_file = configure_logging(tmp_path / "logs")
    yield log_file
    unconfigure_logging()
    root.setLevel(level)
    assert root.handlers == handlers
    assert logging.getLogRecordFactory() is factory


def read_log(log_file) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_file.read_text(encoding="utf-8")


def our_file_handlers() -> list[RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_returns_the_log_file_and_rotates_at_5_mb_over_5_files(configured, tmp_path):
    assert configured == tmp_path / "logs" / "invoicedesk.log"
    (handler,) = our_file_handlers()
    assert handler.maxBytes == 5 * 1024 * 1024
    assert handler.backupCount == 4  # the live file plus four rotated ones
    assert handler.encoding == "utf-8"


def test_a_secret_passed_as_a_percent_argument_never_reaches_the_file(configured, secret):
    log.warning("token refresh sent %s to %s", secret, "api.anaf.ro")

    text = read_log(configured)
    assert secret not in text
    assert f"token refresh sent {MARKER} to api.anaf.ro" in text


def test_a_secret_inside_the_message_never_reaches_the_file(configured, secret):
    log.info(f"body was {{'note': '{secret}'}} and Authorization: Bearer abc.def.ghi")

    text = read_log(configured)
    assert secret not in text
    assert "abc.def.ghi" not in text
    assert f"Authorization: Bearer {MARKER}" in text


def test_a_secret_in_an_exception_message_never_reaches_the_file(configured, secret):
    try:
        try:
            raise ConnectionError(f"refused with key {secret}")
        except ConnectionError as inner:
            raise RuntimeError(f"sync failed; api_token={secret}") from inner
    except RuntimeError:
        log.exception("the lane stopped")

    text = read_log(configured)
    assert secret not in text
    assert "Traceback (most recent call last)" in text
    assert f"refused with key {MARKER}" in text
    assert f"api_token={MARKER}" in text


def test_other_handlers_receive_redacted_records_too(configured, secret):
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(logging.Formatter().format(record))

    collector = Collect()
    logging.getLogger().addHandler(collector)
    try:
        try:
            raise ValueError(secret)
        except ValueError:
            log.error("failed for %s", secret, exc_info=True)
    finally:
        logging.getLogger().removeHandler(collector)

    assert len(seen) == 1
    assert secret not in seen[0]
    assert f"failed for {MARKER}" in seen[0] and f"ValueError: {MARKER}" in seen[0]


def test_non_ascii_is_written_as_utf8(configured):
    log.info("Žluťoučký kůň, zażółć gęślą jaźń, ăîșț")

    assert "Žluťoučký kůň, zażółć gęślą jaźń, ăîșț" in configured.read_bytes().decode("utf-8")


def test_wrong_log_arguments_do_not_raise_and_are_still_logged(configured, secret):
    log.info("%s and %s", secret)

    text = read_log(configured)
    assert "log arguments could not be merged" in text
    assert secret not in text


def test_configuring_twice_does_not_duplicate_lines(configured, tmp_path):
    again = configure_logging(tmp_path / "logs")
    log.info("exactly once please")

    assert again == configured
    assert len(our_file_handlers()) == 1
    assert read_log(configured).count("exactly once please") == 1


def test_configuring_another_folder_moves_the_log_there(configured, tmp_path):
    moved = configure_logging(tmp_path / "elsewhere")
    log.info("goes to the new folder")

    assert read_log(moved).count("goes to the new folder") == 1
    assert "goes to the new folder" not in read_log(configured)
    assert len(our_file_handlers()) == 1


def test_console_output_is_redacted_as_well(tmp_path, secret, capsys):
    root = logging.getLogger()
    level = root.level
    configure_logging(tmp_path / "logs", console=True)
    try:
        log.warning("console sees %s", secret)
    finally:
        unconfigure_logging()
        root.setLevel(level)

    err = capsys.readouterr().err
    assert f"console sees {MARKER}" in err and secret not in err


def test_an_unwritable_log_folder_gives_a_message_that_names_it_and_the_way_out(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")

    with pytest.raises(OSError) as caught:
        configure_logging(blocker / "logs")

    assert str(blocker / "logs") in str(caught.value)
    assert "--data-dir" in str(caught.value)
    assert not [h for h in logging.getLogger().handlers if getattr(h, "_invoicedesk_handler", False)]
