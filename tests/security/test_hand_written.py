"""The hand-written pages (docs/) a pull request can change: a red team (2026-12-07) published a
file of the building machine through a symbolic link, ran script from a front-matter key that
Material prints raw (`revision_date`, `status`) and from HTML and SVG files copied as they are.
`kb check` names each such file; `kb build` refuses it and leaves the site as it was (what the
sanitiser takes out of a page's content, `kb check` names too)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO, small_project

KB = [sys.executable, "-c", "import sys; from kb.cli import run; sys.exit(run(sys.argv[1:]))"]


def kb(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KB, "--root", str(root), *args], capture_output=True, text=True, timeout=300, cwd=REPO)


HOSTILE = {
    "lien": lambda docs: (docs / "assets").mkdir(exist_ok=True) or (docs / "assets" / "notes.txt").symlink_to("/etc/passwd"),
    "page-liee": lambda docs: (docs / "page.md").symlink_to("/etc/hostname"),
    "html": lambda docs: (docs / "aide.html").write_text("<script>window.__pwned=1</script>", encoding="utf-8"),
    "svg": lambda docs: (docs / "image.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'>"
                                                         "<script>alert(1)</script></svg>", encoding="utf-8"),
    "revision_date": lambda docs: (docs / "aide.md").write_text(
        "---\ntitle: Aide\nrevision_date: '<img src=x onerror=alert(3)>'\n---\n# Aide\n", encoding="utf-8"),
    "status": lambda docs: (docs / "statut.md").write_text(
        "---\ntitle: Statut\nstatus: 'x\"><img src=x onerror=alert(4)>'\n---\n# Statut\n", encoding="utf-8"),
    "pas-utf8": lambda docs: (docs / "cafe.md").write_bytes(b"# Caf\xe9\n\ntexte\n"),
    "majuscules": lambda docs: (docs / "page.MD").write_text("# Page\n", encoding="utf-8"),
    "svg-peinture": lambda docs: (docs / "svg.md").write_text(
        '# Page\n\n<svg><rect fill="url(https://evil.example/f.svg#g)"/></svg>\n', encoding="utf-8"),
    "dossier-genere": lambda docs: (docs / "concepts").mkdir() or (docs / "concepts" / "faux.md").write_text(
        "# Faux\n\n<img src=\"https://tracker.example/p.png\">\n", encoding="utf-8"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_kb_check_names_the_file_and_kb_build_refuses_it(tmp_path: Path, name: str) -> None:
    root = small_project(tmp_path / "projet")
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    HOSTILE[name](docs)
    checked = kb(root, "check", "--format", "json")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    found = [d for d in json.loads(checked.stdout) if d["code"] in ("page-manuelle", "contenu-dangereux")]
    assert len({d["file"] for d in found}) == 1 and found[0]["file"].startswith("docs/"), checked.stdout
    if found[0]["code"] == "contenu-dangereux":
        return  # a page's content: the sanitiser takes it out when the site is built (tests/test_safety.py)
    built = kb(root, "build")
    assert built.returncode == 1 and "Traceback" not in built.stderr, built.stderr
    assert found[0]["file"] in built.stderr and not (root / "site").exists()


def test_the_starter_docs_are_published(tmp_path: Path) -> None:
    from kb.checks.hand_pages import check_hand_written, hand_written_files

    assert check_hand_written(REPO) == []
    assert {"index.md", "a-propos/index.md"} <= set(hand_written_files(REPO / "docs"))
