"""Site settings read from mkdocs.yml (site_name, site_url, extra.relier.edit_url)."""

from __future__ import annotations

from pathlib import Path

import yaml

from .data import SiteSettings


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags (emoji, slugify…): read them as nothing."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_settings(root: Path, config_file: str = "mkdocs.yml") -> SiteSettings:
    path = root / config_file
    if not path.is_file():
        return SiteSettings()
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    relier = ((config.get("extra") or {}).get("relier") or {}) if isinstance(config, dict) else {}
    return SiteSettings(site_name=str(config.get("site_name") or "Relier"),
                        site_url=str(config.get("site_url") or ""),
                        edit_url=str(relier.get("edit_url") or ""))
