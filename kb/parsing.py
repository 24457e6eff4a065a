"""Split a sheet into front matter and body, parse the YAML, keep every key's line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import frontmatter
import yaml

from .diagnostics import Diagnostic, error
from .model import KeyPath, Position

try:  # libyaml's C loader where present, the pure-Python one otherwise
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# The same boundary python-frontmatter uses, so files parse identically in other tools.
FM_BOUNDARY: re.Pattern[str] = frontmatter.YAMLHandler.FM_BOUNDARY
MAX_FILE_BYTES = 256 * 1024
MAX_FRONT_MATTER_CHARS = 32 * 1024


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as text, so the schema can say when one is invalid."""


def _keep_scalar(loader: yaml.BaseLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _keep_scalar)


@dataclass
class ParsedText:
    front_matter: dict[str, Any] | None
    key_positions: dict[KeyPath, Position] = field(default_factory=dict)
    value_positions: dict[KeyPath, Position] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    diagnostics: list[Diagnostic] = field(default_factory=list)


def decode(raw: bytes, rel_path: str) -> tuple[str | None, list[Diagnostic]]:
    """Bytes -> text with '\\n' line ends and no BOM, or a diagnostic."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [error(rel_path, (1, 1), "taille",
                            f"le fichier fait {len(raw) // 1024} Ko, plus que les "
                            f"{MAX_FILE_BYTES // 1024} Ko autorisés : découpez la fiche en plusieurs fiches reliées")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [error(rel_path, (line, column), "encodage",
                            "le fichier n'est pas en UTF-8 : enregistrez-le en « UTF-8 » "
                            "depuis votre éditeur (menu Enregistrer sous… > Encodage)")]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, [error(rel_path, (1, 1), "fichier-vide",
                            "le fichier est vide : partez du modèle avec « kb new \"Titre\" »")]
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return None, [error(rel_path, (line, 1), "encodage",
                            "le fichier contient un caractère nul : ce n'est pas un fichier texte")]
    return text, []


def parse_sheet_text(text: str, rel_path: str) -> ParsedText:
    """Parse a decoded sheet. Never raises on bad content: problems become diagnostics."""
    opening = FM_BOUNDARY.match(text)
    if opening is None or not text.startswith("---"):
        return ParsedText(None, diagnostics=[error(
            rel_path, (1, 1), "entete-absente",
            "la fiche doit commencer par un en-tête YAML : une ligne « --- », les clés "
            "(id, titre, resume…), puis une ligne « --- » ; partez du modèle avec « kb new »")])
    closing = FM_BOUNDARY.search(text, opening.end())
    if closing is None:
        return ParsedText(None, diagnostics=[error(
            rel_path, (1, 1), "entete-non-terminee",
            "l'en-tête ouvert par « --- » à la ligne 1 n'est jamais refermé : "
            "ajoutez une ligne « --- » après la dernière clé")])
    fm_text = text[opening.end():closing.start()]
    fm_line = 1 + text.count("\n", 0, opening.end())
    body_line = 1 + text.count("\n", 0, closing.end())
    body = text[closing.end():]
    if body.startswith("\n"):
        body, body_line = body[1:], body_line + 1
    if len(fm_text) > MAX_FRONT_MATTER_CHARS:
        return ParsedText(None, body=body, body_line=body_line, diagnostics=[error(
            rel_path, (fm_line, 1), "taille",
            f"l'en-tête fait {len(fm_text) // 1024} Ko, plus que les "
            f"{MAX_FRONT_MATTER_CHARS // 1024} Ko autorisés : placez les textes longs dans le corps")])
    parsed = parse_yaml(fm_text, fm_line, rel_path)
    parsed.body, parsed.body_line = body, body_line
    return parsed


def parse_yaml(fm_text: str, fm_line: int, rel_path: str) -> ParsedText:
    """Parse one YAML mapping, keeping the position of every key and value."""

    def at(mark: yaml.Mark | None) -> Position:
        if mark is None:
            return (fm_line, 1)
        return (fm_line + mark.line, mark.column + 1)

    if "&" in fm_text or "*" in fm_text:
        alias = _find_alias(fm_text)
        if alias is not None:
            return ParsedText(None, diagnostics=[error(
                rel_path, at(alias), "yaml-alias",
                "les ancres et alias YAML (« & » et « * ») ne sont pas acceptés dans une fiche : "
                "écrivez la valeur en entier, ou mettez-la entre guillemets si « & » ou « * » fait partie du texte")])
    loader = _Loader(fm_text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ParsedText(None, diagnostics=[error(
                rel_path, (fm_line, 1), "entete-type",
                "l'en-tête est vide : ajoutez les clés obligatoires (id, titre, resume…)")])
        if not isinstance(node, yaml.MappingNode):
            return ParsedText(None, diagnostics=[error(
                rel_path, at(node.start_mark), "entete-type",
                "l'en-tête doit être une suite de lignes « clé: valeur » (par exemple « titre: Ma pratique »)")])
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return ParsedText(None, diagnostics=[error(rel_path, at(mark), "yaml", _yaml_message(exc))])
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        return ParsedText(None, diagnostics=[error(
            rel_path, (fm_line, 1), "yaml", f"l'en-tête YAML est illisible ({exc.__class__.__name__})")])
    finally:
        loader.dispose()
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        return ParsedText(None, diagnostics=[error(
            rel_path, at(node.start_mark), "entete-type",
            "les clés de l'en-tête doivent être des mots (par exemple « titre »), pas des nombres ou des listes")])
    parsed = ParsedText(data)
    _record_positions(node, (), parsed, at, rel_path)
    return parsed


def _find_alias(fm_text: str) -> yaml.Mark | None:
    try:
        for event in yaml.parse(fm_text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return event.start_mark
    except yaml.YAMLError:
        return None  # the syntax error itself is reported by the main parse
    return None


def _record_positions(node: yaml.Node, path: KeyPath, parsed: ParsedText, at: Any, rel_path: str) -> None:
    parsed.value_positions[path] = at(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, Position] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            position = at(key_node.start_mark)
            if key in seen:
                name = ".".join(str(p) for p in (*path, key))
                parsed.diagnostics.append(error(
                    rel_path, position, "cle-double",
                    f"la clé « {name} » est déjà écrite ligne {seen[key][0]} : "
                    "gardez une seule des deux (seule la dernière serait lue)"))
            seen[key] = position
            parsed.key_positions[(*path, key)] = position
            _record_positions(value_node, (*path, key), parsed, at, rel_path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_positions(item, (*path, index), parsed, at, rel_path)


_YAML_HINTS = (
    ("mapping values are not allowed", "un « : » inattendu ; si la valeur contient « : », mettez-la entre guillemets"),
    ("found character '\\t'", "une tabulation : en YAML, indentez avec des espaces"),
    ("could not find expected ':'", "il manque « : » après une clé, ou des guillemets ne sont pas refermés"),
    ("found unexpected end of stream", "des guillemets ou des crochets ne sont pas refermés"),
    ("expected ',' or ']'", "une liste entre crochets n'est pas refermée par « ] »"),
    ("expected ',' or '}'", "un dictionnaire entre accolades n'est pas refermé par « } »"),
    ("did not find expected key", "l'indentation n'est pas régulière"),
    ("did not find expected '-' indicator", "l'indentation d'une liste n'est pas régulière"),
    ("found undefined tag", "une étiquette YAML « ! » n'est pas acceptée"),
    ("could not determine a constructor", "une étiquette YAML « ! » n'est pas acceptée"),
    ("found unknown escape character", "un « \\ » dans des guillemets doubles : doublez-le ou utilisez des guillemets simples"),
    ("expected a single document", "l'en-tête contient plusieurs documents YAML : une seule ligne « --- » doit le refermer"),
)


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    raw = f"{exc.context or ''} {exc.problem or ''}"
    for needle, hint in _YAML_HINTS:
        if needle in raw:
            return f"erreur de syntaxe YAML : {hint}"
    return f"erreur de syntaxe YAML ({(exc.problem or exc.context or 'inconnue').strip()})"
