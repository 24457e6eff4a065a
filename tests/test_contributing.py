"""The contributor's path: guide, pull-request template, issue form, workflows, pre-commit hook."""

from __future__ import annotations

import re

import yaml

from support import REPO
from kb.checks.privacy import PRIVACY_CODES
from kb.cli import cli
from kb.issue_form import FORM_PATH, render
from kb.vocabularies import load_vocabularies


def test_the_issue_form_is_generated_from_the_current_vocabularies() -> None:
    assert (REPO / FORM_PATH).read_text(encoding="utf-8") == render(REPO), \
        "régénérez le formulaire : python -m kb.issue_form > " + FORM_PATH.as_posix()


def test_the_issue_form_mirrors_the_front_matter_and_sections() -> None:
    form = yaml.safe_load((REPO / FORM_PATH).read_text(encoding="utf-8"))
    fields = {item.get("id"): item for item in form["body"]}
    for key in ("titre", "resume", "publics", "secteurs", "modes_intervention", "concepts", "sources", "auteurs",
                "section-contexte", "section-deroulement", "section-points-de-vigilance"):
        assert key in fields, key
    vocabularies, _ = load_vocabularies(REPO)
    assert len(fields["publics"]["attributes"]["options"]) == len(vocabularies["publics"].terms)
    assert fields["publics"]["validations"]["required"] is True
    pledges = " ".join(o["label"] for o in fields["engagements"]["attributes"]["options"])
    assert "reconnaître" in pledges and "CC BY-SA" in pledges and "d'accord" in pledges


def test_the_pull_request_workflow_annotates_with_the_github_format() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "verifier.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as True
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(re.search(r"\bkb check --format github\b", run) for run in steps)
    assert "make test" in steps and "make site" in steps


def test_main_builds_and_publishes_the_site() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "publier.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["main"]
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    assert any(u.startswith("actions/deploy-pages") for u in uses)


def test_the_pull_request_template_has_the_checklist() -> None:
    template = (REPO / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8").lower()
    for item in ("anonymisation", "consentement", "licence", "sources", "relier-autoriser"):
        assert item in template, item


def test_the_pre_commit_hook_runs_kb_check(project, kb, monkeypatch) -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "kb-check")
    assert re.match(hook["files"], "practices/ma-fiche.md") and re.match(hook["files"], "modules/m.yml")
    program, *args = hook["entry"].split()
    assert program == "kb"
    monkeypatch.chdir(project)
    assert kb(*args).exit_code == 0
    (project / "practices" / "ecoute-en-binome.md").write_text("---\nid: x\n---\n", encoding="utf-8")
    assert kb(*args).exit_code == 1


def test_the_guide_documents_the_exceptions_and_only_real_commands() -> None:
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for code in PRIVACY_CODES:
        assert code in guide, code
    assert "relier-autoriser" in guide and "<!-- relier:vocabulaires -->" in guide
    mentioned = set(re.findall(r"`kb ([a-z][a-z-]*)", guide))
    assert mentioned and mentioned <= set(cli.commands), mentioned - set(cli.commands)
