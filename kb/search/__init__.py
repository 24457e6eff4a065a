"""kb's search: the one interface the CLI and the site use. The engine (Whoosh today) stays
behind it, in kb.search.engine, so that another engine can replace it without touching callers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Corpus, SheetId
from .engine import IndexReport, WhooshIndex

__all__ = ["Hit", "IndexReport", "SearchResult", "SearchSession", "refresh_index", "search", "similar_sheets"]


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


def refresh_index(corpus: Corpus) -> IndexReport:
    """Bring the index up to date with the corpus, re-indexing only the sheets that changed."""
    return WhooshIndex(corpus).refresh()


def search(corpus: Corpus, text: str, filters: dict[str, tuple[str, ...]] | None = None, limit: int = 10,
           mark: tuple[str, str] = ("**", "**")) -> SearchResult:
    """Ranked sheets for `text`; `filters` maps publics/secteurs/modes/themes to accepted term ids."""
    engine = WhooshIndex(corpus)
    report = engine.refresh()
    hits, total = engine.run(text, filters or {}, limit, mark)
    return SearchResult([Hit(**hit) for hit in hits], total, report)  # type: ignore[arg-type]


class SearchSession:
    """An index kept open between queries, for callers that ask many (a server, the benchmark)."""

    def __init__(self, corpus: Corpus) -> None:
        self._engine = WhooshIndex(corpus)
        self.report = self._engine.refresh()
        self._context = self._engine.searcher()
        self._searcher = self._context.__enter__()

    def search(self, text: str, filters: dict[str, tuple[str, ...]] | None = None, limit: int = 10,
               mark: tuple[str, str] = ("**", "**")) -> SearchResult:
        hits, total = self._engine.run_with(self._searcher, text, filters or {}, limit, mark)
        return SearchResult([Hit(**hit) for hit in hits], total)  # type: ignore[arg-type]

    def close(self) -> None:
        self._context.__exit__(None, None, None)

    def __enter__(self) -> SearchSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def similar_sheets(corpus: Corpus, per_sheet: int = 5) -> dict[SheetId, list[SheetId]]:
    """For each sheet, the most similar others (more-like-this on the body)."""
    engine = WhooshIndex(corpus)
    engine.refresh()
    return engine.similar(per_sheet)
