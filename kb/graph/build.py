"""Build the networkx MultiDiGraph of sheets, terms and their typed relations.

Nodes are named `<kind>:<id>` (e.g. `fiche:genogramme`, `concept:autonomie`) and carry `kind`
and `label`. Every edge carries `type`. Symmetric sheet relations (complete, variante, tension)
and symmetric concept links (voir_aussi, en_tension_avec) are stored in both directions, each
marked `symetrique=True`; the direction the contributor wrote is marked `declaree=True`.
"""

from __future__ import annotations

import networkx as nx

from ..model import Corpus, Sheet

# kind of node -> (front-matter key, vocabulary name, edge type from a sheet)
TERM_KINDS: dict[str, tuple[str, str, str]] = {
    "concept": ("concepts", "concepts", "mobilise"),
    "public": ("publics", "publics", "s_adresse_a"),
    "secteur": ("secteurs", "secteurs", "releve_de"),
    "mode": ("modes_intervention", "modes_intervention", "intervient_par"),
    "theme": ("themes", "themes", "traite_de"),
    "valeur": ("valeurs", "valeurs", "incarne"),
    "etablissement": ("etablissements", "etablissements", "se_pratique_en"),
}
NODE_KINDS = ("fiche", *TERM_KINDS)
SYMMETRIC_FALLBACK = {"complete", "variante", "tension"}


def node_id(kind: str, identifier: str) -> str:
    return f"{kind}:{identifier}"


def sheet_url(sheet: Sheet) -> str:
    return f"/fiches/{sheet.id}/"


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="Relier")
    _add_term_nodes(graph, corpus)
    sheets = sorted(corpus.sheets, key=lambda s: s.id)
    for sheet in sheets:
        graph.add_node(node_id("fiche", sheet.id), kind="fiche", label=sheet.title, titre=sheet.title,
                       resume=sheet.summary, url=sheet_url(sheet),
                       niveau=sheet.term("niveau") or "", statut=sheet.term("statut") or "")
    for sheet in sheets:
        source = node_id("fiche", sheet.id)
        for kind, (field_name, _, edge_type) in TERM_KINDS.items():
            for term in sorted(set(sheet.terms.get(field_name, ()))):
                target = node_id(kind, term)
                if target in graph:
                    graph.add_edge(source, target, key=edge_type, type=edge_type)
        _add_relations(graph, corpus, sheet)
    return graph


def _add_term_nodes(graph: nx.MultiDiGraph, corpus: Corpus) -> None:
    for kind, (_, vocabulary_name, _) in TERM_KINDS.items():
        vocabulary = corpus.vocabularies.get(vocabulary_name)
        if vocabulary is None:
            continue
        for term in sorted(vocabulary.terms.values(), key=lambda t: t.id):
            graph.add_node(node_id(kind, term.id), kind=kind, label=term.label, definition=term.definition)
    concepts = corpus.vocabularies.get("concepts")
    if concepts is None:
        return
    for term in sorted(concepts.terms.values(), key=lambda t: t.id):
        here = node_id("concept", term.id)
        if term.parent and term.parent in concepts.terms:
            graph.add_edge(here, node_id("concept", term.parent), key="terme_generique", type="terme_generique")
        for kind, targets in (("voir_aussi", term.see_also), ("en_tension_avec", term.in_tension_with)):
            for other in sorted(targets):
                if other in concepts.terms and other != term.id:
                    for a, b in ((here, node_id("concept", other)), (node_id("concept", other), here)):
                        if not graph.has_edge(a, b, key=kind):
                            graph.add_edge(a, b, key=kind, type=kind, symetrique=True)


def _add_relations(graph: nx.MultiDiGraph, corpus: Corpus, sheet: Sheet) -> None:
    vocabulary = corpus.vocabularies.get("relations")
    source = node_id("fiche", sheet.id)
    for relation in sheet.relations:
        target = node_id("fiche", relation.target)
        if target not in graph or target == source:
            continue
        symmetric = _is_symmetric(vocabulary, relation.type)
        attributes = {"type": relation.type, "symetrique": symmetric}
        if relation.note:
            attributes["note"] = relation.note
        if relation.sign:
            attributes["signe"] = relation.sign
        graph.add_edge(source, target, key=relation.type, declaree=True, **attributes)
        if symmetric and not graph.has_edge(target, source, key=relation.type):
            graph.add_edge(target, source, key=relation.type, declaree=False, **attributes)


def _is_symmetric(vocabulary: object, relation_type: str) -> bool:
    terms = getattr(vocabulary, "terms", {})
    term = terms.get(relation_type)
    if term is not None and "symetrique" in term.extra:
        return bool(term.extra["symetrique"])
    return relation_type in SYMMETRIC_FALLBACK
