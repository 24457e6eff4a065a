"""Turn build/docs into site/: MkDocs Material, its pages sanitised, plus the Pagefind search
bundle. Atomically; after an edit, only the pages that changed are rendered (kb/site/render_cache.py)."""

from __future__ import annotations

import gc
import logging
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from ..errors import KbError
from ..text import quote
from ..export.background import ModuleExports
from ..fileio import UMASK, os_error_message, replace_dir, staging_dir
from ..processes import give_back_memory
from ..progress import SILENT, Progress
from ..cms.admin import write_admin
from .clean import clean_pages, is_page
from .engine import NAME, Messages, logger_name
from .render_cache import (CACHE_DIR, check_fresh, detach_outputs, fingerprint, invalidate, is_valid,
                           mirror_tree, remove_stale, seal)
from .search_bundle import SearchBundle
from .parallel import workers
from .plugins import add_to as add_plugins

SITE_DIR = Path("site")
DIRTY_WARNING = "A 'dirty' build is being performed"  # MkDocs' notice; partial builds are what the cache is for


@dataclass
class Published:
    """What `publish` did: the site folder, how many pages MkDocs rendered, whether the build was
    partial; `finish()` waits until the previous site's files are removed (kb build does not: a
    process of its own removes them, at a lower priority, after kb build has ended)."""

    site: Path
    rendered: int
    partial: bool
    _remover: subprocess.Popen | None = None

    def finish(self) -> None:
        if self._remover is not None:
            self._remover.wait()


