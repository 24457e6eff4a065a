"""`kb build` runs a real MkDocs Material build of the generated docs tree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import FIXTURES, snapshot_tree


def test_build_writes_a_page_per_sheet(project: Path, kb) -> None:
    # a link to another sheet written as the repository shows it, which GitHub follows; in code, it is shown
    sheet = project / "practices" / "ecoute-en-binome.md"
    # (in HTML too, which MkDocs leaves as it is; a link shown as code, or a definition no link uses, is no link)
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\nVoir aussi [le groupe](groupe-d-echange.md#contexte) "
                     "(on écrit `[texte](autre.md)`).\n\n<div class=\"encadre\">\n<a href=\"groupe-d-echange.md\">Le groupe"
                     "</a>\n</div>\n\n    [exemple](nexiste-pas.md)\n\n[inutile]: nexiste-pas.md\n", encoding="utf-8")
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
    assert '<a href="../groupe-d-echange/index.html#contexte">le groupe</a>' in html
    assert "<code>[texte](autre.md)</code>" in html
    assert '<a href="../groupe-d-echange/">Le groupe</a>' in html
    assert "<pre><code>[exemple](nexiste-pas.md)" in html
    assert '<html lang="fr"' in html
    assert snapshot_tree(project / "practices") == sources, "the build must not modify sources"
    # a web server running as another user can read the whole site (files written atomically and the
    # folder made aside used to be 0600 and 0700), the web editor's files too
    import os
    from kb.fileio import UMASK
    assert UMASK & 0o004 == 0
    unreadable = [p for p in [site, *site.rglob("*")] if not os.stat(p).st_mode & (0o005 if p.is_dir() else 0o004)]
    assert unreadable == [] and (site / "admin" / "index.html").is_file()


def test_build_refuses_broken_content_and_keeps_the_old_site(project: Path, kb) -> None:
    assert kb("--root", project, "build").exit_code == 0
    before = (project / "site" / "index.html").read_bytes()
    shutil.copy(FIXTURES / "diagnostics" / "relation-cible.md", project / "practices")
    result = kb("--root", project, "build")
    assert result.exit_code == 1
    assert "[relation-cible]" in result.out
    assert (project / "site" / "index.html").read_bytes() == before


INJECTED = """

<script>document.title = "pirate"</script>
<iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/"><input name="x"></form>
<object data="x.swf"></object><embed src="x.swf">
<img src="photo.png" alt="photo" onerror="alert(1)">
<p onclick="alert(1)">Paragraphe conservé</p>
[lien piégé](javascript:alert(1)) et ![image](data:image/svg+xml;base64,PHN2Zz4=)
<a href="https://www.legifrance.gouv.fr/">lien conservé</a>
"""


def _rendered_after_injection(project: Path, injected: str = INJECTED, plugins: bool = False) -> str:
    """Bypass `kb check`: write unsafe HTML straight into the generated tree, build it with MkDocs
    (with `plugins`, those `kb build` adds: generated HTML is then not parsed by Markdown) and
    clean the result as `kb build` does."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from kb.site.clean import clean_site
    from kb.site.plugins import add_to

    generated = project / "build" / "docs" / "fiches" / "ecoute-en-binome" / "index.md"
    generated.write_text(generated.read_text(encoding="utf-8") + injected, encoding="utf-8")
    site = project / "site-injected"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    if plugins:
        add_to(config)
    build(config)
    assert clean_site(site) >= 1
    return (site / "fiches" / "ecoute-en-binome" / "index.html").read_text(encoding="utf-8")


def _assert_nothing_runs(html: str) -> None:
    content = html.split('<article', 1)[1].split("</article>", 1)[0]
    for forbidden in ("<script", "<iframe", "<form", "<object", "<embed", "onerror", "onclick",
                      "javascript:", "data:image", "evil.example", "pirate"):
        assert forbidden not in content, forbidden
    assert "Paragraphe conservé" in content and 'href="https://www.legifrance.gouv.fr/"' in content
    assert 'alt="photo"' in content and "relier-local-graph" in content  # structure and figures kept


@pytest.mark.parametrize("plugins", [False, True], ids=["mkdocs", "kb-build-plugins"])
def test_unsafe_html_injected_in_the_generated_tree_never_reaches_the_site(project: Path, kb, plugins: bool) -> None:
    assert kb("--root", project, "build").exit_code == 0
    _assert_nothing_runs(_rendered_after_injection(project, plugins=plugins))


def test_marks_written_in_a_page_cannot_shield_anything_from_the_cleaning(project: Path, kb) -> None:
    from kb.site.clean import END, START

    assert kb("--root", project, "build").exit_code == 0
    _assert_nothing_runs(_rendered_after_injection(project, f"{END}\n{INJECTED}\n{START}\n"))


