"""A practitioner's journey through the built site, on a phone and on a laptop, in Chromium:
home → a search in their own words → the first sheet → one of its concepts → the explorer →
the map → a training module → its PDF. Every page on the way is checked for what a person would
notice (a page wider than the screen, a word cut in two, English left in the interface) and for
what a person cannot see (console errors, serious accessibility violations). Each step is
photographed into build/test-artefacts/journeys/ (CI keeps the folder)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SIZES = [(390, 844), (1366, 768)]

# What Material for MkDocs, Pagefind's interface and our own scripts would print in English (Material's
# `en` translation and Pagefind UI's strings): none of it may reach the French site, as text or as a label.
ENGLISH = ["Search", "Show this message", "Table of contents", "Clear", "Previous", "Next", "Skip to content",
           "Back to top", "Type to start searching", "No results", "No matching documents", "matching document",
           "Initializing search", "Edit this page", "View source of this page", "Copy to clipboard",
           "Copied to clipboard", "Go to repository", "Last update", "Footer", "Header", "Share", "Load more",
           "Filters", "results for", "Close", "Loading", "Made with"]
ENGLISH_RE = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in ENGLISH) + r")\b")

# The words of the page's content that the browser drew on more than one line (URLs and code apart).
BROKEN_WORDS = """(root) => {
    const skip = "code, pre, kbd, samp, script, style, svg, canvas, input, textarea, select";
    const tiny = new Map();  // element -> whether it, or an ancestor, is a 1-pixel box (visually hidden text)
    const hidden = (el) => {
        if (!el || el === root) { return false; }
        if (!tiny.has(el)) {
            const box = el.getBoundingClientRect();
            tiny.set(el, (box.width <= 2 && box.height <= 2) || hidden(el.parentElement));
        }
        return tiny.get(el);
    };
    const broken = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(skip) || hidden(parent)) { continue; }
        const text = node.data;
        for (const match of text.matchAll(/[\\p{L}\\p{M}]{4,}/gu)) {
            const start = text.lastIndexOf(" ", match.index) + 1;
            const end = text.indexOf(" ", match.index);
            const token = text.slice(start, end === -1 ? text.length : end);
            if (/:\\/\\/|^www\\.|@|\\//.test(token)) { continue; }  // a URL, an address, a path
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0)
                                  .map((r) => Math.round(r.top)));
            if (lines.size > 1) { broken.push(match[0]); }
        }
    }
    return broken;
}"""

# The elements of the page's text column that stick out of it (tables that scroll, the map and visually hidden
# text apart).
STICKING_OUT = """() => {
    const article = document.querySelector(".md-content__inner"), style = getComputedStyle(article);
    const box = article.getBoundingClientRect();
    const left = box.left + parseFloat(style.paddingLeft) - 1, right = box.right - parseFloat(style.paddingRight) + 1;
    const out = [], seen = new Set();
    for (const el of article.querySelectorAll("*")) {
        if (seen.has(el.parentElement) || el.closest(".md-typeset__scrollwrap, .relier-scroll, .headerlink, .relier-sr-only, svg, canvas, [hidden]")) {
            continue;
        }
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && (r.right > right || r.left < left)) {
            seen.add(el);
            out.push(`${el.tagName.toLowerCase()} « ${(el.innerText || el.value || "").trim().slice(0, 30)} »`);
        }
    }
    return out;
}"""

# The search boxes whose placeholder does not fit in the box, and by how much (px), the header's on a
# phone included. (The computed `font` shorthand of an input is
# empty in Chromium: a canvas given it would measure in 10px sans-serif.)
PLACEHOLDERS_CUT = """(wide) => [...document.querySelectorAll("input[placeholder]")]
    .filter((box) => box.offsetParent && !box.value)
    .map((box) => {
        const style = getComputedStyle(box), pen = document.createElement("canvas").getContext("2d");
        pen.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return [box.placeholder, Math.ceil(pen.measureText(box.placeholder).width - room)];
    })
    .filter(([, cut]) => cut > 0)"""

# Everything a person reads or hears on the page: visible text, and the labels screen readers announce.
UI_TEXT = """() => {
    const labels = [...document.querySelectorAll("[aria-label], [title], [placeholder], [alt], input[value]")]
        .flatMap((el) => ["aria-label", "title", "placeholder", "alt", "value"].map((a) => el.getAttribute(a)))
        .filter(Boolean);
    return [document.documentElement.lang, document.body.innerText + "\\n" + labels.join("\\n")];
}"""


class Journey:
    """One person's walk through the site: each step photographed and inspected, problems collected."""

    def __init__(self, seen: object, size: tuple[int, int], folder: Path) -> None:
        self.seen, self.page = seen, seen.page
        self.prefix = f"{size[0]}x{size[1]}"
        self.wide = size[0] >= 1024
        self.folder = folder
        self.steps = 0
        self.errors_seen = 0
        self.problems: list[str] = []

    def shoot(self, name: str, element: str | None = None) -> Path:
        self.steps += 1
        path = self.folder / f"{self.prefix}-{self.steps:02d}-{name}.png"
        (self.page.locator(element) if element else self.page).screenshot(path=str(path))
        return path

    def inspect(self, name: str) -> None:
        """Photograph the page as it first shows, then check it."""
        page = self.page
        page.wait_for_load_state("networkidle")
        self.shoot(name)
        where = f"{self.prefix} {name} ({page.url})"
        overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
        if overflow > 1:
            self.problems.append(f"{where}: la page déborde de {overflow} px à droite")
        out = page.evaluate(STICKING_OUT)
        if out:
            self.problems.append(f"{where}: dépasse de la colonne de texte : {out}")
        cut = page.evaluate(PLACEHOLDERS_CUT, self.wide)
        if cut:
            self.problems.append(f"{where}: textes d'exemple coupés (px de trop) : {cut}")
        broken = page.evaluate(BROKEN_WORDS, page.locator(".md-content").element_handle())
        if broken:
            self.problems.append(f"{where}: mots coupés sur deux lignes : {sorted(set(broken))}")
        lang, text = page.evaluate(UI_TEXT)
        if lang != "fr":
            self.problems.append(f"{where}: <html lang={lang!r}>")
        english = sorted(set(ENGLISH_RE.findall(text)))
        if english:
            self.problems.append(f"{where}: interface en anglais : {english}")
        errors = self.seen.errors[self.errors_seen:]
        self.errors_seen = len(self.seen.errors)
        if errors:
            self.problems.append(f"{where}: erreurs de console : {errors}")
        if self.seen.foreign:
            self.problems.append(f"{where}: requêtes vers un autre hôte : {self.seen.foreign}")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [f"{v['id']} ({len(v['nodes'])}×, e.g. {v['nodes'][0]['target']})"
                   for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if serious:
            self.problems.append(f"{where}: accessibilité : {serious}")

    def follow(self, link: object) -> None:
        link.scroll_into_view_if_needed()
        with self.page.expect_navigation():
            link.click()

    def menu(self, label: str) -> None:
        """Open a page of the main navigation, as a person does on this screen (the drawer on a phone)."""
        drawer = self.page.locator("label.md-header__button[for='__drawer']")
        if drawer.is_visible():
            drawer.click()
        link = self.page.locator("nav.md-nav--primary a.md-nav__link", has_text=re.compile(rf"^\s*{label}\s*$"))
        self.follow(link.first)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_from_a_question_to_a_module_download(visit, journey_screenshots: Path, size: tuple[int, int]) -> None:
    width, height = size
    walk = Journey(visit("/index.html", width, height), size, journey_screenshots)
    page = walk.page
    walk.inspect("accueil")

    # A carer support worker asks in their own words, from the home page.
    box = page.locator("#relier-accueil-q")
    box.click()
    box.type("aidant épuisé", delay=15)
    page.wait_for_selector("form.relier-home-search [role=option]", timeout=15_000)
    walk.inspect("accueil-suggestions")
    with page.expect_navigation():
        box.press("Enter")
    first = page.wait_for_selector("[data-relier-resultats] h2 a", timeout=15_000)
    assert "aidant" in first.inner_text().lower(), first.inner_text()
    walk.inspect("recherche")

    walk.follow(page.locator("[data-relier-resultats] h2 a").first)
    assert "/fiches/" in page.url
    walk.inspect("fiche")

    concept = page.locator(".md-content ul.relier-chips a").first
    label = concept.inner_text()
    walk.follow(concept)
    assert "/concepts/" in page.url and page.locator("h1").inner_text().rstrip("¶ ") == label
    walk.inspect("concept")

    walk.menu("Explorer")
    page.wait_for_selector("[data-relier-list] li a")
    walk.inspect("explorateur")

    walk.menu("Carte")
    page.wait_for_selector("#relier-carte[data-relier-ready]")
    walk.inspect("carte")
    page.locator("#relier-carte").scroll_into_view_if_needed()
    walk.shoot("carte-vue-initiale", "#relier-carte")
    # At the first view (before any zoom), the most central nodes are named, and their labels are drawn
    # inside the map, at a readable size.
    named = page.evaluate("""() => {
        const cy = window.RELIER_CY, box = document.getElementById('relier-carte');
        return cy.nodes('.relier-named').map((n) => {
            const b = n.renderedBoundingBox({includeNodes: false, includeLabels: true});
            return {label: n.style('label'), size: parseFloat(n.style('font-size')) * cy.zoom(),
                    inside: b.w > 0 && b.x1 >= 0 && b.y1 >= 0 && b.x2 <= box.clientWidth && b.y2 <= box.clientHeight};
        });
    }""")
    readable = [n["label"] for n in named if n["label"] and n["inside"] and n["size"] >= 12]
    assert len(readable) >= (8 if width < 600 else 15), named
    assert page.locator("#la-carte-en-listes").count() == 1  # the same neighbourhoods, as lists
    # The concept met on the way, found on the map by its name.
    page.fill("#relier-carte-q", label)
    page.click("#relier-carte-recherche button[type=submit]")
    panel = page.locator("#relier-carte-choix")
    panel.wait_for(state="visible")
    assert panel.locator("[data-relier-nom]").inner_text() == label
    assert label in page.inner_text("#relier-carte-statut")
    page.wait_for_timeout(400)  # the map's centring animation
    walk.inspect("carte-concept-trouve")

    walk.menu("Modules de formation")
    walk.inspect("modules")
    walk.follow(page.locator(".md-content li > a[href$='/index.html']").first)
    assert "/modules/" in page.url
    walk.inspect("module")
    download = page.locator(".md-content a[download][href$='.pdf']").first
    answer = page.request.get(download.evaluate("a => a.href"))
    assert answer.status == 200
    assert answer.headers["content-type"] == "application/pdf" and answer.body()[:5] == b"%PDF-"

    assert walk.problems == [], "\n".join(walk.problems) + f"\n(captures : {journey_screenshots})"
