#!/usr/bin/env python3
"""Generate a deterministic synthetic Relier knowledge base for benchmarks.

    python scripts/gen_corpus.py --n 10000 --out /tmp/relier-10k [--seed 1]

The result is a complete project (practices/, schemas/, modules/, docs/, mkdocs.yml) on which
`kb check` and `kb build` run. Sheets are valid: real vocabulary terms, typed relations between
existing sheets, the required sections, and French text of realistic length, made of sentences
drawn from the starter sheets of this repository (so the words and their frequencies are real).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

from kb.checks.privacy import find_personal_data

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ("Contexte", "Objectifs", "Déroulement", "Conditions de réussite", "Points de vigilance",
            "Évaluation", "Paroles de praticiens", "Ressources")
RELATION_TYPES = ("complete", "compose", "prerequis", "variante", "derive_de", "retroagit_sur", "tension")
PER_FOLDER = 500


def sentence_bank(repo: Path) -> tuple[list[str], list[str], list[str]]:
    sentences, titles, sources = [], [], []
    for path in sorted((repo / "practices").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---", 2)
        meta = yaml.safe_load(front)
        titles.append(str(meta["titre"]))
        sources.extend(str(s["titre"]) for s in meta.get("sources") or [])
        for line in body.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            line = re.sub(r"^(?:[-*]|\d+[.)])\s+", "", line)
            sentences.extend(s.strip() for s in re.split(r"(?<=[.!?»])\s+", line) if len(s.split()) >= 6)
    # a sentence naming someone (an author, a public figure) can read as personal data once taken out of
    # its citation: the synthetic sheets leave those out
    sentences = [s for s in sentences if not find_personal_data(s)]
    return sentences, titles, sources


def terms(repo: Path, name: str) -> list[str]:
    data = yaml.safe_load((repo / "schemas" / "vocabulaires" / f"{name}.yml").read_text(encoding="utf-8"))
    return [t["id"] for t in data["termes"]]


def sheet_id(index: int) -> str:
    return f"pratique-{index:05d}"


def generate(n: int, out: Path, seed: int = 1, repo: Path = REPO) -> None:
    rng = random.Random(seed)
    sentences, titles, sources = sentence_bank(repo)
    vocab = {name: terms(repo, name) for name in ("publics", "secteurs", "modes_intervention", "concepts",
                                                  "themes", "valeurs", "etablissements", "competences")}
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in ("schemas", "docs"):
        shutil.copytree(repo / name, out / name)
    (out / "modules").mkdir()
    shutil.copy(repo / "mkdocs.yml", out / "mkdocs.yml")
    shutil.copy(repo / "CONTRIBUTING.md", out / "CONTRIBUTING.md")
    if (repo / "node_modules").is_dir():
        (out / "node_modules").symlink_to(repo / "node_modules")
    title_words = sorted({w for t in titles for w in re.findall(r"[\wÀ-ÿ'-]{4,}", t)})
    for index in range(n):
        folder = out / "practices" / f"lot-{index // PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        title = resume = ""
        while not title or find_personal_data(title):  # random words may make « famille Travail »
            words = rng.sample(title_words, 4)
            title = f"{words[0].capitalize()} {' '.join(words[1:])} ({index})"
        while not resume or find_personal_data(resume):
            resume = " ".join(rng.sample(sentences, 2))[:390].rsplit(" ", 1)[0] + "."
        front = {
            "id": sheet_id(index),
            "titre": title,
            "resume": resume,
            "type_fiche": rng.choice(["pratique", "methode", "outil", "retour_experience"]),
            "publics": rng.sample(vocab["publics"], rng.randint(1, 3)),
            "secteurs": rng.sample(vocab["secteurs"], rng.randint(1, 2)),
            "modes_intervention": rng.sample(vocab["modes_intervention"], rng.randint(1, 2)),
            "concepts": rng.sample(vocab["concepts"], rng.randint(3, 6)),
            "themes": rng.sample(vocab["themes"], rng.randint(1, 3)),
            "valeurs": rng.sample(vocab["valeurs"], rng.randint(0, 2)),
            "etablissements": rng.sample(vocab["etablissements"], rng.randint(0, 2)),
            "competences": rng.sample(vocab["competences"], rng.randint(0, 2)),
            "savoirs": ["professionnel"],
            "niveau": rng.choice(["micro", "meso", "macro"]),
            "point_de_vue": "professionnel",
            "niveau_preuve": rng.choice(["experientielle", "documentee", "evaluee", "recommandee"]),
            "statut": "en_relecture",
            "auteurs": [{"nom": "Collectif Relier", "role": "Corpus synthétique de test"}],
            "date_creation": f"20{rng.randint(18, 26):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "licence": "CC-BY-SA-4.0",
            "sources": [{"titre": rng.choice(sources)}],
            "relations": _relations(rng, index, n),
            "paroles": {"nature": "composite"},
        }
        if front["niveau_preuve"] in ("evaluee", "recommandee"):
            front["preuve"] = {"appui": rng.choice(sources)}
            if front["niveau_preuve"] == "evaluee":
                front["preuve"]["effet"] = rng.choice(["positif", "mitige", "sans_effet_demontre"])
        body = []
        for section in SECTIONS:
            count = rng.randint(3, 6)
            paragraph = ""
            # two sentences side by side may read as a first name and a surname (« … Lucie. Martin … »)
            while not paragraph or find_personal_data(paragraph):
                paragraph = " ".join(rng.sample(sentences, count))
            body.append(f"## {section}\n\n" + paragraph)
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n" + \
            "\n\n".join(body) + "\n"
        (folder / f"{front['id']}.md").write_text(text, encoding="utf-8")
    _module(out, rng, n)


def _module(out: Path, rng: random.Random, n: int) -> None:
    """One training module of a day over six sheets (a base of any size has a few)."""
    sheets = [sheet_id(i) for i in sorted(rng.sample(range(n), min(n, 6)))]
    plan = [("Ouverture et attentes", 30, "apport", []), ("Apports", 90, "apport", sheets[:2]),
            ("Pause", 15, "pause", []), ("Étude de cas", 75, "etude_de_cas", sheets[2:4]),
            ("Mise en situation", 120, "exercice", sheets[4:]), ("Évaluation", 90, "evaluation", [])]
    sequences = []
    for title, minutes, category, ids in plan:
        sequence: dict = {"titre": title, "duree_min": minutes, "categorie": category}
        if ids:
            sequence["fiches"] = ids
        if category != "pause":
            sequence["consignes"] = "Travail en petits groupes, puis mise en commun."
            sequence["notes_formateur"] = "Veiller à ce que chacun puisse s'exprimer."
        if title == "Étude de cas":
            sequence["debut"] = "13:30"
        sequences.append(sequence)
    module = {
        "id": "module-synthetique", "titre": "Module de formation synthétique",
        "resume": "Un module d'une journée construit sur six fiches du corpus synthétique.",
        "public_cible": ["Travailleurs sociaux"], "prerequis": ["Aucun"],
        "objectifs": ["Situer les pratiques étudiées", "Conduire une mise en situation"],
        "competences_visees": ["socle_dc3"], "duree_totale": "7 h",
        "modalites_acces": "Sur inscription.", "delais_acces": "Deux semaines.", "tarif": "Sur devis.",
        "contact": "Le service formation.", "methodes": ["Apports", "Études de cas"],
        "modalites_evaluation": ["Quiz de fin de module"],
        "accessibilite_handicap": "Un référent handicap étudie les adaptations utiles.",
        "auteurs": [{"nom": "Collectif Relier"}], "licence": "CC-BY-SA-4.0", "sequences": sequences,
    }
    (out / "modules" / "module-synthetique.yml").write_text(
        yaml.safe_dump(module, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def _relations(rng: random.Random, index: int, n: int) -> list[dict[str, str]]:
    if n < 2:
        return []
    relations, targets = [], set()
    for _ in range(rng.randint(1, 4)):
        target = rng.randrange(n)
        if target == index or target in targets:
            continue
        targets.add(target)
        kind = rng.choice(RELATION_TYPES)
        relation = {"type": kind, "cible": sheet_id(target)}
        if kind == "tension":
            relation["note"] = "Deux logiques opposées et nécessaires : protéger et laisser décider."
        if kind == "retroagit_sur":
            relation["signe"] = rng.choice(["+", "-"])
        relations.append(relation)
    return relations


def main() -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic Relier knowledge base.")
    parser.add_argument("--n", type=int, required=True, help="number of sheets")
    parser.add_argument("--out", type=Path, required=True, help="output directory (replaced)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.n < 1:
        parser.error("--n must be at least 1")
    generate(args.n, args.out, args.seed)
    print(f"{args.n} fiches écrites dans {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
