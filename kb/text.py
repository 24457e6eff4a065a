"""Small text helpers: accent folding, slugs, French quotation, "did you mean"."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case and strip accents: « Éducatif » -> « educatif »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def heading_key(heading: str) -> str:
    """A `##` heading as it is compared with the template's titles: folded, without a final colon
    (« Paroles de praticiens : » is « paroles de praticiens »). Headings repeat from sheet to sheet:
    each is folded once."""
    return fold(heading).rstrip(" :")


def slugify(text: str, sep: str = "-", max_length: int = 80) -> str:
    """« L'entretien d'accueil en CHRS » -> « l-entretien-d-accueil-en-chrs »."""
    slug = _NON_ALNUM.sub(sep, fold(text)).strip(sep)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit(sep, 1)[0] or slug[:max_length]
    return slug


def quote(value: object) -> str:
    return f"« {value} »"


def suggest(value: str, candidates: Mapping[str, str], cutoff: float = 0.7) -> str | None:
    """The candidate target closest to `value`.

    `candidates` maps spellings a user may type (ids, labels, synonyms) to the id to suggest.
    """
    key = slugify(value, sep="_")
    folded = {slugify(spelling, sep="_"): target for spelling, target in candidates.items()}
    if key in folded:
        return folded[key]
    close = difflib.get_close_matches(key, list(folded), n=1, cutoff=cutoff)
    return folded[close[0]] if close else None


def did_you_mean(value: str, candidates: Mapping[str, str] | Iterable[str], cutoff: float = 0.7) -> str:
    """« — vouliez-vous dire « x » ? » or an empty string."""
    if not isinstance(candidates, Mapping):
        candidates = {c: c for c in candidates}
    hit = suggest(value, candidates, cutoff)
    return f" — vouliez-vous dire {quote(hit)} ?" if hit and hit != value else ""


_LEADING_ARTICLES = re.compile(r"^(?:l['’]|la |le |les |un |une |des |du |de la |« ?)+", re.IGNORECASE)


def title_sort_key(title: str) -> str:
    """Sort titles as a French index does: « L'écocarte » under E, « La médiation » under M."""
    return fold(_LEADING_ARTICLES.sub("", title.strip().lstrip("«» \"'"))).strip()


_MARKUP = (
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),          # heading markers
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),   # list markers
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),       # links and images: keep the text
    (re.compile(r"[*_`]{1,3}"), ""),                        # emphasis and code marks
    (re.compile(r"<[^>]+>"), " "),                           # raw HTML tags
)


def plain_text(markdown: str) -> str:
    """The words of a Markdown body, without its markup (for the index and the excerpts)."""
    for pattern, replacement in _MARKUP:
        markdown = pattern.sub(replacement, markdown)
    return markdown
