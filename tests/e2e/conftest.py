"""A real headless Chromium for the end-to-end tests, driven through selenium with Debian's chromedriver.

Chromium and chromedriver come from the Debian packages (tools/dev.py installs them). When they are absent the
tests are skipped on a developer machine with the reason, but under CI=true they must run, so there they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def _missing_browser() -> str | None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if not missing:
        return None
    return (f"{' and '.join(missing)} not installed (Debian packages chromium and chromium-driver; "
            "`python3 tools/dev.py test` installs them)")


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[object]:
    reason = _missing_browser()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"The browser test must run under CI: {reason}", pytrace=False)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        # The loopback listener's certificate is self-signed, made on this machine for the hop between the
        # browser and InvoiceDesk; a person accepts it once in the browser. Its properties (SANs, key, trust
        # by verification against the file) are tested in tests/integration/anaf_auth; here only the flow is.
        "--ignore-certificate-errors",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    # An explicit driver path keeps selenium from looking for (or downloading) a driver of its own.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
