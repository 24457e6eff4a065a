"""Nothing contributed may run in a reader's browser: raw HTML that executes or submits,
event-handler attributes, and `javascript:`/`data:` addresses are refused. The site also
sanitises every rendered page (kb.site.sanitise), so this check is the first of two locks."""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2

from ..diagnostics import Diagnostic, error

_TAGS = "script|iframe|frame|frameset|object|embed|applet|form|base|meta|link|style|svg|math"
_TAG = re.compile(rf"<\s*/?\s*({_TAGS})\b", re.IGNORECASE)
_HANDLER = re.compile(r"<[A-Za-z][^>]*?[\s\"'/](on[a-z]+)\s*=", re.IGNORECASE)
_SCHEME = re2.compile(r"(?i)(?:javascript|vbscript|data)\s*:")
_URL = re.compile(
    r"(?:\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|<|(?:href|src|action|formaction|poster|srcset|xlink:href)\s*=\s*[\"']?)"
    r"\s*((?:javascript|vbscript|data)\s*:)", re.IGNORECASE | re.MULTILINE)


def find_unsafe(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what) for every construct that could run code or leak the reader's data."""
    if "<" in text:
        for match in _TAG.finditer(text):
            yield match.start(), f"la balise HTML <{match.group(1).lower()}>"
        for match in _HANDLER.finditer(text):
            yield match.start(1), f"l'attribut {match.group(1).lower()}= (code exécuté par le navigateur)"
    if _SCHEME.search(text):
        for match in _URL.finditer(text):
            scheme = re.sub(r"\s", "", match.group(1)).lower()
            yield match.start(1), f"un lien ou une image en « {scheme} »"


def check_unsafe(rel_path: str, parts: list[tuple[str, int]]) -> Iterator[Diagnostic]:
    for text, first_line in parts:
        for offset, what in sorted(set(find_unsafe(text))):
            line = first_line + text.count("\n", 0, offset)
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            yield error(rel_path, (line, column), "contenu-dangereux",
                        f"contenu refusé : {what}. Une fiche est du texte : retirez ce code HTML "
                        "(pour un lien, écrivez [texte](https://…) ; pour une image, une adresse https)")
