"""`kb check`: every check, on every sheet, all problems collected before reporting.

Per-sheet checks (schema, vocabularies, relations, sections, consistency) run where the sheet is
read — in worker processes for large corpora; corpus-wide checks (ids, relation targets) run once
every sheet is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..diagnostics import Diagnostic
from ..loader import LoadResult, load
from ..model import Corpus, Sheet, Vocabulary
from .consistency import check_consistency
from .links import check_ids, check_relation_targets, check_relations
from .schema import SCHEMA_PATH, check_schema, validator_for
from .sections import check_sections
from .vocabulary import check_terms

_SPELLINGS: dict[str, dict[str, str]] = {}


def check_sheet(sheet: Sheet, root: Path, vocabularies: dict[str, Vocabulary]) -> list[Diagnostic]:
    """Everything that can be said of one sheet on its own."""
    diagnostics = list(check_schema(sheet, validator_for(root / SCHEMA_PATH)))
    diagnostics.extend(check_terms(sheet, vocabularies, _SPELLINGS))
    diagnostics.extend(check_relations(sheet, vocabularies))
    diagnostics.extend(check_sections(sheet))
    diagnostics.extend(check_consistency(sheet))
    return diagnostics


def check_corpus(corpus: Corpus) -> list[Diagnostic]:
    """What needs every sheet: unique ids, file names, relation targets."""
    ids = {sheet.id for sheet in corpus.sheets if isinstance(sheet.source.front_matter.get("id"), str)}
    diagnostics = list(check_ids(corpus.sheets))
    for sheet in corpus.sheets:
        diagnostics.extend(check_relation_targets(sheet, ids))
    return diagnostics


def load_and_check(root: Path, extra_paths: Iterable[Path] = (),
                   keep_bodies: bool = True) -> tuple[LoadResult, list[Diagnostic]]:
    """Read every sheet once, checking each as it is read; then the corpus-wide checks.
    `keep_bodies=False` when only the diagnostics matter (kb check)."""
    validator_for(root.resolve() / SCHEMA_PATH)  # compiled once, before any worker is forked
    result = load(root, extra_paths, per_sheet=check_sheet, keep_bodies=keep_bodies)
    return result, sorted(set(result.diagnostics) | set(check_corpus(result.corpus)))


def run_checks(result: LoadResult) -> list[Diagnostic]:
    """Every problem of an already loaded corpus, sorted by file and line."""
    corpus = result.corpus
    diagnostics = set(result.diagnostics)
    if not result.checked:
        for sheet in corpus.sheets:
            diagnostics.update(check_sheet(sheet, corpus.root, corpus.vocabularies))
    diagnostics.update(check_corpus(corpus))
    return sorted(diagnostics)
