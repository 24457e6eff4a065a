"""`kb serve`: the live preview re-renders a sheet's page after the sheet is edited."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from support import REPO


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, needle: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if page and needle in page:
            return True
        time.sleep(0.5)
    return False


def test_editing_a_sheet_refreshes_its_page(tmp_path: Path) -> None:
    root = tmp_path / "projet"
    for name in ("practices", "annexes", "schemas", "docs"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    port = _free_port()
    kb = Path(sys.executable).parent / "kb"
    proc = subprocess.Popen([str(kb), "serve", "--port", str(port)], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/fiches/genogramme/index.html"
        assert _wait_for(url, "Le génogramme"), "the preview never served the sheet"
        for odd in ("index.html%00", "%00", "fiches/a%00b/"):  # open() raises on NUL: was a bare English 500
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/{odd}", timeout=5)
                raise AssertionError(f"/{odd} was served")
            except urllib.error.HTTPError as error:
                assert error.code == 404 and 'lang="fr"' in error.read().decode("utf-8"), odd
        sheet = root / "practices" / "genogramme.md"
        sheet.write_text(sheet.read_text(encoding="utf-8").replace(
            "## Contexte\n", "## Contexte\n\nPhrase ajoutée pendant la prévisualisation.\n", 1), encoding="utf-8")
        assert _wait_for(url, "Phrase ajoutée pendant la prévisualisation."), "the edit never reached the page"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_kb_serve_rereads_only_the_changed_sheets(project: Path) -> None:
    import os

    from kb.checks.incremental import IncrementalChecker

    checker = IncrementalChecker(project)
    result, diagnostics = checker.refresh()
    assert checker.reparsed == 3 and len(result.corpus.sheets) == 3 and diagnostics == []
    checker.refresh()
    assert checker.reparsed == 0
    sheet = project / "practices" / "groupe-d-echange.md"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("publics: [", "publics: [enfants, "), encoding="utf-8")
    os.utime(sheet, ns=(1, 2_000_000_000_000_000_000))  # a distinct modification time, even on coarse clocks
    result, diagnostics = checker.refresh()
    assert checker.reparsed == 1
    assert [(d.file, d.code) for d in diagnostics] == [("practices/groupe-d-echange.md", "vocabulaire")]
    (project / "practices" / "accueil-sans-rendez-vous.md").unlink()
    result, diagnostics = checker.refresh()
    assert checker.reparsed == 0 and len(result.corpus.sheets) == 2
    assert any(d.code == "relation-cible" for d in diagnostics)  # ecoute-en-binome pointed to it
    vocabulary = project / "schemas" / "vocabulaires" / "publics.yml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    checker.refresh()
    assert checker.reparsed == 2  # the vocabularies changed: every sheet is checked again


def test_a_text_edit_makes_one_page_and_a_front_matter_edit_every_page_it_shows_on(project: Path) -> None:
    """When only a sheet's text changed, the preview makes that sheet's page alone (the graph and
    every other page stand); a front matter change goes through the whole generation again. Either
    way build/docs ends as a generation from scratch would write it."""
    from kb.checks import load_and_check
    from kb.site.data import prepare
    from kb.site.generate import DOCS_BUILD, render_tree
    from kb.site.serve import Preview
    from kb.site.settings import read_settings
    from kb.search import similar_sheets

    said: list[str] = []
    preview = Preview(project, read_settings(project), said.append)
    try:
        preview.rebuild()
        made = preview._data
        sitemap = (preview.site / "sitemap.xml").stat().st_mtime_ns  # MkDocs' whole build writes it every time
        sheet = project / "practices" / "ecoute-en-binome.md"
        sheet.write_text(sheet.read_text("utf-8").replace("## Contexte\n", "## Contexte\n\nMot parapluie.\n", 1), "utf-8")
        assert preview._rebuild() == ["fiches/ecoute-en-binome/index.md"]
        assert preview._data is made  # nothing but the page was made again
        assert (preview.site / "sitemap.xml").stat().st_mtime_ns == sitemap  # that page rendered alone
        rendered = preview.site / "fiches" / "ecoute-en-binome" / "index.html"
        alone = rendered.read_bytes()
        assert b"parapluie" in alone
        rendered.unlink()
        preview._render(["fiches/ecoute-en-binome/index.md"])  # as MkDocs' whole dirty build makes it
        assert rendered.read_bytes() == alone
        other = project / "practices" / "groupe-d-echange.md"
        other.write_text(other.read_text("utf-8").replace("titre: ", "titre: Cercle — ", 1), "utf-8")
        changed = preview._rebuild()
        assert preview._data is not made
        assert "fiches/ecoute-en-binome/index.md" in changed and "fiches/groupe-d-echange/index.md" in changed
        assert "Cercle — " in (preview.site / "fiches" / "ecoute-en-binome" / "index.html").read_text("utf-8")
        corpus = load_and_check(project)[0].corpus
        fresh = render_tree(prepare(corpus, read_settings(project), similar=similar_sheets(corpus)), downloads=False)
        docs = project / DOCS_BUILD
        differ = [rel for rel, content in fresh.items()
                  if (docs / rel).read_bytes() != (content.encode("utf-8") if isinstance(content, str) else content)]
        assert not differ, differ[:5]
    finally:
        preview.close()
