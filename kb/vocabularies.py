"""Load the controlled vocabularies from schemas/vocabulaires/*.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, error
from .model import Term, TermId, Vocabulary
from .parsing import decode, parse_mapping, parse_yaml, read_source

VOCABULARY_DIR = Path("schemas") / "vocabulaires"
_TERM_KEYS = {"id", "label", "definition", "parent", "synonymes", "voir_aussi", "en_tension_avec"}


def load_vocabularies(root: Path) -> tuple[dict[str, Vocabulary], list[Diagnostic]]:
    folder = root / VOCABULARY_DIR
    vocabularies: dict[str, Vocabulary] = {}
    diagnostics: list[Diagnostic] = []
    for path in sorted(folder.glob("*.yml")):
        vocabulary, problems = _load_one(path, root)
        diagnostics.extend(problems)
        if vocabulary is not None:
            vocabularies[vocabulary.name] = vocabulary
    return vocabularies, diagnostics


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if isinstance(v, (str, int, float)))
    return ()


def _load_one(path: Path, root: Path) -> tuple[Vocabulary | None, list[Diagnostic]]:
    rel = path.relative_to(root).as_posix()
    raw, _, problems = read_source(path, rel, split="découpez-le en plusieurs vocabulaires")
    if raw is None:
        return None, problems
    text, problems = decode(raw, rel)
    if text is None:
        return None, [_as_vocabulary_error(d) for d in problems]
    parsed = parse_mapping(text, 1, rel)
    problems = [_as_vocabulary_error(d) for d in parsed.diagnostics]
    data = parsed.front_matter
    if data is None:
        return None, problems

    def position(key_path: tuple) -> tuple[int, int]:
        """Where a value is written: read fast, the file is read again carefully to report a problem."""
        nonlocal parsed
        if not parsed.positions_known:
            parsed = parse_yaml(text, 1, rel)
        return parsed.value_positions.get(key_path, (1, 1))

    raw_terms = data.get("termes")
    if not isinstance(raw_terms, list):
        problems.append(error(rel, (1, 1), "vocabulaire-fichier",
                              "le vocabulaire doit avoir une clé « termes: » suivie de la liste des termes"))
        return None, problems
    terms: dict[TermId, Term] = {}
    for index, raw in enumerate(raw_terms):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("label"), str):
            problems.append(error(rel, position(("termes", index)), "vocabulaire-fichier",
                                  "chaque terme doit avoir au moins un « id » et un « label » (textes)"))
            continue
        term_id = TermId(raw["id"])
        if term_id in terms:
            problems.append(error(rel, position(("termes", index)), "vocabulaire-fichier",
                                  f"le terme « {term_id} » est défini deux fois"))
            continue
        terms[term_id] = Term(
            id=term_id,
            label=raw["label"],
            definition=str(raw.get("definition") or ""),
            parent=TermId(raw["parent"]) if isinstance(raw.get("parent"), str) else None,
            synonyms=_strings(raw.get("synonymes")),
            see_also=tuple(TermId(t) for t in _strings(raw.get("voir_aussi"))),
            in_tension_with=tuple(TermId(t) for t in _strings(raw.get("en_tension_avec"))),
            extra={k: v for k, v in raw.items() if k not in _TERM_KEYS},
        )
    for term in terms.values():
        index = next(i for i, t in enumerate(raw_terms) if isinstance(t, dict) and t.get("id") == term.id)
        for key, targets in (("parent", (term.parent,) if term.parent else ()),
                             ("voir_aussi", term.see_also), ("en_tension_avec", term.in_tension_with)):
            for target in targets:
                if target not in terms:
                    problems.append(error(rel, position(("termes", index, key)), "vocabulaire-fichier",
                                          f"{term.id}.{key} : « {target} » n'est pas un terme de ce vocabulaire"))
    name = str(data.get("nom") or path.stem)
    return Vocabulary(name=name, label=str(data.get("label") or name),
                      description=str(data.get("description") or ""), terms=terms, path=path), problems


def _as_vocabulary_error(diagnostic: Diagnostic) -> Diagnostic:
    return error(diagnostic.file, (diagnostic.line, diagnostic.column), "vocabulaire-fichier", diagnostic.message)
