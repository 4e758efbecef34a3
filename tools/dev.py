#!/usr/bin/env python3
"""Set up a development environment and launch InvoiceDesk or run its whole test suite.

    python3 tools/dev.py launch [app arguments…]   set up, then open the app
    python3 tools/dev.py test [pytest arguments…]  set up, then run ruff, the layer contracts and pytest

Both are safe to run again: each step checks first and does only what is missing. Standard library only,
because it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"
MIN_PYTHON = (3, 11)

# Offscreen and on-screen Qt on Debian/Ubuntu need these shared libraries.
QT_LIBS = [
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libglib2.0-0",
    "libfontconfig1",
    "libdbus-1-3",
    "fonts-dejavu-core",
]
# The test suite also drives a real browser (ANAF sign-in) and a real PostgreSQL server.
TEST_PACKAGES = ["postgresql", "chromium", "chromium-driver"]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def venv_script(name: str) -> Path:
    return VENV / (f"Scripts/{name}.exe" if IS_WINDOWS else f"bin/{name}")


def check_python() -> None:
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"InvoiceDesk needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; "
            f"this is {platform.python_version()}."
        )


def missing_debian_packages(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in names:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def ensure_debian_packages(names: list[str]) -> None:
    """Install missing OS packages on Debian/Ubuntu; elsewhere there is nothing to do."""
    if platform.system() != "Linux" or not shutil.which("apt-get"):
        return
    missing = missing_debian_packages(names)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("These OS packages are missing and cannot be installed without root: " + " ".join(missing))
            say("Ask an administrator to run: apt-get install " + " ".join(missing))
            return
        prefix = ["sudo"]
    say("Installing OS packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env
    )


def ensure_venv() -> None:
    """Create .venv and install the project with its dev extra, again only when pyproject.toml changed."""
    if not venv_python().exists():
        say(f"Creating a virtual environment in {VENV.name}/")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".invoicedesk-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == wanted:
        return
    say("Installing InvoiceDesk and its development tools into the virtual environment")
    pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    stamp.write_text(wanted)


def start_postgres(env: dict[str, str]) -> None:
    """Start a throw-away PostgreSQL on loopback for the tests, unless one is already configured."""
    if env.get("INVOICEDESK_TEST_PG_URL") or platform.system() != "Linux":
        return
    script = ROOT / ".ci" / "postgres.sh"
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True, check=False)
    for line in result.stdout.splitlines():
        if line.startswith("export INVOICEDESK_TEST_PG_URL="):
            env["INVOICEDESK_TEST_PG_URL"] = line.split("=", 1)[1].strip().strip("'\"")
    if "INVOICEDESK_TEST_PG_URL" not in env:
        say("PostgreSQL could not be started; its tests will be skipped (or fail under CI=true).")
        say(result.stderr.strip()[-2000:])


def run_tests(pytest_args: list[str]) -> int:
    ensure_debian_packages(QT_LIBS + TEST_PACKAGES)
    ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    start_postgres(env)
    # The tests' data folders stay in one place after the run, so that their logs can be searched for secrets.
    basetemp = ROOT / ".pytest-tmp"
    if not any(arg.startswith("--basetemp") for arg in pytest_args):
        pytest_args = [f"--basetemp={basetemp}", *pytest_args]
    steps = [
        ("style (ruff)", [str(venv_script("ruff")), "check", "."]),
        ("layer contracts (import-linter)", [str(venv_script("lint-imports"))]),
        ("tests (pytest)", [str(venv_python()), "-m", "pytest", *pytest_args]),
        (
            "secrets in the logs of the run",
            [str(venv_python()), str(ROOT / "tools" / "check_secret_leaks.py"), str(basetemp)],
        ),
    ]
    failed = []
    for title, command in steps:
        say(f"Running {title}")
        if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
            failed.append(title)
    if failed:
        say("FAILED: " + ", ".join(failed))
        return 1
    say("All checks passed.")
    return 0


def launch(app_args: list[str]) -> int:
    ensure_debian_packages(QT_LIBS)
    ensure_venv()
    has_display = (
        IS_WINDOWS
        or platform.system() == "Darwin"
        or any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    )
    if not app_args and not has_display:
        say("This machine has no display, so the window cannot open.")
        say("Use the command line instead, for example:")
        say("  .venv/bin/invoicedesk company list")
        say("  .venv/bin/invoicedesk import orders resources/orders-sample.csv")
        say("or render off screen with QT_QPA_PLATFORM=offscreen.")
        return 2
    return subprocess.run([str(venv_script("invoicedesk")), *app_args], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    check_python()
    if not argv or argv[0] not in {"launch", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    return launch(rest) if command == "launch" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
