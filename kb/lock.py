"""One writer at a time in a project's build/ folder: `kb build`, the search index's updates and
`kb serve`'s regenerations each take build/.kb.lock (an flock, released by the system when the
process ends, even killed), and a second writer is told who holds it."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import KbError

LOCK_FILE = Path("build") / ".kb.lock"
# Locks this process holds. A child forked by the thread holding a lock (kb build's index, exports,
# search bundle) inherits both the open lock and this table: it works for the holder, and passes
# through. A child forked by another thread (kb serve's search bundle, made in the background
# while a regeneration holds the lock) must not keep the lock after the holder lets it go: it
# closes its copy (an flock is held while any copy of its file is open).
_HELD: set[Path] = set()
_HOLDERS: dict[Path, tuple[int, int]] = {}  # path -> (its file descriptor, the thread holding it)
_FORKING = [0]  # the thread that forks, noted in the parent just before
# Taking or letting go of a lock and forking exclude each other: a child forked while the holder
# lets go would otherwise keep an open copy of the lock without knowing it.
_MUTEX = threading.Lock()


def _before_fork() -> None:
    _MUTEX.acquire()
    _FORKING[0] = threading.get_ident()


def _in_parent() -> None:
    _MUTEX.release()


def _in_child() -> None:
    for path, (fd, thread) in list(_HOLDERS.items()):
        if thread != _FORKING[0]:
            os.close(fd)
            _HELD.discard(path)
            del _HOLDERS[path]
    _MUTEX.release()


os.register_at_fork(before=_before_fork, after_in_parent=_in_parent, after_in_child=_in_child)


class BuildRunning(KbError):
    """Another kb process is writing the project's build/ folder."""


@contextmanager
def project_lock(root: Path, command: str, wait: float = 0.0,
                 waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the project's lock while the block runs. Busy: wait up to `wait` seconds (telling
    `waiting` once, with the holder), then raise BuildRunning « une autre construction est en
    cours (kb build, pid 1234) … »."""
    path = (root / LOCK_FILE).resolve()
    if path in _HELD:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with _MUTEX:  # from now on, a child forked by another thread closes its copy
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        _HOLDERS[path] = (fd, threading.get_ident())
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(fd)
                if time.monotonic() >= deadline:
                    raise BuildRunning(f"une autre construction est en cours ({holder}) dans "
                                       f"{root.as_posix()}/build : attendez qu'elle se termine, puis relancez "
                                       "la commande") from None
                if waiting is not None and not told:
                    waiting(f"une autre construction est en cours ({holder}) : attente de sa fin "
                            f"(au plus {wait:.0f} s)…")
                    told = True
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{command}, pid {os.getpid()}".encode(), 0)
        _HELD.add(path)
        try:
            yield
        finally:
            _HELD.discard(path)
            os.ftruncate(fd, 0)
    finally:
        with _MUTEX:
            _HOLDERS.pop(path, None)
            os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    return "".join(c for c in text if c.isprintable()) or "kb, pid inconnu"
