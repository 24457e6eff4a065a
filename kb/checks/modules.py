"""`kb check` for training modules (modules/*.yml): the schema, the vocabularies, the sheets they
use, the total duration, the order of prerequisites, and the same safety checks as sheets."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..diagnostics import Diagnostic, error, warning
from ..model import Module, SourceInfo, Vocabulary
from ..text import did_you_mean, quote
from ..training.loader import build_module, format_duration, parse_duration, read_module_source
from ..training.schedule import schedule
from .privacy import check_privacy
from .schema import check_schema, validator_for
from .unsafe import check_fields

MODULE_SCHEMA_PATH = Path("schemas") / "module.schema.json"
# sheet id -> the sheets it supposes first (its `prerequis` relations); asked only for the
# sheets a module uses
Prerequisites = Callable[[str], set[str]]
MODULE_MODEL = "modèle de module"
# module key -> vocabulary; for sequences, the key of each sequence
MODULE_TERMS = {"competences_visees": "competences"}
SEQUENCE_TERMS = {"categorie": "categories_sequence"}


def load_and_check_modules(root: Path, paths: Iterable[Path], vocabularies: dict[str, Vocabulary],
                           sheet_ids: set[str], prerequisites: Prerequisites
                           ) -> tuple[list[Module], list[Diagnostic]]:
    """Read and check module files. `prerequisites(id)`: the sheets that sheet supposes first."""
    validator = validator_for(root / MODULE_SCHEMA_PATH) if (root / MODULE_SCHEMA_PATH).is_file() else None
    modules, diagnostics = [], []
    for path in paths:
        info, problems = read_module_source(path, root)
        diagnostics.extend(problems)
        if info is None:
            continue
        diagnostics.extend(check_privacy(info.rel_path, [(info.front_matter_text, 1)]))
        diagnostics.extend(check_fields(info.rel_path, info.front_matter, info.position))
        if validator is None:
            diagnostics.append(error(info.rel_path, (1, 1), "vocabulaire-fichier",
                                     f"{MODULE_SCHEMA_PATH.as_posix()} est introuvable : impossible de vérifier le module"))
            continue
        schema_problems = list(check_schema(info, validator, MODULE_MODEL))
        diagnostics.extend(schema_problems)
        if any(d.is_error for d in schema_problems):
            continue
        module = build_module(info)
        found = list(check_module(module, vocabularies, sheet_ids, prerequisites))
        diagnostics.extend(found)
        if not any(d.is_error for d in found):
            modules.append(module)
    return modules, diagnostics


def check_module(module: Module, vocabularies: dict[str, Vocabulary], sheet_ids: set[str],
                 prerequisites: Prerequisites) -> Iterator[Diagnostic]:
    source = module.source
    rel = source.rel_path
    if source.path.stem != module.id:
        yield error(rel, source.position(("id",)), "id-fichier",
                    f"id: « {module.id} » ne correspond pas au nom du fichier : renommez le fichier en "
                    f"{module.id}.yml ou corrigez l'identifiant en « {source.path.stem} »")
    yield from _terms(source, vocabularies)
    for index, sequence in enumerate(module.sequences):
        for position, sheet_id in enumerate(sequence.sheets):
            if sheet_id not in sheet_ids:
                yield error(rel, source.position(("sequences", index, "fiches", position)), "module-fiche",
                            f"sequences[{index + 1}].fiches: la fiche « {sheet_id} » n'existe pas"
                            f"{did_you_mean(sheet_id, sorted(sheet_ids))} — indiquez l'identifiant d'une fiche "
                            "de practices/")
    total = sum(sequence.minutes for sequence in module.sequences)
    if total != module.total_minutes:
        yield error(rel, source.position(("duree_totale",)), "module-duree",
                    f"duree_totale: « {source.front_matter['duree_totale']} » annoncées, mais les séquences "
                    f"durent en tout {format_duration(total)} ({total} min) : corrigez l'une ou l'autre "
                    "(la pause déjeuner n'est pas une séquence)")
    training = parse_duration(str(source.front_matter.get("duree_formation") or ""))
    if training is not None and training != module.training_minutes:
        yield error(rel, source.position(("duree_formation",)), "module-duree",
                    f"duree_formation: « {source.front_matter['duree_formation']} » annoncées, mais les séquences "
                    f"hors pauses durent {format_duration(module.training_minutes)} : corrigez l'une ou l'autre")
    yield from _order(module, prerequisites)
    for slot in schedule(module):
        if slot.late:
            yield warning(rel, source.position(("sequences", slot.index, "debut")), "module-horaire",
                          f"sequences[{slot.index + 1}].debut: la séquence devrait commencer à {slot.sequence.start}, "
                          f"mais la précédente finit à {slot.start_text} : raccourcissez les séquences d'avant "
                          "ou décalez l'horaire")


def _terms(source: SourceInfo, vocabularies: dict[str, Vocabulary]) -> Iterator[Diagnostic]:
    data = source.front_matter
    places = [((key,), value, name) for key, name in MODULE_TERMS.items() for value in [data.get(key)]]
    for index, sequence in enumerate(data.get("sequences") or ()):
        places += [(("sequences", index, key), sequence.get(key), name) for key, name in SEQUENCE_TERMS.items()]
    for path, value, name in places:
        vocabulary = vocabularies.get(name)
        if vocabulary is None or value is None:
            continue
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for position, term in items:
            if term in vocabulary.terms:
                continue
            where = path if position is None else (*path, position)
            label = ".".join(str(p + 1) if isinstance(p, int) else p for p in path)
            hint = did_you_mean(str(term), list(vocabulary.terms)) or (" — termes possibles : " + ", ".join(vocabulary.terms))
            yield error(source.rel_path, source.position(where), "vocabulaire",
                        f"{label}: {quote(term)} n'est pas un terme connu{hint}")


def _order(module: Module, prerequisites: Prerequisites) -> Iterator[Diagnostic]:
    """A sheet worked on before a sheet it supposes (relation `prerequis`) is a warning."""
    first_seen: dict[str, int] = {}
    for index, sequence in enumerate(module.sequences):
        for sheet_id in sequence.sheets:
            first_seen.setdefault(sheet_id, index)
    for sheet_id, index in first_seen.items():
        for needed in sorted(prerequisites(sheet_id)):
            if needed in first_seen and first_seen[needed] > index:
                position = module.sequences[index].sheets.index(sheet_id)
                yield warning(module.source.rel_path, module.source.position(("sequences", index, "fiches", position)),
                              "module-ordre",
                              f"sequences[{index + 1}].fiches: « {sheet_id} » suppose « {needed} », qui n'est vue "
                              f"qu'à la séquence {first_seen[needed] + 1} : placez « {needed} » avant")
