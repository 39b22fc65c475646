"""Every language the guide ships has a complete interface translation that Qt loads.

The shipped languages are the content folders (resources/content/<code>) plus English, the source
language. Languages with a Qt Linguist file (translations/guide_app_<code>.ts) are checked too,
so a translation made before its content folder is checked as soon as it exists. The .qm files
are built from the .ts files by hatch_build.py (``uv sync`` or ``uv run`` rebuilds them); these
tests check the built file matches its source, so a stale build fails here rather than in the
family's hands.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from guide_app.core.content import languages
from guide_app.resources import content_root, translations_root
from guide_app.ui.languages import SOURCE_LANGUAGE

REPO_ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = REPO_ROOT / "translations"
# Messages lupdate keeps for strings no longer in the code: they need no translation.
NOT_IN_THE_CODE = {"vanished", "obsolete"}
# What must come through a translation unchanged: %1 %2 (arguments), %n (plural count),
# {date} (filled by the renderer) and one & keyboard accelerator where the source has one.
KEPT = (r"%\d", r"%n", r"\{\w+\}", r"&(?=\w)")


def _ts_languages() -> set[str]:
    return {path.stem.removeprefix("guide_app_") for path in TS_FOLDER.glob("guide_app_*.ts")}


def _shipped() -> list[str]:
    return sorted(set(languages(content_root())) | {SOURCE_LANGUAGE})


def _translated() -> list[str]:
    return sorted((set(_shipped()) | _ts_languages()) - {SOURCE_LANGUAGE})


def _ts_file(code: str) -> Path:
    return TS_FOLDER / f"guide_app_{code}.ts"


def _messages(code: str) -> Iterator[tuple[str, ET.Element]]:
    """(context name, message) for every message still in the code."""
    root = ET.parse(_ts_file(code)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in NOT_IN_THE_CODE:
                continue
            yield name, message


def _forms(message: ET.Element) -> list[str]:
    """The translation's texts: one, or one per plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.fixture
def installed(qapp) -> Iterator[list[QTranslator]]:  # type: ignore[no-untyped-def]
    """Translators a test installs, removed after it (English again for the next test). It
    starts in English too: translators an earlier test left installed (guide_app.ui.languages
    parents them to the application) are removed first."""
    for leftover in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(leftover)
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_english_is_shipped_and_something_is_checked() -> None:
    assert SOURCE_LANGUAGE in _shipped()
    assert _translated(), "no translated language found: the checks below would check nothing"


@pytest.mark.parametrize("code", sorted(set(_shipped()) | _ts_languages()))
def test_every_language_is_one_qt_knows(code: str) -> None:
    # An unknown code gives the C locale: no date formats, no plural rules, no Qt dialogs.
    assert QLocale(code).language() != QLocale.Language.C, code


@pytest.mark.parametrize("code", _translated())
def test_every_message_is_translated(code: str) -> None:
    assert _ts_file(code).is_file(), f"{code} is shipped but has no {_ts_file(code).name}"
    unfinished, empty, count = [], [], 0
    for context, message in _messages(code):
        count += 1
        translation = message.find("translation")
        assert translation is not None, _where(context, message)
        if translation.get("type") == "unfinished":
            unfinished.append(_where(context, message))
        forms = _forms(message)
        if not forms or any(not form.strip() for form in forms):
            empty.append(_where(context, message))
    assert count, f"{_ts_file(code).name} has no messages"
    assert not unfinished, f"unfinished in {code}: {unfinished}"
    assert not empty, f"empty in {code} (a plural message needs every form): {empty}"


@pytest.mark.parametrize("code", _translated())
def test_placeholders_and_accelerators_come_through(code: str) -> None:
    wrong = []
    for context, message in _messages(code):
        source = message.findtext("source", "")
        for form in filter(str.strip, _forms(message)):  # empty ones: the test above
            for pattern in KEPT:
                if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, form)):
                    wrong.append(f"{_where(context, message)} -> {form!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", _translated())
def test_the_built_translation_loads_and_matches_its_source(code: str, qapp) -> None:  # type: ignore[no-untyped-def]
    qm = translations_root() / f"guide_app_{code}.qm"
    assert qm.is_file(), f"{qm} is missing: run `uv sync` (hatch_build.py builds it)"
    translator = QTranslator()
    assert translator.load(f"guide_app_{code}", str(translations_root())), qm
    assert not translator.isEmpty()
    stale = []
    for context, message in _messages(code):
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            got = translator.translate(context, source, "", 1)
        else:
            got = translator.translate(context, source)
        if got not in _forms(message):
            stale.append(_where(context, message))
    assert not stale, f"{qm.name} is older than its .ts (run `uv sync`): {stale}"


@pytest.mark.parametrize("code", _translated())
def test_installing_the_translation_translates_the_interface(
    code: str, installed: list[QTranslator]
) -> None:
    assert QCoreApplication.translate("MainWindow", "Larger text") == "Larger text"
    translator = QTranslator()
    assert translator.load(f"guide_app_{code}", str(translations_root()))
    assert QCoreApplication.installTranslator(translator)
    installed.append(translator)
    assert QCoreApplication.translate("MainWindow", "Larger text") != "Larger text"
    assert QCoreApplication.translate("Sheet", "When to call") != "When to call"


def test_english_counts_one_second_not_one_seconds(installed) -> None:  # type: ignore[no-untyped-def]
    from guide_app.ui.languages import Languages

    Languages().install("en")
    source = "To keep your information private, the guide will start over in %n seconds."
    assert QCoreApplication.translate("IdleOverlay", source, "", 1).endswith("in 1 second.")
    assert QCoreApplication.translate("IdleOverlay", source, "", 20).endswith("in 20 seconds.")
    assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 1) == "1 result"


def test_switching_back_and_forth_loads_each_language_once(installed, qapp) -> None:  # type: ignore[no-untyped-def]
    """A kiosk switches language for every other family, all day: each switch must not leave
    another copy of the translations in memory, and the words must still change each time."""
    from guide_app.ui.languages import Languages

    source = "To keep your information private, the guide will start over in %n seconds."
    languages_in_use = Languages()
    languages_in_use.install("es")
    languages_in_use.install("en")
    loaded_after_one_round = len(qapp.findChildren(QTranslator))
    for _ in range(5):
        languages_in_use.install("es")
        assert "segundos" in QCoreApplication.translate("IdleOverlay", source, "", 20)
        languages_in_use.install("en")
        assert QCoreApplication.translate("IdleOverlay", source, "", 1).endswith("1 second.")
    assert len(qapp.findChildren(QTranslator)) == loaded_after_one_round
