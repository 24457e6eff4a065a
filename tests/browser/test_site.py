"""The site as a social worker meets it, in a real browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
PAGES = {
    "accueil": "/",
    "fiche": "/fiches/genogramme/",
    "concept": "/concepts/autonomie/",
    "explorateur": "/explorer/",
    "carte": "/carte/",
    "recherche": "/recherche/?q=adolescents",
    "analyse": "/analyse/",
    "public": "/publics/adolescents/",
    "module": "/modules/protection-enfance-familles/",
    "contribuer": "/contribuer/",
    "annexe": "/annexes/genogramme-legende/",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_request_leaves_the_host_and_no_console_error(visit, name: str) -> None:
    seen = visit(PAGES[name])
    assert seen.foreign == []
    assert seen.errors == []


@pytest.mark.parametrize("name", ["accueil", "fiche", "concept", "explorateur", "carte", "recherche", "module",
                                  "contribuer", "annexe"])
def test_no_serious_accessibility_violation(visit, name: str) -> None:
    seen = visit(PAGES[name])
    seen.page.add_script_tag(path=str(AXE))
    result = seen.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_header_search_finds_a_sheet_for_a_french_word(visit) -> None:
    seen = visit("/fiches/genogramme/")
    seen.page.fill("#relier-q", "génogramme famille")
    seen.page.press("#relier-q", "Enter")
    seen.page.wait_for_selector("[data-relier-resultats] h2 a", timeout=15_000)
    titles = seen.page.locator("[data-relier-resultats] h2 a").all_inner_texts()
    assert any("génogramme" in t.lower() for t in titles[:3]), titles
    assert seen.errors == [] and seen.foreign == []


@pytest.mark.parametrize("query, expected", [("educatif", "AEMO"), ("éducatif", "AEMO"), ("enfant", "enfant")])
def test_search_is_stemmed_and_accent_insensitive(visit, query: str, expected: str) -> None:
    seen = visit(f"/recherche/?q={query}")
    seen.page.wait_for_selector("[data-relier-resultats] h2 a", timeout=15_000)
    text = " ".join(seen.page.locator("[data-relier-resultats] li").all_inner_texts())
    assert expected.lower() in text.lower()


def test_explorer_filters_narrow_the_list(visit) -> None:
    seen = visit("/explorer/")
    page = seen.page
    count = lambda: int(re.match(r"\d+", page.inner_text("[data-relier-count]")).group())  # noqa: E731
    total = count()
    assert total == len(list((REPO / "practices").glob("**/*.md")))
    page.check("#f-publics-adolescents")
    narrowed = count()
    assert 0 < narrowed < total
    data = json.loads(page.evaluate("JSON.stringify(window.RELIER_FICHES.fiches)"))
    expected = sorted(s["titre"] for s in data if "adolescents" in s["publics"])
    shown = sorted(page.locator("[data-relier-list] li a").all_inner_texts())
    assert shown == expected
    page.fill("#relier-texte", "violence")
    assert 0 < count() <= narrowed
    page.click("[data-relier-reset]")
    assert count() == total


def test_map_draws_and_a_second_tap_opens_a_sheet(visit) -> None:
    seen = visit("/carte/")
    page = seen.page
    page.wait_for_selector("#relier-carte[data-relier-ready]")
    box = page.locator("#relier-carte canvas").first.bounding_box()
    assert box and box["width"] >= 300 and box["height"] >= 300
    # Nodes may overlap in the layout: click a well-connected sheet that no other node covers.
    target = page.evaluate("""() => {
        const cy = window.RELIER_CY;
        const inside = (b, p) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
        const sheets = cy.nodes("[kind = 'fiche']").sort((a, b) => b.degree() - a.degree());
        for (const node of sheets) {
            cy.zoom(2); cy.center(node);
            const p = node.renderedPosition();
            const covered = cy.nodes().some(
                (other) => other.id() !== node.id() && inside(other.renderedBoundingBox({includeLabels: false}), p));
            if (!covered) { return {x: p.x, y: p.y, url: node.data('url')}; }
        }
        return null;
    }""")
    assert target, "every sheet node is covered by another node on the map"
    container = page.locator("#relier-carte").bounding_box()
    x, y = container["x"] + target["x"], container["y"] + target["y"]
    page.mouse.click(x, y)  # a first tap selects the node and names it in the panel
    assert page.locator("#relier-carte-choix").is_visible()
    assert page.locator("#relier-carte-choix [data-relier-ouvrir]").get_attribute("href").endswith(target["url"])
    page.wait_for_timeout(400)  # two quick clicks would be one double click
    container = page.locator("#relier-carte").bounding_box()  # the panel above the map moved it down
    with page.expect_navigation():
        page.mouse.click(container["x"] + target["x"], container["y"] + target["y"])  # a second tap opens it
    assert page.url.endswith(target["url"])
    assert page.locator("h1").inner_text()
    assert seen.errors == [] and seen.foreign == []


def test_sheet_page_shows_links_relations_and_citation(visit) -> None:
    seen = visit("/fiches/genogramme/")
    page = seen.page
    card = page.locator(".relier-card")
    assert card.locator("a[href*='publics/familles/']").count() == 1
    assert page.locator("text=Concepts mobilisés").count() >= 1
    assert page.locator(".relier-relations").count() >= 1
    assert page.locator("details.relier-citer").count() == 1
    assert page.locator("svg.relier-local-graph").count() == 1


def test_phone_layout_has_no_horizontal_scroll(visit) -> None:
    seen = visit("/fiches/genogramme/", width=390, height=844)
    overflow = seen.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1


def test_on_a_phone_the_practice_starts_within_two_screens_and_the_rest_of_the_card_is_one_tap_away(visit) -> None:
    seen = visit("/fiches/accompagnement-budgetaire/", width=390, height=844)
    page = seen.page
    context = page.locator("h2", has_text="Contexte").first
    assert context.bounding_box()["y"] < 2 * 844  # it was at 2 600 px: card and provenance one row per line
    card = page.locator(".relier-card")
    assert card.locator("a[href*='themes/budget/']").is_visible()  # whom and what: at once
    more = card.locator("details.relier-card-plus")
    evidence, legal = more.locator("dt", has_text="Niveau de preuve"), more.locator("dt", has_text="Cadre juridique")
    assert not evidence.is_visible()
    more.locator("summary").click()
    assert evidence.is_visible() and legal.is_visible()
    provenance = page.locator(".relier-provenance")
    assert provenance.locator("strong", has_text="Pas encore relue").is_visible()  # trust stays in plain sight
    assert seen.errors == []


def test_on_a_phone_the_explorer_s_rubrics_are_closed_and_a_button_goes_to_the_sheets(visit) -> None:
    seen = visit("/explorer/", width=390, height=844)
    page = seen.page
    rubrics = page.locator("details.relier-facet")
    assert rubrics.count() >= 5 and page.locator("details.relier-facet[open]").count() == 0
    jump = page.locator("a.relier-voir")
    assert jump.is_visible() and jump.bounding_box()["y"] < 844  # on the first screen
    rubrics.first.locator("summary").click()
    page.check("#f-publics-adolescents")
    count = int(re.match(r"\d+", page.inner_text("[data-relier-count]")).group())
    assert jump.inner_text() == f"Voir les {count} fiches"
    assert "1 cochée" in rubrics.first.locator("summary").inner_text()
    jump.click()
    page.wait_for_timeout(300)
    first = page.locator("[data-relier-list] li a").first.bounding_box()
    assert 0 <= first["y"] < 844  # the sheets, in view
    assert seen.errors == []


def test_a_sheet_opens_the_map_centred_on_itself(visit) -> None:
    seen = visit("/fiches/genogramme/", width=390, height=844)
    page = seen.page
    with page.expect_navigation():
        page.locator("p.relier-sur-la-carte a").click()
    page.wait_for_selector("#relier-carte[data-relier-ready]")
    chosen = page.evaluate("window.RELIER_CY.nodes('.relier-chosen').map((n) => n.id())")
    assert chosen == ["fiche:genogramme"]
    panel = page.locator("#relier-carte-choix")
    assert panel.is_visible() and "génogramme" in panel.inner_text()
    assert panel.bounding_box()["y"] >= 40  # not under the fixed header
    centred = page.evaluate("""() => { const n = window.RELIER_CY.getElementById('fiche:genogramme').renderedPosition();
        const box = document.getElementById('relier-carte'); return [n.x / box.clientWidth, n.y / box.clientHeight]; }""")
    assert all(0.35 < share < 0.65 for share in centred), centred
    page.goto(page.url.split("?")[0] + "?fiche=inexistante")
    page.wait_for_selector("#relier-carte[data-relier-ready]")
    assert "pas sur la carte" in page.inner_text("#relier-carte-statut")
    assert seen.errors == []
