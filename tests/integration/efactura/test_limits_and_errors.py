"""ANAF's daily limits counted locally, a token renewed once after a 401, ANAF's clock, its errors."""

from __future__ import annotations

import datetime as dt

import pytest

from invoicedesk.app.efactura import poll, send_document
from invoicedesk.connectors.anaf.limits import DailyCallBudget, DailyLimit, DailyLimitReached
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.sync.efactura import SubmissionPolicy
from tests.integration.efactura.conftest import SELLER_CUI, START

ROMANIA_MIDNIGHT = dt.datetime(2026, 3, 2, 22, 0, tzinfo=dt.UTC)  # 3 March 00:00 in Bucharest (EET)


def test_the_101st_status_query_of_a_day_is_stopped_locally_and_waits_for_midnight(make_anaf, save):
    # ANAF would answer "in prelucrare" for ever and lets through more than its documented 100 a day.
    anaf = make_anaf(processing_polls=10_000, status_polls_per_day=1000)
    fast = SubmissionPolicy(poll_first=1, poll_cap=1)
    document_id = save()
    uploaded = send_document(anaf.ctx, document_id, wiring=anaf.wiring(policy=fast))

    [stopped] = poll(anaf.ctx, wait=600, wiring=anaf.wiring(policy=fast))

    assert len(anaf.journal("GET", "stareMesaj")) == 100  # the 101st never left this computer
    assert stopped.state == "retry_wait" and stopped.resume_state == "processing"
    assert stopped.last_error_category == "rate_limited"
    assert (
        "100 status queries" in stopped.last_error_message
        and uploaded.upload_index in stopped.last_error_message
    )
    assert stopped.next_attempt_at == ROMANIA_MIDNIGHT
    # The count is in the database: a restarted app (a new budget) refuses too, without asking ANAF.
    budget = DailyCallBudget(anaf.ctx.database, environment="test", clock=anaf.clock.now)
    with pytest.raises(DailyLimitReached) as refused:
        budget.spend(DailyLimit.STATUS, uploaded.upload_index)
    assert refused.value.category is ErrorCategory.RATE_LIMITED and refused.value.retry_at == ROMANIA_MIDNIGHT

    anaf.clock.advance((ROMANIA_MIDNIGHT.timestamp() - anaf.clock.now()) + 1)
    [next_day] = poll(anaf.ctx, wait=0, wiring=anaf.wiring(policy=fast))
    assert next_day.state == "processing"
    assert len(anaf.journal("GET", "stareMesaj")) == 101
    assert budget.used(DailyLimit.STATUS, uploaded.upload_index) == 1


def test_daily_budgets_are_per_message_and_per_environment(anaf):
    budget = DailyCallBudget(anaf.ctx.database, environment="test", clock=anaf.clock.now)
    for _ in range(10):
        budget.spend(DailyLimit.DOWNLOAD, "3000000001")
    with pytest.raises(DailyLimitReached):
        budget.spend(DailyLimit.DOWNLOAD, "3000000001")
    assert budget.spend(DailyLimit.DOWNLOAD, "3000000002") == 1
    production = DailyCallBudget(anaf.ctx.database, environment="prod", clock=anaf.clock.now)
    assert production.remaining(DailyLimit.DOWNLOAD, "3000000001") == 10


def test_a_download_over_the_limit_is_not_sent(anaf, save):
    done = send_document(anaf.ctx, save(), wait=600, wiring=anaf.wiring())
    client = anaf.client()
    for _ in range(9):  # the state machine downloaded it once already
        client.download(done.download_id)
    before = len(anaf.journal("GET", "descarcare"))

    with pytest.raises(DailyLimitReached, match="10 downloads"):
        client.download(done.download_id)
    assert len(anaf.journal("GET", "descarcare")) == before == 10


