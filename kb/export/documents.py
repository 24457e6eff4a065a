"""The three documents of a training module, as HTML (the one source every format is made from):
the programme (what a French training programme must publish), the participant booklet and the
trainer guide."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

import markdown

from ..annexes import AnnexDocument, annex_body, collect_annexes, nature_words
from ..model import Corpus, Module, Sheet, SheetId, Source, Vocabulary
from ..provenance import body_with_quotes_label, provenance_of, quotes_label
from ..sanitise import sanitise
from ..training.loader import format_duration
from ..training.schedule import Slot, days, schedule

LICENCES = {"CC-BY-SA-4.0": "Creative Commons Attribution – Partage dans les mêmes conditions 4.0 (CC BY-SA 4.0)",
            "CC-BY-4.0": "Creative Commons Attribution 4.0 (CC BY 4.0)"}
MAP_FILE = "carte-des-concepts.png"
DOCUMENTS = {"programme": "Programme de formation", "livret": "Livret du participant", "guide": "Guide du formateur"}


@dataclass(frozen=True)
class ModuleContext:
    module: Module
    sheets: list[Sheet]
    vocabularies: dict[str, Vocabulary]
    has_map: bool
    annexes: tuple[AnnexDocument, ...] = ()  # the tools the module's sheets supply, each once

    def label(self, vocabulary: str, term: str) -> str:
        found = self.vocabularies.get(vocabulary)
        return found.label_of(term) if found else term


def context_for(module: Module, corpus: Corpus, has_map: bool) -> ModuleContext:
    by_id = corpus.by_id()
    sheets = [by_id[SheetId(i)] for i in module.sheet_ids() if SheetId(i) in by_id]
    return ModuleContext(module, sheets, corpus.vocabularies, has_map, tuple(collect_annexes(corpus.root, sheets)))


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(item)}</li>" for item in items) + "</ul>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(part.strip())}</p>" for part in re.split(r"\n\s*\n", text or "") if part.strip())


def _duration_line(ctx: ModuleContext) -> str:
    m = ctx.module
    count = days(schedule(m))
    on_days = f"{count} jour{'s' if count > 1 else ''}"
    if not m.break_minutes:
        return f"{format_duration(m.training_minutes)} de formation ({on_days})"
    breaks = f"{m.break_minutes} min" if m.break_minutes < 60 else format_duration(m.break_minutes)
    return (f"{format_duration(m.training_minutes)} de formation, plus {breaks} de pauses "
            f"({format_duration(m.total_minutes)} de présence sur {on_days})")


def _header(ctx: ModuleContext, kind: str) -> str:
    return (f'<header class="cover"><p class="kind">{DOCUMENTS[kind]}</p><h1>{esc(ctx.module.title)}</h1>'
            f'<p class="subtitle">Durée : {_duration_line(ctx)} · Relier</p></header>')


def programme(ctx: ModuleContext, cover: bool = True) -> str:
    m = ctx.module
    rows = [
        ("Public visé", _list(m.audience)), ("Prérequis", _list(m.prerequisites)),
        ("Objectifs pédagogiques", _list(m.objectives)),
        ("Compétences visées", _list([ctx.label("competences", c) for c in m.competences])),
        ("Durée", f"<p>{_duration_line(ctx)}</p>"),
        ("Modalités d'accès", _paragraphs(m.access)), ("Délais d'accès", _paragraphs(m.access_delay)),
        ("Tarif", _paragraphs(m.price)), ("Contact", _paragraphs(m.contact)),
        ("Méthodes mobilisées", _list(m.methods)), ("Modalités d'évaluation", _list(m.assessment)),
        ("Accessibilité aux personnes en situation de handicap", _paragraphs(m.accessibility)),
    ]
    fm = m.source.front_matter
    if isinstance(fm.get("profil_formateur"), str):
        rows.insert(-3, ("Profil du formateur", _paragraphs(fm["profil_formateur"])))
    results = [r for r in fm.get("indicateurs_resultats") or [] if isinstance(r, str)]
    if results:
        rows.append(("Indicateurs de résultats", _list(results)))
    table = _colgroup(30, 70) + "".join(f"<tr><th scope=\"row\">{esc(name)}</th><td>{value}</td></tr>" for name, value in rows)
    content = "".join(
        f"<li><strong>{esc(slot.sequence.title)}</strong> ({format_duration(slot.sequence.minutes)}"
        f"{', ' + esc(ctx.label('categories_sequence', slot.sequence.category)).lower()})</li>"
        for slot in schedule(m) if slot.sequence.category != "pause")
    updated = m.updated or m.created
    return ('<div class="compact">' + (_header(ctx, "programme") if cover else "")
            + (f"<p class=\"lead\">{esc(m.summary)}</p>" if m.summary else "")
            + f'<table class="programme">{table}</table>'
            + f"<h2>Contenu</h2><ol>{content}</ol>"
            + (f"<p class=\"small\">Programme mis à jour le {updated.strftime('%d/%m/%Y')}.</p>" if updated else "")
            + "</div>")


def _colgroup(*percents: int) -> str:
    """Column widths that every format keeps: WeasyPrint and browsers read them, and so does
    pandoc, which turns them into the DOCX and ODT tables' relative widths."""
    return "<colgroup>" + "".join(f'<col style="width: {p}%" width="{p}%">' for p in percents) + "</colgroup>"


