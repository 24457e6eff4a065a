"""The systemic analysis of the graph: keystones, clusters, bridges, orphans, tensions,
coverage and feedback loops. Every result is sorted, so two runs give the same report.

Draft sheets (`statut: brouillon`) are left out: they have not been reviewed yet, and the
analysis describes the reviewed base. Each family is named after its keystone concept, so that
its name and id do not depend on how many families there are or on their order."""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from ..model import Corpus
from .build import node_id

DRAFT = "brouillon"
LOUVAIN_SEED = 42
MAX_LOOP_LENGTH = 8
MAX_LOOPS = 200


def analyse(graph: nx.MultiDiGraph, corpus: Corpus) -> dict[str, Any]:
    graph = without_drafts(graph)
    sheets = sorted(n for n, k in graph.nodes(data="kind") if k == "fiche")
    concepts = {sheet: _concepts_of(graph, sheet) for sheet in sheets}
    network = _sheet_concept_graph(graph, sheets)
    keystones = _keystones(graph, concepts)
    clusters, membership = _clusters(graph, network, concepts, [k["id"] for k in keystones])
    return {
        "keystones": keystones,
        "clusters": clusters,
        "bridges": _bridges(graph, network, membership),
        "orphans": _orphans(graph, sheets),
        "tensions": _tensions(graph),
        "coverage": _coverage(graph, corpus, sheets),
        "loops": _loops(graph),
    }


