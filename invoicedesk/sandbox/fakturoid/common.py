"""Fakturoid's error bodies and paging.

422 answers {"errors": {field: [messages]}}; every other error {"error": code, "error_description": text}.
"""

from __future__ import annotations

from invoicedesk.sandbox.base import Response

PAGE_SIZE = 40
API = r"/api/v3"
ACCOUNT = API + r"/accounts/(?P<slug>[^/]+)"

CANT_BE_BLANK = "can't be blank"
NOT_A_NUMBER = "is not a number"
NOT_IN_LIST = "is not included in the list"
INVALID = "is invalid"
NUMBER_FORMAT_MISMATCH = "The number does not match the number format in the settings"


def error(status: int, code: str, description: str, headers: dict[str, str] | None = None) -> Response:
    return Response.json({"error": code, "error_description": description}, status, headers)


def field_errors(errors: dict[str, list[str]], status: int = 422) -> Response:
    return Response.json({"errors": errors}, status)


def record_not_found() -> Response:
    return error(404, "not_found", "Record not found")


def page_number(raw: str | None) -> int:
    """Fakturoid pages from 1; anything unreadable is the first page."""
    try:
        page = int(raw) if raw is not None else 1
    except ValueError:
        return 1
    return max(page, 1)


def paginate(items: list, raw_page: str | None) -> list:
    page = page_number(raw_page)
    start = (page - 1) * PAGE_SIZE
    return items[start:start + PAGE_SIZE]
