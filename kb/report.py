"""Format diagnostics: one formatter per output format (text, json, github)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .diagnostics import Diagnostic, Severity
from .fileio import printable

FORMATS = ("text", "json", "github")


def format_text(diagnostics: Sequence[Diagnostic]) -> str:
    """One line per diagnostic: control characters in a file name or a quoted value are escaped, so
    that nothing can start a line of its own (a GitHub « ::error » command) or drive the terminal."""
    lines = [f"{printable(d.file)}:{d.line}:{d.column}: {d.severity.value}: {printable(d.message)} [{d.code}]"
             for d in diagnostics]
    return "\n".join(lines)


def format_json(diagnostics: Sequence[Diagnostic]) -> str:
    """JSON escapes C0 controls itself; C1 controls, line separators and bidirectional overrides are
    escaped too (\\u0085), still valid JSON."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps([
        {"severity": "error" if d.is_error else "warning", "code": d.code, "file": d.file,
         "line": d.line, "column": d.column, "message": d.message}
        for d in diagnostics
    ], ensure_ascii=False, indent=2))


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_data(text: str) -> str:
    """GitHub's escapes for line breaks, then the other control characters as visible escapes."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(diagnostics: Sequence[Diagnostic]) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's lines."""
    lines = []
    for d in diagnostics:
        level = "error" if d.severity is Severity.ERROR else "warning"
        props = f"file={_escape_property(d.file)},line={d.line},col={d.column},title={_escape_property(d.code)}"
        lines.append(f"::{level} {props}::{_escape_data(d.message)}")
    return "\n".join(lines)


def format_diagnostics(diagnostics: Sequence[Diagnostic], fmt: str) -> str:
    return {"text": format_text, "json": format_json, "github": format_github}[fmt](diagnostics)


def summary(diagnostics: Sequence[Diagnostic], files: int, modules: int = 0) -> str:
    """« 48 fiches vérifiées : aucun problème. » — `files` counts sheets, `modules` module files."""
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    plural = lambda n, word: f"{n} {word}{'s' if n > 1 else ''}"  # noqa: E731
    if modules and not files:
        what = f"{plural(modules, 'module')} vérifié{'s' if modules > 1 else ''}"
    elif modules:
        what = f"{plural(files, 'fiche')} et {plural(modules, 'module')} vérifiés"
    else:
        what = f"{plural(files, 'fiche')} vérifiée{'s' if files > 1 else ''}"
    if not diagnostics:
        return f"{what} : aucun problème."
    return f"{what} : {plural(errors, 'erreur')}, {plural(warnings, 'avertissement')}."
