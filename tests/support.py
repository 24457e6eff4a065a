"""Helpers shared by the tests (conftest.py holds the fixtures)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def snapshot_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def sheet_text(sheet_id: str, *, concepts=("accompagnement",), publics=("adultes",), themes=(),
               relations=(), titre: str | None = None, body: str | None = None) -> str:
    """A valid sheet with the given terms and relations ({type, cible, note?, signe?} dicts)."""
    import yaml

    front = {
        "id": sheet_id, "titre": titre or f"Pratique {sheet_id}",
        "resume": f"Une pratique de test nommée {sheet_id}, pour vérifier le graphe.",
        "publics": list(publics), "secteurs": ["social"], "modes_intervention": ["individuel"],
        "concepts": list(concepts), "themes": list(themes), "niveau_preuve": "documentee",
        "statut": "en_relecture", "auteurs": [{"nom": "Équipe de test"}], "date_creation": "2024-03-15",
        "licence": "CC-BY-SA-4.0", "sources": [{"titre": "Référence de test"}], "relations": list(relations),
    }
    if body is None:
        body = "\n\n".join(f"## {s}\n\nTexte." for s in ("Contexte", "Objectifs", "Déroulement", "Points de vigilance"))
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"


# The browser every browser test drives: Debian's Chromium (pip's playwright cannot download one here)
CHROMIUM = Path(os.environ.get("RELIER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def small_project(root: Path, *, site: bool = False, module: bool = False) -> Path:
    """A throw-away project at `root`: the real schemas and the three fixture sheets; with `site`,
    what `kb build` needs too (mkdocs.yml, docs, CONTRIBUTING.md, node_modules); with `module`, the
    fixture module."""
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(FIXTURES / "sheets", root / "practices")
    if site:
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(REPO / "docs", root / "docs")
        shutil.copy(REPO / "CONTRIBUTING.md", root / "CONTRIBUTING.md")
        if (REPO / "node_modules").is_dir():
            (root / "node_modules").symlink_to(REPO / "node_modules")
    if module:
        (root / "modules").mkdir()
        shutil.copy(FIXTURES / "modules" / "module-test.yml", root / "modules")
    return root


def landed_copy(root: Path) -> Path:
    """A throw-away copy of the project at `root`, with the landed content."""
    root.mkdir()
    for name in ("practices", "annexes", "schemas", "docs", "modules"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copy(REPO / "CONTRIBUTING.md", root / "CONTRIBUTING.md")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    return root


# Phrasings typed on the built site that once found the wrong sheet first (not in the judged set):
# the sheet each must now find first, on `kb search` and on the site alike.
PRACTITIONER_PHRASINGS = [
    # 2026-12-08: described as a practitioner would, with a detail no sheet names (situations.yml enriched)
    ("garçon de 15 ans qui a volé une trottinette, convoqué au tribunal pour enfants", "reparation-penale-mineurs"),
    ("elle veut partir, son conjoint la menace de mort et il garde une arbalète à la maison",
     "evaluation-danger-violences-conjugales"),
    ("ado de 15 ans au foyer qui se lacère les cuisses, l'équipe ne sait pas comment réagir", "adolescent-qui-se-scarifie"),
    ("un garçon de 14 ans a cassé une vitrine, il passe bientôt devant le tribunal pour enfants", "reparation-penale-mineurs"),
    ("grand-mère qui se fait voler sa retraite par son petit-fils", "referent-bientraitance"),
    ("bébé secoué suspicion aux urgences", "information-preoccupante"),
    ("comment parler argent avec une famille endettée", "accompagnement-budgetaire"),
    ("famille endettée", "accompagnement-budgetaire"),
    ("personne âgée maltraitée par son fils", "referent-bientraitance"),
    ("jeune qui ne va plus au collège", "prevention-specialisee"),
    ("personne âgée qui tombe souvent", "icope"),
    ("réunion d'équipe qui tourne mal", "supervision"),
    ("adolescente enceinte", "entretien-prenatal-precoce"),
    ("PASA", "pole-activites-soins-adaptes"),
    ("personne handicapée qui veut travailler", "emploi-accompagne"),
    ("usager agressif à l'accueil", "gestion-de-crise"),
    ("il menace de se tuer", "premiers-secours-sante-mentale"),
    ("adolescente qui se scarifie", "adolescent-qui-se-scarifie"),
    ("appartement plein de déchets, il refuse qu'on nettoie", "incurie-dans-le-logement"),
    ("syndrome de diogene", "incurie-dans-le-logement"),
    ("dame qui sait pas faire sa declaration caf sur internet", "accompagnement-demarches-en-ligne"),
    ("aidants connect", "accompagnement-demarches-en-ligne"),
    ("ado du foyer qui revient avec de l'argent et des cadeaux", "prostitution-des-mineurs"),
    ("michetonnage", "prostitution-des-mineurs"),
    ("facture edf impayée, ils ont coupé le courant", "precarite-energetique"),
    ("chèque énergie", "precarite-energetique"),
    ("comment expliquer à un enfant que son père est en prison", "liens-enfant-parent-incarcere"),
    ("parloir avec un enfant placé", "liens-enfant-parent-incarcere"),
    ("ado harcelé au collège sur snap", "harcelement-scolaire"),
    ("cyberharcèlement", "harcelement-scolaire"),
    ("jeune fille qui a peur d'être mariée de force pendant les vacances au pays", "mariage-force"),
    ("mariage forcé", "mariage-force"),
    ("comment annoncer à un enfant que sa maman est morte", "enfant-endeuille"),
    ("enfant endeuillé", "enfant-endeuille"),
    ("famille qui n'a plus rien à manger, frigo vide", "aide-alimentaire"),
    ("épicerie solidaire", "aide-alimentaire"),
    ("ado qui se coupe les bras", "adolescent-qui-se-scarifie"),
    ("mon ado placé n'est pas rentré au foyer cette nuit", "fugue-mineur-accueilli"),
    ("déclaration de fugue", "fugue-mineur-accueilli"),
    ("jeune gay viré de chez lui par ses parents", "jeunes-lgbt-rejetes"),
    ("homophobie familiale", "jeunes-lgbt-rejetes"),
    ("peur qu'une petite soit excisée pendant les vacances au pays", "mutilations-sexuelles-feminines"),
    ("certificat de non-excision", "mutilations-sexuelles-feminines"),
]

# Answered, not « nothing good », with this sheet among the first three, on both engines: long
# descriptions holding words no sheet needs (« depuis une semaine », « lui-même »: kb/search/need.py)
AMONG_THE_FIRST_THREE = [
    ("résidente de l'ehpad qui refuse de manger depuis une semaine et la fille veut l'hospitalisation",
     "accompagnement-fin-de-vie"),
    ("monsieur sous curatelle qui veut gérer son argent lui-même", "accompagnement-majeurs-proteges"),
]
