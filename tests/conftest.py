"""Shared fixtures: throw-away Relier projects built from the real schemas and small sheets."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kb.cli import run

from support import CHROMIUM, CHROMIUM_ARGS, FIXTURES, REPO, small_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with the real schemas and vocabularies, and three valid, related sheets."""
    return small_project(tmp_path / "projet", site=True)


class KbResult:
    def __init__(self, exit_code: int, out: str, err: str) -> None:
        self.exit_code, self.out, self.err = exit_code, out, err

    def __repr__(self) -> str:
        return f"KbResult(exit_code={self.exit_code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def kb(capsys: pytest.CaptureFixture[str]) -> Callable[..., KbResult]:
    """Run the `kb` command in-process, as a user would type it."""

    def invoke(*args: str | Path) -> KbResult:
        code = run([str(a) for a in args])
        captured = capsys.readouterr()
        return KbResult(code, captured.out, captured.err)

    return invoke




@pytest.fixture
def empty_project(project: Path) -> Path:
    for path in (project / "practices").glob("*.md"):
        path.unlink()
    return project


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole run: Playwright's sync API allows one running instance per
    thread, so the browser and security suites share it."""
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is required for the browser tests ({CHROMIUM}): apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
