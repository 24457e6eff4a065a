"""`kb check` refuses every payload with a French diagnostic at its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import payloads


def _lines_of(path: Path, text: str) -> range:
    """The lines of `path` where `text` (its first line, or the YAML value) is written."""
    lines = path.read_text(encoding="utf-8").split("\n")
    first = text.split("\n")[0]
    for number, line in enumerate(lines, start=1):
        if first in line:
            return range(number, number + text.count("\n") + 1)
    raise AssertionError(f"{first!r} not in {path}")


def _refused(diagnostics: list[dict], file: str, lines: range) -> list[dict]:
    return [d for d in diagnostics if d["file"] == file and d["line"] in lines
            and d["code"] == "contenu-dangereux" and d["severity"] == "error"]


def test_kb_check_refuses_each_payload_with_a_french_diagnostic(hostile_project: Path, kb) -> None:
    result = kb("--root", hostile_project, "check", "--format", "json")
    assert result.exit_code == 1, result
    diagnostics = json.loads(result.out)
    missed = []
    for sheet_id, _, value in payloads.SHEETS:
        file = f"practices/{sheet_id}.md"
        found = _refused(diagnostics, file, _lines_of(hostile_project / file, value))
        if not found:
            missed.append(sheet_id)
        for diagnostic in found:
            assert diagnostic["message"].startswith(("contenu refusé", "titre", "resume", "auteurs")), diagnostic
            assert "refusé" in diagnostic["message"] and "retirez" in diagnostic["message"] or \
                "placez l'image dans le dépôt" in diagnostic["message"], diagnostic
    module = hostile_project / "modules" / "module-test.yml"
    for value in (payloads.MODULE_TITLE, payloads.MODULE_SUMMARY, payloads.MODULE_SEQUENCE_TITLE):
        if not _refused(diagnostics, "modules/module-test.yml", _lines_of(module, value)):
            missed.append(f"module: {value}")
    vocabulary = hostile_project / "schemas" / "vocabulaires" / "concepts.yml"
    for line in payloads.VOCABULARY_TERMS.strip("\n").split("\n"):
        if line.strip().startswith(("label:", "definition:")):
            if not _refused(diagnostics, "schemas/vocabulaires/concepts.yml", _lines_of(vocabulary, line.strip())):
                missed.append(f"vocabulaire: {line.strip()}")
    assert missed == []


def test_remote_images_are_refused_with_the_fix(hostile_project: Path, kb) -> None:
    result = kb("--root", hostile_project, "check", hostile_project / "practices" / "image-pisteur-markdown.md")
    assert result.exit_code == 1
    assert ("practices/image-pisteur-markdown.md:29:6: erreur: contenu refusé : une image d'un autre site "
            "(https://tracker.example/p.png) : le site ne charge rien depuis un autre site : placez l'image dans "
            "le dépôt, dans docs/images/") in result.out, result.out
    assert "une adresse https" not in result.out


def test_the_checked_fields_are_read_after_yaml_decoding(hostile_project: Path, kb) -> None:
    result = kb("--root", hostile_project, "check", hostile_project / "practices" / "titre-echappe-yaml.md")
    assert "titre: contenu refusé : du code HTML (« <img src=x onerror=alert(101)> »)" in result.out, result.out


def test_kb_build_refuses_the_hostile_content(hostile_project: Path, kb) -> None:
    result = kb("--root", hostile_project, "build")
    assert result.exit_code == 1
    assert "contenu refusé" in result.out
