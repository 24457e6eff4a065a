"""The second lock, after MkDocs: every published page's own content goes through the HTML
sanitiser (kb/sanitise.py), so that nothing contributed runs in a reader's browser even if
`kb check` was skipped.

This is a pass over the built site, not an MkDocs plugin: the publishing step stays replaceable
(DESIGN.md). Our theme (kb/site/theme/partials/content.html) marks where a page's content starts
and ends; the pass cleans what lies between the first start mark and the last end mark, so that
marks written inside a page can only widen what is cleaned, never narrow it."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from ..errors import KbError
from ..processes import map_files
from ..progress import SILENT, Progress
from ..sanitise import needs_cleaning, sanitise

START, END = "<!--relier:contenu-->", "<!--/relier:contenu-->"
# pages whose content is the theme's own (no page content, so no marks)
THEME_PAGES = frozenset({"404.html"})


def clean_site(site: Path, progress: Progress = SILENT) -> int:
    """Sanitise the content of every page of a freshly built `site`; the number of pages rewritten.
    A page without marks (a theme that is not ours) stops the build: it could not be cleaned."""
    return clean_pages(site, sorted(_pages(site)), progress)


def pages_written_since(site: Path, since_ns: int) -> list[Path]:
    """The pages of `site` written at or after `since_ns` (what a partial MkDocs build rendered)."""
    return sorted(page for page in _pages(site) if page.stat().st_mtime_ns >= since_ns)


def clean_pages(site: Path, pages: list[Path], progress: Progress = SILENT) -> int:
    """Sanitise the content of `pages` of `site` (`kb build`: all of them; `kb serve`: those
    MkDocs has just rendered); the number of pages rewritten."""
    try:
        outcomes = map_files(pages, functools.partial(_clean_page, site), progress=progress,
                             label="Nettoyage des pages")
    except (OSError, UnicodeDecodeError) as exc:
        raise KbError(f"les pages construites n'ont pas pu être nettoyées ({exc}) : "
                      "vérifiez la place libre sur le disque, puis relancez kb build") from exc
    unmarked = [page.relative_to(site).as_posix() for page, outcome in zip(pages, outcomes) if outcome is None]
    if unmarked:
        raise unmarked_error(unmarked)
    return sum(outcomes)  # type: ignore[arg-type]


def is_page(rel: str) -> bool:
    """A file of the site (path relative to it) that the sanitiser cleans."""
    return rel.endswith(".html") and not rel.startswith("assets/") and rel not in THEME_PAGES


def _pages(site: Path) -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(site):
        subfolders[:] = [name for name in subfolders if not (folder == str(site) and name == "assets")]
        found.extend(Path(folder, name) for name in files if name.endswith(".html"))
    return [page for page in found if is_page(page.relative_to(site).as_posix())]


def clean_rendered(rel: str, html: str) -> str | None:
    """The page `rel` (path in the site) with its content sanitised (the same string when it was
    clean already); None if it has no marks. MkDocs' pages are cleaned this way as they are
    rendered (kb/site/plugins.py), before they are written."""
    start, end = html.find(START), html.rfind(END)
    if start < 0 or end < start:
        return None
    content = html[start + len(START):end]
    source = rel.removesuffix(".html") + ".md"  # use_directory_urls: false
    if not needs_cleaning(source, content):
        return html
    cleaned = sanitise(content)
    if cleaned == content:
        return html
    return html[:start + len(START)] + cleaned + html[end:]


def unmarked_error(pages: list[str]) -> KbError:
    return KbError(f"{len(pages)} page(s) sans les repères du thème Relier (par exemple {pages[0]}) : "
                   "elles ne peuvent pas être nettoyées. Vérifiez que mkdocs.yml garde "
                   "« custom_dir: build/theme » dans la section theme.")


def _clean_page(site: Path, page: Path) -> bool | None:
    """True if the page was rewritten, False if it was clean already, None if it has no marks."""
    html = page.read_text(encoding="utf-8")
    cleaned = clean_rendered(page.relative_to(site).as_posix(), html)
    if cleaned is None or cleaned is html:
        return None if cleaned is None else False
    page.write_text(cleaned, encoding="utf-8")  # a staging copy
    return True
