"""Nothing contributed may run in a reader's browser, take the reader elsewhere, or make the
browser ask another host for anything. The site also sanitises every rendered page
(kb/sanitise.py) and escapes every value it prints, so this check is the first of three locks.

Two kinds of text:
- Markdown (a sheet's body): raw HTML that executes, embeds or submits, event-handler
  attributes (also in Markdown attribute lists « {: onclick=… } »), `javascript:`/`data:`
  addresses (also written with HTML entities), and images or media from other hosts are refused.
  Tags are read as a browser reads them: a `>` inside a quoted attribute does not end the tag.
- plain text (every value of a YAML header, a module, a vocabulary), checked after YAML decoding
  (so that « \\u003c » is seen as « < »): no markup at all, and nothing that could close an HTML
  attribute (« " http-equiv="refresh »)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import re2

from ..diagnostics import Diagnostic, error
from ..sanitise import is_remote

CODE = "contenu-dangereux"
_TAGS = ("script|iframe|frame|frameset|object|embed|applet|form|base|meta|link|style|svg|math"
         "|portal|noscript|template|bgsound|image")
_TAG = re.compile(rf"<\s*/?\s*({_TAGS})\b", re.IGNORECASE)
# a start tag as a browser tokenises it: attribute values in quotes may hold « > »
# (an attribute's name may hold quotes, as browsers read it: « <img a"b=">" src=x onerror=…> », red team)
_START_TAG = re2.compile(r"""<([A-Za-z][^\s/>]*)((?:[\s/]*[^\s>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)""")
_ATTRIBUTE = re2.compile(r"""([^\s>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
# the old, conservative reading: any on…= after the start of a tag, up to the first « > »
# (RE2: linear time; Python's re took 108 s on a 246 KB body of « <a o » repeated, red team 2026-12-07)
_HANDLER = re2.compile(r"(?i)<[A-Za-z][^>]*?[\s\"'/](on[a-z]+)\s*=")
# an attribute list that holds a chevron: what follows its first « } » may be read as HTML in the
# table of contents (« ### Outil {: id='}x"><img … onerror=…>' } », red team 2026-12-07)
_ATTR_LIST_MARKUP = re2.compile(r"\{[:#.][^\n]*?[<>]")
# an id the theme's own elements use (« __config »), also written with character references
_THEME_ID = re2.compile(r"(?i)(?:\bid\s*=\s*[\"']?\s*|\{:?[^}\n]*#)(?:_|&#0*95;|&#x0*5f;|&lowbar;|&underbar;)")
# Markdown attribute list: « {: #id .class key=value } » after a heading, a paragraph, a link…
_ATTR_LIST = re2.compile(r"\{:?([^{}\n]*=[^{}\n]*)\}")
# a link's or an image's text as Markdown reads it: brackets inside (« [la fiche [VAD] ici](…) »), escaped
# ones, an image inside a link (« [![logo](#a)](…) »), a line break; its target bare or in chevrons
LINK_TEXT = r"\[(?:[^\[\]\\\n]|\\.|\n|!?\[(?:[^\[\]\\\n]|\\.)*\](?:\([^()\s]*\))?)*\]"
_MD_LINK = re2.compile(r"(!?)" + LINK_TEXT + r"\(\s*(?:<([^>\n]*)>|([^\s)>]*))")
_MD_IMAGE = re2.compile(r"!\[(?:[^\[\]\\\n]|\\.)*\]\(\s*<?([^\s)>]*)")
_MD_REF_IMAGE = re2.compile(r"!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?")
_MD_DEFINITION = re2.compile(r"(?m)^[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)")
_AUTOLINK = re2.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^\s<>]*)>")
_SPACES = "".join(map(chr, range(33)))  # what browsers trim around a URL
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:")

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "srcset", "xlink:href", "data", "background",
                  "cite", "ping", "codebase", "lowsrc", "dynsrc", "longdesc", "usemap", "manifest", "icon"}
# attributes that make the browser fetch something as the page opens (links wait for a click)
FETCHED = {"src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc", "xlink:href"}
ALWAYS_REFUSED = {"formaction": "l'attribut formaction=", "action": "l'attribut action=",
                  "http-equiv": "l'attribut http-equiv=", "srcdoc": "l'attribut srcdoc="}
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_CSS_DANGER = re.compile(r"url\s*\(|@import|expression\s*\(|behavior\s*:|-moz-binding", re.IGNORECASE)

IMAGE_FIX = ("le site ne charge rien depuis un autre site : placez l'image dans le dépôt, dans docs/images/, "
             "et écrivez ![description](../../images/nom-du-fichier.png)")


def _url(value: str) -> str:
    """A URL as a browser reads it: entities decoded, tabs and line feeds dropped, controls and
    spaces trimmed, lower case."""
    return html.unescape(value).translate({9: None, 10: None, 13: None}).strip(_SPACES).lower()


def _unquote(value: str | None) -> str:
    if value and value[0] in "\"'" and value[-1:] == value[0] and len(value) > 1:
        return value[1:-1]
    return (value or "").strip("\"'")


def _css(value: str) -> str:
    text = html.unescape(value)
    return _CSS_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)


