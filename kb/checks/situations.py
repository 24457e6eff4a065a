"""The situations vocabulary names sheets (`fiches:`) and concepts (`concepts:`): they must exist.

A base holding few of the sheets named (a new or trimmed base, a test project built from the real
vocabularies) is not checked for them: the situations were written for another base's sheets."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, error
from ..model import Vocabulary
from ..text import did_you_mean, quote

SITUATIONS = "situations"


def check_situation_targets(vocabularies: dict[str, Vocabulary], ids: set[str]) -> Iterator[Diagnostic]:
    vocabulary = vocabularies.get(SITUATIONS)
    if vocabulary is None:
        return
    lines = vocabulary.path.read_text(encoding="utf-8").splitlines()
    rel = f"schemas/vocabulaires/{vocabulary.path.name}"
    concepts = vocabularies.get("concepts")
    named = {str(t) for term in vocabulary.terms.values() for t in _list(term.extra.get("fiches"))}
    check_sheets = bool(named) and len(named & ids) * 2 >= len(named)
    for term in vocabulary.terms.values():
        for key, known, what in (("fiches", ids, "fiche"),
                                 ("concepts", set(concepts.terms) if concepts else set(), "concept")):
            targets = term.extra.get(key)
            if targets is None or (key == "fiches" and not check_sheets):
                continue
            if not isinstance(targets, list):
                yield error(rel, _line(lines, term.id, key), "vocabulaire-fichier",
                            f"{term.id}.{key} : une liste est attendue, par exemple « {key}: [a, b] »")
                continue
            for target in targets:
                if str(target) not in known:
                    yield error(rel, _line(lines, term.id, key), "vocabulaire-fichier",
                                f"{term.id}.{key} : aucune {what} n'a l'identifiant {quote(target)}"
                                f"{did_you_mean(str(target), known)}")


def _line(lines: list[str], term_id: str, key: str) -> tuple[int, int]:
    """Where `key` is written under the term `term_id` (its `- id:` line if not found)."""
    start = next((i for i, line in enumerate(lines) if line.strip() in (f"- id: {term_id}", f"id: {term_id}")), 0)
    for i in range(start, len(lines)):
        if i > start and lines[i].lstrip().startswith("- id:"):
            break
        if lines[i].lstrip().startswith(f"{key}:"):
            return i + 1, lines[i].index(key) + 1
    return start + 1, 1


def _list(value: object) -> list:
    return value if isinstance(value, list) else []
