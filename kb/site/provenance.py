"""The provenance block of a sheet's page, and the label above its « Paroles de praticiens »."""

from __future__ import annotations

import datetime as dt

from ..model import Sheet, Vocabulary
from ..provenance import OPINIONS, body_with_quotes_label, evidence_words, provenance_of, quotes_label
from .markup import esc


def _day(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


def provenance_block(sheet: Sheet, statuses: Vocabulary | None, today: dt.date | None = None) -> str:
    """Written by, reviewed by (or « pas encore relue »), up to date as of, legal references checked
    on, next review, and the evidence level in plain words with its backing."""
    today = today or dt.date.today()
    provenance = provenance_of(sheet)
    rows: list[tuple[str, str]] = []
    authors = "; ".join(a.name + (f" ({a.role})" if a.role else "") + (f", {a.organisation}" if a.organisation else "")
                        for a in sheet.authors) or "non indiqué"
    rows.append(("Rédaction", esc(authors)))
    if provenance.reviews:
        reviews = "; ".join(
            esc(r.name + (f" ({r.role}" + (f", {r.organisation}" if r.organisation else "") + ")" if r.role else "")
                + (f", le {_day(r.date)}" if r.date else "") + f" : {OPINIONS.get(r.opinion, r.opinion)}")
            for r in provenance.reviews)
    else:
        reviews = "<strong>Pas encore relue</strong> par une personne extérieure à la rédaction"
    rows.append(("Relecture", reviews))
    status = sheet.term("statut")
    if status:
        rows.append(("Statut", esc(statuses.label_of(status) if statuses else status)))
    as_of = sheet.updated or sheet.created
    if as_of:
        rows.append(("À jour au", esc(_day(as_of))))
    if sheet.source.front_matter.get("cadre_juridique"):
        rows.append(("Textes vérifiés le", esc(_day(provenance.legal_checked)) if provenance.legal_checked
                     else "vérification des textes non datée : contrôlez-les sur Légifrance avant de vous y fier"))
    if provenance.review_due:
        late = provenance.review_due < today
        rows.append(("À relire avant", esc(_day(provenance.review_due))
                     + (" <strong>(date dépassée : le contenu peut avoir vieilli)</strong>" if late else "")))
    meaning, backing_name, backing = evidence_words(sheet.term("niveau_preuve"), provenance)
    evidence = esc(meaning) + (f"<br>{esc(backing_name)} : {esc(backing)}" if backing else "")
    rows.append(("Ce qui fonde la pratique", evidence))
    items = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return ('<section class="relier-provenance" aria-label="Provenance de la fiche">'
            f'<p class="relier-provenance-titre">Provenance et fiabilité</p><dl>{items}</dl></section>\n')


def body_with_label(sheet: Sheet) -> str:
    """The sheet's body, with the nature of its « Paroles de praticiens » stated above them."""
    label = quotes_label(sheet, provenance_of(sheet))
    return body_with_quotes_label(sheet, f'<p class="relier-paroles-nature"><em>{esc(label)}</em></p>')
