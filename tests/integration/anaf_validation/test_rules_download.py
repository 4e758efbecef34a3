"""The rules are fetched once over HTTP, checked against the pinned SHA-256 and installed atomically.

A local HTTP server on 127.0.0.1 serves the validation kit in place of the pinned addresses; the real
download function (requests) talks to it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import http.server
import threading
from pathlib import Path

import pytest

from invoicedesk.connectors.anaf.validation import (
    RULES_DIR_ENV,
    RulesError,
    RulesLocation,
    Validator,
    ensure_rules,
    rules_location,
    verify_rules,
)
from invoicedesk.connectors.anaf.validation.download import DownloadError, fetch_url
from invoicedesk.connectors.anaf.validation.manifest import RULES_MANIFEST, RULES_VERSION
from invoicedesk.connectors.anaf.validation.validator import load_schema
from tests.integration.anaf_validation.kit import KIT

pytestmark = pytest.mark.skipif(not (KIT / "validate.py").is_file(), reason=f"no validation kit at {KIT}")


class _KitServer(http.server.ThreadingHTTPServer):
    def __init__(self, root: Path) -> None:
        self.requests: list[str] = []
        self.missing: set[str] = set()  # paths answered with 404
        self.root = root
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(server.root), **kwargs)

            def do_GET(self):
                server.requests.append(self.path)
                if self.path in server.missing:
                    self.send_error(404)
                    return
                super().do_GET()

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server():
    kit_server = _KitServer(KIT)
    thread = threading.Thread(target=kit_server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield kit_server
    kit_server.shutdown()
    kit_server.server_close()
    thread.join(timeout=5)


def local_manifest(server, *extra_first: str):
    """The pinned manifest with its addresses moved to the local server (optionally after other addresses)."""
    return [
        dataclasses.replace(
            item, urls=(*(f"{base}/{item.path}" for base in extra_first), f"{server.base}/{item.path}")
        )
        for item in RULES_MANIFEST
    ]


def test_the_manifest_pins_the_bytes_of_the_kit():
    for item in RULES_MANIFEST:
        assert hashlib.sha256((KIT / item.path).read_bytes()).hexdigest() == item.sha256, item.path
        assert all(url.startswith("https://") for url in item.urls)
    assert verify_rules(KIT) == []


def test_downloads_once_then_uses_the_cache(server, tmp_path):
    target = rules_location(tmp_path).root
    assert target == tmp_path / "rules" / RULES_VERSION
    location = ensure_rules(target, local_manifest(server))
    assert location == RulesLocation(target)
    assert verify_rules(target) == [] and location.missing() == []
    assert len(server.requests) == len(RULES_MANIFEST)

    ensure_rules(target, local_manifest(server))
    assert len(server.requests) == len(RULES_MANIFEST)  # nothing fetched the second time
    assert [p.name for p in tmp_path.joinpath("rules").iterdir()] == [RULES_VERSION]  # no leftovers


def test_a_checksum_mismatch_installs_nothing(server, tmp_path):
    manifest = local_manifest(server)
    manifest[-1] = dataclasses.replace(manifest[-1], sha256="0" * 64)
    target = tmp_path / "rules" / RULES_VERSION
    with pytest.raises(RulesError, match="SHA-256") as exc_info:
        ensure_rules(target, manifest)
    assert manifest[-1].path in str(exc_info.value)
    assert not target.exists()
    assert list((tmp_path / "rules").iterdir()) == []  # the staging folder is gone too


def test_an_unreachable_address_falls_back_to_the_next(server, tmp_path):
    dead = f"{server.base}/gone"
    server.missing.update(f"/gone/{item.path}" for item in RULES_MANIFEST)
    target = tmp_path / "rules"
    ensure_rules(target, local_manifest(server, dead))
    assert verify_rules(target) == []
    assert sum(path.startswith("/gone/") for path in server.requests) == len(RULES_MANIFEST)


def test_when_every_address_fails_the_error_says_what_to_do(server, tmp_path):
    server.missing.update(f"/{item.path}" for item in RULES_MANIFEST)
    target = tmp_path / "rules"
    with pytest.raises(RulesError, match=RULES_DIR_ENV) as exc_info:
        ensure_rules(target, local_manifest(server))
    assert "HTTP 404" in str(exc_info.value)
    assert not target.exists()


def test_a_damaged_cache_is_replaced(server, tmp_path):
    target = tmp_path / "rules"
    ensure_rules(target, local_manifest(server))
    damaged = target / RULES_MANIFEST[0].path
    damaged.write_bytes(damaged.read_bytes() + b"<!-- changed -->")
    assert verify_rules(target) == [RULES_MANIFEST[0].path]
    ensure_rules(target, local_manifest(server))
    assert verify_rules(target) == []
    assert [p.name for p in tmp_path.iterdir()] == ["rules"]


def test_fetch_url_reports_http_and_network_failures(server):
    server.missing.add("/nothing-here")
    with pytest.raises(DownloadError, match="HTTP 404"):
        fetch_url(f"{server.base}/nothing-here")
    port = server.server_address[1]
    server.shutdown()
    server.server_close()
    with pytest.raises(DownloadError, match="could not be fetched"):
        fetch_url(f"http://127.0.0.1:{port}/x")


def test_rules_location_prefers_the_override_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv(RULES_DIR_ENV, raising=False)
    assert rules_location(tmp_path).root == tmp_path / "rules" / RULES_VERSION
    monkeypatch.setenv(RULES_DIR_ENV, str(KIT))
    assert rules_location(tmp_path).root == KIT
    assert rules_location(tmp_path, override=tmp_path / "mine").root == tmp_path / "mine"


def test_a_validator_refuses_an_incomplete_rules_folder(tmp_path):
    with pytest.raises(RulesError, match="incomplete"):
        Validator(RulesLocation(tmp_path))


def test_the_fetch_function_is_injected(tmp_path):
    """Any callable url -> bytes will do; here one that reads the kit, to show nothing else is fetched."""
    asked: list[str] = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        return (KIT / url.removeprefix("kit:")).read_bytes()

    manifest = [dataclasses.replace(item, urls=(f"kit:{item.path}",)) for item in RULES_MANIFEST]
    ensure_rules(tmp_path / "rules", manifest, fetch)
    assert asked == [f"kit:{item.path}" for item in RULES_MANIFEST]
    ensure_rules(tmp_path / "rules", manifest, fetch)
    assert len(asked) == len(RULES_MANIFEST)


def test_schemas_are_never_fetched_over_the_network(server, tmp_path):
    """An XSD import that points at an http address is not followed (lxml runs with no_network)."""
    (tmp_path / "main.xsd").write_text(
        '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a">'
        f'<xsd:import namespace="urn:b" schemaLocation="{server.base}/remote.xsd"/>'
        '<xsd:element name="x" type="xsd:string"/></xsd:schema>',
        encoding="utf-8",
    )
    load_schema(tmp_path / "main.xsd")
    assert server.requests == []
