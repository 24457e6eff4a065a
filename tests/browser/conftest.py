"""A real site, built once, served on 127.0.0.1, driven by Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

from kb.cli import run

from support import CHROMIUM, CHROMIUM_ARGS, landed_copy  # noqa: F401 (used by the tests that import them from here)



@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The landed content, built into a throw-away copy of the project."""
    root = landed_copy(tmp_path_factory.mktemp("site") / "projet")
    assert run(["--root", str(root), "build"]) == 0
    return root / "site"


SCREENSHOTS = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def journey_screenshots(request: pytest.FixtureRequest) -> Path:
    """An empty folder for the journey tests' screenshots, named at the end of the run (CI keeps it)."""
    folder = REPO / "build" / "test-artefacts" / "journeys"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    request.config.stash[SCREENSHOTS] = folder
    return folder


def pytest_terminal_summary(terminalreporter: object, config: pytest.Config) -> None:
    if SCREENSHOTS in config.stash:
        terminalreporter.write_line(f"journey screenshots: {config.stash[SCREENSHOTS]}")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def server(built_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()




class Visit:
    """A page plus everything it did: console errors and requests to other hosts."""

    def __init__(self, page: object, origin: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith((origin, "data:", "blob:")) else self.foreign.append(r.url))


@pytest.fixture
def visit(browser: object, server: str) -> Iterator[object]:
    contexts = []

    def open_page(path: str, width: int = 1280, height: int = 900) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": height}, locale="fr-FR")
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page, server)
        page.goto(server + path)
        page.wait_for_load_state("networkidle", timeout=90_000)  # the editor's bundle is 6 MB: slow on a busy machine
        return seen

    yield open_page
    for context in contexts:
        context.close()
