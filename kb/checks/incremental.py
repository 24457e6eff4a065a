"""Checking again after an edit without reading every sheet again (`kb serve`): each sheet's
parse and per-sheet diagnostics are kept with its file's size and modification time; a refresh
re-reads only the files that changed. A change under schemas/ or annexes/ starts afresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic
from ..loader import LoadResult, read_and_check, relative, sheet_paths
from ..model import Corpus, Sheet, Vocabulary
from ..vocabularies import load_vocabularies
from . import check_sheet, with_corpus_checks
from .schema import SCHEMA_PATH, validator_for

Stamp = tuple[int, int]  # (mtime in ns, size)


def _stamp(path: Path) -> Stamp:
    stat = path.stat()
    return (stat.st_mtime_ns, stat.st_size)


@dataclass
class IncrementalChecker:
    root: Path
    reparsed: int = 0  # sheets read by the last refresh
    _schemas: dict[str, Stamp] = field(default_factory=dict)
    _vocabularies: dict[str, Vocabulary] = field(default_factory=dict)
    _vocabulary_problems: list[Diagnostic] = field(default_factory=list)
    _sheets: dict[Path, tuple[Stamp, Sheet | None, list[Diagnostic]]] = field(default_factory=dict)

    def refresh(self) -> tuple[LoadResult, list[Diagnostic]]:
        root = self.root.resolve()
        # an annex is checked with the sheets that attach it: a change there starts afresh too
        schemas = {p.as_posix(): _stamp(p) for folder in ("schemas", "annexes")
                   for p in sorted((root / folder).rglob("*")) if p.is_file()}
        if schemas != self._schemas:
            self._schemas, self._sheets = schemas, {}
            validator_for.cache_clear()
            self._vocabularies, self._vocabulary_problems = load_vocabularies(root)
            validator_for(root / SCHEMA_PATH)
        self.reparsed = 0
        current: dict[Path, tuple[Stamp, Sheet | None, list[Diagnostic]]] = {}
        for path in sheet_paths(root):
            try:
                stamp = _stamp(path)
            except FileNotFoundError:  # removed while we looked
                continue
            known = self._sheets.get(path)
            if known is None or known[0] != stamp:
                sheet, problems = read_and_check(path, root, self._vocabularies, check_sheet)
                known = (stamp, sheet, problems)
                self.reparsed += 1
            current[path] = known
        self._sheets = current
        sheets = tuple(sheet for _, sheet, _ in current.values() if sheet is not None)
        corpus = Corpus(root=root, sheets=sheets, vocabularies=self._vocabularies)
        per_sheet = [d for _, _, problems in current.values() for d in problems] + self._vocabulary_problems
        result = LoadResult(corpus, tuple(per_sheet), tuple(relative(p, root) for p in current), True)
        return with_corpus_checks(result, per_sheet)
