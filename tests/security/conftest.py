"""A hostile project (tests/security/payloads.py in sheets, a module, a vocabulary and a
hand-written page), and a Chromium that records everything a page does: dialogs, navigations,
console messages and every request, aborting those to another host."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import payloads  # noqa: E402
from support import CHROMIUM, CHROMIUM_ARGS, FIXTURES, REPO, sheet_text, small_project  # noqa: E402

PAYLOAD_MARKS = ("alert(", "__pwned", "evil.example", "tracker.example")


def _sheet(sheet_id: str, where: str, value: str) -> str:
    concepts = ("concept-piege", "concept-piege-deux", "concept-piege-trois") if sheet_id == "titre-echappe-yaml" \
        else ("accompagnement",)
    body = None
    if where == "body":
        body = "\n\n".join(f"## {s}\n\nTexte." for s in ("Contexte", "Objectifs", "Déroulement", "Points de vigilance"))
        body = body.replace("## Contexte\n\nTexte.", f"## Contexte\n\nTexte.\n\n{value}\n\nSuite.", 1)
    text = sheet_text(sheet_id, concepts=concepts, titre="TITRE-A-REMPLACER", body=body)
    lines = []
    for line in text.split("\n"):
        if where == "titre" and line.startswith("titre: TITRE-A-REMPLACER"):
            line = f"titre: {value}"
        elif where == "resume" and line.startswith("resume: "):
            line = f"resume: {value}"
        elif where == "auteur" and line.startswith("- nom: "):
            line = f"- nom: {value}"
        lines.append(line)
    text = "\n".join(lines).replace("TITRE-A-REMPLACER", f"Pratique {sheet_id}")
    return text


def write_project(root: Path, hostile_content: bool = True) -> Path:
    """The fixture project: the real schemas, three ordinary sheets, a module, the hand-written
    pages; with `hostile_content`, every payload too (otherwise only the hand-written page's,
    which `kb check` does not read)."""
    small_project(root, site=True)
    (root / "docs" / "a-propos" / "index.md").write_text(payloads.DOCS_PAGE, encoding="utf-8")
    (root / "modules").mkdir()
    module = (FIXTURES / "modules" / "module-test.yml").read_text(encoding="utf-8")
    if hostile_content:
        module = module.replace('titre: "Écouter à deux et en groupe"', f"titre: {payloads.MODULE_TITLE}", 1)
        module = module.replace('resume: "Un petit module de test : deux journées pour travailler l\'écoute en '
                                'binôme et le groupe d\'échange."', f"resume: {payloads.MODULE_SUMMARY}", 1)
        module = module.replace('  - titre: "Ouverture et attentes"', f"  - titre: {payloads.MODULE_SEQUENCE_TITLE}", 1)
        assert payloads.MODULE_TITLE in module and payloads.MODULE_SUMMARY in module
        concepts = root / "schemas" / "vocabulaires" / "concepts.yml"
        concepts.write_text(concepts.read_text(encoding="utf-8").rstrip("\n") + "\n" + payloads.VOCABULARY_TERMS,
                            encoding="utf-8")
        for sheet_id, where, value in payloads.SHEETS:
            (root / "practices" / f"{sheet_id}.md").write_text(_sheet(sheet_id, where, value), encoding="utf-8")
    (root / "modules" / "module-test.yml").write_text(module, encoding="utf-8")
    return root


def build_without_checks(root: Path) -> Path:
    """What `kb build` does after its check, run on content the check refuses: the escaping and
    the sanitiser are what stands between the payloads and the reader."""
    from kb.checks import load_and_check
    from kb.export.background import ModuleExports
    from kb.search import similar_sheets
    from kb.site.data import prepare
    from kb.site.generate import generate_docs
    from kb.site.publish import publish
    from kb.site.search_bundle import SearchBundle
    from kb.site.settings import read_settings

    result, _ = load_and_check(root)
    data = prepare(result.corpus, read_settings(root), similar=similar_sheets(result.corpus), modules=result.modules)
    generate_docs(data, downloads=False)
    published = publish(root, SearchBundle(data.corpus, root / "build"), module_exports=ModuleExports(result.corpus, result.modules))
    published.finish()
    return published.site


@dataclass
class Report:
    url: str
    events: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.url}: " + "; ".join(self.events)


DOM_PROBE = r"""() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = (attr.value || '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}=`);
      const ours = value === 'javascript:void(0);' || value === 'javascript:void(0)'  // Pagefind's search form
        || (el.tagName === 'IMG' && name === 'src' && /^data:image\/(png|jpeg|gif|webp);/.test(value));  // exports' map
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'].includes(name)
          && /^(javascript|vbscript|data):/.test(value) && !ours) found.push(`${el.tagName} ${name}=${value.slice(0, 80)}`);
      if (name === 'srcdoc') found.push(`${el.tagName} srcdoc`);
    }
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && el.getAttribute('http-equiv')) found.push('<meta http-equiv>');
  }
  if (window.__pwned) found.push(`window.__pwned=${window.__pwned}`);
  return found;
}"""


class Inspector:
    """Opens pages in Chromium and reports anything a payload could have done."""

    def __init__(self, browser: object) -> None:
        self.browser = browser

    def open(self, url: str, wait_ms: int = 700) -> Report:
        report = Report(url)
        context = self.browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        try:
            def route(request_route: object) -> None:
                request = request_route.request
                parts = urlsplit(request.url)
                if parts.scheme in ("data", "blob", "about") or (parts.scheme == "file") or parts.hostname == "127.0.0.1":
                    request_route.continue_()
                else:
                    report.events.append(f"requête vers {request.url}")
                    request_route.abort()

            context.route("**/*", route)
            page = context.new_page()
            page.on("dialog", lambda dialog: (report.events.append(f"boîte de dialogue « {dialog.message} »"),
                                              dialog.dismiss()))
            page.on("console", lambda message: "pwn" in message.text.lower()
                    and report.events.append(f"console : {message.text}"))
            start = urlsplit(url)

            def navigated(frame: object) -> None:
                if frame == page.main_frame:
                    now = urlsplit(frame.url)
                    if (now.scheme, now.netloc, now.path) != (start.scheme, start.netloc, start.path):
                        report.events.append(f"navigation vers {frame.url}")

            page.on("framenavigated", navigated)
            page.goto(url, wait_until="load")
            page.wait_for_timeout(wait_ms)  # meta refresh, ontoggle, lazy handlers
            page.mouse.move(640, 450)        # handlers waiting for the pointer (onmouseover on a fixed layer)
            page.wait_for_timeout(100)
            try:
                report.events.extend(f"dans la page : {item}" for item in page.evaluate(DOM_PROBE))
            except Exception as exc:  # the page navigated away meanwhile: already reported
                report.events.append(f"page quittée ({exc.__class__.__name__})")
        finally:
            context.close()
        return report




@pytest.fixture(scope="session")
def inspector(browser: object) -> Inspector:
    return Inspector(browser)


@pytest.fixture(scope="session")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "projet"
    root.mkdir()
    return write_project(root)


def pages_with_payloads(site: Path) -> list[str]:
    """The pages of a built site where a payload's text appears, escaped or not."""
    found = []
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/")):
            continue
        text = page.read_text(encoding="utf-8", errors="replace")
        if any(mark in text for mark in PAYLOAD_MARKS):
            found.append(rel)
    return found
