"""Every string the UI can show has its Korean translation, in the shipped catalogue.

``pyside6-lupdate`` extracts the sources' strings into a scratch catalogue
seeded with the committed one; any message there without a finished
translation is English that would appear in the Korean UI. The compiled
``.qm`` must also be as new as the ``.ts`` (someone translated and forgot
``scripts/update-translations.sh``).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "newsdesk_ko.ts"
COMPILED = ROOT / "resources" / "translations" / "newsdesk_ko.qm"


def _untranslated(catalogue: Path) -> list[str]:
    missing = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def test_every_ui_string_has_a_korean_translation(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    scratch = tmp_path / "newsdesk_ko.ts"
    shutil.copy(CATALOGUE, scratch)
    sources = sorted(str(p) for p in (ROOT / "src" / "newsdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", *sources, "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    missing = _untranslated(scratch)
    assert missing == [], "run scripts/update-translations.sh and translate:\n" + "\n".join(missing)


def test_compiled_catalogue_matches_the_source() -> None:
    translator = QTranslator()
    assert translator.load(str(COMPILED))
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            wanted = message.findtext("translation") or ""
            if message.get("numerus") == "yes" or not wanted:
                continue
            assert translator.translate(name, source) == wanted, (name, source)
