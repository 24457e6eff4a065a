"""Training modules: `kb check` of modules/*.yml and their timed schedule."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from support import FIXTURES
from kb.checks import load_and_check
from kb.training.schedule import schedule

MODULE = FIXTURES / "modules" / "module-test.yml"


@pytest.fixture
def with_module(project: Path) -> Path:
    (project / "modules").mkdir()
    shutil.copy(MODULE, project / "modules" / "module-test.yml")
    return project / "modules" / "module-test.yml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _diagnostics(kb, project: Path, *paths: Path) -> tuple[int, list[dict]]:
    result = kb("--root", project, "check", "--format", "json", *paths)
    assert "Traceback" not in result.out + result.err
    return result.exit_code, json.loads(result.out)


def test_a_valid_module_passes(project: Path, with_module: Path, kb) -> None:
    result = kb("--root", project, "check")
    assert result.exit_code == 0, result
    assert "3 fiches et 1 module vérifiés : aucun problème." in result.err + result.out
    assert kb("--root", project, "check", with_module).exit_code == 0


def test_the_schedule_gives_start_times_day_by_day(project: Path, with_module: Path) -> None:
    result, _ = load_and_check(project)
    (module,) = result.modules
    slots = schedule(module)
    assert [(s.day, s.start_text, s.end_text) for s in slots] == [
        (1, "09:00", "09:45"), (1, "09:45", "11:45"), (1, "11:45", "12:00"), (1, "13:30", "16:00"),
        (2, "09:00", "11:00")]


@pytest.mark.parametrize("old,new,code,line,severity", [
    ("fiches: [ecoute-en-binome]", "fiches: [ecoute-en-binom]", "module-fiche", 31, "error"),
    ('duree_totale: "7 h 30"', 'duree_totale: "7 h"', "module-duree", 10, "error"),
    ('duree_totale: "7 h 30"', 'duree_totale: "sept heures"', "valeur", 10, "error"),
    ('duree_totale: "7 h 30"', 'duree_totale: "7 h 30"\nduree_formation: "7 h 30"', "module-duree", 11, "error"),
    ("categorie: exercice", "categorie: exercise", "vocabulaire", 30, "error"),
    ("competences_visees: [socle_dc3]", "competences_visees: [dc3]", "vocabulaire", 9, "error"),
    ("tarif:", "prix:", "cle-inconnue", 14, "error"),
    ('debut: "13:30"', 'debut: "11:00"', "module-horaire", 41, "warning"),
    ("id: module-test", "id: autre-module", "id-fichier", 1, "error"),
    ("consignes: \"Chacun dit", "consignes: \"Appeler le 06 12 34 56 78. Chacun dit", "donnee-telephone", 27, "error"),
    ("notes_formateur: \"Veiller", "notes_formateur: \"<script>x</script> Veiller", "contenu-dangereux", 34, "error"),
])
def test_each_module_problem_is_reported_at_its_line(project: Path, with_module: Path, kb,
                                                      old: str, new: str, code: str, line: int, severity: str) -> None:
    _edit(with_module, old, new)
    for paths in ((), (with_module,)):  # the whole base, and the module file alone
        exit_code, found = _diagnostics(kb, project, *paths)
        matching = [d for d in found if d["code"] == code]
        assert matching, found
        assert matching[0]["file"] == "modules/module-test.yml" and matching[0]["line"] == line, matching
        assert matching[0]["severity"] == severity
        assert exit_code == (1 if severity == "error" else 0)


def test_a_sheet_before_its_prerequisite_is_a_warning(project: Path, with_module: Path, kb) -> None:
    sheet = project / "practices" / "ecoute-en-binome.md"
    _edit(sheet, "relations:\n", "relations:\n  - type: prerequis\n    cible: groupe-d-echange\n")
    for paths in ((), (with_module,)):
        exit_code, found = _diagnostics(kb, project, *paths)
        assert exit_code == 0
        assert [(d["code"], d["line"]) for d in found if d["file"].startswith("modules/")] == [("module-ordre", 31)]
        assert "groupe-d-echange" in found[0]["message"]


def test_an_unreadable_module_is_a_clear_error(project: Path, with_module: Path, kb) -> None:
    with_module.write_text("titre: [unclosed\n", encoding="utf-8")
    exit_code, found = _diagnostics(kb, project)
    assert exit_code == 1 and found[0]["code"] == "yaml" and found[0]["file"] == "modules/module-test.yml"
    with_module.write_text("- une liste\n", encoding="utf-8")
    exit_code, found = _diagnostics(kb, project)
    assert exit_code == 1 and found[0]["code"] == "entete-type"
