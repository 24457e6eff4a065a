"""MkDocs' own build, its pages shared among one process per core.

MkDocs reads and renders the pages one after the other, in one process: on two cores, half the
machine waits. This plugin forks when MkDocs has gathered the files and the navigation (`on_nav`):
every process then goes on with the very same build, but each reads, renders and writes only its
share of the pages (the others look unmodified to it: MkDocs' dirty build skips them), and only
the first copies the theme's files. The children send their warnings back and end when their
pages are written; the first process waits for them before the build ends, and a child's failure
fails the build. Forked, not spawned: the loaded corpus, the configuration and the navigation are
shared, not pickled.

It forks only when at least PARALLEL_FROM pages are to be rendered; MkDocs must be called with
`dirty=True` (the caller empties the cache folder beforehand for a full build)."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import select
import signal
from collections.abc import Callable

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from ..processes import die_with_parent
from .engine import Messages, logger_name

PARALLEL_FROM = 200  # fewer pages to render: forking costs more than it saves
NAME = "relier-parallel"
LOGGER = logger_name()  # the engine's logger (MkDocs' or ProperDocs'), which the caller listens to


def workers() -> int:
    return min(os.cpu_count() or 1, 8)


class ParallelPlugin(BasePlugin):
    """`progress(done, total)` is called in the first process after each page it writes, with the
    number of pages written by all processes."""

    def __init__(self, count: int, progress: Callable[[int, int], None] | None = None) -> None:
        self.count = count
        self.progress = progress
        self.index = 0
        self.total = 0
        self._children: list[tuple[int, int]] = []  # (pid, read end of its pipe)
        self.forked: list[int] = []  # every child this process started
        self._pipe = -1
        self._done = multiprocessing.get_context("fork").Value("i", 0)
        self._collect = Messages()

    def on_nav(self, nav, config, files, **_: object):
        pages = [file for file in files.documentation_pages() if file.is_modified()]
        self.total = len(pages)
        if self.count < 2 or len(pages) < PARALLEL_FROM:
            return nav
        parent = os.getpid()
        for index in range(1, self.count):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                for _, other in self._children:
                    os.close(other)
                self._children = []
                self.index, self._pipe = index, write
                die_with_parent(parent)
                logging.getLogger(LOGGER).addHandler(self._collect)
                break
            os.close(write)
            self._children.append((pid, read))
            self.forked.append(pid)
        mine = set(id(file) for file in pages[self.index::self.count])
        for file in pages:
            if id(file) not in mine:
                file.is_modified = _unmodified  # MkDocs' dirty build skips it in this process
        if self.index:
            for file in files:
                if not file.is_documentation_page():
                    file.is_modified = _unmodified  # the theme's files: copied by the first process
            config.theme.static_templates.clear()
        return nav

    def on_post_page(self, output: str, page, config, **_: object) -> str:
        with self._done.get_lock():
            self._done.value += 1
        if self.index == 0 and self.progress is not None:
            self.progress(self._done.value, self.total)
        return output

    def on_post_build(self, config, **_: object) -> None:
        if self.index:
            self._leave(0, self._collect.lines)
        problems = self._wait()
        if problems:
            raise PluginError("; ".join(problems[:10]))

    def on_build_error(self, error: Exception, **_: object) -> None:
        if self.index:
            self._leave(1, [*self._collect.lines, f"{error.__class__.__name__}: {error}"])
        for pid, _ in self._children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        self._wait()

    def _leave(self, code: int, lines: list[str]) -> None:
        """In a child: send the warnings (and the error) to the first process, and end now."""
        try:
            os.write(self._pipe, json.dumps(lines).encode())
        finally:
            os._exit(code)

    def _wait(self) -> list[str]:
        """Wait for the children; what they reported, re-logged here (the caller listens to MkDocs'
        logger) when they ended well, returned as problems when one did not."""
        problems: list[str] = []
        children, self._children = self._children, []
        received: dict[int, bytes] = {fd: b"" for _, fd in children}
        open_fds = set(received)
        while open_fds:
            ready, _, _ = select.select(list(open_fds), [], [])
            for fd in ready:
                chunk = os.read(fd, 65536)
                if chunk:
                    received[fd] += chunk
                else:
                    open_fds.discard(fd)
                    os.close(fd)
        for pid, fd in children:
            _, status = os.waitpid(pid, 0)
            try:
                lines = json.loads(received[fd] or b"[]")
            except ValueError:
                lines = []
            if os.waitstatus_to_exitcode(status) != 0:
                problems.extend(lines or [f"un processus de rendu s'est arrêté (code {os.waitstatus_to_exitcode(status)})"])
            else:
                for line in lines:
                    logging.getLogger(f"{LOGGER}.{NAME}").warning(line)
        return problems


def _unmodified() -> bool:
    return False

