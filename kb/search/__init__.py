"""kb's search: the one interface the CLI and the site use. The engine (Whoosh today) stays
behind it, in kb.search.engine, so that another engine can replace it without touching callers."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KbError
from ..memo import front_matter_key, recall, remember
from ..model import Corpus, SheetId, Vocabulary
from ..processes import Forked
from .engine import INDEX_DIR, Answer, IndexReport, WhooshIndex

__all__ = ["has_index", "search_project", "Hit", "IndexReport", "SearchResult", "SearchSession", "refresh_index", "search",
           "similar_sheets", "start_indexing", "start_similar"]


@dataclass(frozen=True)
class Hit:
    id: str
    titre: str
    resume: str
    score: float
    extrait: str


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    total: int
    report: IndexReport | None = field(default=None, compare=False)
    corrected: str | None = None  # the query searched instead (« vouliez-vous dire »)
    nothing_good: bool = False  # no sheet really answers the query


def _result(answer: Answer, report: IndexReport | None = None) -> SearchResult:
    return SearchResult([Hit(**hit) for hit in answer.hits], answer.total, report,  # type: ignore[arg-type]
                        answer.corrected, answer.nothing_good)


def refresh_index(corpus: Corpus) -> IndexReport:
    """Bring the index up to date with the corpus, re-indexing only the sheets that changed."""
    return WhooshIndex.of(corpus).refresh()


def search(corpus: Corpus, text: str, filters: dict[str, tuple[str, ...]] | None = None, limit: int = 10,
           mark: tuple[str, str] = ("**", "**")) -> SearchResult:
    """Ranked sheets for `text`; `filters` maps publics/secteurs/modes/themes to accepted term ids."""
    return search_project(corpus.root, corpus.vocabularies, text, filters, limit, mark, corpus)


def search_project(root: Path, vocabularies: dict[str, Vocabulary], text: str,
                   filters: dict[str, tuple[str, ...]] | None = None, limit: int = 10,
                   mark: tuple[str, str] = ("**", "**"), corpus: Corpus | None = None) -> SearchResult:
    """Search a project without loading it: only the sheets changed since the last search are read."""
    engine = WhooshIndex(root, vocabularies, corpus)
    report = engine.refresh()
    answer = engine.run(text, filters or {}, limit, mark)
    return _result(answer, report)


def has_index(root: Path) -> bool:
    """`kb search` has an index in this project (kb build keeps it up to date; it does not make
    the first one: that is the first search's work, off the build's critical path)."""
    return (root / INDEX_DIR).is_dir() and any((root / INDEX_DIR).iterdir())


def start_indexing(corpus: Corpus) -> Forked[IndexReport]:
    """Refresh the index in a child process, beside MkDocs; `wait()` returns its report (or raises KbError)."""
    return Forked(functools.partial(refresh_index, corpus), "l'index de recherche n'a pas pu être mis à jour",
                  background=True)


def start_similar(corpus: Corpus, cached: bool = False) -> "Forked[dict[SheetId, list[SheetId]]] | Similar":
    """The similar sheets, worked out in a child process while the graph is analysed; with
    `cached`, read back when no front matter changed since the last build (kb/memo.py): they are
    made of the sheets' terms, titles and summaries only."""
    if not cached:
        return Forked(functools.partial(similar_sheets, corpus), SIMILAR_FAILURE)
    return Similar(corpus)


SIMILAR_FAILURE = "les fiches similaires n'ont pas pu être calculées"


class Similar:
    """`start_similar(corpus, cached=True)`: the stored result, or a child working it out (and
    the result stored when it comes)."""

    NAME = "similaires"

    def __init__(self, corpus: Corpus) -> None:
        self._root = corpus.root
        self._key = front_matter_key(corpus, sorted(Path(__file__).parent.glob("*.py")))
        found = recall(self._root, self.NAME, self._key)
        self._found = found if isinstance(found, dict) else None
        self._child = None if self._found is not None else \
            Forked(functools.partial(similar_sheets, corpus), SIMILAR_FAILURE)

    def wait(self) -> dict[SheetId, list[SheetId]]:
        if self._found is None:
            assert self._child is not None
            self._found = self._child.wait()
            remember(self._root, self.NAME, self._key, self._found)
        return self._found


class SearchSession:
    """An index kept open between queries, for callers that ask many (a server, the benchmark)."""

    def __init__(self, corpus: Corpus) -> None:
        self._engine = WhooshIndex.of(corpus)
        self.report = self._engine.refresh()
        self._context = self._engine.searcher()
        self._searcher = self._context.__enter__()

    def search(self, text: str, filters: dict[str, tuple[str, ...]] | None = None, limit: int = 10,
               mark: tuple[str, str] = ("**", "**")) -> SearchResult:
        return _result(self._engine.run_with(self._searcher, text, filters or {}, limit, mark))

    def close(self) -> None:
        self._context.__exit__(None, None, None)

    def __enter__(self) -> SearchSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def similar_sheets(corpus: Corpus, per_sheet: int = 5) -> dict[SheetId, list[SheetId]]:
    """For each sheet, the most similar others (see kb.search.similar)."""
    from .similar import similar

    return similar(corpus, per_sheet)
