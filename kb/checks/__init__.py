"""`kb check`: every check, on every sheet, all problems collected before reporting.

Per-sheet checks (schema, vocabularies, relations, sections, consistency) run where the sheet is
read — in worker processes for large corpora; corpus-wide checks (ids, relation targets) run once
every sheet is known.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath

from ..diagnostics import Diagnostic, error
from ..loader import PRACTICES_DIR, LoadResult, absolute, load, load_sheet, read_and_check, relative, sheet_paths
from ..processes import map_files
from ..model import Module, Sheet, Vocabulary
from ..progress import SILENT, Progress
from ..training.loader import MODULES_DIR, module_paths
from ..vocabularies import load_vocabularies
from ..annexes import ANNEXES_DIR
from .annexes import check_annex_file, check_annexes, check_unattached_annexes
from .hand_pages import DOCS, check_hand_written
from .consistency import check_consistency
from .links import check_ids, check_link_targets, check_relation_targets, check_relations, check_titles
from .modules import load_and_check_modules
from .outline import Outline, outline_of
from .privacy import check_privacy, prepare_privacy
from .provenance import check_provenance
from .schema import SCHEMA_PATH, check_schema, validator_for
from .sections import check_sections
from .shape import check_linked_files, check_shape
from .situations import check_situation_targets
from .unsafe import check_fields, check_unsafe, check_vocabularies
from .vocabulary import check_terms

# "did you mean" tables, rebuilt whenever a different Vocabulary object comes (kb serve reloads them)
_SPELLINGS: dict[str, tuple[Vocabulary, dict[str, str]]] = {}


def check_sheet(sheet: Sheet, root: Path, vocabularies: dict[str, Vocabulary]) -> list[Diagnostic]:
    """Everything that can be said of one sheet on its own. After a syntax error in the front
    matter, the body is checked all the same, and so is the front matter when it could be read."""
    diagnostics: list[Diagnostic] = []
    if sheet.source.front_matter or not sheet.source.syntax_error:
        diagnostics.extend(check_schema(sheet.source, validator_for(root / SCHEMA_PATH)))
        diagnostics.extend(check_terms(sheet, vocabularies, _SPELLINGS))
        diagnostics.extend(check_relations(sheet, vocabularies))
        diagnostics.extend(check_consistency(sheet))
        diagnostics.extend(check_provenance(sheet))
        diagnostics.extend(check_annexes(sheet, root))
    diagnostics.extend(check_sections(sheet))
    parts = _safety_text(sheet)
    diagnostics.extend(check_privacy(sheet.source.rel_path, parts))
    # the header is read decoded (« \u003c » is a « < »), the body as the Markdown it is
    diagnostics.extend(check_fields(sheet.source.rel_path, sheet.source.front_matter, sheet.source.position))
    diagnostics.extend(check_unsafe(sheet.source.rel_path, [(sheet.body, sheet.source.body_line)]))
    diagnostics.extend(check_shape(sheet.source.rel_path, [(sheet.body, sheet.source.body_line)]))
    diagnostics.extend(check_linked_files(sheet.source.rel_path, sheet.body, sheet.source.body_line, f"fiches/{sheet.id}", root / DOCS))
    return diagnostics


def _safety_text(sheet: Sheet) -> list[tuple[str, int]]:
    """The front matter and the body as one text, each line at its line in the file: one pass of
    the personal-data and unsafe-content scans instead of two."""
    source = sheet.source
    gap = source.body_line - source.front_matter_line - source.front_matter_text.count("\n")
    if gap < 1:
        return [(source.front_matter_text, source.front_matter_line), (sheet.body, source.body_line)]
    return [(source.front_matter_text + "\n" * gap + sheet.body, source.front_matter_line)]


def check_corpus(sheets: Iterable[Outline], vocabularies: dict[str, Vocabulary] | None = None,
                 files: Iterable[str] = ()) -> list[Diagnostic]:
    """What needs every sheet: unique ids, file names, relation targets, the sheets situations name.
    A sheet among `files` (every sheet file, relative) that could not be read is there all the same,
    by its file name: its own error says what is wrong, not one in every sheet that links to it."""
    sheets = list(sheets)
    ids = {sheet.id for sheet in sheets if sheet.declared}
    read = {sheet.rel_path for sheet in sheets}
    targets = ids | {PurePosixPath(f).stem for f in files if f not in read and f.startswith("practices/")}
    diagnostics = list(check_ids(sheets))
    diagnostics.extend(check_titles(sheets))
    for sheet in sheets:
        diagnostics.extend(check_relation_targets(sheet, targets))
        diagnostics.extend(check_link_targets(sheet, targets))
    if vocabularies is not None:
        diagnostics.extend(check_situation_targets(vocabularies, targets))
    return diagnostics


def check_all(root: Path, progress: Progress = SILENT) -> tuple[list[str], list[Diagnostic]]:
    """`kb check`: every sheet read and checked where it is read (in worker processes for a large
    base), which sends back only its diagnostics and its outline; then the corpus-wide checks and
    the training modules. Returns the files checked and every problem, sorted."""
    root = root.resolve()
    validator_for(root / SCHEMA_PATH)  # compiled once, before any worker is forked
    prepare_privacy()  # so is the first-name pattern
    vocabularies, diagnostics = load_vocabularies(root)
    diagnostics.extend(check_vocabularies(vocabularies.values(), root))
    paths = sheet_paths(root)
    work = functools.partial(_check_file, root=root, vocabularies=vocabularies)
    outlines = []
    for outline, problems in map_files(paths, work, progress=progress):
        diagnostics.extend(problems)
        if outline is not None:
            outlines.append(outline)
    modules = module_paths(root)
    diagnostics.extend(check_corpus(outlines, vocabularies, (relative(p, root) for p in paths)))
    diagnostics.extend(check_unattached_annexes(root, (file for o in outlines for file in o.annexes)))
    diagnostics.extend(check_modules(root, vocabularies, outlines, modules)[1])
    diagnostics.extend(check_hand_written(root))
    diagnostics.extend(check_stray_files(root))
    return [relative(p, root) for p in paths + modules], sorted(set(diagnostics))


def check_stray_files(root: Path) -> Iterator[Diagnostic]:
    """Files of practices/ that are not sheets: « Ma-fiche.MD », « fiche.txt », « fiche.docx » were
    silently left out of the site while kb check said « aucun problème »."""
    for folder, _, names in os.walk(root / PRACTICES_DIR):
        for name in sorted(names):
            if name.endswith(".md") or name.startswith("."):
                continue
            rel = relative(Path(folder) / name, root)
            stem = name.split(".")[0] if "." in name else name
            fix = (f"renommez-le en « {stem.lower()}.md » (extension en minuscules)" if name.lower().endswith(".md")
                   else f"une fiche est un texte Markdown : recopiez son contenu dans « {stem.lower()}.md » "
                        "à partir du modèle (kb new), puis retirez ce fichier")
            yield error(rel, (1, 1), "nom-fichier", f"ce fichier n'est pas une fiche et serait ignoré : {fix}")


def _check_file(path: Path, root: Path, vocabularies: dict[str, Vocabulary]) -> tuple[Outline | None, list[Diagnostic]]:
    sheet, problems = read_and_check(path, root, vocabularies, check_sheet)
    return (outline_of(sheet) if sheet is not None else None), problems


def load_and_check(root: Path, extra_paths: Iterable[Path] = (), progress: Progress = SILENT,
                   cached: bool = False) -> tuple[LoadResult, list[Diagnostic]]:
    """Read every sheet once, checking each as it is read; then the corpus-wide checks, then the
    training modules (`kb build`, `kb serve`: the sheets are wanted too)."""
    validator_for(root.resolve() / SCHEMA_PATH)  # compiled once, before any worker is forked
    prepare_privacy()  # so is the first-name pattern
    result = load(root, extra_paths, per_sheet=check_sheet, progress=progress, cached=cached)
    return with_corpus_checks(result, list(result.diagnostics))


def with_corpus_checks(result: LoadResult, diagnostics: list[Diagnostic]) -> tuple[LoadResult, list[Diagnostic]]:
    """`result` with its modules (and their files), and every problem: `diagnostics`, the
    corpus-wide ones and the modules', sorted."""
    corpus = result.corpus
    outlines = [outline_of(sheet) for sheet in corpus.sheets]
    paths = module_paths(corpus.root)
    modules, module_problems = check_modules(corpus.root, corpus.vocabularies, outlines, paths)
    result = replace(result, modules=tuple(modules), files=result.files + tuple(relative(p, corpus.root) for p in paths))
    vocabulary_problems = set(check_vocabularies(corpus.vocabularies.values(), corpus.root))
    stray_files = set(check_stray_files(corpus.root))
    annex_problems = set(check_unattached_annexes(corpus.root, (f for o in outlines for f in o.annexes)))
    return result, sorted(set(diagnostics) | set(check_corpus(outlines, corpus.vocabularies, result.files)) | set(module_problems)
                          | vocabulary_problems | annex_problems | stray_files)


