"""Split a sheet into front matter and body, parse the YAML, keep every key's line."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from .diagnostics import Diagnostic, error
from .fileio import Unreadable, read_limited
from .model import KeyPath, Position

try:  # libyaml's C loader where present, the pure-Python one otherwise
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# The same boundary python-frontmatter uses, so files parse identically in other tools.
FM_BOUNDARY: re.Pattern[str] = frontmatter.YAMLHandler.FM_BOUNDARY
MAX_FILE_BYTES = 256 * 1024
MAX_FRONT_MATTER_CHARS = 32 * 1024
# Lists and mappings inside one another: a sheet needs 3 levels, a module 4. Counted on libyaml's
# event stream, before anything is built, so that `[[[[…` is refused after a few hundred bytes
# (built whole, deep nesting costs quadratic time and memory).
MAX_DEPTH = 20


@dataclass
class ParsedText:
    front_matter: dict[str, Any] | None
    key_positions: dict[KeyPath, Position] = field(default_factory=dict)
    value_positions: dict[KeyPath, Position] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fm_text: str = ""
    fm_line: int = 1
    positions_known: bool = True  # False: read on the fast path; positions() parses again if asked
    # The front matter has a syntax error: `front_matter` is None, or the best-effort reading of a
    # repaired copy (tabs made spaces, `[]` before list items removed) when that copy parses
    syntax_error: bool = False


def fast_front_matter(fm_text: str) -> dict[str, Any] | None:
    """The mapping of a well-formed front matter, from libyaml's event stream (C), without
    positions; None when in any doubt — an anchor, alias or explicit tag, a duplicate or non-text
    key, several documents, a syntax error — and then the careful reader, `parse_yaml`, decides
    and explains. Scalars are resolved as PyYAML reads YAML 1.1 (dates stay text)."""
    loader = _BaseLoader(fm_text)
    stack: list[list[Any]] = []  # [container, pending key or _NO_KEY]
    root: Any = None
    documents = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is _SCALAR:
                if event.anchor is not None or event.tag not in (None, "!"):
                    return None
                if event.style or not event.implicit[0]:
                    value = event.value
                elif event.value in _PLAIN:  # vocabulary terms come back again and again
                    value = _PLAIN[event.value]
                else:
                    value = _scalar(event)
                    if len(_PLAIN) < 50_000:
                        _PLAIN[event.value] = value
            elif kind is _MAPPING_START or kind is _SEQUENCE_START:
                if event.anchor is not None or event.tag is not None or len(stack) >= MAX_DEPTH:
                    return None
                stack.append([{} if kind is _MAPPING_START else [], _NO_KEY])
                continue
            elif kind is _MAPPING_END or kind is _SEQUENCE_END:
                value = stack.pop()[0]
            elif kind is _DOCUMENT_START:
                documents += 1
                if documents > 1:
                    return None
                continue
            elif kind is _ALIAS:
                return None
            else:  # stream start and end, document end
                continue
            if not stack:
                root = value
                continue
            top = stack[-1]
            container = top[0]
            if type(container) is list:
                container.append(value)
            elif top[1] is _NO_KEY:
                if kind is not _SCALAR or type(value) is not str or value in container or value == "<<":
                    return None
                top[1] = value
            else:
                container[top[1]] = value
                top[1] = _NO_KEY
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None
    finally:
        loader.dispose()
    return root if isinstance(root, dict) and root else None


_NO_KEY = object()
_PLAIN: dict[str, Any] = {}  # plain scalar -> its value (it depends on the text alone)
_SCALAR, _ALIAS, _DOCUMENT_START = yaml.ScalarEvent, yaml.AliasEvent, yaml.DocumentStartEvent
_MAPPING_START, _MAPPING_END = yaml.MappingStartEvent, yaml.MappingEndEvent
_SEQUENCE_START, _SEQUENCE_END = yaml.SequenceStartEvent, yaml.SequenceEndEvent


def read_source(path: Path | str, rel_path: str, limit: int = MAX_FILE_BYTES,
                split: str = "découpez la fiche en plusieurs fiches reliées"
                ) -> tuple[bytes | None, os.stat_result | None, list[Diagnostic]]:
    """A contributed file's bytes and status, or a diagnostic: a symbolic link, a folder, a device
    or a FIFO is never read, and the size is checked before reading (see fileio.read_limited)."""
    try:
        raw, status = read_limited(path, limit)
        return raw, status, []
    except Unreadable as refused:
        if refused.code == "taille":
            return None, None, [_too_large(rel_path, refused.size, limit, split)]
        if refused.code == "lien-symbolique":
            message = ("ce fichier est un lien symbolique, qui n'est jamais suivi (il pourrait désigner un fichier "
                       "hors du dépôt) : remplacez-le par le fichier lui-même")
        elif refused.reason.startswith("est "):
            message = f"ce fichier n'est pas lu : il {refused.reason} ; placez ici un fichier texte ordinaire"
        else:
            message = (f"ce fichier ne peut pas être lu ({refused.reason}) : vérifiez ses droits d'accès "
                       "(il doit être lisible par tous, par exemple avec « chmod a+r »)")
        return None, None, [error(rel_path, (1, 1), refused.code, message)]


def _too_large(rel_path: str, size: int, limit: int,
               split: str = "découpez la fiche en plusieurs fiches reliées") -> Diagnostic:
    return error(rel_path, (1, 1), "taille", f"le fichier fait {size // 1024} Ko, plus que les "
                 f"{limit // 1024} Ko autorisés : {split}")


def decode(raw: bytes, rel_path: str) -> tuple[str | None, list[Diagnostic]]:
    """Bytes -> text with '\\n' line ends and no BOM, or a diagnostic."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [_too_large(rel_path, len(raw), MAX_FILE_BYTES)]
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
    parsed = parse_mapping(fm_text, fm_line, rel_path)
    if parsed.front_matter is None and any(d.code == "yaml" for d in parsed.diagnostics):
        parsed = _best_effort(parsed, fm_text, fm_line, rel_path)
    parsed.body, parsed.body_line = body, body_line
    return parsed