def without_drafts(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph without its draft sheets (a read-only view; the same graph when there is none)."""
    drafts = [n for n, data in graph.nodes(data=True) if data.get("kind") == "fiche" and data.get("statut") == DRAFT]
    return graph.subgraph(set(graph) - set(drafts)) if drafts else graph


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", node))


def _short(node: str) -> str:
    return node.split(":", 1)[1]


def _concepts_of(graph: nx.MultiDiGraph, sheet: str) -> list[str]:
    return sorted(v for _, v, t in graph.out_edges(sheet, data="type") if t == "mobilise")


def _keystones(graph: nx.MultiDiGraph, concepts_of: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Concepts ranked by weighted betweenness in the concept co-occurrence network.

    Two concepts are linked when a sheet mobilises both (weight: number of such sheets;
    distance 1/weight). Betweenness finds the concepts through which the other concepts are
    connected: the ones that hold the practices together, not merely the most frequent ones
    (the sheet count is reported beside it). The network has one node per concept, so the
    cost stays small however many sheets there are.
    """
    counts: Counter[str] = Counter()
    weights: Counter[tuple[str, str]] = Counter()
    for concepts in concepts_of.values():
        counts.update(concepts)
        weights.update(itertools.combinations(concepts, 2))
    network = nx.Graph()
    network.add_nodes_from(sorted(counts))
    for (a, b), weight in sorted(weights.items()):
        network.add_edge(a, b, weight=weight, distance=1.0 / weight)
    betweenness = nx.betweenness_centrality(network, weight="distance", normalized=True) if network else {}
    ranked = sorted(counts, key=lambda c: (-round(betweenness.get(c, 0.0), 9), -counts[c], c))
    return [{"id": _short(c), "label": _label(graph, c), "fiches": counts[c],
             "centralite": round(betweenness.get(c, 0.0), 6)} for c in ranked]


def _sheet_concept_graph(graph: nx.MultiDiGraph, sheets: list[str]) -> nx.Graph:
    """Sheets linked to the concepts they mobilise and to the sheets they relate to (tensions aside)."""
    kinds = dict(graph.nodes(data="kind"))
    undirected = nx.Graph()
    undirected.add_nodes_from(sheets)
    for sheet in sheets:
        for _, target, edge_type in sorted(graph.out_edges(sheet, data="type")):
            kind = kinds.get(target)
            if kind == "concept" or (kind == "fiche" and edge_type != "tension"):
                undirected.add_edge(sheet, target)
    return undirected


def _clusters(graph: nx.MultiDiGraph, network: nx.Graph, concepts_of: dict[str, list[str]],
              keystones: list[str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Louvain communities (seeded) of the undirected sheet–concept graph plus sheet relations.

    A cluster is described by its most characteristic concepts: those with the highest lift
    (share of the cluster's sheets that mobilise the concept / share of all sheets). It is named
    (`id`, `nom`) after its keystone: of the concepts that belong to it (most of the sheets that
    mobilise them are in it), the one ranked first among the keystones. A new sheet elsewhere in
    the base leaves that name alone, where a number by size or a top-3 by lift would change.
    """
    if network.number_of_edges() == 0:
        return [], {}
    # threshold 1e-4: on 10 000 sheets, the same communities as the default 1e-7, 30 % faster
    communities = nx.community.louvain_communities(network, seed=LOUVAIN_SEED, threshold=1e-4)
    groups = [sorted(n for n in c if n.startswith("fiche:")) for c in communities]
    groups = sorted((g for g in groups if g), key=lambda g: (-len(g), g))
    sheet_group = {member: index for index, members in enumerate(groups) for member in members}
    concept_group = {}
    for concept in sorted(n for n, k in graph.nodes(data="kind") if k == "concept"):
        votes = Counter(sheet_group[s] for s, _ in graph.in_edges(concept) if s in sheet_group)
        if votes:
            concept_group[concept] = min(votes, key=lambda g: (-votes[g], g))
    rank = {f"concept:{c}": position for position, c in enumerate(keystones)}
    total = len(concepts_of)
    overall: Counter[str] = Counter(c for concepts in concepts_of.values() for c in concepts)
    clusters, names, used = [], [], set()
    for index, members in enumerate(groups):
        local: Counter[str] = Counter(c for s in members for c in concepts_of[s])
        lift = {c: (n / len(members)) / (overall[c] / total) for c, n in local.items() if n >= min(2, len(members))}
        top = sorted(lift, key=lambda c: (-lift[c] * math.log1p(local[c]), c))[:3]
        own = sorted((c for c, g in concept_group.items() if g == index), key=lambda c: (rank.get(c, len(rank)), c))
        keystone = next((c for c in own + top if c not in used), None)
        if keystone is not None:
            used.add(keystone)
            names.append((_short(keystone), _label(graph, keystone)))
        else:
            names.append((f"fiche-{_short(members[0])}", _label(graph, members[0])))
        clusters.append({
            "description": " · ".join(_label(graph, c) for c in top),
            "concepts": [_short(c) for c in top],
            "fiches": [_short(m) for m in members],
        })
    for cluster, (identifier, name) in zip(clusters, names):
        cluster["id"], cluster["nom"] = identifier, name
    membership = {member: names[index][0] for member, index in sheet_group.items()}
    membership.update({concept: names[index][0] for concept, index in concept_group.items()})
    return clusters, membership


def _bridges(graph: nx.MultiDiGraph, network: nx.Graph, membership: dict[str, str],
             limit: int = 15) -> list[dict[str, Any]]:
    """Sheets and concepts whose links spread over several clusters (participation coefficient).

    P = 1 - Σ (links into cluster c / all links)²: 0 when every link stays inside one cluster,
    close to 1 when links are spread evenly over many (Guimerà & Amaral). Linear in the edges.
    """
    scored = []
    for node in sorted(network):
        neighbours = [membership[n] for n in network[node] if n in membership]
        if len(neighbours) < 3:
            continue
        spread = Counter(neighbours)
        if len(spread) < 2:
            continue
        participation = 1 - sum((n / len(neighbours)) ** 2 for n in spread.values())
        scored.append({"id": _short(node), "kind": graph.nodes[node]["kind"], "label": _label(graph, node),
                       "participation": round(participation, 4), "clusters": sorted(spread)})
    scored.sort(key=lambda b: (-b["participation"], -len(b["clusters"]), b["kind"], b["id"]))
    return scored[:limit]


def _orphans(graph: nx.MultiDiGraph, sheets: list[str]) -> list[dict[str, str]]:
    orphans = []
    for sheet in sheets:
        linked = any(graph.nodes[n].get("kind") == "fiche" and n != sheet
                     for n in itertools.chain(graph.successors(sheet), graph.predecessors(sheet)))
        if not linked:
            orphans.append({"id": _short(sheet), "label": _label(graph, sheet)})
    return orphans


def _tensions(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    seen: set[tuple[str, str, str]] = set()
    tensions = []
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"])):
        kind = graph.nodes[a].get("kind")
        if data["type"] == "tension" and kind == "fiche" or data["type"] == "en_tension_avec" and kind == "concept":
            pair = tuple(sorted((a, b)))
            if (pair[0], pair[1], data["type"]) in seen:
                continue
            seen.add((pair[0], pair[1], data["type"]))
            tensions.append({
                "entre": kind, "a": _short(pair[0]), "b": _short(pair[1]),
                "label_a": _label(graph, pair[0]), "label_b": _label(graph, pair[1]),
                "note": data.get("note", ""),
            })
    return tensions


def _coverage(graph: nx.MultiDiGraph, corpus: Corpus, sheets: list[str]) -> dict[str, Any]:
    publics = sorted(corpus.vocabularies["publics"].terms) if "publics" in corpus.vocabularies else []
    themes = sorted(corpus.vocabularies["themes"].terms) if "themes" in corpus.vocabularies else []
    counts: defaultdict[tuple[str, str], int] = defaultdict(int)
    for sheet in sheets:
        targets = defaultdict(list)
        for _, target, edge_type in graph.out_edges(sheet, data="type"):
            targets[edge_type].append(_short(target))
        for public in targets["s_adresse_a"]:
            for theme in targets["traite_de"]:
                counts[(public, theme)] += 1
    matrix = {p: {t: counts[(p, t)] for t in themes} for p in publics}
    gaps = [{"public": p, "theme": t,
             "label_public": _label(graph, node_id("public", p)), "label_theme": _label(graph, node_id("theme", t))}
            for p in publics for t in themes if counts[(p, t)] == 0]
    return {"publics": publics, "themes": themes, "matrice": matrix, "gaps": gaps}


def _loops(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Feedback loops: directed cycles of `retroagit_sur` relations between sheets."""
    feedback = nx.DiGraph()
    for a, b, data in graph.edges(data=True):
        if data["type"] == "retroagit_sur":
            feedback.add_edge(a, b, signe=data.get("signe", "+"))
    loops = []
    for cycle in nx.simple_cycles(feedback, length_bound=MAX_LOOP_LENGTH):
        start = cycle.index(min(cycle))
        cycle = cycle[start:] + cycle[:start]
        signs = [feedback.edges[a, b]["signe"] for a, b in zip(cycle, cycle[1:] + cycle[:1])]
        loops.append({"fiches": [_short(n) for n in cycle], "labels": [_label(graph, n) for n in cycle],
                      "signes": signs,
                      "polarite": "amplifiante" if signs.count("-") % 2 == 0 else "régulatrice"})
        if len(loops) >= MAX_LOOPS:
            break
    return sorted(loops, key=lambda loop: (len(loop["fiches"]), loop["fiches"]))
