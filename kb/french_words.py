"""The French language's words: kb/data/mots-francais.txt.xz (scripts/make_french_words.py), 322 775
words and their inflected forms, folded, of five letters or more. kb search leaves them alone when it
corrects spelling (kb/search/dictionary.py); the personal-data check knows a surname is none of them."""

from __future__ import annotations

import functools
import lzma
from pathlib import Path

WORDS_PATH = Path(__file__).resolve().parent / "data" / "mots-francais.txt.xz"


@functools.cache
def _words() -> tuple[str, ...]:
    return tuple(lzma.decompress(WORDS_PATH.read_bytes()).decode("utf-8").split())


@functools.cache
def french_words() -> frozenset[str]:
    return frozenset(_words())


def is_french(word: str) -> bool:
    """`word` (folded) is a French word, « œ » written « oe » or not."""
    return word.replace("œ", "oe").replace("æ", "ae") in french_words()