def test_a_refused_token_is_renewed_once_and_the_call_repeated_once(anaf):
    client = anaf.client()
    anaf.tokens()  # signed in
    anaf.tokens.tokens["access_token"] = "not-a-valid-token"

    listing = client.list_messages(SELLER_CUI, filter="P")

    assert listing.messages == [] and anaf.tokens.refreshes == 1
    statuses = [e.status for e in anaf.journal("GET", "listaMesajePaginatieFactura")]
    assert statuses == [401, 200]


def test_a_token_refused_even_after_renewal_is_reported_not_retried_again(anaf):
    client = anaf.client()
    anaf.tokens()

    def always_refused(*, refresh: bool = False) -> str:
        return "revoked"

    client.token_provider = always_refused
    with pytest.raises(ConnectorError) as refused:
        client.status("5000000001")
    assert refused.value.category is ErrorCategory.CREDENTIALS_REFUSED
    assert "sign in again" in refused.value.detail
    assert [e.status for e in anaf.journal("GET", "stareMesaj")] == [401, 401]


def test_a_list_window_in_anafs_future_is_rebuilt_on_the_clock_anaf_quotes(anaf, save):
    send_document(anaf.ctx, save(), wait=600, wiring=anaf.wiring())
    anaf.clock.advance(300)
    client = anaf.client()
    client._clock = lambda: anaf.clock.now() + 900  # this computer's clock runs 15 minutes ahead

    listing = client.list_messages(SELLER_CUI, since=dt.datetime.fromtimestamp(START, dt.UTC), filter="T")

    assert [m.kind for m in listing.messages] == ["FACTURA TRIMISA"]
    assert [e.status for e in anaf.journal("GET", "listaMesajePaginatieFactura")] == [200, 200]
    assert -905 <= client.clock_skew <= -895
    assert listing.end <= anaf.now() - dt.timedelta(seconds=59)


def test_a_window_that_would_end_before_it_starts_asks_anaf_nothing(anaf):
    # The window ends a minute before ANAF's now and starts five minutes before `since`.
    client = anaf.client()
    listing = client.list_messages(SELLER_CUI, since=anaf.now() + dt.timedelta(minutes=5), filter="P")
    assert listing.messages == [] and listing.end <= listing.start
    assert anaf.emulator.journal == []  # not even a sign-in


def test_no_messages_is_an_empty_list_not_an_error(anaf):
    # ANAF says "Nu exista mesaje in intervalul selectat" in the same `eroare` field as real errors.
    listing = anaf.client().list_messages(SELLER_CUI, filter="E")
    assert listing.messages == []
    assert [e.status for e in anaf.journal("GET", "listaMesajePaginatieFactura")] == [200]
    assert [r.outcome for r in anaf.records.records] == ["ok"]


def test_business_errors_become_the_right_categories(anaf):
    client = anaf.client()
    with pytest.raises(ConnectorError) as no_rights:
        client.list_messages("14399840", filter="P")  # the demo certificate has no rights on this CIF
    assert no_rights.value.category is ErrorCategory.PERMISSION_MISSING
    assert "SPV rights" in no_rights.value.detail and "14399840" in no_rights.value.detail

    with pytest.raises(ConnectorError) as unknown:
        client.status("5999999999")
    assert unknown.value.category is ErrorCategory.VALIDATION_FAILED
    assert "environment" in unknown.value.detail

    with pytest.raises(ConnectorError) as bad_cif:
        client.list_messages("RO12A", filter="P")
    assert [e.field for e in bad_cif.value.field_errors] == ["seller.registration_id"]


def test_too_many_requests_is_rate_limited_with_the_wait_anaf_names(anaf):
    anaf.emulator.faults.inject("rate_limit", retry_after=120, path="stareMesaj", times=5)
    with pytest.raises(ConnectorError) as limited:
        anaf.client().status("5000000001")
    assert limited.value.category is ErrorCategory.RATE_LIMITED and limited.value.retry_after == 120
    assert len(anaf.journal("GET", "stareMesaj")) == 1  # a two-minute wait is not slept through in the call
