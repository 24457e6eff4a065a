"""`kb check`: every check, on every sheet, all problems collected before reporting.

Per-sheet checks (schema, vocabularies, relations, sections, consistency) run where the sheet is
read — in worker processes for large corpora; corpus-wide checks (ids, relation targets) run once
every sheet is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..diagnostics import Diagnostic, error
from ..loader import LoadResult, load, load_sheet, relative, sheet_paths
from ..vocabularies import load_vocabularies
from ..model import Corpus, Sheet, Vocabulary
from .consistency import check_consistency
from .links import check_ids, check_relation_targets, check_relations
from .privacy import check_privacy
from .schema import SCHEMA_PATH, check_schema, validator_for
from .sections import check_sections
from .unsafe import check_unsafe
from .vocabulary import check_terms

# "did you mean" tables, rebuilt whenever a different Vocabulary object comes (kb serve reloads them)
_SPELLINGS: dict[str, tuple[Vocabulary, dict[str, str]]] = {}


def check_sheet(sheet: Sheet, root: Path, vocabularies: dict[str, Vocabulary]) -> list[Diagnostic]:
    """Everything that can be said of one sheet on its own."""
    diagnostics = list(check_schema(sheet, validator_for(root / SCHEMA_PATH)))
    diagnostics.extend(check_terms(sheet, vocabularies, _SPELLINGS))
    diagnostics.extend(check_relations(sheet, vocabularies))
    diagnostics.extend(check_sections(sheet))
    diagnostics.extend(check_consistency(sheet))
    parts = [(sheet.source.front_matter_text, sheet.source.front_matter_line), (sheet.body, sheet.source.body_line)]
    diagnostics.extend(check_privacy(sheet.source.rel_path, parts))
    diagnostics.extend(check_unsafe(sheet.source.rel_path, parts))
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


def check_files(root: Path, files: Iterable[Path]) -> tuple[int, list[Diagnostic]]:
    """Check some sheet files without reading the others: other sheets are known by their file
    names, which must equal their ids (a sheet breaking that rule is reported when checked itself).
    This is what keeps `kb check practices/ma-fiche.md` quick in a base of 10 000 sheets."""
    root = root.resolve()
    vocabularies, diagnostics = load_vocabularies(root)
    validator_for(root / SCHEMA_PATH)
    others: dict[str, list[Path]] = {}
    for path in sheet_paths(root):
        others.setdefault(path.stem, []).append(path)
    count = 0
    sheets = []
    for path in files:
        count += 1
        sheet, problems = load_sheet(path.resolve(), root)
        diagnostics.extend(problems)
        if sheet is not None:
            diagnostics.extend(check_sheet(sheet, root, vocabularies))
            sheets.append(sheet)
    diagnostics.extend(d for d in check_ids(sheets) if d.code == "id-fichier")
    for sheet in sheets:
        clash = [p for p in others.get(sheet.id, []) if p != sheet.source.path]
        if clash and isinstance(sheet.source.front_matter.get("id"), str):
            other = relative(clash[0], root)
            diagnostics.append(error(sheet.source.rel_path, sheet.source.position(("id",)), "id-double",
                                     f"id: « {sheet.id} » est déjà l'identifiant de {other} : "
                                     "choisissez un identifiant unique (et renommez le fichier)"))
        diagnostics.extend(check_relation_targets(sheet, set(others) | {sheet.id}))
    return count, sorted(set(diagnostics))


def run_checks(result: LoadResult) -> list[Diagnostic]:
    """Every problem of an already loaded corpus, sorted by file and line."""
    corpus = result.corpus
    diagnostics = set(result.diagnostics)
    if not result.checked:
        for sheet in corpus.sheets:
            diagnostics.update(check_sheet(sheet, corpus.root, corpus.vocabularies))
    diagnostics.update(check_corpus(corpus))
    return sorted(diagnostics)
