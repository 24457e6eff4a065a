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
