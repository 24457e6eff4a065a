"""The web editor (/admin/, Decap CMS) with its local backend (decap-server on 127.0.0.1): a person
fills the form for a new sheet and saves; the file lands in practices/ and passes kb check."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import CHROMIUM_ARGS, REPO
from kb.cli import run
from kb.cms.local import LocalEditor

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BODY = """## Contexte

Dans un service d'accompagnement, les jeunes arrivent souvent méfiants après plusieurs ruptures.

## Objectifs

Construire une relation de confiance avant de parler du projet.

## Déroulement

Trois rencontres informelles, puis un entretien où le jeune choisit ce dont il veut parler.

## Points de vigilance

Ne pas confondre disponibilité et absence de cadre.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("admin") / "projet"
    root.mkdir()
    for name in ("practices", "annexes", "schemas", "modules"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    return root


@pytest.fixture(scope="module")
def editor(project: Path) -> Iterator[str]:
    with LocalEditor(project) as local:
        yield local.url


@pytest.fixture
def page(browser, editor: str):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.foreign = []
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1:", "data:", "blob:"))
            else page.foreign.append(r.url))
    page.goto(editor + "/admin/")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_selector("text=Fiches pratiques")
    yield page
    context.close()


def _new_sheet(page, editor: str) -> None:
    page.goto(editor + "/admin/#/collections/fiches/new")
    page.wait_for_selector("label[for^=id-field]")


def _by_label(page, label: str, nth: int = 0):
    field_id = page.locator("label").get_by_text(label, exact=True).nth(nth).get_attribute("for")
    return page.locator(f"[id='{field_id}']")


def _choose(page, label: str, text: str) -> None:
    _by_label(page, label).click()
    page.keyboard.type(text)
    page.locator("[class*=option]", has_text=text).first.click()
    page.keyboard.press("Escape")


def _body(page, text: str) -> None:
    page.locator("[aria-label='markdown field'] [role=switch]").click()  # « Markdown »: the raw text
    page.wait_for_selector("[aria-label='markdown field'] .cms-editor-raw")
    box = page.locator("[aria-label='markdown field'] [contenteditable=true]").first
    box.click()
    box.evaluate("""box => { const range = document.createRange(); range.selectNodeContents(box);
                             const selection = window.getSelection(); selection.removeAllRanges();
                             selection.addRange(range); }""")  # what a triple click and a drag would select
    page.wait_for_timeout(300)
    page.keyboard.press("Delete")
    expect(box).to_have_text(re.compile(r"^\W*$"))
    page.keyboard.insert_text(text)


def _publish(page) -> None:
    page.get_by_role("button", name="Publier").first.click()
    page.get_by_text("Publier maintenant").click()


def _fill_sheet(page, sheet_id: str, body: str) -> None:
    _by_label(page, "Identifiant (nom du fichier)").fill(sheet_id)
    _by_label(page, "Titre").fill("Apprivoiser la relation avant le projet")
    _by_label(page, "Résumé").fill("Quelques rencontres sans enjeu avant de parler du projet, pour que la confiance précède la demande.")
    _choose(page, "Publics", "Jeunes adultes")
    _choose(page, "Secteurs", "Social")
    _choose(page, "Modes d'intervention", "Intervention individuelle")
    _choose(page, "Concepts mobilisés", "Alliance de travail")
    _choose(page, "Niveau de preuve", "Expérientielle")
    page.get_by_role("button", name="Ajouter auteurs").click()
    _by_label(page, "Nom", 0).fill("Équipe de prévention")
    page.get_by_role("button", name="Ajouter relations avec d'autres fiches").click()
    _choose(page, "Type de relation", "Complète")
    _by_label(page, "Fiche reliée").click()
    page.keyboard.type("Accompagner les jeunes majeurs")
    page.locator("[class*=option]", has_text="Accompagner les jeunes majeurs").first.click()
    _body(page, body)


def test_a_person_fills_a_new_sheet_and_it_passes_kb_check(page, editor: str, project: Path) -> None:
    _new_sheet(page, editor)
    _fill_sheet(page, "apprivoiser-la-relation", BODY)
    preview = page.locator("iframe").first.content_frame
    expect(preview.locator(".relier-verifications")).to_contain_text("rien à signaler", timeout=15_000)
    _publish(page)
    written = project / "practices" / "apprivoiser-la-relation.md"
    page.wait_for_function("() => !document.body.innerText.includes('MODIFICATIONS NON ENREGISTRÉES')", timeout=15_000)
    for _ in range(50):
        if written.exists():
            break
        page.wait_for_timeout(200)
    text = written.read_text(encoding="utf-8")
    assert "jeunes_adultes" in text and "alliance_de_travail" in text and "cible: accompagnement-jeunes-majeurs" in text
    assert run(["--root", str(project), "check", str(written)]) == 0, text
    assert page.foreign == []


