"""`kb export`: the 12 documents of a module, opened and read back (PDF text, DOCX and ODT XML,
HTML), and clean errors for bad input."""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from pathlib import Path

import pypdf
import pytest

from support import FIXTURES, snapshot_tree
from kb.cli import run
from kb.export.typography import NBSP, NNBSP, french_html

SHEETS = ("L’écoute en binôme", "Le groupe d’échange entre pairs", "L’accueil sans rendez-vous")
TIMES = ("09:00", "09:45", "11:45", "13:30")


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(NBSP, " ").replace(NNBSP, " ").replace("’", "'"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from support import REPO

    root = tmp_path_factory.mktemp("export") / "projet"
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(FIXTURES / "sheets", root / "practices")
    (root / "modules").mkdir()
    shutil.copy(FIXTURES / "modules" / "module-test.yml", root / "modules")
    out = root.parent / "sortie"
    before = snapshot_tree(root)
    assert run(["--root", str(root), "export", "module-test", "--format", "pdf,docx,odt,html", "-o", str(out)]) == 0
    assert snapshot_tree(root) == before, "the export must write nothing but its output folder"
    return root, out


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return _normal(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))
    if path.suffix in (".docx", ".odt"):
        member = "word/document.xml" if path.suffix == ".docx" else "content.xml"
        xml = zipfile.ZipFile(path).read(member).decode("utf-8")
        return _normal(html.unescape(re.sub(r"<[^>]+>", " ", xml)))
    return _normal(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))))


def test_twelve_documents_are_written(exported: tuple[Path, Path]) -> None:
    _, out = exported
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"module-test-{kind}.{fmt}" for kind in ("programme", "livret", "guide")
                           for fmt in ("pdf", "docx", "odt", "html"))


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "html"])
def test_the_programme_has_the_qualiopi_items(exported: tuple[Path, Path], fmt: str) -> None:
    text = _text(exported[1] / f"module-test-programme.{fmt}")
    assert "programme de formation" in text.casefold() and "Écouter à deux et en groupe" in text
    for item in ("Public visé", "Prérequis", "Objectifs pédagogiques", "Durée", "7 h 15 de formation, plus 15 min de pauses",
                 "7 h 30 de présence", "Profil du formateur", "dix ans d'écoute en binôme", "Indicateurs de résultats",
                 "Aucune session n'a encore eu lieu", "Modalités d'accès",
                 "Délais d'accès", "Tarif", "Contact", "Méthodes mobilisées", "Modalités d'évaluation",
                 "Accessibilité aux personnes en situation de handicap", "Conduire un entretien d'écoute en binôme"):
        assert _normal(item) in text, item
    if fmt == "pdf":
        assert len(pypdf.PdfReader(exported[1] / "module-test-programme.pdf").pages) <= 2


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "html"])
def test_the_booklet_has_every_sheet_glossary_map_references_and_credits(exported: tuple[Path, Path], fmt: str) -> None:
    text = _text(exported[1] / f"module-test-livret.{fmt}")
    assert "livret du participant" in text.casefold()
    for title in SHEETS:
        assert _normal(title) in text, title
    for heading in ("Glossaire des concepts", "Carte des concepts du module", "Références", "Crédits et licence"):
        assert heading in text, heading
    assert "Équipe de test" in text and "CC BY-SA 4.0" in text  # each sheet's authors and licence
    assert "Déroulement" in text  # the sheets are there in full, sections included


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "html"])
def test_the_guide_has_the_timed_schedule_and_notes(exported: tuple[Path, Path], fmt: str) -> None:
    text = _text(exported[1] / f"module-test-guide.{fmt}")
    assert "guide du formateur" in text.casefold() and "Déroulé minuté" in text
    for start in TIMES:
        assert start in text, start
    assert "J2 · 09:00 – 11:00" in text or "J2 09:00 11:00" in text
    assert "Veiller à ce que chacun joue les deux rôles." in text
    assert "Paperboard" in text


