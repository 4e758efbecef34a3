"""Logging for the whole application: one rotating UTF-8 file (optionally the console), always redacted.

Redaction happens twice on purpose. Every record is redacted when it is created (message with its %-args
merged, exception and stack text), so that any handler anyone attaches sees only redacted text; and the
handlers installed here redact their final output again, which also covers records made before this module
was configured or by a custom record factory.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from invoicedesk.secrets.redaction import redact_text

LOG_FILE_NAME = "invoicedesk.log"
MAX_LOG_BYTES = 5 * 1024 * 1024
# The live file and four rotated ones: five files of 5 MB at most.
BACKUP_COUNT = 4
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_INSTALLED_MARK = "_invoicedesk_handler"


class RedactingFormatter(logging.Formatter):
    """A formatter whose whole output, traceback included, has gone through the redactor."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_text(super().format(record))


class _RedactingRecordFactory:
    """Wraps the record factory so that a record never holds an unredacted message or traceback."""

    def __init__(self, wrapped: Callable[..., logging.LogRecord]) -> None:
        self.wrapped = wrapped
        self._exception_formatter = logging.Formatter()

    def __call__(self, *args: object, **kwargs: object) -> logging.LogRecord:
        record = self.wrapped(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # wrong %-args: keep the logging call harmless, show what was given
            message = f"{record.msg!s} (log arguments could not be merged: {record.args!r})"
        record.msg = redact_text(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exception_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return record


def configure_logging(logs_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send all logging to logs_dir/invoicedesk.log (5 MB × 5 files, UTF-8), redacted; return that path.

    Calling it again replaces what an earlier call installed (for example with another folder) instead of
    adding a second copy of every line.
    """
    logs_dir = Path(logs_dir)
    log_file = logs_dir / LOG_FILE_NAME
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        raise OSError(
            f"Cannot write the log file {log_file}: {exc.strerror or exc}. Choose another data folder "
            "(--data-dir or INVOICEDESK_HOME) or give your user write access to this one."
        ) from exc

    root = logging.getLogger()
    _remove_installed_handlers(root)
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(RedactingFormatter(LOG_FORMAT))
        setattr(handler, _INSTALLED_MARK, True)
        root.addHandler(handler)
    root.setLevel(level)

    factory = logging.getLogRecordFactory()
    if not isinstance(factory, _RedactingRecordFactory):
        logging.setLogRecordFactory(_RedactingRecordFactory(factory))
    logging.captureWarnings(True)
    return log_file


def unconfigure_logging() -> None:
    """Undo configure_logging: close its files (so the folder can be moved or deleted) and stop redacting."""
    _remove_installed_handlers(logging.getLogger())
    factory = logging.getLogRecordFactory()
    if isinstance(factory, _RedactingRecordFactory):
        logging.setLogRecordFactory(factory.wrapped)
    logging.captureWarnings(False)


def _remove_installed_handlers(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _INSTALLED_MARK, False):
            root.removeHandler(handler)
            handler.close()
