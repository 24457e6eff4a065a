"""Check the front matter against schemas/practice.schema.json (JSON Schema 2020-12)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

from ..diagnostics import Diagnostic, error
from ..errors import KbError
from ..fileio import Unreadable, read_limited
from ..model import SourceInfo
from ..text import did_you_mean

SCHEMA_PATH = Path("schemas") / "practice.schema.json"
DATE_KEYS = ("date_creation", "date_maj", "date_verification_juridique", "revoir_avant", "date")

_TYPE_NAMES = {
    "string": "un texte", "array": "une liste", "object": "un groupe de clés",
    "integer": "un nombre entier", "number": "un nombre", "boolean": "vrai ou faux", "null": "vide",
}
_EXAMPLES = {
    ("array", "string"): " (par exemple « [terme1, terme2] », ou une ligne « - terme » par élément)",
    ("string", "integer"): " : mettez la valeur entre guillemets",
    ("string", "number"): " : mettez la valeur entre guillemets",
    ("string", "boolean"): " : mettez la valeur entre guillemets (oui, non, true, false sont lus comme vrai ou faux)",
    ("string", "array"): " : écrivez le texte sur la même ligne que la clé, entre guillemets",
    ("integer", "string"): " : écrivez un nombre sans guillemets ni unité, par exemple 12",
}


def _is_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
        return True
    except ValueError:
        return False


@dataclass(frozen=True)
class SchemaValidator:
    """A compiled validator that answers « valid » fast (fastjsonschema), and jsonschema's full
    list of errors, translated into French, for the sheets that are not. jsonschema is loaded only
    then: a clean `kb check FILE` does not pay for it (the schemas' own validity is a test)."""

    schema: dict[str, Any]
    is_valid: Callable[[Any], Any]

    @cached_property
    def detailed(self) -> Draft202012Validator:
        from jsonschema import Draft202012Validator, FormatChecker

        return Draft202012Validator(self.schema, format_checker=FormatChecker())


@lru_cache(maxsize=8)
def validator_for(schema_path: Path) -> SchemaValidator:
    schema = read_schema(schema_path)
    return SchemaValidator(schema, fastjsonschema.compile(inline_refs(schema), formats={"date": _is_date}))


MAX_SCHEMA_BYTES = 2 * 1024 * 1024
MAX_SCHEMA_DEPTH = 64  # ours need 10; fastjsonschema and jsonschema recurse once (or more) per level


def read_schema(path: Path) -> dict[str, Any]:
    """A JSON Schema file, bounded in size and nesting; a KbError naming the file and the line."""
    name = "/".join(path.parts[-2:]) if path.parent.name == "schemas" else path.as_posix()
    try:
        raw, _ = read_limited(path, MAX_SCHEMA_BYTES)
        schema = json.loads(raw.decode("utf-8"))
    except Unreadable as exc:
        raise KbError(f"{name}:1:1 : le schéma {exc.reason}"
                      + (f" (plus de {MAX_SCHEMA_BYTES // 1024 // 1024} Mo)" if exc.code == "taille" else "")) from exc
    except UnicodeDecodeError as exc:
        raise KbError(f"{name}:1:1 : le schéma n'est pas en UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise KbError(f"{name}:{exc.lineno}:{exc.colno} : le schéma n'est pas du JSON valide ({exc.msg})") from exc
    except RecursionError as exc:
        raise KbError(f"{name}:1:1 : le schéma imbrique trop de niveaux (plus de {MAX_SCHEMA_DEPTH})") from exc
    if not isinstance(schema, dict):
        raise KbError(f"{name}:1:1 : le schéma doit être un objet JSON « {{ … }} »")
    if _depth(schema) > MAX_SCHEMA_DEPTH:
        raise KbError(f"{name}:1:1 : le schéma imbrique trop de niveaux (plus de {MAX_SCHEMA_DEPTH})")
    return schema


def _depth(value: Any) -> int:
    deepest, level = 0, [(value, 1)]
    while level:
        node, depth = level.pop()
        deepest = max(deepest, depth)
        if isinstance(node, dict):
            level.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            level.extend((child, depth + 1) for child in node)
    return deepest


_ANNOTATIONS = {"description", "title", "examples", "default", "$comment"}


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with its local `$ref`s (« #/$defs/… ») replaced by what they point to.
    fastjsonschema turns each `$ref` into a call that formats the item's name first, valid or not:
    inlined, the 20-odd vocabulary lists of a sheet validate about four times faster. A recursive
    `$ref` is left as it is."""
    defs = schema.get("$defs", {})

    def inline(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs and ref not in seen:
            target = inline(defs[ref[8:]], (*seen, ref))
            rest = {key: inline(value, seen) for key, value in node.items() if key != "$ref"}
            if set(rest) <= _ANNOTATIONS:
                return target
            return {"allOf": [target, rest]}
        return {key: inline(value, seen) for key, value in node.items() if key != "$defs" or not seen}

    return inline(schema, ())


_FORMATS = {"uri": "une adresse complète commençant par https://", "email": "une adresse électronique",
            "date": "une date AAAA-MM-JJ, par exemple 2024-03-15", "uri-reference": "une adresse"}


def check_schema(source: SourceInfo, validator: SchemaValidator, model: str = "modèle de fiche") -> Iterator[Diagnostic]:
    """`model` names what the keys belong to in messages (« modèle de fiche », « modèle de module »)."""
    try:
        validator.is_valid(source.front_matter)
        return
    except fastjsonschema.JsonSchemaException:
        pass
    for exc in validator.detailed.iter_errors(source.front_matter):
        yield from _translate(source, exc, model)


def _name(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    for json_type, python in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                              ("array", list), ("object", dict)):
        if isinstance(value, python):
            return json_type
    return type(value).__name__


def _describe(value: Any) -> str:
    return _TYPE_NAMES.get(_json_type(value), _json_type(value))


def _translate(source: SourceInfo, exc: ValidationError, model: str) -> Iterator[Diagnostic]:
    rel = source.rel_path
    path = tuple(exc.absolute_path)
    where = source.position(path)
    name = _name(path)
    prefix = f"{name}: " if name else ""
    kind = exc.validator
    if kind == "required":
        missing = [k for k in exc.validator_value if k not in exc.instance]
        for key in missing:
            position = source.position(path, key=True) if path else (1, 1)
            yield error(rel, position, "cle-manquante",
                        f"{prefix}la clé obligatoire « {key} » manque : ajoutez une ligne « {key}: … » "
                        f"(voir le {model})")
    elif kind == "additionalProperties":
        allowed = exc.schema.get("properties", {})
        for key in [k for k in exc.instance if k not in allowed]:
            position = source.position((*path, key), key=True)
            full = _name((*path, key))
            hint = did_you_mean(str(key), list(allowed), cutoff=0.6) or f" — clés possibles : {', '.join(allowed)}"
            yield error(rel, position, "cle-inconnue", f"la clé « {full} » n'existe pas dans le {model}{hint}")
    elif kind == "type":
        expected = exc.validator_value if isinstance(exc.validator_value, str) else exc.validator_value[0]
        if path and path[-1] in DATE_KEYS:
            yield error(rel, where, "date", f"{prefix}la date doit s'écrire AAAA-MM-JJ, par exemple 2024-03-15")
            return
        yield error(rel, where, "type",
                    f"{prefix}on attend {_TYPE_NAMES.get(expected, expected)}, pas {_describe(exc.instance)}"
                    f"{_EXAMPLES.get((expected, _json_type(exc.instance)), '')}")
    elif kind in ("format", "pattern") and path and path[-1] in DATE_KEYS:
        yield error(rel, where, "date",
                    f"{prefix}« {exc.instance} » n'est pas une date valide : écrivez AAAA-MM-JJ, par exemple 2024-03-15")
    elif kind == "pattern":
        if path and path[0] in ("duree_totale", "duree_formation"):
            advice = "une durée comme « 14 h » ou « 10 h 30 »"
        elif path and path[-1] in ("horaire_debut", "debut"):
            advice = "une heure comme « 09:00 » ou « 13:30 »"
        elif path and path[0] == "id" or (len(path) >= 3 and (path[-1] == "cible" or path[-2] == "fiches")):
            advice = "minuscules sans accents, chiffres et tirets, par exemple « visite-a-domicile »"
        elif path and path[-1] == "url":
            advice = "une adresse complète commençant par https://"
        elif len(path) >= 3 and path[0] == "annexes" and path[-1] == "fichier":
            advice = "un fichier du dossier annexes/, en minuscules sans accents, mots reliés par « - », par exemple « annexes/genogramme-legende.md »"
        elif path and path[0] == "licence":
            advice = "un identifiant SPDX, par exemple « CC-BY-SA-4.0 »"
        else:
            advice = "l'identifiant d'un terme : minuscules sans accents, mots reliés par « _ », par exemple « aller_vers »"
        yield error(rel, where, "valeur", f"{prefix}« {exc.instance} » n'a pas la bonne forme : {advice}")
    elif kind == "maxLength":
        yield error(rel, where, "valeur",
                    f"{prefix}le texte fait {len(exc.instance)} caractères, {exc.validator_value} au plus : raccourcissez-le")
    elif kind == "minLength":
        yield error(rel, where, "valeur",
                    f"{prefix}le texte est trop court ({len(exc.instance)} caractères, {exc.validator_value} au moins)")
    elif kind == "minItems":
        yield error(rel, where, "valeur",
                    f"{prefix}la liste est vide : indiquez au moins {exc.validator_value} terme")
    elif kind == "uniqueItems":
        yield error(rel, where, "valeur", f"{prefix}la liste contient deux fois le même terme")
    elif kind in ("minimum", "exclusiveMinimum"):
        yield error(rel, where, "valeur", f"{prefix}la valeur {exc.instance} est trop petite : "
                                          f"{exc.validator_value} au moins{'' if kind == 'minimum' else ' (non compris)'}")
    elif kind in ("maximum", "exclusiveMaximum"):
        yield error(rel, where, "valeur", f"{prefix}la valeur {exc.instance} est trop grande : "
                                          f"{exc.validator_value} au plus{'' if kind == 'maximum' else ' (non compris)'}")
    elif kind == "maxItems":
        yield error(rel, where, "valeur", f"{prefix}la liste a {len(exc.instance)} éléments, "
                                          f"{exc.validator_value} au plus : gardez les plus importants")
    elif kind == "const":
        yield error(rel, where, "valeur", f"{prefix}seule la valeur « {exc.validator_value} » est permise ici")
    elif kind == "format":
        wanted = _FORMATS.get(exc.validator_value, f"le format « {exc.validator_value} »")
        yield error(rel, where, "valeur", f"{prefix}« {exc.instance} » n'a pas la bonne forme : on attend {wanted}")
    elif kind == "enum":
        choices = ", ".join(f"« {c} »" for c in exc.validator_value)
        extra = " (entre guillemets)" if path and path[-1] == "signe" else ""
        yield error(rel, where, "valeur", f"{prefix}« {exc.instance} » n'est pas permis : choisissez {choices}{extra}")
    else:  # anyOf, oneOf, not, if/then…: say what the schema says of the key, never jsonschema's English
        about = exc.schema.get("description") if isinstance(exc.schema, dict) else None
        yield error(rel, where, "valeur",
                    f"{prefix}cette valeur n'est pas permise par le {model}"
                    + (f" ({about})" if about else " : comparez-la au modèle et à la documentation de la clé"))
