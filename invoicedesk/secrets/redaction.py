"""One redactor for all text that leaves the process: log files, the sync log, crash reports, diagnostics.

Two layers: values known to be secret (every value the SecretStore saves or reads is registered) are removed
in every encoding they are likely to travel in, and well-known credential shapes (auth headers, token fields,
JWTs, URL passwords) are removed even when the value was never registered.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
import threading
from collections.abc import Mapping
from urllib.parse import quote, quote_plus, unquote_plus, urlsplit, urlunsplit

MARKER = "[REDACTED]"
MIN_SECRET_LENGTH = 6
DEFAULT_BODY_LIMIT = 4000
# Text beyond the shown part is cut off before the (costly) redaction, keeping this much extra so that a
# secret that starts inside the shown part is still whole when it is redacted.
_BODY_LOOKAHEAD = 16_384

# Names whose value is a credential: *token, *secret, api key, password, auth headers, iFirma's signature.
_KEY = (
    r"(?i:[a-z0-9_.\-]*?(?:token|secret|api[_\-]?key|passw(?:or)?d|authori[sz]ation|authentication"
    r"|hmac-sha1|private[_\-]?key|cookie))"
)
_SECRET_KEY = re.compile(_KEY)
_KEY_SUFFIXES = (
    "token", "secret", "apikey", "api_key", "api-key", "password", "passwd", "authorization",
    "authorisation", "authentication", "hmac-sha1", "privatekey", "private_key", "private-key", "cookie",
)  # fmt: skip
# The same names as a whole unquoted word. Taken possessively, then its ending checked, so that ordinary
# text is scanned in one pass instead of trying every prefix length of every word.
_KEY_WORD = r"[A-Za-z0-9_.\-]++(?:" + "|".join(f"(?i:(?<={suffix}))" for suffix in _KEY_SUFFIXES) + ")"
_NOT_SECRET_WORDS = frozenset({"null", "none", "true", "false", ""})

_QUOTED_KEY_VALUE = re.compile(
    r"""(?P<q>["'])(?P<key>""" + _KEY + r""")(?P=q)\s*:\s*"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,}\]]+)""",
    re.DOTALL,
)
# The same inside a JSON string that itself holds JSON: {\"access_token\":\"...\"}
_ESCAPED_KEY_VALUE = re.compile(r'(?P<lead>\\"' + _KEY + r'\\"\s*:\s*)\\"(?:[^\\]|\\[^"])*\\"')
_XML_ELEMENT = re.compile(
    r"<(?P<tag>(?:[\w.\-]+:)?" + _KEY + r")(?P<attrs>\s[^<>]*)?>(?P<value>.*?)</(?P=tag)\s*>",
    re.DOTALL,
)
_AUTH_HEADER_NAME = re.compile(r"(?i:(?:proxy-)?authori[sz]ation|authentication|set-cookie|cookie)")
_AUTH_HEADER_LINE = re.compile(
    r"(?<![\w\-])(?P<key>" + _AUTH_HEADER_NAME.pattern + r")"
    r"(?P<sep>[ \t]*:[ \t]*)(?:(?P<scheme>[A-Za-z][A-Za-z0-9\-]*)[ \t]+(?=\S))?(?P<value>[^\r\n]+)"
)
_CREDENTIAL_SCHEME = re.compile(r"\b(?P<scheme>SFAPI|IAPIS)[ \t]+(?P<value>[^\r\n\"'<>]+)")
_BEARER_OR_BASIC = re.compile(r"\b(?P<scheme>(?i:bearer|basic))[ \t]+(?P<value>[A-Za-z0-9._~+/\-]{6,}=*)")
_KEY_EQUALS = re.compile(
    r"(?<![\w.\-])(?P<key>" + _KEY_WORD + r")(?P<sep>\s*=\s*)(?P<value>\"[^\"]*\"|'[^']*'|[^\s&\"'<>;,]+)"
)
_KEY_COLON = re.compile(
    r"(?<![\w.\-])(?P<key>"
    + _KEY_WORD
    + r")(?P<sep>[ \t]*:[ \t]*)(?P<value>\"[^\"]*\"|'[^']*'|[^\s,;&\"'<>]+)"
)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_\-]{2,}\.eyJ[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*")
_URL_PASSWORD = re.compile(
    r"(?<![A-Za-z0-9+.\-])(?P<lead>[A-Za-z][A-Za-z0-9+.\-]*://[^/\s:@]*:)(?P<value>[^/\s@]+)@"
)

_BINARY_TYPES = ("application/pdf", "application/zip", "application/octet-stream", "application/x-zip")
_BINARY_TYPE_PREFIXES = ("image/", "audio/", "video/")


def is_secret_field(name: str) -> bool:
    """True for a field, header or parameter name that carries a credential (access_token, apikey...)."""
    return _SECRET_KEY.fullmatch(name.strip()) is not None


def _base64_forms(secret: str) -> set[str]:
    """The Base64 text of the secret as it appears on its own and inside any longer Base64 text.

    Inside a longer text the secret may start at any of three byte offsets; for each, only the characters that
    depend on the secret alone are taken, so the form is found whatever surrounds it (e.g. "user:secret").
    """
    raw = secret.encode("utf-8")
    forms: set[str] = set()
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        whole = encode(raw).decode("ascii")
        forms.add(whole)
        forms.add(whole.rstrip("="))
        for offset in range(3):
            shifted = encode(b"\0" * offset + raw).decode("ascii")
            first = math.ceil(8 * offset / 6)
            last = (8 * (offset + len(raw))) // 6
            forms.add(shifted[first:last])
    return forms


def _encoded_forms(secret: str) -> set[str]:
    forms = {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        quote(quote(secret, safe=""), safe=""),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),  # PHP-style JSON escapes the slash
        html.escape(secret),
    }
    # Percent-encoders differ in the case of their hex digits (%2f or %2F).
    forms |= {re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), form) for form in forms if "%" in form}
    forms |= _base64_forms(secret)
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


