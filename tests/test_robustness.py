"""Whatever a contributor writes, `kb check` answers with diagnostics, never a traceback."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.checks import run_checks
from kb.loader import load
from kb.parsing import decode, parse_sheet_text

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    text, problems = decode(raw, "practices/x.md")
    if text is not None:
        parse_sheet_text(text, "practices/x.md")
    else:
        assert problems


@FUZZ
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    parse_sheet_text("---\n" + text, "practices/x.md")
    parse_sheet_text(text, "practices/x.md")


@FUZZ
@given(st.dictionaries(st.sampled_from(["id", "titre", "resume", "publics", "relations", "auteurs",
                                        "date_creation", "sources", "statut", "age_min", "inconnue"]),
                       yaml_values, max_size=8),
       st.text(max_size=500))
def test_arbitrary_front_matter_is_diagnosed(project: Path, front_matter: dict, body: str) -> None:
    path = project / "practices" / "fuzz.md"
    path.write_text("---\n" + yaml.safe_dump(front_matter, allow_unicode=True) + "---\n" + body, encoding="utf-8")
    diagnostics = run_checks(load(project))
    assert any(d.file == "practices/fuzz.md" and d.is_error for d in diagnostics)


@FUZZ
@given(st.dictionaries(st.text(min_size=1, max_size=12), yaml_values, max_size=8),
       st.sampled_from([{}, {"default_flow_style": True}, {"default_style": '"'}]))
def test_our_yaml_reader_agrees_with_pyyaml(data: dict, style: dict) -> None:
    from kb.parsing import fast_front_matter, parse_yaml

    text = yaml.safe_dump(data, allow_unicode=True, **style)
    expected = yaml.safe_load(text)
    parsed = parse_yaml(text, 1, "x.yml")
    assert parsed.front_matter == expected or (expected == {} and parsed.front_matter in ({}, None))
    fast = fast_front_matter(text)  # the fast reader may decline, never disagree
    assert fast is None or fast == expected


markdown_pieces = st.sampled_from([
    "## Contexte\n", "## Déroulement\n", "# Titre\n", "```\n", "~~~\n", "- ", "1. ", "> ", "**", "_", "`",
    "[lien](", ")", "](javascript:", "<script>", "</script>", "<img src=x onerror=", "<!-- ", " -->",
    "relier-autoriser: donnee-nom — raison", "relier-autoriser:", "Mme ", "Benali", "06 12 34 56 78",
    "né le ", "14 février 2009", "12 rue des ", "FR76 ", "@", "\n", "\n\n", "|a|b|\n|-|-|\n", "\t", "é", "\u00a0",
])


@FUZZ
@given(st.lists(markdown_pieces | st.text(max_size=20), max_size=60))
def test_arbitrary_markdown_body_is_checked_without_traceback(project: Path, pieces: list[str]) -> None:
    from support import sheet_text

    path = project / "practices" / "fuzz.md"
    path.write_text(sheet_text("fuzz", body="".join(pieces)), encoding="utf-8")
    diagnostics = run_checks(load(project))
    assert all(d.line >= 1 and d.column >= 1 for d in diagnostics)


def test_a_control_character_in_the_front_matter_is_named_where_it_is(project: Path, kb) -> None:
    """Word's manual line break (U+000B) pasted in a title: the error names it, its line and its
    column; and the sheets linking to this one are not told that it does not exist (fuzzing helper,
    2026-12-08: one such character gave ten errors in other sheets and one in the vocabularies)."""
    sheet = project / "practices" / "groupe-d-echange.md"
    text = sheet.read_text(encoding="utf-8")
    title_line = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("titre:"))
    sheet.write_text(text.replace("titre: ", "titre: \x0b", 1), encoding="utf-8")
    result = kb("--root", project, "check")
    assert result.exit_code == 1
    lines = [line for line in result.out.splitlines() if ": erreur: " in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"practices/groupe-d-echange.md:{title_line}:8: erreur: ")
    assert "U+000B" in lines[0] and "supprimez-le" in lines[0]
