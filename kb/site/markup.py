"""Small helpers to write safe Markdown and HTML in generated pages."""

from __future__ import annotations

import html
import json


_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def esc(text: object) -> str:
    """Escape text for HTML, in text and in attributes (and for Markdown, where raw HTML is
    interpreted): braces too, so that a title can never become a Markdown attribute list
    (« {: onclick=… } ») on the heading it is written in."""
    return html.escape(str(text), quote=True).translate(_BRACES)


def md_text(text: object) -> str:
    """Text placed in Markdown: HTML-escaped, Markdown emphasis and link characters neutralised."""
    out = esc(text)
    for char in "\\`*_[]":
        out = out.replace(char, "\\" + char)
    return out


def front_matter(**values: object) -> str:
    lines = ["---"]
    for key, value in values.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count <= 1 else (plural_form or singular + 's')}"
