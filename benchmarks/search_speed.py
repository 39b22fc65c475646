"""Search benchmark: time per query over every section of both languages.

    uv run python benchmarks/search_speed.py              # 15 rounds of every query
    uv run python benchmarks/search_speed.py --rounds 30
    uv run python benchmarks/search_speed.py --panel      # also the search panel (results list)

For each language the guide ships, its ``Library`` renders every section (from the kept or shipped
HTML when there is any, else with Markdown, as the guide's first start does) and builds the search
index the window uses (``Library.search_index``: ``guide_app/core/search.py``). That build happens
once, after the first paint, and is timed for information.

The queries, in each language, are what a family types:

* every glossary term as written ("Médula ósea", "CAR T-cell therapy"), and its first word;
* the same without accents ("medula osea"), as people type on a phone or an English keyboard;
* what the field searches while the word is typed: the field searches at every keystroke from the
  second letter, so "fie", "fieb", "fiebr" are queries too (every prefix of 2 to 6 letters of the
  glossary terms' first words);
* a few everyday words from the section text and a few that are in no section.

One query is one ``SearchIndex.search(query)`` (at most 50 results, as the panel asks). The bare
baseline, in the same run, interleaved query by query: a plain loop over the same blocks' text,
``text.lower().find(query.lower())``, up to 50 hits (no accent folding, no snippets). Rounds are
shuffled (the same seed every run) and each query's time is its median over the rounds. The
figure with a target is the median over all queries of both languages; the 95th percentile and
the slowest query are shown as well. Target: under 5 ms. The exit status is 0 whenever the
measurements were made.

``--panel``, for information: the search panel (``SearchPanel``, offscreen), typing a query into
its field (``setText``): the search and filling the results list with its items.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

TARGET_MS = 5.0
LIMIT = 50  # SearchIndex.search's default, what the panel asks for
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from anywhere: the checkout's guide_app

EVERYDAY = {
    "en": ["fever", "blood", "school", "nurse", "infection", "pain", "sleep", "eat", "trial"],
    "es": ["fiebre", "sangre", "escuela", "enfermera", "infección", "dolor", "dormir", "comer"],
}
MISSES = {
    "en": ["xylophone", "spaceship", "qwerty", "zebra crossing"],
    "es": ["xilófono", "nave espacial", "qwerty", "paso de cebra"],
}


def strip_accents(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def queries(language: str, terms: list[str]) -> dict[str, list[str]]:
    """The query list of one language, by kind."""
    whole = list(dict.fromkeys(t.split("(")[0].strip() for t in terms))
    first_words = list(dict.fromkeys(t.split()[0].strip(",.()") for t in whole))
    plain = [p for p in dict.fromkeys(strip_accents(t) for t in whole) if p not in whole]
    typing: list[str] = []
    for word in first_words:
        for length in range(2, min(len(word), 6) + 1):
            typing.append(word[:length].lower())
    kinds = {
        "glossary term": whole,
        "first word": first_words,
        "without accents": plain,
        "typing (2-6 letters)": list(dict.fromkeys(typing)),
        "everyday word": EVERYDAY.get(language, []),
        "in no section": MISSES.get(language, []),
    }
    return {kind: qs for kind, qs in kinds.items() if qs}


class BareSearch:
    """The baseline: lower-case the block text once, ``str.find`` the lower-cased query."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = [text.lower() for text in texts]

    def search(self, query: str) -> list[int]:
        needle = " ".join(query.split()).lower()
        hits = []
        for index, text in enumerate(self._texts):
            if needle in text:
                hits.append(index)
                if len(hits) >= LIMIT:
                    break
        return hits


