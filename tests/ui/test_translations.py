"""Every string of the window is translated into every language, and the compiled files match the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from invoicedesk.ui.translations import I18N_DIR, LANGUAGES, SOURCE_LANGUAGE

UI_DIR = I18N_DIR.parent
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
ALL_FILES = list(LANGUAGES)  # English has a file too, holding only its plural forms
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    unfinished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple((form.text or "") for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    forms=forms,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def catalogs(language: str) -> list[Path]:
    """Every area's source catalog of a language (invoicedesk_<code>.ts, documents_<code>.ts, …)."""
    found = sorted(I18N_DIR.glob(f"*_{language}.ts"))
    assert found, f"no catalog for {language}"
    return found


def read_catalogs(language: str) -> list[Message]:
    return [message for path in catalogs(language) for message in read_ts(path)]


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory) -> list[Message]:
    """What lupdate finds in the code today."""
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    subprocess.run(
        [_lupdate(), *sources, "-ts", str(target), "-locations", "none", "-silent"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return read_ts(target)


@pytest.mark.parametrize("language", ALL_FILES)
def test_every_string_in_the_code_is_translated(language, strings_in_code):
    needed = {(m.context, m.source) for m in strings_in_code if m.numerus or language != SOURCE_LANGUAGE}
    messages = read_catalogs(language)
    translated = {
        (m.context, m.source) for m in messages if not m.unfinished and all(form.strip() for form in m.forms)
    }
    missing = sorted(needed - translated)
    assert not missing, f"{language}: untranslated strings {missing[:10]}"
    assert len(needed) > (5 if language == SOURCE_LANGUAGE else 50)  # the check itself found the strings


@pytest.mark.parametrize("language", ALL_FILES)
def test_translations_keep_placeholders_and_accelerators(language):
    for message in read_catalogs(language):
        if message.unfinished:
            continue
        expected = sorted(_PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if message.numerus and not expected:
                continue
            found = sorted(_PLACEHOLDER.findall(form))
            # A plural form may spell the number out ("one") and drop %n, but it may invent nothing.
            if message.numerus:
                assert set(found) <= set(expected), (language, message.source, form)
                assert {p for p in expected if not p.startswith("%")} <= set(found), (
                    language,
                    message.source,
                )
            else:
                assert found == expected, (language, message.source, form)
            assert ("&" in form) == ("&" in message.source), (language, message.source, form)


@pytest.mark.parametrize("language", ALL_FILES)
def test_compiled_file_matches_its_source(qapp, language):
    for source in catalogs(language):
        _check_compiled(source)


def _check_compiled(source: Path) -> None:
    language = source.stem.rsplit("_", 1)[1]
    translator = QTranslator()
    assert translator.load(str(source.with_suffix(".qm"))), f"{source.name} is not compiled"
    for message in read_ts(source):
        if message.unfinished:
            continue
        if message.numerus:
            # Singular in every language here is the first form.
            got = translator.translate(message.context, message.source, message.comment or None, 1)
            assert got == message.forms[0], (language, message.source)
        else:
            got = translator.translate(message.context, message.source, message.comment or None)
            assert got == message.forms[0], (language, message.source)
