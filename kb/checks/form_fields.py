"""A person's identity copied from a form or a patient record: « Nom d'usage : PELLETIER »,
« Prénom : Aurélien », « Nom, prénom : KONATÉ Awa ». A template's blanks (« Nom : …… », « Prénom :
[à compléter] ») and the names of services or documents (« Nom : Accueil de jour ») pass."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding
from .names import NOT_SURNAMES, SENTENCE_WORDS

# the label at the head of a line (a list item, a table cell or a quotation may come first); a YAML
# key in lower case is a field of the sheet (« nom: » of an author), except a first name's
_LABEL = re.compile(
    r"(?m)^[ \t>|*_+-]*(?:\*\*|__)?"
    r"(?P<label>(?:Nom|NOM)(?:\s+(?:d['’]usage|de\s+naissance|de\s+famille|marital|patronymique|de\s+jeune\s+fille)"
    r"|\s*(?:,|et|/)\s*[Pp]r[ée]noms?)?|(?:Pr[ée]noms?|PR[ÉE]NOMS?|pr[ée]noms?)(?:\s*(?:,|et|/)\s*(?:[Nn]om|NOM))?)"
    r"(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*"
    r"(?P<value>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,3})"
    # a name ends its line or its cell, or a comma, a bracket or a date follows it (« Nom : Accueil de jour »: a phrase)
    r"(?=[ \t]*(?:$|[,;|()*_/]|[-–—][ \t]|[ \t](?:n[ée]e?\b|\d)))")
# what a template or a document writes there, not a person's name
_PLACEHOLDERS = frozenset("""
NOM PRÉNOM PRENOM Nom Prénom Prenom X XX XXX Y Z NC NR Inconnu Inconnue Anonyme Anonymisé Anonymisée Néant
""".split())


def form_field_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    line_lo = text.rfind("\n", 0, lo) + 1  # the label heads its line
    for match in _LABEL.finditer(text, line_lo, hi):
        words = match.group("value").split()
        first = words[0]
        if first in _PLACEHOLDERS or first in SENTENCE_WORDS or first in NOT_SURNAMES:
            continue
        yield Finding("donnee-nom", match.start("value"), match.end("value"), "un nom ou un prénom recopié d'un formulaire",
                      "retirez l'identité ; gardez ce qui sert la pratique (« un homme de 40 ans, hospitalisé sous contrainte »)")
