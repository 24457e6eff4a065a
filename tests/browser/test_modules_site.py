"""The three real training modules, as `make site` publishes them: a page each, and the 12
downloads read back (this is the acceptance of `kb export` on the landed content)."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pypdf
import pytest

from kb.checks import load_and_check
from kb.training.schedule import schedule

REPO = Path(__file__).resolve().parents[2]
MODULES = sorted(p.stem for p in (REPO / "modules").glob("*.yml"))


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'"))


@pytest.fixture(scope="module")
def landed():
    result, diagnostics = load_and_check(REPO)
    assert not [d for d in diagnostics if d.is_error]
    return result


def test_there_are_three_real_modules() -> None:
    assert len(MODULES) >= 3


@pytest.mark.parametrize("module_id", MODULES)
def test_each_module_page_offers_the_twelve_downloads(built_site: Path, module_id: str) -> None:
    folder = built_site / "modules" / module_id
    html = (folder / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+\.(?:pdf|docx|odt|html))" download', html)
    assert len(links) == 12
    for link in links:
        assert (folder / link).is_file() and (folder / link).stat().st_size > 1000, link
    assert 'href="modules/' in (built_site / "index.html").read_text(encoding="utf-8") or \
        "modules/index.html" in (built_site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("module_id", MODULES)
def test_each_real_module_exports_what_trainers_need(built_site: Path, landed, module_id: str) -> None:
    module = next(m for m in landed.modules if m.id == module_id)
    titles = [landed.corpus.by_id()[i].title for i in module.sheet_ids()]
    folder = built_site / "modules" / module_id
    programme = pypdf.PdfReader(folder / f"{module_id}-programme.pdf")
    assert len(programme.pages) <= 2
    assert _normal(module.title) in _normal(" ".join(p.extract_text() for p in programme.pages))
    booklet = _normal(" ".join(p.extract_text() for p in pypdf.PdfReader(folder / f"{module_id}-livret.pdf").pages))
    booklet_docx = _normal(html.unescape(re.sub(r"<[^>]+>", " ", zipfile.ZipFile(folder / f"{module_id}-livret.docx")
                                                .read("word/document.xml").decode())))
    for title in titles:
        # PDF lines may break inside a long title: compare without spaces
        assert _normal(title).replace(" ", "") in booklet.replace(" ", ""), title
        assert _normal(title) in booklet_docx, title
    assert "Crédits et licence" in booklet and "Collectif Relier" in booklet
    guide = _normal(re.sub(r"<[^>]+>", " ", zipfile.ZipFile(folder / f"{module_id}-guide.odt")
                           .read("content.xml").decode()))
    for slot in schedule(module):
        assert slot.start_text in guide
