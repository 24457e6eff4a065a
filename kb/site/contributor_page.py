"""/contribuer/: the contributor guide, written once in CONTRIBUTING.md (read on the forge) and
published on the site with the lists that come from the project itself — every vocabulary's
terms from schemas/ and every diagnostic code of `kb check`."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import CODES
from ..model import Vocabulary
from .data import SiteData
from .markup import esc, front_matter, plural

CONTRIBUTING = Path("CONTRIBUTING.md")
VOCABULARIES_MARKER = "<!-- relier:vocabulaires -->"
CODES_MARKER = "<!-- relier:codes -->"


FALLBACK = f"""# Contribuer

Ce projet n'a pas encore de guide du contributeur (CONTRIBUTING.md). Voici les vocabulaires
et les messages de `kb check`.

## Les vocabulaires

{VOCABULARIES_MARKER}

## Les messages de `kb check`

{CODES_MARKER}
"""


def contributor_page(data: SiteData) -> str:
    """The guide as a site page (a short page with the lists when CONTRIBUTING.md is missing)."""
    path = data.corpus.root / CONTRIBUTING
    guide = path.read_text(encoding="utf-8") if path.is_file() else FALLBACK
    guide = guide.replace(VOCABULARIES_MARKER, vocabulary_lists(data.corpus.vocabularies))
    guide = guide.replace(CODES_MARKER, codes_table())
    guide = guide.replace("](docs/", "](../")  # images: docs/ is the site's root, the page is contribuer/
    return front_matter(title="Contribuer", description="Écrire, vérifier et proposer une fiche pratique.") + guide


def vocabulary_lists(vocabularies: dict[str, Vocabulary]) -> str:
    blocks = []
    for vocabulary in sorted(vocabularies.values(), key=lambda v: v.label.casefold()):
        rows = "".join(f"<tr><td><code>{esc(term.id)}</code></td><td>{esc(term.label)}</td>"
                       f"<td>{esc(term.definition)}</td></tr>" for term in vocabulary.terms.values())
        blocks.append(
            f'<details class="relier-vocabulaire"><summary>{esc(vocabulary.label)} — '
            f"<code>{esc(vocabulary.path.name)}</code>, {plural(len(vocabulary.terms), 'terme')}</summary>\n"
            f"<p>{esc(vocabulary.description)}</p>\n"
            f"<table><thead><tr><th>Terme à écrire</th><th>Libellé</th><th>Définition</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details>")
    return "\n".join(blocks) + "\n"


def codes_table() -> str:
    rows = "".join(f"<tr><td><code>{esc(code)}</code></td><td>{esc(text)}</td></tr>" for code, text in CODES.items())
    return f"<table><thead><tr><th>Code</th><th>Ce qu'il signale</th></tr></thead><tbody>{rows}</tbody></table>\n"
