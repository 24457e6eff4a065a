"""Write the complete MkDocs docs tree into build/docs: the hand-written docs/, the generated
pages, the data files and the assets. Only the files that changed are rewritten (each one
atomically), so that MkDocs renders again only those pages."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import KbError
from ..export.cache import cached_exports
from ..fileio import replace_dir, write_atomic
from ..search.dictionary import SITE_DIR as FRENCH_WORDS_DIR, site_parts
from .annex_pages import INDEX as ANNEXES_INDEX, annex_page, annex_path, annexes_index
from .app_pages import explorer_page, home_blocks, home_examples, map_page, search_page
from .contributor_page import contributor_page
from .data import SiteData, is_draft
from ..checks.hand_pages import DOCS, hand_written_files
from .datafiles import as_script, explorer_data, map_data
from .markup import esc, front_matter, plural
from .page_memo import PageMemo
from .module_pages import module_page, module_path, modules_index
from .report_page import report_page
from .sheet_page import sheet_page
from .term_pages import FACETS, concept_page, facet_index, facet_page, glossary_page
from ..text import title_sort_key
from .urls import index_path, page_path

DOCS_SOURCE = Path(DOCS)  # the hand-written pages (kb/checks/hand_pages.py)
DOCS_BUILD = Path("build") / "docs"
ASSETS = Path(__file__).parent / "assets"
THEME = Path(__file__).parent / "theme"
THEME_BUILD = Path("build") / "theme"
VENDOR = {"cytoscape.min.js": Path("node_modules") / "cytoscape" / "dist" / "cytoscape.min.js"}
HOME_MARKER = "<!-- relier:accueil -->"
EXAMPLES_MARKER = "<!-- relier:exemples -->"  # under the home page's search box


Tree = dict[str, "str | bytes | None"]  # path inside build/docs -> content (None: keep the file there)


def render_tree(data: SiteData, downloads: bool = True, memo: PageMemo | None = None) -> Tree:
    """Every file of the docs tree, in memory: hand-written docs, generated pages, data, assets;
    and the modules' documents unless `downloads` is False (`kb build` makes them beside MkDocs).
    With `memo`, a sheet's page that build/docs already holds as it would be made is None."""
    root = data.corpus.root
    tree: Tree = {}
    tree.update(hand_written_files(root / DOCS_SOURCE))
    for sheet in data.corpus.sheets:
        rel = page_path("fiche", sheet.id)
        tree[rel] = None if memo is not None and memo.unchanged(rel, memo.key(rel, sheet)) else sheet_page(data, sheet)
    kept = memo.others() if memo is not None and not downloads else None  # the modules' documents show texts
    if kept is not None:
        tree.update(dict.fromkeys(kept))  # None: kept as build/docs holds them
    else:
        before = set(tree) - {"index.md"}  # the home page is the hand-written one, completed
        _whole_base_pages(data, tree, downloads)
        if memo is not None and not downloads:
            memo.made([rel for rel in tree if rel not in before])
    for path in sorted(ASSETS.rglob("*")):
        if path.is_file():
            tree["assets/relier/" + path.relative_to(ASSETS).as_posix()] = path.read_bytes()
    for name, content in site_parts().items():  # for the search's « vouliez-vous dire »
        tree[f"{FRENCH_WORDS_DIR}/{name}"] = content
    for name, vendored in VENDOR.items():
        if not (root / vendored).is_file():
            raise KbError(f"{vendored.as_posix()} est introuvable : installez les dépendances JavaScript du site "
                          "avec « npm ci » (ou lancez « make site »)")
        tree["assets/vendor/" + name] = (root / vendored).read_bytes()
    return tree


def _whole_base_pages(data: SiteData, tree: Tree, downloads: bool) -> None:
    """The pages made of the base as a whole, added to `tree` (which holds the hand-written docs)."""
    tree["fiches/index.md"] = sheets_index_page(data)
    for document in data.annexes:
        tree[annex_path(document.annex.slug)] = annex_page(data, document)
    tree[ANNEXES_INDEX] = annexes_index(data)
    for kind in FACETS:
        vocabulary = data.vocabulary(kind)
        for term in vocabulary.terms.values() if vocabulary else ():
            tree[page_path(kind, term.id)] = facet_page(data, kind, term)
        tree[index_path(kind)] = facet_index(data, kind)
    concepts = data.vocabulary("concept")
    for term in concepts.terms.values() if concepts else ():
        tree[page_path("concept", term.id)] = concept_page(data, term)
    glossary = glossary_page(data)
    tree["glossaire/index.md"] = glossary
    tree["concepts/index.md"] = glossary.replace("# Glossaire des concepts", "# Concepts", 1)
    tree["analyse/index.md"] = report_page(data)
    tree["explorer/index.md"] = explorer_page(data)
    tree["donnees/fiches.js"] = as_script("RELIER_FICHES", explorer_data(data))
    graph_payload = map_data(data)
    tree["donnees/graphe.js"] = as_script("RELIER_GRAPHE", graph_payload)
    tree["carte/index.md"] = map_page(data, graph_payload)
    tree["recherche/index.md"] = search_page()
    tree["contribuer/index.md"] = contributor_page(data)
    tree["modules/index.md"] = modules_index(data, list(data.modules))
    for module in data.modules:
        tree[module_path(module.id)] = module_page(data, module)
        for name, content in (cached_exports(data.corpus, module, data.progress) if downloads else {}).items():
            tree[f"modules/{module.id}/{name}"] = content
    intro = tree.get("index.md", b"# Relier\n\n" + HOME_MARKER.encode())
    intro_text = intro.decode("utf-8") if isinstance(intro, bytes) else intro
    intro_text = intro_text.replace(EXAMPLES_MARKER, home_examples(data))
    tree["index.md"] = (intro_text.replace(HOME_MARKER, home_blocks(data)) if HOME_MARKER in intro_text
                        else intro_text + "\n" + home_blocks(data))


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)


