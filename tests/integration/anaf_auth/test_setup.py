"""Setting up e-Factura for a company: validation, where each value is kept, the wizard's checklist, the
listener's certificate and reading JWT expiries."""

from __future__ import annotations

import base64
import datetime as dt
import json
import stat

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from invoicedesk.app.efactura_auth import anaf_setup, start_login, status
from invoicedesk.connectors.anaf import jwt
from invoicedesk.connectors.anaf.spec import SPEC, prerequisites
from invoicedesk.connectors.anaf.tls import ensure_loopback_certificate
from invoicedesk.connectors.anaf.tokens import TokenSet
from invoicedesk.connectors.contract import FieldKind
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.store.repositories import connections
from tests.integration.anaf_auth.conftest import CLIENT_ID, CLIENT_SECRET


def test_setup_keeps_settings_in_the_database_and_credentials_in_the_keyring(ctx, setup, ports):
    stored = anaf_setup(ctx, setup.company_id)
    assert stored == setup
    assert stored.callback_ports == tuple(ports)
    assert stored.callback_urls == [f"https://localhost:{p}/callback" for p in ports]
    assert stored.cifs == ("12345674",)  # the company's own CUI by default
    assert ctx.secrets.read_many(stored.app_ref, ["client_id", "client_secret"]) == {
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    from sqlalchemy import text

    with ctx.database.read_session() as session:
        rows = " ".join(str(row) for row in session.execute(text("SELECT * FROM connections")))
    assert CLIENT_SECRET not in rows and CLIENT_ID not in rows
    assert stored.app_ref in rows


def test_every_bad_field_is_named_and_nothing_is_saved(ctx, company, configure):
    with pytest.raises(DomainValidationError) as raised:
        configure(client_id=" ", client_secret="", callback_ports="9002, http, 70000", environment="staging",
                  holder_name="", cifs="RO12AB")
    fields = {error.field for error in raised.value.errors}
    assert fields == {"client_id", "client_secret", "callback_ports", "environment", "holder_name", "cifs"}
    assert "9002, 9003" in raised.value.for_field("callback_ports")[0].hint
    with pytest.raises(LookupError):
        anaf_setup(ctx, company.id)


def test_cifs_lose_the_ro_prefix_and_ports_their_duplicates(configure):
    setup = configure(cifs="RO12345674; 76543210 ,ro 14399840", callback_ports="9002,9002; 9003")
    assert setup.cifs == ("12345674", "76543210", "14399840")
    assert setup.callback_ports == (9002, 9003)


def test_plain_http_endpoints_are_refused_except_the_local_emulator(configure):
    with pytest.raises(DomainValidationError) as raised:
        configure(oauth_base_url="http://logincert.anaf.ro/anaf-oauth2/v1")
    assert raised.value.errors[0].field == "oauth_base_url"


def test_a_database_failure_puts_the_keyring_back(ctx, company, configure, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(connections.ConnectionRepository, "add", refuse)
    with pytest.raises(RuntimeError):
        configure()
    assert not any(service.startswith("InvoiceDesk/anaf-app:")
                   for service, _user in ctx.secrets._backend.entries())


def test_another_client_id_for_the_holder_forgets_tokens_of_the_old_application(ctx, setup, browser,
                                                                                configure):
    attempt = start_login(ctx, setup.company_id, timeout=20)
    browser.sign_in(attempt.start_url)
    attempt.wait()
    configure(client_secret=CLIENT_SECRET)  # same application: the sign-in stays
    assert status(ctx, setup.company_id).signed_in
    configure(client_id="another-app")
    assert not status(ctx, setup.company_id).signed_in


def test_spec_checklist_shows_the_exact_callback_urls_for_the_chosen_ports():
    checklist = {item.id: item for item in prerequisites([9100, 9101])}
    assert list(checklist) == ["spv_enrolled", "certificate_on_token", "certificate_registered",
                               "spv_role_and_rights", "oauth_app"]
    app = checklist["oauth_app"].explanation
    assert "Callback URL 1: https://localhost:9100/callback" in app
    assert "Callback URL 2: https://localhost:9101/callback" in app
    assert "Editare profil Oauth" in app and "E-Factura" in app and "Generare Client ID" in app
    rights = checklist["spv_role_and_rights"].explanation
    assert all(role in rights for role in ("reprezentant legal", "reprezentant desemnat", "împuternicit"))
    assert "24 hours" in rights


def test_spec_fields_and_capabilities():
    assert {f.name for f in SPEC.secret_fields} == {"client_id", "client_secret"}
    assert SPEC.field("callback_ports").kind is FieldKind.PORT_LIST
    assert SPEC.field("callback_ports").default == "9002,9003,9004"
    assert {value for value, _ in SPEC.field("environment").choices} == {"test", "prod"}
    helped = ("client_id", "client_secret", "holder_name", "callback_ports")
    assert all(SPEC.field(name).where_to_find for name in helped)
    assert SPEC.capabilities.auth == "oauth_code"
    assert not SPEC.capabilities.has_client_listing


def test_listener_certificate_is_made_once_private_and_for_localhost(tmp_path):
    first = ensure_loopback_certificate(tmp_path)
    again = ensure_loopback_certificate(tmp_path)
    assert again.cert_file.read_bytes() == first.cert_file.read_bytes()
    assert stat.S_IMODE(first.key_file.stat().st_mode) == 0o600

    certificate = x509.load_pem_x509_certificate(first.cert_file.read_bytes())
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    assert {str(ip) for ip in names.get_values_for_type(x509.IPAddress)} == {"127.0.0.1", "::1"}
    assert isinstance(certificate.public_key(), ec.EllipticCurvePublicKey)
    assert certificate.public_key().curve.name == "secp256r1"
    assert certificate.not_valid_after_utc - dt.datetime.now(dt.UTC) > dt.timedelta(days=5 * 365)


def test_a_damaged_or_expiring_certificate_is_replaced(tmp_path):
    first = ensure_loopback_certificate(tmp_path)
    original = first.cert_file.read_bytes()
    first.key_file.write_text("not a key")
    second = ensure_loopback_certificate(tmp_path)
    assert second.cert_file.read_bytes() != original
    assert second.key_file.read_text() != "not a key"
    second.server_context()  # loads: the pair belongs together again

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=10 * 365)
    third = ensure_loopback_certificate(tmp_path, now=later)
    assert x509.load_pem_x509_certificate(third.cert_file.read_bytes()).not_valid_after_utc > later


def _jwt(claims: dict) -> str:
    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'RS512'})}.{part(claims)}.c2lnbmF0dXJl"