def _render_body(sheet: Sheet) -> str:
    label = f'<p class="paroles-nature"><em>{esc(quotes_label(sheet, provenance_of(sheet)))}</em></p>'
    html = markdown.markdown(body_with_quotes_label(sheet, label), extensions=["tables", "attr_list", "sane_lists"], output_format="html")
    html = re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
    return sanitise(html)


def _sheet(ctx: ModuleContext, sheet: Sheet, number: int) -> str:
    facets = [("Publics", "publics", "publics"), ("Secteurs", "secteurs", "secteurs"),
              ("Modes d'intervention", "modes_intervention", "modes_intervention"),
              ("Concepts", "concepts", "concepts")]
    card = "".join(f"<dt>{name}</dt><dd>{esc(', '.join(ctx.label(vocab, t) for t in sheet.terms.get(key, ())))}</dd>"
                   for name, key, vocab in facets if sheet.terms.get(key))
    return (f'<section class="sheet" id="fiche-{esc(sheet.id)}"><h2>Fiche {number} · {esc(sheet.title)}</h2>'
            f'<p class="lead">{esc(sheet.summary)}</p><dl class="card">{card}</dl>{_render_body(sheet)}</section>')


def _annexes(ctx: ModuleContext) -> str:
    """The tools the sheets supply, each after a line that says what it is."""
    if not ctx.annexes:
        return ""
    titles = {sheet.id: sheet.title for sheet in ctx.sheets}
    parts = []
    for document in ctx.annexes:
        html = markdown.markdown(annex_body(document), extensions=["tables", "attr_list", "sane_lists"],
                                 output_format="html")
        html = re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
        about = ", ".join(titles[s] for s in document.sheets if s in titles)
        parts.append(f'<section class="sheet annex" id="annexe-{esc(document.annex.slug)}">'
                     f"<h2>{esc(document.annex.title)}</h2>"
                     f'<p class="paroles-nature"><em>{esc(nature_words(document))} Annexe de : {esc(about)}.</em></p>'
                     f"{sanitise(html)}</section>")
    return f'<div class="annexes"><h1 class="part">Outils et annexes</h1>{"".join(parts)}</div>'


def _concepts(ctx: ModuleContext) -> list[str]:
    seen: dict[str, None] = {}
    for sheet in ctx.sheets:
        for concept in sheet.terms.get("concepts", ()):
            seen.setdefault(concept, None)
    return list(seen)


def _glossary(ctx: ModuleContext) -> str:
    vocabulary = ctx.vocabularies.get("concepts")
    if vocabulary is None:
        return ""
    terms = sorted((vocabulary.terms[c] for c in _concepts(ctx) if c in vocabulary.terms), key=lambda t: t.label.casefold())
    items = "".join(f"<dt>{esc(t.label)}</dt><dd>{esc(t.definition)}</dd>" for t in terms)
    return f'<section class="glossary" id="glossaire"><h1>Glossaire des concepts</h1><dl>{items}</dl></section>'


def _source_text(source: Source) -> str:
    parts = [esc(source.author)] if source.author else []
    parts.append(f"<cite>{esc(source.title)}</cite>")
    if source.year:
        parts.append(str(source.year))
    text = ", ".join(parts)
    return text + (f' — <a href="{esc(source.url)}">{esc(source.url)}</a>' if source.url else "")


def _references(ctx: ModuleContext) -> str:
    seen: dict[tuple[str, str | None, int | None], Source] = {}
    for sheet in ctx.sheets:
        for source in sheet.sources:
            seen.setdefault((source.title.casefold(), source.author, source.year), source)
    ordered = sorted(seen.values(), key=lambda s: ((s.author or s.title).casefold(), s.year or 0))
    return "<section id=\"references\"><h1>Références</h1><ul class=\"references\">" + "".join(
        f"<li>{_source_text(s)}</li>" for s in ordered) + "</ul></section>"


def _credits(ctx: ModuleContext) -> str:
    m = ctx.module

    def names(authors) -> str:
        return ", ".join(esc(a.name) + (f" ({esc(a.role)})" if a.role else "") for a in authors)

    rows = "".join(f"<li><strong>{esc(s.title)}</strong> — {names(s.authors)} — licence "
                   f"{esc(LICENCES.get(s.licence, s.licence))}</li>" for s in ctx.sheets)
    return ("<section class=\"credits\" id=\"credits\"><h1>Crédits et licence</h1>"
            f"<p>Module conçu par {names(m.authors)}, sous licence {esc(LICENCES.get(m.licence, m.licence))}.</p>"
            "<p>Les fiches reproduites dans ce document sont publiées par leurs auteurs sous licence libre. "
            "Vous pouvez les copier, les adapter et les diffuser, à condition de citer leurs auteurs et de "
            "partager vos adaptations sous la même licence.</p>"
            f"<ul>{rows}</ul>"
            f"<p class=\"small\">Document produit par Relier le {dt.date.today().strftime('%d/%m/%Y')}.</p></section>")


