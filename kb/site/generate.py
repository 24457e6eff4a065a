"""Write the complete MkDocs docs tree (hand-written docs/ plus generated pages) into build/docs."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..fileio import replace_dir
from ..model import Corpus
from .pages import sheet_page, sheets_index_page

DOCS_SOURCE = Path("docs")
DOCS_BUILD = Path("build") / "docs"


def generate_docs(corpus: Corpus) -> int:
    """Write build/docs atomically; return the number of pages written."""
    target = corpus.root / DOCS_BUILD
    staging = target.with_name(f".{target.name}.tmp")
    if staging.exists():
        shutil.rmtree(staging)
    source = corpus.root / DOCS_SOURCE
    if source.is_dir():
        shutil.copytree(source, staging)
    staging.mkdir(parents=True, exist_ok=True)
    count = 0
    sheets_dir = staging / "fiches"
    sheets_dir.mkdir(exist_ok=True)
    (sheets_dir / "index.md").write_text(sheets_index_page(corpus), encoding="utf-8")
    for sheet in corpus.sheets:
        page = sheets_dir / sheet.id / "index.md"  # served at /fiches/<id>/, and works from file://
        page.parent.mkdir()
        page.write_text(sheet_page(corpus, sheet), encoding="utf-8")
        count += 1
    replace_dir(staging, target)
    return count + 1
