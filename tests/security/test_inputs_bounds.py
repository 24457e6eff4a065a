"""Deeply nested YAML and JSON are refused early, in time and memory that do not grow with the
nesting: each case runs `kb check` in a fresh process that reports its own time and peak memory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import FIXTURES, REPO, small_project

# Runs `kb check` in this process and prints its exit code, the time run() took and the peak RSS.
# The peak is this process's own (VmHWM), not getrusage's ru_maxrss: on Linux that one carries the
# peak of the process that started it (pytest's, after a whole suite) across fork and exec.
_MEASURE = """
import json, sys, time
from kb.cli import run
clock = time.perf_counter()
code = run(sys.argv[1:])
elapsed = time.perf_counter() - clock
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"code": code, "seconds": elapsed, "rss_mb": peak / 1024}), file=sys.stderr)
"""
BUDGET_S, BUDGET_MB = 1.0, 100.0
SIZE = 240 * 1024


def measured_check(root: Path, *args: str) -> tuple[dict, str, str]:
    done = subprocess.run([sys.executable, "-c", _MEASURE, "--root", str(root), "check", *args],
                          capture_output=True, text=True, timeout=120)
    *messages, last = done.stderr.rstrip("\n").split("\n")
    return json.loads(last), done.stdout, "\n".join(messages)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return small_project(tmp_path / "projet", module=True)


def _flow(key: str, size: int) -> str:
    depth = (size - len(key) - 4) // 2
    return f"{key}: " + "[" * depth + "]" * depth + "\n"


def _unclosed(key: str, size: int) -> str:
    return f"{key}: " + "[" * (size - len(key) - 3) + "\n"


def _mappings(key: str, size: int) -> str:
    depth = (size - len(key) - 4) // 5
    return f"{key}: " + "{a: " * depth + "}" * depth + "\n"


def _indented(key: str, size: int) -> str:
    lines, depth = [f"{key}:\n"], 0
    while sum(map(len, lines)) < size:
        lines.append("  " * depth + "- \n")
        depth += 1
    return "".join(lines)


SHAPES = {"flow": _flow, "unclosed": _unclosed, "mappings": _mappings, "indented": _indented}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_240_kb_nested_vocabulary_is_refused_fast_and_small(project: Path, shape: str) -> None:
    text = SHAPES[shape]("termes", SIZE)
    assert len(text.encode()) >= SIZE - 8
    (project / "schemas" / "vocabulaires" / "piege.yml").write_text(text, encoding="utf-8")

    numbers, out, err = measured_check(project)

    assert numbers["code"] == 1, (out, err)
    # a vocabulary's YAML problems all carry the vocabulary code
    assert "schemas/vocabulaires/piege.yml:" in out and "[vocabulaire-fichier]" in out, out
    assert "plus de 20 listes ou groupes imbriqués" in out
    assert numbers["seconds"] < BUDGET_S, numbers
    assert numbers["rss_mb"] < BUDGET_MB, numbers
    assert "erreur interne" not in err


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_nested_module_is_refused_fast_and_small(project: Path, shape: str) -> None:
    module = project / "modules" / "piege.yml"
    module.write_text("id: piege\ntitre: Piège\n" + SHAPES[shape]("sequences", 120 * 1024), encoding="utf-8")

    numbers, out, err = measured_check(project)

    assert numbers["code"] == 1, (out, err)
    assert "modules/piege.yml:" in out and "[yaml-profondeur]" in out, out
    assert numbers["seconds"] < BUDGET_S and numbers["rss_mb"] < BUDGET_MB, numbers


def test_a_240_kb_module_is_refused_by_its_size_before_it_is_read(project: Path) -> None:
    module = project / "modules" / "piege.yml"
    module.write_text("id: piege\n" + _flow("sequences", SIZE), encoding="utf-8")

    numbers, out, _ = measured_check(project)

    assert numbers["code"] == 1
    assert "modules/piege.yml:1:1:" in out and "[taille]" in out and "plusieurs modules" in out, out
    assert numbers["seconds"] < BUDGET_S and numbers["rss_mb"] < BUDGET_MB, numbers


def test_a_nested_front_matter_is_refused_at_its_line(project: Path) -> None:
    sheet = (project / "practices" / "ecoute-en-binome.md")
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("\ntitre:", "\n" + _flow("themes", 30 * 1024) + "titre:", 1), encoding="utf-8")
    line = 1 + text.split("\ntitre:")[0].count("\n") + 1

    numbers, out, _ = measured_check(project)

    assert numbers["code"] == 1
    assert f"practices/ecoute-en-binome.md:{line}:" in out and "[yaml-profondeur]" in out, out
    assert numbers["seconds"] < BUDGET_S and numbers["rss_mb"] < BUDGET_MB, numbers


def test_twenty_levels_are_still_read(project: Path) -> None:
    """The limit refuses only what no sheet, module or vocabulary needs."""
    from kb.parsing import MAX_DEPTH, parse_yaml

    deep = "cle: " + "[" * (MAX_DEPTH - 1) + "x" + "]" * (MAX_DEPTH - 1) + "\n"
    assert parse_yaml(deep, 1, "x.yml").front_matter is not None
    deeper = "cle: " + "[" * MAX_DEPTH + "x" + "]" * MAX_DEPTH + "\n"
    assert [d.code for d in parse_yaml(deeper, 1, "x.yml").diagnostics] == ["yaml-profondeur"]


def test_a_100_000_deep_schema_is_a_french_error_with_its_file(project: Path) -> None:
    path = project / "schemas" / "practice.schema.json"
    schema = path.read_text(encoding="utf-8").rstrip()
    path.write_text(schema[:-1] + ', "profond": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")

    numbers, out, err = measured_check(project)

    assert numbers["code"] == 1, (out, err)
    assert "schemas/practice.schema.json:1:1" in err and "imbrique trop de niveaux" in err, err
    assert "erreur interne" not in err and "Traceback" not in err


def test_a_broken_schema_names_its_line(project: Path) -> None:
    path = project / "schemas" / "module.schema.json"
    path.write_text('{\n  "type": "object",\n  "properties": {,}\n}\n', encoding="utf-8")

    numbers, out, err = measured_check(project)

    assert numbers["code"] == 1, (out, err)
    assert "schemas/module.schema.json:3:" in err and "JSON valide" in err, err
