"""Turn build/docs into site/ with MkDocs Material, atomically."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from ..errors import KbError
from ..fileio import replace_dir

SITE_DIR = Path("site")


def publish(root: Path, config_file: str = "mkdocs.yml") -> Path:
    target = root / SITE_DIR
    staging = root / "build" / "site.tmp"
    if staging.exists():
        shutil.rmtree(staging)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        config = load_config(str(root / config_file), site_dir=str(staging))
        build(config)
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise KbError(f"MkDocs n'a pas pu construire le site : {exc}") from exc
    replace_dir(staging, target)
    return target
