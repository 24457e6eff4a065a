"""Search quality: nDCG@10 and recall@5 over judged queries (tests/search/judgements.yml)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..model import Corpus
from . import search


@dataclass(frozen=True)
class Judgement:
    query: str
    expected: tuple[str, ...]  # most relevant first


@dataclass(frozen=True)
class QueryScore:
    query: str
    ndcg10: float
    recall5: float
    top: tuple[str, ...]


def load_judgements(path: Path) -> list[Judgement]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Judgement(str(item["requete"]), tuple(item["attendues"])) for item in raw]


def ndcg(ranked: list[str], expected: tuple[str, ...], k: int = 10) -> float:
    """Graded nDCG: the first expected sheet has gain len(expected), the next one less, and so on."""
    gains = {sheet: len(expected) - rank for rank, sheet in enumerate(expected)}
    dcg = sum(gains.get(sheet, 0) / math.log2(i + 2) for i, sheet in enumerate(ranked[:k]))
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(gains.values(), reverse=True)[:k]))
    return dcg / ideal if ideal else 0.0


def recall(ranked: list[str], expected: tuple[str, ...], k: int = 5) -> float:
    return len(set(ranked[:k]) & set(expected)) / len(expected) if expected else 0.0


def evaluate(corpus: Corpus, judgements: list[Judgement]) -> list[QueryScore]:
    scores = []
    for judgement in judgements:
        ranked = [hit.id for hit in search(corpus, judgement.query, limit=10).hits]
        scores.append(QueryScore(judgement.query, ndcg(ranked, judgement.expected),
                                 recall(ranked, judgement.expected), tuple(ranked[:5])))
    return scores
