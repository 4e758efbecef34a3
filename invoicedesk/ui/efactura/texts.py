"""Words for what the e-Factura services report: submission states, environments, moments in time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from invoicedesk.sync.efactura import State, Submission
from invoicedesk.ui.formatting import format_date


def format_moment(moment: dt.datetime | None, locale: QLocale | None = None) -> str:
    """A moment in the computer's own time zone, as the locale writes date and time."""
    if moment is None:
        return ""
    locale = locale if locale is not None else QLocale()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # the store keeps UTC
    local = moment.astimezone()
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date(), locale)} {time_text}"


def environment_label(environment: str) -> str:
    if environment == "prod":
        return QCoreApplication.translate("EfacturaTexts", "Production (legally binding)")
    if environment == "test":
        return QCoreApplication.translate("EfacturaTexts", "Test (no legal effect)")
    return environment


def state_label(submission: Submission | None) -> str:
    """One short phrase per state, with the upload index or receipt where ANAF gave one."""
    if submission is None:
        return QCoreApplication.translate("EfacturaTexts", "Not sent")
    state = submission.state
    index = submission.upload_index
    if state == State.QUEUED:
        return QCoreApplication.translate("EfacturaTexts", "Queued")
    if state == State.VALIDATING:
        return QCoreApplication.translate("EfacturaTexts", "Checking the document")
    if state == State.UPLOADING:
        return QCoreApplication.translate("EfacturaTexts", "Uploading")
    if state == State.UNCERTAIN:
        return QCoreApplication.translate("EfacturaTexts", "Upload not confirmed — looking for it at ANAF")
    if state == State.UPLOADED:
        return QCoreApplication.translate("EfacturaTexts", "Uploaded, index {index}").format(index=index)
    if state == State.PROCESSING:
        return QCoreApplication.translate("EfacturaTexts", "In processing at ANAF, index {index}").format(
            index=index
        )
    if state == State.OK:
        return QCoreApplication.translate("EfacturaTexts", "Accepted, receipt {receipt}").format(
            receipt=submission.download_id
        )
    if state == State.NOK:
        return QCoreApplication.translate("EfacturaTexts", "Rejected by ANAF")
    if state == State.NEEDS_ATTENTION:
        return QCoreApplication.translate("EfacturaTexts", "Needs attention")
    if state == State.RETRY_WAIT:
        when = format_moment(submission.next_attempt_at)
        return (
            QCoreApplication.translate("EfacturaTexts", "Waiting to retry at {time}").format(time=when)
            if when
            else QCoreApplication.translate("EfacturaTexts", "Waiting to retry")
        )
    return str(state)


def state_explanation(submission: Submission | None) -> str:
    """A sentence that says what the state means for the person and what happens next."""
    if submission is None:
        return QCoreApplication.translate(
            "EfacturaTexts", "This document has not been sent to ANAF e-Factura yet."
        )
    state = submission.state
    if state in (State.QUEUED, State.VALIDATING, State.UPLOADING):
        return QCoreApplication.translate("EfacturaTexts", "InvoiceDesk is sending this document to ANAF.")
    if state == State.UNCERTAIN:
        return QCoreApplication.translate(
            "EfacturaTexts",
            "The connection broke while uploading. InvoiceDesk looks for the upload in ANAF's message list "
            "before it sends anything again, so the invoice is never filed twice.",
        )
    if state in (State.UPLOADED, State.PROCESSING):
        return QCoreApplication.translate(
            "EfacturaTexts",
            "ANAF received the invoice and is checking it. Press Check status later; ANAF usually answers "
            "within minutes, sometimes hours.",
        )
    if state == State.OK:
        return QCoreApplication.translate(
            "EfacturaTexts", "ANAF accepted the invoice; its signed receipt is kept in the archive."
        )
    if state == State.NOK:
        return QCoreApplication.translate(
            "EfacturaTexts",
            "ANAF rejected the invoice; its reasons are listed below. Correct the document, then press "
            "Resend: ANAF gets it as a new upload.",
        )
    if state == State.NEEDS_ATTENTION:
        return QCoreApplication.translate(
            "EfacturaTexts",
            "Something must be corrected before the invoice can go to ANAF; see below, then press Resend.",
        )
    if state == State.RETRY_WAIT:
        return QCoreApplication.translate(
            "EfacturaTexts", "ANAF could not be reached; InvoiceDesk tries again by itself at the time shown."
        )
    return ""
