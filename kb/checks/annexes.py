"""Check a sheet's annexes: each declared file lies in annexes/ (no link, bounded size), an
official document names its exact source, a Relier tool carries the collective's licence, and
the annex's text passes the same personal-data and unsafe-content checks as a sheet's body."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from ..annexes import ANNEXES_DIR, RELIER_LICENCE, annexes_of, placement_problem, read_annex
from ..diagnostics import Diagnostic, error, warning
from ..loader import sheet_paths
from ..model import Sheet
from .hand_pages import DOCS
from .privacy import check_privacy
from .shape import check_linked_files, check_shape
from .unsafe import check_unsafe


def check_annexes(sheet: Sheet, root: Path) -> Iterator[Diagnostic]:
    rel = sheet.source.rel_path
    seen: set[str] = set()
    for annex in annexes_of(sheet):
        where = ("annexes", annex.index)
        if annex.nature == "officiel" and not annex.source:
            yield error(rel, sheet.source.position(where + ("nature",)), "annexe",
                        f"annexes[{annex.index + 1}]: un document officiel se reproduit avec sa source exacte : "
                        "ajoutez « source: » (texte ou document, auteur, date, adresse) ; s'il ne s'agit pas d'un "
                        "texte légal ou d'un document sous licence ouverte, ne le reproduisez pas et citez-le "
                        "plutôt sous « sources: »")
        if annex.nature == "relier" and annex.licence and annex.licence != RELIER_LICENCE:
            yield error(rel, sheet.source.position(where + ("licence",)), "annexe",
                        f"annexes[{annex.index + 1}].licence: un outil du collectif Relier est publié sous "
                        f"« {RELIER_LICENCE} », comme les fiches : corrigez la licence")
        if not annex.file or annex.file in seen:
            if annex.file:
                yield error(rel, sheet.source.position(where + ("fichier",)), "annexe",
                            f"annexes[{annex.index + 1}].fichier: « {annex.file} » est déjà déclaré par cette "
                            "fiche : retirez le doublon")
            continue
        seen.add(annex.file)
        problem = placement_problem(root, annex.file)
        if problem is not None:
            yield error(rel, sheet.source.position(where + ("fichier",)), "annexe",
                        f"annexes[{annex.index + 1}].fichier: « {annex.file} » : {problem}")
            continue
        yield from check_annex_file(root, annex.file)


def check_annex_file(root: Path, file: str) -> Iterator[Diagnostic]:
    """An annex's own text (`file` relative to the root, already placed): size, encoding, personal
    data, unsafe content, links — the checks a sheet's body gets. Also what `kb check annexes/x.md` runs."""
    text, problems = read_annex(root, file)
    yield from problems
    if text is not None:
        yield from check_privacy(file, [(text, 1)])
        yield from check_unsafe(file, [(text, 1)])
        yield from check_shape(file, [(text, 1)])
        if "](" in text or "]:" in text or "<" in text:  # published at annexes/<nom>/ (kb/site/annex_pages.py)
            yield from check_linked_files(file, text, 1, f"{ANNEXES_DIR.name}/{PurePosixPath(file).stem}",
                                          root / DOCS, functools.cache(lambda: sheet_ids(root)))


def check_unattached_annexes(root: Path, declared: Iterable[str]) -> Iterator[Diagnostic]:
    """A file of annexes/ that no sheet declares is published nowhere, yet public in the repository:
    a warning, and the checks of its text all the same."""
    folder = root / ANNEXES_DIR
    if not folder.is_dir() or os.path.islink(folder):
        return
    known = set(declared)
    for path in sorted(folder.iterdir()):
        rel = f"{ANNEXES_DIR.name}/{path.name}"
        if rel in known or path.name.startswith("."):
            continue
        yield warning(rel, (1, 1), "annexe",
                      "cette annexe n'est rattachée à aucune fiche : déclarez-la sous « annexes: » dans l'en-tête "
                      "de la fiche qui s'en sert (voir CONTRIBUTING.md, « Les outils et annexes »), ou retirez-la")
        if path.suffix == ".md" and not os.path.islink(path) and path.is_file():
            yield from check_annex_file(root, rel)


def sheet_ids(root: Path) -> set[str]:
    """The sheets' identifiers, as their files name them (kb check makes sure the two agree): a walk of
    practices/, made only for a text that links to a sheet."""
    return {path.stem for path in sheet_paths(root)}