def _map(ctx: ModuleContext) -> str:
    if not ctx.has_map:
        return ""
    return ('<section class="map" id="carte"><h1>Carte des concepts du module</h1>'
            f'<figure><img src="{MAP_FILE}" alt="Carte des concepts : chaque fiche du module reliée aux concepts '
            f'qu\'elle mobilise ; les concepts partagés par plusieurs fiches sont marqués d\'un losange plein.">'
            "<figcaption>À gauche, les fiches du module ; à droite, les concepts qu'elles mobilisent. "
            "Les concepts partagés par plusieurs fiches (losange plein, nom en gras, nombre de fiches) "
            "sont les fils qui relient le module.</figcaption>"
            "</figure></section>")


def booklet(ctx: ModuleContext) -> str:
    m = ctx.module
    sheets = "".join(_sheet(ctx, sheet, i) for i, sheet in enumerate(ctx.sheets, 1))
    entries = [(f"fiche-{s.id}", f"Fiche {i} · {s.title}") for i, s in enumerate(ctx.sheets, 1)]
    entries += [(f"annexe-{d.annex.slug}", f"Annexe · {d.annex.title}") for d in ctx.annexes]
    entries += [("glossaire", "Glossaire des concepts")]
    entries += [("carte", "Carte des concepts du module")] if ctx.has_map else []
    entries += [("references", "Références"), ("credits", "Crédits et licence")]
    toc = "".join(f'<li><a href="#{esc(anchor)}">{esc(text)}</a></li>' for anchor, text in entries)
    return (_header(ctx, "livret") + (f"<p class=\"lead\">{esc(m.summary)}</p>" if m.summary else "")
            + f"<section><h1>Objectifs de la formation</h1>{_list(m.objectives)}"
            + f'<h2>Sommaire</h2><ol class="toc">{toc}</ol></section>'
            + f'<div class="sheets"><h1 class="part">Les fiches pratiques</h1>{sheets}</div>'
            + _annexes(ctx) + _glossary(ctx) + _map(ctx) + _references(ctx) + _credits(ctx))


def _slot_row(ctx: ModuleContext, slot: Slot, titles: dict[str, str]) -> str:
    sheets = "<br>".join(esc(titles.get(s, s)) for s in slot.sequence.sheets)
    return (f"<tr><td>J{slot.day}</td><td>{slot.start_text}</td><td>{slot.end_text}</td>"
            f"<td>{esc(slot.sequence.title)}</td><td>{esc(ctx.label('categories_sequence', slot.sequence.category))}</td>"
            f"<td>{sheets}</td></tr>")


def _sequence_detail(ctx: ModuleContext, slot: Slot, titles: dict[str, str]) -> str:
    s = slot.sequence
    parts = [f'<section class="sequence"><h2>J{slot.day} · {slot.start_text} – {slot.end_text} · {esc(s.title)}</h2>',
             f"<p class=\"small\">{esc(ctx.label('categories_sequence', s.category))} · {format_duration(s.minutes)}</p>"]
    if s.sheets:
        parts.append("<p><strong>Fiches :</strong> " + ", ".join(esc(titles.get(i, i)) for i in s.sheets) + "</p>")
    if s.instructions:
        parts.append("<h3>Consignes</h3>" + _paragraphs(s.instructions))
    if s.materials:
        parts.append("<h3>Matériel et supports</h3>" + _list(s.materials))
    if s.trainer_notes:
        parts.append('<h3>Notes pour le formateur</h3><div class="notes">' + _paragraphs(s.trainer_notes) + "</div>")
    return "".join(parts) + "</section>"


def guide(ctx: ModuleContext) -> str:
    slots = schedule(ctx.module)
    titles = {s.id: s.title for s in ctx.sheets}
    table = ('<table class="schedule">' + _colgroup(6, 8, 8, 30, 14, 34) + '<thead><tr><th>Jour</th><th>Début</th><th>Fin</th><th>Séquence</th>'
             '<th>Type</th><th>Fiches</th></tr></thead><tbody>'
             + "".join(_slot_row(ctx, slot, titles) for slot in slots) + "</tbody></table>")
    details = "".join(_sequence_detail(ctx, slot, titles) for slot in slots)
    sheets = "".join(_sheet(ctx, sheet, i) for i, sheet in enumerate(ctx.sheets, 1))
    return (_header(ctx, "guide") + "<section><h1>Déroulé minuté</h1>" + table
            + "<p class=\"small\">La pause déjeuner n'apparaît pas dans le déroulé : l'après-midi reprend à "
              "l'heure indiquée.</p></section>"
            + f'<section><h1>Les séquences</h1>{details}</section>'
            + f'<div class="sheets"><h1 class="part">Annexe : les fiches</h1>{sheets}</div>' + _credits(ctx))
