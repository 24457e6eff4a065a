"""A contributor's journey in a real terminal: `kb new`, seven usual mistakes at once, one `kb check`
that reports every one of them in French, with file and line, and no English; then the mistakes
people make with the command itself."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO

KB = Path(sys.executable).parent / "kb"
SHEET = "practices/accueil-de-nuit-en-hiver.md"

# Words and phrases of PyYAML, libyaml, jsonschema and click that must never reach a contributor.
ENGLISH = re.compile(
    r"\b(found|character|cannot|token|while|scanning|expected|mapping|values? (?:are|is)|not allowed|"
    r"could not|did not|unexpected|stream|is not (?:valid|one of|a)|required property|"
    r"does not match|Usage:|Options:|Commands:|Error:|Try '|for help|Show this|No such|Missing|"
    r"Invalid value|Got unexpected|Did you mean|Aborted|Traceback|Exception)\b")


def kb(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KB), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project as a contributor has it: the real sheets, modules, schemas."""
    root = tmp_path_factory.mktemp("journey") / "relier"
    for folder in ("practices", "annexes", "modules", "schemas"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def lines_of(text: str, *needles: str) -> list[int]:
    return [n for n, line in enumerate(text.split("\n"), 1) if all(needle in line for needle in needles)]


def test_one_check_reports_seven_mistakes_in_french(copy: Path) -> None:
    created = kb("new", "Accueil de nuit en hiver", cwd=copy)
    assert created.returncode == 0, created.stderr
    path = copy / SHEET
    assert kb("check", SHEET, cwd=copy).returncode in (0, 1)  # the template itself never fails to read
    text = path.read_text(encoding="utf-8")
    mistakes = [
        # 1. a tab to indent the authors, as an editor inserts one
        ('  - nom: "Votre nom ou celui de votre équipe"\n    role:',
         '\t- nom: "Votre nom ou celui de votre équipe"\n\t  role:'),
        # 2. a misspelt concept
        ("concepts: [accompagnement]", "concepts: [acompagnement]"),
        # 3. a date that does not exist
        (re.search(r"date_creation: \S+", text).group(0), "date_creation: 2024-13-45"),
        # 4 and 5. a personal phone number and a civility + surname in the body
        ("À compléter : dans quelle situation",
         "Nous avons reçu Mme Benali hier soir.\n\nElle laisse son numéro, le 06 12 34 56 78, à l'accueil.\n\n"
         "À compléter : dans quelle situation"),
        # 6. a required section deleted
        ("## Déroulement\n", ""),
        # 7. the template's example source uncommented, but « [] » left after « sources: »
        ('  # - titre: "Titre exact de l\'ouvrage ou de la recommandation"\n  #   auteur: "Auteur ou institution"\n',
         '  - titre: "Titre exact de l\'ouvrage ou de la recommandation"\n    auteur: "Auteur ou institution"\n'),
    ]
    for before, after in mistakes:
        assert before in text, before
        text = text.replace(before, after)
    path.write_text(text, encoding="utf-8")

    result = kb("check", cwd=copy)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "Traceback" not in out
    mine = [line for line in result.stdout.splitlines() if line.startswith(SHEET + ":")]
    expected = [  # code, line (None: the sheet as a whole), words
        ("yaml", lines_of(text, "\t- nom:")[0], "remplacez la tabulation par des espaces"),
        ("yaml", lines_of(text, "sources: []")[0], "supprimez « [] » après « sources: »"),
        ("vocabulaire", lines_of(text, "concepts: [acompagnement]")[0], "vouliez-vous dire « accompagnement » ?"),
        ("date", lines_of(text, "date_creation:")[0], "2024-13-45"),
        ("donnee-telephone", lines_of(text, "06 12 34 56 78")[0], "numéro de téléphone"),
        ("donnee-nom", lines_of(text, "Mme Benali")[0], "civilité suivie d'un nom"),
        ("section-manquante", None, "« ## Déroulement » manque"),
    ]
    for code, line, words in expected:
        found = [d for d in mine if d.endswith(f"[{code}]") and words in d]
        assert len(found) == 1, (code, mine)  # one diagnostic per mistake
        if line is not None:
            assert found[0].startswith(f"{SHEET}:{line}:"), (found[0], line)
    assert len([d for d in mine if ": erreur: " in d]) == len(expected), mine
    assert not ENGLISH.search(out), ENGLISH.search(out)


def test_the_acceptance_four(copy: Path) -> None:
    """The issue's acceptance line: tab, misspelt term, phone, civility + surname: four French
    diagnostics naming the file and the line, in one run, none in English."""
    path = copy / "practices" / "quatre-erreurs.md"
    text = (REPO / "practices" / "accompagnement-budgetaire.md").read_text(encoding="utf-8")
    text = re.sub(r"^id: .*$", "id: quatre-erreurs", text, count=1, flags=re.M)
    text = re.sub(r"^(concepts: \[)", r"concepts: [acompagnement, ", text, count=1, flags=re.M)
    assert "acompagnement" in text
    text = re.sub(r"^(statut: .*)$", "\t\\1", text, count=1, flags=re.M)
    body_start = text.index("\n## ") + 1
    text = text[:body_start] + "M. Durand nous appelle au 06 12 34 56 78.\n\n" + text[body_start:]
    path.write_text(text, encoding="utf-8")
    result = kb("check", "practices/quatre-erreurs.md", cwd=copy)
    mine = [d for d in result.stdout.splitlines() if d.startswith("practices/quatre-erreurs.md:")]
    codes = sorted(d.rsplit("[", 1)[1].rstrip("]") for d in mine if ": erreur: " in d)
    assert codes == ["donnee-nom", "donnee-telephone", "vocabulaire", "yaml"], result.stdout
    for diagnostic in mine:
        assert re.match(r"practices/quatre-erreurs\.md:\d+:\d+: ", diagnostic)
    assert not ENGLISH.search(result.stdout + result.stderr)
    path.unlink()


@pytest.mark.parametrize("args, words", [
    (["chek"], "Commande inconnue « chek ». Vouliez-vous dire « check » ?"),
    (["graph", "exprt"], "Vouliez-vous dire « export » ?"),
    (["export"], "Argument manquant"),
    (["check", "--format", "xml"], "Valeur non valide pour '--format'"),
    (["--bogus"], "Option inconnue : --bogus"),
    (["serve", "--port", "0"], "n'est pas dans l'intervalle"),
    (["check", "--strict=oui"], "ne prend pas de valeur"),
    (["search", "--limit", "dix", "x"], "« dix » n'est pas un nombre entier valide"),  # was « integer range »
])
def test_misuse_is_answered_in_french_with_exit_code_2(copy: Path, args: list[str], words: str) -> None:
    result = kb(*args, cwd=copy)
    assert result.returncode == 2, result
    assert words in result.stderr
    assert not ENGLISH.search(result.stdout + result.stderr), result.stderr


@pytest.mark.parametrize("args", [["-h"], ["check", "-h"], ["graph", "-h"], ["export", "--help"]])
def test_help_is_in_french(copy: Path, args: list[str]) -> None:
    result = kb(*args, cwd=copy)
    assert result.returncode == 0
    assert "Usage : kb" in result.stdout and "Options :" in result.stdout
    assert "Afficher cette aide et quitter." in result.stdout
    assert not ENGLISH.search(result.stdout), ENGLISH.search(result.stdout)


@pytest.mark.parametrize("front, words", [
    ("sources: []\n  - titre: Un ouvrage\n", "supprimez « [] » après « sources: »"),
    ("relations: []\n  # une aide\n  - type: complete\n    cible: x\n", "supprimez « [] » après « relations: »"),
    ('titre: "Accueil de nuit\n', "guillemets ouverts ici ne sont jamais refermés"),
    ("titre: Accueil : la nuit\n", "la valeur contient « : » : mettez-la entre guillemets"),
    ("titre:Accueil\n", "il manque une espace après « : »"),
    ("niveau: micro\n  statut: brouillon\n", "l'indentation n'est pas régulière"),
    ("publics: [adultes\n", "ajoutez « ] »"),
    ("titre: @accueil\n", "ne peut pas commencer par « @ »"),
    ("titre: a\ntitre: b\n", "déjà écrite ligne"),
    # a quote left open mid-header was blamed on the next line's indentation (fuzzing, 2026-12-08)
    ('titre: "Accueil de nuit\nresume: "Une fiche."\n', "guillemets ouverts ici ne sont pas refermés sur leur ligne"),
    ("duree: 1" + "0" * 5000 + "\n", "ne peut pas être lu comme un nombre"),  # was « illisible » at 1:1
    ("duree: !!float 'x'\n", "ne peut pas être lu comme un nombre"),
])
def test_every_yaml_mistake_is_explained_with_its_fix(tmp_path: Path, front: str, words: str) -> None:
    for folder in ("schemas",):
        shutil.copytree(REPO / folder, tmp_path / folder)
    (tmp_path / "practices").mkdir()
    sheet = tmp_path / "practices" / "x.md"
    sheet.write_text(f"---\nid: x\n{front}---\n\n## Contexte\n\nMme Benali.\n", encoding="utf-8")
    result = kb("check", "practices/x.md", cwd=tmp_path)
    assert result.returncode == 1
    assert words in result.stdout, result.stdout
    if "nombre" in words or "sur leur ligne" in words:
        assert "x.md:3:" in result.stdout, result.stdout  # at the line that holds the mistake
    assert max(map(len, result.stdout.splitlines())) < 600, "a message stays readable"
    assert "[donnee-nom]" in result.stdout  # the body is checked all the same
    assert not ENGLISH.search(result.stdout + result.stderr), result.stdout


def test_the_template_says_how_to_add_sources_and_relations() -> None:
    template = (REPO / "kb" / "templates" / "fiche.md").read_text(encoding="utf-8")
    for key in ("sources", "relations"):
        after = template.split(f"\n{key}: []\n", 1)[1]
        assert after.lstrip().startswith("# Pour") and "effacez « [] »" in after.split("\n", 1)[0]


def test_the_readme_installs_what_ci_installs() -> None:
    """The quick start's one line names every system package CI installs, before the two commands."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    script = (REPO / ".ci" / "system-packages").read_text(encoding="utf-8")
    wanted = set(re.search(r'^packages="([^"]+)"', script, re.M).group(1).split())
    wanted |= set(re.search(r'packages="\$packages ([^"]+)"', script).group(1).split())
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    line = re.search(r"^sudo apt-get install -y (.+)$", quick, re.M)
    assert line and wanted <= set(line.group(1).split()), wanted - set(line.group(1).split() if line else ())
    assert quick.index("sudo apt-get install") < quick.index("make site") < quick.index("make test")
    assert re.findall(r"^(make \w+)", quick, re.M) == ["make site", "make test"]
