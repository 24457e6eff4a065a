"""Everything the site generator needs, computed once from the Corpus and its graph."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..annexes import AnnexDocument, collect_annexes
from ..graph import analyse, build_graph
from ..graph.build import TERM_KINDS
from ..graph.memo import analysed
from ..progress import SILENT, Progress
from ..text import title_sort_key
from ..model import Corpus, Module, Relation, Sheet, SheetId, Term, Vocabulary


@dataclass(frozen=True)
class SiteSettings:
    site_name: str = "Relier"
    site_url: str = ""
    edit_url: str = ""  # e.g. https://forge.example.org/relier/-/edit/main/ ; empty: no edit link


@dataclass
class SiteData:
    corpus: Corpus
    report: dict[str, Any]
    settings: SiteSettings
    by_id: dict[SheetId, Sheet] = field(default_factory=dict)
    by_term: dict[tuple[str, str], list[Sheet]] = field(default_factory=dict)
    backlinks: dict[SheetId, list[tuple[Sheet, Relation]]] = field(default_factory=dict)
    cluster_of: dict[str, int] = field(default_factory=dict)
    centrality: dict[str, float] = field(default_factory=dict)
    similar: dict[SheetId, list[SheetId]] = field(default_factory=dict)
    modules: tuple[Module, ...] = ()
    annexes: tuple[AnnexDocument, ...] = ()  # the annexes the sheets attach, each once
    progress: Progress = SILENT
    _graph: nx.MultiDiGraph | None = None

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The concept graph, built the first time it is asked for: when no front matter changed,
        the analysis is read back and the pages that show the graph are kept (a second saved)."""
        if self._graph is None:
            self._graph = build_graph(self.corpus)
        return self._graph

    @property
    def graph_built(self) -> bool:
        return self._graph is not None

    def vocabulary(self, kind: str) -> Vocabulary | None:
        return self.corpus.vocabularies.get(TERM_KINDS[kind][1])

    def term(self, kind: str, term_id: str) -> Term | None:
        vocabulary = self.vocabulary(kind)
        return vocabulary.terms.get(term_id) if vocabulary else None  # type: ignore[arg-type]

    def label(self, kind: str, term_id: str) -> str:
        term = self.term(kind, term_id)
        return term.label if term else term_id

    def sheets_for(self, kind: str, term_id: str) -> list[Sheet]:
        return self.by_term.get((kind, term_id), [])


DRAFT = "brouillon"


def is_draft(sheet: Sheet) -> bool:
    return sheet.term("statut") == DRAFT


def sheet_sort_key(sheet: Sheet) -> tuple[bool, str, str]:
    """Listings: reviewed sheets first, drafts after them; each group in French title order."""
    return (is_draft(sheet), title_sort_key(sheet.title), sheet.id)


def prepare(corpus: Corpus, settings: SiteSettings, similar: dict[SheetId, list[SheetId]] | None = None,
            modules: tuple[Module, ...] = (), progress: Progress = SILENT, cached: bool = False) -> SiteData:
    """With `cached`, the analysis is read back when the graph is made of the same front matter
    as at the last build (kb/graph/memo.py)."""
    data = SiteData(corpus=corpus, report={}, settings=settings, similar=similar or {},
                    modules=tuple(modules), progress=progress)
    report = data.report = analysed(lambda: data.graph, corpus) if cached else analyse(data.graph, corpus)
    data.by_id = corpus.by_id()
    data.annexes = tuple(collect_annexes(corpus.root, corpus.sheets))
    by_term: defaultdict[tuple[str, str], list[Sheet]] = defaultdict(list)
    backlinks: defaultdict[SheetId, list[tuple[Sheet, Relation]]] = defaultdict(list)
    for sheet in sorted(corpus.sheets, key=sheet_sort_key):
        for kind, (field_name, _, _) in TERM_KINDS.items():
            for term_id in dict.fromkeys(sheet.terms.get(field_name, ())):
                by_term[(kind, term_id)].append(sheet)
        for relation in sheet.relations:
            if relation.target in data.by_id and relation.target != sheet.id:
                backlinks[relation.target].append((sheet, relation))
    data.by_term, data.backlinks = dict(by_term), dict(backlinks)
    for rank, cluster in enumerate(report["clusters"], start=1):  # the rank picks the family's colour
        for sheet_id in cluster["fiches"]:
            data.cluster_of[sheet_id] = rank
    data.centrality = {k["id"]: k["centralite"] for k in report["keystones"]}
    return data