_EMPTY_LIST_THEN_ITEMS = re.compile(r"^([ ]*[\w-]+:[ ]*)\[\]([ ]*(?:#.*)?\n(?:[ ]*(?:#.*)?\n)*[ ]*- )", re.M)


def _unlist(fm_text: str) -> str:
    """`[]` followed by list items blanked."""
    return _EMPTY_LIST_THEN_ITEMS.sub(lambda m: m.group(1) + "  " + m.group(2), fm_text)


def _untab_in_place(fm_text: str) -> str:
    """Tabs made spaces, in their column."""
    return fm_text.replace("\t", " ")


def _untab_dropped(fm_text: str) -> str:
    """Tabs at the start of a line dropped, the others made spaces."""
    return re.sub(r"^\t+", "", fm_text, flags=re.M).replace("\t", " ")


def _best_effort(parsed: ParsedText, fm_text: str, fm_line: int, rel_path: str) -> ParsedText:
    """After a syntax error, the front matter read from a copy with the mistakes that
    `explain_yaml_error` explains undone (`[]` then items, tabs), when that copy parses, so that
    the sheet's other checks still run. Every mistake undone is reported, not only the first:
    the copy that undoes all but one kind of mistake names that one."""
    parsed.syntax_error = True
    for untab in (_untab_in_place, _untab_dropped):
        repaired = untab(_unlist(fm_text))
        if repaired == fm_text:
            continue
        second = parse_yaml(repaired, fm_line, rel_path)
        if second.front_matter is not None:
            break
    else:
        return parsed
    syntax = list(parsed.diagnostics)
    for partial in (_unlist(fm_text), untab(fm_text)):
        if partial not in (fm_text, repaired):
            syntax += [d for d in parse_yaml(partial, fm_line, rel_path).diagnostics
                       if d.code == "yaml" and d not in syntax]
    second.diagnostics = syntax + [d for d in second.diagnostics if d.code != "yaml"]
    second.fm_text, second.fm_line, second.syntax_error = repaired, fm_line, True
    return second


