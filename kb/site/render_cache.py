"""The rendered pages kept between two `kb build`s (build/site-cache), so that a build after an
edit renders again only the pages whose generated Markdown changed.

MkDocs' own dirty build decides what to render (a page whose output is older than its source:
`File.is_modified`); build/docs is brought up to date file by file (generate.sync_docs), so an
unchanged page keeps its old source and is skipped. What MkDocs cannot see forces a full build:
the cache is stamped with a fingerprint of everything else a page depends on (mkdocs.yml, our
theme, the vocabularies, the sanitiser, the versions of MkDocs, Material and Markdown), and the
stamp is removed while a build runs, so an interrupted build is never trusted.

The cache and site/ share their files (hard links): site/ is published without copying. So
nothing may ever be written *into* a file of the cache: once MkDocs has gathered its files, before
it writes any, every file it is going to write is unlinked (it then writes a new file), using MkDocs' own test (`is_modified`) and the
list of its theme's templates, which it writes every time."""

from __future__ import annotations

import hashlib
import os
import shutil
from importlib import metadata
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.utils import meta

from ..errors import KbError
from .clean import is_page
from .engine import DISTRIBUTION

CACHE_DIR = Path("build") / "site-cache"
STAMP = ".relier-empreinte"
FORMAT = "1"  # bump when what the cache holds changes meaning
NAV_SHOWN = frozenset({"icon", "subtitle", "status"})  # Material's navigation shows these of every page
PACKAGES = (DISTRIBUTION, "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "relier-kb")
_HERE = Path(__file__).parent
SANITISER = (_HERE.parent / "sanitise.py", _HERE / "clean.py", _HERE / "stash.py", _HERE / "navcache.py",
             _HERE / "plugins.py", _HERE / "slim.py", Path(__file__))  # and what changes how pages are made


def fingerprint(root: Path, config_file: str, config: MkDocsConfig | None = None) -> str | None:
    """What every page depends on besides its own Markdown: one digest; None when no partial
    build can be trusted (a page of the navigation whose front matter the theme's navigation
    shows on every page: an icon, a subtitle, a status)."""
    digest = hashlib.sha256(FORMAT.encode())
    if config is not None:
        shown = nav_front_matter(config)
        if any(NAV_SHOWN & set(meta) for meta in shown.values()):
            return None
        digest.update(repr(sorted(shown.items())).encode())
    for name in PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=?\n".encode())
    files = [root / config_file, *SANITISER]
    for folder in (root / "build" / "theme", root / "schemas" / "vocabulaires"):
        files.extend(sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else [])
    for path in files:
        digest.update(path.as_posix().encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(absent)")
        digest.update(b"\0")
    return digest.hexdigest()


def nav_front_matter(config: MkDocsConfig) -> dict[str, dict]:
    """The front matter of the pages named in mkdocs.yml's navigation (their source in docs_dir)."""
    found: dict[str, dict] = {}

    def walk(items: object) -> None:
        if isinstance(items, str) and items.endswith(".md"):
            path = Path(config.docs_dir) / items
            if path.is_file():
                found[items] = meta.get_data(path.read_text(encoding="utf-8"))[1]
        elif isinstance(items, list):
            for item in items:
                walk(item)
        elif isinstance(items, dict):
            for value in items.values():
                walk(value)

    walk(config.nav)
    return found


def is_valid(cache: Path, stamp: str) -> bool:
    """The cache was completed by a build with the same fingerprint."""
    path = cache / STAMP
    return path.is_file() and path.read_text(encoding="utf-8") == stamp


def has_cache(root: Path) -> bool:
    """A previous build left a complete cache (whether it is still valid is known later)."""
    return (root / CACHE_DIR / STAMP).is_file()


def invalidate(cache: Path) -> None:
    """From now until `seal`, the cache is not to be trusted (a build is writing it)."""
    (cache / STAMP).unlink(missing_ok=True)


def seal(cache: Path, stamp: str) -> None:
    (cache / STAMP).write_text(stamp, encoding="utf-8")


def detach_outputs(config: MkDocsConfig, files: Files) -> list[Path]:
    """Unlink, in the cache, every file a dirty MkDocs build is about to write; the pages among
    them (they will have to be sanitised)."""
    site = Path(config.site_dir)
    pages = []
    for file in files:
        if not file.inclusion.is_included() or not file.is_modified():
            continue
        dest = Path(file.abs_dest_path)
        dest.unlink(missing_ok=True)
        if is_page(file.dest_uri):  # as clean_site: every page, rendered or copied, but the theme's
            pages.append(dest)
    for name in config.theme.static_templates:  # written at every build (404.html, sitemap.xml)
        for written in (site / name, site / f"{name}.gz"):
            written.unlink(missing_ok=True)
    return pages


def remove_stale(config: MkDocsConfig, files: Files) -> list[str]:
    """Remove from the cache what no longer has a source (a deleted sheet's page); what was removed."""
    site = Path(config.site_dir)
    expected = {file.dest_uri for file in files if file.inclusion.is_included()}
    for name in config.theme.static_templates:
        expected.update((name, f"{name}.gz"))
    expected.add(STAMP)
    removed = []
    for folder, subfolders, names in os.walk(site, topdown=False):
        for name in names:
            rel = Path(folder, name).relative_to(site).as_posix()
            if rel not in expected:
                Path(folder, name).unlink()
                removed.append(rel)
        if folder != str(site) and not os.listdir(folder):
            os.rmdir(folder)
    return sorted(removed)


def check_fresh(pages: list[Path]) -> None:
    """The pages about to be sanitised in place must be new files, shared with nothing published."""
    shared = [page for page in pages if page.stat().st_nlink > 1]
    if shared:
        raise KbError(f"{shared[0]} est partagé avec le site publié : supprimez build/site-cache, puis relancez kb build")


def mirror_tree(source: Path, target: Path, keep: frozenset[str] = frozenset(),
                skip: frozenset[str] = frozenset({STAMP})) -> int:
    """`target` made the same tree as `source`, of hard links to its files (copies across file
    systems), starting from what `target` already holds: a file that is already the very same file
    (same inode) stays, whatever else goes or is linked again. `keep`: names at the top of
    `target` that are left as they are. Returns how many files were linked or copied.

    A previous site recycled this way costs a few thousand stat-free directory reads instead of
    making (and later removing) a folder per sheet: at 10 000 sheets, seconds of every build."""
    linked = 0

    def sync(src: str, dst: str, top: bool) -> None:
        nonlocal linked
        with os.scandir(src) as entries:
            wanted = {e.name: e for e in entries if not (top and e.name in skip)}
        try:
            with os.scandir(dst) as entries:
                present = {e.name: e for e in entries}
        except FileNotFoundError:
            os.makedirs(dst)
            present = {}
        for name, entry in list(present.items()):
            if top and name in keep:
                continue
            want = wanted.get(name)
            if want is None or want.is_dir(follow_symlinks=False) != entry.is_dir(follow_symlinks=False):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
                del present[name]
        for name, want in wanted.items():
            here = os.path.join(dst, name)
            if want.is_dir(follow_symlinks=False):
                sync(want.path, here, False)
                continue
            entry = present.get(name)  # a file here (a folder in its place has just gone)
            if entry is not None:
                if entry.inode() == want.inode():
                    continue
                os.unlink(here)
            try:
                os.link(want.path, here)
            except OSError:
                shutil.copy2(want.path, here)
            linked += 1

    sync(str(source), str(target), True)
    return linked
