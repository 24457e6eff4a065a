"""Work done in a forked child process while the build goes on: the Whoosh index, the modules'
documents, the similar sheets. A fork shares the loaded corpus without copying or pickling it.

Work done beside MkDocs runs at a lower priority: the build waits for MkDocs, which uses one
core; the rest takes what is left."""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable
from typing import Generic, TypeVar

from .errors import KbError

BACKGROUND_NICENESS = 10
T = TypeVar("T")


def lower_priority() -> None:
    """In a child process (or before exec): yield the CPU to the build's main process."""
    os.nice(BACKGROUND_NICENESS)


class Forked(Generic[T]):
    """`function()` in a forked child; `wait()` returns its result, or raises KbError with
    `failure` and what went wrong (the child's KbError message, or the exception's name)."""

    def __init__(self, function: Callable[[], T], failure: str, background: bool = False) -> None:
        self._failure = failure
        context = multiprocessing.get_context("fork")
        self._queue: multiprocessing.Queue = context.Queue()
        self._process = context.Process(target=self._run, args=(function, background, self._queue), daemon=True)
        self._process.start()

    @staticmethod
    def _run(function: Callable[[], T], background: bool, results: multiprocessing.Queue) -> None:
        if background:
            lower_priority()
        try:
            results.put(("ok", function()))
        except BaseException as exc:  # noqa: BLE001 - reported by wait(), in the parent
            results.put(("error", str(exc) if isinstance(exc, KbError) else f"{exc.__class__.__name__}: {exc}"))

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
