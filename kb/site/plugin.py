"""The MkDocs plugin `relier`: sanitises each page's rendered content (see sanitise.py).

Declared in mkdocs.yml (`plugins: [relier]`, so that `kb serve` previews exactly what is
published) and added by `kb build` if a project's mkdocs.yml forgets it."""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import BasePlugin

from ..progress import SILENT, Progress
from ..sanitise import needs_cleaning, sanitise

PLUGIN_NAME = "relier"


class RelierPlugin(BasePlugin):  # type: ignore[type-arg]
    progress: Progress = SILENT  # `kb build` shows the pages rendered so far
    _pages = 0
    _total = 0

    def on_files(self, files: Any, config: Any) -> Any:
        self._pages, self._total = 0, sum(1 for f in files if f.is_documentation_page())
        return files

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        self._pages += 1
        self.progress.update("MkDocs : pages rendues", self._pages, self._total)
        return sanitise(html) if needs_cleaning(page.file.src_uri, html) else html


def ensure_plugin(config: Any) -> RelierPlugin:
    """The plugin of a loaded MkDocs config, registered if its mkdocs.yml does not declare it."""
    for plugin in config.plugins.values():
        if isinstance(plugin, RelierPlugin):
            return plugin
    plugin = config.plugins[PLUGIN_NAME] = RelierPlugin()
    return plugin
