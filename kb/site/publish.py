"""Turn build/docs into site/: MkDocs Material, then the Pagefind search index. Atomically."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from ..errors import KbError
from ..fileio import replace_dir
from .search_bundle import SearchBundle

SITE_DIR = Path("site")


def publish(root: Path, config_file: str = "mkdocs.yml", search_bundle: SearchBundle | None = None) -> Path:
    target = root / SITE_DIR
    staging = root / "build" / "site.tmp"
    if staging.exists():
        shutil.rmtree(staging)
    messages = _MkDocsMessages()
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.WARNING)
    logger.addHandler(messages)
    logger.propagate = False
    try:
        config = load_config(str(root / config_file), site_dir=str(staging))
        build(config)
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        detail = "; ".join(messages.lines[-5:]) or str(exc)
        raise KbError(f"MkDocs n'a pas pu construire le site : {detail}") from exc
    finally:
        logger.removeHandler(messages)
    if messages.lines:
        shutil.rmtree(staging, ignore_errors=True)
        raise KbError("MkDocs signale des problèmes : " + "; ".join(messages.lines[:10]))
    if search_bundle is not None:
        shutil.copytree(search_bundle.wait(), staging / "pagefind")
    else:
        index_search(staging)
    replace_dir(staging, target)
    return target


class _MkDocsMessages(logging.Handler):
    """Collect MkDocs' warnings and errors: a generated tree must build without any."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def index_search(site: Path) -> None:
    """Build Pagefind's chunked index: a first search downloads a few fragments, not the whole index."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--exclude-selectors", ".headerlink", "--silent"]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        shutil.rmtree(site, ignore_errors=True)
        raise KbError("Pagefind n'a pas pu indexer le site : " + (proc.stderr or proc.stdout).strip()[-800:])
