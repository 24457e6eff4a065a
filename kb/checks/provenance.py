"""Check that a sheet tells the truth about itself: the nature of its « Paroles de praticiens »,
a review behind « validée », a review date not yet passed, and a backing for its evidence level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..diagnostics import Diagnostic, error, warning
from ..model import Position, Sheet
from ..provenance import independent_reviews, provenance_of, quotes_section
from .sections import PLACEHOLDER


def check_provenance(sheet: Sheet, today: dt.date | None = None) -> Iterator[Diagnostic]:
    today = today or dt.date.today()
    yield from _quotes(sheet)
    yield from _reviews(sheet, today)
    yield from _evidence(sheet)


def _quotes(sheet: Sheet) -> Iterator[Diagnostic]:
    fm = sheet.source.front_matter
    rel = sheet.source.rel_path
    section = quotes_section(sheet)
    text = section.text(sheet.body) if section else ""
    quotes = fm.get("paroles")
    if section and text and not PLACEHOLDER.match(text) and not isinstance(quotes, dict):
        yield error(rel, (section.line, 1), "paroles-nature",
                    "la section « Paroles de praticiens » ne dit pas d'où viennent ces propos : ajoutez dans "
                    "l'en-tête « paroles: {nature: composite} » s'ils ont été écrits par la rédaction, ou "
                    "« paroles: {nature: temoignage, temoignages: [...]} » pour des citations réelles, "
                    "consenties, avec fonction, structure et source")
        return
    if not isinstance(quotes, dict) or quotes.get("nature") != "temoignage":
        return
    people = quotes.get("temoignages")
    if not isinstance(people, list) or not people:
        yield error(rel, sheet.source.position(("paroles", "nature")), "paroles-nature",
                    "paroles: des témoignages réels doivent être attribués : ajoutez sous « temoignages: » "
                    "une entrée par personne citée (role, structure, source, consentement: true), "
                    "ou déclarez « nature: composite » si les propos ont été écrits par la rédaction")
        return
    for index, person in enumerate(people):
        if isinstance(person, dict) and person.get("consentement") is not True:
            yield error(rel, sheet.source.position(("paroles", "temoignages", index)), "paroles-nature",
                        f"paroles.temoignages[{index + 1}]: une personne n'est citée qu'avec son accord : "
                        "indiquez « consentement: true » une fois l'accord recueilli, ou retirez la citation")


def _reviews(sheet: Sheet, today: dt.date) -> Iterator[Diagnostic]:
    fm = sheet.source.front_matter
    rel = sheet.source.rel_path
    provenance = provenance_of(sheet)
    for index, review in enumerate(provenance.reviews):
        if review.date and review.date > today:
            yield error(rel, sheet.source.position(("relectures", index, "date")), "relecture-requise",
                        f"relectures[{index + 1}].date: la relecture est datée du {review.date:%d/%m/%Y}, dans le futur : "
                        "n'inscrivez une relecture qu'une fois faite")
    if fm.get("statut") == "validee":
        if not independent_reviews(sheet, provenance):
            yield error(rel, sheet.source.position(("statut",)), "relecture-requise",
                        "statut: « validee » exige au moins une relecture favorable par une personne qui n'est pas "
                        "auteur de la fiche, inscrite sous « relectures: » (nom, role, date, avis) ; sinon "
                        "laissez « statut: en_relecture »")
        if provenance.review_due is None:
            yield error(rel, sheet.source.position(("statut",)), "relecture-requise",
                        "statut: une fiche validée indique la date de sa prochaine relecture : ajoutez "
                        "« revoir_avant: AAAA-MM-JJ »")
    if provenance.review_due and provenance.review_due < today and fm.get("statut") != "archivee":
        yield warning(rel, sheet.source.position(("revoir_avant",)), "relecture-echue",
                      f"revoir_avant: la fiche devait être relue avant le {provenance.review_due:%d/%m/%Y} : "
                      "faites-la relire (vérifiez aussi le cadre juridique), puis inscrivez la relecture et une "
                      "nouvelle date")
    if provenance.legal_checked and provenance.legal_checked > today:
        yield error(rel, sheet.source.position(("date_verification_juridique",)), "date",
                    "date_verification_juridique: la date est dans le futur : indiquez le jour où les textes "
                    "ont réellement été vérifiés")


_BACKING = {
    "obligation_legale": "le texte qui impose la pratique, par exemple « CASF L311-6 : un CVS dans tout "
                         "établissement avec hébergement »",
    "recommandee": "la recommandation : autorité, titre et année, par exemple « HAS, Le projet personnalisé : une "
                   "dynamique du parcours d'accompagnement, 2018 »",
    "evaluee": "l'étude ou la revue qui a mesuré les effets (auteurs, année), et « effet: positif », « mitige » ou "
               "« sans_effet_demontre »",
}


def _evidence(sheet: Sheet) -> Iterator[Diagnostic]:
    fm = sheet.source.front_matter
    rel = sheet.source.rel_path
    level = fm.get("niveau_preuve")
    if not isinstance(level, str):  # a list or a mapping: the schema says so, at its line
        return
    provenance = provenance_of(sheet)

    def where() -> Position:  # only when there is something to say: positions cost a second parse
        return sheet.source.position(("niveau_preuve",))

    if level in _BACKING and not provenance.evidence_backing:
        yield error(rel, where(), "preuve-appui",
                    f"niveau_preuve: « {level} » doit dire sur quoi il s'appuie : ajoutez « preuve: {{appui: …}} » "
                    f"avec {_BACKING[level]}")
    if level == "obligation_legale" and not fm.get("cadre_juridique"):
        yield error(rel, where(), "preuve-appui",
                    "niveau_preuve: une obligation légale se fonde sur des textes : listez-les sous "
                    "« cadre_juridique: » (par exemple [\"CASF L311-6\"])")
    if level == "evaluee" and not provenance.evidence_effect:
        yield error(rel, where(), "preuve-appui",
                    "niveau_preuve: dites ce que l'évaluation a trouvé : « preuve: {effet: positif} », « mitige » "
                    "ou « sans_effet_demontre » — une pratique évaluée sans effet démontré reste « evaluee »")
    if provenance.evidence_effect and level != "evaluee":
        yield error(rel, sheet.source.position(("preuve", "effet")), "preuve-appui",
                    f"preuve.effet: un effet mesuré suppose « niveau_preuve: evaluee » (ici « {level} ») : "
                    "changez le niveau ou retirez « effet »")
    if level == "documentee" and not fm.get("sources"):
        yield error(rel, where(), "preuve-appui",
                    "niveau_preuve: une pratique « documentee » l'est par des écrits : citez-les sous « sources: », "
                    "ou choisissez « experientielle »")