def test_the_theme_marks_are_required(project: Path, kb) -> None:
    """Without Relier's theme, pages could not be cleaned: the build stops and the old site stays."""
    assert kb("--root", project, "build").exit_code == 0
    before = (project / "site" / "index.html").read_bytes()
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  custom_dir: build/theme" in config
    (project / "mkdocs.yml").write_text(config.replace("  custom_dir: build/theme", "  # no theme"), encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code != 0 and "custom_dir: build/theme" in result.err and "Traceback" not in result.err
    assert (project / "site" / "index.html").read_bytes() == before
    assert not (project / "build" / "site.tmp").exists()


def test_the_contributor_guide_lists_every_vocabulary_and_code(project: Path, kb) -> None:
    import yaml

    from kb.diagnostics import CODES

    assert kb("--root", project, "build").exit_code == 0
    html = (project / "site" / "contribuer" / "index.html").read_text(encoding="utf-8")
    assert "Anonymisation" in html and "relier-autoriser" in html
    for path in sorted((project / "schemas" / "vocabulaires").glob("*.yml")):
        vocabulary = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert path.name in html
        for term in vocabulary["termes"]:
            assert f"<code>{term['id']}</code>" in html, (path.name, term["id"])
    for code in CODES:
        assert f"<code>{code}</code>" in html, code


def test_generated_links_are_the_relative_paths_posixpath_computes() -> None:
    import posixpath
    import random

    from kb.site.urls import link

    parts = ["fiches", "concepts", "a", "b", "index.md", "carte", "x-y"]
    rng = random.Random(7)
    for _ in range(3000):
        here = "/".join(rng.choice(parts) for _ in range(rng.randint(1, 4)))
        there = "/".join(rng.choice(parts) for _ in range(rng.randint(1, 4)))
        assert link(here, there) == posixpath.relpath(there, posixpath.dirname(here)), (here, there)


def test_work_in_a_child_process_reports_its_failures_in_french() -> None:
    import os
    import signal

    from kb.errors import KbError
    from kb.processes import Forked

    assert Forked(lambda: {"a": [1, 2]}, "échec").wait() == {"a": [1, 2]}
    with pytest.raises(KbError, match="l'index n'a pas pu être fait : ZeroDivisionError"):
        Forked(lambda: 1 / 0, "l'index n'a pas pu être fait").wait()
    with pytest.raises(KbError, match=r"les documents : le processus s'est arrêté \(code -9\)"):
        Forked(lambda: os.kill(os.getpid(), signal.SIGKILL), "les documents", background=True).wait()


def test_a_built_page_that_cannot_be_read_is_a_clear_error(tmp_path: Path) -> None:
    from kb.errors import KbError
    from kb.site.clean import END, START, clean_site

    (tmp_path / "fiches").mkdir()
    (tmp_path / "fiches" / "ok.html").write_text(f"<p>{START}<b>ok</b>{END}</p>", encoding="utf-8")
    (tmp_path / "fiches" / "abimee.html").write_bytes(b"<p>\xff\xfe</p>")
    with pytest.raises(KbError, match="n'ont pas pu être nettoyées"):
        clean_site(tmp_path)


def test_a_link_the_check_cannot_read_is_told_in_french_with_its_file(project: Path, kb) -> None:
    """kb check reads sheets' links; a hand-written page's link to a missing file stopped the build on
    MkDocs' English « Doc file … contains a link … » naming the generated page (fuzzing, 2026-12-08)."""
    page = project / "docs" / "a-propos" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nVoir [le guide](guide-introuvable.md).\n", encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code != 0
    assert "docs/a-propos/index.md : le lien « guide-introuvable.md » mène à un fichier introuvable" in result.err, result
    assert "Doc file" not in result.err and "Traceback" not in result.err


def test_links_of_hand_pages_and_annexes_are_checked(project: Path, kb) -> None:
    """A hand-written page's or an annex's link to a missing file or sheet is named by kb check, at its
    line, before the build stops on it (fuzzing, 2026-12-08: kb check said « aucun problème »)."""
    import json

    page = project / "docs" / "a-propos" / "index.md"
    lines = page.read_text(encoding="utf-8").count("\n")
    page.write_text(page.read_text(encoding="utf-8") + "Voir [le guide](guide-introuvable.md), [une fiche]"
                    "(../fiches/nexiste-pas/index.md) et [une autre](../fiches/ecoute-en-binome/index.md).\n",
                    encoding="utf-8")
    (project / "annexes").mkdir()
    (project / "annexes" / "grille.md").write_text("# Grille\n\nVoir [la fiche](ecoute-en-binome.md), "
                                                    "[l'autre](nexiste.md) et ![](../../images/absente.png).\n",
                                                    encoding="utf-8")
    result = kb("--root", project, "check", "--format", "json")
    found = sorted((d["file"], d["line"], d["message"].split(" : ")[0]) for d in json.loads(result.out)
                   if d["code"] == "lien-introuvable")
    assert found == [
        ("annexes/grille.md", 3, "l'image « ../../images/absente.png » est introuvable"),
        ("annexes/grille.md", 3, "le lien « nexiste.md » renvoie à une fiche qui n'existe pas (practices/nexiste.md)"),
        ("docs/a-propos/index.md", lines + 1, "le fichier « guide-introuvable.md » est introuvable (il serait "
                                              "docs/a-propos/guide-introuvable.md)"),
        ("docs/a-propos/index.md", lines + 1, "le lien « ../fiches/nexiste-pas/index.md » renvoie à une fiche qui "
                                              "n'existe pas (practices/nexiste-pas.md)"),
    ], result
