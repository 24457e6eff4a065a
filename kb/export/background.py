"""The modules' documents made in a child process (forked: it shares the loaded corpus), so
that WeasyPrint and pandoc run while MkDocs builds the site."""

from __future__ import annotations

from pathlib import Path

from ..model import Corpus, Module
from ..processes import Forked
from .cache import CACHE_DIR, export_folder


class ModuleExports:
    """`wait()` returns module id -> the folder holding its 12 documents (or raises KbError)."""

    def __init__(self, corpus: Corpus, modules: tuple[Module, ...]) -> None:
        self.folders = {module.id: corpus.root / CACHE_DIR / module.id for module in modules}
        self._work = Forked(lambda: _export_all(corpus, modules),
                            "les documents des modules de formation n'ont pas pu être produits",
                            background=True) if modules else None

    def wait(self) -> dict[str, Path]:
        if self._work is not None:
            self._work.wait()
        return self.folders


def _export_all(corpus: Corpus, modules: tuple[Module, ...]) -> None:
    for module in modules:
        export_folder(corpus, module)
