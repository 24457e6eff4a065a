"""The typed model of the knowledge base: sheets, vocabularies, the corpus. No I/O here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NewType

SheetId = NewType("SheetId", str)
TermId = NewType("TermId", str)

# Front-matter keys whose values are terms of a controlled vocabulary -> vocabulary name.
# This mapping is the one place where the French keys meet the vocabulary files.
TERM_LIST_FIELDS: dict[str, str] = {
    "publics": "publics",
    "secteurs": "secteurs",
    "modes_intervention": "modes_intervention",
    "concepts": "concepts",
    "themes": "themes",
    "valeurs": "valeurs",
    "competences": "competences",
    "etablissements": "etablissements",
    "savoirs": "savoirs",
}
TERM_FIELDS: dict[str, str] = {
    "type_fiche": "types_fiche",
    "niveau": "niveaux",
    "point_de_vue": "points_de_vue",
    "niveau_preuve": "niveaux_preuve",
    "statut": "statuts",
}
RELATION_VOCABULARY = "relations"

# Body sections, in their required order; True when the section is required.
SECTIONS: tuple[tuple[str, bool], ...] = (
    ("Contexte", True),
    ("Objectifs", True),
    ("Déroulement", True),
    ("Conditions de réussite", False),
    ("Points de vigilance", True),
    ("Évaluation", False),
    ("Paroles de praticiens", False),
    ("Ressources", False),
)

# (line, column), both 1-based, in the source file.
Position = tuple[int, int]
# A path into the front matter: ("relations", 2, "cible").
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Term:
    id: TermId
    label: str
    definition: str
    parent: TermId | None = None
    synonyms: tuple[str, ...] = ()
    see_also: tuple[TermId, ...] = ()
    in_tension_with: tuple[TermId, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    label: str
    description: str
    terms: dict[TermId, Term]
    path: Path

    def __contains__(self, term_id: object) -> bool:
        return term_id in self.terms

    def label_of(self, term_id: str) -> str:
        term = self.terms.get(TermId(term_id))
        return term.label if term else term_id


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Source:
    title: str
    author: str | None = None
    year: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class Relation:
    type: str
    target: SheetId
    note: str | None = None
    sign: str | None = None


@dataclass(frozen=True)
class Section:
    """A `##` section of a sheet's body: its title, the line of its heading, and where its text
    lies in the body (offsets, so that the text is not stored twice)."""

    title: str
    line: int
    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start:self.end].strip()


@dataclass(frozen=True)
class SourceInfo:
    """Where a sheet came from, kept so that diagnostics can point at the right line.

    Positions are found lazily: a clean sheet is read once, fast, and only a sheet with a problem
    to report has its front matter read again with the line of every key (`locate`)."""

    path: Path
    rel_path: str
    front_matter: dict[str, Any]
    body_line: int
    content_hash: str
    front_matter_text: str = ""
    front_matter_line: int = 1
    # (modification time in ns, size) of the file, taken just before it was read
    file_stamp: tuple[int, int] | None = field(default=None, compare=False)
    # the front matter has a YAML syntax error: `front_matter` is a best-effort reading (or empty),
    # good for checking the sheet, never for publishing it
    syntax_error: bool = False
    _positions: dict[str, dict[KeyPath, Position]] = field(default_factory=dict, compare=False, repr=False)
    locate: Callable[[str, int], tuple[dict[KeyPath, Position], dict[KeyPath, Position]]] | None = \
        field(default=None, compare=False, repr=False)

    def _tables(self) -> tuple[dict[KeyPath, Position], dict[KeyPath, Position]]:
        if not self._positions and self.locate is not None:
            keys, values = self.locate(self.front_matter_text, self.front_matter_line)
            self._positions["keys"], self._positions["values"] = keys, values
        return self._positions.get("keys", {}), self._positions.get("values", {})

    def position(self, path: KeyPath, *, key: bool = False) -> Position:
        """Position of the value at `path` (or of its key), else of the nearest ancestor."""
        key_positions, value_positions = self._tables()
        table = key_positions if key else value_positions
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in key_positions:
                return key_positions[probe]
            probe = probe[:-1]
        return (self.front_matter_line, 1) if path else (1, 1)


@dataclass(frozen=True)
class Sheet:
    id: SheetId
    title: str
    summary: str
    terms: dict[str, tuple[TermId, ...]]
    relations: tuple[Relation, ...]
    authors: tuple[Author, ...]
    sources: tuple[Source, ...]
    created: dt.date | None
    updated: dt.date | None
    licence: str
    body: str
    sections: tuple[Section, ...]
    source: SourceInfo
    extra: dict[str, Any] = field(default_factory=dict)

    def term(self, field_name: str) -> TermId | None:
        values = self.terms.get(field_name, ())
        return values[0] if values else None


@dataclass(frozen=True)
class Review:
    """A review that really took place: who, in what role, when, with what opinion."""

    name: str
    role: str
    date: dt.date | None
    opinion: str  # favorable, favorable_avec_reserves, defavorable
    organisation: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class Provenance:
    """Where a sheet's content comes from and how far it can be trusted: its reviews, the dates
    of its legal check and of its next review, the nature of its « Paroles de praticiens »
    (composite written by the editors, or consented quotes), and the backing of its evidence level."""

    reviews: tuple[Review, ...] = ()
    legal_checked: dt.date | None = None
    review_due: dt.date | None = None
    quotes_nature: str | None = None  # composite, temoignage, or None when undeclared
    evidence_backing: str | None = None
    evidence_effect: str | None = None  # positif, mitige, sans_effet_demontre (for evaluee)


@dataclass(frozen=True)
class Corpus:
    root: Path
    sheets: tuple[Sheet, ...]
    vocabularies: dict[str, Vocabulary]
    read_at_ns: int = field(default=0, compare=False)  # when the loader started reading the files

    def by_id(self) -> dict[SheetId, Sheet]:
        index: dict[SheetId, Sheet] = {}
        for sheet in self.sheets:
            index.setdefault(sheet.id, sheet)
        return index


@dataclass(frozen=True)
class Sequence:
    """One timed part of a training module."""

    title: str
    minutes: int
    category: TermId
    sheets: tuple[SheetId, ...] = ()
    instructions: str = ""
    materials: tuple[str, ...] = ()
    trainer_notes: str = ""
    day: int | None = None     # a new day starts here
    start: str | None = None   # "HH:MM": a fixed start time (after the lunch break)


@dataclass(frozen=True)
class Module:
    """A training module (modules/<id>.yml): what a French training programme must publish
    (Qualiopi, indicator 1), then its sequences in order."""

    id: str
    title: str
    summary: str
    audience: tuple[str, ...]
    prerequisites: tuple[str, ...]
    objectives: tuple[str, ...]
    competences: tuple[TermId, ...]
    total_minutes: int
    day_start: str
    access: str
    access_delay: str
    price: str
    contact: str
    methods: tuple[str, ...]
    assessment: tuple[str, ...]
    accessibility: str
    authors: tuple[Author, ...]
    licence: str
    created: dt.date | None
    updated: dt.date | None
    sequences: tuple[Sequence, ...]
    source: SourceInfo

    @property
    def break_minutes(self) -> int:
        """The time of the breaks (sequences of the category « pause »)."""
        return sum(sequence.minutes for sequence in self.sequences if sequence.category == "pause")

    @property
    def training_minutes(self) -> int:
        """The training time proper: every sequence but the breaks."""
        return sum(sequence.minutes for sequence in self.sequences if sequence.category != "pause")

    def sheet_ids(self) -> list[SheetId]:
        """The module's sheets, once each, in the order they are first worked on."""
        seen: dict[SheetId, None] = {}
        for sequence in self.sequences:
            for sheet_id in sequence.sheets:
                seen.setdefault(sheet_id, None)
        return list(seen)


def parse_date(value: Any) -> dt.date | None:
    """A front-matter date (YAML gives a date; a quoted one is a string), or None when it is not one."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
