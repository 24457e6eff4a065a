"""`kb export`: a training module's programme, participant booklet and trainer guide, in PDF,
DOCX, ODT and self-contained HTML. Every file is written aside, then moved into place; nothing
is written outside the output folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import UsageError
from ..model import Corpus, Module
from ..progress import SILENT, Progress
from ..text import did_you_mean
from .concept_map import concept_map_png
from .documents import DOCUMENTS, MAP_FILE, booklet, context_for, guide, programme
from .typography import french_html
from .writers import page, write_office, write_pdf

FORMATS = ("pdf", "docx", "odt", "html")
_BUILDERS = {"programme": programme, "livret": booklet, "guide": guide}


def parse_formats(text: str) -> list[str]:
    """« pdf,docx » -> ["pdf", "docx"]; an unknown format is a usage error."""
    wanted = [part.strip().lower().lstrip(".") for part in text.split(",") if part.strip()]
    unknown = [fmt for fmt in wanted if fmt not in FORMATS]
    if unknown or not wanted:
        bad = unknown[0] if unknown else text
        raise UsageError(f"format inconnu : « {bad} »{did_you_mean(bad, list(FORMATS))} — formats possibles : "
                         + ", ".join(FORMATS) + " (plusieurs séparés par des virgules, par exemple pdf,docx)")
    return list(dict.fromkeys(wanted))


def find_module(modules: tuple[Module, ...] | list[Module], module_id: str) -> Module:
    for module in modules:
        if module.id == module_id:
            return module
    known = sorted(m.id for m in modules)
    listing = (" — modules disponibles : " + ", ".join(known)) if known else " — le dossier modules/ n'en contient aucun"
    raise UsageError(f"module inconnu : « {module_id} »{did_you_mean(module_id, known)}{listing}")


def file_name(module: Module, kind: str, fmt: str) -> str:
    return f"{module.id}-{kind}.{fmt}"


def export_module(corpus: Corpus, module: Module, formats: list[str], out_dir: Path,
                  progress: Progress = SILENT) -> list[Path]:
    """Write the 3 documents × `formats` into `out_dir`; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".relier-export-", dir=out_dir))
    written: list[Path] = []
    try:
        png = concept_map_png(context_for(module, corpus, False).sheets, corpus.vocabularies.get("concepts"))
        ctx = context_for(module, corpus, has_map=bool(png))
        assets = {MAP_FILE: png} if png else {}
        for name, data in assets.items():
            (work / name).write_bytes(data)
        for kind, builder in _BUILDERS.items():
            body = french_html(builder(ctx))
            title = f"{DOCUMENTS[kind]} — {module.title}"
            for fmt in formats:
                staged = work / file_name(module, kind, fmt)
                progress.update(f"Export de {module.id} : {staged.name}", len(written), len(_BUILDERS) * len(formats))
                if fmt == "pdf":
                    write_pdf(page(title, body, assets, inline=False), work, staged)
                elif fmt == "html":
                    staged.write_text(page(title, body, assets, inline=True), encoding="utf-8")
                else:
                    write_office(page(title, body, assets, inline=True), staged, fmt)
                target = out_dir / staged.name
                os.replace(staged, target)
                written.append(target)
    finally:
        progress.clear()
        shutil.rmtree(work, ignore_errors=True)
    return written
