"""The modules' documents made in a child process (forked: it shares the loaded corpus), so
that WeasyPrint and pandoc run while MkDocs builds the site."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from ..errors import KbError
from ..model import Corpus, Module
from .cache import CACHE_DIR, export_folder


class ModuleExports:
    """`wait()` returns module id -> the folder holding its 12 documents (or raises KbError)."""

    def __init__(self, corpus: Corpus, modules: tuple[Module, ...]) -> None:
        self.folders = {module.id: corpus.root / CACHE_DIR / module.id for module in modules}
        self._process = None
        if modules:
            context = multiprocessing.get_context("fork")
            self._queue: multiprocessing.Queue = context.Queue()
            self._process = context.Process(target=self._run, args=(corpus, modules, self._queue), daemon=True)
            self._process.start()

    @staticmethod
    def _run(corpus: Corpus, modules: tuple[Module, ...], queue: multiprocessing.Queue) -> None:
        try:
            for module in modules:
                export_folder(corpus, module)
            queue.put(("ok", ""))
        except BaseException as exc:  # noqa: BLE001 - reported by wait(), in the parent
            queue.put(("error", str(exc) if isinstance(exc, KbError) else f"{exc.__class__.__name__}: {exc}"))

    def wait(self) -> dict[str, Path]:
        if self._process is not None:
            status, message = self._queue.get()
            self._process.join()
            if status != "ok":
                raise KbError(f"les documents des modules de formation n'ont pas pu être produits : {message}")
        return self.folders
