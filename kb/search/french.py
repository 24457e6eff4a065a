"""French text analysis for the index: words, lower case, accents folded, stop words, Snowball stems.

Accents are folded *before* stemming, so that « éducatives », « educatif » and « Éducatif » all
become « educ »: people type without accents on a phone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

from ..text import fold

_EXTRA_STOP_WORDS = {"les", "des", "du", "d", "l", "qu", "c", "j", "n", "s", "t", "m", "y", "cette", "ces", "cet",
                     "aux", "leur", "leurs", "dont", "ou", "où", "si", "afin", "lors", "chez", "entre", "comme"}


# Words that say how a question is asked rather than what it is about: they still count, but much
# less than the words carrying the need (« comment faire avec un ado qui fugue tout le temps »).
WEAK_WORDS = frozenset({
    "comment", "faire", "fait", "fais", "quoi", "quand", "pourquoi", "quel", "quelle", "quels", "quelles", "tout",
    "tous", "toute", "toutes", "temps", "chose", "choses", "truc", "trucs", "gens", "besoin", "veut", "veux",
    "vouloir", "peut", "peux", "pouvoir", "doit", "dois", "devoir", "faut", "souvent", "toujours", "jamais",
    "encore", "plus", "tres", "trop", "bien", "beaucoup", "vraiment", "cas", "situation", "situations",
    "pratique", "pratiques", "fiche", "fiches", "professionnel", "professionnels", "travail", "travailler",
    "accompagner", "accompagnement", "personne", "personnes", "quelqu", "quelque", "quelqu'un", "avoir", "etre",
    "exemple", "idee", "idees", "outil", "outils", "methode", "moment", "jour", "jours", "rien", "mieux", "gerer",
    # the same verbs as people conjugate them when they write in the first person
    "veulent", "voudrais", "voudrait", "voulait", "voulons", "voulez", "pouvez", "pourrais", "pourrait", "peuvent",
    "pouvait", "doivent", "devrais", "devrait", "sais", "sait", "savoir", "savez", "savais", "faites", "font",
    "exactement", "svp", "merci", "bonjour"})
WEAK_WEIGHT = 0.25


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in (*stopwords_for_language("fr"), *_EXTRA_STOP_WORDS))


@lru_cache(maxsize=1)
def french_analyzer() -> Analyzer:
    return (RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)
            | StopFilter(stoplist=stop_words(), minsize=2) | StemFilter(stemmer_for_language("fr"), cachesize=50_000))


@lru_cache(maxsize=1)
def words_analyzer() -> Analyzer:
    """The same words, not stemmed: the base's own spellings, for « vouliez-vous dire »."""
    return (RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)
            | StopFilter(stoplist=stop_words(), minsize=2))


def words(text: str) -> list[str]:
    return [token.text for token in words_analyzer()(text)]


_TOKEN = re.compile(r"\w+")  # the analysers' tokenizer: a word is analysed on its own, whatever surrounds it


def distinct_words(text: str) -> set[str]:
    """`set(words(text))`, each distinct word analysed once (a long text repeats most of its words:
    at 10 000 sheets, half a minute saved on the site's search bundle)."""
    return words_of_tokens(tokens(text))


def tokens(text: str) -> set[str]:
    """The distinct tokens of `text`, as written (what `distinct_words` analyses)."""
    return set(_TOKEN.findall(text))


def words_of_tokens(found_tokens: set[str]) -> set[str]:
    """`distinct_words` of a text whose `tokens` are these."""
    found: set[str] = set()
    found.update(*map(_word, found_tokens))
    return found


@lru_cache(maxsize=200_000)
def _word(token: str) -> tuple[str, ...]:
    return tuple(token.text for token in words_analyzer()(token))


@lru_cache(maxsize=1)
def weak_stems() -> frozenset[str]:
    return frozenset(stem for word in WEAK_WORDS for stem in analyse(word))


def analyse(text: str) -> list[str]:
    """The index tokens of `text`, in order."""
    return [token.text for token in french_analyzer()(text)]
