"""Checks across keys of one sheet: dates, ages, sources, leftover template text."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, error, warning
from ..model import Sheet
from .sections import PLACEHOLDER


def check_consistency(sheet: Sheet) -> Iterator[Diagnostic]:
    fm = sheet.source.front_matter
    rel = sheet.source.rel_path
    if sheet.created and sheet.updated and sheet.updated < sheet.created:
        yield error(rel, sheet.source.position(("date_maj",)), "date",
                    f"date_maj: la mise à jour ({sheet.updated}) précède la création ({sheet.created})")
    age_min, age_max = fm.get("age_min"), fm.get("age_max")
    if isinstance(age_min, int) and isinstance(age_max, int) and age_min > age_max:
        yield error(rel, sheet.source.position(("age_max",)), "valeur",
                    f"age_max: l'âge maximal ({age_max}) est inférieur à l'âge minimal ({age_min})")
    if not fm.get("sources"):
        yield warning(rel, sheet.source.position(("sources",), key=True) if "sources" in fm else (1, 1),
                      "sans-source",
                      "la fiche ne cite aucune source : ajoutez sous « sources: » au moins une référence "
                      "réelle (recommandation, ouvrage, texte officiel)")
    for key in ("titre", "resume"):
        value = fm.get(key)
        if not isinstance(value, str):
            continue
        shown = value.replace("\n", "").replace("\r", "") if key == "resume" else value
        hidden = None if shown.isprintable() else next(char for char in shown if not char.isprintable())
        if hidden is not None:  # a line break in a title wrote a heading into the page; a private-use character
            what = "un saut de ligne" if hidden in "\n\r\u2028\u2029" else f"un caractère invisible (U+{ord(hidden):04X})"
            yield error(rel, sheet.source.position((key,)), "valeur",  # pulled the page's own blocks into it
                        f"{key}: le texte contient {what} : écrivez-le sur une ligne, en caractères visibles "
                        "(retapez-le plutôt que de le copier-coller)")
        elif key == "titre" and not any(char.isalnum() for char in value):
            yield error(rel, sheet.source.position((key,)), "valeur",
                        "titre: le titre ne contient ni lettre ni chiffre : écrivez le nom de la pratique")
        if PLACEHOLDER.match(value):
            yield warning(rel, sheet.source.position((key,)), "a-completer",
                          f"{key}: le texte « À compléter » du modèle est resté en place")
