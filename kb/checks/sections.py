"""Check the body: required `##` sections, their order, leftover template text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, error, warning
from ..model import SECTIONS, Sheet
from ..text import did_you_mean, heading_key, quote

_CANONICAL = {heading_key(title): title for title, _ in SECTIONS}
_ORDER = {title: index for index, (title, _) in enumerate(SECTIONS)}
_REQUIRED = dict(SECTIONS)
# The template's placeholders start with « À compléter » (prose may say « un dossier à compléter »)
PLACEHOLDER = re.compile(r"^\W*[àaÀA] compl[ée]ter\b")


def _canonical(heading: str) -> str | None:
    """The template's title for a `##` heading written with other accents, case or a colon."""
    return _CANONICAL.get(heading_key(heading))


def check_sections(sheet: Sheet) -> Iterator[Diagnostic]:
    rel = sheet.source.rel_path
    found: dict[str, int] = {}
    last_rank = -1
    unfinished = []
    for section in sheet.sections:
        title = _canonical(section.title)
        if title is None:
            yield warning(rel, (section.line, 1), "section-inconnue",
                          f"la section {quote(section.title)} n'est pas prévue par le modèle"
                          f"{did_you_mean(section.title, [t for t, _ in SECTIONS])} — sections possibles : "
                          + ", ".join(t for t, _ in SECTIONS))
            continue
        if title in found:
            yield warning(rel, (section.line, 1), "section-ordre",
                          f"la section {quote(title)} apparaît deux fois (déjà ligne {found[title]})")
            continue
        found[title] = section.line
        rank = _ORDER[title]
        if rank < last_rank:
            yield warning(rel, (section.line, 1), "section-ordre",
                          f"la section {quote(title)} devrait venir plus haut : l'ordre attendu est "
                          + ", ".join(t for t, _ in SECTIONS))
        last_rank = max(last_rank, rank)
        required = _REQUIRED[title]
        text = section.text(sheet.body)
        if required and not text:
            yield error(rel, (section.line, 1), "section-vide",
                        f"la section obligatoire {quote(title)} est vide : écrivez quelques lignes")
        if PLACEHOLDER.match(text):
            unfinished.append(section)
    if unfinished:
        names = ", ".join(quote(s.title) for s in unfinished)
        yield warning(rel, (unfinished[0].line, 1), "a-completer",
                      f"texte « À compléter » du modèle encore présent dans {len(unfinished)} section(s) : {names}")
    for title, required in SECTIONS:
        if required and title not in found:
            yield error(rel, (sheet.source.body_line, 1), "section-manquante",
                        f"la section obligatoire « ## {title} » manque : ajoutez un titre « ## {title} » "
                        "suivi de quelques lignes")
