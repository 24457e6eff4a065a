"""Keep Python-Markdown away from the raw HTML that Relier itself generates.

A generated page (build/docs) is mostly raw HTML written by kb/site/*_page.py: cards, lists of
links, tables, the local map. Python-Markdown gives it back unchanged, but only after parsing it
(html.parser and md_in_html): most of MkDocs' time on our tree (a profile at 200 sheets: 62 %).
Before Markdown, each blank-line-separated block of a generated page that is one balanced
block-level element (no `markdown=` attribute, no heading: the table of contents must see those)
is swapped for a placeholder; after Markdown, the placeholder is swapped back. The output is
what Markdown would have written (tests/test_render_plugins.py builds the starter base both ways).

Only pages whose front matter says they are generated (`markup.front_matter`) are touched, and in
them never the contributed Markdown (a sheet's body, an annex's text), which the generator wraps
in `markdown_region`. Without this plugin (plain `mkdocs build`), the same tree builds to the same
pages, only slower: the publishing engine stays replaceable."""

from __future__ import annotations

import re

from markdown import Markdown
from mkdocs.plugins import BasePlugin, event_priority

from .markup import GENERATED, REGION_END, REGION_START

_SLOT = "\ue000relier{}\ue001"
_PLACED = re.compile(r"(?:<p>)?\ue000relier(\d+)\ue001(?:</p>)?")
_OPEN = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)[\s>]")
_HEADING = re.compile(r"<h[1-6][\s>]", re.IGNORECASE)  # in the table of contents: Markdown must see it
_BLOCK = frozenset(Markdown().block_level_elements)


def stash(markdown: str) -> tuple[str, list[str]]:
    """The page's Markdown with its generated HTML blocks as placeholders, and those blocks."""
    blocks: list[str] = []
    parts = re.split(r"(\n[ \t]*\n)", markdown)  # blocks at even indexes, what parts them between
    inside = False
    for index in range(0, len(parts), 2):
        text = parts[index].strip("\n")
        if text == REGION_START or text == REGION_END:
            inside = text == REGION_START
            parts[index] = ""
        elif not inside and _is_raw_block(text):
            parts[index] = _SLOT.format(len(blocks))
            blocks.append(text)
    return "".join(parts), blocks


def unstash(html: str, blocks: list[str]) -> str:
    if not blocks:
        return html
    return _PLACED.sub(lambda m: blocks[int(m.group(1))] if int(m.group(1)) < len(blocks) else "", html)


def _is_raw_block(text: str) -> bool:
    match = _OPEN.match(text)
    if match is None:
        return False
    tag = match.group(1).lower()
    if tag not in _BLOCK or "markdown=" in text or "\ue000" in text or _HEADING.search(text):
        return False
    end = text.rstrip()
    if not end.lower().endswith(f"</{tag}>"):
        return False
    depth = 0  # one element: the first tag is closed only by the very last one
    for found in re.finditer(rf"<(/?){tag}[\s>/]", end, re.IGNORECASE):
        depth += -1 if found.group(1) else 1
        if depth == 0:
            return found.end() == len(end)
    return False


class StashPlugin(BasePlugin):
    """The MkDocs side: stash as late as possible, put back as early as possible."""

    def __init__(self) -> None:
        self._blocks: dict[str, list[str]] = {}

    @event_priority(-100)
    def on_page_markdown(self, markdown: str, page, **_: object) -> str:
        if not page.meta.get(GENERATED):
            return markdown
        markdown, blocks = stash(markdown)
        self._blocks[page.file.src_uri] = blocks
        return markdown

    @event_priority(100)
    def on_page_content(self, html: str, page, **_: object) -> str:
        return unstash(html, self._blocks.pop(page.file.src_uri, []))

