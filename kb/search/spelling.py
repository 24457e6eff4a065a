"""« Vouliez-vous dire » from the base's own words (engine-independent: the engine says how often a
word is used, and which known words lie within an edit distance of it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text import fold
from .dictionary import inflected, is_french
from .french import stop_words

_WORD = re.compile(r"\w+")
MIN_LENGTH = 5  # shorter words are acronyms, or have too many neighbours to guess from
SURE_LENGTH = 7  # a guess for a shorter word is less sure (« tarte » is one letter from « tante »)


def confidence(word: str) -> float:
    """How much a guessed word counts when deciding whether anything answers the query."""
    return 1.0 if len(word) >= SURE_LENGTH else 0.5


def correct(text: str, frequency: Callable[[str], int], within: Callable[[str, int], Iterable[str]],
            known: Callable[[str], bool] = lambda word: False) -> tuple[str | None, list[str]]:
    """`text` with each word the base never uses, in no form (`known`: its stem is indexed),
    replaced by a word it does one edit away (the most used, sharing the first letter), or None
    when every word is known or none has such a neighbour; and the words put in. Typos are one
    edit away from the word meant; two edits away lie other words (« agrément », « autrement »).

    Left as typed: an acronym in capitals (« CROUS », unless the whole query is in capitals), and a
    French word the base does not use (« cutter », « vœux »), unless the guess is another form of
    it (« entretient » → « entretien »): kb.search.dictionary."""
    fixed: list[str] = []
    shouting = text.isupper()

    def fix(match: re.Match[str]) -> str:
        word = fold(match.group(0))
        if len(word) < MIN_LENGTH or word in stop_words() or word.isdigit() or frequency(word) > 0 or known(word):
            return match.group(0)
        if match.group(0).isupper() and not shouting:
            return match.group(0)
        # one edit away, or two letters swapped (« acceuil »: the site's Damerau distance counts that as one)
        swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)} - {word}
        candidates = [c for c in within(word, 1) if c != word] + [c for c in swapped if frequency(c) > 0]
        if candidates and is_french(word):
            candidates = [c for c in candidates if inflected(word, c)]
        if not candidates:
            return match.group(0)
        fixed.append(max(candidates, key=lambda c: (frequency(c), c)))
        return fixed[-1]

    corrected = _WORD.sub(fix, text)
    return (corrected if fixed else None), fixed


def as_written(corrected: str, fixed: list[str], texts: Iterable[str]) -> str:
    """`corrected` with each guessed word spelt as `texts` write it (accents: « parentalité »)."""
    wanted, found = set(fixed), {}
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(0)
            key = fold(word)
            if key in wanted and key not in found:
                found[key] = word if word.isupper() and len(word) > 1 else word.lower()
        if len(found) == len(wanted):
            break
    return _WORD.sub(lambda m: found.get(m.group(0), m.group(0)), corrected)
