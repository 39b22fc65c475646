"""What a section's HTML is made from: the words the renderer adds around the content, and the key
that identifies one rendering, so that HTML kept from an earlier run can be used again.

Apart from ``render`` so that a start can tell whether kept HTML is good without loading the
renderer (Markdown, the HTML and link helpers) or the glossary.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from guide_app import __version__

if TYPE_CHECKING:
    from guide_app.core.content import Bundle, Section
    from guide_app.core.glossary import Glossary


@dataclass(frozen=True)
class RenderLabels:
    """Words the renderer adds around the content, in the reader's language: their one home is
    ``render_labels()`` in guide_app/app.py, behind tr()."""

    sources: str
    reviewed: str  # with "{date}" where the date goes
    fallback: str
    see_also: str
    # A date as the reader writes it ("{month} {day}, {year}"), and the twelve month names.
    date_format: str = "{year}-{month_number:02d}-{day:02d}"
    months: tuple[str, ...] = ()


def render_key(
    section: Section,
    bundle: Bundle,
    glossary: Callable[[], Glossary],
    labels: RenderLabels,
    fingerprint: str | None = None,
) -> str:
    """Everything ``render_section`` reads for this section, and what identifies the code that
    turns it into HTML (``fingerprint``, by default ``renderer_fingerprint()``), as one text:
    equal keys mean equal HTML, so HTML kept from an earlier run can be shown without importing
    Markdown. The key is compared whole, not hashed: nothing can collide, and no hashing library
    is loaded at start-up. ``glossary`` loads the glossary; it is called only for the section
    that shows it."""
    fingerprint = fingerprint if fingerprint is not None else renderer_fingerprint()
    inputs: list[object] = [fingerprint, labels, _section_inputs(section)]
    if section.generated == "glossary":
        inputs.append(glossary().terms)
    elif section.generated == "sources":
        inputs += [_section_inputs(s) for s in bundle.sections]
    return repr(inputs) + "\n" + section.body


def _section_inputs(section: Section) -> tuple[object, ...]:
    """What the renderer reads of a section, apart from its body (not its file's path)."""
    return (
        section.id,
        section.language,
        section.title,
        section.reviewed,
        section.sources,
        section.generated,
        section.fallback_for,
    )


@functools.cache
def renderer_fingerprint() -> str:
    """The app's version, and the size and modification time of the renderer's own files and of
    Markdown's version file, as Python checks its byte-code caches: editing the renderer or
    upgrading Markdown changes every key. A frozen build has no such files: it uses the
    fingerprint its section HTML was rendered with when it was built (``rendered_cache``)."""
    package = Path(__file__).parent
    files = [package / name for name in ("render.py", "markdown_boxes.py", "links.py")]
    markdown_spec = importlib.util.find_spec("markdown")  # finds it without importing it
    if markdown_spec is not None and markdown_spec.origin:
        files.append(Path(markdown_spec.origin).with_name("__meta__.py"))
    stamps = [__version__]
    for file in files:
        try:
            status = file.stat()
        except OSError:
            stamps.append(f"{file.name}: none")
        else:
            stamps.append(f"{file.name}: {status.st_size} {status.st_mtime_ns}")
    return "; ".join(stamps)
