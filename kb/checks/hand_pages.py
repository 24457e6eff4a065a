"""The hand-written part of the site (docs/), read for publishing with what a pull request could
hide in it refused: the sanitiser cleans a page's content, but MkDocs also copies other files as
they are, follows links, and prints some front-matter keys raw in the page's head and navigation.

- only regular files: a symbolic link could publish any file of the machine that builds;
- only Markdown pages and images the browser shows as images (no HTML, SVG or script, which
  would be published as they are, without the sanitiser);
- in a page's front matter, only `title`, `description`, `subtitle` (text) and `hide` (Material's own words);
- nothing in the folders of the generated pages: the sanitiser trusts those pages more (their
  contributed text is escaped when they are made), so a page written there would be trusted too.
"""

from __future__ import annotations

import functools
import os
import posixpath
from pathlib import Path

import yaml

from ..diagnostics import Diagnostic, error
from ..errors import KbError
from ..parsing import FM_BOUNDARY

ALLOWED_SUFFIXES = frozenset({".md", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf"})
TEXT_KEYS = frozenset({"title", "description", "subtitle"})  # subtitle: escaped in our nav-item.html
HIDE_WORDS = frozenset({"navigation", "toc", "footer", "feedback", "path", "tags"})
# the folders kb build writes (kb/site/urls.py and the app pages); docs/assets/ is for images
GENERATED_FOLDERS = frozenset({"fiches", "concepts", "publics", "secteurs", "modes", "themes", "valeurs", "glossaire",
                               "analyse", "modules", "annexes", "explorer", "carte", "recherche", "donnees", "admin",
                               "contribuer", "pagefind"})


DOCS = "docs"


def hand_written_files(source: Path) -> dict[str, bytes]:
    """Every file under `source` (docs/), by its path inside it; a KbError naming the first file
    that cannot be published safely, and how to fix it."""
    files: dict[str, bytes] = {}
    for path, problem in _read(source, files):
        raise KbError(f"{_shown(source, path)} {problem}. Le site n'a pas été construit : relancez kb build "
                      "une fois le fichier corrigé.")
    return files


def check_hand_written(root: Path) -> list[Diagnostic]:
    """`kb check`: the same rules, every problem with its file."""
    from .annexes import sheet_ids
    from .shape import check_linked_files, check_shape
    from .unsafe import check_unsafe

    source = root / DOCS
    files: dict[str, bytes] = {}
    found = [error(_shown(source, path), (1, 1), "page-manuelle", f"{_shown(source, path)} {problem}")
             for path, problem in _read(source, files)]
    ids = functools.cache(lambda: sheet_ids(root))  # (one walk of practices/ for every page, if any links to a sheet)
    for rel, content in files.items():  # what the sanitiser would take out, said before it does
        if rel.endswith(".md"):
            text = content.decode("utf-8")
            found.extend(check_unsafe(f"{DOCS}/{rel}", [(text, 1)]))
            found.extend(check_shape(f"{DOCS}/{rel}", [(text, 1)]))
            found.extend(check_linked_files(f"{DOCS}/{rel}", text, 1, posixpath.dirname(rel), source, ids))
    return found


def _read(source: Path, files: dict[str, bytes]):
    """(path, what is wrong and how to fix it) for each file that cannot be published; the others
    read into `files`."""
    if not source.is_dir():
        return
    for folder, subfolders, names in os.walk(source):
        here = Path(folder)
        for name in sorted(subfolders):
            if (here / name).is_symlink():
                yield here / name, "est un lien symbolique vers un autre dossier : remplacez le lien par le dossier lui-même"
        subfolders[:] = sorted(name for name in subfolders if not (here / name).is_symlink())
        for name in sorted(names):
            path = here / name
            rel = path.relative_to(source)
            if path.is_symlink():
                yield path, ("est un lien symbolique : remplacez le lien par le fichier lui-même "
                             "(le site ne publie que des fichiers du dépôt)")
            elif not path.is_file():
                yield path, "n'est pas un fichier ordinaire : retirez-le du dossier docs/"
            elif path.suffix.lower() not in ALLOWED_SUFFIXES or path.suffix.lower() == ".md" != path.suffix:
                yield path, ("n'est ni une page Markdown (.md, en minuscules), ni une image (PNG, JPEG, GIF, WebP), "
                             "ni un PDF : écrivez la page en Markdown ; convertissez une image SVG en PNG")
            elif len(rel.parts) > 1 and rel.parts[0] in GENERATED_FOLDERS or rel.parts[:2] in {("assets", "relier"),
                                                                                                ("assets", "vendor")}:
                yield path, ("est dans un dossier que kb build écrit lui-même : placez une page dans un dossier "
                             "à elle (par exemple docs/ressources/) et une image dans docs/assets/")
            else:
                content = path.read_bytes()
                problem = _front_matter_problem(content) if path.suffix == ".md" else None
                if problem:
                    yield path, problem
                else:
                    files[rel.as_posix()] = content


def _front_matter_problem(content: bytes) -> str | None:
    try:
        text = content.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        return f"n'est pas un texte en UTF-8 (octet illisible à la position {exc.start}) : enregistrez-le en UTF-8"
    parts = FM_BOUNDARY.split(text, 2)  # MkDocs reads the header between the first two « --- » lines
    if len(parts) < 3 or parts[0].strip():
        return None
    try:
        meta = yaml.safe_load(parts[1]) or {}
    except yaml.YAMLError:
        return "a un en-tête YAML illisible : corrigez l'en-tête entre les deux lignes « --- »"
    except RecursionError:  # (« title: [[[[… » 600 deep: PyYAML's composer recurses)
        return "a un en-tête imbriqué sur des centaines de niveaux : n'y gardez que « title: … »"
    if not isinstance(meta, dict):
        return "a un en-tête qui n'est pas une liste de clés : écrivez « title: … »"
    for key, value in meta.items():
        if key in TEXT_KEYS:
            if not isinstance(value, str):
                return f"a une clé « {key} » qui n'est pas un texte : écrivez « {key}: … »"
        elif key == "hide":
            if not isinstance(value, list) or not all(isinstance(v, str) and v in HIDE_WORDS for v in value):
                return f"a une clé « hide » inattendue : n'y mettez que certains de ces mots : {', '.join(sorted(HIDE_WORDS))}"
        else:
            return f"a une clé « {key} » dans son en-tête : n'y gardez que « title », « description », « subtitle » et « hide »"
    return None


def _shown(source: Path, path: Path) -> str:
    return (Path(source.name) / path.relative_to(source)).as_posix()