def parse_mapping(text: str, line: int, rel_path: str) -> ParsedText:
    """A YAML mapping read fast, without positions (`positions_known` False: `parse_yaml` gives
    them when a problem is to be reported), or by the careful reader when in any doubt."""
    data = fast_front_matter(text)
    if data is not None:
        return ParsedText(data, fm_text=text, fm_line=line, positions_known=False)
    parsed = parse_yaml(text, line, rel_path)
    parsed.fm_text, parsed.fm_line = text, line
    return parsed


def parse_yaml(fm_text: str, fm_line: int, rel_path: str) -> ParsedText:
    """Parse one YAML mapping, keeping the position of every key and value.

    Built on libyaml's event stream (C) rather than PyYAML's composer, whose Python resolver made
    loading 10 000 sheets several times slower. Scalars are resolved with PyYAML's own YAML 1.1
    rules; dates stay text (the schema says when one is invalid); anchors, aliases and explicit
    tags are refused (they are never needed, and aliases allow memory bombs).
    """

    def at(mark: yaml.Mark | None) -> Position:
        if mark is None:
            return (fm_line, 1)
        return (fm_line + mark.line, mark.column + 1)

    try:
        return _build(yaml.parse(fm_text, Loader=_BaseLoader), at, fm_line, rel_path)
    except _Refused as refused:
        return ParsedText(None, diagnostics=[refused.diagnostic])
    except yaml.MarkedYAMLError as exc:
        (line, column), message = explain_yaml_error(exc, fm_text)
        return ParsedText(None, diagnostics=[error(rel_path, (fm_line + line, column + 1), "yaml", message)])
    except yaml.reader.ReaderError as exc:  # a character YAML refuses, often pasted from a word processor
        before = fm_text[:max(0, exc.position)]
        line, column = before.count("\n"), exc.position - (before.rfind("\n") + 1)
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        name = _INVISIBLE_NAMES.get(code, "un caractère de contrôle invisible")
        return ParsedText(None, diagnostics=[error(
            rel_path, (fm_line + line, column + 1), "yaml",
            f"l'en-tête contient {name} (U+{code:04X}), que YAML refuse : supprimez-le ou remplacez-le par une "
            "espace (il vient souvent d'un copier-coller depuis un traitement de texte)")])
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return ParsedText(None, diagnostics=[error(
            rel_path, (fm_line, 1), "yaml", "l'en-tête YAML est illisible : comparez-le au modèle "
            "(« kb new ») et vérifiez guillemets, « : » et indentation")])


_INVISIBLE_NAMES = {0x0B: "un saut de ligne manuel de traitement de texte", 0x0C: "un saut de page",
                   0x1B: "un caractère d'échappement", 0x7F: "un caractère d'effacement",
                   0x00: "un caractère nul", 0x08: "un retour arrière"}