def test_the_concept_map_is_embedded(exported: tuple[Path, Path]) -> None:
    out = exported[1]
    html = (out / "module-test-livret.html").read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html and "carte-des-concepts.png" not in html
    assert not re.search(r'(?:src|href)="(?!data:|#|https?://)', html), "self-contained: no local file referenced"
    assert any(n.startswith("word/media/") for n in zipfile.ZipFile(out / "module-test-livret.docx").namelist())
    assert any(n.startswith("Pictures/") for n in zipfile.ZipFile(out / "module-test-livret.odt").namelist())
    assert pypdf.PdfReader(out / "module-test-livret.pdf").pages  # opened
    images = sum(len(page.images) for page in pypdf.PdfReader(out / "module-test-livret.pdf").pages)
    assert images >= 1


def test_pdf_has_page_numbers_and_running_headers(exported: tuple[Path, Path]) -> None:
    pages = pypdf.PdfReader(exported[1] / "module-test-livret.pdf").pages
    assert len(pages) > 3
    second = _normal(pages[1].extract_text())
    assert f"Page 2 / {len(pages)}" in second and "Écouter à deux et en groupe" in second


def test_office_documents_use_the_reference_styles_in_french(exported: tuple[Path, Path]) -> None:
    styles = zipfile.ZipFile(exported[1] / "module-test-guide.docx").read("word/styles.xml").decode()
    assert re.search(r'<w:lang [^>]*w:val="fr-FR"', styles) and 'w:ascii="Arial"' in styles
    odt = zipfile.ZipFile(exported[1] / "module-test-guide.odt")
    assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert 'fo:language="fr"' in odt.read("styles.xml").decode()


def test_french_typography() -> None:
    assert french_html("<p>Durée : « deux jours » ; pourquoi? oui !</p>") == \
        f"<p>Durée{NBSP}: «{NBSP}deux jours{NBSP}»{NNBSP}; pourquoi{NNBSP}? oui{NNBSP}!</p>"
    untouched = '<a href="https://x.fr/?a=1">09:00</a> <code>a : b</code> A &amp; B'
    assert french_html(untouched) == untouched


def test_exported_html_uses_french_spacing(exported: tuple[Path, Path]) -> None:
    html = (exported[1] / "module-test-programme.html").read_text(encoding="utf-8")
    assert f"Durée{NBSP}:" in html


def test_unknown_module_or_format_is_a_clean_usage_error(exported: tuple[Path, Path], kb) -> None:
    root, _ = exported
    result = kb("--root", root, "export", "module-tst", "-o", root.parent / "x")
    assert result.exit_code == 2
    assert "module inconnu : « module-tst » — vouliez-vous dire « module-test » ?" in result.err
    assert "Traceback" not in result.out + result.err and not (root.parent / "x").exists()
    result = kb("--root", root, "export", "module-test", "--format", "pdf,doc")
    assert result.exit_code == 2 and "format inconnu : « doc »" in result.err


def test_a_module_citing_a_missing_sheet_is_a_content_error(exported: tuple[Path, Path], kb, tmp_path: Path) -> None:
    root = tmp_path / "projet"
    shutil.copytree(exported[0], root)
    module = root / "modules" / "module-test.yml"
    module.write_text(module.read_text(encoding="utf-8").replace("[ecoute-en-binome]", "[fiche-absente]"),
                      encoding="utf-8")
    result = kb("--root", root, "export", "module-test", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "modules/module-test.yml:31:" in result.out and "« fiche-absente » n'existe pas" in result.out
    assert not (tmp_path / "out").exists()


# What a trainer hands out: titles where a person reads, no heading alone on a page, a table of
# contents with page numbers, typographic apostrophes and sized columns in DOCX/ODT.

def _module_sheet_ids() -> list[str]:
    import yaml

    module = yaml.safe_load((FIXTURES / "modules" / "module-test.yml").read_text(encoding="utf-8"))
    return sorted({i for sequence in module["sequences"] for i in sequence.get("fiches", [])})


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "html"])
@pytest.mark.parametrize("kind", ["programme", "livret", "guide"])
def test_documents_name_sheets_and_module_by_title_never_by_id(exported: tuple[Path, Path], kind: str, fmt: str) -> None:
    text = _text(exported[1] / f"module-test-{kind}.{fmt}")
    if fmt == "html":  # the anchors of the table of contents carry ids: only the text counts
        raw = (exported[1] / f"module-test-{kind}.html").read_text(encoding="utf-8")
        text = _normal(html.unescape(re.sub(r"<style.*?</style>|<[^>]+>", " ", raw, flags=re.S)))
    ids = _module_sheet_ids()
    assert ids, "the fixture module uses sheets"
    for sheet_id in ids:
        assert sheet_id not in text, (kind, fmt, sheet_id)
    assert "module-test" not in text and "module «" not in text
    if kind == "guide":
        schedule = text[text.index("Déroulé minuté"):text.index("Les séquences")]
        assert "L'écoute en binôme" in schedule and "Le groupe d'échange entre pairs" in schedule


