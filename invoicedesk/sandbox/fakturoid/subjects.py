"""Subjects (clients): list with filters, search, create, read, update, delete. custom_id is unique."""

from __future__ import annotations

import re
from typing import Any

from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.fakturoid import common, timefmt

STRING_FIELDS = (
    "name", "full_name", "email", "email_copy", "phone", "web", "street", "city", "zip", "country",
    "delivery_name", "delivery_street", "delivery_city", "delivery_zip", "delivery_country", "currency",
    "language", "private_note", "registration_no", "vat_no", "local_vat_no", "bank_account", "iban",
    "swift_bic", "variable_symbol",
)
BOOL_FIELDS = ("has_delivery_address",)
TYPES = ("customer", "supplier", "both")
ARES_SETTINGS = ("inherit", "on", "off")
# "Country defaults to the account's"; every emulated account is Czech.
ACCOUNT_COUNTRY = "CZ"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class SubjectRoutes:
    options: dict[str, Any]

    # ---- validation --------------------------------------------------------------------------------------
    def _subject_changes(self, account, body: dict[str, Any], current: dict[str, Any] | None
                         ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        changes: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        for name in STRING_FIELDS:
            if name in body:
                value = body[name]
                if value is not None and not isinstance(value, str):
                    errors.setdefault(name, []).append(common.INVALID)
                else:
                    changes[name] = value
        for name in BOOL_FIELDS:
            if name in body:
                if not isinstance(body[name], bool):
                    errors.setdefault(name, []).append(common.INVALID)
                else:
                    changes[name] = body[name]
        if "type" in body:
            if body["type"] not in TYPES:
                errors["type"] = [common.NOT_IN_LIST]
            else:
                changes["type"] = body["type"]
        if "setting_update_from_ares" in body:
            if body["setting_update_from_ares"] not in ARES_SETTINGS:
                errors["setting_update_from_ares"] = [common.NOT_IN_LIST]
            else:
                changes["setting_update_from_ares"] = body["setting_update_from_ares"]
        if "due" in body:
            due = body["due"]
            if due is not None and (isinstance(due, bool) or not isinstance(due, int)):
                errors["due"] = [common.NOT_A_NUMBER]
            else:
                changes["due"] = due
        if "tags" in body:
            tags = body["tags"]
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                errors["tags"] = [common.INVALID]
            else:
                changes["tags"] = tags
        if "custom_id" in body:
            custom_id = body["custom_id"]
            wrong_type = isinstance(custom_id, bool) or not isinstance(custom_id, str | int)
            if custom_id is not None and wrong_type:
                errors["custom_id"] = [common.INVALID]
            else:
                # "custom_id always returns a string" (the PHP SDK's note): numbers are stored as text.
                custom_id = None if _blank(custom_id) else str(custom_id)
                own_id = current["id"] if current else None
                if custom_id is not None and any(
                    s["custom_id"] == custom_id and s["id"] != own_id for s in account.subjects.values()
                ):
                    errors["custom_id"] = ["has already been taken"]
                else:
                    changes["custom_id"] = custom_id
        name = changes.get("name", current["name"] if current else None)
        if _blank(name) and "name" not in errors:
            errors["name"] = [common.CANT_BE_BLANK]
        for key in ("email", "email_copy"):
            value = changes.get(key)
            if isinstance(value, str) and value and not _EMAIL.fullmatch(value.strip()):
                errors.setdefault(key, []).append(common.INVALID)
        return changes, errors

    def render_subject(self, slug: str, subject: dict[str, Any]) -> dict[str, Any]:
        body = {key: value for key, value in subject.items() if key not in ("created_at", "updated_at")}
        body["html_url"] = f"{self.root()}/{slug}/subjects/{subject['id']}"
        body["url"] = self.api_url(slug, f"subjects/{subject['id']}.json")
        body["created_at"] = timefmt.timestamp(subject["created_at"])
        body["updated_at"] = timefmt.timestamp(subject["updated_at"])
        return body

    def new_subject(self, account, changes: dict[str, Any]) -> dict[str, Any]:
        """Store a subject from validated changes (caller holds the lock)."""
        now = self.now()
        subject: dict[str, Any] = {
            "id": self.store.next_id("subject"), "custom_id": None, "user_id": 5, "type": "customer",
            **dict.fromkeys(STRING_FIELDS), "has_delivery_address": False, "due": None,
            "setting_update_from_ares": "inherit", "tags": [], "unreliable": None,
            "unreliable_checked_at": None,
            "created_at": now, "updated_at": now,
        }
        subject.update(changes)
        if not subject["country"]:
            subject["country"] = ACCOUNT_COUNTRY
        account.subjects[subject["id"]] = subject
        return subject

    # ---- routes --------------------------------------------------------------------------------------------
    @route("GET", common.ACCOUNT + r"/subjects\.json")
    def list_subjects(self, request: Request) -> Response:
        account = self.account(request)
        since = self.time_filter(request, "since")
        updated_since = self.time_filter(request, "updated_since")
        custom_id = request.arg("custom_id")
        tag = request.arg("tag")
        with self.lock:
            found = [
                s for s in sorted(account.subjects.values(), key=lambda s: s["id"], reverse=True)
                if (since is None or s["created_at"] >= since)
                and (updated_since is None or s["updated_at"] >= updated_since)
                and (custom_id is None or s["custom_id"] == custom_id)
                and (tag is None or tag in s["tags"])
            ]
            page = common.paginate(found, request.arg("page"))
            return Response.json([self.render_subject(account.slug, s) for s in page])

    @route("GET", common.ACCOUNT + r"/subjects/search\.json")
    def search_subjects(self, request: Request) -> Response:
        account = self.account(request)
        query = (request.arg("query") or "").casefold()
        searched = ("name", "full_name", "email", "registration_no", "vat_no", "street", "city")
        with self.lock:
            found = [
                s for s in sorted(account.subjects.values(), key=lambda s: s["id"], reverse=True)
                if any(query in (s.get(key) or "").casefold() for key in searched)
            ]
            page = common.paginate(found, request.arg("page"))
            return Response.json([self.render_subject(account.slug, s) for s in page])

    @route("POST", common.ACCOUNT + r"/subjects\.json")
    def create_subject(self, request: Request) -> Response:
        account = self.account(request)
        body = self.body_object(request)
        with self.mutate():
            limit = self.options["subject_limit"]
            if limit is not None and len(account.subjects) >= int(limit):
                return common.error(403, "forbidden",
                                    "The subject limit of your plan has been reached; upgrade to add more")
            changes, errors = self._subject_changes(account, body, None)
            if errors:
                return common.field_errors(errors)
            subject = self.new_subject(account, changes)
            rendered = self.render_subject(account.slug, subject)
        return Response.json(rendered, 201, {"Location": rendered["url"]})

    @route("GET", common.ACCOUNT + r"/subjects/(?P<subject_id>\d+)\.json")
    def show_subject(self, request: Request) -> Response:
        account = self.account(request)
        with self.lock:
            subject = account.subjects.get(int(request.params["subject_id"]))
            if subject is None:
                return common.record_not_found()
            return Response.json(self.render_subject(account.slug, subject))

    @route("PATCH", common.ACCOUNT + r"/subjects/(?P<subject_id>\d+)\.json")
    def update_subject(self, request: Request) -> Response:
        account = self.account(request)
        body = self.body_object(request)
        with self.mutate():
            subject = account.subjects.get(int(request.params["subject_id"]))
            if subject is None:
                return common.record_not_found()
            changes, errors = self._subject_changes(account, body, subject)
            if errors:
                return common.field_errors(errors)
            subject.update(changes)
            subject["updated_at"] = self.now()
            return Response.json(self.render_subject(account.slug, subject))

    @route("DELETE", common.ACCOUNT + r"/subjects/(?P<subject_id>\d+)\.json")
    def delete_subject(self, request: Request) -> Response:
        account = self.account(request)
        with self.mutate():
            if account.subjects.pop(int(request.params["subject_id"]), None) is None:
                return common.record_not_found()
        return Response.empty(204)

    # ---- seeding -------------------------------------------------------------------------------------------
    def seed_subject(self, slug: str | None = None, **fields: Any) -> dict[str, Any]:
        """Put a subject straight into the account (no HTTP, no rate limit); returns it as the API shows."""
        account = self.store.accounts[slug or self.options["slug"]]
        fields.setdefault("name", f"Odběratel {len(account.subjects) + 1} s.r.o.")
        with self.mutate():
            changes, errors = self._subject_changes(account, fields, None)
            if errors:
                raise ValueError(f"seed_subject: invalid fields {errors}")
            return self.render_subject(account.slug, self.new_subject(account, changes))
