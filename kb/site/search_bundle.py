"""The site's search bundle: Pagefind's chunked index, built from small HTML pages written from
the sheets themselves (not from MkDocs' output), so that Pagefind runs while MkDocs builds.

Pagefind's Python API answers one record per tenth of a second; its command line, given a folder
of small pages, indexes 10 000 sheets in seconds, in its own process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..errors import KbError
from ..processes import Forked, die_with_parent
from ..text import plain_text
from .data import SiteData
from .markup import esc

FILTERS = (("publics", "Public"), ("secteurs", "Secteur"), ("modes_intervention", "Mode"),
           ("themes", "Thème"), ("niveau_preuve", "Niveau de preuve"))
VOCABULARY_OF = {"publics": "publics", "secteurs": "secteurs", "modes_intervention": "modes_intervention",
                 "themes": "themes", "niveau_preuve": "niveaux_preuve"}


def _page(data: SiteData, sheet_id: str) -> str:
    sheet = data.by_id[sheet_id]  # type: ignore[index]
    filters = []
    for key, name in FILTERS:
        vocabulary = data.corpus.vocabularies.get(VOCABULARY_OF[key])
        for term in dict.fromkeys(sheet.terms.get(key, ())):
            label = vocabulary.label_of(term) if vocabulary else term
            filters.append(f'<span data-pagefind-filter="{esc(name)}">{esc(label)}</span>')
    concepts = data.corpus.vocabularies.get("concepts")
    words = " ".join(concepts.label_of(c) for c in sheet.terms.get("concepts", ())) if concepts else ""
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{esc(sheet.title)}</title></head>'
            f'<body><main data-pagefind-body><h1>{esc(sheet.title)}</h1><p>{esc(sheet.summary)}</p>'
            f'<div>{esc(plain_text(sheet.body))}</div><p>{esc(words)}</p>'
            f'<div data-pagefind-ignore="index">{"".join(filters)}</div></main></body></html>')


class SearchBundle:
    """Writes the pages and runs Pagefind on them in a child process, at a lower priority, while
    MkDocs builds; `wait()` returns the folder holding the bundle."""

    def __init__(self, data: SiteData, build_dir: Path) -> None:
        self.pages = build_dir / "pagefind-pages"
        self.output = build_dir / "pagefind"
        self._work = Forked(lambda: self._make(data), "Pagefind n'a pas pu écrire l'index de recherche du site",
                            background=True)

    def _make(self, data: SiteData) -> None:
        for folder in (self.pages, self.output):
            if folder.exists():
                shutil.rmtree(folder)
        for sheet in data.corpus.sheets:
            page = self.pages / "fiches" / sheet.id / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(_page(data, sheet.id), encoding="utf-8")
        this = os.getpid()  # Pagefind ends with this child, which ends with kb build (killed or not)
        done = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(self.pages), "--output-path", str(self.output), "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, preexec_fn=lambda: die_with_parent(this))
        if done.returncode != 0 or not (self.output / "pagefind-ui.js").is_file():
            raise KbError((done.stdout or "").strip()[-800:] or f"code de sortie {done.returncode}")

    def wait(self) -> Path:
        self._work.wait()
        return self.output
