"""The systemic analysis kept between two `kb build`s (kb/memo.py).

The graph is made of the sheets' front matter and the vocabularies only (kb/graph/build.py): an
edit to a sheet's text leaves it as it was, and the analysis (Louvain's families, betweenness,
tensions: most of the graph step's ten seconds at 10 000 sheets) is read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from ..memo import front_matter_key, recall, remember
from ..model import Corpus
from .analysis import analyse

NAME = "analyse"
CODE = tuple(sorted(Path(__file__).parent.glob("*.py")))


def analysed(graph: Callable[[], nx.MultiDiGraph], corpus: Corpus) -> dict[str, Any]:
    """`analyse(graph(), corpus)`, read back when the graph is made of the same things as last
    time (then the graph is not even built)."""
    key = front_matter_key(corpus, CODE)
    report = recall(corpus.root, NAME, key)
    if not isinstance(report, dict):
        report = analyse(graph(), corpus)
        remember(corpus.root, NAME, key, report)
    return report
