"""Romanian counties (ISO 3166-2:RO) and Bucharest sectors as CIUS-RO wants them written.

BR-RO-110/111 accept only `RO-AB` … `RO-VS` and `RO-B` in CountrySubentity, and BR-RO-100/101 accept
only `SECTOR1` … `SECTOR6` as the city of a Bucharest address. People type "Cluj", "jud. Argeș",
"CJ", "Municipiul București" or "Sector 1"; this module turns those into the codes, and says so
(returns None) when it cannot, so the caller can report the field instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata

BUCHAREST = "RO-B"

# ISO 3166-2:RO code -> the county's name with diacritics (as the Romanian statistics office writes it).
COUNTIES: dict[str, str] = {
    "RO-AB": "Alba",
    "RO-AR": "Arad",
    "RO-AG": "Argeș",
    "RO-BC": "Bacău",
    "RO-BH": "Bihor",
    "RO-BN": "Bistrița-Năsăud",
    "RO-BT": "Botoșani",
    "RO-BV": "Brașov",
    "RO-BR": "Brăila",
    "RO-B": "București",
    "RO-BZ": "Buzău",
    "RO-CS": "Caraș-Severin",
    "RO-CL": "Călărași",
    "RO-CJ": "Cluj",
    "RO-CT": "Constanța",
    "RO-CV": "Covasna",
    "RO-DB": "Dâmbovița",
    "RO-DJ": "Dolj",
    "RO-GL": "Galați",
    "RO-GR": "Giurgiu",
    "RO-GJ": "Gorj",
    "RO-HR": "Harghita",
    "RO-HD": "Hunedoara",
    "RO-IL": "Ialomița",
    "RO-IS": "Iași",
    "RO-IF": "Ilfov",
    "RO-MM": "Maramureș",
    "RO-MH": "Mehedinți",
    "RO-MS": "Mureș",
    "RO-NT": "Neamț",
    "RO-OT": "Olt",
    "RO-PH": "Prahova",
    "RO-SM": "Satu Mare",
    "RO-SJ": "Sălaj",
    "RO-SB": "Sibiu",
    "RO-SV": "Suceava",
    "RO-TR": "Teleorman",
    "RO-TM": "Timiș",
    "RO-TL": "Tulcea",
    "RO-VS": "Vaslui",
    "RO-VL": "Vâlcea",
    "RO-VN": "Vrancea",
}

SECTORS = tuple(f"SECTOR{n}" for n in range(1, 7))

# Words people put around a county name that carry no information.
_COUNTY_NOISE = re.compile(r"^(?:judetul|judet|jud|county of|county|municipiul|mun)\b\.?\s*|\s+(?:county)$")
_BUCHAREST_NAMES = {"bucuresti", "bucharest", "bukarest", "municipiul bucuresti", "mun bucuresti"}
# "Sector 1", "sectorul 1", "sect. 1", "SECTOR1", "S1", "S.1" anywhere in the text.
_SECTOR = re.compile(r"\b(?:sect(?:or(?:ul)?)?|s)\s*\.?\s*([1-6])\b")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (both comma- and cedilla-below forms) and squeeze spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.lower().replace("_", " ").split())


def _build_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for code, name in COUNTIES.items():
        short = code.removeprefix("RO-").lower()
        for key in (
            code.lower(),
            short,
            fold(name),
            fold(name).replace("-", " "),
            fold(name).replace(" ", "-"),
        ):
            lookup[key] = code
    for name in _BUCHAREST_NAMES:
        lookup[name] = BUCHAREST
    return lookup


_LOOKUP = _build_lookup()


def normalise_county(region: str) -> str | None:
    """The ISO 3166-2:RO code for a county as people write it, or None when it is not recognised."""
    key = fold(region).strip(" .,")
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    key = _COUNTY_NOISE.sub("", key).strip(" .,")
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "RO CJ" or "ro_cj" typed with a space instead of the hyphen.
    return _LOOKUP.get(key.replace(" ", "-"))


def normalise_sector(city: str) -> str | None:
    """`SECTOR1` … `SECTOR6` for a Bucharest city field such as "Sector 1" or "București S1", else None."""
    match = _SECTOR.search(fold(city))
    return f"SECTOR{match.group(1)}" if match else None


def names_bucharest(city: str) -> bool:
    """True when a city field is Bucharest, with or without a sector."""
    folded = fold(city)
    return any(name in folded for name in ("bucuresti", "bucharest", "bukarest")) or bool(
        re.fullmatch(r"sector\s*[1-6]", folded)
    )
