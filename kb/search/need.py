"""How much of a query's need the best sheet must cover for an answer not to be « nothing good »,
the same for `kb search` and the site's search (kb/site/assets/recherche.js reads these numbers from
relier-requetes.json). Each engine scores on its own scale and says from which score a word matches
a sheet strongly (its STRONG_MATCH).

Calibrated with scripts/search_quality.py on tests/search/judgements.yml and on practitioners'
phrasings outside it (tests/search/hors_echantillon.yml), described in the README's search section."""

from __future__ import annotations

# « Nothing good » when even the best sheet covers, strongly, less than this share of the need...
COVERAGE_MIN = 0.70
# ... less and less from this many words carrying the need: a practitioner's long description of a
# situation holds words no sheet needs (« ce soir », « depuis deux ans », a town) ...
COVERAGE_FROM = 5
COVERAGE_STEP = 0.10
# ... down to this share
COVERAGE_FLOOR = 0.45
# ... and beyond this many words, less again, down to a lower floor: a situation told at length (« remplaçante
# de nuit en foyer, c'est ma première semaine, un gamin de 14 ans n'est pas rentré… ») holds more words no
# sheet needs, and no off-topic query of the judged sets carried more than ten words of need (2026-12-08:
# 630 queries; 26 answerable ones of 11 words or more were told « nothing good », 18 with the right sheet first)
LONG_FROM = 10
LONG_STEP = 0.05
LONG_FLOOR = 0.30


# A word no sheet uses weighs its full IDF in a short query (« recette de la tarte aux pommes »: that
# word is the need, and nothing answers it); in a description of this many words or more, half: a
# practitioner's description holds details no sheet needs (« un fusil », « un scooter », « le gymnase »)
UNKNOWN_FROM = 5
UNKNOWN_WEIGHT = 0.5


def unknown_weight(needed_words: int) -> float:
    """What a word that no sheet uses counts of its IDF, in a query with this many words carrying the need."""
    return UNKNOWN_WEIGHT if needed_words >= UNKNOWN_FROM else 1.0


def coverage_min(needed_words: int) -> float:
    """The share of the need the best sheet must cover strongly, for a query with this many words
    (or known phrases) carrying the need."""
    share = max(COVERAGE_FLOOR, COVERAGE_MIN - COVERAGE_STEP * max(0, needed_words - COVERAGE_FROM))
    return max(LONG_FLOOR, share - LONG_STEP * max(0, needed_words - LONG_FROM))
