"""The French language's words, so that « vouliez-vous dire » leaves alone a word that is simply
not in the base (« cutter » is no typo for « clutter », « vœux » none for « vieux »).

kb/data/mots-francais.txt.xz (scripts/make_french_words.py) holds 322 775 words and their inflected
forms, folded, of spelling.MIN_LENGTH letters or more. kb search reads it here; the site's search
fetches it in small parts, by the words' first letters, only when a word it would correct may
be one of them (site_parts, kb/site/assets/recherche.js)."""

from __future__ import annotations

import functools
import json

from ..french_words import _words, french_words, is_french  # noqa: F401 (kb search's words are these)

SITE_DIR = "assets/relier/mots-francais"  # inside the site
PART_CHARS = 24_000  # a part the site fetches for one word: split by one more letter beyond this


def inflected(word: str, other: str) -> bool:
    """One word is the other with a letter more at its end, or another last letter: a form of the
    same word more often than not (« entretient » / « entretien », « radie » / « radier »)."""
    short, long = sorted((word, other), key=len)
    return (len(long) == len(short) + 1 and long.startswith(short)) or (
        len(long) == len(short) and long[:-1] == short[:-1])


@functools.cache
def site_parts() -> dict[str, str]:
    """The words as the site fetches them: file name -> content. `index.json` lists the parts'
    prefixes (two letters, more where a part would outgrow PART_CHARS); each part `<prefix>.json`
    is one JSON string, its words without the prefix, separated by spaces."""
    parts: dict[str, list[str]] = {}

    def split(prefix: str, words: list[str]) -> None:
        if sum(len(word) + 1 for word in words) - len(prefix) * len(words) <= PART_CHARS or len(prefix) >= 6:
            parts[prefix] = words
            return
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault(word[:len(prefix) + 1], []).append(word)
        for longer, group in groups.items():
            split(longer, group)

    by_two: dict[str, list[str]] = {}
    for word in _words():
        if word[:2].isascii() and word[:2].isalpha():  # a file name of letters a-z
            by_two.setdefault(word[:2], []).append(word)
    for prefix, words in by_two.items():
        split(prefix, words)
    files = {f"{prefix}.json": json.dumps(" ".join(word[len(prefix):] for word in words), ensure_ascii=False)
             for prefix, words in parts.items()}
    files["index.json"] = json.dumps(sorted(parts), separators=(",", ":"))
    return files
