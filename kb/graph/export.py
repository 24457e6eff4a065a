"""Serialise the graph: node-link JSON (site, scripts), GEXF (Gephi), GraphML. Deterministic."""

from __future__ import annotations

import io
import json
import re

import networkx as nx

FORMATS = ("json", "gexf", "graphml")


def to_json(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def to_gexf(graph: nx.MultiDiGraph, stamp: str) -> str:
    """GEXF for Gephi. GEXF reserves the edge attribute `type` (directed/undirected): our
    edge type travels as the attribute `relation` instead."""
    buffer = io.BytesIO()
    nx.write_gexf(_plain(graph, rename_type=True), buffer, encoding="utf-8", prettyprint=True)
    text = buffer.getvalue().decode("utf-8")
    # networkx stamps today's date; use the content's own date so that exports are reproducible
    return re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{stamp}"', text, count=1)


def to_graphml(graph: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(_plain(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def _plain(graph: nx.MultiDiGraph, rename_type: bool = False) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (what GEXF and GraphML can carry)."""
    plain = nx.MultiDiGraph()
    scalar = (str, bool, int, float)
    for node, data in graph.nodes(data=True):
        plain.add_node(node, **{k: v for k, v in data.items() if isinstance(v, scalar)})
    for a, b, key, data in graph.edges(keys=True, data=True):
        attributes = {k: v for k, v in data.items() if isinstance(v, scalar)}
        if rename_type:
            attributes["relation"] = attributes.pop("type")
        plain.add_edge(a, b, key=key, **attributes)
    return plain


def export_graph(graph: nx.MultiDiGraph, fmt: str, stamp: str = "2000-01-01") -> str:
    if fmt == "json":
        return to_json(graph)
    if fmt == "gexf":
        return to_gexf(graph, stamp)
    if fmt == "graphml":
        return to_graphml(graph)
    raise ValueError(fmt)
