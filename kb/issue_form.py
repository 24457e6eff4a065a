"""The issue form « Proposer une pratique », for practitioners who will not use git: its fields
mirror a sheet's front matter and sections, and its choices come from the vocabularies.

Regenerate it after a vocabulary changes (a test fails until then):
    python -m kb.issue_form > .github/ISSUE_TEMPLATE/proposer-une-pratique.yml
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from .model import SECTIONS, Vocabulary
from .text import slugify
from .vocabularies import load_vocabularies

FORM_PATH = Path(".github") / "ISSUE_TEMPLATE" / "proposer-une-pratique.yml"

# (front-matter key, vocabulary, question, required, several answers) — the short vocabularies
# become dropdowns; concepts (a hundred terms) are asked in words
CHOICES = (
    ("type_fiche", "types_fiche", "Quel type de fiche ?", False, False),
    ("publics", "publics", "Quels publics ?", True, True),
    ("secteurs", "secteurs", "Quels secteurs ?", True, True),
    ("modes_intervention", "modes_intervention", "Quels modes d'intervention ?", True, True),
    ("themes", "themes", "Quels thèmes ?", False, True),
    ("valeurs", "valeurs", "Quelles valeurs la pratique incarne-t-elle ?", False, True),
    ("niveau_preuve", "niveaux_preuve", "Sur quoi repose la pratique ?", True, False),
)
SECTION_HELP = {
    "Contexte": "Dans quelle situation, avec quel public, dans quel cadre la pratique est-elle née ou utilisée ?",
    "Objectifs": "Ce que la pratique cherche à produire, pour les personnes et pour l'équipe.",
    "Déroulement": "Les étapes, dans l'ordre, avec ce que fait le professionnel à chacune.",
    "Conditions de réussite": "Ce qu'il faut (temps, formation, partenaires, posture) pour que cela marche.",
    "Points de vigilance": "Les risques, les limites, les dérives possibles, les questions éthiques.",
    "Évaluation": "Comment savoir si la pratique atteint ses objectifs.",
    "Paroles de praticiens": ("Des propos généraux, sans nommer personne. Dites s'il s'agit de citations réelles, "
                              "recueillies avec l'accord des personnes, ou de propos que vous avez reconstitués pour illustrer."),
    "Ressources": ("Outils, supports, formations utiles. Si vous utilisez une grille, une trame ou un guide "
                   "d'entretien que vous pouvez partager (sans aucune donnée sur une personne), décrivez-le : "
                   "l'équipe pourra le publier en annexe de la fiche."),
}


def _option(vocabulary: Vocabulary, term_id: str) -> str:
    return f"{vocabulary.label_of(term_id)} ({term_id})"


def issue_form(vocabularies: dict[str, Vocabulary]) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "markdown", "attributes": {"value": (
            "Merci de partager votre pratique ! Remplissez ce formulaire : une personne de l'équipe Relier "
            "en fera une fiche et vous demandera votre accord avant publication.\n\n"
            "**Attention : ce formulaire est public dès son envoi.** N'écrivez aucune donnée sur les personnes "
            "accompagnées (nom, prénom, initiales, date de naissance, adresse, téléphone, courriel, numéro de "
            "dossier…) ni de détail qui permette de reconnaître quelqu'un. Décrivez les situations en termes "
            "généraux.")}},
        {"type": "input", "id": "titre", "attributes": {"label": "Titre de la pratique",
                                                        "placeholder": "par exemple : La visite à domicile en binôme"},
         "validations": {"required": True}},
        {"type": "textarea", "id": "resume", "attributes": {
            "label": "Résumé", "description": "Une ou deux phrases : ce qu'est la pratique et à quoi elle sert."},
         "validations": {"required": True}},
    ]
    for key, name, question, required, multiple in CHOICES:
        vocabulary = vocabularies.get(name)
        if vocabulary is None:
            continue
        body.append({"type": "dropdown", "id": key, "attributes": {
            "label": question, "multiple": multiple,
            "description": vocabulary.description,
            "options": [_option(vocabulary, term_id) for term_id in vocabulary.terms]},
            "validations": {"required": required}})
    body.append({"type": "textarea", "id": "concepts", "attributes": {
        "label": "Concepts mobilisés",
        "description": "Quelques notions qui éclairent la pratique (par exemple : alliance de travail, "
                       "pouvoir d'agir, bientraitance). La liste complète est sur la page « Contribuer » du site."},
        "validations": {"required": False}})
    for title, required in SECTIONS:
        body.append({"type": "textarea", "id": "section-" + slugify(title),
                     "attributes": {"label": title, "description": SECTION_HELP[title]},
                     "validations": {"required": required}})
    body += [
        {"type": "textarea", "id": "sources", "attributes": {
            "label": "Sources", "description": "Ouvrages, recommandations (HAS, ANESM), textes de loi, articles : "
                                               "titre, auteur, année. Seulement des références réelles et vérifiables."},
         "validations": {"required": True}},
        {"type": "textarea", "id": "relations", "attributes": {
            "label": "Pratiques proches", "description": "Des fiches de Relier que cette pratique complète, "
                                                         "prolonge, ou avec lesquelles elle est en tension (et pourquoi)."},
         "validations": {"required": False}},
        {"type": "input", "id": "auteurs", "attributes": {
            "label": "Qui crédite-t-on ?", "description": "Le nom (ou le nom collectif de l'équipe), la fonction et "
                                                          "la structure, tels qu'ils doivent apparaître sur la fiche."},
         "validations": {"required": True}},
        {"type": "checkboxes", "id": "engagements", "attributes": {"label": "Avant d'envoyer", "options": [
            {"label": "Je n'ai écrit aucune donnée permettant de reconnaître une personne accompagnée.",
             "required": True},
            {"label": "Les personnes créditées sont d'accord pour être nommées.", "required": True},
            {"label": "J'accepte que la fiche soit publiée sous licence CC BY-SA 4.0.", "required": True},
        ]}},
    ]
    return {"name": "Proposer une pratique",
            "description": "Décrire une pratique professionnelle sans utiliser git : l'équipe en fera une fiche.",
            "title": "[Pratique] ", "labels": ["proposition de fiche"], "body": body}


def render(root: Path) -> str:
    vocabularies, _ = load_vocabularies(root)
    header = ("# Généré depuis schemas/vocabulaires/ par « python -m kb.issue_form » : "
              "ne pas modifier à la main.\n")
    return header + yaml.safe_dump(issue_form(vocabularies), allow_unicode=True, sort_keys=False, width=100)


if __name__ == "__main__":
    sys.stdout.write(render(Path.cwd()))
