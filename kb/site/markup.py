"""Small helpers to write safe Markdown and HTML in generated pages."""

from __future__ import annotations

import html
import json
import re

from ..checks.shape import linked_sheet, links_in


_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})
_PLACEHOLDERS = str.maketrans({"\ue000": None, "\ue001": None})  # the marks of kb/site/stash.py's placeholders
GENERATED = "relier_genere"  # front-matter key of the pages Relier generates (kb/site/stash.py)
REGION_START, REGION_END = "<!--relier:markdown-->", "<!--/relier:markdown-->"
_MARKERS = re.compile(r"<!--\s*/?\s*relier:markdown\s*-->|[\ue000\ue001]")


def esc(text: object) -> str:
    """Escape text for HTML, in text and in attributes (and for Markdown, where raw HTML is
    interpreted): braces too, so that a title can never become a Markdown attribute list
    (« {: onclick=… } ») on the heading it is written in."""
    out = html.escape(str(text), quote=True)
    if "\ue000" in out or "\ue001" in out:  # a title could pull the page's stashed blocks into itself
        out = out.translate(_PLACEHOLDERS)
    return out.translate(_BRACES) if "{" in out or "}" in out else out


def md_text(text: object) -> str:
    """Text placed in Markdown: HTML-escaped, Markdown emphasis and link characters neutralised."""
    out = esc(text)
    for char in "\\`*_[]":
        out = out.replace(char, "\\" + char)
    # « # » too, outside the character references esc() wrote (« La méthode ## » lost its end as a heading's
    # closing marks)
    return _HASH.sub(r"\\#", out) if "#" in out else out


_HASH = re.compile(r"(?<!&)#")


def markdown_region(text: str) -> str:
    """Contributed Markdown placed in a generated page: left to Markdown whatever it holds (the
    region markers and placeholder characters it might carry are taken out first)."""
    return f"{REGION_START}\n\n{_MARKERS.sub('', text).strip()}\n\n{REGION_END}\n"


def front_matter(**values: object) -> str:
    lines = ["---"]
    for key, value in {**values, GENERATED: True}.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count <= 1 else (plural_form or singular + 's')}"


def links_to_pages(text: str, to_sheets: str = "..") -> str:
    """A sheet's (or an annex's) links to other sheets, written as the repository shows them
    (« autre-fiche.md », which GitHub follows), made links to their pages (« ../autre-fiche/index.md »,
    which MkDocs turns into the page's address; in an HTML link, which MkDocs leaves as it is, that
    address itself: « ../autre-fiche/ »), `to_sheets` being the way from the page to the sheets'
    folder; kb check has made sure each names a sheet."""
    pieces, last = [], 0
    for offset, target, _, raw in links_in(text):
        stem = linked_sheet(target)
        if stem:
            fragment = target[target.index("#"):] if "#" in target else ""
            page = f"{to_sheets}/{stem}/" if raw else f"{to_sheets}/{stem}/index.md"
            pieces += [text[last:offset], page + fragment]
            last = offset + len(target)
    return "".join(pieces) + text[last:]
