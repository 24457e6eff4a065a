"""Where each generated page lives in build/docs, and relative links between pages.

Pages are `<folder>/<id>/index.md`: MkDocs serves them at `/<folder>/<id>/`, and the offline
build links to `<folder>/<id>/index.html`, which also works from the file system.
"""

from __future__ import annotations

# graph node kind -> URL folder
FOLDERS = {
    "fiche": "fiches", "concept": "concepts", "public": "publics", "secteur": "secteurs",
    "mode": "modes", "theme": "themes", "valeur": "valeurs", "etablissement": "etablissements",
}
# front-matter key -> graph node kind, for the facets that have pages
FACET_KINDS = {
    "publics": "public", "secteurs": "secteur", "modes_intervention": "mode",
    "themes": "theme", "valeurs": "valeur",
}


def page_path(kind: str, identifier: str) -> str:
    return f"{FOLDERS[kind]}/{identifier}/index.md"


def index_path(kind: str) -> str:
    return f"{FOLDERS[kind]}/index.md"


def link(from_page: str, to_page: str) -> str:
    """Relative Markdown link from one generated page to another (MkDocs resolves .md links).

    The same as `posixpath.relpath(to_page, dirname(from_page))` for the clean relative paths of
    build/docs (no « . » or « .. » parts), without its calls to abspath: a build of 10 000 sheets
    makes some 300 000 links, and relpath alone took several seconds."""
    start = from_page.split("/")[:-1]
    target = [part for part in to_page.split("/") if part]
    common = 0
    for a, b in zip(start, target):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."


def url_path(kind: str, identifier: str) -> str:
    return f"/{FOLDERS[kind]}/{identifier}/"
