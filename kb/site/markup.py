"""Small helpers to write safe Markdown and HTML in generated pages."""

from __future__ import annotations

import html
import json
import re


_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})
GENERATED = "relier_genere"  # front-matter key of the pages Relier generates (kb/site/stash.py)
REGION_START, REGION_END = "<!--relier:markdown-->", "<!--/relier:markdown-->"
_MARKERS = re.compile(r"<!--\s*/?\s*relier:markdown\s*-->|[\ue000\ue001]")


def esc(text: object) -> str:
    """Escape text for HTML, in text and in attributes (and for Markdown, where raw HTML is
    interpreted): braces too, so that a title can never become a Markdown attribute list
    (« {: onclick=… } ») on the heading it is written in."""
    out = html.escape(str(text), quote=True)
    return out.translate(_BRACES) if "{" in out or "}" in out else out


def md_text(text: object) -> str:
    """Text placed in Markdown: HTML-escaped, Markdown emphasis and link characters neutralised."""
    out = esc(text)
    for char in "\\`*_[]":
        out = out.replace(char, "\\" + char)
    return out


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
