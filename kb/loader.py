"""The one loader: read every sheet once and return a typed Corpus plus diagnostics."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic
from .model import (
    TERM_FIELDS, TERM_LIST_FIELDS, Author, Corpus, Relation, Section, Sheet, SheetId, Source,
    SourceInfo, TermId,
)
from .parsing import decode, parse_sheet_text
from .vocabularies import load_vocabularies

PRACTICES_DIR = Path("practices")
_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True)
class LoadResult:
    corpus: Corpus
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[str, ...]  # every sheet file read, loaded or not


def sheet_paths(root: Path) -> list[Path]:
    return sorted((root / PRACTICES_DIR).rglob("*.md"))


def load(root: Path, extra_paths: Iterable[Path] = ()) -> LoadResult:
    """Load vocabularies and every sheet under practices/ (plus `extra_paths`)."""
    root = root.resolve()
    vocabularies, diagnostics = load_vocabularies(root)
    paths = sheet_paths(root)
    known = set(paths)
    paths += [p for p in (q.resolve() for q in extra_paths) if p not in known]
    sheets: list[Sheet] = []
    for path in paths:
        sheet, problems = load_sheet(path, root)
        diagnostics.extend(problems)
        if sheet is not None:
            sheets.append(sheet)
    corpus = Corpus(root=root, sheets=tuple(sheets), vocabularies=vocabularies)
    return LoadResult(corpus, tuple(diagnostics), tuple(relative(p, root) for p in paths))


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load_sheet(path: Path, root: Path) -> tuple[Sheet | None, list[Diagnostic]]:
    rel = relative(path, root)
    raw = path.read_bytes()
    text, problems = decode(raw, rel)
    if text is None:
        return None, problems
    parsed = parse_sheet_text(text, rel)
    if parsed.front_matter is None:
        return None, parsed.diagnostics
    info = SourceInfo(
        path=path, rel_path=rel, front_matter=parsed.front_matter,
        key_positions=parsed.key_positions, value_positions=parsed.value_positions,
        body_line=parsed.body_line, content_hash=hashlib.sha1(raw).hexdigest(),
    )
    return build_sheet(info, parsed.body), parsed.diagnostics


def build_sheet(info: SourceInfo, body: str) -> Sheet:
    """Typed view of the front matter. Tolerant: bad values become empty; checks report them."""
    fm = info.front_matter
    terms: dict[str, tuple[TermId, ...]] = {}
    for key in TERM_LIST_FIELDS:
        terms[key] = tuple(TermId(v) for v in _list(fm.get(key)) if isinstance(v, str))
    for key in TERM_FIELDS:
        terms[key] = (TermId(fm[key]),) if isinstance(fm.get(key), str) else ()
    stem = info.path.stem
    known = {"id", "titre", "resume", "relations", "auteurs", "sources", "date_creation", "date_maj",
             "licence", *TERM_LIST_FIELDS, *TERM_FIELDS}
    return Sheet(
        id=SheetId(fm["id"] if isinstance(fm.get("id"), str) else stem),
        title=_text(fm.get("titre")) or stem,
        summary=_text(fm.get("resume")),
        terms=terms,
        relations=tuple(_relations(fm.get("relations"))),
        authors=tuple(Author(_text(a.get("nom")), _text(a.get("role")) or None,
                             _text(a.get("structure")) or None)
                      for a in _list(fm.get("auteurs")) if isinstance(a, dict)),
        sources=tuple(Source(_text(s.get("titre")), _text(s.get("auteur")) or None,
                             s.get("annee") if isinstance(s.get("annee"), int) else None,
                             _text(s.get("url")) or None)
                      for s in _list(fm.get("sources")) if isinstance(s, dict)),
        created=parse_date(fm.get("date_creation")),
        updated=parse_date(fm.get("date_maj")),
        licence=_text(fm.get("licence")) or "CC-BY-SA-4.0",
        body=body,
        sections=tuple(split_sections(body, info.body_line)),
        source=info,
        extra={k: v for k, v in fm.items() if k not in known},
    )


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def split_sections(body: str, first_line: int) -> list[Section]:
    """The `##` sections of the body, with the line of each heading (code fences skipped)."""
    sections: list[Section] = []
    title: str | None = None
    start = first_line
    lines: list[str] = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            if title is not None:
                sections.append(Section(title, start, "\n".join(lines).strip()))
            title, start, lines = match.group(1).strip(), first_line + offset, []
        elif title is not None:
            lines.append(line)
    if title is not None:
        sections.append(Section(title, start, "\n".join(lines).strip()))
    return sections


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _relations(value: Any) -> Iterable[Relation]:
    for item in _list(value):
        if isinstance(item, dict) and isinstance(item.get("type"), str) and isinstance(item.get("cible"), str):
            sign = item.get("signe")
            yield Relation(item["type"], SheetId(item["cible"]), _text(item.get("note")) or None,
                           str(sign) if sign is not None else None)
