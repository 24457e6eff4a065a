"""The one loader: read every sheet once and return a typed Corpus plus diagnostics."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic
from .fileio import Unreadable, read_limited
from .model import (
    TERM_FIELDS, TERM_LIST_FIELDS, Author, Corpus, Module, Relation, Section, Sheet, SheetId, Source,
    SourceInfo, TermId, Vocabulary, parse_date,
)
from .parsing import MAX_FILE_BYTES, decode, parse_sheet_text, parse_yaml, read_source
from .processes import map_files
from .progress import SILENT, Progress
from .vocabularies import load_vocabularies

PRACTICES_DIR = Path("practices")


@dataclass(frozen=True)
class LoadResult:
    corpus: Corpus
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[str, ...]  # every sheet file read, loaded or not
    checked: bool = False   # the per-sheet checks already ran while loading
    modules: tuple[Module, ...] = ()  # the training modules that passed their checks


# A check run on each sheet as it is read: (sheet, project root, vocabularies) -> diagnostics.
PerSheet = Callable[[Sheet, Path, dict[str, Vocabulary]], list[Diagnostic]]


def sheet_paths(root: Path) -> list[Path]:
    """Every sheet file under practices/, in the order of their paths' parts (as `sorted(rglob)`)."""
    return [Path(name) for name in _sheet_files(root)]


def _sheet_files(root: Path) -> list[str]:
    """The .md files under practices/, and every symbolic link to a folder there (never followed: it
    is listed so that it is reported, not silently skipped)."""
    found = []
    for folder, folders, files in os.walk(root / PRACTICES_DIR):
        found.extend(os.path.join(folder, name) for name in files if name.endswith(".md"))
        for name in folders:
            if os.path.islink(os.path.join(folder, name)):  # rare: os.walk has the entry's type already
                found.append(os.path.join(folder, name))
    found.sort(key=lambda name: name.split(os.sep))
    return found


def load(root: Path, extra_paths: Iterable[Path] = (), per_sheet: PerSheet | None = None,
         workers: int | None = None, progress: Progress = SILENT, cached: bool = False) -> LoadResult:
    """Load vocabularies and every sheet under practices/ (plus `extra_paths`), each read once.

    `per_sheet` runs on each sheet where it is read. Large corpora are read by several worker
    processes (one per core), each taking a share of the files. With `cached`, the files unchanged
    since the previous cached load are not read again (kb/sheet_cache.py, in build/cache)."""
    root = root.resolve()
    read_at_ns = time.time_ns()
    vocabularies, diagnostics = load_vocabularies(root)
    paths = sheet_paths(root)
    known = set(paths)
    paths += [p for p in (absolute(q) for q in extra_paths) if p not in known]
    work = functools.partial(read_and_check, root=root, vocabularies=vocabularies, per_sheet=per_sheet)
    sheets: list[Sheet] = []
    if cached:
        from .sheet_cache import SheetCache

        cache = SheetCache(root, getattr(per_sheet, "__qualname__", "") if per_sheet else "")
        readings = cache.map(paths, lambda missing: map_files(missing, work, workers, progress), read_at_ns)
        for sheet, _ in readings:
            if sheet is not None:  # the lines of its keys: found again from its text when a problem needs them
                sheet.source._positions.clear()
        cache.save()
    else:
        readings = map_files(paths, work, workers, progress)
    for sheet, problems in readings:
        diagnostics.extend(problems)
        if sheet is not None:
            sheets.append(sheet)
    corpus = Corpus(root=root, sheets=tuple(sheets), vocabularies=vocabularies, read_at_ns=read_at_ns)
    return LoadResult(corpus, tuple(diagnostics), tuple(relative(p, root) for p in paths), per_sheet is not None)


def read_and_check(path: Path, root: Path, vocabularies: dict[str, Vocabulary],
                   per_sheet: PerSheet | None) -> tuple[Sheet | None, list[Diagnostic]]:
    """A sheet and its problems. A sheet whose front matter has a syntax error is still checked
    (its body, and what could be read of its front matter: one round shows every mistake), but
    not returned."""
    sheet, problems = load_sheet(path, root, keep_broken=per_sheet is not None)
    if sheet is not None and per_sheet is not None:
        problems = problems + per_sheet(sheet, root, vocabularies)
    if sheet is not None and sheet.source.syntax_error:
        return None, problems
    return sheet, problems


