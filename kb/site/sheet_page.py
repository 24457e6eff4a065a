"""The page of one practice sheet: /fiches/<id>/."""

from __future__ import annotations

from ..model import Sheet
from .annex_pages import annexes_block
from .data import SiteData, is_draft
from .levels import levels_block
from .local_graph import local_graph_svg
from .markup import esc, front_matter, links_to_pages, markdown_region, md_text
from .provenance import body_with_label, provenance_block
from .urls import FACET_KINDS, link, page_path

# front-matter key -> (label on the card, vocabulary name, pagefind filter name or None)
CARD_TERMS = (
    ("publics", "Publics", "publics", "Public"),
    ("secteurs", "Secteurs", "secteurs", "Secteur"),
    ("modes_intervention", "Modes d'intervention", "modes_intervention", "Mode"),
    ("themes", "Thèmes", "themes", "Thème"),
    ("valeurs", "Valeurs", "valeurs", None),
    ("etablissements", "Établissements", "etablissements", None),
    ("niveau_preuve", "Niveau de preuve", "niveaux_preuve", "Niveau de preuve"),
    ("statut", "Statut", "statuts", None),
    ("type_fiche", "Type de fiche", "types_fiche", None),
    ("niveau", "Niveau d'intervention", "niveaux", None),
    ("point_de_vue", "Point de vue", "points_de_vue", None),
    ("savoirs", "Savoirs mobilisés", "savoirs", None),
    ("competences", "Compétences", "competences", None),
)


def html_link(from_page: str, to_page: str) -> str:
    return link(from_page, to_page).removesuffix(".md") + ".html"


def sheet_page(data: SiteData, sheet: Sheet) -> str:
    here = page_path("fiche", sheet.id)
    out = [front_matter(title=sheet.title, description=sheet.summary)]
    out.append('<div data-pagefind-body markdown="1">\n')
    out.append(f"# {md_text(sheet.title)}\n")
    if is_draft(sheet):
        out.append('<p class="relier-draft" role="note"><strong>Brouillon</strong> : cette fiche n\'a pas encore '
                   "été relue par des pairs. Elle n'entre pas dans l'analyse systémique.</p>\n")
    out.append(f'<p class="relier-resume">{esc(sheet.summary)}</p>\n')
    out.append(_card(data, sheet, here))
    out.append(provenance_block(sheet, data.corpus.vocabularies.get("statuts")))
    out.append(markdown_region(links_to_pages(body_with_label(sheet))))
    out.append(annexes_block(data, sheet, here))
    concepts = [(data.label("concept", c), html_link(here, page_path("concept", c)))
                for c in dict.fromkeys(sheet.terms.get("concepts", ()))]
    if concepts:
        out.append("## Concepts mobilisés\n")
        out.append('<ul class="relier-chips">' + "".join(
            f'<li><a href="{esc(href)}">{esc(label)}</a></li>' for label, href in concepts) + "</ul>\n")
    out.append("</div>\n")
    out.append('<div data-pagefind-ignore markdown="1">\n')
    related = _relations(data, sheet, here, out)
    _cited_by(data, sheet, here, out)
    _similar(data, sheet, here, out)
    out.append(levels_block(data, sheet, here))
    if related or concepts:
        out.append("## Dans le système\n")
        out.append(local_graph_svg(sheet.title, related, concepts) + "\n")
        out.append(f'<p class="relier-sur-la-carte"><a href="{esc(html_link(here, "carte/index.md"))}?fiche={esc(sheet.id)}">'
                   "Voir cette fiche sur la carte, au milieu de tout le système</a></p>\n")
    _sources(sheet, out)
    _credits(data, sheet, out)
    out.append("</div>\n")
    return "\n".join(out)


# what the card shows at once: whom the practice is for, where and how; the rest is one tap away
# (on a phone, the whole card took two screens before the practice itself)
CARD_FIRST = ("publics", "secteurs", "modes_intervention", "themes")


