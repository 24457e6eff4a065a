"""« Du local au global »: a sheet's related sheets sorted by level (micro, méso, macro), so that
a reader sees the whole in the part (Morin's hologrammatic principle)."""

from __future__ import annotations

from ..model import Sheet
from .data import SiteData
from .markup import esc
from .urls import link, page_path

LEVELS = ("micro", "meso", "macro")


def _href(here: str, sheet_id: str) -> str:
    return link(here, page_path("fiche", sheet_id)).removesuffix(".md") + ".html"


def levels_block(data: SiteData, sheet: Sheet, here: str) -> str:
    """The block, or "" when the sheet has no level or no related sheet."""
    level = sheet.term("niveau")
    if level not in LEVELS:
        return ""
    neighbours: dict[str, Sheet] = {}
    for relation in sheet.relations:
        target = data.by_id.get(relation.target)
        if target is not None and target.id != sheet.id:
            neighbours.setdefault(target.id, target)
    for source, _ in data.backlinks.get(sheet.id, []):
        if source.id != sheet.id:
            neighbours.setdefault(source.id, source)
    if not neighbours:
        return ""
    vocabulary = data.corpus.vocabularies.get("niveaux")

    def name(term: str) -> str:
        if vocabulary is None or term not in vocabulary:
            return term
        found = vocabulary.terms[term]  # type: ignore[index]
        return f"{found.label} ({found.definition[0].lower()}{found.definition[1:].rstrip('.')})"

    by_level: dict[str, list[Sheet]] = {}
    for other in sorted(neighbours.values(), key=lambda s: s.title):
        by_level.setdefault(other.term("niveau") or "", []).append(other)
    rows = []
    for term in LEVELS:
        items = by_level.get(term, [])
        here_mark = " — <strong>cette fiche</strong>" if term == level else ""
        cell = ", ".join(f'<a href="{esc(_href(here, s.id))}">{esc(s.title)}</a>' for s in items) or "aucune fiche reliée"
        rows.append(f"<dt>{esc(name(term))}{here_mark}</dt><dd>{cell}</dd>")
    others = [t for t in LEVELS if t != level and by_level.get(t)]
    if others:
        reading = ("La même situation se lit aussi à d'autres échelles : les fiches reliées ci-dessous montrent ce que "
                   "le service et le territoire mettent dans cette pratique, et ce qu'elle leur renvoie.")
    else:
        reading = ("Toutes les fiches reliées sont au même niveau que celle-ci : la pratique est peut-être décrite "
                   "comme si elle ne dépendait ni de l'institution ni du territoire.")
    return ("## Du local au global\n\n"
            '<section class="relier-niveaux" aria-label="Du local au global">'
            f"<p>{esc(reading)} <a href=\"{esc(link(here, 'pensee-complexe/index.md').removesuffix('.md') + '.html')}\">"
            "Pourquoi lire ainsi (principe hologrammatique)</a></p>"
            f"<dl>{''.join(rows)}</dl></section>\n")
