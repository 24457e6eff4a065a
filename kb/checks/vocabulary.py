"""Check that every term of a sheet belongs to its controlled vocabulary."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, error
from ..model import TERM_FIELDS, TERM_LIST_FIELDS, Sheet, Vocabulary
from ..text import did_you_mean, quote


def spellings(vocabulary: Vocabulary) -> dict[str, str]:
    """Every way a term may be typed (id, label, synonyms) -> its id."""
    table: dict[str, str] = {}
    for term in vocabulary.terms.values():
        for spelling in (term.id, term.label, *term.synonyms):
            table.setdefault(spelling, term.id)
    return table


def check_terms(sheet: Sheet, vocabularies: dict[str, Vocabulary],
                spelling_cache: dict[str, tuple[Vocabulary, dict[str, str]]]) -> Iterator[Diagnostic]:
    fm = sheet.source.front_matter
    for key, vocabulary_name in (*TERM_LIST_FIELDS.items(), *TERM_FIELDS.items()):
        value = fm.get(key)
        if value is None:
            continue
        vocabulary = vocabularies.get(vocabulary_name)
        if vocabulary is None:
            yield error(sheet.source.rel_path, sheet.source.position((key,), key=True), "vocabulaire",
                        f"{key}: le vocabulaire « schemas/vocabulaires/{vocabulary_name}.yml » est introuvable")
            continue
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, term in items:
            if not isinstance(term, str) or term in vocabulary.terms:
                continue  # wrong types are the schema check's business
            path = (key,) if index is None else (key, index)
            cached = spelling_cache.get(vocabulary_name)
            if cached is None or cached[0] is not vocabulary:  # another project, or an edited vocabulary
                cached = spelling_cache[vocabulary_name] = (vocabulary, spellings(vocabulary))
            hint = did_you_mean(term, cached[1])
            if not hint and len(vocabulary.terms) <= 12:
                hint = " — termes possibles : " + ", ".join(vocabulary.terms)
            elif not hint:
                hint = f" — voir schemas/vocabulaires/{vocabulary_name}.yml"
            yield error(sheet.source.rel_path, sheet.source.position(path), "vocabulaire",
                        f"{key}: {quote(term)} n'est pas un terme connu{hint}")
