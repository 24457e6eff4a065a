"""Check identifiers and the typed relations between sheets."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..diagnostics import Diagnostic, error, warning
from ..model import RELATION_VOCABULARY, Sheet, Vocabulary
from ..text import did_you_mean, quote
from .outline import Outline
from .shape import LINK_CODE, missing_sheet


def check_ids(sheets: Sequence[Outline]) -> Iterator[Diagnostic]:
    first_seen: dict[str, Outline] = {}
    for sheet in sheets:
        if not sheet.declared:
            continue
        if sheet.id != sheet.stem:
            yield error(sheet.rel_path, sheet.position(("id",)), "id-fichier",
                        f"id: {quote(sheet.id)} ne correspond pas au nom du fichier {quote(sheet.stem + '.md')} : "
                        f"renommez le fichier en {quote(sheet.id + '.md')} ou écrivez « id: {sheet.stem} »")
        if sheet.id in first_seen:
            other = first_seen[sheet.id]
            yield error(sheet.rel_path, sheet.position(("id",)), "id-double",
                        f"id: {quote(sheet.id)} est déjà l'identifiant de {other.rel_path} : "
                        "choisissez un identifiant unique (et renommez le fichier)")
        else:
            first_seen[sheet.id] = sheet


def check_titles(sheets: Sequence[Outline]) -> Iterator[Diagnostic]:
    """Sheets with the same title (case and accents aside), each told of the others: a copy made to
    pass for another sheet, or two sheets a reader could not tell apart (red team, 2026-12-07: five
    copies of a sheet were accepted)."""
    by_title: dict[str, list[Outline]] = {}
    for sheet in sheets:
        if sheet.title:
            by_title.setdefault(sheet.title, []).append(sheet)
    for group in by_title.values():
        if len(group) < 2:
            continue
        for sheet in sorted(group, key=lambda s: s.rel_path):
            others = [o.rel_path for o in sorted(group, key=lambda s: s.rel_path) if o is not sheet]
            carry = "porte" if len(others) == 1 else "portent"
            yield warning(sheet.rel_path, sheet.position(("titre",)), "titre-double",
                          f"titre : {', '.join(others)} {carry} déjà ce titre : donnez à chaque fiche un titre qui la "
                          "distingue (ou complétez l'autre fiche plutôt que d'en faire une copie)")


def check_relation_targets(sheet: Outline, ids: set[str]) -> Iterator[Diagnostic]:
    """Relations to sheets that do not exist (needs every id: a corpus-wide check)."""
    for index, target in enumerate(sheet.targets):
        if target is not None and target != sheet.id and target not in ids:
            yield error(sheet.rel_path, sheet.position(("relations", index, "cible")), "relation-cible",
                        f"relations[{index + 1}].cible: aucune fiche n'a l'identifiant {quote(target)}"
                        f"{did_you_mean(target, ids)}")


def check_link_targets(sheet: Outline, ids: set[str]) -> Iterator[Diagnostic]:
    """Links of a sheet's body to sheets that do not exist (« [texte](autre-fiche.md) »)."""
    for stem, target, line, column in sheet.links:
        if stem != sheet.id and stem not in ids:
            yield error(sheet.rel_path, (line, column), LINK_CODE, missing_sheet(target, stem, ids))


def check_relations(sheet: Sheet, vocabularies: dict[str, Vocabulary]) -> Iterator[Diagnostic]:
    """What can be said of a sheet's relations on its own: types, self-links, doubles, notes."""
    raw = sheet.source.front_matter.get("relations")
    if not isinstance(raw, list):
        return
    types = vocabularies.get(RELATION_VOCABULARY)
    known_types = set(types.terms) if types else set()
    rel = sheet.source.rel_path
    seen: set[tuple[str, str]] = set()
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            continue
        kind, target = item.get("type"), item.get("cible")
        if isinstance(kind, str) and known_types and kind not in known_types:
            yield error(rel, sheet.source.position(("relations", index, "type")), "relation-type",
                        f"relations[{index + 1}].type: {quote(kind)} n'est pas un type de relation"
                        f"{did_you_mean(kind, sorted(known_types)) or ''} — types possibles : "
                        + ", ".join(sorted(known_types)))
        if isinstance(target, str):
            def position() -> tuple[int, int]:
                return sheet.source.position(("relations", index, "cible"))
            if target == sheet.id:
                yield error(rel, position(), "relation-soi",
                            f"relations[{index + 1}].cible: la fiche ne peut pas être reliée à elle-même")
            if isinstance(kind, str):
                if (kind, target) in seen:
                    yield warning(rel, position(), "relation-double",
                                  f"relations[{index + 1}]: la relation {quote(kind)} vers {quote(target)} est déjà déclarée")
                seen.add((kind, target))
        note = item.get("note")
        if kind == "tension" and not (isinstance(note, str) and note.strip()):
            yield error(rel, sheet.source.position(("relations", index)), "tension-note",
                        f"relations[{index + 1}]: une relation « tension » doit dire dans « note: » "
                        "en quoi les deux logiques s'opposent et pourquoi les deux sont nécessaires")
        if "signe" in item and kind != "retroagit_sur":
            yield warning(rel, sheet.source.position(("relations", index, "signe"), key=True), "valeur",
                          f"relations[{index + 1}].signe: le signe ne sert qu'aux relations « retroagit_sur »")
