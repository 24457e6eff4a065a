"""One test per diagnostic code: a small bad sheet, the code, the file and the line."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest

from support import FIXTURES, REPO, snapshot_tree
from kb.diagnostics import CODES

# fixture file (tests/fixtures/diagnostics/<name>.md) -> (expected code, line, severity)
CASES = {
    "fichier-vide": ("fichier-vide", 1, "erreur"),
    "encodage": ("encodage", 4, "erreur"),
    "entete-absente": ("entete-absente", 1, "erreur"),
    "entete-non-terminee": ("entete-non-terminee", 1, "erreur"),
    "yaml": ("yaml", 3, "erreur"),
    "yaml-alias": ("yaml-alias", 5, "erreur"),
    "yaml-profondeur": ("yaml-profondeur", 6, "erreur"),
    "entete-type": ("entete-type", 2, "erreur"),
    "cle-double": ("cle-double", 11, "erreur"),
    "cle-manquante": ("cle-manquante", 1, "erreur"),
    "cle-inconnue": ("cle-inconnue", 6, "erreur"),
    "type": ("type", 6, "erreur"),
    # a mapping as the evidence level made kb check, build and export fail with a TypeError (red team)
    "type-niveau-preuve": ("type", 9, "erreur"),
    "titre-double": ("titre-double", 3, "avertissement"),  # the title of tests/fixtures/sheets/ecoute-en-binome.md
    "valeur": ("valeur", 14, "erreur"),
    "date": ("date", 13, "erreur"),
    "vocabulaire": ("vocabulaire", 5, "erreur"),
    "id-fichier": ("id-fichier", 2, "erreur"),
    "id-double": ("id-double", 2, "erreur"),
    "relation-type": ("relation-type", 18, "erreur"),
    "relation-cible": ("relation-cible", 19, "erreur"),
    "relation-soi": ("relation-soi", 19, "erreur"),
    "relation-double": ("relation-double", 21, "avertissement"),
    "tension-note": ("tension-note", 18, "erreur"),
    "section-manquante": ("section-manquante", 22, "erreur"),
    "section-vide": ("section-vide", 22, "erreur"),
    "section-ordre": ("section-ordre", 26, "avertissement"),
    "section-inconnue": ("section-inconnue", 38, "avertissement"),
    "a-completer": ("a-completer", 30, "avertissement"),
    "sans-source": ("sans-source", 1, "avertissement"),
    "paroles-nature": ("paroles-nature", 35, "erreur"),
    "relecture-requise": ("relecture-requise", 10, "erreur"),
    "relecture-echue": ("relecture-echue", 17, "avertissement"),
    "preuve-appui": ("preuve-appui", 9, "erreur"),
    "annexe": ("annexe", 19, "erreur"),
    "donnee-nir": ("donnee-nir", 24, "erreur"),
    "donnee-telephone": ("donnee-telephone", 24, "erreur"),
    "donnee-courriel": ("donnee-courriel", 24, "erreur"),
    "donnee-iban": ("donnee-iban", 24, "erreur"),
    "donnee-naissance": ("donnee-naissance", 24, "erreur"),
    "donnee-adresse": ("donnee-adresse", 24, "erreur"),
    "donnee-nom": ("donnee-nom", 24, "erreur"),
    "donnee-dossier": ("donnee-dossier", 24, "erreur"),
    "exception": ("exception", 24, "erreur"),
    "contenu-dangereux": ("contenu-dangereux", 24, "erreur"),
    "mise-en-forme": ("mise-en-forme", 24, "erreur"),  # a <div> never closed: the rest of the page was raw text
    "lien-introuvable": ("lien-introuvable", 24, "erreur"),  # « groupe-d-echanges.md »: no such sheet
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_sheet_is_reported_at_its_line(project: Path, kb, name: str) -> None:
    code, line, severity = CASES[name]
    shutil.copy(FIXTURES / "diagnostics" / f"{name}.md", project / "practices" / f"{name}.md")
    before = snapshot_tree(project)

    result = kb("--root", project, "check", "--format", "json")

    found = [d for d in json.loads(result.out) if d["code"] == code]
    assert found, result
    found = [d for d in found if d["file"] == f"practices/{name}.md"] or found  # (a double also tells the other file)
    assert found[0]["file"] == f"practices/{name}.md"
    assert found[0]["line"] == line, found
    assert found[0]["severity"] == {"erreur": "error", "avertissement": "warning"}[severity]
    assert "Traceback" not in result.out + result.err
    assert result.exit_code == (1 if severity == "erreur" else 0), result
    assert snapshot_tree(project) == before, "kb check must never modify the sources"


def test_warnings_fail_in_strict_mode(project: Path, kb) -> None:
    shutil.copy(FIXTURES / "diagnostics" / "sans-source.md", project / "practices")
    assert kb("--root", project, "check").exit_code == 0
    assert kb("--root", project, "check", "--strict").exit_code == 1


def test_every_code_has_a_fixture_or_a_dedicated_test() -> None:
    dedicated = {"taille", "vocabulaire-fichier"}  # tested below: generated input
    dedicated |= {"lien-symbolique", "fichier-illisible"}  # tests/security/test_inputs_files.py
    dedicated |= {"page-manuelle"}  # tests/security/test_hand_written.py
    dedicated |= {"nom-fichier"}  # below
    dedicated |= {"module-fiche", "module-duree", "module-ordre", "module-horaire"}  # test_modules.py
    assert set(CODES) == {c for c, _, _ in CASES.values()} | dedicated


def test_a_file_of_practices_that_is_no_sheet_is_named(project: Path, kb) -> None:
    """« Ma-fiche.MD » or a Word document in practices/ was left out of the site while kb check said
    « aucun problème » (fuzzing, 2026-12-08)."""
    shutil.copy(project / "practices" / "ecoute-en-binome.md", project / "practices" / "Nouvelle-Fiche.MD")
    (project / "practices" / "compte-rendu.docx").write_bytes(b"PK\x03\x04")
    (project / "practices" / ".gitkeep").write_text("")

    result = kb("--root", project, "check", "--format", "json")

    found = {(d["file"], d["code"]) for d in json.loads(result.out) if d["code"] == "nom-fichier"}
    assert found == {("practices/Nouvelle-Fiche.MD", "nom-fichier"), ("practices/compte-rendu.docx", "nom-fichier")}
    assert "nouvelle-fiche.md" in result.out and result.exit_code == 1
    assert kb("--root", project, "build").exit_code != 0


@pytest.mark.parametrize("path,words", [
    ("vide", "aucune fiche ni aucun module dans « "),
    ("notes.md.txt", "n'est ni une fiche (fichier .md) ni un module"),
])
def test_kb_check_says_when_a_path_holds_nothing_to_check(project: Path, kb, path: str, words: str) -> None:
    (project / "vide").mkdir()
    (project / "notes.md.txt").write_text("---\nid: notes\n---\n", encoding="utf-8")
    result = kb("--root", project, "check", project / path)
    assert result.exit_code == 2 and words in result.err, result


def test_kb_check_dot_checks_everything(project: Path, kb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    result = kb("check", ".")
    assert result.exit_code == 0 and "3 fiches" in result.err, result


def test_file_too_large(project: Path, kb) -> None:
    sheet = (FIXTURES / "sheets" / "ecoute-en-binome.md").read_text(encoding="utf-8")
    (project / "practices" / "ecoute-en-binome.md").write_text(sheet + "Texte. " * 60_000, encoding="utf-8")
    result = kb("--root", project, "check")
    assert result.exit_code == 1
    assert "practices/ecoute-en-binome.md:1:1: erreur:" in result.out and "[taille]" in result.out


def test_front_matter_too_large(project: Path, kb) -> None:
    sheet = (FIXTURES / "sheets" / "ecoute-en-binome.md").read_text(encoding="utf-8")
    padded = sheet.replace("titre:", "# " + "x" * 40_000 + "\ntitre:", 1)
    (project / "practices" / "ecoute-en-binome.md").write_text(padded, encoding="utf-8")
    result = kb("--root", project, "check")
    assert result.exit_code == 1 and "[taille]" in result.out


def test_broken_vocabulary_file(project: Path, kb) -> None:
    path = project / "schemas" / "vocabulaires" / "publics.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  - id: adultes\n", "  - id: adultes\n    parent: inexistant\n"), encoding="utf-8")
    result = kb("--root", project, "check")
    assert result.exit_code == 1
    assert "schemas/vocabulaires/publics.yml:" in result.out and "[vocabulaire-fichier]" in result.out


def test_vocabulary_suggestion_uses_synonyms(project: Path, kb) -> None:
    shutil.copy(FIXTURES / "diagnostics" / "vocabulaire.md", project / "practices")
    result = kb("--root", project, "check")
    assert ("practices/vocabulaire.md:5:20: erreur: publics: « enfants » n'est pas un terme connu "
            "— vouliez-vous dire « enfance » ? [vocabulaire]") in result.out


def test_unknown_key_suggests_the_right_key(project: Path, kb) -> None:
    shutil.copy(FIXTURES / "diagnostics" / "cle-inconnue.md", project / "practices")
    assert "vouliez-vous dire « publics » ?" in kb("--root", project, "check").out


@pytest.mark.parametrize("name", ["practice.schema.json", "module.schema.json"])
def test_schemas_are_valid_json_schema(name: str) -> None:
    """`kb check` compiles the schemas without validating them first (it starts faster): here they are."""
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(json.loads((REPO / "schemas" / name).read_text("utf-8")))


def test_fast_schema_validator_agrees_with_jsonschema() -> None:
    """The fast validator (fastjsonschema, `$ref`s inlined) decides whether jsonschema is asked for
    the errors: it must reject exactly the front matters jsonschema rejects."""
    import fastjsonschema
    from kb.checks.schema import SCHEMA_PATH, validator_for
    from kb.loader import load_sheet

    validator = validator_for(REPO / SCHEMA_PATH)
    sheets = [load_sheet(path, path.parent)[0] for path in sorted((FIXTURES / "diagnostics").glob("*.md"))]
    sheets += [load_sheet(path, REPO)[0] for path in sorted((REPO / "practices").rglob("*.md"))]
    front_matters = [sheet.source.front_matter for sheet in sheets if sheet is not None]
    broken = [dict(fm, publics=["Adolescents"]) for fm in front_matters[:3]] + [
        dict(fm, relations=[{"type": "complete"}]) for fm in front_matters[:3]] + [
        dict(fm, auteurs=[{"nom": 3}]) for fm in front_matters[:3]] + [
        dict(fm, date_creation="2024-02-30") for fm in front_matters[:3]]
    invalid = 0
    for fm in front_matters + broken:
        expected = any(True for _ in validator.detailed.iter_errors(fm))
        try:
            validator.is_valid(fm)
            rejected = False
        except fastjsonschema.JsonSchemaException:
            rejected = True
        assert rejected == expected, fm
        invalid += expected
    assert invalid >= len(broken)


def test_a_clean_sheet_is_checked_without_reading_its_front_matter_twice() -> None:
    """Key positions cost a second, slower parse of the front matter (a third of `kb check` at
    10 000 sheets when one check asked for them eagerly): only a sheet with something to report
    pays it. Every landed sheet the checks are silent about must be checked on the fast path."""
    from dataclasses import replace

    from kb.checks import check_sheet
    from kb.checks.privacy import prepare_privacy
    from kb.checks.schema import SCHEMA_PATH, validator_for
    from kb.loader import load_sheet, sheet_paths
    from kb.vocabularies import load_vocabularies

    vocabularies, _ = load_vocabularies(REPO)
    validator_for(REPO / SCHEMA_PATH)
    prepare_privacy()
    clean = 0
    for path in sheet_paths(REPO):
        sheet, _ = load_sheet(path, REPO)
        assert sheet is not None
        located: list[str] = []

        def locate(text: str, line: int, real=sheet.source.locate) -> tuple[dict, dict]:
            located.append(text)
            return real(text, line)

        sheet = replace(sheet, source=replace(sheet.source, locate=locate))
        if not check_sheet(sheet, REPO, vocabularies):
            clean += 1
            assert not located, f"{path.name} : positions lues sans rien à signaler"
    assert clean >= 10


@pytest.mark.parametrize("body, problem", [
    ("Intro\n\n<div>\nUn encadré.\n\n## Suite\n", "<div> n'est jamais refermée"),
    ("<h2>Un titre\n\n## Suite\n", "<h2> n'est jamais refermée"),  # the rest of the sheet was one heading
    ("<div>\n<!-- </div> -->\n\n## Suite\n", "<div> n'est jamais refermée"),  # a comment closes nothing
    ("\u00a0<div>\nTexte\n\n## Suite\n", "<div> n'est jamais refermée"),
    ("<div markdown=\"1\">\n\nTexte **gras**\n\n## Suite\n", None),  # md_in_html closes it: the page is fine
    ("- un point\n\n    <div>\n    dans la liste\n", None),
    ("<ul>\n<li>a\n<li>b\n</ul>\n", None),
    ("Voir <https://www.legifrance.gouv.fr/> " * 30, None),
    ("<div>" * 30 + "x" + "</div>" * 30, "imbriquées sur plus de 20 niveaux"),
    ("<div>\n`</div>`\n\n## Suite\n", None),  # an HTML block is raw text: the « </div> » in backticks closes it
    ("Écrivez `<div>` puis ``\n<details>`` en code.\n\n## Suite\n", None),  # code shows tags, opens none
    ("Texte.\n\n    <div>\n\n## Suite\n", None),  # an indented code block
])
def test_markdown_that_breaks_the_page_is_named(body: str, problem: str | None) -> None:
    from kb.checks.shape import find_shape_problems

    found = [what for _, what in find_shape_problems(body)]
    assert (problem is None and found == []) or (problem is not None and any(problem in w for w in found)), found


def test_links_are_read_as_markdown_reads_them() -> None:
    from kb.checks.shape import linked_sheet, links_in

    targets = [target for _, target, _, _ in links_in(
        "[la fiche [VAD] ici](visite-a-domicile.md), [![logo](#a)](b.md), [sur\ndeux lignes](c.md), "
        "`[code](d.md)`, \\[échappé](e.md), [x](<f g.md>)")]
    assert targets == ["visite-a-domicile.md", "b.md", "c.md", "f g.md"]
    assert [linked_sheet(t) for t in targets] == ["visite-a-domicile", "b", "c", None]


@pytest.mark.parametrize("body, targets", [
    ("Texte.\n\n    [x](nexiste-pas.md)\n\nSuite [y](a.md).", ["a.md"]),  # an indented code block
    ("- un point\n\n    [x](b.md)\n\n        [code](c.md)\n", ["b.md"]),  # the item's paragraph, then its code
    ("!!! note\n    [x](i.md)\n", ["i.md"]),  # an admonition's text
    ("Un ``\n[x](f.md)\n`` fin, et ```\n[x](g.md)\n```", []),  # code spans over lines (fences without the extension)
    ("a `b\n\n[x](h.md) c`", ["h.md"]),  # a code span ends with its paragraph
    ("Texte.\n\n[r]: nexiste.md\n", []),  # a definition no link uses is published nowhere
    ("Voir [ici][R] et [s].\n\n[r]: d.md\n[s]: e.md\n", ["d.md", "e.md"]),
    ('<a title="t" href="autre.md#x">a</a> <img src=\'../../images/a.png\' alt="">', ["autre.md#x", "../../images/a.png"]),
])
def test_links_outside_code_are_read(body: str, targets: list[str]) -> None:
    """Each case rendered by Python-Markdown with the site's extensions gives these links and no other
    (measured 2026-12-08); a link shown as code, or a definition nothing uses, breaks nothing."""
    import markdown

    from kb.checks.shape import links_in

    assert [target for _, target, _, _ in links_in(body)] == targets
    rendered = markdown.markdown(body, extensions=["tables", "attr_list", "md_in_html", "admonition"])
    assert sorted(re.findall(r'(?:href|src)=["\']([^"\']+)', rendered)) == sorted(targets)


def test_code_spans_are_found_in_linear_time() -> None:
    from kb.checks.shape import without_code

    text = "a `b` c ``d`e`` f\n\n    code"
    assert without_code(text) == "a " + " " * 3 + " c " + " " * 7 + " f\n\n" + " " * 8
    started = time.perf_counter()
    without_code("``a`" * 60_000 + "\n\n" + "`" + "a\n" * 100_000)
    assert time.perf_counter() - started < 2