def _headings(document: Path) -> set[str]:
    raw = document.with_suffix(".html").read_text(encoding="utf-8")
    return {_normal(html.unescape(re.sub(r"<[^>]+>", "", h))).strip()
            for h in re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", raw, flags=re.S)}


@pytest.mark.parametrize("kind", ["programme", "livret", "guide"])
def test_no_pdf_page_holds_only_a_heading(exported: tuple[Path, Path], kind: str) -> None:
    pdf = exported[1] / f"module-test-{kind}.pdf"
    headings = _headings(pdf)
    assert "Les fiches pratiques" in headings or kind != "livret"
    for number, page in enumerate(pypdf.PdfReader(pdf).pages, 1):
        lines = [_normal(line).strip() for line in page.extract_text().split("\n")]
        content = [line for line in lines if line and not re.fullmatch(r"Page \d+ / \d+", line)
                   and not line.startswith("Écouter à deux et en groupe")]  # the running header
        assert content and not set(content) <= headings, (kind, number, content)


def test_the_booklet_table_of_contents_has_page_numbers(exported: tuple[Path, Path]) -> None:
    pages = [_normal(p.extract_text()) for p in pypdf.PdfReader(exported[1] / "module-test-livret.pdf").pages]
    entries = re.findall(r"(Fiche \d+ · [^.]+?) ?\.{3,} ?(\d+)", pages[0])
    assert len(entries) == len(_module_sheet_ids()), pages[0]
    for title, number in entries:  # each number is the page where that sheet starts
        assert title.strip() in pages[int(number) - 1], (title, number)
    for part in ("Glossaire des concepts", "Références", "Crédits et licence"):
        match = re.search(re.escape(part) + r" ?\.{3,} ?(\d+)", pages[0])
        assert match and part in pages[int(match.group(1)) - 1], part


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_office_documents_have_typographic_apostrophes(exported: tuple[Path, Path], fmt: str) -> None:
    for kind in ("programme", "livret", "guide"):
        path = exported[1] / f"module-test-{kind}.{fmt}"
        xml = zipfile.ZipFile(path).read("word/document.xml" if fmt == "docx" else "content.xml").decode("utf-8")
        text = html.unescape(re.sub(r"<[^>]+>", " ", xml))
        assert "’" in text, kind
        assert not re.search(r"\w'\w", text), (kind, re.search(r".{20}\w'\w.{20}", text))


def test_office_tables_have_sized_columns(exported: tuple[Path, Path]) -> None:
    for kind, narrow, wide in (("guide", 0, 5), ("programme", 0, 1)):
        xml = zipfile.ZipFile(exported[1] / f"module-test-{kind}.docx").read("word/document.xml").decode()
        widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', xml)]
        assert widths and widths[wide] > 2 * widths[narrow], (kind, widths)
    content = zipfile.ZipFile(exported[1] / "module-test-guide.odt").read("content.xml").decode()
    widths = [int(w) for w in re.findall(r'style:rel-column-width="(\d+)\*"', content)]
    assert widths and max(widths) > 3 * min(widths), widths


def test_the_concept_map_survives_greyscale_printing() -> None:
    """Shared concepts differ from the others by shape and fill, not only by colour: in grey, a
    shared concept's marker is dark where a concept of one sheet is a hollow (white) square."""
    from PIL import Image
    import io

    from kb.export.concept_map import SCALE, concept_map_png
    from kb.loader import load
    from support import REPO

    corpus = load(REPO).corpus
    with_concepts = [s for s in corpus.sheets if s.terms.get("concepts")]
    first = with_concepts[0]
    others = [s for s in with_concepts[1:] if set(s.terms["concepts"]) & set(first.terms["concepts"])][:1]
    sheets = [first, *others, *[s for s in with_concepts[1:] if s not in others][:1]]
    shared = {c for c in sheets[0].terms["concepts"] if any(c in s.terms["concepts"] for s in sheets[1:])}
    assert shared, "three starter sheets sharing a concept"
    grey = Image.open(io.BytesIO(concept_map_png(sheets, corpus.vocabularies["concepts"]))).convert("L")
    x = grey.width - (330 + 16) * SCALE - 4 * SCALE  # the centre of the concept markers
    column = [grey.getpixel((x, y)) for y in range(grey.height)]
    dark_runs = hollow = 0
    y = 0
    while y < len(column):  # markers: a dark run (shared: filled) or two thin borders (hollow)
        if column[y] < 200:
            run = 0
            while y < len(column) and column[y] < 200:
                run, y = run + 1, y + 1
            dark_runs += run >= 8 * SCALE
            hollow += run <= 2 * SCALE
        y += 1
    assert dark_runs >= 1 and hollow >= 2, (dark_runs, hollow)


def test_the_booklet_labels_composite_quotes(tmp_path: Path) -> None:
    """« Paroles de praticiens » written by the editors are labelled as such in the booklet."""
    from support import REPO

    root = tmp_path / "projet"
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(FIXTURES / "sheets", root / "practices")
    (root / "modules").mkdir()
    shutil.copy(FIXTURES / "modules" / "module-test.yml", root / "modules")
    sheet = root / "practices" / "ecoute-en-binome.md"
    text = sheet.read_text(encoding="utf-8").replace("\n---\n", "\nparoles:\n  nature: composite\n---\n", 1)
    sheet.write_text(text + "\n## Paroles de praticiens\n\nUne écoutante : « On se relaie. »\n", encoding="utf-8")
    out = tmp_path / "sortie"
    assert run(["--root", str(root), "export", "module-test", "--format", "html", "-o", str(out)]) == 0
    booklet = _text(out / "module-test-livret.html")
    label = booklet.index("Propos reconstitués à titre d'illustration par l'équipe de rédaction")
    assert booklet.index("Paroles de praticiens") < label < booklet.index("On se relaie")


def test_a_sheet_cannot_put_a_file_of_the_machine_into_the_documents(tmp_path: Path) -> None:
    """A red team (2026-12-07) had pandoc embed /etc/passwd in the DOCX and ODT booklets from an
    image in a sheet (`kb check` accepts a local image). Only the export's own images are kept."""
    from support import REPO

    root = tmp_path / "projet"
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(FIXTURES / "sheets", root / "practices")
    (root / "modules").mkdir()
    shutil.copy(FIXTURES / "modules" / "module-test.yml", root / "modules")
    secret = tmp_path / "secret.png"
    secret.write_bytes((REPO / "docs" / "assets" / "contribuer" / "editeur.png").read_bytes() + b"SECRET-MARK")
    sheet = root / "practices" / "ecoute-en-binome.md"
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\n\nImages : ![carte](/etc/passwd) "
                     f"![h](../../../../../../etc/hostname) ![s]({secret})\n", encoding="utf-8")
    out = tmp_path / "sortie"
    # the first lock: kb check refuses a path from the server's root (fuzzing, 2026-12-08), and kb export with it
    assert run(["--root", str(root), "export", "module-test", "--format", "pdf", "-o", str(out)]) == 1
    assert not out.exists() or not any(out.iterdir())
    # the second lock, the exporter's own, is tested past the first one
    from kb.checks import load_and_check
    from kb.export import export_module, find_module

    result, _ = load_and_check(root)
    export_module(result.corpus, find_module(result.modules, "module-test"), ["pdf", "docx", "odt", "html"], out)
    passwd = Path("/etc/passwd").read_bytes()[:40]
    for document in out.iterdir():
        data = document.read_bytes()
        contents = [data] if document.suffix in (".pdf", ".html") else \
            [zipfile.ZipFile(document).read(name) for name in zipfile.ZipFile(document).namelist()]
        assert not any(passwd in part or b"SECRET-MARK" in part for part in contents), document.name
        if document.suffix in (".docx", ".odt") and "livret" in document.name:
            media = [n for n in zipfile.ZipFile(document).namelist() if n.startswith(("word/media/", "Pictures/"))]
            assert len(media) == 1, media  # the concept map, and nothing else
    assert "carte" in _text(out / "module-test-livret.docx")  # the image's text stands in its place
