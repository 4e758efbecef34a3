"""Subjects: CRUD, unique custom_id, list filters and paging, search, plan limit."""

from __future__ import annotations

import pytest

from tests.integration.sandbox.conftest import FakturoidClient

MICROSOFT = {"name": "MICROSOFT s.r.o.", "street": "Vyskočilova 1461/2a", "city": "Praha", "zip": "14000",
             "country": "CZ", "registration_no": "47123737", "vat_no": "CZ47123737",
             "variable_symbol": "1234567890", "tags": ["IT", "Services"]}


def test_create_subject_201_location_and_body(api):
    r = api.post("subjects.json", json=MICROSOFT)
    assert r.status_code == 201
    body = r.json()
    assert r.headers["Location"] == api.url(f"subjects/{body['id']}.json")
    assert body["custom_id"] is None
    assert body["type"] == "customer"
    assert body["user_id"] == 5
    for key, value in MICROSOFT.items():
        assert body[key] == value
    assert body["url"] == r.headers["Location"]
    assert body["created_at"].endswith("+01:00")


def test_country_defaults_to_the_accounts(api):
    assert api.subject(name="Bez země")["country"] == "CZ"


def test_numeric_custom_id_comes_back_as_string(api):
    assert api.subject(name="A", custom_id=42)["custom_id"] == "42"


def test_duplicate_custom_id_is_422(api):
    api.subject(name="A", custom_id="CLI-1")
    r = api.post("subjects.json", json={"name": "B", "custom_id": "CLI-1"})
    assert r.status_code == 422
    assert r.json() == {"errors": {"custom_id": ["has already been taken"]}}


def test_update_to_a_taken_custom_id_is_422_but_keeping_own_is_fine(api):
    api.subject(name="A", custom_id="CLI-1")
    second = api.subject(name="B", custom_id="CLI-2")
    r = api.patch(f"subjects/{second['id']}.json", json={"custom_id": "CLI-1"})
    assert r.status_code == 422
    r = api.patch(f"subjects/{second['id']}.json", json={"custom_id": "CLI-2", "city": "Brno"})
    assert r.status_code == 200
    assert r.json()["city"] == "Brno"


@pytest.mark.parametrize("body, errors", [
    ({}, {"name": ["can't be blank"]}),
    ({"name": "  "}, {"name": ["can't be blank"]}),
    ({"name": "X", "type": "enemy"}, {"type": ["is not included in the list"]}),
    ({"name": "X", "email": "not-an-email"}, {"email": ["is invalid"]}),
    ({"name": "X", "due": "soon"}, {"due": ["is not a number"]}),
    ({"name": 5}, {"name": ["is invalid"]}),
])
def test_invalid_subject_is_422_with_field_errors(api, body, errors):
    r = api.post("subjects.json", json=body)
    assert r.status_code == 422
    assert r.json() == {"errors": errors}


def test_malformed_json_body_is_400(api):
    r = api.post("subjects.json", data=b"{oops", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_request"
    r = api.post("subjects.json", json=[1, 2])
    assert r.status_code == 400


def test_get_patch_delete_subject(api):
    subject = api.subject(name="A")
    path = f"subjects/{subject['id']}.json"
    assert api.get(path).json()["name"] == "A"
    r = api.patch(path, json={"name": "A2", "email": "a@example.cz"})
    assert r.status_code == 200
    assert (r.json()["name"], r.json()["email"]) == ("A2", "a@example.cz")
    assert api.delete(path).status_code == 204
    r = api.get(path)
    assert r.status_code == 404
    assert r.json() == {"error": "not_found", "error_description": "Record not found"}
    assert api.delete(path).status_code == 404
    assert api.patch(path, json={"name": "x"}).status_code == 404


def test_filter_by_custom_id(api):
    api.subject(name="A", custom_id="CLI-1")
    api.subject(name="B", custom_id="CLI-2")
    r = api.get("subjects.json", params={"custom_id": "CLI-2"})
    assert [s["name"] for s in r.json()] == ["B"]
    assert api.get("subjects.json", params={"custom_id": "CLI-9"}).json() == []


def test_since_and_updated_since_filters(api, clock):
    old = api.subject(name="Old")
    clock.advance(1800)
    cut = api.subject(name="New")["created_at"]
    clock.advance(1800)
    api.patch(f"subjects/{old['id']}.json", json={"city": "Plzeň"})
    created = [s["name"] for s in api.get("subjects.json", params={"since": cut}).json()]
    assert created == ["New"]
    updated_cut = "2026-03-02T11:45:00+01:00"
    updated = [s["name"] for s in api.get("subjects.json", params={"updated_since": updated_cut}).json()]
    assert updated == ["Old"]


@pytest.mark.parametrize("param", ["since", "updated_since"])
@pytest.mark.parametrize("value", ["yesterday", "2026-13-01", "2026-03-02T25:00"])
def test_malformed_iso_8601_is_400(api, param, value):
    r = api.get("subjects.json", params={param: value})
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_request"
    assert param in r.json()["error_description"]


def test_tag_filter_and_search(api):
    api.post("subjects.json", json=MICROSOFT)
    api.subject(name="Apple Czech s.r.o.", email="fakturace@apple.example")
    assert [s["name"] for s in api.get("subjects.json", params={"tag": "IT"}).json()] == ["MICROSOFT s.r.o."]
    found = api.get("subjects/search.json", params={"query": "apple"}).json()
    assert [s["name"] for s in found] == ["Apple Czech s.r.o."]
    assert [s["name"] for s in api.get("subjects/search.json", params={"query": "47123737"}).json()] == [
        "MICROSOFT s.r.o."]


def test_subjects_page_by_40(emu, api):
    for index in range(41):
        emu.seed_subject(name=f"S{index}")
    first = api.get("subjects.json").json()
    second = api.get("subjects.json", params={"page": 2}).json()
    assert (len(first), len(second)) == (40, 1)
    assert api.get("subjects.json", params={"page": 3}).json() == []
    assert {s["id"] for s in first}.isdisjoint({s["id"] for s in second})


def test_subject_limit_of_the_plan_is_403(make_emulator):
    emu = make_emulator(plan="Zdarma", subject_limit=1)
    api = FakturoidClient(emu).authorize()
    api.subject(name="A")
    r = api.post("subjects.json", json={"name": "B"})
    assert r.status_code == 403
    assert r.json()["error"] == "forbidden"
