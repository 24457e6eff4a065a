"""MkDocs' build shared among processes (kb/site/parallel.py): every page written once, by one
process; a child's warnings heard and its failure failing the build — never a hang, never a
half-built site taken for a whole one."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

PAGES = 40


def _site(root: Path, broken: str = "", where: int = 33) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Accueil\n", encoding="utf-8")
    for number in range(PAGES):
        (docs / f"page-{number:02}.md").write_text(f"# Page {number}\n\nTexte de la page {number}.\n", encoding="utf-8")
    if broken:
        (docs / f"page-{where:02}.md").write_text(broken, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(yaml.safe_dump({"site_name": "Essai", "docs_dir": "docs", "site_dir": "site",
                                      "theme": {"name": "material", "language": "fr"}, "plugins": [],
                                      "nav": [{"Accueil": "index.md"}],
                                      "validation": {"nav": {"omitted_files": "ignore"}}}), encoding="utf-8")
    return config


def _build(config: Path, monkeypatch: pytest.MonkeyPatch, progress=None, plugins: list | None = None) -> list[str]:
    """Build with two processes; MkDocs' warnings heard in this one."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from kb.site import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    heard: list[str] = []

    class Listen(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            heard.append(record.getMessage())

    handler = Listen(level=logging.WARNING)
    logger = logging.getLogger(parallel.LOGGER)
    logger.addHandler(handler)
    try:
        loaded = load_config(str(config))
        loaded.plugins[parallel.NAME] = parallel.ParallelPlugin(2, progress)
        if plugins is not None:
            plugins.append(loaded.plugins[parallel.NAME])
        build(loaded, dirty=True)
    finally:
        logger.removeHandler(handler)
    return heard


def test_every_page_is_written_once_by_the_processes_together(tmp_path: Path, monkeypatch) -> None:
    seen: list[tuple[int, int]] = []
    _build(_site(tmp_path), monkeypatch, lambda done, total: seen.append((done, total)))
    site = tmp_path / "site"
    for number in range(PAGES):
        assert f"Texte de la page {number}." in (site / f"page-{number:02}" / "index.html").read_text(encoding="utf-8")
    assert (site / "404.html").is_file() and (site / "sitemap.xml").is_file()
    assert (site / "assets" / "stylesheets").is_dir()  # the theme's files, copied once
    assert seen and seen[-1][1] == PAGES + 1 and len(seen) < PAGES + 1  # this process wrote about half


def test_a_childs_warning_reaches_the_build(tmp_path: Path, monkeypatch) -> None:
    config = _site(tmp_path, broken="# Page 33\n\n[lien](nulle-part.md)\n")
    heard = _build(config, monkeypatch)
    assert any("nulle-part.md" in line for line in heard), heard


@pytest.mark.parametrize("where", [32, 33], ids=["in-a-child", "in-this-process"])
def test_a_failure_in_any_process_fails_the_build(tmp_path: Path, monkeypatch, caplog, where: int) -> None:
    import os

    config = _site(tmp_path, broken="---\ntemplate: introuvable.html\n---\n# Page\n", where=where)
    plugins: list = []
    with pytest.raises(Exception):
        _build(config, monkeypatch, plugins=plugins)
    assert f"page-{where}.md" in caplog.text and "introuvable.html" in caplog.text  # what kb build reports
    assert len(plugins[0].forked) == 1
    for pid in plugins[0].forked:  # no child left behind: each one ended and was waited for
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
