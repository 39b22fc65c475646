"""The kiosk's "Take your questions home": the family's questions and ticked symptoms as plain
text for one QR code, which they scan with their own phone's camera. Nothing leaves the kiosk any
other way, so the text is all they take: it must read well on a phone and fit in one code."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from guide_app.core.family_lists import FamilyLists
from guide_app.core.question_bank import QuestionBank
from guide_app.core.symptoms import Symptom

if TYPE_CHECKING:
    import segno

# The labels the text needs; their words have one home, behind tr(): sheet_labels() in
# guide_app/ui/sheet_labels.py (the hand-off says what the printed sheet says).
HANDOFF_LABEL_KEYS = ("title", "questions", "symptoms", "disclaimer")

# The largest code we show: version 30 (137 modules a side) at error correction level M, which
# holds 1370 bytes of UTF-8 in byte mode (measured with segno; tests/core/test_handoff_text.py
# checks both numbers). Version 25 (997 bytes) would not hold a real list: the ten recommended
# questions in Spanish, with the title and the closing line, take about 970 bytes alone. Version
# 30 holds them with a question of the family's own and three ticked symptoms with dates and
# notes (about 1340 bytes). At 3 px a module or more (at least 435 px with the quiet zone) a
# phone's camera reads it from a kiosk's or a laptop's screen; larger versions need modules too
# small for a laptop screen to show at a size a phone reads quickly. Longer lists are printed.
MAX_QR_VERSION = 30
MAX_QR_BYTES = 1370
QR_ERROR_LEVEL = "m"  # 15% of the code may be lost (glare on the screen) and it still reads
QR_ENCODING = "utf-8"


class TooLongForOneQrError(ValueError):
    """The text needs a larger code than ``MAX_QR_VERSION``: print the list instead."""


def handoff_text(
    lists: FamilyLists,
    bank: QuestionBank,
    symptoms: Sequence[Symptom],
    labels: Mapping[str, str],
    *,
    format_date: Callable[[datetime.date], str] = datetime.date.isoformat,
) -> str:
    """The family's list as plain text for a phone: the title, their questions numbered in their
    order (their own as typed), the symptoms they ticked with the date and note, and a closing
    line that this is not medical advice.

    ``labels`` holds every key of ``HANDOFF_LABEL_KEYS`` in the reader's language;
    ``format_date`` writes a date as the reader does (the UI passes its locale's format). Typed
    text is used as the core keeps it (already cleaned of control and bidi characters). Plain
    text, never markup: a phone shows "<b>" as typed.
    """
    missing = [key for key in HANDOFF_LABEL_KEYS if not labels.get(key)]
    if missing:
        raise ValueError(f"the hand-off's labels lack {', '.join(missing)}")
    blocks = [labels["title"]]
    questions = [text for _, text in lists.questions.resolved(bank)]
    if questions:
        lines = [f"{labels['questions']}:"]
        lines += [f"{number}. {text}" for number, text in enumerate(questions, start=1)]
        blocks.append("\n".join(lines))
    ticked = lists.checklist.seen_entries(symptoms)
    if ticked:
        lines = [f"{labels['symptoms']}:"]
        for symptom, entry in ticked:
            # One line a symptom, "- name (date): note": a short list reads at a glance, and the
            # labels' words would take room the questions need in one code.
            line = f"- {symptom.name}"
            if entry.date is not None:
                line += f" ({format_date(entry.date)})"
            if note := entry.note.strip():
                line += f": {note}"
            lines.append(line)
        blocks.append("\n".join(lines))
    blocks.append(labels["disclaimer"])
    return "\n\n".join(blocks)


def fits_one_qr(text: str) -> bool:
    """Whether ``text`` fits in one code a phone reads from a screen (``MAX_QR_VERSION``)."""
    return len(text.encode(QR_ENCODING)) <= MAX_QR_BYTES


def handoff_qr(text: str) -> segno.QRCode:
    """The code for ``text``: byte mode, UTF-8, level M, the smallest version that holds it;
    ``TooLongForOneQrError`` when that is larger than ``MAX_QR_VERSION``.

    UTF-8 always, without an ECI header: phone cameras read UTF-8 text (accents, emoji, any
    script), while segno's own choice would write Latin-1 or even Kanji mode for some texts,
    which many phones show garbled; an ECI header is what some older readers cannot parse.
    """
    if not fits_one_qr(text):
        raise TooLongForOneQrError(
            f"the text is {len(text.encode(QR_ENCODING))} bytes; one code holds {MAX_QR_BYTES}"
        )
    # Imported here: segno is needed only when a family asks for the code, not at start-up.
    import segno

    return segno.make(
        text,
        error=QR_ERROR_LEVEL,
        mode="byte",
        encoding=QR_ENCODING,
        eci=False,
        micro=False,
        boost_error=False,
    )
