"""`kb check`: run every check on a loaded corpus and collect all diagnostics."""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..loader import LoadResult
from .consistency import check_consistency
from .links import check_ids, check_relations
from .schema import SCHEMA_PATH, check_schema, validator_for
from .sections import check_sections
from .vocabulary import check_terms


def run_checks(result: LoadResult) -> list[Diagnostic]:
    """Every problem in every sheet, sorted by file and line."""
    corpus = result.corpus
    diagnostics = list(result.diagnostics)
    validator = validator_for(corpus.root / SCHEMA_PATH)
    ids = {sheet.id for sheet in corpus.sheets if isinstance(sheet.source.front_matter.get("id"), str)}
    spelling_cache: dict[str, dict[str, str]] = {}
    diagnostics.extend(check_ids(corpus.sheets))
    for sheet in corpus.sheets:
        diagnostics.extend(check_schema(sheet, validator))
        diagnostics.extend(check_terms(sheet, corpus.vocabularies, spelling_cache))
        diagnostics.extend(check_relations(sheet, ids, corpus.vocabularies))
        diagnostics.extend(check_sections(sheet))
        diagnostics.extend(check_consistency(sheet))
    return sorted(set(diagnostics))