class _Refused(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_SCALAR_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp", "!"}


def _scalar(event: yaml.ScalarEvent) -> Any:
    value = event.value
    tag = event.tag if event.tag not in (None, "!") else None
    if tag is None:
        if event.style or not event.implicit[0]:  # quoted, literal or folded: text
            return value
        for tag, pattern in _RESOLVERS.get(value[:1] if value else "", []):
            if pattern.match(value):
                break
        else:
            return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return _CONSTRUCTOR.bool_values.get(value.lower(), value)
    node = yaml.ScalarNode(tag, value)
    if tag == "tag:yaml.org,2002:int":
        return _CONSTRUCTOR.construct_yaml_int(node)
    if tag == "tag:yaml.org,2002:float":
        return _CONSTRUCTOR.construct_yaml_float(node)
    return value  # strings, timestamps and merge keys stay text


def _read_scalar(event: yaml.ScalarEvent, at: Any, rel_path: str) -> Any:
    """A scalar's value; a number Python cannot make (5 000 digits, « !!float 'x' ») is said at its place."""
    try:
        return _scalar(event)
    except (ValueError, OverflowError):
        shown = event.value if len(event.value) <= 30 else event.value[:27] + "…"
        raise _refuse(rel_path, at(event.start_mark), "yaml",
                      f"erreur de syntaxe YAML : « {shown} » ne peut pas être lu comme un nombre (trop long, ou "
                      "marqué « !! » comme nombre sans en être un) : écrivez un nombre ordinaire, ou mettez la "
                      "valeur entre guillemets si c'est du texte") from None


def _build(events: Any, at: Any, fm_line: int, rel_path: str) -> ParsedText:
    parsed = ParsedText(None)
    stack: list[tuple[Any, KeyPath, Any]] = []  # (container, its path, pending key or None)
    root: Any = None
    root_mark = None
    documents = 0
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _refuse(rel_path, at(event.start_mark), "yaml",
                              "erreur de syntaxe YAML : l'en-tête contient plusieurs documents YAML : "
                              "une seule ligne « --- » doit le refermer")
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _refuse(rel_path, at(event.start_mark), "yaml-alias",
                          "les ancres et alias YAML (« & » et « * ») ne sont pas acceptés dans une fiche : "
                          "écrivez la valeur en entier, ou mettez-la entre guillemets si « & » ou « * » "
                          "fait partie du texte")
        tag = getattr(event, "tag", None)
        if tag and tag not in _SCALAR_TAGS:
            raise _refuse(rel_path, at(event.start_mark), "yaml",
                          f"erreur de syntaxe YAML : l'étiquette « {tag} » n'est pas acceptée ; "
                          "écrivez la valeur simplement, sans « ! »")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            value, _, _ = stack.pop()
            _attach(stack, value, parsed)
            if not stack:
                root = value
            continue
        if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
            # a key
            if not isinstance(event, yaml.ScalarEvent):
                raise _refuse(rel_path, at(event.start_mark), "entete-type",
                              "les clés de l'en-tête doivent être des mots (par exemple « titre »), "
                              "pas des listes ou des groupes")
            key = _read_scalar(event, at, rel_path)
            container, path, _ = stack[-1]
            if not isinstance(key, str):
                raise _refuse(rel_path, at(event.start_mark), "entete-type",
                              "les clés de l'en-tête doivent être des mots (par exemple « titre »), pas des nombres")
            position = at(event.start_mark)
            full = (*path, key)
            if key in container:
                name = ".".join(str(p) for p in full)
                parsed.diagnostics.append(error(
                    rel_path, position, "cle-double",
                    f"la clé « {name} » est déjà écrite ligne {parsed.key_positions[full][0]} : "
                    "gardez une seule des deux (seule la dernière serait lue)"))
            parsed.key_positions[full] = position
            stack[-1] = (container, path, key)
            continue
        path = _child_path(stack)
        parsed.value_positions[path] = at(event.start_mark)
        if root_mark is None:
            root_mark = event.start_mark
        if len(stack) >= MAX_DEPTH and isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            raise _refuse(rel_path, at(event.start_mark), "yaml-profondeur",
                          f"plus de {MAX_DEPTH} listes ou groupes imbriqués les uns dans les autres (« [[[… » "
                          "ou indentation) : aplatissez la structure (une fiche en demande 3, un module 4)")
        if isinstance(event, yaml.MappingStartEvent):
            stack.append(({}, path, None))
        elif isinstance(event, yaml.SequenceStartEvent):
            stack.append(([], path, None))
        else:
            value = _read_scalar(event, at, rel_path)
            if stack:
                _attach(stack, value, parsed)
            else:
                root = value
    if root is None:
        parsed.diagnostics.append(error(rel_path, (fm_line, 1), "entete-type",
                                        "l'en-tête est vide : ajoutez les clés obligatoires (id, titre, resume…)"))
        return parsed
    if not isinstance(root, dict):
        return ParsedText(None, diagnostics=[error(
            rel_path, at(root_mark), "entete-type",
            "l'en-tête doit être une suite de lignes « clé: valeur » (par exemple « titre: Ma pratique »)")])
    parsed.front_matter = root
    return parsed


def _child_path(stack: list[tuple[Any, KeyPath, Any]]) -> KeyPath:
    if not stack:
        return ()
    container, path, key = stack[-1]
    return (*path, key) if isinstance(container, dict) else (*path, len(container))


def _attach(stack: list[tuple[Any, KeyPath, Any]], value: Any, parsed: ParsedText) -> None:
    if not stack:
        return
    container, path, key = stack[-1]
    if isinstance(container, dict):
        container[key] = value
        stack[-1] = (container, path, None)
    else:
        container.append(value)


def _refuse(rel_path: str, position: Position, code: str, message: str) -> _Refused:
    return _Refused(error(rel_path, position, code, message))


# libyaml's messages (English) -> what went wrong, in French, and how to fix it. Each explanation
# looks at the text around the error: the same message means different mistakes.
_EMPTY_LIST_KEY = re.compile(r"^\s*([\w-]+):\s*\[\]\s*(?:#.*)?$")
_NO_SPACE_AFTER_COLON = re.compile(r"^\s*(?:-\s+)?([\w-]+):(?![\s:/])(\S.*)$")
_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+)?[\w-]+:\s*(["'])|^\s*-\s+(["'])""")


def _unclosed_quote_above(lines: list[str], line: int) -> tuple[int, int] | None:
    """The nearest line above `line` (up to 5) whose value opens quotes it does not close: YAML read the
    next lines as the rest of that value, and stumbled further down (« titre: "Le génogramme »)."""
    for n in range(min(line, len(lines)) - 1, max(-1, line - 6), -1):
        opened = _OPENS_QUOTE.match(lines[n])
        if not opened:
            continue
        quote = opened.group(1) or opened.group(2)
        rest = lines[n][opened.end():]
        closed = rest.replace('\\"', "").count('"') if quote == '"' else rest.replace("''", "").count("'")
        return (n, opened.end() - 1) if closed == 0 else None
    return None


_KEY_THEN_VALUE = re.compile(r"^\s*(?:-\s+)?[\w-]+:\s")
_QUOTED_THEN_TEXT = re.compile(r"""^\s*(?:-\s+)?[\w-]+:\s*(["']).*?\1\s*[^\s#]""")
_SYNTAX = "erreur de syntaxe YAML : "


def explain_yaml_error(exc: yaml.MarkedYAMLError, fm_text: str) -> tuple[tuple[int, int], str]:
    """Where (0-based line and column in `fm_text`) and what, in French with the fix."""
    lines = fm_text.split("\n")
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line, mark.column) if mark is not None else (0, 0)
    problem, context = exc.problem or "", exc.context or ""
    text = lines[line] if line < len(lines) else ""

    def quoted(n: int) -> str:
        return (lines[n].strip() if n < len(lines) else "")[:60]

    previous = next((n for n in range(min(line, len(lines)) - 1, -1, -1)
                     if lines[n].strip() and not lines[n].lstrip().startswith("#")), None)
    context_line = exc.context_mark.line if exc.context_mark is not None else line

    # A tab: PyYAML and libyaml word it several ways, all meaning one thing.
    for n in (line, context_line):
        if n < len(lines) and "\t" in lines[n] and ("tab" in problem or "cannot start any token" in problem
                                                     or "expected key" in problem or "mapping values" in problem):
            return (n, lines[n].index("\t")), _SYNTAX + (
                "une tabulation dans l'en-tête : YAML n'accepte que des espaces pour indenter ; "
                "remplacez la tabulation par des espaces (deux par niveau)")
    unclosed = _unclosed_quote_above(lines, line) if ("expected key" in problem or "mapping values" in problem
                                                       or "expected ':'" in problem) else None
    if unclosed is not None:
        return unclosed, _SYNTAX + (
            "les guillemets ouverts ici ne sont pas refermés sur leur ligne, si bien que YAML lit la suite comme "
            "la même valeur : ajoutez le guillemet fermant à la fin de la valeur")
    if "quoted scalar" in context and "end of stream" in problem:
        where = exc.context_mark or mark
        return (where.line, where.column), _SYNTAX + (
            "les guillemets ouverts ici ne sont jamais refermés : ajoutez le guillemet fermant à la fin de la valeur")
    if "expected key" in problem and text.lstrip().startswith("-") and previous is not None:
        empty = _EMPTY_LIST_KEY.match(lines[previous])
        if empty:
            key = empty.group(1)
            return (previous, lines[previous].index("[]")), _SYNTAX + (
                f"supprimez « [] » après « {key}: » : « [] » veut dire « liste vide », "
                f"les éléments « - » écrits en dessous ne peuvent pas s'y ajouter")
        return (line, column), _SYNTAX + (
            "cet élément de liste « - » ne se rattache à aucune clé : placez-le sous une clé suivie "
            "de « : » seule sur sa ligne, plus indenté qu'elle")
    if "expected key" in problem and _QUOTED_THEN_TEXT.match(text):
        return (line, column), _SYNTAX + (
            "du texte suit des guillemets déjà refermés : mettez toute la valeur entre guillemets, "
            "et écrivez un guillemet dans la valeur avec l'autre sorte de guillemets")
    if "mapping values are not allowed" in problem or "could not find expected ':'" in problem:
        for n in (previous, line) if "mapping values" in problem else (context_line,):
            if n is not None and n < len(lines):
                missing = _NO_SPACE_AFTER_COLON.match(lines[n])
                if missing and not _KEY_THEN_VALUE.match(lines[n]):
                    return (n, lines[n].index(":") + 1), _SYNTAX + (
                        f"il manque une espace après « : » : écrivez « {missing.group(1)}: {missing.group(2)[:30]} »")
        if "mapping values" in problem and _KEY_THEN_VALUE.match(text[:column]):
            return (line, column), _SYNTAX + (
                "la valeur contient « : » : mettez-la entre guillemets, par exemple "
                "titre: \"Accueil de nuit : l'hiver\"")
        if "could not find expected ':'" in problem:
            return (context_line, 0), _SYNTAX + (
                f"il manque « : » après la clé sur cette ligne (« {quoted(context_line)} ») ; "
                "si c'est la suite d'une valeur, mettez toute la valeur entre guillemets")
        return (line, column), _SYNTAX + (
            "l'indentation n'est pas régulière : alignez cette clé sur les autres clés du même niveau, "
            "avec des espaces")
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        where = exc.context_mark or mark
        closing = "]" if "]" in problem else "}"
        return (where.line, where.column), _SYNTAX + (
            f"la liste ouverte ici n'est pas refermée : ajoutez « {closing} » à la fin de la ligne, "
            "et mettez entre guillemets un élément qui contient une virgule ou un crochet")
    if "expected '-' indicator" in problem:
        return (line, column), _SYNTAX + (
            "l'indentation de la liste n'est pas régulière : alignez tous ses « - », et écrivez les "
            "autres clés au niveau de la clé de la liste")
    if "expected key" in problem:
        return (line, column), _SYNTAX + (
            "l'indentation n'est pas régulière : alignez cette ligne sur les autres clés du même niveau, "
            "avec des espaces")
    if "cannot start any token" in problem and column < len(text):
        return (line, column), _SYNTAX + (
            f"une valeur ne peut pas commencer par « {text[column]} » : mettez-la entre guillemets")
    if "unknown escape character" in problem:
        return (line, column), _SYNTAX + (
            "un « \\ » dans des guillemets doubles : doublez-le (« \\\\ ») ou utilisez des guillemets simples")
    if "undefined tag" in problem or "constructor" in problem:
        return (line, column), _SYNTAX + "une étiquette YAML « ! » n'est pas acceptée : retirez-la"
    if "single document" in problem or "document" in context:
        return (line, column), _SYNTAX + (
            "l'en-tête contient plusieurs documents YAML : une seule ligne « --- » doit le refermer")
    return (line, column), _SYNTAX + (
        "l'en-tête ne peut pas être lu à partir d'ici : comparez cette ligne au modèle (« kb new ») "
        "et vérifiez guillemets, « : » et indentation")
