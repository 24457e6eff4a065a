"""What the third fuzzing round found (2026-12-08, /tmp/s37/fz/REPORT.md), each named by `kb check` at its
line, in French, and the second lock holding where there is one: a cell spanning a million columns (the
PDF export ran for more than ten minutes on 51 bytes), a table of 118 000 cells (four minutes and 2 GB),
a hand page's header nested 600 deep (RecursionError), a file name too long for the disk (the whole check
stopped), a link to a page the build does not make, a title that writes a heading or pulls the page's
own blocks into itself, a path from the server's root, the site's own banners drawn by a sheet, and the
contributor's markup echoed in the issue bot's reply."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO, small_project

KB = [sys.executable, "-c", "import sys; from kb.cli import run; sys.exit(run(sys.argv[1:]))"]


def kb(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KB, "--root", str(root), *args], capture_output=True, text=True, timeout=300, cwd=REPO)


def _with_body(root: Path, addition: str, header: dict[str, str] | None = None) -> Path:
    sheet = root / "practices" / "ecoute-en-binome.md"
    text = sheet.read_text(encoding="utf-8") + "\n" + addition + "\n"
    for key, value in (header or {}).items():
        text = re.sub(rf"(?m)^{key}: .*$", lambda _: f"{key}: {value}", text, count=1)
    sheet.write_text(text, encoding="utf-8")
    return sheet


def _diagnostics(root: Path) -> list[dict]:
    result = kb(root, "check", "--format", "json")
    assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if text in line)


@pytest.mark.parametrize("addition, code, words", [
    ('<table><tr><td colspan="1000000">x</td></tr></table>', "mise-en-forme", "s'étend sur 1000000 colonnes"),
    ('<table><tr><td rowspan="1' + "0" * 5000 + '">x</td></tr></table>', "mise-en-forme", "s'étend sur 100000000000"),
    ("| " + "x | " * 40 + "\n" + ("| " + "x | " * 40 + "\n") * 60, "mise-en-forme", "cases de tableau"),
    ("![schéma](/images/schema.png)", "lien-introuvable", "part de la racine du serveur"),
    ("[la carte](../../nimporte/index.md)", "lien-introuvable", "est introuvable"),
    ("[un module](../../modules/inexistant/index.md)", "lien-introuvable", "est introuvable"),
    ("![x](../../images/" + "a" * 300 + ".png)", "lien-introuvable", "est introuvable"),
    ('<p class="relier-brouillon md-button">Fiche validée par la HAS.</p>', "contenu-dangereux", "relier-"),
    ('<div id="relier-recherche">x</div>', "contenu-dangereux", "relier-"),
])
def test_kb_check_names_each_finding_at_its_line(tmp_path: Path, addition: str, code: str, words: str) -> None:
    root = small_project(tmp_path / "projet", site=True)
    sheet = _with_body(root, addition)
    found = [d for d in _diagnostics(root) if d["code"] == code and words in d["message"]]
    assert found and found[0]["file"] == "practices/ecoute-en-binome.md", _diagnostics(root)
    assert found[0]["line"] == _line_of(sheet, addition.split("\n")[0][:40])


@pytest.mark.parametrize("title, words", [
    ('"Titre de test\\n\\n## Contexte"', "un saut de ligne"),
    ('"Titre \\ue000relier0\\ue001 fin"', "caractère invisible (U+E000)"),
    ('"\\u200b\\u200b\\u200b"', "caractère invisible (U+200B)"),
    ('"   ...   "', "ni lettre ni chiffre"),
])
def test_a_title_that_would_break_its_page_is_refused(tmp_path: Path, title: str, words: str) -> None:
    root = small_project(tmp_path / "projet")
    sheet = _with_body(root, "", {"titre": title})
    found = [d for d in _diagnostics(root) if d["code"] == "valeur" and words in d["message"]]
    assert found and found[0]["line"] == _line_of(sheet, "titre:"), _diagnostics(root)


def test_a_hand_page_header_nested_hundreds_deep_is_a_french_error(tmp_path: Path) -> None:
    root = small_project(tmp_path / "projet", site=True)
    page = root / "docs" / "ressources" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: " + "[" * 600 + "]" * 600 + "\n---\n# Ressources\n", encoding="utf-8")
    result = kb(root, "check")
    assert result.returncode == 1 and "RecursionError" not in result.stdout + result.stderr
    assert "docs/ressources/index.md" in result.stdout and "imbriqué" in result.stdout


def test_the_sanitiser_keeps_no_cell_wider_than_a_page() -> None:
    from kb.sanitise import sanitise

    html = sanitise('<table><tr><td colspan="1000000">a</td><td rowspan="3">b</td><th colspan="x">c</th>'
                    '<td colspan="1' + "0" * 5000 + '">d</td></tr></table>')  # (int() refuses 5 000 digits)
    assert '<td>a</td>' in html and 'rowspan="3"' in html and "colspan" not in html and "<td>d</td>" in html


def test_text_placed_in_generated_pages_cannot_close_a_heading_nor_pull_blocks_in() -> None:
    import markdown

    from kb.site.markup import esc, md_text

    assert markdown.markdown("# " + md_text("La méthode ##")) == "<h1>La méthode ##</h1>"
    assert esc("Titre \ue000relier0\ue001 fin") == "Titre relier0 fin"


def test_the_issue_bot_quotes_no_markup_of_the_contributor() -> None:
    from kb.import_issue import _plain

    said = _plain("titre: contenu refusé : du code HTML (« <img src=//e.il/a.png> ») [ok](//evil.ex) @bob https://x.ex")
    import markdown

    html = markdown.markdown(said)
    assert "<img" not in html and "<a " not in html and "\\@bob" in said and "https\\://" in said
