"""`kb new`: start a sheet from the French template."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from .errors import KbError, UsageError
from .fileio import create_new
from .loader import PRACTICES_DIR
from .checks.unsafe import find_markup
from .text import slugify


def template_text() -> str:
    return resources.files("kb").joinpath("templates/fiche.md").read_text(encoding="utf-8")


def new_sheet(root: Path, title: str, sheet_id: str | None = None, today: dt.date | None = None) -> Path:
    title = " ".join(title.split())
    if len(title) < 3:
        raise UsageError("le titre doit faire au moins 3 caractères, par exemple : kb new \"La visite à domicile\"")
    hidden = next((char for char in title if not char.isprintable()), None)
    if hidden is not None:  # the sheet would not pass kb check (fuzzing, 2026-12-08)
        raise UsageError(f"le titre contient un caractère invisible (U+{ord(hidden):04X}) : retapez-le au clavier "
                         "plutôt que de le copier-coller")
    markup = next(iter(find_markup(title)), None)
    if markup is not None:
        raise UsageError(f"le titre ne peut pas contenir {markup[1]} : un titre est du texte simple")
    slug = sheet_id or slugify(title)
    if not slug or slugify(slug) != slug:
        raise UsageError(f"« {slug} » ne peut pas servir d'identifiant : minuscules sans accents, chiffres et tirets")
    path = root / PRACTICES_DIR / f"{slug}.md"
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    today = today or dt.date.today()
    review_due = today.replace(year=today.year + 1, day=min(today.day, 28))  # a first review within the year
    text = (template_text().replace("{id}", slug).replace("{titre}", escaped)
            .replace("{date}", today.isoformat()).replace("{revoir}", review_due.isoformat()))
    try:
        create_new(path, text)
    except FileExistsError:
        raise KbError(f"{path.relative_to(root).as_posix()} existe déjà : je ne l'écrase pas. "
                      "Choisissez un autre titre ou un identifiant avec --id") from None
    return path
