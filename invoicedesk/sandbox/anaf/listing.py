"""e-Factura's message lists: by days (capped at 500) and paginated by a millisecond window.

Every outcome is HTTP 200 JSON; errors and "no messages" share the `eroare` field, as at ANAF. Windows are
checked against the emulator's clock, so a client whose clock runs ahead hits the real "in viitor" error.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from invoicedesk.sandbox.anaf import replies, romania_time
from invoicedesk.sandbox.anaf.config import Certificate
from invoicedesk.sandbox.anaf.messaging import REST, is_number, rights_error
from invoicedesk.sandbox.anaf.spv import FILTER_TIPS, Spv
from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.clock import ScaledClock

PAGE_SIZE = 500
MAX_DAYS = 60
DAY = 86400.0
# Beyond these the values mean nothing to ANAF (the times: past the year 9999 in milliseconds).
LARGEST_ACCEPTED = {
    "CIF introdus=": 10**13,
    "startTime =": 253_402_300_799_999,
    "endTime =": 253_402_300_799_999,
    "pagina =": 10**9,
}
BAD_FILTER = "Valorile acceptate pentru parametrul filtru sunt E, T, P sau R"


def _filter_error(filtru: str | None) -> str | None:
    return BAD_FILTER if filtru is not None and filtru not in FILTER_TIPS else None


class ListingRoutes:
    """Mixed into AnafEmulator; uses its options, clock, mailbox and token checks."""

    options: dict[str, Any]
    clock: ScaledClock
    lock: AbstractContextManager[Any]
    mutate: Callable[[], AbstractContextManager[None]]
    spv: Spv
    certificate_for: Callable[[Request], Certificate | None]

    def _daily_list_limit(self, kind: str, env: str, cif: str, now: float) -> str | None:
        """Count this query against the per-CUI daily limit; the error text when it is exceeded."""
        limit = self.options[f"{kind}_lists_per_day"]
        key = f"lista-{kind}:{env}:{cif}:{romania_time.day_key(now)}"
        with self.mutate():
            if self.spv.count(key) >= limit:
                return (
                    f"S-au facut deja {limit} interogari de lista mesaje de catre utilizator in cursul zilei"
                )
            self.spv.bump(key)
        return None

    @route("GET", REST + r"/listaMesajeFactura")
    def list_by_days(self, request: Request) -> Response:
        now = self.clock.now()
        zile, cif, filtru = request.arg("zile"), request.arg("cif"), request.arg("filtru")
        if not zile or not cif:
            return replies.custom_error(now, 400, "Parametrii zile si cif sunt obligatorii")
        if not is_number(cif):
            return replies.list_error(f"CIF introdus= {cif} nu este un numar")
        if not is_number(zile):
            return replies.list_error(f"Numarul de zile introdus= {zile} nu este un numar intreg")
        days = int(zile)
        if not 1 <= days <= MAX_DAYS:
            return replies.list_error("Numarul de zile trebuie sa fie intre 1 si 60")
        certificate = self.certificate_for(request)
        problem = _filter_error(filtru) or rights_error(certificate, cif)
        problem = problem or self._daily_list_limit("simple", request.params["env"], cif, now)
        if problem:
            return replies.list_error(problem)
        with self.lock:
            found = self.spv.visible_messages(
                request.params["env"],
                cif,
                since=now - days * DAY,
                until=now,
                now=now,
                delay=self.options["list_delay_seconds"],
                filtru=filtru,
            )
        if not found:
            return replies.list_error(f"Nu exista mesaje in ultimele {days} zile")
        if len(found) > PAGE_SIZE:
            return replies.list_error(
                "Lista de mesaje este mai mare decat numarul de 500 elemente permise in "
                "pagina. Folositi endpoint-ul cu paginatie."
            )
        assert certificate is not None
        return Response.json(
            {
                "mesaje": [m.as_listed() for m in found],
                "serial": certificate.serial,
                "cui": cif,
                "titlu": f"Lista Mesaje disponibile din ultimele {days} zile",
            }
        )

    @route("GET", REST + r"/listaMesajePaginatieFactura")
    def list_paginated(self, request: Request) -> Response:
        now = self.clock.now()
        start_raw, end_raw = request.arg("startTime"), request.arg("endTime")
        cif, page_raw, filtru = request.arg("cif"), request.arg("pagina"), request.arg("filtru")
        if not start_raw or not end_raw or not cif or not page_raw:
            return replies.custom_error(
                now, 400, "Parametrii startTime, endTime, cif si pagina sunt obligatorii"
            )
        for name, value in (
            ("CIF introdus=", cif),
            ("startTime =", start_raw),
            ("endTime =", end_raw),
            ("pagina =", page_raw),
        ):
            if not is_number(value) or not 0 < int(value) <= LARGEST_ACCEPTED[name]:
                return replies.list_error(
                    f"{name} {value} nu este un numar sau nu are o valoare acceptata de sistem"
                )
        start, end, page = int(start_raw) / 1000, int(end_raw) / 1000, int(page_raw)
        stamp = romania_time.stamp_seconds
        if start < now - MAX_DAYS * DAY:
            return replies.list_error(
                f"startTime = {stamp(start)} nu poate fi mai vechi de 60 de zile fata de momentul requestului"
            )
        for name, moment in (("startTime", start), ("endTime", end)):
            if moment > now:
                return replies.list_error(
                    f"{name} = {stamp(moment)} nu poate in viitor fata de momentul requestului = {stamp(now)}"
                )
        if end <= start:
            return replies.list_error(f"endTime = {stamp(end)} nu poate fi <= startTime = {stamp(start)}")
        certificate = self.certificate_for(request)
        problem = _filter_error(filtru) or rights_error(certificate, cif)
        problem = problem or self._daily_list_limit("paginated", request.params["env"], cif, now)
        if problem:
            return replies.list_error(problem)
        with self.lock:
            found = self.spv.visible_messages(
                request.params["env"],
                cif,
                since=start,
                until=end,
                now=now,
                delay=self.options["list_delay_seconds"],
                filtru=filtru,
            )
        if not found:
            return replies.list_error("Nu exista mesaje in intervalul selectat")
        pages = math.ceil(len(found) / PAGE_SIZE)
        if page > pages:
            return replies.list_error(
                f"Pagina solicitata {page} este mai mare decat numarul toatal de pagini {pages}"
            )  # sic
        chunk = found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        assert certificate is not None
        return Response.json(
            {
                "mesaje": [m.as_listed() for m in chunk],
                "numar_inregistrari_in_pagina": len(chunk),
                "numar_total_inregistrari_per_pagina": PAGE_SIZE,
                "numar_total_inregistrari": len(found),
                "numar_total_pagini": pages,
                "index_pagina_curenta": page,
                "serial": certificate.serial,
                "cui": cif,
                "titlu": f"Lista Mesaje disponibile din intervalul {stamp(start)} - {stamp(end)}",
            }
        )
