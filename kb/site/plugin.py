"""The MkDocs plugin `relier`: sanitises each page's rendered content (see sanitise.py).

Declared in mkdocs.yml (`plugins: [relier]`, so that `kb serve` previews exactly what is
published) and added by `kb build` if a project's mkdocs.yml forgets it."""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import BasePlugin

from ..sanitise import TRUSTED_PAGES, sanitise

PLUGIN_NAME = "relier"


class RelierPlugin(BasePlugin):  # type: ignore[type-arg]
    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        if page.file.src_uri in TRUSTED_PAGES:
            return html
        return sanitise(html)


def ensure_plugin(config: Any) -> None:
    """Register the plugin on a loaded MkDocs config that does not declare it."""
    if not any(isinstance(plugin, RelierPlugin) for plugin in config.plugins.values()):
        config.plugins[PLUGIN_NAME] = RelierPlugin()
