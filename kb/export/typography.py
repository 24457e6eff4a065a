"""French typography for printed documents: a no-break space before « : » and inside « »,
a narrow no-break space before « ; ? ! », the typographic apostrophe (’), applied to text only (never inside tags, code or URLs)."""

from __future__ import annotations

import re

NBSP, NNBSP = "\u00a0", "\u202f"
_TAG_OR_TEXT = re.compile(r"(<(?:code|pre|script|style)\b.*?</(?:code|pre|script|style)>|<[^>]*>)", re.DOTALL | re.IGNORECASE)
_RULES = (
    (re.compile(r"(?<=\w)(?:'|&#x27;|&#39;|&apos;)(?=\w)"), "\u2019"),  # l'accueil -> l’accueil (escaped or not)
    (re.compile(r"[ \t\u00a0\u202f]+([;?!])"), NNBSP + r"\1"),
    (re.compile(r"(?<=\w)([?!])(?=\s|$)"), NNBSP + r"\1"),   # « Pourquoi? » -> « Pourquoi ? » (not ; : entities)
    (re.compile(r"[ \t\u00a0\u202f]+:"), NBSP + ":"),
    (re.compile(r"«[ \t\u00a0\u202f]*"), "«" + NBSP),
    (re.compile(r"[ \t\u00a0\u202f]*»"), NBSP + "»"),
)


def french_text(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def french_html(html: str) -> str:
    """Apply `french_text` to the text between the tags of an HTML fragment."""
    parts = _TAG_OR_TEXT.split(html)
    return "".join(part if index % 2 else french_text(part) for index, part in enumerate(parts))
