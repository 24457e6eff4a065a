"""A sheet's annexes: the working tools it mentions (a grid, a template, an interview guide),
supplied as Markdown files under annexes/ and declared in the sheet's front matter:

    annexes:
      - titre: "Légende des symboles du génogramme"
        fichier: annexes/genogramme-legende.md
        nature: relier          # or officiel
        licence: CC-BY-SA-4.0
        source: "…"             # required for « officiel »: the exact public document reproduced

Read here once, shared by the checks, the site and the exports (inputs layer: no site code here).
An annex file is a plain Markdown body, without front matter; what it is lives in the sheet."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .diagnostics import Diagnostic
from .fileio import os_reason
from .model import Sheet, SheetId
from .parsing import decode, read_source

ANNEXES_DIR = Path("annexes")
MAX_ANNEX_BYTES = 128 * 1024
RELIER_LICENCE = "CC-BY-SA-4.0"
MAX_NAME = 100
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.md")  # as the schema's pattern: no control character, no odd name

# nature -> the banner a reader sees above the annex
NATURES = {
    "relier": "Outil proposé par le collectif Relier, à adapter à votre service.",
    "officiel": "Document officiel",
}


@dataclass(frozen=True)
class Annex:
    """One entry of a sheet's `annexes:` list. Tolerant: a value of the wrong shape reads as empty
    (the schema check reports it)."""

    index: int
    title: str
    file: str
    nature: str
    licence: str
    source: str | None = None

    @property
    def slug(self) -> str:
        """`annexes/grille-vad.md` -> `grille-vad`: the page lives at /annexes/<slug>/."""
        return PurePosixPath(self.file).stem


@dataclass(frozen=True)
class AnnexDocument:
    """An annex as published: its first declaration (title, nature, source, licence), its text,
    and the sheets that attach it."""

    annex: Annex
    text: str
    sheets: tuple[SheetId, ...]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def annexes_of(sheet: Sheet) -> tuple[Annex, ...]:
    found = []
    items = sheet.source.front_matter.get("annexes")
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            found.append(Annex(index=index, title=_text(item.get("titre")), file=_text(item.get("fichier")),
                               nature=_text(item.get("nature")), licence=_text(item.get("licence")),
                               source=_text(item.get("source")) or None))
    return tuple(found)


def placement_problem(root: Path, file: str) -> str | None:
    """Why `file` (as written in the front matter) is not an annex that can be published, in
    French; None when it lies, as a plain Markdown file, directly in annexes/ (no link on the way)."""
    path = PurePosixPath(file)
    if path.is_absolute() or ".." in path.parts or len(path.parts) != 2 or path.parts[0] != ANNEXES_DIR.name:
        return "le chemin doit désigner un fichier placé directement dans le dossier « annexes/ », par exemple « annexes/grille-vad.md »"
    if path.suffix != ".md":
        return "une annexe est un fichier Markdown (« .md ») : lisible, imprimable et comparable d'une version à l'autre"
    if not _NAME.fullmatch(path.name) or len(path.name) > MAX_NAME:
        return (f"nommez le fichier en minuscules sans accents, chiffres et tirets ({MAX_NAME} caractères au plus), "
                "par exemple « annexes/grille-vad.md »")
    folder = root / ANNEXES_DIR
    try:
        if os.path.islink(folder):
            return "le dossier « annexes/ » est un lien symbolique, jamais suivi : remplacez-le par un vrai dossier"
        target = folder / path.name
        if os.path.islink(target):
            return ("c'est un lien symbolique, jamais suivi (il pourrait désigner un fichier hors du dépôt) : "
                    "placez le fichier lui-même dans « annexes/ »")
        if not target.exists():
            return "ce fichier n'existe pas : créez-le dans « annexes/ » ou corrigez le nom"
        if not target.is_file():
            return "ce n'est pas un fichier : indiquez un fichier Markdown de « annexes/ »"
    except OSError as exc:
        return f"ce fichier ne peut pas être lu ({os_reason(exc)})"
    return None


def read_annex(root: Path, file: str) -> tuple[str | None, list[Diagnostic]]:
    """The text of an annex already placed (see `placement_problem`), or the problems that keep it
    from being read (size, encoding), reported on the annex file itself."""
    raw, _, problems = read_source(root / file, file, MAX_ANNEX_BYTES,
                                   "découpez l'annexe en plusieurs annexes plus courtes")
    if raw is None:
        return None, problems
    text, problems = decode(raw, file)
    return text, problems


def collect_annexes(root: Path, sheets: tuple[Sheet, ...] | list[Sheet]) -> list[AnnexDocument]:
    """Every annex that can be published, once, with the sheets that attach it, in file order.
    An annex that is misplaced or unreadable is left out (`kb check` reports it)."""
    declared: dict[str, Annex] = {}
    attached: dict[str, list[SheetId]] = {}
    for sheet in sheets:
        for annex in annexes_of(sheet):
            if not annex.file:
                continue
            declared.setdefault(annex.file, annex)
            if sheet.id not in attached.setdefault(annex.file, []):
                attached[annex.file].append(sheet.id)
    documents = []
    for file in sorted(declared):
        if placement_problem(root, file) is not None:
            continue
        text, _ = read_annex(root, file)
        if text is not None:
            documents.append(AnnexDocument(declared[file], text, tuple(attached[file])))
    return documents


_BOX = re.compile(r"\[ \]")


def annex_body(document: AnnexDocument) -> str:
    """The annex's Markdown as published (site and booklet): without its own « # Titre » (the page
    or the booklet gives it one), and « [ ] » (a box to tick, in a list or a table) as a printable ☐."""
    text = document.text.lstrip()
    if text.startswith("# "):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return _BOX.sub("☐", text).strip() + "\n"


def nature_words(document: AnnexDocument) -> str:
    """What the annex is, in one plain sentence (the site's banner says it with links and emphasis)."""
    annex = document.annex
    if annex.nature == "officiel":
        return f"{NATURES['officiel']} : source : {annex.source or 'non indiquée'}. Licence : {annex.licence}."
    return f"{NATURES['relier']} Ce n'est pas un document officiel (licence {annex.licence})."
