"""Write the complete MkDocs docs tree into build/docs: the hand-written docs/, the generated
pages, the data files and the assets. Written aside, then swapped in: never half a tree."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from ..errors import KbError
from ..fileio import replace_dir
from .app_pages import explorer_page, home_blocks, map_page, search_page
from .data import SiteData, sheet_sort_key
from .datafiles import as_script, explorer_data, map_data
from .markup import esc, front_matter, plural
from .report_page import report_page
from .sheet_page import sheet_page
from .term_pages import FACETS, concept_page, facet_index, facet_page, glossary_page
from ..text import title_sort_key
from .urls import index_path, page_path

DOCS_SOURCE = Path("docs")
DOCS_BUILD = Path("build") / "docs"
ASSETS = Path(__file__).parent / "assets"
THEME = Path(__file__).parent / "theme"
THEME_BUILD = Path("build") / "theme"
VENDOR = {"cytoscape.min.js": Path("node_modules") / "cytoscape" / "dist" / "cytoscape.min.js"}
HOME_MARKER = "<!-- relier:accueil -->"


def generate_docs(data: SiteData, progress: Callable[[int], None] | None = None) -> int:
    """Write build/docs; return the number of generated pages."""
    root = data.corpus.root
    target = root / DOCS_BUILD
    staging = target.with_name(f".{target.name}.tmp")
    if staging.exists():
        shutil.rmtree(staging)
    source = root / DOCS_SOURCE
    if source.is_dir():
        shutil.copytree(source, staging)
    staging.mkdir(parents=True, exist_ok=True)
    pages = 0

    def write(rel: str, text: str) -> None:
        nonlocal pages
        path = staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if rel.endswith(".md"):
            pages += 1
            if progress and pages % 200 == 0:
                progress(pages)

    for sheet in data.corpus.sheets:
        write(page_path("fiche", sheet.id), sheet_page(data, sheet))
    write("fiches/index.md", sheets_index_page(data))
    for kind in FACETS:
        vocabulary = data.vocabulary(kind)
        for term in vocabulary.terms.values() if vocabulary else ():
            write(page_path(kind, term.id), facet_page(data, kind, term))
        write(index_path(kind), facet_index(data, kind))
    concepts = data.vocabulary("concept")
    for term in concepts.terms.values() if concepts else ():
        write(page_path("concept", term.id), concept_page(data, term))
    write("glossaire/index.md", glossary_page(data))
    write("concepts/index.md", glossary_page(data).replace("# Glossaire des concepts", "# Concepts", 1))
    write("analyse/index.md", report_page(data))
    write("explorer/index.md", explorer_page(data))
    write("donnees/fiches.js", as_script("RELIER_FICHES", explorer_data(data)))
    graph_payload = map_data(data)
    write("donnees/graphe.js", as_script("RELIER_GRAPHE", graph_payload))
    write("carte/index.md", map_page(data, graph_payload["fiches_affichees"], graph_payload["total_fiches"]))
    write("recherche/index.md", search_page())
    home = staging / "index.md"
    intro = home.read_text(encoding="utf-8") if home.exists() else "# Relier\n\n" + HOME_MARKER + "\n"
    write("index.md", intro.replace(HOME_MARKER, home_blocks(data)) if HOME_MARKER in intro
          else intro + "\n" + home_blocks(data))
    _copy_assets(root, staging)
    theme_staging = root / "build" / ".theme.tmp"
    if theme_staging.exists():
        shutil.rmtree(theme_staging)
    shutil.copytree(THEME, theme_staging)
    replace_dir(theme_staging, root / THEME_BUILD)
    replace_dir(staging, target)
    return pages


def _copy_assets(root: Path, staging: Path) -> None:
    shutil.copytree(ASSETS, staging / "assets" / "relier", dirs_exist_ok=True)
    vendor = staging / "assets" / "vendor"
    vendor.mkdir(parents=True, exist_ok=True)
    for name, source in VENDOR.items():
        if not (root / source).is_file():
            raise KbError(f"{source.as_posix()} est introuvable : installez les dépendances JavaScript du site "
                          "avec « npm ci » (ou lancez « make site »)")
        shutil.copy(root / source, vendor / name)


def sheets_index_page(data: SiteData) -> str:
    sheets = sorted(data.corpus.sheets, key=sheet_sort_key)
    out = [front_matter(title="Toutes les fiches"), "# Toutes les fiches\n",
           f"<p>{plural(len(sheets), 'fiche pratique', 'fiches pratiques')}, par ordre alphabétique. "
           "Pour combiner des critères, utilisez l'<a href=\"../explorer/index.html\">explorateur</a>.</p>\n"]
    letter = None
    items: list[str] = []
    for sheet in sheets:
        first = _initial(sheet.title)
        if first != letter:
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            out.append(f"<h2>{esc(first)}</h2>")
            letter = first
        items.append(f'<li><a href="{esc(sheet.id)}/index.html">{esc(sheet.title)}</a> — '
                     f'<span class="relier-note">{esc(sheet.summary)}</span></li>')
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out) + "\n"


def _initial(title: str) -> str:
    for char in title_sort_key(title):
        if char.isalpha():
            return char.upper()
    return "#"
