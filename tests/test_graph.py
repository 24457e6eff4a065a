"""The concept graph and its analysis, on hand-made corpora whose answers are known."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from support import REPO, sheet_text
from kb.graph import analyse, build_graph
from kb.loader import load

X = ("protection", "parentalite", "attachement")
Y = ("insertion", "pouvoir_d_agir", "participation")


@pytest.fixture
def systemic(empty_project: Path) -> Path:
    """Two families of practices, a bridge between them, an orphan, a loop, a tension, a gap."""
    sheets = {
        "a1": dict(concepts=X, themes=("parentalite",), publics=("familles",), relations=[
            {"type": "complete", "cible": "a2"},
            {"type": "retroagit_sur", "cible": "a2", "signe": "+"}]),
        "a2": dict(concepts=X, themes=("parentalite",), publics=("familles",), relations=[
            {"type": "complete", "cible": "a3"},
            {"type": "retroagit_sur", "cible": "a1", "signe": "-"}]),
        "a3": dict(concepts=X, themes=("parentalite",), publics=("familles",), relations=[
            {"type": "tension", "cible": "b3", "note": "Protéger l'enfant ou soutenir le projet du parent."}]),
        "b1": dict(concepts=Y, themes=("insertion_professionnelle",), relations=[{"type": "complete", "cible": "b2"}]),
        "b2": dict(concepts=Y, themes=("insertion_professionnelle",), relations=[{"type": "complete", "cible": "b3"}]),
        "b3": dict(concepts=Y, themes=("insertion_professionnelle",)),
        "pont": dict(concepts=X[:2] + Y[:2], themes=("parentalite",), relations=[
            {"type": "complete", "cible": "a1"}, {"type": "complete", "cible": "b1"}]),
        "seule": dict(concepts=("deuil",), themes=("fin_de_vie",)),
    }
    for sheet_id, spec in sheets.items():
        (empty_project / "practices" / f"{sheet_id}.md").write_text(sheet_text(sheet_id, **spec), encoding="utf-8")
    return empty_project


def _report(root: Path):
    corpus = load(root).corpus
    return analyse(build_graph(corpus), corpus)


def test_content_is_valid(systemic: Path, kb) -> None:
    result = kb("--root", systemic, "check", "--strict")
    assert result.exit_code == 0, result


def test_report_finds_what_was_built_in(systemic: Path) -> None:
    report = _report(systemic)
    assert set(report) == {"keystones", "clusters", "bridges", "orphans", "tensions", "coverage", "loops"}
    assert [o["id"] for o in report["orphans"]] == ["seule"]
    assert [loop["fiches"] for loop in report["loops"]] == [["a1", "a2"]]
    assert report["loops"][0]["polarite"] == "régulatrice"
    sheet_tensions = [t for t in report["tensions"] if t["entre"] == "fiche"]
    assert [(t["a"], t["b"]) for t in sheet_tensions] == [("a3", "b3")]
    assert "Protéger" in sheet_tensions[0]["note"]
    concept_tensions = {(t["a"], t["b"]) for t in report["tensions"] if t["entre"] == "concept"}
    assert ("autonomie", "protection") in concept_tensions  # from the thesaurus
    families = [set(c["fiches"]) for c in report["clusters"]]
    assert {"a1", "a2", "a3"} <= next(f for f in families if "a1" in f)
    assert {"b1", "b2", "b3"} <= next(f for f in families if "b1" in f)
    assert not any("a1" in f and "b1" in f for f in families)
    sheet_bridges = [b["id"] for b in report["bridges"] if b["kind"] == "fiche"]
    assert sheet_bridges[0] == "pont"
    keystones = [k["id"] for k in report["keystones"]]
    assert set(keystones[:2]) <= set(X[:2] + Y[:2])  # the concepts the bridge brings together
    coverage = report["coverage"]
    assert coverage["matrice"]["familles"]["parentalite"] == 3
    assert coverage["matrice"]["adultes"]["insertion_professionnelle"] == 3
    assert {"public": "familles", "theme": "violences"} in [
        {"public": g["public"], "theme": g["theme"]} for g in coverage["gaps"]]
    assert {"public": "familles", "theme": "parentalite"} not in [
        {"public": g["public"], "theme": g["theme"]} for g in coverage["gaps"]]


def test_graph_nodes_and_edges_are_typed(systemic: Path) -> None:
    corpus = load(systemic).corpus
    graph = build_graph(corpus)
    sheets = [n for n, k in graph.nodes(data="kind") if k == "fiche"]
    assert sorted(sheets) == sorted(f"fiche:{s.id}" for s in corpus.sheets)
    assert all(data.get("type") for _, _, data in graph.edges(data=True))
    assert graph.has_edge("fiche:a1", "concept:protection", key="mobilise")
    assert graph.has_edge("fiche:a1", "fiche:a2", key="complete") and graph.has_edge("fiche:a2", "fiche:a1", key="complete")
    assert graph.edges["fiche:a1", "fiche:a2", "complete"]["declaree"] is True
    assert graph.edges["fiche:a2", "fiche:a1", "complete"]["declaree"] is False
    assert graph.has_edge("fiche:a1", "fiche:a2", key="retroagit_sur")
    assert graph.nodes["fiche:a1"]["url"] == "/fiches/a1/"


@pytest.mark.parametrize("fmt", ["json", "gexf", "graphml"])
def test_exports_read_back_and_are_reproducible(systemic: Path, kb, tmp_path: Path, fmt: str) -> None:
    first, second = tmp_path / f"un.{fmt}", tmp_path / f"deux.{fmt}"
    assert kb("--root", systemic, "graph", "export", "--format", fmt, "-o", first).exit_code == 0
    assert kb("--root", systemic, "graph", "export", "--format", fmt, "-o", second).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    if fmt == "json":
        graph = nx.node_link_graph(json.loads(first.read_text(encoding="utf-8")), edges="edges")
    elif fmt == "gexf":
        graph = nx.read_gexf(first)
    else:
        graph = nx.read_graphml(first)
    reference = build_graph(load(systemic).corpus)
    assert set(graph.nodes) == set(reference.nodes)
    assert sum(1 for _, k in graph.nodes(data="kind") if k == "fiche") == 8
    assert graph.number_of_edges() == reference.number_of_edges()
    edge_type = "relation" if fmt == "gexf" else "type"  # GEXF reserves `type` for the direction
    assert all(data.get(edge_type) for _, _, data in graph.edges(data=True))


def test_report_cli_text_and_json(systemic: Path, kb) -> None:
    text = kb("--root", systemic, "graph", "report")
    assert text.exit_code == 0
    assert "Fiches orphelines" in text.out and "Pratique seule" in text.out
    assert "Protéger l'enfant ou soutenir le projet du parent." in text.out
    data = json.loads(kb("--root", systemic, "graph", "report", "--format", "json").out)
    assert data["orphans"][0]["id"] == "seule"
    assert kb("--root", systemic, "graph", "report", "--format", "json").out == \
        kb("--root", systemic, "graph", "report", "--format", "json").out


def test_graph_refuses_broken_content(systemic: Path, kb, tmp_path: Path) -> None:
    (systemic / "practices" / "casse.md").write_text("---\nid: [\n---\n", encoding="utf-8")
    result = kb("--root", systemic, "graph", "export", "-o", tmp_path / "g.json")
    assert result.exit_code == 1 and not (tmp_path / "g.json").exists()


def test_graph_outputs_never_replace_a_link_a_pipe_or_a_device(systemic: Path, kb, tmp_path: Path) -> None:
    """As root, « -o /dev/full » replaced the device by a file (fuzzing, 2026-12-08); a link or a pipe
    was replaced too. They are refused, left as they were."""
    import os

    target = tmp_path / "ailleurs.json"
    target.write_text("garder", encoding="utf-8")
    (tmp_path / "lien.json").symlink_to(target)
    os.mkfifo(tmp_path / "tube")
    for name in ("lien.json", "tube"):
        for command in (["graph", "export", "-o"], ["graph", "report", "-o"]):
            result = kb("--root", systemic, *command, tmp_path / name)
            assert result.exit_code == 2 and "n'est pas un fichier ordinaire" in result.err, result
    assert (tmp_path / "lien.json").is_symlink() and target.read_text(encoding="utf-8") == "garder"
    assert not (tmp_path / "tube").is_file() and (tmp_path / "tube").exists()


def test_cli_offers_every_export_format_without_loading_networkx() -> None:
    import subprocess
    import sys

    from kb.cli import GRAPH_FORMATS
    from kb.graph.export import FORMATS

    assert GRAPH_FORMATS == FORMATS
    # `kb check` and `kb search` start faster without the graph library
    probe = "import sys, kb.cli; print('networkx' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_families_are_named_after_their_keystone_concept(systemic: Path) -> None:
    report = _report(systemic)
    ids = [c["id"] for c in report["clusters"]]
    assert len(ids) == len(set(ids))
    family_a = next(c for c in report["clusters"] if "a1" in c["fiches"])
    family_b = next(c for c in report["clusters"] if "b1" in c["fiches"])
    assert family_a["id"] in X and family_b["id"] in Y
    labels = {k["id"]: k["label"] for k in report["keystones"]}
    assert family_a["nom"] == labels[family_a["id"]]
    assert {c for b in report["bridges"] for c in b["clusters"]} <= set(ids)


def test_a_draft_is_left_out_of_the_analysis_and_renames_no_family(project: Path) -> None:
    before = _report(project)
    draft = sheet_text("brouillon-en-cours", concepts=("participation", "protection", "autonomie", "deuil"),
                       publics=("familles",), themes=("parentalite",),
                       relations=[{"type": "tension", "cible": "genogramme", "note": "Une tension de brouillon."}])
    (project / "practices" / "brouillon-en-cours.md").write_text(
        draft.replace("statut: en_relecture", "statut: brouillon"), encoding="utf-8")
    assert "statut: en_relecture" in draft
    after = _report(project)
    assert [(c["id"], c["nom"], c["fiches"]) for c in after["clusters"]] == \
        [(c["id"], c["nom"], c["fiches"]) for c in before["clusters"]]
    assert after == before
    assert "brouillon-en-cours" not in json.dumps(after)
    # the same sheet, out of draft, enters the analysis: the test above can fail
    (project / "practices" / "brouillon-en-cours.md").write_text(draft, encoding="utf-8")
    assert "brouillon-en-cours" in json.dumps(_report(project))
