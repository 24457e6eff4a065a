"""Render the generated Markdown pages (pure functions of the Corpus)."""

from __future__ import annotations

from ..model import TERM_FIELDS, TERM_LIST_FIELDS, Corpus, Sheet

_FIELD_LABELS = {
    "publics": "Publics", "secteurs": "Secteurs", "modes_intervention": "Modes d'intervention",
    "themes": "Thèmes", "valeurs": "Valeurs", "etablissements": "Établissements",
    "competences": "Compétences", "savoirs": "Savoirs", "niveau_preuve": "Niveau de preuve",
    "statut": "Statut", "type_fiche": "Type de fiche", "niveau": "Niveau", "point_de_vue": "Point de vue",
}


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def term_labels(corpus: Corpus, sheet: Sheet, field_name: str) -> list[str]:
    vocabulary_name = TERM_LIST_FIELDS.get(field_name) or TERM_FIELDS[field_name]
    vocabulary = corpus.vocabularies.get(vocabulary_name)
    return [vocabulary.label_of(t) if vocabulary else t for t in sheet.terms.get(field_name, ())]


def sheet_page(corpus: Corpus, sheet: Sheet) -> str:
    lines = ["---", f"title: {_yaml_string(sheet.title)}", f"description: {_yaml_string(sheet.summary)}",
             "---", "", f"# {_escape(sheet.title)}", "", f"> {_escape(sheet.summary)}", ""]
    lines += ["| | |", "|---|---|"]
    for field_name, label in _FIELD_LABELS.items():
        labels = term_labels(corpus, sheet, field_name)
        if labels:
            lines.append(f"| {label} | {', '.join(_escape(v) for v in labels)} |")
    lines += ["", sheet.body.strip(), ""]
    concepts = term_labels(corpus, sheet, "concepts")
    if concepts:
        lines += ["## Concepts mobilisés", "", ", ".join(concepts), ""]
    by_id = corpus.by_id()
    if sheet.relations:
        relation_vocabulary = corpus.vocabularies.get("relations")
        lines += ["## Fiches reliées", ""]
        for relation in sheet.relations:
            target = by_id.get(relation.target)
            kind = relation_vocabulary.label_of(relation.type) if relation_vocabulary else relation.type
            link = f"[{_escape(target.title)}](../{target.id}/index.md)" if target else relation.target
            note = f" — {_escape(relation.note)}" if relation.note else ""
            lines.append(f"- **{kind}** : {link}{note}")
        lines.append("")
    authors = ", ".join(a.name + (f" ({a.role})" if a.role else "") for a in sheet.authors)
    lines += ["---", "", f"Auteurs : {_escape(authors)} · Licence : {sheet.licence}"
              + (f" · Créée le {sheet.created.isoformat()}" if sheet.created else ""), ""]
    return "\n".join(lines)


def sheets_index_page(corpus: Corpus) -> str:
    lines = ["# Toutes les fiches", "", f"{len(corpus.sheets)} fiches pratiques.", ""]
    for sheet in sorted(corpus.sheets, key=lambda s: s.title.casefold()):
        lines.append(f"- [{_escape(sheet.title)}]({sheet.id}/index.md) — {_escape(sheet.summary)}")
    return "\n".join(lines) + "\n"


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