def generate_docs(data: SiteData, downloads: bool = True) -> tuple[int, list[str]]:
    """Bring build/docs (and build/theme) in line with the corpus: the number of pages, and the
    files written or removed. The first time, the tree is written aside and swapped in; after that
    only the files whose content changed are rewritten (atomically, each), so that the others keep
    their modification time and MkDocs does not render them again (kb/site/render_cache.py)."""
    root = data.corpus.root
    target = root / DOCS_BUILD
    memo = PageMemo(data, target)  # with no build/docs, it keeps no page
    tree = render_tree(data, downloads, memo)
    install_theme(root)
    pages = sum(1 for rel in tree if rel.endswith(".md"))
    if target.is_dir():
        changed = _sync(target, tree)
        memo.save()
        return pages, changed
    staging = target.with_name(f".{target.name}.tmp")
    if staging.exists():
        shutil.rmtree(staging)
    for folder in {(staging / rel).parent for rel in tree}:
        folder.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=4) as pool:  # writing 10 000 small files waits on the disk
        list(pool.map(lambda item: _write(staging / item[0], item[1]), tree.items()))
    replace_dir(staging, target)
    memo.save()
    return pages, sorted(tree)


def sync_docs(data: SiteData, downloads: bool = True) -> list[str]:
    """Bring build/docs in line with the corpus, writing only the files that changed (kb serve)."""
    target = data.corpus.root / DOCS_BUILD
    memo = PageMemo(data, target)
    changed = _sync(target, render_tree(data, downloads, memo))
    memo.save()
    return changed


def _sync(target: Path, tree: Tree) -> list[str]:
    """Write the files of `tree` whose content differs from what `target` holds, remove the files
    it no longer has; the paths written or removed."""
    changed = write_changed(target, tree)
    prefix = len(str(target)) + 1
    for folder, _, names in os.walk(target):
        for name in names:
            rel = os.path.join(folder, name)[prefix:].replace(os.sep, "/")
            if rel not in tree:
                os.unlink(os.path.join(folder, name))
                changed.append(rel)
    return sorted(changed)


def write_changed(target: Path, tree: Tree) -> list[str]:
    """Write the files of `tree` whose content differs from what `target` holds (each atomically);
    the paths written. Files of `target` that `tree` does not name, or names with None (kept as
    they are: kb/site/page_memo.py), are left alone."""

    def update(item: tuple[str, str | bytes]) -> str | None:
        rel, content = item
        path = target / rel
        raw = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if path.stat().st_size == len(raw) and path.read_bytes() == raw:
                return None
        except FileNotFoundError:
            pass
        write_atomic(path, raw)
        return rel

    items = [(rel, content) for rel, content in tree.items() if content is not None]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return [rel for rel in pool.map(update, items) if rel is not None]


def install_theme(root: Path) -> None:
    theme_staging = root / "build" / ".theme.tmp"
    if theme_staging.exists():
        shutil.rmtree(theme_staging)
    shutil.copytree(THEME, theme_staging)
    replace_dir(theme_staging, root / THEME_BUILD)


def sheets_index_page(data: SiteData) -> str:
    sheets = sorted(data.corpus.sheets, key=lambda s: (title_sort_key(s.title), s.id))  # by letter, drafts too
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
        draft = ' <span class="relier-badge">brouillon</span>' if is_draft(sheet) else ""
        items.append(f'<li><a href="{esc(sheet.id)}/index.html">{esc(sheet.title)}</a>{draft} — '
                     f'<span class="relier-note">{esc(sheet.summary)}</span></li>')
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out) + "\n"


def _initial(title: str) -> str:
    for char in title_sort_key(title):
        if char.isalpha():
            return char.upper()
    return "#"