def timed(function: Callable[[str], object], query: str) -> float:
    start = time.perf_counter()
    function(query)
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="times every query is run (15)")
    parser.add_argument("--panel", action="store_true", help="also time the search panel")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from guide_app.app import render_labels
    from guide_app.core.content import languages
    from guide_app.core.library import Library, MemoryHtmlStore
    from guide_app.core.rendered_cache import shipped_html
    from guide_app.resources import content_root, rendered_root
    from guide_app.ui.languages import Languages

    app = QApplication([sys.argv[0]])
    translators = Languages()
    shipped = shipped_html(rendered_root(), frozen=False)
    indexes = {}
    bare = {}
    query_kinds: dict[str, dict[str, list[str]]] = {}
    print("index (built once per language, after the guide's first paint):")
    for language in languages(content_root()):
        translators.install(language)  # the renderer's own words in that language
        kept = MemoryHtmlStore()
        built_ms = []
        # Twice: as at the first start (every section rendered, unless the build shipped HTML),
        # then as at a later start, from the section HTML kept by the first.
        for _ in range(2):
            library = Library(content_root(), language, render_labels(), shipped, kept)
            start = time.perf_counter()
            index = library.search_index
            built_ms.append((time.perf_counter() - start) * 1000)
            if len(built_ms) == 1:
                rendered_live = len(library.render.rendered_live)
        blocks = index._blocks  # noqa: SLF001 (the benchmark reads what the index holds)
        texts = [block.text for block, _, _ in blocks]
        indexes[language] = index
        bare[language] = BareSearch(texts)
        terms = [term.term for term in library.glossary().terms]
        query_kinds[language] = queries(language, terms)
        print(
            f"  {language}: {len(library.bundle.sections)} sections, {len(blocks)} blocks, "
            f"{sum(len(t) for t in texts):,} characters; built in {built_ms[0]:.0f} ms "
            f"({rendered_live} sections rendered with Markdown), {built_ms[1]:.0f} ms from kept "
            f"HTML; {sum(len(q) for q in query_kinds[language].values())} queries"
        )

    # Every (language, kind, query), each timed in both programs, interleaved.
    cases = [
        (language, kind, query)
        for language, kinds in query_kinds.items()
        for kind, qs in kinds.items()
        for query in qs
    ]
    guide_ms: dict[tuple[str, str, str], list[float]] = {case: [] for case in cases}
    bare_ms: dict[tuple[str, str, str], list[float]] = {case: [] for case in cases}
    hits: dict[tuple[str, str, str], int] = {}
    for case in cases:  # warm-up round, unmeasured
        hits[case] = len(indexes[case[0]].search(case[2]))
        bare[case[0]].search(case[2])
    shuffle = random.Random(14)
    gc.collect()
    gc.disable()  # a collection in the middle of one query is noise, not the query
    try:
        for _ in range(args.rounds):
            order = cases[:]
            shuffle.shuffle(order)
            for case in order:
                language, _, query = case
                guide_ms[case].append(timed(indexes[language].search, query))
                bare_ms[case].append(timed(bare[language].search, query))
            gc.collect()
    finally:
        gc.enable()

    per_query_guide = {case: statistics.median(v) for case, v in guide_ms.items()}
    per_query_bare = {case: statistics.median(v) for case, v in bare_ms.items()}
    print(
        f"\nsearch: {len(cases)} queries, each the median of {args.rounds} rounds, interleaved "
        f"with the bare loop; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    header = f"{'queries':<34} {'n':>4} {'guide ms':>9} {'bare ms':>8} {'ratio':>7} {'results':>8}"
    print(header)

    def row(name: str, chosen: list[tuple[str, str, str]]) -> float:
        g = statistics.median(per_query_guide[c] for c in chosen)
        b = statistics.median(per_query_bare[c] for c in chosen)
        found = statistics.median(hits[c] for c in chosen)
        print(f"{name:<34} {len(chosen):>4} {g:9.3f} {b:8.3f} {g / b:6.1f}x {found:8.0f}")
        return g

    for language, kinds in query_kinds.items():
        for kind in kinds:
            row(f"{language}: {kind}", [c for c in cases if c[0] == language and c[1] == kind])
        row(f"{language}: all", [c for c in cases if c[0] == language])
    overall = row("all queries, both languages", cases)
    all_guide = list(per_query_guide.values())
    slowest = max(per_query_guide, key=per_query_guide.__getitem__)
    print(
        f"95th percentile {percentile(all_guide, 0.95):.3f} ms; slowest: "
        f"{slowest[0]} {slowest[2]!r} {per_query_guide[slowest]:.3f} ms "
        f"({hits[slowest]} results)"
    )
    verdict = "met" if overall < TARGET_MS else "NOT MET"
    print(f"target: median under {TARGET_MS} ms per query; {verdict} ({overall:.3f} ms)")

    if args.panel:
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from guide_app.ui.search_panel import SearchPanel

        def quiet(kind, context, message: str) -> None:  # noqa: ANN001
            # The offscreen platform says this each time the panel's window changes its size
            # hints (the panel shows and hides itself); anything else is printed.
            if "propagateSizeHints" not in message:
                print(message, file=sys.stderr)

        qInstallMessageHandler(quiet)

        print(
            "\nfor information, the search panel (search + filling its results list), "
            f"{os.environ['QT_QPA_PLATFORM']}:"
        )
        for language, index in indexes.items():
            translators.install(language)
            host = QWidget()  # the panel shows and hides itself: inside a shown window
            panel = SearchPanel(host)
            QVBoxLayout(host).addWidget(panel)
            panel.set_index(index)
            host.resize(340, 700)
            host.show()
            chosen = [c for c in cases if c[0] == language]
            times: dict[str, list[float]] = {c[2]: [] for c in chosen}
            for _ in range(max(3, args.rounds // 3)):
                for _, _, query in chosen:
                    panel.field.setText("")
                    times[query].append(timed(panel.field.setText, query))
                    app.processEvents()
            medians = [statistics.median(v) for v in times.values()]
            print(
                f"  {language}: {len(medians)} distinct queries, median "
                f"{statistics.median(medians):.3f} "
                f"ms, 95th percentile {percentile(medians, 0.95):.3f} ms, slowest "
                f"{max(medians):.3f} ms"
            )
            host.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
