"""Which publishing engine serves `import mkdocs`: MkDocs itself, or ProperDocs, its fork, through
ProperDocs' own alias (`properdocs.replacement`; scripts/swap_engine.sh). The names that differ
between the two live here, read from the engine that is installed, never written out elsewhere."""

from __future__ import annotations

import logging

import mkdocs

PACKAGE = mkdocs.__name__  # « mkdocs », or « properdocs » when the alias serves it
LOGGER = PACKAGE  # the root of its loggers: its build's warnings are logged under it
DISTRIBUTION = PACKAGE  # its distribution (both are published under their package's name)
NAME = {"mkdocs": "MkDocs", "properdocs": "ProperDocs"}.get(PACKAGE, PACKAGE)  # for messages


def logger_name(module: str = "") -> str:
    """The logger of one of its modules (« commands.build »), or its root logger."""
    return f"{LOGGER}.{module}" if module else LOGGER


class Messages(logging.Handler):
    """The engine's warnings and errors, collected (a generated tree must build without any)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if self.wanted(record):
            self.lines.append(record.getMessage())

    def wanted(self, record: logging.LogRecord) -> bool:
        return True
