"""Exported documents kept in build/exports/, keyed by everything they are made from (the module
file, its sheets, the vocabularies, the exporter's own code): `kb build` and `kb serve` export a
module again only when one of those changed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ..annexes import collect_annexes
from ..fileio import replace_dir
from ..model import Corpus, Module
from ..progress import SILENT, Progress
from . import FORMATS, export_module

CACHE_DIR = Path("build") / "exports"
_CODE = Path(__file__).parent


def cache_key(corpus: Corpus, module: Module) -> str:
    digest = hashlib.sha1(module.source.content_hash.encode())
    by_id = corpus.by_id()
    for sheet_id in module.sheet_ids():
        sheet = by_id.get(sheet_id)
        digest.update(f"{sheet_id}:{sheet.source.content_hash if sheet else '-'}".encode())
    sheets = [by_id[i] for i in module.sheet_ids() if i in by_id]
    for document in collect_annexes(corpus.root, sheets):  # the booklet reproduces them
        digest.update(f"{document.annex.file}:{document.annex.title}:{document.annex.nature}:".encode())
        digest.update(document.text.encode())
    for vocabulary in sorted(corpus.vocabularies.values(), key=lambda v: v.name):
        digest.update(vocabulary.path.read_bytes() if vocabulary.path.is_file() else vocabulary.name.encode())
    for path in sorted(_CODE.iterdir()):
        if path.suffix in (".py", ".css", ".docx", ".odt"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_exports(corpus: Corpus, module: Module, progress: Progress = SILENT) -> dict[str, bytes]:
    """File name -> content of the module's 12 documents, exported now if not already cached."""
    folder = export_folder(corpus, module, progress)
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if not path.name.startswith(".")}


def export_folder(corpus: Corpus, module: Module, progress: Progress = SILENT) -> Path:
    """The folder of the module's 12 documents, exported now if not already cached."""
    folder = corpus.root / CACHE_DIR / module.id
    key = cache_key(corpus, module)
    stamp = folder / ".cle"
    if not (stamp.is_file() and stamp.read_text(encoding="utf-8") == key):
        staging = folder.with_name(f".{module.id}.tmp")
        if staging.exists():
            shutil.rmtree(staging)
        export_module(corpus, module, list(FORMATS), staging, progress)
        (staging / ".cle").write_text(key, encoding="utf-8")
        replace_dir(staging, folder)
    return folder
