"""Units of measure: what bookkeepers type ("ks", "buc", "hod", "kg") → UN/ECE Recommendation 20 codes.

EN 16931 (BR-CL-23) accepts only Rec 20/21 codes in `unitCode`. A unit that is already such a code
passes through; an unknown one becomes H87 (piece) and the caller is told, so nothing is silently
reinterpreted.
"""

from __future__ import annotations

import re

from invoicedesk.connectors.anaf.ubl.counties import fold

PIECE = "H87"

# Folded spelling -> code. Covers the CZ/SK/PL/RO/EN words the app's users write on documents.
_UNITS: dict[str, str] = {
    # pieces
    "ks": PIECE,
    "kus": PIECE,
    "kusy": PIECE,
    "ks.": PIECE,
    "buc": PIECE,
    "buc.": PIECE,
    "bucata": PIECE,
    "bucati": PIECE,
    "szt": PIECE,
    "szt.": PIECE,
    "sztuka": PIECE,
    "pcs": PIECE,
    "pc": PIECE,
    "piece": PIECE,
    "pieces": PIECE,
    "ea": "EA",
    "each": "EA",
    "unit": "C62",
    "units": "C62",
    "u": "C62",
    # time
    "h": "HUR",
    "hod": "HUR",
    "hod.": "HUR",
    "hodina": "HUR",
    "hodiny": "HUR",
    "ora": "HUR",
    "ore": "HUR",
    "godz": "HUR",
    "godz.": "HUR",
    "hour": "HUR",
    "hours": "HUR",
    "hr": "HUR",
    "min": "MIN",
    "minute": "MIN",
    "minut": "MIN",
    "den": "DAY",
    "dni": "DAY",
    "dzien": "DAY",
    "zi": "DAY",
    "zile": "DAY",
    "day": "DAY",
    "days": "DAY",
    "mes": "MON",
    "mesic": "MON",
    "mesiac": "MON",
    "luna": "MON",
    "luni": "MON",
    "miesiac": "MON",
    "month": "MON",
    "months": "MON",
    "rok": "ANN",
    "an": "ANN",
    "year": "ANN",
    # mass, length, area, volume
    "kg": "KGM",
    "g": "GRM",
    "t": "TNE",
    "tona": "TNE",
    "m": "MTR",
    "km": "KMT",
    "cm": "CMT",
    "mm": "MMT",
    "m2": "MTK",
    "mp": "MTK",
    "m3": "MTQ",
    "mc": "MTQ",
    "l": "LTR",
    "litr": "LTR",
    "litru": "LTR",
    "ml": "MLT",
    "kwh": "KWH",
    # packaging and sets
    "set": "SET",
    "sada": "SET",
    "komplet": "SET",
    "kpl": "SET",
    "bal": "XPK",
    "pachet": "XPK",
    "balik": "XPK",
    "opak": "XPK",
    "op": "XPK",
    "pack": "XPK",
    "pal": "XPX",
    "paleta": "XPX",
    "pallet": "XPX",
    "km.": "KMT",
}

# Syntax of a Rec 20 / Rec 21 code: upper-case letters and digits, 2-3 characters.
_REC20 = re.compile(r"[A-Z0-9]{2,3}")


def unit_code(unit: str) -> tuple[str, bool]:
    """(code, recognised). A text that already looks like a Rec 20 code is trusted as written."""
    stripped = unit.strip()
    folded = fold(stripped)
    if folded in _UNITS:
        return _UNITS[folded], True
    if _REC20.fullmatch(stripped):
        return stripped, True
    return PIECE, False
