"""The MkDocs plugins `kb build` and `kb serve` add to the configuration they load. They change
how fast pages are made, never what a page says: without them (plain `mkdocs build` on
build/docs, or another publishing engine), the same tree builds to the same pages."""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .clean import clean_rendered, is_page, unmarked_error
from .navcache import NavCachePlugin
from .parallel import NAME as PARALLEL, ParallelPlugin
from .slim import SlimPlugin
from .stash import StashPlugin


class CleanPlugin(BasePlugin):
    """Every page MkDocs renders goes through the sanitiser (kb/site/clean.py) before it is
    written: no second pass reading and writing the whole site. Pages MkDocs only copies are
    still cleaned after the build (publish)."""

    @event_priority(-100)  # after any other plugin has changed the page
    def on_post_page(self, output: str, page, config, **_: object) -> str:
        rel = page.file.dest_uri
        if not is_page(rel):
            return output
        cleaned = clean_rendered(rel, output)
        if cleaned is None:
            raise PluginError(str(unmarked_error([rel])))
        return cleaned


def add_to(config: MkDocsConfig, workers: int = 1,
           progress: Callable[[int, int], None] | None = None, clean: bool = False) -> None:
    """Stash, navigation cache and compressed HTML between MkDocs' passes always; with `clean`, every rendered page sanitised before it
    is written; with `workers` > 1, the pages shared among that many processes (MkDocs must then
    be run with `dirty=True`)."""
    config.plugins["relier-stash"] = StashPlugin()
    config.plugins["relier-navcache"] = NavCachePlugin()
    config.plugins["relier-slim"] = SlimPlugin()
    if clean:
        config.plugins["relier-clean"] = CleanPlugin()
    if workers > 1 or progress is not None:
        config.plugins[PARALLEL] = ParallelPlugin(workers, progress)
