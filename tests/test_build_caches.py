"""What `kb build` keeps in build/cache between two builds — the sheets read and checked
(kb/sheet_cache.py), the analysis and the similar sheets (kb/memo.py), which sheet pages need
not be generated again (kb/site/page_memo.py), what each sheet gave the search bundle — is used
when it may be, and never makes a build publish something else than a build from scratch."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from test_build_incremental import _cold_copy, _comparable, _edit

CACHE = Path("build") / "cache"


def _age(project: Path) -> None:
    """Sheets written an hour ago, as in a real base (a file written within the last seconds is
    read again whatever the cache says)."""
    past = time.time() - 3600
    for path in (project / "practices").rglob("*.md"):
        os.utime(path, (past, past))


@pytest.fixture
def cached(project: Path, kb) -> Path:
    _age(project)
    result = kb("--root", project, "build")
    assert result.exit_code == 0, result
    for name in ("analyse", "similaires"):
        assert (project / CACHE / f"{name}.pickle").is_file(), name
    assert (project / "build" / "pagefind-mots" / "index.pickle").is_file()
    assert (project / CACHE / "pages-fiches.json").is_file()
    assert list((project / CACHE / "fiches").glob("*.pickle"))
    return project


def _mtimes(project: Path) -> dict[str, int]:
    return {path.relative_to(project / CACHE).as_posix(): path.stat().st_mtime_ns
            for path in (project / CACHE).rglob("*") if path.is_file()}


def test_an_edited_text_reuses_the_analysis_and_publishes_what_a_cold_build_does(cached: Path, kb,
                                                                                  tmp_path: Path) -> None:
    assert kb("--root", cached, "build").exit_code == 0  # nothing changed: nothing stored again
    before = _mtimes(cached)
    generated = cached / "build" / "docs" / "fiches" / "accueil-sans-rendez-vous" / "index.md"
    untouched = generated.stat().st_mtime_ns
    _edit(cached, "ecoute-en-binome.md", "## Contexte\n", "## Contexte\n\nMot parapluie.\n")
    result = kb("--root", cached, "build")
    assert result.exit_code == 0, result
    after = _mtimes(cached)
    # the front matter did not change: the analysis and the similar sheets were read back
    assert after["analyse.pickle"] == before["analyse.pickle"]
    assert after["similaires.pickle"] == before["similaires.pickle"]
    # the sheet read again, its page and its search page made again
    rewritten = {name for name in after if name.startswith("fiches/") and after[name] != before.get(name)}
    assert len(rewritten) == 1, rewritten  # the part of the sheets' cache holding the edited one
    assert generated.stat().st_mtime_ns == untouched
    assert "parapluie" in (cached / "site" / "fiches" / "ecoute-en-binome" / "index.html").read_text("utf-8")
    assert "parapluie" in (cached / "build" / "pagefind-pages" / "fiches" / "ecoute-en-binome" / "index.html"
                           ).read_text("utf-8")
    assert _comparable(cached) == _cold_copy(cached, tmp_path, kb)


def test_an_edited_front_matter_computes_the_analysis_again(cached: Path, kb, tmp_path: Path) -> None:
    before = _mtimes(cached)
    _edit(cached, "groupe-d-echange.md", "titre: ", "titre: Cercle — ")
    assert kb("--root", cached, "build").exit_code == 0
    after = _mtimes(cached)
    assert after["analyse.pickle"] != before["analyse.pickle"]
    assert after["similaires.pickle"] != before["similaires.pickle"]
    assert "Cercle — " in (cached / "site" / "fiches" / "ecoute-en-binome" / "index.html").read_text("utf-8")
    assert _comparable(cached) == _cold_copy(cached, tmp_path, kb)


def test_a_sheet_broken_after_a_build_is_refused(cached: Path, kb) -> None:
    _edit(cached, "ecoute-en-binome.md", "publics: [adultes, familles]", "publics: [adultes, familles, martiens]")
    result = kb("--root", cached, "build")
    assert result.exit_code != 0
    assert "practices/ecoute-en-binome.md" in result.out + result.err and "martiens" in result.out + result.err


def test_a_vocabulary_change_checks_every_sheet_again(cached: Path, kb) -> None:
    """A term removed from a vocabulary: the sheets that use it, unchanged themselves, are refused."""
    vocabulary = cached / "schemas" / "vocabulaires" / "publics.yml"
    text = vocabulary.read_text("utf-8")
    used = "precarite"  # accueil-sans-rendez-vous is for them
    assert f"{used}:" in text or f"id: {used}" in text
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() in (f"{used}:", f"- id: {used}"))
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
        end += 1
    vocabulary.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    result = kb("--root", cached, "build")
    assert result.exit_code != 0
    assert used in result.out + result.err


def test_a_damaged_cache_is_read_again_not_trusted(cached: Path, kb) -> None:
    for path in (cached / CACHE).rglob("*"):
        if path.is_file():
            path.write_bytes(b"\x80garbage")
    _edit(cached, "ecoute-en-binome.md", "## Contexte\n", "## Contexte\n\nMot parapluie.\n")
    result = kb("--root", cached, "build")
    assert result.exit_code == 0, result
    assert "parapluie" in (cached / "site" / "fiches" / "ecoute-en-binome" / "index.html").read_text("utf-8")


def test_a_generated_page_changed_by_hand_is_generated_again(cached: Path, kb) -> None:
    """build/docs is ours, but a page there that is not what its key recorded is never kept."""
    generated = cached / "build" / "docs" / "fiches" / "accueil-sans-rendez-vous" / "index.md"
    original = generated.read_text("utf-8")
    generated.write_text(original + "\nAjout à la main.\n", encoding="utf-8")
    assert kb("--root", cached, "build").exit_code == 0
    assert generated.read_text("utf-8") == original
