"""Search quality over judged queries (tests/search/judgements.yml): graded nDCG@10, recall@5 and
MRR per category, and the share of off-topic queries answered « nothing good ». Engine-independent:
a front end is a function from a query to (ranked sheet ids, nothing_good), so that `kb search` and
the site's search (run in a browser by scripts/search_quality.py) are measured the same way."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

OFF_TOPIC = "hors_sujet"
CATEGORIES = ("mots_cles", "sans_accents_fautes", "sigles_jargon", "situations", "synonymes", OFF_TOPIC)
Ranker = Callable[[str], tuple[list[str], bool]]


@dataclass(frozen=True)
class Judgement:
    query: str
    category: str
    grades: dict[str, int]  # sheet id -> 1..3; empty: the right answer is « nothing here »


@dataclass(frozen=True)
class QueryScore:
    query: str
    category: str
    ndcg10: float
    recall5: float
    rr: float
    nothing_good: bool
    top: tuple[str, ...]


def load_judgements(path: Path) -> list[Judgement]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    judgements = []
    for item in raw:
        expected = item.get("attendues") or {}
        if isinstance(expected, list):  # the first format: most relevant first
            expected = {sheet: max(3 - rank, 1) for rank, sheet in enumerate(expected)}
        judgements.append(Judgement(str(item["requete"]), str(item.get("categorie", "mots_cles")),
                                    {str(k): int(v) for k, v in expected.items()}))
    return judgements


def ndcg(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** grades.get(sheet, 0) - 1) / math.log2(i + 2) for i, sheet in enumerate(ranked[:k]))
    ideal = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(sorted(grades.values(), reverse=True)[:k]))
    return dcg / ideal if ideal else 0.0


def _relevant(grades: dict[str, int]) -> set[str]:
    """The sheets that answer (grade 2 or 3), or the related ones when none does."""
    strong = {sheet for sheet, grade in grades.items() if grade >= 2}
    return strong or set(grades)


def recall(ranked: list[str], grades: dict[str, int], k: int = 5) -> float:
    relevant = _relevant(grades)
    return len(set(ranked[:k]) & relevant) / min(len(relevant), k) if relevant else 0.0


def reciprocal_rank(ranked: list[str], grades: dict[str, int]) -> float:
    relevant = _relevant(grades)
    return next((1 / (i + 1) for i, sheet in enumerate(ranked) if sheet in relevant), 0.0)


def evaluate(ranker: Ranker, judgements: Iterable[Judgement]) -> list[QueryScore]:
    scores = []
    for judgement in judgements:
        ranked, nothing_good = ranker(judgement.query)
        scores.append(QueryScore(judgement.query, judgement.category, ndcg(ranked, judgement.grades),
                                 recall(ranked, judgement.grades), reciprocal_rank(ranked, judgement.grades),
                                 nothing_good, tuple(ranked[:5])))
    return scores


@dataclass(frozen=True)
class Summary:
    queries: int
    ndcg10: float
    recall5: float
    mrr: float


def summarise(scores: list[QueryScore]) -> dict[str, object]:
    """Per category (and « tout » for every answerable query), plus the off-topic and empty shares."""
    answerable = [s for s in scores if s.category != OFF_TOPIC]
    out: dict[str, object] = {}
    for name, group in [("tout", answerable)] + [(c, [s for s in answerable if s.category == c])
                                                 for c in CATEGORIES if c != OFF_TOPIC]:
        if group:
            out[name] = Summary(len(group), statistics.fmean(s.ndcg10 for s in group),
                                statistics.fmean(s.recall5 for s in group), statistics.fmean(s.rr for s in group))
    off_topic = [s for s in scores if s.category == OFF_TOPIC]
    out["hors_sujet_rien"] = sum(s.nothing_good for s in off_topic) / len(off_topic) if off_topic else 1.0
    out["repondables_vides"] = [s.query for s in answerable if not s.top]
    out["repondables_rien"] = [s.query for s in answerable if s.nothing_good]
    return out


def kb_ranker(corpus) -> tuple[Ranker, Callable[[], None]]:
    """`kb search` as a ranker, on a warm session; and the function that closes it."""
    from . import SearchSession

    session = SearchSession(corpus)

    def rank(text: str) -> tuple[list[str], bool]:
        result = session.search(text, limit=10)
        return [hit.id for hit in result.hits], result.nothing_good

    return rank, session.close


# What the site's search page answers to each query, run in its browser (scripts/search_quality.py
# and tests/browser/test_search_site.py): the first ten sheet ids and « nothing good », per query.
SITE_SEARCH_JS = """async (queries) => {
    const out = [];
    for (const q of queries) {
        const a = await window.relierRecherche.search(q);
        const ids = (await window.relierRecherche.pages(a, 10)).map(d => window.relierRecherche.sheetId(d.url));
        out.push([ids, a.nothingGood]);
    }
    return out; }"""
