"""Hold a rendered page's HTML compressed between MkDocs' two passes.

MkDocs renders the Markdown of every page first, keeping each page's source and HTML, and only
then puts each page into the theme's templates. At 10 000 sheets that is every page's text held
at once, twice (source and HTML), in every worker: the build's peak memory. Once a page's
Markdown is rendered, its source is not needed any more (MkDocs reads `page.markdown` only to
render it) and its HTML is needed again only for its own template: this plugin drops the source,
keeps the HTML compressed (zlib, fastest level: a tenth of the size, a fraction of a millisecond)
and gives it back just before the page's template is rendered, then drops it once the page is
written. What a page says does not change: without this plugin, the same pages.

Each page's Markdown converter is a reference cycle (the converter and its processors point at one
another) holding the page's whole element tree: freed only by the cyclic collector, which
`kb build` keeps from walking the whole heap again and again (kb/site/publish.py). The young
generations, where those cycles are, are collected every COLLECT_EVERY pages."""

from __future__ import annotations

import gc
import zlib

from mkdocs.plugins import BasePlugin, event_priority


COLLECT_EVERY = 25


class SlimPlugin(BasePlugin):

    def __init__(self) -> None:
        self._held: dict[str, bytes] = {}
        self._rendered = 0

    @event_priority(-1000)  # after every other plugin has had the page's HTML
    def on_page_content(self, html: str, page, **_: object) -> str:
        self._held[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        page.markdown = None
        self._rendered += 1
        if self._rendered % COLLECT_EVERY == 0:
            gc.collect(1)
        return ""

    @event_priority(1000)  # before any other plugin looks at the page in its template's context
    def on_page_context(self, context, page, **_: object):
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = zlib.decompress(held).decode("utf-8")
        return context

    @event_priority(-1000)
    def on_post_page(self, output: str, page, **_: object) -> str:
        page.content = None  # written: MkDocs does not read it again
        return output
