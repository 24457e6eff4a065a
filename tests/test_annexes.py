"""A sheet's annexes (annexes/*.md, declared under « annexes: »): what `kb check` refuses, and
what the built site shows — a page per annex, linked from its sheet, cleaned like every page,
and readable on a phone."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.cli import run
from support import FIXTURES, REPO, small_project, snapshot_tree

SHEET = "ecoute-en-binome"
GOOD_ANNEX = """# Grille d'observation pour l'écoute en binôme

Une grille à adapter à votre service.

| Ce que l'on observe | Ce que l'on en dit |
|---|---|
| Les mots de la personne | … |

- [ ] Relire la grille avant l'entretien.
"""


def _attach(root: Path, file: str = "annexes/grille-binome.md", nature: str = "relier",
            licence: str = "CC-BY-SA-4.0", source: str | None = None) -> Path:
    """Declare an annex at the top of the fixture sheet's front matter: its « fichier » is on line 4."""
    path = root / "practices" / f"{SHEET}.md"
    lines = ["annexes:", '  - titre: "Grille d\'observation pour l\'écoute en binôme"', f"    fichier: {file}",
             f"    nature: {nature}", f"    licence: {licence}"]
    if source:
        lines.append(f'    source: "{source}"')
    text = path.read_text(encoding="utf-8")
    path.write_text("---\n" + "\n".join(lines) + "\n" + text.removeprefix("---\n"), encoding="utf-8")
    return path


def _write_annex(root: Path, text: str = GOOD_ANNEX, name: str = "grille-binome.md") -> Path:
    (root / "annexes").mkdir(exist_ok=True)
    path = root / "annexes" / name
    path.write_text(text, encoding="utf-8")
    return path


def _diagnostics(kb, root: Path, *paths: str | Path) -> tuple[int, list[dict]]:
    result = kb("--root", root, "check", "--format", "json", *paths)
    assert "Traceback" not in result.out + result.err, result
    return result.exit_code, json.loads(result.out)


def test_a_declared_annex_that_exists_passes(project: Path, kb) -> None:
    _attach(project)
    _write_annex(project)
    code, found = _diagnostics(kb, project)
    assert code == 0 and not [d for d in found if d["severity"] == "error"], found


def test_a_missing_annex_file_is_refused_at_its_line(project: Path, kb) -> None:
    _attach(project)
    before = snapshot_tree(project)
    code, found = _diagnostics(kb, project)
    assert code == 1
    [problem] = [d for d in found if d["code"] == "annexe"]
    assert problem["file"] == f"practices/{SHEET}.md" and problem["line"] == 4
    assert "n'existe pas" in problem["message"] and "annexes/grille-binome.md" in problem["message"]
    assert snapshot_tree(project) == before, "kb check must never modify the sources"


@pytest.mark.parametrize("target", ["inside", "outside"])
def test_a_symlinked_annex_is_refused(project: Path, kb, tmp_path: Path, target: str) -> None:
    _attach(project)
    (project / "annexes").mkdir()
    if target == "inside":
        pointed = project / "practices" / "groupe-d-echange.md"
    else:
        pointed = tmp_path / "ailleurs.md"
        pointed.write_text(GOOD_ANNEX, encoding="utf-8")
    (project / "annexes" / "grille-binome.md").symlink_to(pointed)
    code, found = _diagnostics(kb, project)
    assert code == 1
    [problem] = [d for d in found if d["code"] == "annexe"]
    assert problem["line"] == 4 and "lien symbolique" in problem["message"]


def test_an_annex_folder_that_is_a_symlink_is_refused(project: Path, kb, tmp_path: Path) -> None:
    _attach(project)
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    (elsewhere / "grille-binome.md").write_text(GOOD_ANNEX, encoding="utf-8")
    (project / "annexes").symlink_to(elsewhere, target_is_directory=True)
    code, found = _diagnostics(kb, project)
    assert code == 1
    assert any(d["code"] == "annexe" and "lien symbolique" in d["message"] for d in found), found


@pytest.mark.parametrize("file", ["annexes/../practices/groupe-d-echange.md", "/etc/passwd", "annexes/grille.pdf",
                                  "annexes/" + "a" * 5000 + ".md", '"annexes/a\\0b.md"', "annexes/Grille Été.md"])
def test_an_annex_outside_the_annexes_folder_or_oddly_named_is_refused(project: Path, kb, file: str) -> None:
    _attach(project, file=file)
    code, found = _diagnostics(kb, project)
    assert code == 1
    codes = {d["code"] for d in found if d["line"] == 4}
    assert {"valeur", "annexe"} <= codes, found