def _blank_spans(text: str, forms: tuple[str, ...]) -> str:
    """Replace every occurrence of every form; overlapping or touching occurrences become one marker."""
    spans = []
    for form in forms:
        start = text.find(form)
        while start != -1:
            spans.append((start, start + len(form)))
            start = text.find(form, start + 1)
    if not spans:
        return text
    spans.sort()
    pieces, kept_from = [], 0
    span_start, span_end = spans[0]
    for start, end in spans[1:]:
        if start <= span_end:
            span_end = max(span_end, end)
            continue
        pieces += [text[kept_from:span_start], MARKER]
        kept_from, span_start, span_end = span_end, start, end
    pieces += [text[kept_from:span_start], MARKER, text[span_end:]]
    return "".join(pieces)


class Redactor:
    """Knows this process's secret values; removes them, and anything shaped like a credential, from text."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        self._forms: tuple[str, ...] | None = None

    def register_secret(self, value: str) -> None:
        """Remember a secret value; values shorter than MIN_SECRET_LENGTH are ignored (they'd erase words).

        Registered values are never forgotten while the process runs: a revoked token must not show up either.
        """
        if not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            if value not in self._secrets:
                self._secrets.add(value)
                self._forms = None

    def _secret_forms(self) -> tuple[str, ...]:
        with self._lock:
            if self._forms is None:
                forms: set[str] = set()
                for secret in self._secrets:
                    forms |= _encoded_forms(secret)
                self._forms = tuple(forms)
            return self._forms

    def redact_text(self, text: str) -> str:
        """Replace registered secrets (raw, URL-encoded, Base64, JSON/HTML-escaped) and credential shapes."""
        if not isinstance(text, str):
            text = str(text)
        return _redact_patterns(_blank_spans(text, self._secret_forms()))

    def redact_headers(self, headers: Mapping[str, object]) -> dict[str, str]:
        """A copy of the headers: credential headers blanked (their auth scheme kept), the rest redacted."""
        redacted: dict[str, str] = {}
        for name, value in headers.items():
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            if is_secret_field(str(name)):
                scheme, _, rest = text.strip().partition(" ")
                redacted[str(name)] = f"{scheme} {MARKER}" if rest.strip() and scheme.isalpha() else MARKER
            else:
                redacted[str(name)] = self.redact_text(text)
        return redacted

    def redact_url(self, url: str) -> str:
        """The URL with credential query/fragment parameters and any password in it replaced."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return self.redact_text(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, host = netloc.rpartition("@")
            user, colon, _password = userinfo.partition(":")
            netloc = f"{user}{colon}{MARKER if colon else ''}@{host}"
        rebuilt = urlunsplit(
            (parts.scheme, netloc, parts.path, _redact_form(parts.query), _redact_form(parts.fragment))
        )
        return self.redact_text(rebuilt)

    def redact_body(
        self,
        body: bytes | str | None,
        content_type: str | None = None,
        *,
        max_chars: int = DEFAULT_BODY_LIMIT,
    ) -> str:
        """A readable, redacted excerpt of an HTTP body: secret JSON keys, form fields, XML elements blanked.

        Binary bodies are described, not shown. Text longer than `max_chars` is cut after redaction, with a
        note saying how much was left out.
        """
        if body is None or len(body) == 0:
            return ""
        media_type, charset = _parse_content_type(content_type)
        if isinstance(body, bytes):
            if _looks_binary(body, media_type):
                shown_type = f", {media_type}" if media_type else ""
                return f"[binary body: {len(body)} bytes{shown_type}]"
            text = _decode(body, charset)
        else:
            text = body
        text = text[: max_chars + _BODY_LOOKAHEAD]
        stripped = text.lstrip()
        if "json" in media_type or stripped[:1] in ("{", "["):
            text = _redact_json_text(text)
        elif media_type == "application/x-www-form-urlencoded":
            text = _redact_form(text)
        text = self.redact_text(text)
        return _truncate(text, max_chars)


def _truncate(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = max_chars
    marker_start = text.find(MARKER, max(0, cut - len(MARKER) + 1))
    if -1 < marker_start < cut:
        cut = marker_start  # do not show half a marker
    return f"{text[:cut]}… [truncated: {len(text) - cut} more characters not shown]"


def _keep_or_blank(value: str) -> str:
    if value.strip("\"'").lower() in _NOT_SECRET_WORDS:
        return value
    if value[:1] in ("'", '"'):
        return f"{value[0]}{MARKER}{value[0]}"
    return MARKER


def _redact_patterns(text: str) -> str:
    text = _QUOTED_KEY_VALUE.sub(
        lambda m: m.group(0)[: m.start("value") - m.start(0)] + _keep_or_blank(m.group("value")), text
    )
    text = _ESCAPED_KEY_VALUE.sub(lambda m: f'{m.group("lead")}\\"{MARKER}\\"', text)
    text = _XML_ELEMENT.sub(
        lambda m: f"<{m.group('tag')}{m.group('attrs') or ''}>{MARKER}</{m.group('tag')}>", text
    )
    text = _AUTH_HEADER_LINE.sub(_blank_auth_header, text)
    text = _CREDENTIAL_SCHEME.sub(lambda m: f"{m.group('scheme')} {MARKER}", text)
    text = _BEARER_OR_BASIC.sub(_blank_bearer_or_basic, text)
    text = _KEY_EQUALS.sub(
        lambda m: f"{m.group('key')}{m.group('sep')}{_keep_or_blank(m.group('value'))}", text
    )
    text = _KEY_COLON.sub(_blank_key_colon, text)
    text = _JWT.sub(MARKER, text)
    return _URL_PASSWORD.sub(lambda m: f"{m.group('lead')}{MARKER}@", text)


def _blank_key_colon(match: re.Match[str]) -> str:
    if _AUTH_HEADER_NAME.fullmatch(match.group("key")):
        return match.group(0)  # a header line, already blanked to its end with its scheme kept
    return f"{match.group('key')}{match.group('sep')}{_keep_or_blank(match.group('value'))}"


def _blank_auth_header(match: re.Match[str]) -> str:
    scheme = f"{match.group('scheme')} " if match.group("scheme") else ""
    return f"{match.group('key')}{match.group('sep')}{scheme}{MARKER}"


def _blank_bearer_or_basic(match: re.Match[str]) -> str:
    value = match.group("value")
    if value.isalpha() and value.islower():
        return match.group(0)  # prose such as "bearer token expired", not a credential
    return f"{match.group('scheme')} {MARKER}"


def _redact_form(text: str) -> str:
    """Blank secret fields of query/form syntax (a=1&b=2), keeping everything else exactly as it was."""
    if not text:
        return text
    pieces = []
    for piece in text.split("&"):
        name, equals, _value = piece.partition("=")
        if equals and is_secret_field(unquote_plus(name)):
            piece = f"{name}={MARKER}"
        pieces.append(piece)
    return "&".join(pieces)


def _redact_json_value(value: object) -> object:
    if isinstance(value, dict):
        return {
            key: (
                MARKER if is_secret_field(str(key)) and item not in (None, "") else _redact_json_value(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_json_value(item) for item in value]
    return value


def _redact_json_text(text: str) -> str:
    try:
        document = json.loads(text)
    except ValueError:
        return text  # not JSON after all (or cut short): the text patterns still apply
    return json.dumps(_redact_json_value(document), ensure_ascii=False)


def _parse_content_type(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    media_type, *params = content_type.split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


def _looks_binary(body: bytes, media_type: str) -> bool:
    if media_type in _BINARY_TYPES or media_type.startswith(_BINARY_TYPE_PREFIXES):
        return True
    return b"\x00" in body[:1024] or body.startswith((b"%PDF", b"PK\x03\x04"))


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        return body.decode("utf-8", errors="replace")


_default = Redactor()


def default_redactor() -> Redactor:
    """The process-wide redactor used by the module functions below."""
    return _default


def register_secret(value: str) -> None:
    _default.register_secret(value)


def redact_text(text: str) -> str:
    return _default.redact_text(text)


def redact_headers(headers: Mapping[str, object]) -> dict[str, str]:
    return _default.redact_headers(headers)


def redact_url(url: str) -> str:
    return _default.redact_url(url)


def redact_body(
    body: bytes | str | None, content_type: str | None = None, *, max_chars: int = DEFAULT_BODY_LIMIT
) -> str:
    return _default.redact_body(body, content_type, max_chars=max_chars)
