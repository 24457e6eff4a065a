"""The built site has every page the site map promises, at the promised URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.loader import load

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    return load(REPO).corpus


def test_every_sheet_used_concept_and_facet_has_its_page(built_site: Path, corpus) -> None:
    missing = []
    for sheet in corpus.sheets:
        if not (built_site / "fiches" / sheet.id / "index.html").is_file():
            missing.append(f"fiches/{sheet.id}")
        for folder, key in (("concepts", "concepts"), ("publics", "publics"), ("secteurs", "secteurs"),
                            ("modes", "modes_intervention"), ("themes", "themes"), ("valeurs", "valeurs")):
            for term in sheet.terms.get(key, ()):
                if not (built_site / folder / term / "index.html").is_file():
                    missing.append(f"{folder}/{term}")
    for page in ("index.html", "explorer/index.html", "carte/index.html", "analyse/index.html",
                 "glossaire/index.html", "contribuer/index.html", "recherche/index.html", "pagefind/pagefind-ui.js"):
        if not (built_site / page).is_file():
            missing.append(page)
    assert missing == []


def test_a_concept_page_lists_the_sheets_that_mobilise_it(built_site: Path, corpus) -> None:
    html = (built_site / "concepts" / "autonomie" / "index.html").read_text(encoding="utf-8")
    users = [s for s in corpus.sheets if "autonomie" in s.terms["concepts"]]
    assert users and all(f"fiches/{s.id}/index.html" in html for s in users)
    assert "En tension avec" in html and "../protection/index.html" in html


def test_the_analysis_page_shows_the_tensions_and_blind_spots(built_site: Path) -> None:
    html = (built_site / "analyse" / "index.html").read_text(encoding="utf-8")
    for heading in ("Concepts clés de voûte", "Familles de pratiques", "Passerelles", "Tensions dialogiques",
                    "Angles morts", "Boucles de rétroaction", "Fiches orphelines"):
        assert heading in html