def test_personal_data_in_an_annex_is_reported_on_the_annex(project: Path, kb) -> None:
    _attach(project)
    _write_annex(project, "# Grille\n\nExemple rempli :\nMme Benali, joignable au 06 12 34 56 78.\n")
    code, found = _diagnostics(kb, project)
    assert code == 1
    privacy = {d["code"]: d for d in found if d["file"] == "annexes/grille-binome.md"}
    assert {"donnee-nom", "donnee-telephone"} <= set(privacy), found
    assert privacy["donnee-telephone"]["line"] == 4
    assert "06 12 34 56 78" not in json.dumps(found), "the finding is masked"


def test_unsafe_content_in_an_annex_is_refused(project: Path, kb) -> None:
    _attach(project)
    _write_annex(project, "# Grille\n\n<script>alert(1)</script>\n\n[ouvrir](javascript:alert(1))\n")
    code, found = _diagnostics(kb, project)
    assert code == 1
    unsafe = [d for d in found if d["code"] == "contenu-dangereux" and d["file"] == "annexes/grille-binome.md"]
    assert {d["line"] for d in unsafe} == {3, 5}, found


def test_an_oversized_annex_is_refused(project: Path, kb) -> None:
    _attach(project)
    _write_annex(project, GOOD_ANNEX + "Une ligne de la grille.\n" * 8_000)
    code, found = _diagnostics(kb, project)
    assert code == 1
    assert any(d["code"] == "taille" and d["file"] == "annexes/grille-binome.md" for d in found), found


def test_an_official_document_needs_its_source_and_a_relier_tool_its_licence(project: Path, kb) -> None:
    _write_annex(project)
    _attach(project, nature="officiel", licence="etalab-2.0")
    code, found = _diagnostics(kb, project)
    assert code == 1 and any(d["code"] == "annexe" and "source" in d["message"] for d in found), found

    shutil.copy(FIXTURES / "sheets" / f"{SHEET}.md", project / "practices" / f"{SHEET}.md")
    _attach(project, nature="relier", licence="CC-BY-NC-4.0")
    code, found = _diagnostics(kb, project)
    assert code == 1 and any(d["code"] == "annexe" and "CC-BY-SA-4.0" in d["message"] for d in found), found

    shutil.copy(FIXTURES / "sheets" / f"{SHEET}.md", project / "practices" / f"{SHEET}.md")
    _attach(project, nature="officiel", licence="etalab-2.0", source="Texte officiel de test, 2024")
    code, found = _diagnostics(kb, project)
    assert code == 0, found


def test_an_annex_is_checked_on_its_own(project: Path, kb) -> None:
    path = _write_annex(project, "# Grille\n\nÉcrire à jean.dupont@example.org pour la suite.\n")
    code, found = _diagnostics(kb, project, path)
    assert code == 1
    assert [(d["code"], d["file"], d["line"]) for d in found] == [("donnee-courriel", "annexes/grille-binome.md", 3)]


def test_an_annex_no_sheet_declares_is_reported_and_checked(project: Path, kb) -> None:
    _write_annex(project, "# Grille\n\nMme Benali, 06 12 34 56 78.\n", name="orpheline.md")
    code, found = _diagnostics(kb, project)
    assert code == 1
    assert ("annexe", "avertissement", 1) in {(d["code"], "avertissement" if d["severity"] == "warning" else "erreur",
                                                d["line"]) for d in found if d["file"] == "annexes/orpheline.md"}
    assert any(d["code"] == "donnee-telephone" and d["file"] == "annexes/orpheline.md" for d in found), found


def test_the_landed_annexes_are_declared_and_clean() -> None:
    """Every file in annexes/ is attached to a sheet, and the real content passes kb check."""
    from kb.annexes import annexes_of
    from kb.loader import load

    corpus = load(REPO).corpus
    declared = {a.file for sheet in corpus.sheets for a in annexes_of(sheet)}
    files = {f"annexes/{p.name}" for p in (REPO / "annexes").glob("*.md")}
    assert len(files) >= 5 and files == declared


def test_the_module_booklet_reproduces_its_sheets_annexes(project: Path, tmp_path: Path) -> None:
    import zipfile

    _attach(project)
    _write_annex(project)
    (project / "modules").mkdir()
    shutil.copy(FIXTURES / "modules" / "module-test.yml", project / "modules")
    out = tmp_path / "sortie"
    assert run(["--root", str(project), "--quiet", "export", "module-test", "--format", "html,docx", "-o", str(out)]) == 0
    booklet = (out / "module-test-livret.html").read_text(encoding="utf-8")
    annex = booklet.split('id="annexe-grille-binome"', 1)[1]
    assert "Outil proposé par le collectif Relier, à adapter à votre service." in annex
    assert "Les mots de la personne" in annex and "☐ Relire la grille" in annex
    docx = zipfile.ZipFile(out / "module-test-livret.docx").read("word/document.xml").decode("utf-8")
    assert "Outils et annexes" in docx and "Les mots de la personne" in docx
    programme = (out / "module-test-programme.html").read_text(encoding="utf-8")
    assert "Les mots de la personne" not in programme  # the annexes belong to the booklet


