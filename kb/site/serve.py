"""`kb serve`: a live preview. Sources are watched; on a change, the sheets are checked, the
changed pages of build/docs are rewritten, and MkDocs' live-reload server refreshes the browser."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from mkdocs.commands.serve import serve as mkdocs_serve

from ..checks.incremental import IncrementalChecker
from ..lock import BuildRunning, project_lock
from ..report import format_text
from .data import SiteSettings, prepare
from .generate import install_theme, sync_docs

WATCHED = ("practices", "modules", "schemas", "docs")


def snapshot(root: Path) -> dict[str, tuple[float, int]]:
    state = {}
    for folder in WATCHED:
        for path in (root / folder).rglob("*"):
            if path.is_file():
                stat = path.stat()
                state[path.as_posix()] = (stat.st_mtime, stat.st_size)
    return state


def regenerate(checker: IncrementalChecker, settings: SiteSettings, say: Callable[[str], None]) -> list[str]:
    """Check again (re-reading only the changed sheets), then rewrite only the changed pages:
    MkDocs' dirty build then renders only those. Waits (bounded) while a `kb build` writes build/."""
    try:
        with project_lock(checker.root, "kb serve", wait=SERVE_LOCK_WAIT_S, waiting=say):
            return _regenerate(checker, settings, say)
    except BuildRunning as exc:
        say(f"{exc} ; la prévisualisation garde la dernière version.")
        return []


SERVE_LOCK_WAIT_S = 600.0  # a build of a large base takes minutes; the preview waits for it


def _regenerate(checker: IncrementalChecker, settings: SiteSettings, say: Callable[[str], None]) -> list[str]:
    result, diagnostics = checker.refresh()
    errors = [d for d in diagnostics if d.is_error]
    if diagnostics:
        say(format_text(diagnostics))
    if errors:
        say(f"{len(errors)} erreur(s) : la prévisualisation garde la dernière version correcte.")
        return []
    from ..search import similar_sheets  # refreshes the index of the changed sheets only

    data = prepare(result.corpus, settings, similar=similar_sheets(result.corpus), modules=result.modules)
    return sync_docs(data)


def serve(root: Path, settings: SiteSettings, host: str, port: int, say: Callable[[str], None]) -> None:
    with project_lock(root, "kb serve", wait=SERVE_LOCK_WAIT_S, waiting=say):
        install_theme(root)
    checker = IncrementalChecker(root)
    changed = regenerate(checker, settings, say)
    say(f"Prévisualisation prête ({len(changed)} fichier(s) écrits) : http://{host}:{port}/ — Ctrl+C pour arrêter.")
    stop = threading.Event()

    def watch() -> None:
        state = snapshot(root)
        while not stop.wait(1.0):
            current = snapshot(root)
            if current != state:
                state = current
                written = regenerate(checker, settings, say)
                if written:
                    say(f"{checker.reparsed} fiche(s) relue(s) ; mis à jour : {', '.join(written[:5])}"
                        + (" …" if len(written) > 5 else ""))

    watcher = threading.Thread(target=watch, name="relier-watch", daemon=True)
    watcher.start()
    try:
        mkdocs_serve(str(root / "mkdocs.yml"), livereload=True, build_type="dirty", dev_addr=f"{host}:{port}")
    finally:
        stop.set()
        time.sleep(0)
