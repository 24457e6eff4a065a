"""The `kb` command as users meet it: formats, exit codes, paths, kb new, encodings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import FIXTURES, REPO

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
BAD = ("vocabulaire", "tension-note", "yaml", "section-ordre")


def _bad_project(project: Path) -> Path:
    for name in BAD:
        shutil.copy(FIXTURES / "diagnostics" / f"{name}.md", project / "practices")
    return project


@pytest.mark.parametrize("fmt, suffix", [("text", "txt"), ("json", "json"), ("github", "github")])
def test_output_formats_match_their_snapshot(project: Path, kb, fmt: str, suffix: str) -> None:
    result = kb("--root", _bad_project(project), "check", "--format", fmt)
    snapshot = SNAPSHOTS / f"check.{suffix}"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(result.out, encoding="utf-8")
    assert result.exit_code == 1
    assert result.out == snapshot.read_text(encoding="utf-8")


def test_json_is_valid_and_complete(project: Path, kb) -> None:
    data = json.loads(kb("--root", _bad_project(project), "check", "--format", "json").out)
    assert data and all(set(d) == {"severity", "code", "file", "line", "column", "message"} for d in data)
    assert {d["severity"] for d in data} == {"error", "warning"}


def test_github_format_annotates_lines(project: Path, kb) -> None:
    out = kb("--root", _bad_project(project), "check", "--format", "github").out
    lines = out.strip().splitlines()
    assert lines and all(line.startswith(("::error file=", "::warning file=")) for line in lines)
    assert "::error file=practices/vocabulaire.md,line=5,col=20,title=vocabulaire::" in out


def test_clean_project_exits_zero(project: Path, kb) -> None:
    result = kb("--root", project, "check")
    assert result.exit_code == 0, result
    assert result.out == ""
    assert "3 fiches vérifiées : aucun problème." in result.err


def test_check_some_paths_only(project: Path, kb) -> None:
    _bad_project(project)
    result = kb("--root", project, "check", project / "practices" / "yaml.md")
    assert result.exit_code == 1
    assert {line.split(":")[0] for line in result.out.strip().splitlines()} == {"practices/yaml.md"}


def test_check_a_file_outside_practices(project: Path, kb, tmp_path: Path) -> None:
    outside = tmp_path / "brouillon.md"
    shutil.copy(FIXTURES / "diagnostics" / "tension-note.md", outside)
    result = kb("--root", project, "check", outside)
    assert result.exit_code == 1 and "[tension-note]" in result.out


@pytest.mark.parametrize("args", [
    ("check", "--format", "xml"),
    ("check", "practices/inexistante.md"),
    ("check", "--inconnue"),
    ("commande-inconnue",),
])
def test_misuse_exits_two(project: Path, kb, args: tuple[str, ...]) -> None:
    result = kb("--root", project, *args)
    assert result.exit_code == 2, result
    assert "Traceback" not in result.err


def test_not_a_project_exits_two(tmp_path: Path, kb) -> None:
    result = kb("--root", tmp_path, "check")
    assert result.exit_code == 2
    assert "n'est pas la racine d'un projet Relier" in result.err


def test_bom_and_crlf_are_fine(project: Path, kb) -> None:
    path = project / "practices" / "ecoute-en-binome.md"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = kb("--root", project, "check")
    assert result.exit_code == 0, result


def test_crlf_keeps_line_numbers(project: Path, kb) -> None:
    text = (FIXTURES / "diagnostics" / "vocabulaire.md").read_text(encoding="utf-8")
    (project / "practices" / "vocabulaire.md").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert "practices/vocabulaire.md:5:20:" in kb("--root", project, "check").out


def test_new_sheet_passes_check(project: Path, kb) -> None:
    result = kb("--root", project, "new", "L'accueil « sans condition » : une pratique")
    assert result.exit_code == 0, result
    created = project / "practices" / "l-accueil-sans-condition-une-pratique.md"
    assert result.out.strip() == "practices/l-accueil-sans-condition-une-pratique.md"
    text = created.read_text(encoding="utf-8")
    for section in ("Contexte", "Objectifs", "Déroulement", "Points de vigilance", "Évaluation"):
        assert f"## {section}" in text
    check = kb("--root", project, "check", created)
    assert check.exit_code == 0, check
    assert "avertissement" in check.out  # the template's placeholders are pointed out


def test_new_refuses_to_overwrite(project: Path, kb) -> None:
    target = project / "practices" / "ecoute-en-binome.md"
    before = target.read_bytes()
    result = kb("--root", project, "new", "Écoute en binôme")
    assert result.exit_code == 1
    assert "existe déjà" in result.err
    assert target.read_bytes() == before


def test_new_rejects_an_empty_title(project: Path, kb) -> None:
    assert kb("--root", project, "new", "  ").exit_code == 2


@pytest.mark.parametrize("title, words", [
    ("Accueil \x1b[31mde nuit", "caractère invisible (U+001B)"),
    ("<b>Accueil</b> de nuit", "du code HTML"),
])
def test_new_refuses_a_title_the_check_would_refuse(project: Path, kb, title: str, words: str) -> None:
    """kb new made sheets that kb check then refused (fuzzing, 2026-12-08): nothing is written."""
    before = sorted(p.name for p in (project / "practices").iterdir())
    result = kb("--root", project, "new", title)
    assert result.exit_code == 2 and words in result.err, result
    assert sorted(p.name for p in (project / "practices").iterdir()) == before


def test_console_script_runs_without_traceback(project: Path) -> None:
    kb_bin = Path(sys.executable).parent / "kb"
    shutil.copy(FIXTURES / "diagnostics" / "entete-type.md", project / "practices")
    proc = subprocess.run([str(kb_bin), "check"], cwd=project, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "practices/entete-type.md:2:1: erreur:" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_landed_content_passes_check(kb) -> None:
    result = kb("--root", REPO, "check")
    assert result.exit_code == 0, result.out[-3000:]


def test_checking_one_file_knows_the_other_sheets(project: Path, kb) -> None:
    """`kb check FILE` reads only FILE, yet finds missing targets and duplicate ids."""
    for name in ("relation-cible", "id-double"):
        shutil.copy(FIXTURES / "diagnostics" / f"{name}.md", project / "practices")
    good = kb("--root", project, "check", project / "practices" / "ecoute-en-binome.md")
    assert good.exit_code == 0, good
    missing = kb("--root", project, "check", project / "practices" / "relation-cible.md")
    assert "[relation-cible]" in missing.out and missing.exit_code == 1
    double = kb("--root", project, "check", project / "practices" / "id-double.md")
    assert "[id-double]" in double.out and "practices/ecoute-en-binome.md" in double.out
