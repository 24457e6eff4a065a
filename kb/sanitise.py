"""The second lock: every rendered page (and every exported document) is cleaned by an HTML
sanitiser (nh3, Rust's ammonia) before it reaches readers, so that nothing contributed ever runs
even if `kb check` was skipped.

Only our own interactive pages (explorer, map, search), whose content is generated without any
contributed text, keep their scripts and forms."""

from __future__ import annotations

import nh3
import re2

TRUSTED_PAGES = frozenset({"explorer/index.md", "carte/index.md", "recherche/index.md"})
# Generated pages where every contributed text (titles, summaries, definitions, notes) is
# HTML-escaped by the generator: thousands of them at scale, so they are cleaned only when a
# quick look finds something that could run. Sheet pages (their bodies are raw Markdown) and
# hand-written pages are always cleaned.
ESCAPED_FOLDERS = ("publics/", "secteurs/", "modes/", "themes/", "valeurs/", "concepts/", "glossaire/",
                   "analyse/", "modules/", "fiches/index.md")
_SUSPECT = re2.compile(r"(?i)<\s*/?\s*(?:script|iframe|frame|object|embed|applet|form|base|meta|link|style|math)\b"
                      r"|<[^>]*[\s\"'/]on[a-z]+\s*=|(?:java|vb)\s*script\s*:|data\s*:|&#|&colon;|<\s*img\b")


def needs_cleaning(src_uri: str, html: str) -> bool:
    if src_uri in TRUSTED_PAGES:
        return False
    if src_uri.startswith(ESCAPED_FOLDERS):
        return _SUSPECT.search(html) is not None
    return True

_COMMON = {"class", "id", "title", "lang", "dir", "role", "aria-label", "aria-labelledby", "aria-describedby",
           "aria-hidden", "aria-current", "tabindex"}
_SVG = {
    "svg": {"viewbox", "viewBox", "xmlns", "width", "height", "preserveAspectRatio"},
    "line": {"x1", "y1", "x2", "y2", "stroke", "stroke-width", "stroke-dasharray"},
    "circle": {"cx", "cy", "r", "fill", "stroke"},
    "rect": {"x", "y", "width", "height", "fill", "stroke", "rx"},
    "text": {"x", "y", "text-anchor", "dx", "dy"},
    "g": set(),
    "title": set(),
}
TAGS = set(nh3.ALLOWED_TAGS) | {"figure", "figcaption", "details", "summary", "mark", "section", "nav", "span",
                                 "div", "time", "abbr", "sup", "sub", "dl", "dt", "dd"} | set(_SVG)
ATTRIBUTES = {tag: set(attributes) for tag, attributes in nh3.ALLOWED_ATTRIBUTES.items()}
ATTRIBUTES["*"] = ATTRIBUTES.get("*", set()) | _COMMON
for _tag, _attributes in _SVG.items():
    ATTRIBUTES[_tag] = ATTRIBUTES.get(_tag, set()) | _attributes
ATTRIBUTES["a"] = ATTRIBUTES.get("a", set()) | {"href", "hreflang", "download"}
ATTRIBUTES["img"] = ATTRIBUTES.get("img", set()) | {"src", "alt", "width", "height", "loading"}
ATTRIBUTES["time"] = {"datetime"}
ATTRIBUTES["details"] = {"open"}
ATTRIBUTES["ol"] = ATTRIBUTES.get("ol", set()) | {"start"}
ATTRIBUTES["td"] = ATTRIBUTES.get("td", set()) | {"align", "colspan", "rowspan"}
ATTRIBUTES["th"] = ATTRIBUTES.get("th", set()) | {"align", "colspan", "rowspan", "scope"}
URL_SCHEMES = {"http", "https", "mailto"}


# attributes that make the browser fetch something as soon as the page opens (not links, which
# wait for a click): they may only name a file of the site itself
_FETCHED = {("img", "src")}
_CONTROLS = {9: None, 10: None, 13: None}
_SPACES = "".join(map(chr, range(33)))  # what browsers trim around a URL


def is_remote(url: str) -> bool:
    """True if a browser would fetch `url` from another host: an address with a scheme, or one
    starting with two slashes (browsers read a backslash as a slash, and drop tabs and line feeds)."""
    text = url.translate(_CONTROLS).strip(_SPACES).replace("\\", "/")
    return text.startswith("//") or re2.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text) is not None


# The theme's own elements have ids that begin with two underscores (Material reads its settings
# from « #__config »): an element of a page's content with such an id would come first in the
# document and be read in their place (DOM clobbering), so such ids are dropped. A cheap scan
# says whether a page has an id that could be one (also written with character references).
_THEME_ID = re2.compile(r"(?i)\bid\s*=\s*[\"']?\s*(?:_|&)")
# The theme's layout classes (« md-dialog md-dialog--active » drew a notice in the site's style,
# fixed over the page, linking elsewhere): only its buttons are left to the content.
_THEME_CLASS = re2.compile(r"(?i)\bclass\s*=\s*(?:\"[^\"]*(?:md-(?:[^b]|b[^u])|&)|'[^']*(?:md-(?:[^b]|b[^u])|&)"
                          r"|[^\s\"'>]*(?:md-(?:[^b]|b[^u])|&))")
# SVG paint taken from another host (« fill="url(https://…)" »): fetched as the page opens
_PAINT_URL = re2.compile(r"(?i)url\s*\(|&")
_PAINT = frozenset({"fill", "stroke"})
_PAINT_SCAN = re2.compile(r"(?i)\b(?:fill|stroke)\s*=\s*[\"']?\s*(?:url|&)")
CONTENT_THEME_CLASSES = frozenset({"md-button", "md-button--primary"})


# a cell spanning more columns or rows than a page can show: browsers stop at 1 000, the PDF export's
# engine lays out every one (a 51-byte « colspan="1000000" » held a build for more than ten minutes)
MAX_SPAN = 50
_SPAN_SCAN = re2.compile(r"(?i)\b(?:col|row)span\s*=")


def _attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ("colspan", "rowspan"):
        digits = value.strip()
        return digits if digits.isascii() and digits.isdigit() and len(digits) <= 4 and 0 < int(digits) <= MAX_SPAN else None
    if attribute == "id" and value.strip().startswith("__"):
        return None
    if attribute in _PAINT and _PAINT_URL.search(value):
        return None
    if attribute == "class" and "md-" in value.lower():
        kept = [name for name in value.split() if not name.lower().startswith("md-") or name in CONTENT_THEME_CLASSES]
        return " ".join(kept) or None
    return None if (tag, attribute) in _FETCHED and is_remote(value) else value


def sanitise(html: str) -> str:
    """Keep the structure and links of a page; drop scripts, frames, forms, event handlers,
    styles, javascript:/data: addresses, and images from other hosts (the site makes no request
    to another host: a tracking pixel would tell a third party who reads what)."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None,
                     generic_attribute_prefixes={"data-pagefind-", "data-relier-"},
                     strip_comments=True,
                     attribute_filter=_attribute if "<img" in html.lower() or _THEME_ID.search(html)
                     or _THEME_CLASS.search(html) or _PAINT_SCAN.search(html) or _SPAN_SCAN.search(html) else None)
