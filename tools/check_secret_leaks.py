#!/usr/bin/env python3
"""After a full test run: no test secret may stand in any log file or sync log the run left behind.

The tests keep their data folders under one base folder (pytest --basetemp). This reads every log file there
and the sync_log table of every SQLite database there, and fails naming the file if a secret the emulators
hand out appears in it. Standard library only.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

# The credentials the sandbox emulators accept by default: the tests sign in with them.
TEST_SECRETS = ("sandbox-client-secret", "sandbox-secret-9f3c2a71")


def leaks_in_logs(base: Path) -> list[str]:
    found = []
    for path in base.rglob("*.log*"):
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        found += [f"{path}: contains {secret!r}" for secret in TEST_SECRETS if secret in text]
    return found


def leaks_in_sync_logs(base: Path) -> tuple[list[str], int]:
    found, rows_read = [], 0
    for path in base.rglob("*.sqlite3"):
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            rows = connection.execute("SELECT path, detail, idempotency_key FROM sync_log").fetchall()
        except sqlite3.Error:
            rows = []  # not an InvoiceDesk database, or one from before the sync log
        finally:
            connection.close()
        rows_read += len(rows)
        for row in rows:
            text = " ".join(str(value) for value in row)
            found += [f"{path}: sync_log contains {secret!r}" for secret in TEST_SECRETS if secret in text]
    return found, rows_read


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_secret_leaks.py BASETEMP", file=sys.stderr)
        return 2
    base = Path(argv[0])
    if not base.is_dir():
        print(f"{base} does not exist: run the tests with --basetemp first", file=sys.stderr)
        return 2
    log_leaks = leaks_in_logs(base)
    sync_leaks, rows = leaks_in_sync_logs(base)
    for leak in log_leaks + sync_leaks:
        print(f"SECRET LEAK {leak}")
    logs = sum(1 for p in base.rglob("*.log*") if p.is_file())
    leaks = len(log_leaks) + len(sync_leaks)
    print(f"secret scan: {logs} log files and {rows} sync log rows read, {leaks} leaks")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
