"""The /admin/ folder: Decap CMS from node_modules (no CDN), its generated configuration, the
browser rules and Relier's preview and checks. `kb build` publishes it; `kb admin` serves it with
the local backend."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import KbError
from ..fileio import write_atomic
from ..site.settings import _TolerantLoader
from ..vocabularies import load_vocabularies
from .config import PRACTICE_SCHEMA, cms_config
from .rules import rules_script

CONFIG_PATH = Path(__file__).parent / "admin" / "config.yml"
ASSETS = Path(__file__).parent / "assets"
SITE_CSS = Path(__file__).parent.parent / "site" / "assets" / "relier.css"
DECAP = Path("node_modules") / "decap-cms" / "dist"
HEADER = "# Généré depuis schemas/ par « python -m kb.cms » : ne pas modifier à la main.\n"


def relier_settings(root: Path) -> dict[str, Any]:
    path = root / "mkdocs.yml"
    if not path.is_file():
        return {}
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    relier = (config.get("extra") or {}).get("relier") if isinstance(config, dict) else None
    return relier if isinstance(relier, dict) else {}


def template_text() -> str:
    return resources.files("kb").joinpath("templates/fiche.md").read_text(encoding="utf-8")


def config_data(root: Path, local_backend: str | None = None) -> dict[str, Any]:
    vocabularies, _ = load_vocabularies(root)
    config = cms_config(root, vocabularies, template_text(), relier_settings(root))
    if local_backend:
        config = {**config, "local_backend": {"url": local_backend}}
    return config


def render_config(root: Path, local_backend: str | None = None) -> str:
    return HEADER + yaml.safe_dump(config_data(root, local_backend), allow_unicode=True, sort_keys=False,
                                   width=110)


def admin_tree(root: Path, local_backend: str | None = None) -> dict[str, bytes]:
    """Every file of /admin/, in memory."""
    decap = root / DECAP
    if not (decap / "decap-cms.js").is_file():
        raise KbError(f"{DECAP.as_posix()}/decap-cms.js est introuvable : installez les dépendances JavaScript "
                      "du site avec « npm ci »")
    vocabularies, _ = load_vocabularies(root)
    tree = {"config.yml": render_config(root, local_backend).encode(),
            "regles.js": rules_script(root / PRACTICE_SCHEMA, vocabularies).encode(),
            "relier.css": SITE_CSS.read_bytes()}
    for path in sorted(ASSETS.iterdir()):
        if path.is_file():
            tree[path.name] = path.read_bytes()
    # the bundle and the chunks it loads on demand (code, wasm), without the source maps
    for path in sorted(decap.iterdir()):
        if path.name.endswith("decap-cms.js") or path.suffix == ".wasm" or path.name == "decap-cms.js.LICENSE.txt":
            tree["decap/" + path.name] = path.read_bytes()
    return tree


def write_admin(root: Path, target: Path, local_backend: str | None = None) -> int:
    tree = admin_tree(root, local_backend)
    for name, content in tree.items():
        write_atomic(target / name, content)
    return len(tree)
