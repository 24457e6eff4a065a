"""`kb build` runs a real MkDocs Material build of the generated docs tree."""

from __future__ import annotations

import shutil
from pathlib import Path

from support import FIXTURES, snapshot_tree


def test_build_writes_a_page_per_sheet(project: Path, kb) -> None:
    sources = snapshot_tree(project / "practices")
    result = kb("--root", project, "build")
    assert result.exit_code == 0, result
    site = project / "site"
    assert (site / "index.html").is_file()
    for sheet in (project / "practices").glob("*.md"):
        page = site / "fiches" / sheet.stem / "index.html"
        assert page.is_file(), page
    html = (site / "fiches" / "ecoute-en-binome" / "index.html").read_text(encoding="utf-8")
    assert "L&rsquo;écoute en binôme" in html or "L'écoute en binôme" in html
    assert 'href="../groupe-d-echange/index.html"' in html  # relations link to the other sheet
    assert '<html lang="fr"' in html
    assert snapshot_tree(project / "practices") == sources, "the build must not modify sources"


def test_build_refuses_broken_content_and_keeps_the_old_site(project: Path, kb) -> None:
    assert kb("--root", project, "build").exit_code == 0
    before = (project / "site" / "index.html").read_bytes()
    shutil.copy(FIXTURES / "diagnostics" / "relation-cible.md", project / "practices")
    result = kb("--root", project, "build")
    assert result.exit_code == 1
    assert "[relation-cible]" in result.out
    assert (project / "site" / "index.html").read_bytes() == before
