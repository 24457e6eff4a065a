"""The engines we depend on: the pinned search engine is the one installed, an index written by
another engine is rebuilt, and MkDocs' messages reach us whichever publishing engine serves
`import mkdocs` (MkDocs, or ProperDocs through scripts/swap_engine.sh)."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from kb.loader import load
from kb.search import refresh_index, search
from kb.search.engine_id import DISTRIBUTIONS, engine_id
from support import REPO, small_project


def _pinned(name: str) -> str:
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    found = [d for d in dependencies if re.match(rf"{re.escape(name)}==", d, re.IGNORECASE)]
    assert len(found) == 1, f"{name} is not pinned once in pyproject.toml: {dependencies}"
    return found[0]


def test_the_installed_search_engine_is_the_pinned_one() -> None:
    assert engine_id() == _pinned("whoosh3")
    for other in DISTRIBUTIONS:  # both install the `whoosh` module: an old one left over would shadow it
        if other != "whoosh3":
            with pytest.raises(metadata.PackageNotFoundError):
                metadata.version(other)


@pytest.fixture
def indexed(tmp_path: Path) -> Path:
    root = small_project(tmp_path / "projet")
    assert refresh_index(load(root).corpus).rebuilt
    return root / "build" / "search"


def test_the_index_records_the_engine_that_wrote_it(indexed: Path) -> None:
    assert json.loads((indexed / "relier.json").read_text(encoding="utf-8"))["engine"] == engine_id()
    assert not refresh_index(load(indexed.parent.parent).corpus).rebuilt  # and is reused by the same one


@pytest.mark.parametrize("written_by", ["whoosh-reloaded==2.7.5", None])
def test_an_index_written_by_another_engine_is_rebuilt_not_read(indexed: Path, written_by: str | None) -> None:
    """Another engine's (or, None, an index from before the engine was recorded): its files are
    not opened, even unreadable ones; a new index is written from scratch in its place."""
    stamp_path = indexed / "relier.json"
    stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
    if written_by is None:
        del stamp["engine"]
    else:
        stamp["engine"] = written_by
    stamp_path.write_text(json.dumps(stamp), encoding="utf-8")
    for toc in indexed.glob("_MAIN_*.toc"):
        toc.write_bytes(b"not an index of this engine")
    (indexed / "left-by-the-other-engine").write_text("x", encoding="utf-8")

    root = indexed.parent.parent
    corpus = load(root).corpus
    assert refresh_index(corpus).rebuilt
    assert not (indexed / "left-by-the-other-engine").exists()
    assert json.loads(stamp_path.read_text(encoding="utf-8"))["engine"] == engine_id()
    assert [hit.id for hit in search(corpus, corpus.sheets[0].title, limit=1).hits] == [corpus.sheets[0].id]


def test_the_publishing_engine_s_names_are_those_of_the_one_installed() -> None:
    """Our names for the engine behind `import mkdocs` are those its modules use: its loggers (the
    build's warnings are listened to there) and its distribution (in the render cache's fingerprint)."""
    import mkdocs
    from mkdocs.commands import build as build_module

    from kb.site import engine
    from kb.site.render_cache import PACKAGES

    assert build_module.log.name == f"{engine.LOGGER}.commands.build"
    assert metadata.version(engine.DISTRIBUTION) == mkdocs.__version__
    assert engine.DISTRIBUTION in PACKAGES


def test_a_warning_of_the_publishing_engine_fails_the_build(project: Path, kb) -> None:
    """A page the navigation names but nobody wrote: MkDocs (or ProperDocs) warns, and kb build
    stops with that warning in French rather than publishing a site with a dead link."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - Accueil: index.md\n", "  - Accueil: index.md\n  - Page absente: page-absente.md\n"), encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code != 0, result
    assert "signale des problèmes" in result.err + result.out and "page-absente.md" in result.err + result.out, result
