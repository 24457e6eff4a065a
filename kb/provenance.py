"""A sheet's provenance, read from its front matter, and the words that tell it to a reader.

Shared by the checks, the site and the exports (no I/O here): what a sheet's « Paroles de
praticiens » are, who reviewed it and when, and what backs its evidence level."""

from __future__ import annotations

from typing import Any

from .model import Provenance, Review, Section, Sheet, parse_date
from .text import fold, heading_key

QUOTES_SECTION = "Paroles de praticiens"
_QUOTES_KEY = heading_key(QUOTES_SECTION)

# The label shown above « Paroles de praticiens », on the site and in the exports.
QUOTES_LABELS = {
    "composite": ("Propos reconstitués à titre d'illustration par l'équipe de rédaction, à partir de situations "
                  "types : ce ne sont pas des citations de personnes réelles."),
    "temoignage": "Propos réels, cités avec l'accord des personnes, qui ne sont désignées que par leur fonction : ",
}
QUOTES_UNDECLARED = ("Nature de ces propos non déclarée : lisez-les comme des exemples, pas comme des "
                     "citations vérifiées.")

OPINIONS = {
    "favorable": "avis favorable",
    "favorable_avec_reserves": "avis favorable avec réserves",
    "defavorable": "avis défavorable",
}

# evidence level -> (what it means, in a practitioner's words; what its backing is called)
EVIDENCE_WORDS = {
    "obligation_legale": ("Obligation légale : un texte impose cette pratique (ce qui ne dit rien de l'efficacité "
                          "de la façon de faire décrite)", "Texte qui l'impose"),
    "recommandee": ("Recommandée par une autorité publique (HAS, ex-ANESM…)", "Recommandation"),
    "evaluee": ("Évaluée : des études ont mesuré ses effets", "Étude"),
    "documentee": ("Documentée : décrite dans des ouvrages et des guides professionnels, sans évaluation publiée "
                   "de ses effets", "Références"),
    "experientielle": ("Expérientielle : repose sur l'expérience de terrain, sans écrit publié ni évaluation",
                       "Appui"),
}
EFFECT_WORDS = {
    "positif": "Évaluée : les études citées trouvent des effets positifs",
    "mitige": "Évaluée : les résultats des études sont contrastés",
    "sans_effet_demontre": "Évaluée : les études citées n'ont pas montré d'effet",
}



def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def provenance_of(sheet: Sheet) -> Provenance:
    """Tolerant: a value of the wrong shape reads as absent (the schema check reports it)."""
    fm = sheet.source.front_matter
    reviews = []
    for item in fm.get("relectures") or []:
        if isinstance(item, dict):
            reviews.append(Review(name=_text(item.get("nom")) or "", role=_text(item.get("role")) or "",
                                  date=parse_date(item.get("date")), opinion=_text(item.get("avis")) or "",
                                  organisation=_text(item.get("structure")), comment=_text(item.get("commentaire"))))
    quotes = fm.get("paroles") if isinstance(fm.get("paroles"), dict) else {}
    evidence = fm.get("preuve") if isinstance(fm.get("preuve"), dict) else {}
    return Provenance(
        reviews=tuple(reviews),
        legal_checked=parse_date(fm.get("date_verification_juridique")),
        review_due=parse_date(fm.get("revoir_avant")),
        quotes_nature=_text(quotes.get("nature")),
        evidence_backing=_text(evidence.get("appui")),
        evidence_effect=_text(evidence.get("effet")),
    )


def independent_reviews(sheet: Sheet, provenance: Provenance) -> list[Review]:
    """Favourable reviews by someone who is not one of the sheet's authors."""
    authors = {fold(a.name).strip() for a in sheet.authors}
    return [r for r in provenance.reviews
            if r.opinion in ("favorable", "favorable_avec_reserves") and fold(r.name).strip() not in authors]


def quotes_section(sheet: Sheet) -> Section | None:
    """The « Paroles de praticiens » section, if the sheet has one."""
    for section in sheet.sections:
        if heading_key(section.title) == _QUOTES_KEY:
            return section
    return None


def quotes_label(sheet: Sheet, provenance: Provenance) -> str:
    """The plain-text label that says what the « Paroles de praticiens » are."""
    if provenance.quotes_nature == "temoignage":
        people = []
        for item in (sheet.source.front_matter.get("paroles") or {}).get("temoignages") or []:
            if isinstance(item, dict):
                who = ", ".join(v for v in (_text(item.get("role")), _text(item.get("structure"))) if v)
                source = _text(item.get("source"))
                people.append(who + (f" ({source})" if source else ""))
        return QUOTES_LABELS["temoignage"] + ("; ".join(people) or "sources non précisées") + "."
    return QUOTES_LABELS.get(provenance.quotes_nature or "", QUOTES_UNDECLARED)


def body_with_quotes_label(sheet: Sheet, paragraph: str) -> str:
    """The sheet's body with `paragraph` (already-built, escaped HTML) right under the
    « Paroles de praticiens » heading; the body unchanged when the sheet has no such section."""
    section = quotes_section(sheet)
    if section is None:
        return sheet.body
    body = sheet.body
    return body[:section.start] + "\n\n" + paragraph + "\n\n" + body[section.start:].lstrip("\n")


def evidence_words(level: str | None, provenance: Provenance) -> tuple[str, str, str | None]:
    """(what the level means, what its backing is called, the backing) for a reader."""
    if level is None or level not in EVIDENCE_WORDS:
        return ("Niveau de preuve non renseigné", "Appui", provenance.evidence_backing)
    meaning, backing_name = EVIDENCE_WORDS[level]
    if level == "evaluee" and provenance.evidence_effect in EFFECT_WORDS:
        meaning = EFFECT_WORDS[provenance.evidence_effect]
    return meaning, backing_name, provenance.evidence_backing