def _attributes(offset: int, tag: str, text: str) -> Iterator[tuple[int, str]]:
    """What is wrong with the attributes `text` (starting at `offset`) of element `tag`."""
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        value = _unquote(match.group(2))
        where = offset + match.start(1)
        if name.startswith("on"):
            yield where, f"l'attribut {name}= (code exécuté par le navigateur)"
        elif name in ALWAYS_REFUSED:
            yield where, ALWAYS_REFUSED[name]
        elif name == "style" and _CSS_DANGER.search(_css(value)):
            yield where, "un style qui charge une adresse (url(), @import)"
        elif name in URL_ATTRIBUTES and match.group(2) is not None:
            urls = [part.split()[0] for part in value.split(",") if part.split()] if name == "srcset" else [value]
            for url in urls:
                address = _url(url)
                if address.startswith(_BAD_SCHEMES):
                    yield where, f"une adresse en « {address.split(':')[0]}: »"
                elif name in FETCHED and is_remote(html.unescape(url)):
                    yield where, f"une image ou un média d'un autre site ({_short(url)}) : {IMAGE_FIX}"
                    break
        elif name == "data-toc-label" and any(True for _ in find_markup(html.unescape(value))):
            yield where, "du code HTML dans data-toc-label"
        elif name == "class" and any(c.lower().startswith("md-") and c not in ("md-button", "md-button--primary")
                                     for c in html.unescape(value).split()):
            yield where, "une classe réservée à la mise en page du site (md-…)"
        elif name == "class" and any(c.lower().startswith("relier-") for c in html.unescape(value).split()):
            yield where, "une classe réservée aux encadrés du site (relier-… : une fausse mention « validée » ou « brouillon »)"
        elif name == "id" and html.unescape(value).strip().lower().startswith("relier-"):
            yield where, "un identifiant réservé aux éléments du site (relier-…)"


def _short(url: str) -> str:
    url = url.strip()
    return url if len(url) <= 60 else url[:57] + "…"


MAX_NESTING = 20
# quotes or list items nested more than MAX_NESTING deep: the exports' PDF writer gives up at a
# few hundred (RecursionError, red team 2026-12-07), and no sheet needs that many
_DEEP = re2.compile(r"(?m)^(?:[ \t]*>){%d}|^[ \t]{%d,}(?:[-*+]|\d+[.)])[ \t]" % (MAX_NESTING + 1, MAX_NESTING * 4))


