"""Long commands show progress on a terminal, and stay quiet in logs and with --quiet."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from kb.progress import Progress
from kb.site.engine import NAME

KB = Path(sys.executable).parent / "kb"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_rewrites_one_line_on_a_terminal() -> None:
    stream = Terminal()
    progress = Progress(stream)
    progress.update("Lecture des fiches", 0, 10)
    progress.update("Lecture des fiches", 10, 10)  # the last count is always drawn
    progress.clear()
    out = stream.getvalue()
    assert out.startswith("\rLecture des fiches : 0/10 (0 %)")
    assert "\rLecture des fiches : 10/10 (100 %)" in out and out.endswith("\r")
    assert "\n" not in out


def test_progress_is_silent_off_a_terminal_or_when_disabled() -> None:
    for progress in (Progress(io.StringIO()), Progress(Terminal(), enabled=False)):
        progress.update("Lecture des fiches", 1, 2)
        progress.clear()
        assert progress.stream.getvalue() == ""


def _run_on_terminal(*args: str) -> str:
    """Run kb with its stderr on a pseudo-terminal, as in a shell; return what the terminal shows."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(KB), *args], stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_kb_build_shows_progress_on_a_terminal_only(project: Path) -> None:
    shown = _run_on_terminal("--root", str(project), "build")
    assert f"\r{NAME} : pages rendues" in shown and "Généré :" in shown
    quiet = _run_on_terminal("--quiet", "--root", str(project), "build")
    assert "\r" not in quiet and "Généré" not in quiet
    logged = subprocess.run([str(KB), "--root", str(project), "build"], capture_output=True, text=True, check=True)
    assert "\r" not in logged.stderr and "Généré :" in logged.stderr  # a log keeps results, not counters