def _card(data: SiteData, sheet: Sheet, here: str) -> str:
    first: list[str] = []
    more: list[tuple[str, str]] = []
    for key, label, vocabulary_name, facet in CARD_TERMS:
        values = sheet.terms.get(key, ())
        if not values:
            continue
        vocabulary = data.corpus.vocabularies.get(vocabulary_name)
        kind = FACET_KINDS.get(key)
        items = []
        for value in dict.fromkeys(values):
            text = esc(vocabulary.label_of(value) if vocabulary else value)
            attr = f' data-pagefind-filter="{esc(facet)}"' if facet else ""
            if kind:
                items.append(f'<a href="{esc(html_link(here, page_path(kind, value)))}"{attr}>{text}</a>')
            else:
                items.append(f"<span{attr}>{text}</span>")
        row = f"<dt>{esc(label)}</dt><dd>{', '.join(items)}</dd>"
        if key in CARD_FIRST:
            first.append(row)
        else:
            more.append((label, row))
    fm = sheet.source.front_matter
    if isinstance(fm.get("age_min"), int) or isinstance(fm.get("age_max"), int):
        low, high = fm.get("age_min"), fm.get("age_max")
        ages = f"de {low} à {high} ans" if low is not None and high is not None else (
            f"à partir de {low} ans" if low is not None else f"jusqu'à {high} ans")
        first.append(f"<dt>Âge</dt><dd>{esc(ages)}</dd>")
    if isinstance(fm.get("duree"), str):
        more.append(("Durée", f"<dt>Durée</dt><dd>{esc(fm['duree'])}</dd>"))
    legal = [v for v in fm.get("cadre_juridique", []) or [] if isinstance(v, str)]
    if legal:
        more.append(("Cadre juridique", f"<dt>Cadre juridique</dt><dd>{esc(', '.join(legal))}</dd>"))
    html = '<section class="relier-card" aria-label="Carte d\'identité de la fiche">'
    if first:
        html += "<dl>" + "".join(first) + "</dl>"
    if more:
        labels = [label for label, _ in more]
        shown = ", ".join(label[0].lower() + label[1:] for label in labels[:3])
        html += (f'<details class="relier-card-plus"><summary>Plus sur la fiche : {esc(shown)}'
                 f'{" …" if len(labels) > 3 else ""}</summary><dl>' + "".join(row for _, row in more) + "</dl></details>")
    return html + "</section>\n"


def _relations(data: SiteData, sheet: Sheet, here: str, out: list[str]) -> list[tuple[str, str, str]]:
    vocabulary = data.corpus.vocabularies.get("relations")
    grouped: dict[str, list[tuple[Sheet, str | None, str | None]]] = {}
    for relation in sheet.relations:
        target = data.by_id.get(relation.target)
        if target is not None and target.id != sheet.id:
            grouped.setdefault(relation.type, []).append((target, relation.note, relation.sign))
    for source, relation in data.backlinks.get(sheet.id, []):
        term = vocabulary.terms.get(relation.type) if vocabulary else None
        if term is not None and term.extra.get("symetrique"):
            if not any(t.id == source.id for t, _, _ in grouped.get(relation.type, [])):
                grouped.setdefault(relation.type, []).append((source, relation.note, relation.sign))
    related: list[tuple[str, str, str]] = []
    if not grouped:
        return related
    out.append("## Fiches reliées\n")
    order = list(vocabulary.terms) if vocabulary else sorted(grouped)
    for relation_type in [t for t in order if t in grouped] + [t for t in grouped if t not in order]:
        label = vocabulary.label_of(relation_type) if vocabulary else relation_type
        css = " relier-tension" if relation_type == "tension" else ""
        out.append(f'<section class="relier-relations{css}"><h3>{esc(label)}</h3><ul>')
        for target, note, sign in grouped[relation_type]:
            href = html_link(here, page_path("fiche", target.id))
            sign_text = {"+": " (boucle amplifiante +)", "-": " (boucle régulatrice −)"}.get(sign or "", "")
            note_html = f'<span class="relier-note"> — {esc(note)}</span>' if note else ""
            out.append(f'<li><a href="{esc(href)}">{esc(target.title)}</a>{esc(sign_text)}{note_html}</li>')
            related.append((target.title, href, label))
        out.append("</ul></section>\n")
    return related


