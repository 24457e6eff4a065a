"""Data files for the interactive pages, written as JavaScript (`window.X = …;`) so that they also
load when the site is opened from the file system, where browsers refuse fetch()."""

from __future__ import annotations

import json
from typing import Any

from ..model import TERM_FIELDS, TERM_LIST_FIELDS
from .data import SiteData, is_draft, sheet_sort_key

EXPLORER_FACETS = (  # front-matter key, label
    ("publics", "Publics"), ("secteurs", "Secteurs"), ("modes_intervention", "Modes d'intervention"),
    ("themes", "Thèmes"), ("valeurs", "Valeurs"), ("niveau_preuve", "Niveau de preuve"),
)
MAP_KINDS = ("fiche", "concept", "public", "theme")
MAP_MAX_SHEETS = 600  # beyond that, the map shows the most connected sheets (the page says so)


def as_script(variable: str, payload: Any) -> str:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).replace("</", "<\\/")
    return f"window.{variable}={text};\n"


def explorer_data(data: SiteData) -> dict[str, Any]:
    facets = []
    for key, label in EXPLORER_FACETS:
        vocabulary = data.corpus.vocabularies.get(TERM_LIST_FIELDS.get(key) or TERM_FIELDS[key])
        used = {t for s in data.corpus.sheets for t in s.terms.get(key, ())}
        terms = [{"id": t.id, "label": t.label} for t in sorted(vocabulary.terms.values(), key=lambda t: t.label.casefold())
                 if t.id in used] if vocabulary else []
        facets.append({"key": key, "label": label, "terms": terms})
    concept_labels = data.corpus.vocabularies.get("concepts")
    sheets = []
    for sheet in sorted(data.corpus.sheets, key=sheet_sort_key):
        entry: dict[str, Any] = {"id": sheet.id, "titre": sheet.title, "resume": sheet.summary,
                                 "url": f"fiches/{sheet.id}/index.html", "brouillon": is_draft(sheet)}
        for key, _ in EXPLORER_FACETS:
            entry[key] = list(dict.fromkeys(sheet.terms.get(key, ())))
        if concept_labels:
            entry["mots"] = " ".join(concept_labels.label_of(c) for c in sheet.terms.get("concepts", ()))
        sheets.append(entry)
    return {"facets": facets, "fiches": sheets, "base": "../"}


def map_data(data: SiteData) -> dict[str, Any]:
    graph = data.graph
    sheets = sorted((n for n, k in graph.nodes(data="kind") if k == "fiche"),
                    key=lambda n: (-graph.degree(n), n))[:MAP_MAX_SHEETS]
    keep = set(sheets)
    for sheet in sheets:
        keep.update(t for t in graph.successors(sheet) if graph.nodes[t]["kind"] in MAP_KINDS)
    max_degree = max((graph.degree(n) for n in keep), default=1) or 1
    max_centrality = max(data.centrality.values(), default=0.0) or 1.0
    nodes = []
    for node in sorted(keep):
        attrs = graph.nodes[node]
        kind, short = attrs["kind"], node.split(":", 1)[1]
        if kind == "concept":
            weight = data.centrality.get(short, 0.0) / max_centrality
        else:
            weight = graph.degree(node) / max_degree
        folder = {"fiche": "fiches", "concept": "concepts", "public": "publics", "theme": "themes"}[kind]
        nodes.append({"id": node, "label": attrs["label"], "kind": kind, "url": f"{folder}/{short}/index.html",
                      "cluster": data.cluster_of.get(short, 0) if kind == "fiche" else 0,
                      "poids": round(weight, 3)})
    edges = []
    seen = set()
    for a, b, edge_type in sorted(graph.edges(data="type")):
        if a in keep and b in keep and graph.nodes[a]["kind"] != "concept":
            pair = (min(a, b), max(a, b), edge_type)
            if pair not in seen:
                seen.add(pair)
                edges.append({"source": a, "target": b, "type": edge_type})
    total = sum(1 for _, k in graph.nodes(data="kind") if k == "fiche")
    return {"nodes": nodes, "edges": edges, "base": "../", "total_fiches": total, "fiches_affichees": len(sheets)}
