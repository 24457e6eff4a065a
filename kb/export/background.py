"""The modules' documents made in a child process (forked: it shares the loaded corpus), so
that WeasyPrint and pandoc run while MkDocs builds the site."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..model import Corpus, Module
from ..processes import Forked
from .cache import CACHE_DIR, export_folder

FAILURE = "les documents des modules de formation n'ont pas pu être produits"


class ModuleExports:
    """`wait()` returns module id -> the folder holding its 12 documents (or raises KbError).
    With `start=False`, the child is forked only by `start()` (or `wait()`): `kb build` on a
    large base starts it once the graph and the pages' data are let go of, so that their memory
    and WeasyPrint's are not needed at the same moment."""

    def __init__(self, corpus: Corpus, modules: tuple[Module, ...], start: bool = True) -> None:
        self.folders = {module.id: corpus.root / CACHE_DIR / module.id for module in modules}
        # only the sheets the modules use are kept for the child: it touches none of the others, so
        # the memory it shares with this process stays shared (a whole base, at 10 000 sheets)
        used = {sheet_id for module in modules for sheet_id in module.sheet_ids()}
        self._corpus = dataclasses.replace(corpus, sheets=tuple(s for s in corpus.sheets if s.id in used))
        self._modules = modules
        self._work: Forked[None] | None = None
        if start:
            self.start()

    def start(self) -> None:
        if self._work is None and self._modules:
            corpus, modules = self._corpus, self._modules
            # at the normal priority: a few seconds of one core, whose memory (WeasyPrint, pandoc: 0.4 GB)
            # is given back before Pagefind's is needed, rather than held the whole build long
            self._work = Forked(lambda: _export_all(corpus, modules), FAILURE)

    def wait(self) -> dict[str, Path]:
        self.start()
        if self._work is not None:
            self._work.wait()
        return self.folders


def _export_all(corpus: Corpus, modules: tuple[Module, ...]) -> None:
    for module in modules:
        export_folder(corpus, module)
