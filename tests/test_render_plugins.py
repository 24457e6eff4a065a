"""`kb build` adds MkDocs plugins that make pages faster (kb/site/stash.py, navcache.py,
parallel.py): they must change nothing a reader sees. The starter base, built by `kb build`
(pages shared between two processes), against plain MkDocs Material on the same generated tree."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support import REPO


class _Tokens(HTMLParser):
    """A page as a stream: tags with sorted attributes, text without surrounding whitespace
    (Python-Markdown puts new lines between the elements it parses, not between raw ones)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.out.append(("<", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_endtag(self, tag: str) -> None:
        self.out.append((">", tag))

    def handle_data(self, data: str) -> None:
        if text := " ".join(data.split()):
            self.out.append(("t", text))


def tokens(page: Path) -> list[tuple]:
    parser = _Tokens()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.out


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("depart")
    for name in ("practices", "schemas", "modules", "annexes", "docs"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copy(REPO / "CONTRIBUTING.md", root / "CONTRIBUTING.md")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    return root


def test_the_plugins_change_no_page(starter: Path, kb, monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from kb.site import parallel
    from kb.site.clean import clean_site

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert kb("--root", starter, "build").exit_code == 0
    plain = starter / "site-plain"
    build(load_config(str(starter / "mkdocs.yml"), site_dir=str(plain)))
    clean_site(plain)
    built = starter / "site"
    pages = sorted(p.relative_to(plain).as_posix() for p in plain.rglob("*.html"))
    assert len(pages) > 250
    different = [rel for rel in pages if tokens(plain / rel) != tokens(built / rel)]
    assert different == []
    sheets = sorted((built / "fiches").glob("*/index.html"))
    assert len(sheets) == len(list((starter / "practices").rglob("*.md")))
    assert all("md-nav--primary" in page.read_text(encoding="utf-8") for page in sheets[:5])


def test_stash_keeps_only_whole_generated_elements() -> None:
    from kb.site.markup import markdown_region
    from kb.site.stash import stash, unstash

    page = "\n\n".join([
        '<div markdown="1">',
        '<section class="a"><ul><li>x</li></ul></section>',      # stashed
        '<section><h3>Titre</h3></section>',                     # a heading: the toc must see it
        '<p>un</p>\n*deux*',                                     # text after the element: Markdown's
        '<span>en ligne</span>',                                 # not a block
        markdown_region('<p class="x">contribué</p>\n\n<!--/relier:markdown-->\n\n<ul><li>y</li></ul>'),
        "</div>",
    ])
    text, blocks = stash(page)
    assert blocks == ['<section class="a"><ul><li>x</li></ul></section>']
    assert "<h3>Titre</h3>" in text and "*deux*" in text and "<span>" in text
    assert '<p class="x">contribué</p>' in text and "<ul><li>y</li></ul>" in text  # contributed: left to Markdown
    assert "relier:markdown" not in text
    assert unstash("<p>\ue000relier0\ue001</p>", blocks) == blocks[0]


def test_rendered_pages_are_not_all_held_at_once(starter: Path, kb) -> None:
    """kb build keeps the cyclic collector from walking the heap (kb/site/publish.py); each page's
    Markdown converter is a cycle holding the page's element tree: without kb/site/slim.py, every
    converter of the build would still be alive when the templates are rendered, and each page's
    source and HTML too. Counted in the very conditions of kb build, at the moment the first
    template is rendered."""
    import gc

    from markdown import Markdown
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import BasePlugin

    from kb.site.plugins import add_to
    from kb.site.publish import _no_cyclic_gc

    if not (starter / "build" / "docs" / "index.md").is_file():
        assert kb("--root", starter, "build", "--no-mkdocs").exit_code == 0
    seen: dict[str, int] = {}

    class Count(BasePlugin):
        def on_env(self, env, **_: object):  # every page's Markdown rendered, no template yet
            seen["converters"] = sum(isinstance(thing, Markdown) for thing in gc.get_objects())
            seen["sources"] = sum(page.markdown is not None for page in self.pages)
            seen["held"] = sum(bool(page.content) for page in self.pages)
            return env

        def on_nav(self, nav, **_: object):
            self.pages = nav.pages
            return nav

    config = load_config(str(starter / "mkdocs.yml"), site_dir=str(starter / "site-slim"))
    add_to(config, workers=1)
    config.plugins["count"] = Count()
    with _no_cyclic_gc():
        build(config, dirty=True)
    pages = len(list((starter / "site-slim").rglob("*.html")))
    assert pages > 250
    assert seen["converters"] <= 30, seen  # at most the pages since the last young collection
    assert seen["sources"] == 0 and seen["held"] == 0, seen
