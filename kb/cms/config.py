"""The web editor's configuration (Decap CMS, /admin/config.yml), generated from the JSON Schemas
and the vocabularies so that it never drifts from them: every key of both schemas becomes a field
(recursively), every vocabulary a select with its French labels, `required` and the sizes follow
the schema, the body starts from the template's sections, a relation's target is chosen among the
existing sheets, and no field can carry an exception marker (`relier-autoriser`).

Regenerate the committed copy after a schema or a vocabulary changes (a test fails until then):
    python -m kb.cms > kb/cms/admin/config.yml
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..model import RELATION_VOCABULARY, TERM_FIELDS, TERM_LIST_FIELDS, Vocabulary
from ..checks.modules import MODULE_TERMS, SEQUENCE_TERMS
from .backends import backend_config
from .labels import ENUM_LABELS, FIELD_LABELS

PRACTICE_SCHEMA = Path("schemas") / "practice.schema.json"
MODULE_SCHEMA = Path("schemas") / "module.schema.json"
SHEETS_COLLECTION = "fiches"
MODULES_COLLECTION = "modules"
# a marker lets a maintainer keep a flagged line on purpose: never typed in the editor
NO_MARKER = ("^(?![\\s\\S]*relier-autoriser)[\\s\\S]*$",
             "« relier-autoriser » est réservé à l'équipe de relecture : retirez-le")
BODY_HINT = ("Gardez les titres « ## » des sections, dans cet ordre ; remplacez chaque « À compléter » par "
             "votre texte. Aucune donnée sur les personnes accompagnées.")


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """`node` with its `$ref` (to `#/$defs/…`) merged in; the node's own keys win."""
    ref = node.get("$ref")
    if not ref:
        return node
    target = defs[ref.rsplit("/", 1)[-1]]
    return {**_resolve(target, defs), **{k: v for k, v in node.items() if k != "$ref"}}


def _label(key: str, path: tuple[str, ...] = ()) -> str:
    """A key's label; a nested key may have its own (« annexes.nature » is not « paroles.nature »)."""
    return FIELD_LABELS.get(".".join(path)) or FIELD_LABELS.get(key) or key.replace("_", " ").capitalize()


def _options(vocabulary: Vocabulary) -> list[dict[str, str]]:
    return [{"label": term.label, "value": term_id} for term_id, term in vocabulary.terms.items()]


def _enum_options(values: list[Any]) -> list[dict[str, str]]:
    return [{"label": ENUM_LABELS.get(str(v), str(v)), "value": str(v)} for v in values]


class _Builder:
    def __init__(self, defs: dict[str, Any], vocabularies: dict[str, Vocabulary],
                 term_fields: dict[str, str]) -> None:
        self.defs = defs
        self.vocabularies = vocabularies
        self.term_fields = term_fields  # key -> vocabulary name

    def fields(self, schema: dict[str, Any], path: tuple[str, ...] = (), optional: bool = False) -> list[dict[str, Any]]:
        """`optional`: the fields of an object that may be left out as a whole (Decap would otherwise
        demand its required keys even when the person leaves the object empty)."""
        required = set() if optional else set(schema.get("required", ()))
        return [self.field(key, _resolve(node, self.defs), key in required, path + (key,))
                for key, node in schema.get("properties", {}).items()]

    def field(self, key: str, node: dict[str, Any], required: bool, path: tuple[str, ...]) -> dict[str, Any]:
        field: dict[str, Any] = {"name": key, "label": _label(key, path), "required": required}
        field.update(self.widget(key, node, path, required))
        if node.get("description") and field["widget"] not in ("select", "relation"):
            field["hint"] = node["description"]  # a select's hint lists the ids: the labels say it better
        return field

    def widget(self, key: str, node: dict[str, Any], path: tuple[str, ...], required: bool = True) -> dict[str, Any]:
        kind = node.get("type")
        vocabulary = self.vocabularies.get(self.term_fields.get(".".join(path), ""))
        if kind == "array":
            items = _resolve(node.get("items", {}), self.defs)
            sizes = {k: node[k] for k in ("minItems", "maxItems") if node.get(k)}
            bounds = {"min": sizes["minItems"]} if "minItems" in sizes else {}
            if "maxItems" in sizes:
                bounds["max"] = sizes["maxItems"]
            if vocabulary is not None:
                return {"widget": "select", "multiple": True, "options": _options(vocabulary), **bounds}
            if path[-1] == "fiches":  # a module's sheets: chosen among the existing ones
                return {"widget": "relation", "collection": SHEETS_COLLECTION, "multiple": True,
                        "value_field": "id", "search_fields": ["titre", "id"], "display_fields": ["titre"],
                        **bounds}
            if items.get("type") == "object":
                return {"widget": "list", "fields": self.fields(items, path), **bounds}
            return {"widget": "list", "field": {"name": key, "label": _label(key),
                                                **self.widget(key, items, path)}, **bounds}
        if kind == "object":
            return {"widget": "object", "collapsed": not required, "fields": self.fields(node, path, not required)}
        if vocabulary is not None:
            return {"widget": "select", "options": _options(vocabulary)}
        if path[-2:] == ("relations", "type"):
            return {"widget": "select", "options": _options(self.vocabularies[RELATION_VOCABULARY])}
        if path[-2:] == ("relations", "cible"):
            return {"widget": "relation", "collection": SHEETS_COLLECTION, "value_field": "id",
                    "search_fields": ["titre", "id"], "display_fields": ["titre"]}
        if "enum" in node:
            return {"widget": "select", "options": _enum_options(node["enum"])}
        if kind == "integer" or kind == "number":
            widget: dict[str, Any] = {"widget": "number", "value_type": "int" if kind == "integer" else "float"}
            for source, target in (("minimum", "min"), ("maximum", "max")):
                if source in node:
                    widget[target] = node[source]
            return widget
        if kind == "boolean":
            return {"widget": "boolean"}  # no default: a list of objects with a default gets an item at once
        if node.get("format") == "date":
            return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "DD/MM/YYYY",
                    "time_format": False, "picker_utc": True}
        return self.text(key, node)

    def text(self, key: str, node: dict[str, Any]) -> dict[str, Any]:
        long = node.get("maxLength", 0) > 300
        widget: dict[str, Any] = {"widget": "text" if long else "string"}
        pattern = node.get("pattern")
        low, high = node.get("minLength"), node.get("maxLength")
        if pattern:
            widget["pattern"] = [pattern, f"format attendu : {_pattern_hint(pattern)}"]
        elif low or high:
            size = f"{{{low or 0},{high or ''}}}"
            widget["pattern"] = [f"^(?![\\s\\S]*relier-autoriser)[\\s\\S]{size}$",
                                 _size_message(low, high) + " ; « relier-autoriser » est réservé à l'équipe"]
        else:
            widget["pattern"] = list(NO_MARKER)
        return widget


