"""Where each generated page lives in build/docs, and relative links between pages.

Pages are `<folder>/<id>/index.md`: MkDocs serves them at `/<folder>/<id>/`, and the offline
build links to `<folder>/<id>/index.html`, which also works from the file system.
"""

from __future__ import annotations

import posixpath

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
    """Relative Markdown link from one generated page to another (MkDocs resolves .md links)."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page))


def url_path(kind: str, identifier: str) -> str:
    return f"/{FOLDERS[kind]}/{identifier}/"