# --- the built site -------------------------------------------------------------------------

INJECTED = '\n\n<script>document.title = "pirate"</script>\n<img src="x.png" alt="image" onerror="alert(1)">\n' \
           '<p onclick="alert(1)">Paragraphe conservé</p>\n'


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small project (the fixture sheets) with one annex, built once by `kb build`."""
    root = small_project(tmp_path_factory.mktemp("annexes") / "projet", site=True)
    _attach(root)
    _write_annex(root, GOOD_ANNEX + "\n| Colonne avec un mot très long | Anticonstitutionnellement"
                 "interminablementprolongé | Troisième colonne |\n|---|---|---|\n| a | b | c |\n")
    sheet = root / "practices" / f"{SHEET}.md"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("annexes:\n", (
        "annexes:\n  - titre: \"Texte de référence\"\n    fichier: annexes/texte-officiel.md\n    nature: officiel\n"
        "    licence: etalab-2.0\n    source: \"Document public de test, Licence Ouverte, 2024\"\n"), 1), encoding="utf-8")
    _write_annex(root, "# Texte de référence\n\nUn extrait reproduit fidèlement, commenté dans "
                 "[la fiche du groupe](groupe-d-echange.md).\n", name="texte-officiel.md")
    assert run(["--root", str(root), "--quiet", "build"]) == 0
    return root


def test_the_annex_has_its_page_linked_from_its_sheet(built: Path) -> None:
    page = built / "site" / "annexes" / "grille-binome" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Outil proposé par le collectif Relier, à adapter à votre service." in html
    assert 'href="../../fiches/ecoute-en-binome/index.html"' in html
    assert "<table" in html and "☐ Relire la grille" in html and "[ ]" not in html
    sheet = (built / "site" / "fiches" / SHEET / "index.html").read_text(encoding="utf-8")
    block = sheet.split('id="outils-et-annexes"', 1)[1].split("</ul>", 1)[0]
    assert 'href="../../annexes/grille-binome/index.html"' in block and "outil Relier" in block
    official = (built / "site" / "annexes" / "texte-officiel" / "index.html").read_text(encoding="utf-8")
    banner = official.split('class="relier-annexe-banniere', 1)[1].split("</p>", 1)[0]
    assert "Document officiel</strong> : source : Document public de test, Licence Ouverte, 2024" in banner
    assert "Outil proposé" not in official and "(document officiel)" in block
    # a link to a sheet written as the repository shows it leads to the sheet's page (the build failed)
    assert '<a href="../../fiches/groupe-d-echange/index.html">la fiche du groupe</a>' in official
    listing = (built / "site" / "annexes" / "index.html").read_text(encoding="utf-8")
    assert 'href="grille-binome/index.html"' in listing
    other = (built / "site" / "fiches" / "groupe-d-echange" / "index.html").read_text(encoding="utf-8")
    assert "outils-et-annexes" not in other  # a sheet without annexes has no empty block


def test_the_annex_page_is_cleaned_like_every_page(built: Path) -> None:
    """Bypass `kb check`: unsafe HTML written straight into the generated annex page never reaches
    the published page (the build's sanitiser pass)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from kb.site.clean import clean_site

    generated = built / "build" / "docs" / "annexes" / "grille-binome" / "index.md"
    generated.write_text(generated.read_text(encoding="utf-8") + INJECTED, encoding="utf-8")
    site = built / "site-injected"
    build(load_config(str(built / "mkdocs.yml"), site_dir=str(site)))
    assert clean_site(site) >= 1
    html = (site / "annexes" / "grille-binome" / "index.html").read_text(encoding="utf-8")
    content = html.split("<article", 1)[1].split("</article>", 1)[0]
    for forbidden in ("<script", "onerror", "onclick", "pirate"):
        assert forbidden not in content, forbidden
    assert "Paragraphe conservé" in content and 'alt="image"' in content


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(built: Path) -> Iterator[str]:
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0),
                                            functools.partial(_Quiet, directory=str(built / "site")))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 768)])
def test_the_annex_page_fits_the_screen(browser, served: str, built: Path, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="fr-FR")
    try:
        page = context.new_page()
        page.goto(served + "/annexes/grille-binome/index.html")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        widths = page.evaluate("[...document.querySelectorAll('article table')]"
                               ".map(t => t.getBoundingClientRect().right)")
        assert widths and max(widths) <= width, widths
        assert page.get_by_role("note").first.inner_text().startswith("Outil proposé par le collectif Relier")
        shots = Path(os.environ.get("RELIER_SCREENSHOTS", built / "captures"))
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / f"annexe-{width}.png"), full_page=True)
    finally:
        context.close()
