"""The synthetic base that scripts/bench.py measures passes `kb check`: a benchmark of a base the
checker refuses would measure an error message (it did, after the provenance rules landed)."""

from __future__ import annotations

import sys
from pathlib import Path

from kb.cli import run

from support import REPO

sys.path.insert(0, str(REPO / "scripts"))
from gen_corpus import generate  # noqa: E402


def test_the_synthetic_base_passes_kb_check(tmp_path: Path, capsys) -> None:
    root = tmp_path / "corpus"
    generate(300, root)
    assert len(list((root / "practices").rglob("*.md"))) == 300
    assert run(["--root", str(root), "check", "--strict"]) == 0, capsys.readouterr().out[-2000:]
