"""Progress of long commands: one line on the terminal, rewritten in place on stderr.

Silent when stderr is not a terminal (CI logs, pipes, files) and with `kb --quiet`: a log
should hold results, not a hundred counter updates."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_EVERY = 0.1  # seconds between two redraws


class Progress:
    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._shown = 0
        self._last = 0.0

    def update(self, label: str, done: int | None = None, total: int | None = None) -> None:
        """Show « label » or « label : done/total (p %) »; redraws are throttled, the last one of a count is not."""
        if not self.enabled:
            return
        now = time.monotonic()
        final = done is None or (total is not None and done >= total)
        if not final and now - self._last < _EVERY:
            return
        self._last = now
        text = label if done is None else f"{label} : {done}/{total}" + (f" ({done * 100 // total} %)" if total else "")
        self.stream.write("\r" + text.ljust(self._shown))
        self.stream.flush()
        self._shown = len(text)

    def clear(self) -> None:
        """Erase the progress line, so that the next message starts on a clean line."""
        if self.enabled and self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


SILENT = Progress(enabled=False)
