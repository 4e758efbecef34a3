"""Tokens, codes, the state and the client secret never reach logs, the sync log, stderr or error texts."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import text

from invoicedesk.app.efactura_auth import refresh, start_login
from invoicedesk.connectors.anaf.oauth import CertificateSignInRequiredError
from tests.integration.anaf_auth.conftest import CLIENT_SECRET
from tests.integration.anaf_auth.test_tokens import refresh_directly


def test_no_secret_reaches_logs_sync_log_stderr_or_errors(ctx, setup, emulator, browser, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    attempt = start_login(ctx, setup.company_id, timeout=20)
    state = attempt._sign_in.state
    visit = browser.sign_in(attempt.start_url)
    attempt.wait()
    code = parse_qs(urlsplit(visit.final_url).query)["code"][0]
    first = ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])
    refresh(ctx, setup.company_id)
    second = ctx.secrets.read_many(setup.tokens_ref, ["access_token", "refresh_token"])
    assert refresh_directly(emulator, second["refresh_token"]).status_code == 200  # ours is now refused
    with pytest.raises(CertificateSignInRequiredError) as refused:
        refresh(ctx, setup.company_id)

    secrets = [CLIENT_SECRET, code, state, *first.values(), *second.values()]
    # Everything the application logged. (The emulator's lines and urllib3's lines about the scripted
    # browser's requests, which carry the code as any browser history would, are not the application's.)
    ours = "\n".join(record.getMessage() for record in caplog.records
                     if record.name.startswith("invoicedesk.")
                     and not record.name.startswith("invoicedesk.sandbox"))
    assert "sign-in listener: GET /callback" in ours  # …and the listener's requests were logged.
    with ctx.database.read_session() as session:
        sync_log = "\n".join(str(row) for row in session.execute(text("SELECT * FROM sync_log")))
    assert "/anaf-oauth2/v1/token" in sync_log  # the token calls were recorded…
    texts = {"log": ours, "sync log": sync_log, "stderr": capsys.readouterr().err,
             "error": f"{refused.value} {refused.value.advice}"}
    for where, written in texts.items():
        for secret in secrets:
            assert secret not in written, f"a secret appeared in the {where}"
