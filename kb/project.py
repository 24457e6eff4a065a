"""Locate a Relier project on disk."""

from __future__ import annotations

from pathlib import Path

from .errors import UsageError

MARKER = Path("schemas") / "practice.schema.json"


def find_root(root: Path | None) -> Path:
    """The project root: `root` if given, else the current directory or one of its parents."""
    if root is not None:
        candidate = root.resolve()
        if not (candidate / MARKER).is_file():
            raise UsageError(f"« {root} » n'est pas la racine d'un projet Relier "
                             f"(il n'y a pas de {MARKER.as_posix()}) : indiquez le bon dossier avec --root")
        return candidate
    here = Path.cwd().resolve()
    for candidate in (here, *here.parents):
        if (candidate / MARKER).is_file():
            return candidate
    raise UsageError("ce dossier n'est pas dans un projet Relier (aucun schemas/practice.schema.json trouvé) : "
                     "placez-vous dans le dossier du projet ou indiquez-le avec --root DOSSIER")
