"""Read modules/<id>.yml into typed Modules, with diagnostics for what cannot be read."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, error
from ..loader import locate_keys, relative
from ..model import Author, Module, Sequence, SheetId, SourceInfo, TermId
from ..parsing import MAX_FRONT_MATTER_CHARS, decode, parse_yaml, read_source

MODULES_DIR = Path("modules")
MAX_MODULE_BYTES = MAX_FRONT_MATTER_CHARS * 4
DEFAULT_DAY_START = "09:00"
_DURATION = re.compile(r"^(\d{1,3}) h(?: ([0-5]\d))?$")


def module_paths(root: Path) -> list[Path]:
    folder = root / MODULES_DIR
    return sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")]) if folder.is_dir() else []


def parse_duration(text: str) -> int | None:
    """« 10 h 30 » -> 630 minutes."""
    match = _DURATION.match(text.strip()) if isinstance(text, str) else None
    return int(match.group(1)) * 60 + int(match.group(2) or 0) if match else None


def format_duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def read_module_source(path: Path, root: Path) -> tuple[SourceInfo | None, list[Diagnostic]]:
    """The YAML of one module file, with the position of every key."""
    rel = relative(path, root)
    raw, _, problems = read_source(path, rel, MAX_MODULE_BYTES, "découpez-le en plusieurs modules")
    if raw is None:
        return None, problems
    text, problems = decode(raw, rel)
    if text is None:
        return None, problems
    if len(text) > MAX_MODULE_BYTES:
        return None, [error(rel, (1, 1), "taille", f"le module fait {len(text) // 1024} Ko, plus que les "
                            f"{MAX_MODULE_BYTES // 1024} Ko autorisés : découpez-le en plusieurs modules")]
    parsed = parse_yaml(text, 1, rel)
    if parsed.front_matter is None:
        return None, parsed.diagnostics
    if not isinstance(parsed.front_matter, dict):
        return None, [error(rel, (1, 1), "entete-type",
                            "le module doit être une suite de clés « clé: valeur » (titre:, objectifs:, sequences:…)")]
    info = SourceInfo(path=path, rel_path=rel, front_matter=parsed.front_matter, body_line=1,
                      content_hash=hashlib.sha1(raw).hexdigest(), front_matter_text=text, front_matter_line=1,
                      locate=locate_keys)
    info._positions.update(keys=parsed.key_positions, values=parsed.value_positions)
    return info, parsed.diagnostics


def build_module(info: SourceInfo) -> Module:
    """A Module from front matter that the schema accepted."""
    data: dict[str, Any] = info.front_matter
    texts = lambda key: tuple(str(item) for item in data.get(key) or ())  # noqa: E731
    return Module(
        id=data["id"], title=data["titre"], summary=data.get("resume", ""),
        audience=texts("public_cible"), prerequisites=texts("prerequis"), objectives=texts("objectifs"),
        competences=tuple(TermId(t) for t in data.get("competences_visees") or ()),
        total_minutes=parse_duration(data["duree_totale"]) or 0,
        day_start=data.get("horaire_debut", DEFAULT_DAY_START),
        access=data["modalites_acces"], access_delay=data["delais_acces"], price=data["tarif"],
        contact=data["contact"], methods=texts("methodes"), assessment=texts("modalites_evaluation"),
        accessibility=data["accessibilite_handicap"],
        authors=tuple(Author(a["nom"], a.get("role"), a.get("structure")) for a in data["auteurs"]),
        licence=data["licence"], created=_date(data.get("date_creation")), updated=_date(data.get("date_maj")),
        sequences=tuple(Sequence(
            title=s["titre"], minutes=s["duree_min"], category=TermId(s["categorie"]),
            sheets=tuple(SheetId(i) for i in s.get("fiches") or ()), instructions=s.get("consignes", ""),
            materials=tuple(s.get("supports") or ()), trainer_notes=s.get("notes_formateur", ""),
            day=s.get("jour"), start=s.get("debut")) for s in data["sequences"]),
        source=info,
    )


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