def test_jwt_expiry_is_read_and_garbage_gives_none():
    assert jwt.expiry(_jwt({"exp": 1893456000})) == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    assert jwt.claim(_jwt({"serial": "ABC"}), "serial") == "ABC"
    for garbage in ("", "abc", "a.b", "a.!!!.c", _jwt({"exp": "soon"}), _jwt({"exp": True}), _jwt({})):
        assert jwt.expiry(garbage) is None


def test_fallback_lifetimes_when_tokens_carry_no_exp():
    obtained = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    tokens = TokenSet.from_tokens("opaque-access", "opaque-refresh", obtained_at=obtained)
    assert tokens.access_expires_at == obtained + dt.timedelta(days=90)
    assert tokens.refresh_expires_at == obtained + dt.timedelta(days=365)
    assert not tokens.expiry_from_token
    assert tokens.days_until_certificate_login(obtained) == 365
    assert not tokens.needs_renewal(obtained + dt.timedelta(days=82))
    assert tokens.needs_renewal(obtained + dt.timedelta(days=84))


def test_short_lived_tokens_are_renewed_at_half_life_not_on_every_call():
    issued = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    access = _jwt({"iat": int(issued.timestamp()), "exp": int(issued.timestamp()) + 3600})
    tokens = TokenSet.from_tokens(access, _jwt({"exp": int(issued.timestamp()) + 86400}), obtained_at=issued)
    assert not tokens.needs_renewal(issued + dt.timedelta(minutes=29))
    assert tokens.needs_renewal(issued + dt.timedelta(minutes=31))
    assert "opaque" not in repr(tokens) and access not in repr(tokens)


def test_renaming_the_only_companys_holder_keeps_the_sign_in(ctx, setup, configure):
    renamed = configure(holder_name="Ana Popescu-Ionescu")
    assert renamed.holder_id == setup.holder_id and renamed.holder_name == "Ana Popescu-Ionescu"


def test_moving_a_company_to_another_holder_drops_secrets_nobody_uses(ctx, setup, configure):
    from tests.integration.anaf_auth.conftest import romanian_company

    other = romanian_company(ctx, "Ceai Bun SRL", "76543210")
    shared = configure(company_id=other.id)  # same holder as `setup`
    assert shared.holder_id == setup.holder_id

    moved = configure(company_id=other.id, holder_name="Mihai Ionescu")
    assert moved.holder_id != setup.holder_id
    # Ana still signs in for the first company: her secrets stay.
    assert ctx.secrets.read(setup.app_ref, "client_id") == CLIENT_ID

    back = configure(holder_name="Mihai Ionescu")  # now the first company moves too: Ana's are unused
    assert back.holder_id == moved.holder_id
    assert ctx.secrets.read_many(setup.app_ref, ["client_id", "client_secret"]) == {}
