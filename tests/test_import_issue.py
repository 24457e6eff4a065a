"""`kb import-issue`: three recorded bodies of the issue form « Proposer une pratique » (complete,
missing answers, personal data) give a sheet that passes kb check, a French list of what is
missing, and a refusal naming the personal data."""

from __future__ import annotations

from pathlib import Path

import yaml

from support import FIXTURES, REPO

ISSUES = FIXTURES / "issues"


def test_a_complete_proposal_becomes_a_sheet_that_passes_kb_check(project: Path, kb) -> None:
    result = kb("--root", project, "import-issue", ISSUES / "complete.md", "--date", "2026-12-05")
    assert result.exit_code == 0, result.out + result.err
    path = project / "practices" / "le-conseil-de-vie-sociale-prepare-avec-les-residents.md"
    assert f"`{path.relative_to(project).as_posix()}`" in result.out and "passe `kb check`" in result.out
    text = path.read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["publics"] == ["personnes_agees", "handicap"]
    assert front["concepts"] == ["participation", "pouvoir_d_agir"]  # typed in words, found in the vocabulary
    assert front["statut"] == "brouillon" and front["auteurs"][0]["nom"] == "Équipe d'animation"
    assert front["sources"][0]["annee"] == 2008
    for title in ("Contexte", "Objectifs", "Déroulement", "Points de vigilance"):
        assert f"## {title}\n" in text
    checked = kb("--root", project, "check", path)
    assert checked.exit_code == 0, checked.out + checked.err
    assert "Pratiques proches citées" in result.out  # left to the team, said so


def test_missing_answers_are_listed_in_french_and_nothing_is_written(project: Path, kb) -> None:
    before = sorted(p.name for p in (project / "practices").iterdir())
    result = kb("--root", project, "import-issue", ISSUES / "incomplete.md")
    assert result.exit_code == 1
    assert "Il manque des éléments" in result.out
    for label in ("Résumé", "Quels secteurs ?", "Déroulement", "Points de vigilance", "Sources", "Concepts mobilisés"):
        assert f"« {label} »" in result.out, label
    assert "« Contexte »" not in result.out and "« Objectifs »" not in result.out  # answered
    assert sorted(p.name for p in (project / "practices").iterdir()) == before


def test_personal_data_is_refused_and_named(project: Path, kb, tmp_path: Path) -> None:
    before = sorted(p.name for p in (project / "practices").iterdir())
    answer = tmp_path / "reponse.md"
    result = kb("--root", project, "import-issue", ISSUES / "donnees-personnelles.md", "--message", answer)
    assert result.exit_code == 1
    assert "Proposition refusée : elle contient des données personnelles" in result.out
    for what in ("un numéro de téléphone (« 06 •• •• •• 78 »)", "une adresse électronique",
                 "une civilité suivie d'un nom (« Mme L••••••• »)"):
        assert what in result.out, what
    assert "06 12 34 56 78" not in result.out  # the refusal does not spread what it refuses
    assert answer.read_text(encoding="utf-8") == result.out
    assert sorted(p.name for p in (project / "practices").iterdir()) == before


def test_a_body_that_is_not_the_form_is_answered_in_french(project: Path, kb, tmp_path: Path) -> None:
    body = tmp_path / "corps.md"
    body.write_text("Bonjour, voici ma pratique : on fait des visites à domicile.\n", encoding="utf-8")
    result = kb("--root", project, "import-issue", body)
    assert result.exit_code == 1 and "aucune réponse du formulaire" in result.out


def test_the_fixtures_answer_the_current_form() -> None:
    from kb.import_issue import parse_answers

    form = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "proposer-une-pratique.yml").read_text(encoding="utf-8"))
    labels = {item["attributes"]["label"] for item in form["body"] if "id" in item}
    assert set(parse_answers((ISSUES / "complete.md").read_text(encoding="utf-8"))) == labels


def test_the_workflow_runs_on_labelled_proposals_without_pasting_the_issue_into_a_shell() -> None:
    path = REPO / ".github" / "workflows" / "proposition.yml"
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "issues" in workflow[True]  # YAML 1.1 reads the key `on` as True
    job = workflow["jobs"]["importer"]
    form = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "proposer-une-pratique.yml").read_text(encoding="utf-8"))
    assert all(f"'{label}'" in job["if"] for label in form["labels"])
    runs = " ".join(step.get("run", "") for step in job["steps"])
    assert "kb import-issue" in runs and "github.event" not in runs  # the body arrives through env, as data
    assert any(step.get("uses", "").startswith("peter-evans/create-pull-request@") for step in job["steps"])


def test_what_was_written_in_the_issue_is_quoted_as_code_in_the_reply(project: Path, kb, tmp_path: Path) -> None:
    """Red team, 2026-12-07: the « Pratiques proches » answer went into the bot's reply as written, so
    an anonymous proposal could put an image, a link, a mention or « Fiche validée » in it."""
    body = (ISSUES / "complete.md").read_text(encoding="utf-8")
    hostile = "**Fiche validée** ![x](https://evil.example/p.png) [connexion](https://evil.example/) @equipe ``code``"
    head, _, rest = body.partition("### Pratiques proches")
    tail = rest[rest.index("\n### "):] if "\n### " in rest else ""
    issue = tmp_path / "issue.md"
    issue.write_text(head + "### Pratiques proches\n\n" + hostile + "\n" + tail, encoding="utf-8")
    result = kb("--root", project, "import-issue", issue)
    assert result.exit_code == 0, result.out + result.err
    line = next(line for line in result.out.splitlines() if "Pratiques proches" in line)
    assert f"``` {hostile} ```" in line  # one code span: nothing in it is read as Markdown


def test_a_body_that_is_not_utf8_is_a_french_error(project: Path, kb, tmp_path: Path) -> None:
    issue = tmp_path / "issue.md"
    issue.write_bytes(b"### Titre de la pratique\n\nL\xe9gende\n")
    result = kb("--root", project, "import-issue", issue)
    assert result.exit_code == 2 and "UTF-8" in result.err and "Traceback" not in result.err, result.err
