"""The annexes on the site: one printable page per annex (/annexes/<name>/), the list of them
(/annexes/), and the « Outils et annexes » block of a sheet's page."""

from __future__ import annotations

from ..annexes import NATURES, AnnexDocument, annex_body
from ..model import Sheet
from .data import SiteData
from .markup import esc, front_matter, links_to_pages, markdown_region, md_text, plural
from .urls import link, page_path

FOLDER = "annexes"
INDEX = f"{FOLDER}/index.md"
LICENCE_NAMES = {"CC-BY-SA-4.0": "CC BY-SA 4.0", "etalab-2.0": "Licence Ouverte 2.0 (Etalab)"}


def annex_path(slug: str) -> str:
    return f"{FOLDER}/{slug}/index.md"


def _html(from_page: str, to_page: str) -> str:
    return link(from_page, to_page).removesuffix(".md") + ".html"


def banner(document: AnnexDocument) -> str:
    """What the annex is, said before anything else: an official document with its source, or a
    tool written by the collective to be adapted."""
    annex = document.annex
    licence = esc(LICENCE_NAMES.get(annex.licence, annex.licence))
    if annex.nature == "officiel":
        text = (f"<strong>{esc(NATURES['officiel'])}</strong> : source : {esc(annex.source or 'non indiquée')}. "
                f"Licence : {licence}. Vérifiez la version en vigueur à la source avant de vous y fier.")
        css = "relier-annexe-officiel"
    else:
        text = (f"<strong>{esc(NATURES['relier'])}</strong> Ce n'est pas un document officiel : reprenez-le, "
                f"modifiez-le, partagez-le (licence {licence}).")
        css = "relier-annexe-relier"
    return f'<p class="relier-annexe-banniere {css}" role="note">{text}</p>\n'


def annex_page(data: SiteData, document: AnnexDocument) -> str:
    here = annex_path(document.annex.slug)
    title = document.annex.title or document.annex.slug
    out = [front_matter(title=title, description=f"Annexe : {title}")]
    out.append('<div data-pagefind-body markdown="1">\n')
    out.append(f"# {md_text(title)}\n")
    out.append(banner(document))
    sheets = [data.by_id[s] for s in document.sheets if s in data.by_id]
    if sheets:
        links = ", ".join(f'<a href="{esc(_html(here, page_path("fiche", s.id)))}">{esc(s.title)}</a>' for s in sheets)
        out.append(f'<p class="relier-annexe-fiches">Annexe de la fiche{"s" if len(sheets) > 1 else ""} : {links}</p>\n')
    # the annex's own Markdown, raw as a sheet's body is: checked by kb check, cleaned after MkDocs
    out.append('<div class="relier-annexe-texte" markdown="1">\n')
    out.append(markdown_region(links_to_pages(annex_body(document), "../../fiches")))
    out.append("</div>\n")
    out.append("</div>\n")
    out.append(f'<p class="relier-note relier-annexe-pied" data-pagefind-ignore>Fichier source : '
               f"<code>{esc(document.annex.file)}</code> · "
               f'<a href="{esc(_html(here, INDEX))}">tous les outils et annexes</a></p>\n')
    return "\n".join(out)


def annexes_block(data: SiteData, sheet: Sheet, here: str) -> str:
    """The « Outils et annexes » block of a sheet's page: its published annexes, with what each is."""
    documents = [d for d in data.annexes if sheet.id in d.sheets]
    if not documents:
        return ""
    items = []
    for document in documents:
        kind = "document officiel" if document.annex.nature == "officiel" else "outil Relier, à adapter"
        href = _html(here, annex_path(document.annex.slug))
        items.append(f'<li><a href="{esc(href)}">{esc(document.annex.title or document.annex.slug)}</a> '
                     f'<span class="relier-note">({esc(kind)})</span></li>')
    return f'## Outils et annexes\n\n<ul class="relier-annexes">{"".join(items)}</ul>\n'


def annexes_index(data: SiteData) -> str:
    out = [front_matter(title="Outils et annexes"), "# Outils et annexes\n",
           f"<p>{plural(len(data.annexes), 'outil', 'outils')} fourni{'s' if len(data.annexes) > 1 else ''} avec "
           "les fiches : grilles, trames, guides d'entretien. Les outils du collectif Relier sont à adapter à "
           "votre service ; les documents officiels indiquent leur source.</p>\n"]
    items = []
    for document in sorted(data.annexes, key=lambda d: d.annex.title.casefold()):
        sheets = [data.by_id[s] for s in document.sheets if s in data.by_id]
        kind = "document officiel" if document.annex.nature == "officiel" else "outil Relier"
        about = ", ".join(f'<a href="{esc(_html(INDEX, page_path("fiche", s.id)))}">{esc(s.title)}</a>' for s in sheets)
        items.append(f'<li><a href="{esc(_html(INDEX, annex_path(document.annex.slug)))}">'
                     f'{esc(document.annex.title)}</a> <span class="relier-note">({esc(kind)}) — fiche : {about}</span></li>')
    if items:
        out.append("<ul>" + "".join(items) + "</ul>\n")
    return "\n".join(out)
