"""Render the site's navigation once per folder, not once per page.

Material renders the whole navigation (every section, every link) into every page: at 10 000
sheets that is 10 000 identical renderings. A page that is not itself in the navigation (a sheet,
a concept, a public) shows no active item, and the links are relative to its folder: every page
of `fiches/*/` gets the same navigation, character for character. Our theme (main.html, block
site_nav) asks for it through `relier_fragment(relier_nav_key)`: rendered the first time for a
key, then reused. Pages of the navigation itself, and any page whose folder holds a page of the
navigation, get no key and are rendered as usual. Without this plugin (plain `mkdocs build`),
the theme renders the navigation for every page, as Material does."""

from __future__ import annotations

import posixpath

from markupsafe import Markup
from mkdocs.plugins import BasePlugin


class NavCachePlugin(BasePlugin):

    def __init__(self) -> None:
        self._rendered: dict[str, Markup] = {}
        self._nav_urls: tuple[str, ...] = ()

    def on_env(self, env, config, files, **_: object):
        self._rendered.clear()
        env.globals["relier_fragment"] = self._fragment
        return env

    def on_nav(self, nav, config, files, **_: object):
        self._nav_urls = tuple(page.url for page in nav.pages)
        return nav

    def on_page_context(self, context, page, config, nav, **_: object):
        context["relier_nav_key"] = self.key(page.url)
        return context

    def key(self, url: str) -> str | None:
        """The folder whose pages share one navigation, or None when this page's cannot be shared."""
        if url in self._nav_urls:
            return None
        folder = posixpath.dirname(url)
        if not folder or any(other.startswith(folder + "/") for other in self._nav_urls):
            return None
        return posixpath.dirname(folder) + "/"

    def _fragment(self, key: str | None, caller) -> Markup:
        if key is None:
            return caller()
        if key not in self._rendered:
            self._rendered[key] = caller()
        return self._rendered[key]
