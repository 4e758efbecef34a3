from __future__ import annotations

import platform
import sys
import uuid

import pytest

from invoicedesk import __version__, diagnostics
from invoicedesk.diagnostics import crash_report, diagnostics_report
from invoicedesk.secrets.redaction import MARKER, register_secret

HOME = "/home/jana.novakova"
WINDOWS_HOME = r"C:\Users\jana.novakova"


@pytest.fixture(autouse=True)
def user_jana(monkeypatch):
    monkeypatch.setenv("HOME", HOME)
    monkeypatch.setenv("USERPROFILE", WINDOWS_HOME)
    monkeypatch.setattr("getpass.getuser", lambda: "jana.novakova")


@pytest.fixture
def secret() -> str:
    value = f"crash-secret-{uuid.uuid4().hex}"
    register_secret(value)
    return value


def failing_sync(secret: str) -> None:
    password_in_a_local_variable = f"local-{secret[::-1]}"  # noqa: F841 - must not reach the report
    raise ConnectionError(f"upload refused, key {secret}, file {HOME}/Documents/orders.csv")


def captured(function, *args):
    try:
        function(*args)
    except BaseException:
        return sys.exc_info()
    raise AssertionError("expected an exception")


def test_crash_report_names_version_python_os_qt_and_the_failure(secret):
    report = crash_report(
        *captured(failing_sync, secret), context={"qt_version": "6.7.1", "screen": "S-ORD-1"}
    )

    assert f"InvoiceDesk {__version__}" in report
    assert f"Python: {platform.python_version()}" in report
    assert "OS: " in report
    assert "Qt: 6.7.1" in report
    assert "screen: S-ORD-1" in report
    assert "Traceback (most recent call last)" in report
    assert "in failing_sync" in report
    assert "ConnectionError: upload refused" in report


def test_crash_report_is_redacted_and_has_no_locals(secret):
    report = crash_report(
        *captured(failing_sync, secret),
        context={"database": "postgresql://bob:hunter22@db.office/invoicedesk", "note": f"Bearer {secret}"},
    )

    assert secret not in report
    assert f"local-{secret[::-1]}" not in report
    assert f"key {MARKER}" in report
    assert "hunter22" not in report and f"postgresql://bob:{MARKER}@db.office" in report


def test_crash_report_replaces_home_and_user_name_by_a_tilde(secret):
    context = {
        "data_dir": WINDOWS_HOME + r"\AppData\Local\InvoiceDesk",
        "data_dir_lowercase": WINDOWS_HOME.lower() + r"\AppData",
        "signed_in_as": "jana.novakova",
        "other_user": "/home/jana.novakova2/x",
    }

    report = crash_report(*captured(failing_sync, secret), context=context)

    assert "jana.novakova" not in report.replace("jana.novakova2", "")
    assert "file ~/Documents/orders.csv" in report
    assert r"data_dir: ~\AppData\Local\InvoiceDesk" in report
    assert r"data_dir_lowercase: ~\AppData" in report
    assert "signed_in_as: ~" in report
    assert "/home/jana.novakova2/x" in report  # someone else's folder is not this user's home


def test_crash_report_keeps_chained_causes():
    def chained():
        try:
            raise KeyError("remote id 42")
        except KeyError as cause:
            raise RuntimeError("push failed") from cause

    report = crash_report(*captured(chained), context={})

    assert "KeyError: 'remote id 42'" in report
    assert "direct cause" in report
    assert "RuntimeError: push failed" in report


def test_crash_report_copes_with_an_exception_that_cannot_be_printed():
    class Unprintable(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    report = crash_report(*captured(lambda: (_ for _ in ()).throw(Unprintable())), context={})

    assert "Unprintable" in report


def test_crash_report_without_an_exception_object():
    report = crash_report(MemoryError, None, None, context={})

    assert "MemoryError" in report


def test_crash_report_never_raises_even_when_building_it_fails(monkeypatch, secret):
    def broken(context):
        raise OSError("platform query failed")

    monkeypatch.setattr(diagnostics, "_environment_lines", broken)

    report = crash_report(*captured(failing_sync, secret), context={})

    assert "ConnectionError: upload refused" in report and "in failing_sync" in report
    assert "incomplete: OSError" in report
    assert secret not in report


def test_diagnostics_report_lists_environment_libraries_and_context(secret):
    report = diagnostics_report(
        {
            "secret_store": "Windows Credential Manager",
            "log_file": f"{HOME}/.local/state/InvoiceDesk/invoicedesk.log",
            "last_error": f"refused api_token={secret}",
        }
    )

    assert report.startswith("InvoiceDesk diagnostics")
    assert f"InvoiceDesk {__version__}" in report and f"Python: {platform.python_version()}" in report
    assert "keyring: " in report and "SQLAlchemy: " in report
    assert "secret_store: Windows Credential Manager" in report
    assert "log_file: ~/.local/state/InvoiceDesk/invoicedesk.log" in report
    assert secret not in report and f"api_token={MARKER}" in report
    assert "Qt:" not in report


def test_diagnostics_report_shows_qt_when_given():
    assert "Qt: 6.8.0" in diagnostics_report({"qt_version": "6.8.0"})
