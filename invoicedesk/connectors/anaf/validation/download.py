"""The default way to fetch a rules file: one HTTPS GET with timeouts, TLS verified, size capped."""

from __future__ import annotations

import requests

CONNECT_TIMEOUT_S = 10
READ_TIMEOUT_S = 60
MAX_BYTES = 8 * 1024 * 1024  # the largest artefact is ~1 MB; anything far bigger is not the file we pinned


class DownloadError(Exception):
    """A rules file could not be fetched; the message names the address and the reason."""


def fetch_url(url: str) -> bytes:
    """GET `url` and return its body. Raises DownloadError for any network or HTTP failure."""
    try:
        with requests.get(
            url, timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S), stream=True, verify=True
        ) as response:
            if response.status_code != 200:
                raise DownloadError(f"{url} answered HTTP {response.status_code}")
            body = bytearray()
            for chunk in response.iter_content(chunk_size=64 * 1024):
                body += chunk
                if len(body) > MAX_BYTES:
                    raise DownloadError(
                        f"{url} sent more than {MAX_BYTES} bytes; this is not the pinned file"
                    )
            return bytes(body)
    except requests.RequestException as exc:
        raise DownloadError(f"{url} could not be fetched: {type(exc).__name__}: {exc}") from exc