def _cited_by(data: SiteData, sheet: Sheet, here: str, out: list[str]) -> None:
    vocabulary = data.corpus.vocabularies.get("relations")
    items = []
    for source, relation in data.backlinks.get(sheet.id, []):
        term = vocabulary.terms.get(relation.type) if vocabulary else None
        if term is not None and term.extra.get("symetrique"):
            continue
        inverse = str(term.extra.get("label_inverse", term.label)) if term else relation.type
        href = html_link(here, page_path("fiche", source.id))
        note = f'<span class="relier-note"> — {esc(relation.note)}</span>' if relation.note else ""
        items.append(f'<li>{esc(inverse)} : <a href="{esc(href)}">{esc(source.title)}</a>{note}</li>')
    if items:
        out.append("## Cité par\n")
        out.append("<ul>" + "".join(items) + "</ul>\n")


def _similar(data: SiteData, sheet: Sheet, here: str, out: list[str]) -> None:
    similar = [data.by_id[s] for s in data.similar.get(sheet.id, []) if s in data.by_id]
    if similar:
        out.append("## Fiches similaires\n")
        out.append("<ul>" + "".join(
            f'<li><a href="{esc(html_link(here, page_path("fiche", s.id)))}">{esc(s.title)}</a></li>'
            for s in similar) + "</ul>\n")


def _sources(sheet: Sheet, out: list[str]) -> None:
    if not sheet.sources:
        return
    out.append("## Sources\n")
    items = []
    for source in sheet.sources:
        parts = [f"<cite>{esc(source.title)}</cite>"]
        if source.author:
            parts.insert(0, esc(source.author) + ",")
        if source.year:
            parts.append(f"({source.year})")
        items.append("<li>" + " ".join(parts) + "</li>")
    out.append('<ul class="relier-sources">' + "".join(items) + "</ul>\n")


def _credits(data: SiteData, sheet: Sheet, out: list[str]) -> None:
    authors = ", ".join(a.name + (f" ({a.role})" if a.role else "") + (f", {a.organisation}" if a.organisation else "")
                        for a in sheet.authors) or "Collectif Relier"
    dates = []
    if sheet.created:
        dates.append(f"créée le {sheet.created.strftime('%d/%m/%Y')}")
    if sheet.updated:
        dates.append(f"mise à jour le {sheet.updated.strftime('%d/%m/%Y')}")
    licence = sheet.licence
    licence_text = "CC BY-SA 4.0" if licence == "CC-BY-SA-4.0" else licence
    out.append("## À propos de cette fiche\n")
    out.append('<section class="relier-credits">')
    out.append(f"<p><strong>Auteurs :</strong> {esc(authors)}<br><strong>Licence :</strong> {esc(licence_text)}"
               + (f" · {esc(', '.join(dates))}" if dates else "") + "</p>")
    source_file = sheet.source.rel_path
    if data.settings.edit_url:
        out.append(f'<p><a class="md-button" href="{esc(data.settings.edit_url + source_file)}">Modifier cette fiche</a></p>')
    else:
        out.append(f"<p>Modifier cette fiche : proposez une modification du fichier <code>{esc(source_file)}</code> "
                   f'(voir la page <a href="../../contribuer/index.html">Contribuer</a>).</p>')
    year = (sheet.updated or sheet.created).year if (sheet.updated or sheet.created) else ""
    url = (data.settings.site_url.rstrip("/") + f"/fiches/{sheet.id}/") if data.settings.site_url else f"/fiches/{sheet.id}/"
    citation = (f"{authors.split(' (')[0]} ({year}). {sheet.title}. {data.settings.site_name}, fiche pratique "
                f"{sheet.id}. Licence {licence_text}. {url}")
    out.append('<details class="relier-citer"><summary>Citer cette fiche</summary>'
               f"<p><code>{esc(citation)}</code></p></details>")
    out.append("</section>\n")
