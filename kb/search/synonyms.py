"""Query expansion from the vocabularies' labels and synonyms (engine-independent).

« ASE » finds « aide sociale à l'enfance », « DPA » finds « développement du pouvoir d'agir »:
every spelling of a term (its label and its synonyms) is an alternative for the others.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from ..model import Vocabulary
from ..text import fold

Tokens = tuple[str, ...]


class SynonymTable:
    def __init__(self, groups: Iterable[Iterable[str]], analyse: Callable[[str], list[str]]) -> None:
        self._alternatives: defaultdict[Tokens, set[Tokens]] = defaultdict(set)
        self.longest = 1
        for group in groups:
            spellings = {tuple(analyse(s)) for s in group}
            spellings.discard(())
            for spelling in spellings:
                self._alternatives[spelling] |= spellings - {spelling}
                self.longest = max(self.longest, len(spelling))

    MAX_ALTERNATIVES = 2

    def alternatives(self, unit: Tokens) -> list[Tokens]:
        """Other spellings of the same term, most specific first, never a mere part of `unit`
        (« domicile » is not an alternative to « visite à domicile »: it would only widen)."""
        found = [alt for alt in self._alternatives.get(unit, ()) if not set(alt) < set(unit)]
        found.sort(key=lambda alt: (-len(alt), alt))
        return found[:self.MAX_ALTERNATIVES]

    def as_mapping(self) -> dict[str, list[str]]:
        """Each known spelling (its words joined by spaces) and its alternatives, for the site's search."""
        return {" ".join(unit): [" ".join(alt) for alt in self.alternatives(unit)]
                for unit in sorted(self._alternatives) if self.alternatives(unit)}

    def expand(self, tokens: list[str]) -> list[tuple[Tokens, list[Tokens]]]:
        """Split a query's tokens into units (longest known spelling first), each with its alternatives."""
        units: list[tuple[Tokens, list[Tokens]]] = []
        index = 0
        while index < len(tokens):
            for size in range(min(self.longest, len(tokens) - index), 0, -1):
                candidate = tuple(tokens[index:index + size])
                if size == 1 or candidate in self._alternatives:
                    units.append((candidate, self.alternatives(candidate)))
                    index += size
                    break
        return units


# Vocabularies whose terms are topics: their « synonyms » are mostly what the topic covers (« deuil »,
# « directives anticipées » under « Fin de vie et deuil »), not other names for one another. A member
# is searched with the topic's name, never with another member (« deuil » is not « directives
# anticipées »); the topic's name is still searched with its members.
TOPICS = {"themes"}


def vocabulary_groups(vocabularies: dict[str, Vocabulary]) -> list[list[str]]:
    groups = []
    for vocabulary in vocabularies.values():
        if vocabulary.name == "situations":  # a situation's words find the sheets it names (kb.search.terms)
            continue
        for term in vocabulary.terms.values():
            label = term.label.split(" — ")
            if vocabulary.name in TOPICS:
                groups.extend([*label, synonym] for synonym in term.synonyms)
                groups.append(label)
                groups.extend(_acronym_pairs(term.synonyms))
            else:
                groups.append([*label, *term.synonyms])
    return groups


_LINKING = {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "par", "pour", "sur"}


def _acronym_pairs(synonyms: Iterable[str]) -> list[list[str]]:
    """Among a topic's members, an acronym and the words it stands for are one name (« ASE », « aide
    sociale à l'enfance »; « RDR », « réduction des risques »)."""
    spelled = list(synonyms)
    pairs = []
    for acronym in spelled:
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        for words in spelled:
            if words != acronym and _stands_for(fold(acronym), re.findall(r"\w+", fold(words))):
                pairs.append([acronym, words])
    return pairs


def _stands_for(acronym: str, words: list[str]) -> bool:
    """The words' initials spell the acronym, each linking word counted or not (« RDRD »: réduction
    des risques et des dommages)."""
    if not words:
        return not acronym
    head, rest = words[0], words[1:]
    if acronym and head[0] == acronym[0] and _stands_for(acronym[1:], rest):
        return True
    return head in _LINKING and _stands_for(acronym, rest)
