"""The MkDocs plugins `kb build` and `kb serve` add to the configuration they load. They change
how fast pages are made, never what a page says: without them (plain `mkdocs build` on
build/docs, or another publishing engine), the same tree builds to the same pages."""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig

from .navcache import NavCachePlugin
from .parallel import NAME as PARALLEL, ParallelPlugin
from .stash import StashPlugin


def add_to(config: MkDocsConfig, workers: int = 1,
           progress: Callable[[int, int], None] | None = None) -> None:
    """Stash and navigation cache always; with `workers` > 1, the pages shared among that many
    processes (MkDocs must then be run with `dirty=True`)."""
    config.plugins["relier-stash"] = StashPlugin()
    config.plugins["relier-navcache"] = NavCachePlugin()
    if workers > 1 or progress is not None:
        config.plugins[PARALLEL] = ParallelPlugin(workers, progress)
