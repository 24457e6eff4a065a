"""kb's search: the one interface the CLI and the site use. The engine (Whoosh today) stays
behind it, in kb.search.engine, so that another engine can replace it without touching callers."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field

from ..errors import KbError
from pathlib import Path

from ..model import Corpus, SheetId, Vocabulary
from .engine import IndexReport, WhooshIndex

__all__ = ["search_project", "Hit", "IndexReport", "Indexing", "SearchResult", "SearchSession", "refresh_index", "search",
           "similar_sheets", "start_indexing"]


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
    hits, total = engine.run(text, filters or {}, limit, mark)
    return SearchResult([Hit(**hit) for hit in hits], total, report)  # type: ignore[arg-type]


class Indexing:
    """An index refresh running in a child process (forked: it shares the loaded corpus)."""

    def __init__(self, corpus: Corpus) -> None:
        context = multiprocessing.get_context("fork")
        self._queue: multiprocessing.Queue = context.Queue()
        self._process = context.Process(target=self._run, args=(corpus, self._queue), daemon=True)
        self._process.start()

    @staticmethod
    def _run(corpus: Corpus, queue: multiprocessing.Queue) -> None:
        try:
            queue.put(("ok", refresh_index(corpus)))
        except BaseException as exc:  # noqa: BLE001 - reported by wait(), in the parent
            queue.put(("error", f"{exc.__class__.__name__}: {exc}"))

    def wait(self) -> IndexReport:
        status, value = self._queue.get()
        self._process.join()
        if status != "ok":
            raise KbError(f"l'index de recherche n'a pas pu être mis à jour ({value})")
        return value


def start_indexing(corpus: Corpus) -> Indexing:
    """Refresh the index in the background; `wait()` returns its report (or raises KbError)."""
    return Indexing(corpus)


class SearchSession:
    """An index kept open between queries, for callers that ask many (a server, the benchmark)."""

    def __init__(self, corpus: Corpus) -> None:
        self._engine = WhooshIndex.of(corpus)
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
    """For each sheet, the most similar others (see kb.search.similar)."""
    from .similar import similar

    return similar(corpus, per_sheet)
