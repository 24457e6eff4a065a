"""Work done in forked processes. A fork shares the loaded corpus without copying or pickling it.

- `Forked`: one job in a child while the build goes on (the Whoosh index, the modules' documents,
  the similar sheets);
- `map_files`: the same work on many files, shared among one worker per core (reading and
  checking sheets, cleaning the built pages).

Work done beside MkDocs runs at a lower priority: the build waits for MkDocs, which uses one
core; the rest takes what is left."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import queue
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path
from typing import Generic, TypeVar

from .errors import KbError
from .fileio import os_error_message
from .progress import SILENT, Progress

BACKGROUND_NICENESS = 10
PARALLEL_FROM = 1500  # below this many files, one process is faster than starting workers
T = TypeVar("T")


def stop_on_sigterm() -> None:
    """A long-running command (kb serve, kb admin) stopped by a process manager cleans up as on
    Ctrl+C: SIGTERM raises KeyboardInterrupt in the main thread."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def lower_priority() -> None:
    """In a child process (or before exec): yield the CPU to the build's main process."""
    os.nice(BACKGROUND_NICENESS)


def give_back_memory() -> None:
    """Collect what is no longer referenced and hand the freed pages back to the system (glibc's
    malloc_trim; elsewhere only the collection). Called before `kb build` forks MkDocs' workers:
    each worker would otherwise carry a copy of the freed heap, counted twice. What was frozen
    (`gc.freeze()`, so that the children's copy of it is not written) is collected again."""
    gc.unfreeze()
    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """In a child process (or before exec): be killed when `parent` ends, even killed itself. A
    forked child shares the project's lock (kb.lock) and writes in build/: left running after
    `kill -9` of `kb build`, it would keep the lock and refuse the next build. Strictly, the signal
    comes when the thread that forked it ends: each caller forks and waits from one thread. Linux
    only (prctl); elsewhere a no-op."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the call above: nobody would signal us
        os.kill(os.getpid(), signal.SIGKILL)


class Forked(Generic[T]):
    """`function()` in a forked child; `wait()` returns its result, or raises KbError with
    `failure` and what went wrong (the child's KbError message, or the exception's name)."""

    def __init__(self, function: Callable[[], T], failure: str, background: bool = False) -> None:
        self._failure = failure
        context = multiprocessing.get_context("fork")
        self._queue: multiprocessing.Queue = context.Queue()
        held = [function]  # the child has its copy once forked: this one lets go of it (and of what
        # it holds, a whole corpus at times), so the parent's memory can be given back
        self._process = context.Process(target=self._run, args=(held, background, self._queue, os.getpid()),
                                        daemon=True)
        self._process.start()
        held.clear()

    @staticmethod
    def _run(held: list[Callable[[], T]], background: bool, results: multiprocessing.Queue, parent: int) -> None:
        gc.freeze()  # the collector would touch every object inherited: a private copy of every page of it
        die_with_parent(parent)
        function = held[0]
        if background:
            lower_priority()
        try:
            results.put(("ok", function()))
        except BaseException as exc:  # noqa: BLE001 - reported by wait(), in the parent
            results.put(("error", str(exc) if isinstance(exc, KbError) else os_error_message(exc)
                         if isinstance(exc, OSError) else f"{exc.__class__.__name__}: {exc}"))

    def wait(self) -> T:
        while True:
            try:
                status, value = self._queue.get(timeout=1)
                break
            except queue.Empty:
                if not self._process.is_alive() and self._queue.empty():  # killed (out of memory…)
                    status, value = "error", f"le processus s'est arrêté (code {self._process.exitcode})"
                    break
        self._process.join()
        if status != "ok":
            raise KbError(f"{self._failure} : {value}")
        return value


def map_files(paths: list[Path], work: Callable[[Path], T], workers: int | None = None,
              progress: Progress = SILENT, label: str = "Lecture des fiches") -> list[T]:
    """`work(path)` for every path, in order. Large lists are shared among worker processes (one per
    core, forked: `work` must be picklable, e.g. a partial of a module-level function), in a few
    chunks each so that progress moves and no worker idles while another finishes."""
    workers = workers or min(os.cpu_count() or 1, 8)
    with _no_gc():
        if workers < 2 or len(paths) < PARALLEL_FROM:
            return _run_chunk(work, paths)
        chunks = [paths[i::workers * 4] for i in range(workers * 4)]
        done: dict[int, list[T]] = {}
        progress.update(label, 0, len(paths))
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            futures = {pool.submit(_run_chunk, work, chunk): index for index, chunk in enumerate(chunks)}
            for future in as_completed(futures):
                done[futures[future]] = future.result()
                progress.update(label, sum(map(len, done.values())), len(paths))
        progress.clear()
    # chunk i holds paths i, i + k, i + 2k …: deal the results back into the paths' order
    out: list[T] = [None] * len(paths)  # type: ignore[list-item]
    for index, results in done.items():
        out[index::len(chunks)] = results
    return out


@contextmanager
def _no_gc() -> Iterator[None]:
    """Many small, long-lived objects: the cyclic collector's passes only cost time while loading."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run_chunk(work: Callable[[Path], T], paths: list[Path]) -> list[T]:
    with _no_gc():
        return [work(path) for path in paths]
