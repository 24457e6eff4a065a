"""What a sheet is found by besides its own text, the same for `kb search` and the site's search:
the labels and synonyms of the vocabulary terms it carries, and the words of the situations that
point to it (schemas/vocabulaires/situations.yml, by `fiches:` or by `concepts:`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from ..model import Sheet, Vocabulary
from .need import LONG_FROM

TERM_FIELDS = ("publics", "secteurs", "modes_intervention", "themes", "valeurs", "concepts", "etablissements")
SITUATIONS = "situations"
# « Nothing good » is not said when a situation's phrase (two words or more) typed in the query names
# one of the first NAMED_AMONG sheets (by `fiches:`): the editors said that sheet answers it.
NAMED_AMONG = 3
# ... and the sheets it names rank that much higher (1.5 before 2026-12-07; 2 was never worse on the
# judged set nor on the three sets of phrasings outside it, on both engines; 3 lost on the last one)
NAMED_BOOST = 2.0
# ... and higher still in a long description (more than need.LONG_FROM words carrying the need), whose many
# words share a sheet's score out thinly: the phrase typed is the surest sign there (2026-12-08: on the six
# sets, nothing lower, the seventh set of long phrasings +0.014 nDCG@10; 3 for every query lost 0.003–0.006
# on the judged and the third set)
NAMED_BOOST_LONG = 3.0


def named_boost(needed_words: int) -> float:
    return NAMED_BOOST_LONG if needed_words > LONG_FROM else NAMED_BOOST


class Situations:
    """The situations vocabulary, read once: the words pointing to a sheet, directly or by a concept."""

    def __init__(self, vocabularies: dict[str, Vocabulary]) -> None:
        self._by_sheet: defaultdict[str, list[str]] = defaultdict(list)
        self._by_concept: defaultdict[str, list[str]] = defaultdict(list)
        self._named: defaultdict[str, set[str]] = defaultdict(set)
        vocabulary = vocabularies.get(SITUATIONS)
        for term in vocabulary.terms.values() if vocabulary else ():
            words = [term.label, *term.synonyms]
            # `expressions`: the ways people say it in everyday words (« son beau-père la touche »), which
            # name the sheets when typed whole, without lending their words to the sheets' index (where
            # « ce soir », « dossier » would make any question look answered)
            expressions = _strings(term.extra.get("expressions"))
            for target in _strings(term.extra.get("fiches")):
                self._by_sheet[target].extend(words)
                for spelling in (*words, *expressions):
                    self._named[spelling].add(target)
            for concept in _strings(term.extra.get("concepts")):
                self._by_concept[concept].extend(words)

    def phrases(self, analyse: Callable[[str], list[str]]) -> dict[tuple[str, ...], frozenset[str]]:
        """Each way of saying a situation in two words or more (as `analyse` reads it), and the sheets
        the situation names by `fiches:`: an editor's word that these sheets answer that phrase."""
        found: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
        for spelling, sheets in self._named.items():
            tokens = tuple(analyse(spelling))
            if len(tokens) >= 2:
                found[tokens] |= sheets
        return {tokens: frozenset(sheets) for tokens, sheets in found.items()}

    def words(self, sheet: Sheet) -> list[str]:
        found = list(self._by_sheet.get(sheet.id, ()))
        for concept in sheet.terms.get("concepts", ()):
            found.extend(self._by_concept.get(concept, ()))
        return list(dict.fromkeys(found))


def sheet_terms(vocabularies: dict[str, Vocabulary], sheet: Sheet, situations: Situations | None = None) -> str:
    """The words a sheet is also found by (indexed in Whoosh's `termes`, and in the site's page)."""
    words = []
    for key in TERM_FIELDS:
        vocabulary = vocabularies.get(key)
        for term_id in sheet.terms.get(key, ()):
            term = vocabulary.terms.get(term_id) if vocabulary else None
            if term is not None:
                words.append(term.label)
                words.extend(term.synonyms)
    if situations is not None:
        words.extend(situations.words(sheet))
    return " · ".join(words)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def named_by_phrase(tokens: list[str], phrases: dict[tuple[str, ...], frozenset[str]]) -> set[str]:
    """The sheets named by the situations whose phrases stand, word after word, in `tokens`."""
    named: set[str] = set()
    longest = max(map(len, phrases), default=0)
    for start in range(len(tokens)):
        for size in range(2, min(longest, len(tokens) - start) + 1):
            named |= phrases.get(tuple(tokens[start:start + size]), frozenset())
    return named
