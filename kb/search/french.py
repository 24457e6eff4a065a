"""French text analysis for the index: words, lower case, accents folded, stop words, Snowball stems.

Accents are folded *before* stemming, so that « éducatives », « educatif » and « Éducatif » all
become « educ »: people type without accents on a phone.
"""

from __future__ import annotations

from functools import lru_cache

from whoosh.analysis import Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

from ..text import fold

_EXTRA_STOP_WORDS = {"les", "des", "du", "d", "l", "qu", "c", "j", "n", "s", "t", "m", "y", "cette", "ces", "cet",
                     "aux", "leur", "leurs", "dont", "ou", "où", "si", "afin", "lors", "chez", "entre", "comme"}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in (*stopwords_for_language("fr"), *_EXTRA_STOP_WORDS))


@lru_cache(maxsize=1)
def french_analyzer() -> Analyzer:
    return (RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)
            | StopFilter(stoplist=stop_words(), minsize=2) | StemFilter(stemmer_for_language("fr"), cachesize=50_000))


def analyse(text: str) -> list[str]:
    """The index tokens of `text`, in order."""
    return [token.text for token in french_analyzer()(text)]