def test_a_personal_phone_number_is_flagged_before_saving(page, editor: str, project: Path) -> None:
    _new_sheet(page, editor)
    _fill_sheet(page, "essai-telephone", BODY.replace("Ne pas confondre", "Joindre la mère au 06 12 34 56 78. Ne pas confondre"))
    preview = page.locator("iframe").first.content_frame
    expect(preview.locator(".relier-verifications")).to_contain_text("un numéro de téléphone (« 06 12 34 56 78 »)")
    _publish(page)
    page.wait_for_selector("text=Avant d'enregistrer", timeout=10_000)
    page.wait_for_timeout(1000)
    assert not (project / "practices" / "essai-telephone.md").exists()


def test_the_editor_stays_on_this_host_and_has_no_serious_accessibility_violation(page, editor: str) -> None:
    _new_sheet(page, editor)
    page.wait_for_timeout(1500)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(serious)
    assert page.foreign == []


def test_kb_build_publishes_the_editor_with_its_generated_configuration(built_site: Path, browser, server: str) -> None:
    import yaml

    from kb.cms.admin import CONFIG_PATH

    admin = built_site / "admin"
    assert (admin / "decap" / "decap-cms.js").is_file() and (admin / "regles.js").is_file()
    assert not list(admin.rglob("*.map"))
    published = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert published == yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    assert "local_backend" not in published
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="fr-FR")
    try:
        page = context.new_page()
        foreign: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((server, "data:", "blob:")) else foreign.append(r.url))
        page.goto(server + "/admin/index.html", wait_until="load", timeout=120_000)
        # the forge's login: nothing is asked of it before a click (the 6 MB bundle: slow on a busy machine)
        page.wait_for_selector("text=Se connecter", timeout=120_000)
        assert foreign == []
    finally:
        context.close()


def test_the_browser_flags_what_kb_check_flags(page) -> None:
    """The editor's rules are kb check's own patterns: every phone, e-mail, NIR and civility case of
    the privacy red-team list is flagged in the browser with the same code."""
    import privacy_cases

    codes = {"donnee-telephone", "donnee-courriel", "donnee-nir", "donnee-nom"}
    cases = [(code, text) for code, text in privacy_cases.CAUGHT if code in codes]
    assert len(cases) > 20
    found = page.evaluate("cases => cases.map(c => window.RELIER_DONNEES(c[1]).map(f => f.code))", cases)
    missed = [text for (code, text), codes_found in zip(cases, found) if code not in codes_found]
    assert missed == []
    ordinary = ["Madame, Monsieur, merci de votre accueil.", "Appeler le 3919 ou le 08 00 05 12 34.",
                "Loi n° 2002-2 du 2 janvier 2002", "Mme la juge des enfants"]
    assert page.evaluate("texts => texts.map(t => window.RELIER_DONNEES(t).length)", ordinary) == [0, 0, 0, 0]


def test_the_contributor_page_shows_the_editor_screenshots(visit) -> None:
    seen = visit("/contribuer/index.html")
    images = seen.page.locator("img[src*='assets/contribuer/']")
    assert images.count() == 2
    widths = images.evaluate_all("imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
    assert all(width > 300 for width in widths), widths
    assert seen.foreign == []


def test_kb_admin_stopped_by_a_signal_stops_its_file_server(project: Path) -> None:
    """Red team, 2026-12-07: `kill` of kb admin left decap-server listening, and its API reads and
    writes any file of the project."""
    import signal
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    admin = subprocess.Popen([sys.executable, "-c", "import sys; from kb.cli import run; sys.exit(run(sys.argv[1:]))",
                              "--root", str(project), "admin", "--port", str(port)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        children: list[int] = []
        deadline = time.monotonic() + 60
        while not children and time.monotonic() < deadline:
            time.sleep(0.5)
            task = Path(f"/proc/{admin.pid}/task/{admin.pid}/children")
            children = [int(pid) for pid in task.read_text().split()] if task.exists() else []
        assert children, "decap-server was not started"
        time.sleep(2)
        admin.send_signal(signal.SIGTERM)
        admin.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in children) \
                and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in children)
    finally:
        if admin.poll() is None:
            admin.kill()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
