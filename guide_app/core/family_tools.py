"""The ids of the family's tools, which have pages of their own in the section list beside the
chapters. Section text links to them like to a section (``[your checklist](section:my-checklist)``).

On its own, without the link code: the window lists the tools before its first paint."""

from __future__ import annotations

CHECKLIST = "my-checklist"
QUESTIONS = "my-questions"
TOOL_IDS = (CHECKLIST, QUESTIONS)  # in the order the section list shows them
