"""The pinned official validation artefacts: where each file comes from and what its bytes must hash to.

The repository does not carry these files (OASIS and EUPL licences, ~2 MB). They are fetched once into
the data folder and every byte is checked against the SHA-256 below before it is used.

- OASIS UBL 2.1 XSDs (os-UBL-2.1, 2013): docs.oasis-open.org is the publisher; the second address is a
  byte-identical copy of the same files pinned at a commit of robert-malai/anafpy (`schemas/ubl-2.1/`),
  tried when the first is unreachable or serves other bytes.
- EN 16931 + CIUS-RO 1.0.9 rules compiled to XSLT 2.0 by phax/phive-rules (from ANAF's
  ro16931-ubl-1.0.9 Schematron), pinned at commit 432f0e9a8cff5c03d06625abe7a5fd8e7e346a64.
"""

from __future__ import annotations

from dataclasses import dataclass

RULES_VERSION = "cius-ro-1.0.9"

_OASIS = "https://docs.oasis-open.org/ubl/os-UBL-2.1/xsd"
_ANAFPY = "https://raw.githubusercontent.com/robert-malai/anafpy/1af9872128df1f0c9b397fc246a2a6a9115c3b25/schemas/ubl-2.1"
_PHIVE = (
    "https://raw.githubusercontent.com/phax/phive-rules/432f0e9a8cff5c03d06625abe7a5fd8e7e346a64"
    "/phive-rules-cius-ro/src/main/resources/external/schematron/1.0.9"
)

INVOICE_XSD = "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd"
CREDIT_NOTE_XSD = "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd"
RULES_XSLT = "cius-ro-1.0.9/EN16931-CIUS_RO-UBL-validation.xslt"


@dataclass(frozen=True)
class RuleFile:
    path: str  # relative to the rules folder, "/"-separated
    sha256: str
    urls: tuple[str, ...]  # tried in order; the first whose bytes match sha256 wins


def _xsd(folder: str, name: str, sha256: str) -> RuleFile:
    return RuleFile(
        f"ubl-2.1/{folder}/{name}", sha256, (f"{_OASIS}/{folder}/{name}", f"{_ANAFPY}/{folder}/{name}")
    )


RULES_MANIFEST: tuple[RuleFile, ...] = (
    _xsd(
        "maindoc", "UBL-Invoice-2.1.xsd", "40fae8cb436f3a9506d7acce65ba162caef3b0bed4d5cbc0992b2153ded4edf4"
    ),
    _xsd(
        "maindoc",
        "UBL-CreditNote-2.1.xsd",
        "a54651b1225052f811bf2ba01346f13f2454e7cc3e0be290c91dd680dc7b7b1a",
    ),
    _xsd(
        "common",
        "CCTS_CCT_SchemaModule-2.1.xsd",
        "dd546e4809df86b6445589f69f0d6c9df162840ae386574ddfc1da7638103e15",
    ),
    _xsd(
        "common",
        "UBL-CommonAggregateComponents-2.1.xsd",
        "939172ad8dd057cd403e7f763f6532184dd5ed4b9de24c42ebb35db4792ba613",
    ),
    _xsd(
        "common",
        "UBL-CommonBasicComponents-2.1.xsd",
        "bd4ad043ee1d9da1c7f8018dabf739cfafdfb59143d0d16b9ef769e6b7c408a7",
    ),
    _xsd(
        "common",
        "UBL-CommonExtensionComponents-2.1.xsd",
        "ad7a4e490978adfbcfc5ec0bb20941cf11ac960ccf0c4de8791a7c731a8dbe87",
    ),
    _xsd(
        "common",
        "UBL-CommonSignatureComponents-2.1.xsd",
        "3db472305f029bba5c1ae157bfd0178f715c3f9b94bd8e6c557dbce5e88da874",
    ),
    _xsd(
        "common",
        "UBL-ExtensionContentDataType-2.1.xsd",
        "fcee77a11870208e6377ea6311b9f2a050bca24bdad8606ea02d71e9f9e72f8d",
    ),
    _xsd(
        "common",
        "UBL-QualifiedDataTypes-2.1.xsd",
        "7dcb156e610239c97ae70940cf4653b88e48c3595bf5f56a2204a32e2893e6cf",
    ),
    _xsd(
        "common",
        "UBL-SignatureAggregateComponents-2.1.xsd",
        "17bb6b62d709b4fd81449a37655af36aa6a1276ad4fdb1b2e249a5ed4b7c2172",
    ),
    _xsd(
        "common",
        "UBL-SignatureBasicComponents-2.1.xsd",
        "cef924d7ba3d1d8ade14469325cde1364f8c174e46f0198ec02da8e9e748a489",
    ),
    _xsd(
        "common",
        "UBL-UnqualifiedDataTypes-2.1.xsd",
        "09052d406b4293e2a5f9c2bfee6df10ad4d8d5f0b36e24a6349d7f7936d89eb6",
    ),
    _xsd(
        "common", "UBL-XAdESv132-2.1.xsd", "a4f726bcf8cc3f7d9ffa4dab99e005535a8e8b60dced1e5d94578d2e05afa96e"
    ),
    _xsd(
        "common", "UBL-XAdESv141-2.1.xsd", "1fa4625e9cefcb7a9abb5ac1b64315547450031eece8a55bd584e4ba4b79dbc1"
    ),
    _xsd(
        "common",
        "UBL-xmldsig-core-schema-2.1.xsd",
        "101909c9f06456d61ddcc4fb982f1d40dc357b439f393b1a2eb46e42acd60809",
    ),
    RuleFile(
        RULES_XSLT,
        "938ab438dde460e2393198a620e59e2b533fbca7ab5399689ccd52aabb05b6cb",
        (f"{_PHIVE}/EN16931-CIUS_RO-UBL-validation.xslt",),
    ),
)