def publish(root: Path, search_bundle: SearchBundle, config_file: str = "mkdocs.yml",
            progress: Progress = SILENT, module_exports: ModuleExports | None = None) -> Published:
    """MkDocs into build/site-cache (only the pages whose source changed, when the cache is valid),
    those pages sanitised; then site/ assembled beside it from hard links to the cache, the search
    bundle and the modules' documents, and swapped in."""
    target, cache = root / SITE_DIR, root / CACHE_DIR
    messages = Messages()
    logger = logging.getLogger(logger_name())
    logger.setLevel(logging.WARNING)
    logger.addHandler(messages)
    logger.propagate = False
    try:
        config = load_config(str(root / config_file), site_dir=str(cache))
        add_plugins(config, workers(), _counter(progress), clean=True)
        stamp = fingerprint(root, config_file, config)
        incremental = stamp is not None and is_valid(cache, stamp)
        if not incremental:
            shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True, exist_ok=True)
        invalidate(cache)  # the caller holds kb.lock (kb build); a build killed from here on is not trusted
        outputs = config.plugins["relier-sorties"] = _Outputs(incremental)
        with _no_cyclic_gc():
            build(config, dirty=True)  # the cache is empty when not incremental
        search_bundle.hurry()  # MkDocs' workers are gone: the cores are Pagefind's
        if not incremental:  # two Pagefind processes may now run: MkDocs' memory handed back first
            give_back_memory()
        files, changed = outputs.files, outputs.changed
        progress.clear()
    except (MkDocsException, OSError) as exc:
        detail = "; ".join(in_french(line) for line in messages.lines[-5:]) or (os_error_message(exc) if isinstance(exc, OSError) else str(exc))
        raise KbError(f"{NAME} n'a pas pu construire le site : {detail}") from exc
    finally:
        logger.removeHandler(messages)
    lines = [line for line in messages.lines if not line.startswith(DIRTY_WARNING)]
    if lines:
        raise KbError(f"{NAME} signale des problèmes : " + "; ".join(in_french(line) for line in lines[:10]))
    staging = _staging(root, incremental)
    try:
        remove_stale(config, files)
        # MkDocs' pages were cleaned as they were rendered; the pages it only copied are cleaned here
        copied = [Path(file.abs_dest_path) for file in files if file.inclusion.is_included()
                  and not file.is_documentation_page() and is_page(file.dest_uri)]
        if incremental:
            pages = [page for page in changed if page.is_file()]
            fresh = frozenset(pages)
            copied = [page for page in copied if page in fresh]
            rendered = len(pages) - len(copied)
        else:
            rendered = len(files.documentation_pages())
        check_fresh(copied)
        clean_pages(cache, copied, progress)
        if stamp is not None:
            seal(cache, stamp)
        mirror_tree(cache, staging, keep=frozenset({"admin", "pagefind"}))
        write_admin(root, staging / "admin")  # the web editor, beside the pages (not through MkDocs)
        if not incremental and stamp is not None:  # the next build's folder, made while Pagefind finishes (_staging)
            mirror_tree(cache, root / RECYCLED)
        bundle = search_bundle.wait()
        documents = module_exports.wait() if module_exports else {}
        mirror_tree(bundle, staging / "pagefind")  # Pagefind writes a new folder when it runs: never into these
        for module_id, folder in documents.items():
            for path in folder.iterdir():
                if not path.name.startswith("."):
                    copied = staging / "modules" / module_id / path.name
                    copied.unlink(missing_ok=True)  # it may be a link to the cache: never write into it
                    shutil.copy2(path, copied)
    except (KbError, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise KbError(f"le site n'a pas pu être assemblé : {os_error_message(exc)}") from exc
        raise
    try:
        old = replace_dir(staging, target, remove_old=False)  # an exchange: site/ exists at every instant
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # the previous site stays; told by the CLI, in French
        raise
    remover = None
    if old is not None:  # kept to be the next build's staging folder (see _staging)
        try:
            old.rename(root / RECYCLED)
        except OSError:  # unlinking its files (seconds at 10 000 sheets): off the critical path
            remover = _remove_later(root, old)
    return Published(target, rendered, incremental, remover)


RECYCLED = Path("build") / "site-precedent"  # the previous site, made into the next one by the next build


def _staging(root: Path, incremental: bool) -> Path:
    """The folder the site is assembled in. After a partial MkDocs build, the previous site (kept
    by the last build) is brought up to date there: the same folders, and the same hard links for
    every page that did not change (kb/site/render_cache.py, mirror_tree). After a full one nothing
    of it can be kept: a new folder, and the previous site removed after kb build has ended; a full
    build leaves a tree of links to its pages for the next one instead (the first edit after
    `make site` would otherwise make ten thousand folders at 10 000 sheets)."""
    staging = staging_dir(root / "build" / "site")
    recycled = root / RECYCLED
    if not recycled.is_dir():
        return staging
    if not incremental:
        _remove_later(root, recycled)
        return staging
    try:
        staging.rmdir()
        recycled.rename(staging)  # named for this process, as staging_dir names it: a killed run's is removed
        staging.chmod(0o777 & ~UMASK)  # (one an older version made 0700)
    except OSError:
        staging.mkdir(exist_ok=True)
    return staging


TRASH = Path("build") / "corbeille"  # the previous sites, being removed after kb build has ended
STALE_TRASH_S = 600


def _remove_later(root: Path, old: Path) -> subprocess.Popen:
    """Move the previous site into build/corbeille/ and remove it there, in a process of its own
    at a lower priority that outlives kb build; what an earlier removal left (a machine stopped
    meanwhile) goes with it."""
    trash = root / TRASH
    trash.mkdir(parents=True, exist_ok=True)
    doomed = [trash / old.name]
    try:
        old.rename(doomed[0])
    except OSError:
        doomed[0] = old
    now = time.time()
    for left in trash.iterdir():
        try:
            if left != doomed[0] and now - left.stat().st_mtime > STALE_TRASH_S:
                doomed.append(left)
        except OSError:
            continue
    return subprocess.Popen(["nice", "-n", "10", "rm", "-rf", "--", *map(str, doomed)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


class _Outputs(BasePlugin):
    """The files MkDocs is about to write, as its build gathers them (docs tree and theme); when
    the build is incremental, each is unlinked from the cache before it is written
    (render_cache.detach_outputs): MkDocs then writes a new file, never into a published one."""

    def __init__(self, incremental: bool) -> None:
        self.incremental = incremental
        self.files = Files([])
        self.changed: list[Path] = []

    @event_priority(-100)  # after any other plugin has changed the files
    def on_files(self, files: Files, config, **_: object) -> Files:
        self.files = files
        if self.incremental:
            self.changed = detach_outputs(config, files)
        return files


# what the engine says of a link whose file is missing, and where the page it names comes from
_MISSING_LINK = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']*)', but the target "
                           r"'(?P<target>[^']*)' is not found among documentation files\.?")
_PAGE_SOURCES = ((re.compile(r"fiches/([^/]+)/index\.md"), "practices/{}.md"),
                 (re.compile(r"annexes/([^/]+)/index\.md"), "annexes/{}.md"))


def in_french(line: str) -> str:
    """An engine's message a contributor can act on, in French, naming the file they wrote: kb check
    catches these links first; this is for a link written in a way it does not read."""
    missing = _MISSING_LINK.fullmatch(line.strip())
    if not missing:
        return line
    page = missing.group("page")
    source = next((template.format(found.group(1)) for pattern, template in _PAGE_SOURCES
                   if (found := pattern.fullmatch(page))), f"docs/{page}")
    return (f"{source} : le lien {quote(missing.group('link'))} mène à un fichier introuvable "
            f"({missing.group('target')}) : corrigez-le (pour une autre fiche, écrivez [texte](id-de-la-fiche.md)) "
            "ou retirez-le")


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """MkDocs keeps every page it renders; with the corpus and the graph also alive, the cyclic
    collector's full passes walk millions of objects again and again (12 % of a 10 000-sheet
    build). Reference counting frees most of the rest; the pages' converters, which are cycles,
    are collected young (kb/site/slim.py)."""
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def _counter(progress: Progress):
    if not progress.enabled:
        return None
    return lambda done, total: progress.update(f"{NAME} : pages rendues", done, total)
