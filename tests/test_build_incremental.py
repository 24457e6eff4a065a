"""`kb build` after an edit renders again only the pages whose generated Markdown changed, and
publishes the same site as a build from scratch (kb/site/render_cache.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import sheet_text

SHEET = Path("fiches") / "ecoute-en-binome" / "index.html"
NEIGHBOUR = Path("fiches") / "groupe-d-echange" / "index.html"
UNRELATED = Path("a-propos") / "index.html"
ALWAYS = {"sitemap.xml", "sitemap.xml.gz", "404.html"}  # MkDocs writes them at every build


def _state(site: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file of the site: its bytes, modification time and inode (hard links: shared)."""
    state = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            status = path.stat()
            state[path.relative_to(site).as_posix()] = (path.read_bytes(), status.st_mtime_ns, status.st_ino)
    return state


def _changed(before: dict[str, tuple[bytes, int, int]], after: dict[str, tuple[bytes, int, int]]) -> set[str]:
    """Files added, removed, or rewritten (other bytes, or another mtime)."""
    keys = set(before) | set(after)
    return {k for k in keys if before.get(k, (None, None, None))[:2] != after.get(k, (None, None, None))[:2]}


def _pages(changed: set[str]) -> set[str]:
    return {rel for rel in changed if rel.endswith(".html") and not rel.startswith(("pagefind/", "admin/"))} - ALWAYS


