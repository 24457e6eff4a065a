"""How a query's need is weighed against a sheet, the same for `kb search` and the site's search
(kb/site/assets/recherche.js reads these numbers from relier-requetes.json). Each engine scores on
its own scale and says from which score a word matches a sheet strongly (its STRONG_MATCH).

Calibrated with scripts/search_quality.py on tests/search/judgements.yml and on two sets of
practitioner phrasings written after the fact (one by a helper that saw neither the engine nor
the judged set), described in the README's search section."""

from __future__ import annotations

# In kb search, a word counts fully in a sheet's share of the query once it matches there FULL_MATCH
# times as strongly as « strongly » (in the title or summary, or all through the body), in proportion
# below: a sheet about something else that uses one of the words once in passing does not pass for
# one that covers the question. A match in the terms alone (the long list of a sheet's tags and their
# synonyms) counts in part: measured better on practitioners' phrasings than counting it fully.
# (The site counts every match fully: on Pagefind's scores the proportional rule lost more than it
# gained on those phrasings.)
FULL_MATCH = 2.0

# « Nothing good » when even the best sheet covers, strongly, less than this share of the need...
COVERAGE_MIN = 0.70
# ... less and less from this many words carrying the need: a practitioner's long description of a
# situation holds words no sheet needs (« ce soir », « depuis deux ans », a town) ...
COVERAGE_FROM = 4
COVERAGE_STEP = 0.08
# ... down to this share
COVERAGE_FLOOR = 0.45


def coverage_min(needed_words: int) -> float:
    """The share of the need the best sheet must cover strongly, for a query with this many words
    (or known phrases) carrying the need."""
    return max(COVERAGE_FLOOR, COVERAGE_MIN - COVERAGE_STEP * max(0, needed_words - COVERAGE_FROM))


def share(strengths: list[float], weights: list[float]) -> float:
    """A sheet's weighted share of the query's units, from how fully it matches each (0 to 1)."""
    return sum(weight * strength for strength, weight in zip(strengths, weights)) / sum(weights)


def strength(score: float, strong: float) -> float:
    """How fully a sheet matches a unit, from its score on an engine whose strong matches score `strong`."""
    return min(1.0, score / (FULL_MATCH * strong))