def _size_message(low: int | None, high: int | None) -> str:
    if low and high:
        return f"entre {low} et {high} caractères"
    if high:
        return f"{high} caractères au plus"
    return f"{low} caractères au moins"


_PATTERN_HINTS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "minuscules sans accents, chiffres et tirets (par exemple visite-a-domicile)",
    "^[a-z0-9]+(_[a-z0-9]+)*$": "minuscules sans accents, chiffres et soulignés",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "AAAA-MM-JJ",
    "^annexes/[a-z0-9]+(-[a-z0-9]+)*\\.md$": "annexes/ puis un nom en minuscules, chiffres et tirets, terminé par .md "
                                           "(par exemple annexes/grille-vad.md)",
}


def _pattern_hint(pattern: str) -> str:
    return _PATTERN_HINTS.get(pattern, pattern)


def body_template(template: str) -> str:
    """The template's body: its sections, each with its « À compléter » hint (which `kb check`
    refuses until it is replaced), without the opening HTML comment."""
    body = template.split("\n---\n", 1)[1] if template.startswith("---") else template
    return re.sub(r"<!--.*?-->\s*", "", body, flags=re.S).strip() + "\n"


def sheet_collection(schema: dict[str, Any], vocabularies: dict[str, Vocabulary], template: str) -> dict[str, Any]:
    term_fields = {**TERM_LIST_FIELDS, **TERM_FIELDS}
    fields = _Builder(schema.get("$defs", {}), vocabularies, term_fields).fields(schema)
    for field in fields:
        if field["name"] == "statut":
            field["default"] = "brouillon"  # a proposal is a draft until someone else reviews it
        elif field["name"] == "licence":
            field["default"] = "CC-BY-SA-4.0"
        elif field["name"] == "date_creation":
            field["default"] = "{{now}}"
    fields.append({"name": "body", "label": "Texte de la fiche", "widget": "markdown", "modes": ["rich_text", "raw"],
                   "required": True, "default": body_template(template), "hint": BODY_HINT,
                   "pattern": list(NO_MARKER)})
    return {"name": SHEETS_COLLECTION, "label": "Fiches pratiques", "label_singular": "fiche pratique",
            "description": "Chaque fiche décrit une pratique. Elle sera relue avant publication.",
            "folder": "practices", "extension": "md", "format": "frontmatter", "create": True,
            "identifier_field": "titre", "slug": "{{fields.id}}", "summary": "{{titre}}",
            "sortable_fields": ["titre", "date_creation"], "fields": fields}


def module_collection(schema: dict[str, Any], vocabularies: dict[str, Vocabulary]) -> dict[str, Any]:
    term_fields = {**MODULE_TERMS, **{f"sequences.{k}": v for k, v in SEQUENCE_TERMS.items()}}
    fields = _Builder(schema.get("$defs", {}), vocabularies, term_fields).fields(schema)
    return {"name": MODULES_COLLECTION, "label": "Modules de formation", "label_singular": "module de formation",
            "folder": "modules", "extension": "yml", "format": "yml", "create": True,
            "identifier_field": "titre", "slug": "{{fields.id}}", "summary": "{{titre}}", "fields": fields}


def cms_config(root: Path, vocabularies: dict[str, Vocabulary], template: str,
               relier: dict[str, Any] | None = None) -> dict[str, Any]:
    practice = json.loads((root / PRACTICE_SCHEMA).read_text(encoding="utf-8"))
    module = json.loads((root / MODULE_SCHEMA).read_text(encoding="utf-8"))
    return {"locale": "fr", **backend_config(relier or {}),
            "media_folder": "docs/assets/contributions", "public_folder": "/assets/contributions",
            "editor": {"preview": True},
            "collections": [sheet_collection(practice, vocabularies, template),
                            module_collection(module, vocabularies)]}