def find_unsafe(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what) for every construct of Markdown text that could run code, take the reader
    elsewhere or make the browser fetch from another host."""
    if "<" in text:
        for match in _TAG.finditer(text):
            yield match.start(), f"la balise HTML <{match.group(1).lower()}>"
        for match in _HANDLER.finditer(text):
            yield match.start(1), f"l'attribut {match.group(1).lower()}= (code exécuté par le navigateur)"
        for match in _START_TAG.finditer(text):
            yield from _attributes(match.start(2), match.group(1).lower(), match.group(2))
        for match in _AUTOLINK.finditer(text):
            address = _url(match.group(1))
            if address.startswith(_BAD_SCHEMES):
                yield match.start(1), f"un lien en « {address.split(':')[0]}: »"
    if "{" in text:
        for match in _ATTR_LIST.finditer(text):
            yield from _attributes(match.start(1), "", match.group(1))
        for match in _ATTR_LIST_MARKUP.finditer(text):
            yield match.start(), "une liste d'attributs Markdown qui contient des chevrons « < > »"
    if ("_" in text or "&" in text) and ("id" in text or "{" in text):
        for match in _THEME_ID.finditer(text):
            yield match.start(), "un identifiant qui commence par « _ » (réservé aux éléments du thème)"
    if "](" in text:
        for match in _MD_LINK.finditer(text):
            group = 2 if match.group(2) is not None else 3
            address = _url(match.group(group))
            if address.startswith(_BAD_SCHEMES):
                yield match.start(group), f"un lien ou une image en « {address.split(':')[0]}: »"
            elif match.group(1) and is_remote(html.unescape(match.group(group))):
                yield match.start(group), f"une image d'un autre site ({_short(match.group(group))}) : {IMAGE_FIX}"
        if "![" in text:  # an image inside a link's text (« [![x](https://…)](…) ») is an image all the same
            for match in _MD_IMAGE.finditer(text):
                address = _url(match.group(1))
                if address.startswith(_BAD_SCHEMES):
                    yield match.start(1), f"un lien ou une image en « {address.split(':')[0]}: »"
                elif is_remote(html.unescape(match.group(1))):
                    yield match.start(1), f"une image d'un autre site ({_short(match.group(1))}) : {IMAGE_FIX}"
    if text.count(">") > MAX_NESTING or " " * (MAX_NESTING * 4) in text or "\t" * MAX_NESTING in text:
        for match in _DEEP.finditer(text):
            yield match.start(), f"des citations ou des listes imbriquées sur plus de {MAX_NESTING} niveaux"
            break
    if "]:" in text:
        definitions = {m.group(1).strip().casefold(): m for m in _MD_DEFINITION.finditer(text)}
        for match in definitions.values():
            address = _url(match.group(2))
            if address.startswith(_BAD_SCHEMES):
                yield match.start(2), f"un lien ou une image en « {address.split(':')[0]}: »"
        if "![" in text:
            for image in _MD_REF_IMAGE.finditer(text):
                label = (image.group(2) or image.group(1)).strip().casefold()
                found = definitions.get(label)
                if found is not None and is_remote(html.unescape(found.group(2))):
                    yield found.start(2), f"une image d'un autre site ({_short(found.group(2))}) : {IMAGE_FIX}"


# --- plain text: a title, a summary, a label, a definition, a module's fields ---

_MARKUP = re2.compile(r"<[A-Za-z!/?]")
_BREAKOUT = re2.compile(r"""["'`][\s/]*[A-Za-z_:][\w:.\-]*\s*=""")
_PLAIN_ATTR_LIST = re2.compile(r"\{:|\{[^{}\n]*\b(?:on[a-z]+|style|href|src|id|class)\s*=")


