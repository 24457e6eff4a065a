"""kb's search: the one interface the CLI and the site use. The engine (Whoosh today) stays
behind it, in kb.search.engine, so that another engine can replace it without touching callers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Corpus, SheetId
from .engine import IndexReport, WhooshIndex

__all__ = ["Hit", "IndexReport", "SearchResult", "refresh_index", "search", "similar_sheets"]


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


def similar_sheets(corpus: Corpus, per_sheet: int = 5) -> dict[SheetId, list[SheetId]]:
    """For each sheet, the most similar others (more-like-this on the body)."""
    engine = WhooshIndex(corpus)
    engine.refresh()
    return engine.similar(per_sheet)