def check_modules(root: Path, vocabularies: dict[str, Vocabulary], sheets: list[Outline],
                  paths: Iterable[Path]) -> tuple[list[Module], list[Diagnostic]]:
    """The training modules at `paths`, checked against the sheets."""
    by_id: dict[str, Outline] = {}
    for sheet in sheets:
        by_id.setdefault(sheet.id, sheet)

    def prerequisites(sheet_id: str) -> set[str]:
        found = by_id.get(sheet_id)
        return set(found.prerequisites) if found else set()

    return load_and_check_modules(root, paths, vocabularies, set(by_id), prerequisites)


def check_files(root: Path, files: Iterable[Path]) -> tuple[list[str], list[Diagnostic]]:
    """Check some sheet files without reading the others: other sheets are known by their file
    names, which must equal their ids (a sheet breaking that rule is reported when checked itself).
    This is what keeps `kb check practices/ma-fiche.md` quick in a base of 10 000 sheets."""
    root = root.resolve()
    vocabularies, diagnostics = load_vocabularies(root)
    diagnostics.extend(check_vocabularies(vocabularies.values(), root))
    validator_for(root / SCHEMA_PATH)
    others: dict[str, list[Path]] = {}
    for path in sheet_paths(root):
        others.setdefault(path.stem, []).append(path)
    files = list(files)
    module_files = [p for p in files if p.suffix in (".yml", ".yaml") and absolute(p).parent == root / MODULES_DIR]
    annex_files = [p for p in files if absolute(p).parent == root / ANNEXES_DIR]
    for path in annex_files:  # on its own: its text (a sheet that attaches it is checked with the sheet)
        diagnostics.extend(check_annex_file(root, relative(absolute(path), root)))
    sheets = []
    for path in files:
        if path in module_files or path in annex_files:
            continue
        outline, problems = _check_file(absolute(path), root, vocabularies)
        diagnostics.extend(problems)
        if outline is not None:
            sheets.append(outline)
    diagnostics.extend(d for d in check_ids(sheets) if d.code == "id-fichier")
    for sheet in sheets:
        clash = [p for p in others.get(sheet.id, []) if str(p) != sheet.path]
        if clash and sheet.declared:
            other = relative(clash[0], root)
            diagnostics.append(error(sheet.rel_path, sheet.position(("id",)), "id-double",
                                     f"id: « {sheet.id} » est déjà l'identifiant de {other} : "
                                     "choisissez un identifiant unique (et renommez le fichier)"))
        diagnostics.extend(check_relation_targets(sheet, set(others) | {sheet.id}))
        diagnostics.extend(check_link_targets(sheet, set(others)))
    if module_files:
        diagnostics.extend(_check_module_files(root, module_files, vocabularies, others))
    return [relative(absolute(p), root) for p in files], sorted(set(diagnostics))


def _check_module_files(root: Path, paths: list[Path], vocabularies: dict[str, Vocabulary],
                        sheet_files: dict[str, list[Path]]) -> list[Diagnostic]:
    """Modules checked on their own: sheets known by file name; a sheet is read only when a module
    uses it, for its prerequisites."""

    def prerequisites(sheet_id: str) -> set[str]:
        files = sheet_files.get(sheet_id)
        sheet = load_sheet(files[0], root)[0] if files else None
        return {r.target for r in sheet.relations if r.type == "prerequis"} if sheet else set()

    return load_and_check_modules(root, paths, vocabularies, set(sheet_files), prerequisites)[1]


def run_checks(result: LoadResult) -> list[Diagnostic]:
    """Every problem of an already loaded corpus, sorted by file and line."""
    corpus = result.corpus
    diagnostics = set(result.diagnostics)
    if not result.checked:
        for sheet in corpus.sheets:
            diagnostics.update(check_sheet(sheet, corpus.root, corpus.vocabularies))
    return with_corpus_checks(result, list(diagnostics))[1]