# rel path -> (sha1 of the bytes, mtime in ns, size)
FileStamps = dict[str, tuple[str, int, int]]


def scan(root: Path, known: FileStamps | None = None, settled_before_ns: int = 0) -> FileStamps:
    """Every sheet file with the hash of its bytes, without parsing any: what changed since?

    A file listed in `known` with the same modification time and size, older than
    `settled_before_ns` (when `known` was taken, less a margin: a file rewritten within the same
    clock tick keeps its time), is taken to be unchanged and not read again."""
    root = root.resolve()
    prefix = len(str(root)) + 1
    known = known or {}
    stamps: FileStamps = {}
    for name in _sheet_files(root):
        rel = name[prefix:].replace(os.sep, "/")
        try:
            stat = os.lstat(name)
            before = known.get(rel)
            if before is not None and before[1:] == (stat.st_mtime_ns, stat.st_size) and stat.st_mtime_ns < settled_before_ns:
                stamps[rel] = before
                continue
            raw, _ = read_limited(name, MAX_FILE_BYTES)  # never a link, a FIFO, a device or a huge file
            stamps[rel] = (hashlib.sha1(raw).hexdigest(), stat.st_mtime_ns, stat.st_size)
        except (FileNotFoundError, Unreadable):  # removed while we looked, or one `kb check` refuses
            continue
    return stamps


def absolute(path: Path) -> Path:
    """`path` made absolute, its folders' links resolved but not the file itself: a sheet that is a
    symbolic link is reported as such, under its own name."""
    path = Path(os.path.abspath(path))
    return path.parent.resolve() / path.name


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load_sheet(path: Path, root: Path, keep_broken: bool = False) -> tuple[Sheet | None, list[Diagnostic]]:
    """The sheet at `path` and its reading problems; None when it cannot be read, or when its front
    matter has a syntax error, unless `keep_broken` (to check it: see `read_and_check`)."""
    rel = relative(path, root)
    raw, stat, problems = read_source(path, rel)  # stat before reading: a later change shows as a newer time
    if raw is None or stat is None:
        return None, problems
    text, problems = decode(raw, rel)
    if text is None:
        return None, problems
    parsed = parse_sheet_text(text, rel)
    if (parsed.front_matter is None or parsed.syntax_error) and not (keep_broken and parsed.syntax_error):
        return None, parsed.diagnostics
    info = SourceInfo(
        path=path, rel_path=rel, front_matter=parsed.front_matter or {}, syntax_error=parsed.syntax_error,
        body_line=parsed.body_line, content_hash=hashlib.sha1(raw).hexdigest(),
        front_matter_text=parsed.fm_text, front_matter_line=parsed.fm_line, locate=locate_keys,
        file_stamp=(stat.st_mtime_ns, stat.st_size),
    )
    if parsed.positions_known:
        info._positions.update(keys=parsed.key_positions, values=parsed.value_positions)
    return build_sheet(info, parsed.body), parsed.diagnostics


def locate_keys(fm_text: str, fm_line: int) -> tuple[dict, dict]:
    parsed = parse_yaml(fm_text, fm_line, "")
    return parsed.key_positions, parsed.value_positions


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



_HEADING_OR_FENCE = re.compile(r"^(?:##[ \t]+(.+?)[ \t#]*|```.*|~~~.*)$", re.M)


def split_sections(body: str, first_line: int) -> list[Section]:
    """The `##` sections of the body, with the line of each heading (code fences skipped)."""
    sections: list[Section] = []
    current: tuple[str, int, int] | None = None  # title, line, start offset
    in_fence = False
    for match in _HEADING_OR_FENCE.finditer(body):
        if match.group(1) is None:  # a fence
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = first_line + body.count("\n", 0, match.start())
        if current is not None:
            sections.append(Section(current[0], current[1], current[2], match.start()))
        current = (match.group(1).strip(), line, match.end())
    if current is not None:
        sections.append(Section(current[0], current[1], current[2], len(body)))
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
