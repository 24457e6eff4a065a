"""Turn build/docs into site/: MkDocs Material, its pages sanitised, plus the Pagefind search
bundle. Atomically."""

from __future__ import annotations

import gc
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from ..errors import KbError
from ..export.background import ModuleExports
from ..fileio import os_error_message, replace_dir, staging_dir
from ..progress import SILENT, Progress
from ..cms.admin import write_admin
from .clean import clean_site
from .search_bundle import SearchBundle

SITE_DIR = Path("site")


def publish(root: Path, search_bundle: SearchBundle, config_file: str = "mkdocs.yml",
            progress: Progress = SILENT, module_exports: ModuleExports | None = None) -> Path:
    """MkDocs into a staging folder, the search bundle and the modules' documents beside it, then
    swap into site/."""
    target = root / SITE_DIR
    staging = staging_dir(root / "build" / "site")  # the caller holds kb.lock (kb build)
    messages = _MkDocsMessages()
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.WARNING)
    logger.addHandler(messages)
    logger.propagate = False
    pages = _PagesBuilt(progress)
    try:
        config = load_config(str(root / config_file), site_dir=str(staging))
        with _no_cyclic_gc(), pages.counted():
            build(config)
        progress.clear()
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        detail = "; ".join(messages.lines[-5:]) or (os_error_message(exc) if isinstance(exc, OSError) else str(exc))
        raise KbError(f"MkDocs n'a pas pu construire le site : {detail}") from exc
    finally:
        logger.removeHandler(messages)
    if messages.lines:
        shutil.rmtree(staging, ignore_errors=True)
        raise KbError("MkDocs signale des problèmes : " + "; ".join(messages.lines[:10]))
    try:
        clean_site(staging, progress)
        write_admin(root, staging / "admin")  # the web editor, beside the pages (not through MkDocs)
        bundle = search_bundle.wait()
        documents = module_exports.wait() if module_exports else {}
    except KbError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.copytree(bundle, staging / "pagefind")
    for module_id, folder in documents.items():
        for path in folder.iterdir():
            if not path.name.startswith("."):
                shutil.copy2(path, staging / "modules" / module_id / path.name)
    try:
        replace_dir(staging, target)  # an exchange: site/ exists at every instant
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # the previous site stays; told by the CLI, in French
        raise
    return target


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """MkDocs keeps every page it renders; with the corpus and the graph also alive, the cyclic
    collector's full passes walk millions of objects again and again (12 % of a 10 000-sheet
    build). Reference counting still frees almost everything; the few cycles wait until the end."""
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


class _PagesBuilt(logging.Handler):
    """MkDocs' progress on a terminal: it logs each page it reads, then each page it builds (at
    the debug level, listened to only while progress is shown)."""

    LOGGER = "mkdocs.commands.build"

    def __init__(self, progress: Progress) -> None:
        super().__init__(level=logging.DEBUG)
        self.progress = progress
        self.read = self.built = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.msg if isinstance(record.msg, str) else ""
        if message.startswith("Reading: "):
            self.read += 1
        elif message.startswith("Building page "):
            self.built += 1
            self.progress.update("MkDocs : pages rendues", self.built, self.read)

    @contextmanager
    def counted(self) -> Iterator[None]:
        if not self.progress.enabled:
            yield
            return
        logger = logging.getLogger(self.LOGGER)
        level = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(self)
        try:
            yield
        finally:
            logger.removeHandler(self)
            logger.setLevel(level)


class _MkDocsMessages(logging.Handler):
    """Collect MkDocs' warnings and errors: a generated tree must build without any."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())