def _edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / "practices" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def built(project: Path, kb) -> Path:
    (project / "practices" / "pratique-isolee.md").write_text(sheet_text(
        "pratique-isolee", titre="Une pratique isolée", concepts=("participation",), publics=("personnes_agees",)),
        encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code == 0, result
    return project


def _comparable(project: Path) -> dict[str, bytes]:
    """The published site, and what Pagefind was given: Pagefind's own output differs from one run
    to the next on the same pages (the order of its filter chunks), so its input is compared."""
    site = {rel: content for rel, (content, _, _) in _state(project / "site").items()
            if not rel.startswith("pagefind/") or rel.startswith("pagefind/relier-")}
    given = _state(project / "build" / "pagefind-pages")
    return site | {f"(pagefind) {rel}": content for rel, (content, _, _) in given.items()}


def _cold_copy(project: Path, tmp_path: Path, kb) -> dict[str, bytes]:
    """The same, made by a build from scratch of the same sources (in another folder, nothing reused)."""
    cold = tmp_path / "froid"
    shutil.copytree(project, cold, symlinks=True, ignore=shutil.ignore_patterns("build", "site"))
    result = kb("--root", cold, "build")
    assert result.exit_code == 0, result
    return _comparable(cold)


def test_editing_a_sheet_renders_its_page_and_its_neighbours_only(built: Path, kb, tmp_path: Path) -> None:
    site = built / "site"
    before = _state(site)
    _edit(built, "groupe-d-echange.md", "titre: ", "titre: Cercle — ")  # its title shows on its neighbours' pages
    result = kb("--root", built, "build")
    assert result.exit_code == 0, result
    after = _state(site)
    pages = _pages(_changed(before, after))
    assert NEIGHBOUR.as_posix() in pages and SHEET.as_posix() in pages  # the sheet, and a sheet relating to it
    assert "Cercle — " in (site / SHEET).read_text(encoding="utf-8")
    assert UNRELATED.as_posix() not in pages
    isolated = "fiches/pratique-isolee/index.html"
    assert isolated not in pages and before[isolated] == after[isolated]  # same bytes, mtime, inode
    assert len(pages) < len(_pages(set(before))) / 2, sorted(pages)
    # exactly the pages whose generated Markdown changed were rendered again
    cache = built / "build" / "site-cache"
    docs = built / "build" / "docs"
    stale = {rel for rel in _pages(set(after))
             if (docs / rel).with_suffix(".md").is_file()
             and (docs / rel).with_suffix(".md").stat().st_mtime_ns > (cache / rel).stat().st_mtime_ns}
    assert not stale, sorted(stale)
    assert (built / "site" / "pagefind" / "pagefind.js").is_file()
    assert _comparable(built) == _cold_copy(built, tmp_path, kb)


def test_a_deleted_sheet_disappears_from_the_site(built: Path, kb, tmp_path: Path) -> None:
    page = built / "site" / "fiches" / "pratique-isolee" / "index.html"
    assert page.is_file()
    (built / "practices" / "pratique-isolee.md").unlink()
    result = kb("--root", built, "build")
    assert result.exit_code == 0, result
    assert not page.exists()
    assert not (built / "build" / "site-cache" / "fiches" / "pratique-isolee").exists()
    assert "pratique-isolee" not in (built / "site" / "fiches" / "index.html").read_text(encoding="utf-8")
    assert _comparable(built) == _cold_copy(built, tmp_path, kb)


def test_a_new_sheet_is_published(built: Path, kb) -> None:
    (built / "practices" / "pratique-nouvelle.md").write_text(sheet_text("pratique-nouvelle", titre="Une pratique nouvelle"),
                                                      encoding="utf-8")
    assert kb("--root", built, "build").exit_code == 0
    assert "Une pratique nouvelle" in (built / "site" / "fiches" / "pratique-nouvelle" / "index.html").read_text("utf-8")


def test_unsafe_html_in_an_edited_sheet_is_sanitised(built: Path, kb) -> None:
    """The second lock holds on a partial build: a page rendered again goes through the sanitiser.
    (kb check refuses the sheet; build/docs is written directly, as a skipped check would leave it.)"""
    assert kb("--root", built, "build").exit_code == 0
    generated = built / "build" / "docs" / "fiches" / "pratique-isolee" / "index.md"
    generated.write_text(generated.read_text("utf-8") + '\n<img src="x.png" onerror="alert(1)">\n', encoding="utf-8")
    from kb.site.publish import publish
    from kb.site.search_bundle import SearchBundle
    from kb.loader import load
    from kb.site.data import prepare
    from kb.site.settings import read_settings

    data = prepare(load(built).corpus, read_settings(built))
    published = publish(built, SearchBundle(data.corpus, built / "build"))
    published.finish()
    assert published.partial and published.rendered == 1
    html = (built / "site" / "fiches" / "pratique-isolee" / "index.html").read_text("utf-8")
    assert 'src="x.png"' in html and "onerror" not in html


@pytest.mark.parametrize("change", ["mkdocs.yml", "vocabulaire"])
def test_configuration_or_vocabulary_change_renders_everything(built: Path, kb, change: str) -> None:
    site = built / "site"
    before = _state(site)
    if change == "mkdocs.yml":
        config = built / "mkdocs.yml"
        config.write_text(config.read_text("utf-8").replace("site_name: Relier", "site_name: Relier bis", 1), "utf-8")
    else:
        vocabulary = built / "schemas" / "vocabulaires" / "publics.yml"
        vocabulary.write_text(vocabulary.read_text("utf-8") + "\n# une remarque\n", encoding="utf-8")
    assert kb("--root", built, "build").exit_code == 0
    after = _state(site)
    unchanged = {rel for rel in _pages(set(after)) if rel in before and before[rel][1] == after[rel][1]}
    assert not unchanged, sorted(unchanged)[:5]  # every page rendered again
    if change == "mkdocs.yml":
        assert "Relier bis" in (site / UNRELATED).read_text("utf-8")


def test_theme_change_changes_the_fingerprint(built: Path) -> None:
    from kb.site.render_cache import fingerprint

    first = fingerprint(built, "mkdocs.yml")
    assert fingerprint(built, "mkdocs.yml") == first
    template = next((built / "build" / "theme").rglob("*.html"))
    template.write_text(template.read_text("utf-8") + "<!-- autre -->", encoding="utf-8")
    assert fingerprint(built, "mkdocs.yml") != first


def test_a_navigation_icon_turns_partial_builds_off(built: Path, kb) -> None:
    """Material's navigation shows a nav page's icon on every page: a dirty build would not know it."""
    page = built / "docs" / "a-propos" / "index.md"
    page.write_text(page.read_text("utf-8").replace("---\n", "---\nsubtitle: Qui nous sommes\n", 1), "utf-8")
    assert kb("--root", built, "build").exit_code == 0
    assert not (built / "build" / "site-cache" / ".relier-empreinte").exists()
    before = _state(built / "site")
    _edit(built, "ecoute-en-binome.md", "## Contexte\n", "## Contexte\n\nUne phrase ajoutée.\n")
    assert kb("--root", built, "build").exit_code == 0
    after = _state(built / "site")
    assert "Qui nous sommes" in (built / "site" / "fiches" / "pratique-isolee" / "index.html").read_text("utf-8")
    assert all(before[rel][1] != after[rel][1] for rel in _pages(set(after)) if rel in before)


def test_an_interrupted_build_is_not_trusted(built: Path, kb) -> None:
    """A build killed after MkDocs, before the sanitiser, leaves no stamp: the next one renders all."""
    (built / "build" / "site-cache" / ".relier-empreinte").unlink()
    before = _state(built / "site")
    assert kb("--root", built, "build").exit_code == 0
    after = _state(built / "site")
    assert all(before[rel][1] != after[rel][1] for rel in _pages(set(after)) if rel in before)


def test_published_files_are_never_written_in_place(built: Path, kb) -> None:
    """site/ shares its files with the cache (hard links); an edit replaces files, never rewrites
    them, so a reader of the previous site/ never sees a page change under it."""
    old = built / "site" / SHEET
    handle = os.open(old, os.O_RDONLY)
    try:
        content = os.pread(handle, 1 << 22, 0)
        _edit(built, "ecoute-en-binome.md", "## Contexte\n", "## Contexte\n\nUne phrase ajoutée.\n")
        assert kb("--root", built, "build").exit_code == 0
        assert os.pread(handle, 1 << 22, 0) == content  # the old file is intact
    finally:
        os.close(handle)
    assert "Une phrase ajoutée." in (built / "site" / SHEET).read_text("utf-8")


def test_an_unchanged_base_reuses_the_search_bundle(built: Path) -> None:
    """Pagefind runs again only when what it indexes changed, and its input is the same, byte for
    byte, in any process (string hashing differs from one process to the next)."""
    stamp = built / "build" / "pagefind" / ".relier-empreinte"
    before = stamp.stat().st_mtime_ns
    for seed in ("1", "2"):
        done = subprocess.run([str(Path(sys.executable).parent / "kb"), "--root", str(built), "build"],
                              env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert stamp.stat().st_mtime_ns == before
    assert (built / "site" / "pagefind" / "pagefind.js").is_file()


def test_a_full_build_leaves_the_next_one_its_folder(built: Path, kb) -> None:
    """The first edit after a full build assembles its site in a tree of links a full build left
    (no folder per sheet made then), and publishes every page."""
    recycled = built / "build" / "site-precedent"
    page = recycled / SHEET
    assert page.is_file() and page.stat().st_ino == (built / "site" / SHEET).stat().st_ino
    pages = _pages(set(_state(built / "site")))
    _edit(built, "ecoute-en-binome.md", "## Contexte\n", "## Contexte\n\nMot parapluie.\n")
    result = kb("--root", built, "build")
    assert result.exit_code == 0, result
    assert "parapluie" in (built / "site" / SHEET).read_text(encoding="utf-8")
    assert _pages(set(_state(built / "site"))) == pages
    assert (built / "build" / "site-precedent" / SHEET).is_file()  # the site it replaced, kept for the next one
