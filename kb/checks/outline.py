"""What the corpus-wide checks need of one sheet — its file, its id, its relations' targets — as a
few strings: cheap to send back from the worker processes that read and check the sheets
(sending whole sheets back cost `kb check` more than a second at 10 000 sheets)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..annexes import annexes_of
from ..loader import locate_keys
from ..model import KeyPath, Position, Sheet, SourceInfo
from ..text import fold
from .shape import sheet_links


@dataclass(frozen=True)
class Outline:
    path: str
    rel_path: str
    id: str                      # the sheet's id: its front matter's, else its file name
    declared: bool               # the front matter has an `id` that is text
    targets: tuple[str | None, ...]  # relations[i].cible, None where it is not a text
    prerequisites: tuple[str, ...]   # the targets of its `prerequis` relations
    front_matter_text: str
    front_matter_line: int
    annexes: tuple[str, ...] = ()    # the annex files it declares
    title: str = ""                  # its title, folded (case, accents, spaces): to find a copy of another
    links: tuple[tuple[str, str, int, int], ...] = ()  # (sheet, target, line, column) of its body's links to sheets

    @property
    def stem(self) -> str:
        return Path(self.path).stem

    def position(self, key_path: KeyPath) -> Position:
        """Where a value is: the front matter is read again, only for a sheet with something to report."""
        source = SourceInfo(Path(self.path), self.rel_path, {}, 0, "", self.front_matter_text,
                            self.front_matter_line, locate=locate_keys)
        return source.position(key_path)


def outline_of(sheet: Sheet) -> Outline:
    source = sheet.source
    raw = source.front_matter.get("relations")
    items = raw if isinstance(raw, list) else []
    targets = tuple(item.get("cible") if isinstance(item, dict) and isinstance(item.get("cible"), str) else None
                    for item in items)
    return Outline(
        path=str(source.path), rel_path=source.rel_path, id=sheet.id,
        declared=isinstance(source.front_matter.get("id"), str), targets=targets,
        prerequisites=tuple(r.target for r in sheet.relations if r.type == "prerequis"),
        front_matter_text=source.front_matter_text, front_matter_line=source.front_matter_line,
        annexes=tuple(annex.file for annex in annexes_of(sheet) if annex.file),
        title=" ".join(fold(sheet.title).split()) if isinstance(sheet.title, str) else "",
        links=sheet_links(sheet.body, source.body_line, sheet.id),
    )
