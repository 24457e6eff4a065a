"""Provenance: what « Paroles de praticiens » are, a review behind « validée », overdue reviews, and
the backing of each evidence level — checked by `kb check`, shown on the site and in the booklet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from support import REPO, sheet_text

QUOTES = "\n\n## Paroles de praticiens\n\nUne éducatrice : « Une phrase. »\n"
BODY = "\n\n".join(f"## {s}\n\nTexte." for s in ("Contexte", "Objectifs", "Déroulement", "Points de vigilance"))


def _write(project: Path, sheet_id: str, body: str = BODY, **front: object) -> None:
    text = sheet_text(sheet_id, body=body)
    head, rest = text[4:].split("\n---\n", 1)
    data = yaml.safe_load(head)
    data.update(front)
    (project / "practices" / f"{sheet_id}.md").write_text(
        "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + rest, encoding="utf-8")


def _codes(kb, project: Path, sheet_id: str) -> list[str]:
    result = kb("--root", project, "check", "--format", "json")
    assert "Traceback" not in result.out + result.err
    return [d["code"] for d in json.loads(result.out) if d["file"] == f"practices/{sheet_id}.md"]


def test_composite_quotes_are_accepted_and_undeclared_ones_are_not(project: Path, kb) -> None:
    _write(project, "sans-nature", BODY + QUOTES)
    _write(project, "composite", BODY + QUOTES, paroles={"nature": "composite"})
    assert _codes(kb, project, "sans-nature") == ["paroles-nature"]
    assert _codes(kb, project, "composite") == []


def test_a_real_quote_needs_its_person_and_their_consent(project: Path, kb) -> None:
    person = {"role": "Éducatrice spécialisée", "structure": "Service d'AEMO", "source": "Entretien, mars 2025"}
    _write(project, "sans-personne", BODY + QUOTES, paroles={"nature": "temoignage"})
    _write(project, "sans-accord", BODY + QUOTES,
           paroles={"nature": "temoignage", "temoignages": [dict(person, consentement=False)]})
    _write(project, "temoignage", BODY + QUOTES,
           paroles={"nature": "temoignage", "temoignages": [dict(person, consentement=True)]})
    _write(project, "sans-source", BODY + QUOTES,
           paroles={"nature": "temoignage", "temoignages": [{"role": "Éducatrice", "consentement": True}]})
    assert _codes(kb, project, "sans-personne") == ["paroles-nature"]
    assert _codes(kb, project, "sans-accord") == ["paroles-nature"]
    assert _codes(kb, project, "temoignage") == []
    assert "cle-manquante" in _codes(kb, project, "sans-source")


def test_validee_needs_a_favourable_review_by_someone_else(project: Path, kb) -> None:
    review = {"nom": "Camille Relectrice", "role": "Assistante sociale", "date": "2024-05-02", "avis": "favorable"}
    _write(project, "par-l-auteur", statut="validee", revoir_avant="2099-01-01",
           relectures=[dict(review, nom="Équipe de test")])
    _write(project, "defavorable", statut="validee", revoir_avant="2099-01-01",
           relectures=[dict(review, avis="defavorable")])
    _write(project, "sans-echeance", statut="validee", relectures=[review])
    _write(project, "relue", statut="validee", revoir_avant="2099-01-01", relectures=[review])
    _write(project, "future", relectures=[dict(review, date="2999-01-01")])
    assert _codes(kb, project, "par-l-auteur") == ["relecture-requise"]
    assert _codes(kb, project, "defavorable") == ["relecture-requise"]
    assert _codes(kb, project, "sans-echeance") == ["relecture-requise"]
    assert _codes(kb, project, "relue") == []
    assert _codes(kb, project, "future") == ["relecture-requise"]


def test_an_overdue_review_fails_only_in_strict_mode(project: Path, kb) -> None:
    _write(project, "echue", revoir_avant="2020-01-01")
    assert kb("--root", project, "check").exit_code == 0
    strict = kb("--root", project, "check", "--strict")
    assert strict.exit_code == 1 and "[relecture-echue]" in strict.out
    _write(project, "echue", revoir_avant="2099-01-01")
    assert kb("--root", project, "check", "--strict").exit_code == 0


@pytest.mark.parametrize(("front", "ok"), [
    ({"niveau_preuve": "obligation_legale", "cadre_juridique": ["CASF L311-6"]}, False),
    ({"niveau_preuve": "obligation_legale", "preuve": {"appui": "CASF L311-6"}}, False),
    ({"niveau_preuve": "obligation_legale", "cadre_juridique": ["CASF L311-6"], "preuve": {"appui": "CASF L311-6"}}, True),
    ({"niveau_preuve": "recommandee"}, False),
    ({"niveau_preuve": "recommandee", "preuve": {"appui": "HAS, Le projet personnalisé, 2018"}}, True),
    ({"niveau_preuve": "evaluee", "preuve": {"appui": "Une revue Cochrane, 2008"}}, False),
    ({"niveau_preuve": "evaluee", "preuve": {"appui": "Une revue Cochrane, 2008", "effet": "sans_effet_demontre"}}, True),
    ({"niveau_preuve": "documentee", "preuve": {"effet": "positif"}}, False),
    ({"niveau_preuve": "documentee", "sources": []}, False),
    ({"niveau_preuve": "experientielle", "sources": []}, True),
])
def test_each_evidence_level_needs_its_backing(project: Path, kb, front: dict, ok: bool) -> None:
    _write(project, "preuve", **front)
    codes = [c for c in _codes(kb, project, "preuve") if c != "sans-source"]
    assert codes == ([] if ok else ["preuve-appui"] * len(codes)) and (ok or codes), codes


def test_the_sheet_page_shows_provenance_and_labels_composite_quotes(project: Path, kb) -> None:
    _write(project, "illustree", BODY + QUOTES, paroles={"nature": "composite"}, niveau_preuve="evaluee", niveau="meso",
           relations=[{"type": "complete", "cible": "ecoute-en-binome"}],
           preuve={"appui": "Chung et Lai, revue Cochrane, 2002", "effet": "sans_effet_demontre"},
           cadre_juridique=["CASF L311-6"], revoir_avant="2099-01-01")
    result = kb("--root", project, "build")
    assert result.exit_code == 0, result
    page = (project / "site" / "fiches" / "illustree" / "index.html").read_text(encoding="utf-8")
    block = page[page.index('class="relier-provenance"'):]
    block = block[:block.index("</section>")]
    assert "Pas encore relue" in block and "Équipe de test" in block
    assert "les études citées n'ont pas montré d'effet" in block and "Chung et Lai, revue Cochrane, 2002" in block
    assert "vérification des textes non datée" in block and "01/01/2099" in block
    label = page.index("Propos reconstitués à titre d'illustration par l'équipe de rédaction")
    assert page.index("Paroles de praticiens") < label < page.index("Une phrase.")
    levels = page[page.index('class="relier-niveaux"'):]
    levels = levels[:levels.index("</section>")]
    micro, meso = levels.index("Micro"), levels.index("Méso")
    assert micro < levels.index("écoute en binôme") < meso < levels.index("cette fiche") and "aucune fiche reliée" in levels
    assert "pensee-complexe/index.html" in levels
    assert (project / "site" / "pensee-complexe" / "index.html").is_file()


def test_the_template_says_how_to_declare_provenance() -> None:
    template = (REPO / "kb" / "templates" / "fiche.md").read_text(encoding="utf-8")
    for key in ("relectures:", "revoir_avant:", "paroles:", "preuve:", "obligation_legale", "sans_effet_demontre"):
        assert key in template, key