_PLAIN_MD_LINK = re.compile(r"!?\[[^\]\n]*\]\(")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def find_markup(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what) for markup in a plain-text value (already decoded from YAML)."""
    if "<" in text:
        for match in _MARKUP.finditer(text):
            yield match.start(), f"du code HTML (« {_around(text, match.start())} »)"
    if "=" in text:
        for match in _BREAKOUT.finditer(text):
            yield match.start(), f"un guillemet suivi d'un attribut (« {_around(text, match.start())} »)"
    if "{" in text:
        for match in _PLAIN_ATTR_LIST.finditer(text):
            yield match.start(), f"une liste d'attributs Markdown (« {_around(text, match.start())} »)"
    bidi = None if text.isascii() else _BIDI.search(text)  # « Fiche validée » written right to left over a title
    if bidi:
        yield bidi.start(), "un caractère qui inverse le sens de l'écriture (U+%04X)" % ord(bidi.group())
    if "](" in text:  # a title is shown as a heading: a link or an image there would be live
        for match in _PLAIN_MD_LINK.finditer(text):
            yield match.start(), f"un lien ou une image Markdown (« {_around(text, match.start())} »)"


def _around(text: str, offset: int) -> str:
    piece = text[offset:offset + 30].split("\n")[0]
    return piece + ("…" if len(text) > offset + len(piece) else "")


KeyPath = tuple[Any, ...]


def strings(value: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every string of a decoded YAML value, with its key path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, (*path, index))


def _label(path: KeyPath) -> str:
    return ".".join(f"[{p + 1}]" if isinstance(p, int) else str(p) for p in path).replace(".[", "[") or "valeur"


def check_fields(rel_path: str, data: Any, position: Callable[[KeyPath], tuple[int, int]],
                 base: KeyPath = ()) -> Iterator[Diagnostic]:
    """Markup in the plain-text values of a decoded YAML document (a sheet's header, a module, a
    vocabulary): one diagnostic per value, at the value's line."""
    for path, text in strings(data, base):
        found = sorted(set(find_markup(text)))
        if found:
            kinds: dict[str, str] = {}
            for _, what in found:  # one example of each kind
                kinds.setdefault(what.split(" (")[0], what)
            whats = " ; ".join(kinds.values())
            yield error(rel_path, position(path), CODE,
                        f"{_label(path)}: contenu refusé : {whats}. Ce champ est du texte simple, affiché tel "
                        "quel : retirez ce code (chevrons < >, guillemet suivi de nom=, accolades {: … }) ; "
                        "pour un lien, utilisez le corps de la fiche en Markdown")


def check_unsafe(rel_path: str, parts: Iterable[tuple[str, int]]) -> Iterator[Diagnostic]:
    """Unsafe constructs of Markdown `parts` ((text, line of its first line))."""
    for text, first_line in parts:
        for offset, what in sorted(set(find_unsafe(text))):
            line = first_line + text.count("\n", 0, offset)
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            fix = ("" if "autre site" in what else
                   " : retirez des niveaux (quelques-uns suffisent)" if "imbriquées" in what else
                   ". Une fiche est du texte : retirez ce code HTML (pour un lien, écrivez [texte](https://…) ; "
                   "pour une image, placez-la dans le dépôt, dans docs/images/)")
            yield error(rel_path, (line, column), CODE, f"contenu refusé : {what}{fix}")


def check_vocabularies(vocabularies: Iterable[Any], root: Any) -> Iterator[Diagnostic]:
    """Markup in the labels, definitions and synonyms of the vocabularies: they are printed on
    every concept and facet page. A vocabulary with a suspect value is read again, carefully, to
    point at the line."""
    from ..parsing import decode, parse_yaml

    for vocabulary in vocabularies:
        values = [vocabulary.label, vocabulary.description]
        for term in vocabulary.terms.values():
            values += [term.label, term.definition, *term.synonyms]
            values += [text for _, text in strings(term.extra)]
        if not any(True for value in values for _ in find_markup(value)):
            continue
        rel = vocabulary.path.relative_to(root).as_posix()
        text, _ = decode(vocabulary.path.read_bytes(), rel)
        parsed = parse_yaml(text or "", 1, rel)
        if parsed.front_matter is not None:
            yield from check_fields(rel, parsed.front_matter, lambda path: parsed.value_positions.get(path, (1, 1)))
