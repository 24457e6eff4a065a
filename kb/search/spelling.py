"""« Vouliez-vous dire » from the base's own words (engine-independent: the engine says how often a
word is used, and which known words lie within an edit distance of it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text import fold
from .french import stop_words

_WORD = re.compile(r"\w+")
MIN_LENGTH = 4  # shorter words are acronyms or too ambiguous to correct


def max_distance(word: str) -> int:
    return 1 if len(word) < 8 else 2


def correct(text: str, frequency: Callable[[str], int],
            within: Callable[[str, int], Iterable[str]]) -> tuple[str | None, list[str]]:
    """`text` with each word the base never uses replaced by the closest word it does (fewest
    edits, then most used, sharing the first letter), or None when every word is known or none has
    a close neighbour; and the words put in."""
    fixed: list[str] = []

    def fix(match: re.Match[str]) -> str:
        word = fold(match.group(0))
        if len(word) < MIN_LENGTH or word in stop_words() or word.isdigit() or frequency(word) > 0:
            return match.group(0)
        for distance in range(1, max_distance(word) + 1):
            candidates = [c for c in within(word, distance) if c != word]
            if candidates:
                fixed.append(max(candidates, key=lambda c: (frequency(c), c)))
                return fixed[-1]
        return match.group(0)

    corrected = _WORD.sub(fix, text)
    return (corrected if fixed else None), fixed
