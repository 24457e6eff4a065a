"""Pages of the vocabularies: facet pages (publics, secteurs, modes, thèmes, valeurs), their
indexes, concept pages and the glossary."""

from __future__ import annotations

from functools import lru_cache

from ..model import Sheet, Term
from .data import SiteData
from .markup import esc, front_matter, md_text, plural
from .sheet_page import html_link
from .urls import index_path, page_path

FACETS = {  # graph kind -> (title of the index page, one-line description)
    "public": ("Publics", "Les personnes à qui s'adressent les pratiques."),
    "secteur": ("Secteurs", "Les grands secteurs de l'action sociale et médico-sociale."),
    "mode": ("Modes d'intervention", "Les manières d'intervenir : individuelle, collective, communautaire…"),
    "theme": ("Thèmes", "Les questions de vie et de travail dont traitent les pratiques."),
    "valeur": ("Valeurs", "Les valeurs que les pratiques incarnent."),
}


def sheet_list(here: str, sheets: list[Sheet]) -> str:
    if not sheets:
        return "<p>Aucune fiche pour l'instant : c'est un angle mort. <a href=\"" + \
            esc(html_link(here, "contribuer/index.md")) + "\">Proposer une pratique</a>.</p>\n"
    items = "".join(_sheet_item(html_link(here, page_path("fiche", s.id)), s.title, s.summary) for s in sheets)
    return f'<ul class="relier-sheet-list">{items}</ul>\n'


@lru_cache(maxsize=65_536)
def _sheet_item(href: str, title: str, summary: str) -> str:
    """One sheet in a list: the same sheet is listed on a dozen pages, escaped once."""
    return (f'<li><a href="{esc(href)}">{esc(title)}</a>'
            f'<br><span class="relier-note">{esc(summary)}</span></li>')


def facet_page(data: SiteData, kind: str, term: Term) -> str:
    here = page_path(kind, term.id)
    sheets = data.sheets_for(kind, term.id)
    title, _ = FACETS[kind]
    out = [front_matter(title=term.label, description=term.definition)]
    out.append(f"# {md_text(term.label)}\n")
    out.append(f'<p class="relier-kicker"><a href="{esc(html_link(here, index_path(kind)))}">{esc(title)}</a></p>\n')
    if term.definition:
        out.append(f"<p>{esc(term.definition)}</p>\n")
    if term.synonyms:
        out.append(f'<p class="relier-note">Aussi appelé : {esc(", ".join(term.synonyms))}</p>\n')
    out.append(f"## {plural(len(sheets), 'fiche')}\n")
    out.append(sheet_list(here, sheets))
    return "\n".join(out)


def facet_index(data: SiteData, kind: str) -> str:
    here = index_path(kind)
    title, description = FACETS[kind]
    vocabulary = data.vocabulary(kind)
    out = [front_matter(title=title), f"# {md_text(title)}\n", f"<p>{esc(description)}</p>\n"]
    items = []
    for term in sorted(vocabulary.terms.values(), key=lambda t: t.label.casefold()) if vocabulary else []:
        count = len(data.sheets_for(kind, term.id))
        items.append(f'<li><a href="{esc(html_link(here, page_path(kind, term.id)))}">{esc(term.label)}</a> '
                     f'<span class="relier-count">{plural(count, "fiche")}</span></li>')
    out.append('<ul class="relier-term-list">' + "".join(items) + "</ul>\n")
    return "\n".join(out)


def concept_page(data: SiteData, term: Term) -> str:
    here = page_path("concept", term.id)
    vocabulary = data.vocabulary("concept")
    terms = vocabulary.terms if vocabulary else {}
    sheets = data.sheets_for("concept", term.id)

    def concept_links(ids: list[str]) -> str:
        return ", ".join(f'<a href="{esc(html_link(here, page_path("concept", c)))}">{esc(terms[c].label)}</a>'
                         for c in ids if c in terms)

    out = [front_matter(title=term.label, description=term.definition), f"# {md_text(term.label)}\n"]
    out.append(f'<p class="relier-kicker"><a href="{esc(html_link(here, "glossaire/index.md"))}">Glossaire des concepts</a></p>\n')
    out.append(f'<p class="relier-definition">{esc(term.definition)}</p>\n')
    rows = []
    if term.parent:
        rows.append(("Concept plus large", concept_links([term.parent])))
    narrower = sorted((t.id for t in terms.values() if t.parent == term.id), key=lambda c: terms[c].label.casefold())
    if narrower:
        rows.append(("Concepts plus précis", concept_links(narrower)))
    if term.see_also:
        rows.append(("Voir aussi", concept_links(list(term.see_also))))
    if term.synonyms:
        rows.append(("Aussi appelé", esc(", ".join(term.synonyms))))
    if rows:
        out.append('<dl class="relier-card">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>\n")
    if term.in_tension_with:
        out.append("## En tension avec\n")
        out.append('<section class="relier-relations relier-tension"><p>Une tension dialogique : deux logiques '
                   "opposées et pourtant toutes deux nécessaires, à tenir ensemble plutôt qu'à trancher.</p><ul>"
                   + "".join(f"<li>{concept_links([c])}</li>" for c in term.in_tension_with) + "</ul></section>\n")
    out.append(f"## {plural(len(sheets), 'fiche')} mobilise{'nt' if len(sheets) > 1 else ''} ce concept\n")
    out.append(sheet_list(here, sheets))
    return "\n".join(out)


def glossary_page(data: SiteData) -> str:
    here = "glossaire/index.md"
    vocabulary = data.vocabulary("concept")
    out = [front_matter(title="Glossaire des concepts"), "# Glossaire des concepts\n",
           "<p>Les notions qui relient les pratiques entre elles, avec leur définition et le nombre "
           "de fiches qui les mobilisent.</p>\n", "<dl class=\"relier-glossary\">"]
    for term in sorted(vocabulary.terms.values(), key=lambda t: t.label.casefold()) if vocabulary else []:
        count = len(data.sheets_for("concept", term.id))
        out.append(f'<dt id="{esc(term.id)}"><a href="{esc(html_link(here, page_path("concept", term.id)))}">'
                   f'{esc(term.label)}</a> <span class="relier-count">{plural(count, "fiche")}</span></dt>'
                   f"<dd>{esc(term.definition)}</dd>")
    out.append("</dl>\n")
    return "\n".join(out)
