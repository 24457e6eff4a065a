"""The concept graph: build it from a Corpus, analyse it, export it."""

from .build import NODE_KINDS, build_graph, node_id
from .analysis import analyse

__all__ = ["NODE_KINDS", "analyse", "build_graph", "node_id"]
