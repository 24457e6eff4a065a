"""Names the dictionary of first names cannot vouch for: a nickname said to be one (« on l'appelle
« Titi » », « Le Grand Bébert dort… »), and a capitalised word it does not hold that an age or a
relative marks as someone's name (« Nadjati, 13 ans, », « Son mari, Amazigh, »)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2

from ..french_words import is_french
from ..text import fold
from .findings import Finding
from .names import (AUTHOR_VERB, BEING, CAPITALISED_THINGS, CITED_AUTHORS, HISTORIC_YEAR, NOT_SURNAMES, PERSON_AFTER, SITUATION,
                    SENTENCE_WORDS, VERB_AFTER, VERB_WORDS, citation_spans, cites_someone, first_name_finding, in_a_work, in_fiction,
                    is_first_name,
                    is_month_or_place_word, is_wordlike, sentence_around)

# a nickname: said to be one (« on l'appelle « Titi » », « « Momo » (c'est comme ça que tout le monde
# l'appelle) », « Doudou, comme il se fait appeler »), or a familiar title before a name that then does
# something (« Le Grand Bébert dort toujours sous le pont », « Mamie Jo lance la chanson »)
_NICK = r"(?P<nick>(?-i:(?:(?:le|la|les)\s+|l['’])?[A-ZÀ-Ý])[^»\"”\n]{0,24}?)"
_CALLED = r"(?:l['’]appell?(?:e|es|ent|ait|aient)|l['’]a\s+surnomm[ée]e?|se\s+fai(?:t|sait)\s+appeler|surnomm[ée]e?)"
_SOMEONE = (r"(?:r[ée]sidente?|jeune|monsieur|dame|homme|femme|gar[çc]on|fille|fillette|gamin|gamine|enfant|ado|adolescente?"
            r"|usag[èe]re?|patiente?|b[ée]n[ée]ficiaire|h[ée]berg[ée]e?|locataire|papi|papy|mamie|vieil\s+homme|vieille\s+dame"
            r"|gars|type|mec|petit|petite|p[èe]re|m[èe]re|accueillie?|pensionnaire)")
_NICKNAMES = (
    re.compile(rf"[«\"“]\s*{_NICK}\s*[»\"”]\s*\([^()\n]{{0,40}}?(?:de\s+son\s+vrai\s+nom|alias|pour\s+l['’][ée]tat\s+civil)",
               re.IGNORECASE),
    re.compile(rf"\b{_SOMEONE}\s+(?:que|qu['’](?:on|il|elle|ils|elles))\s+(?:[^.\n«]{{0,30}}?\s)?appell?(?:e|es|ent|ait|aient)"
               rf"\s+[«\"“]\s*{_NICK}\s*[»\"”]", re.IGNORECASE),
    re.compile(rf"\b{_CALLED}\s+[«\"“]\s*{_NICK}\s*[»\"”]", re.IGNORECASE),
    re.compile(rf"[«\"“]\s*{_NICK}\s*[»\"”]\s*,?\s*\(?\s*(?:c['’]est\s+)?(?:comme|ainsi\s+que|son\s+surnom|c['’]est\s+son\s+surnom)"
               rf"[^.\n]{{0,60}}?(?:{_CALLED}|surnom)", re.IGNORECASE),
    re.compile(r"(?:^|(?<=[.!?:;\n])\s*)(?P<nick>[A-ZÀ-Ý][\w'’-]+)\s*[,(]\s*(?:comme\s+(?:il|elle)\s+se\s+fai(?:t|sait)\s+appeler"
               r"|(?:c['’]est\s+)?son\s+surnom)"),
)
_FAMILIAR = re.compile(r"\b(?:Le\s+(?:Grand|Petit|Gros|Vieux|P['’]tit)|La\s+(?:Grande|Petite|Vieille|P['’]tite)|P['’]tite?"
                       r"|Tonton|Tata|Tatie|Tati|Mamie|Mamy|Papy|Papi|Mémé|Pépé)\s+(?P<nick>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)")


# « « Bébert » (Albert Morisseau) »: a nickname, then the first name and the surname it stands for
_NICK_THEN_NAME = re.compile(rf"[«\"“]\s*{_NICK}\s*[»\"”]\s*\(\s*(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
                             r"[ \t]+[A-ZÀ-Ý][\w'’-]+\s*\)")


def nickname_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _NICK_THEN_NAME.finditer(text, lo, hi):
        if is_first_name(match.group("first")):
            yield Finding("donnee-nom", match.start("nick"), match.end(), "un surnom et le nom qu'il remplace",
                          "un surnom désigne la personne aussi sûrement que son nom : retirez-les")
    for pattern in _NICKNAMES:
        for match in pattern.finditer(text, lo, hi):
            nick = match.group("nick").strip()
            if nick.split()[0] in NOT_SURNAMES and len(nick.split()) == 1:
                continue
            yield Finding("donnee-nom", match.start("nick"), match.start("nick") + len(nick), "un surnom",
                          "un surnom désigne la personne aussi sûrement que son nom : retirez-le")
    for match in _FAMILIAR.finditer(text, lo, hi):
        nick = match.group("nick")
        if nick in CAPITALISED_THINGS or is_wordlike(nick):
            continue
        after = text[match.end():min(len(text), match.end() + 60)]
        if VERB_AFTER.match(after) and not BEING.match(after) or PERSON_AFTER.match(after):
            yield Finding("donnee-nom", match.start(), match.end(), "un surnom",
                          "un surnom désigne la personne aussi sûrement que son nom : retirez-le")


# an unknown capitalised word, then an age: a name the dictionary lacks (« Nadjati, 13 ans, est
# confiée à sa tante », « *Wilner*, 16 ans »); not a word that takes an age (« Public (16 ans) »)
_AGED = re.compile(r"(?:^|(?<=[.!?:;\n(|])|(?<=[.!?:;(|-]\s)|(?<=\bde\s)|(?<=\bavec\s)|(?<=\bpour\s)|(?<=\bchez\s)"
                   r"|(?<=\bet\s)|(?<=\bà\s)|(?<=\bd['’])|(?<=\bvu\s)|(?<=\brevu\s)|(?<=\bvue\s)|(?<=\brevue\s))"
                   r"(?:\*\*?|__?)?(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]{2,})?"
                   r"(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿĀ-ɏ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]{2,})?){0,2})(?:\*\*?|__?)?"
                   r"(?:\s*,\s*(?:[âa]g[ée]e?\s+de\s+)?\d{1,2}\s*(?:ans|mois)\s*[,;:.)]|\s*\(\s*\d{1,2}\s*(?:ans|mois)\s*\)"
                   r"|\s*,\s*(?:arriv[ée]e?|h[ée]berg[ée]e?|plac[ée]e?|scolaris[ée]e?|d[ée]scolaris[ée]e?|accueillie?|hospitalis[ée]e?"
                   r"|incarc[ée]r[ée]e?|enceinte|orphelin(?:e)?|mineure?\s+non\s+accompagn[ée]e?)\s+(?:de|du|des|d['’]|en|au|à|dans|chez"
                   r"|depuis|il\s+y\s+a)\b)")
_TAKES_AN_AGE = frozenset("""
Public Publics Jeunes Jeune Enfants Enfant Mineurs Mineur Mineure Mineures Adolescents Adolescent Adolescente
Adolescentes Ados Ado Garçons Garçon Filles Fille Bébés Bébé Nourrissons Adultes Adulte Âge Age Durée Depuis Environ
Ensuite Puis Après Avant Désormais Alors Soit Moyenne Total Entre Seuil Majorité Limite Aujourd Hier Autrefois Déjà
Dès Jusqu Pendant Durant Fratrie Frères Sœurs Soeurs Aîné Aînée Cadet Cadette Benjamin Benjamine Jumeaux Jumelles
Élèves Eleves Étudiants Lycéens Collégiens Femmes Femme Hommes Homme Personnes Personne Résidents Résidentes
Patients Patientes Usagers Bénéficiaires Participants Participantes Groupe Classe Section Tranche Catégorie Cible
Accueil Âgés Agés Seniors Retraités Parents Mères Pères Couples Familles Total Soit Exemple Cas Situation
""".split())


# « Son mari, Amazigh, est devenu aidant »: a relative, then their name between commas
KIN_WORDS = r"mari|femme|[ée]pouse?|compagnon|compagne|conjointe?|fils|fille|fr[èe]re|s[œo]e?ur|m[èe]re|p[èe]re|oncle|tante"
_KIN_APPOSITION = re.compile(rf"\b(?i:son|sa)\s+(?i:{KIN_WORDS})\s*,\s*(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)\s*,")


# « la maman de Zozan Aydın », « le fils de Sokha Chhim »: a relative of someone named in full
_RELATIVE_OF = re.compile(rf"\b(?i:la\s+maman|le\s+papa|(?:la|sa)\s+(?:m[èe]re|grand-m[èe]re|s[œo]e?ur|fille|femme|compagne)"
                          rf"|(?:le|son)\s+(?:p[èe]re|grand-p[èe]re|fr[èe]re|fils|mari|compagnon)|les\s+enfants)\s+(?:de|d['’])\s*"
                          r"(?:\*\*?|__?)?(?!(?:Mme|Mlle|Mr|Dr|Me|Saint|Sainte)\b)(?P<name>[A-ZÀ-Ý][a-zà-ÿĀ-ɏ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]{2,})?[ \t]+[A-ZÀ-ÝĀ-ɏ][a-zà-ÿĀ-ɏ]{2,}"
                          r"(?:-[A-ZÀ-Ý][a-zà-ÿ]{2,})?)(?![\w-])")


def aged_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _RELATIVE_OF.finditer(text, lo, hi):
        words = match.group("name").split()
        if any(word in SENTENCE_WORDS or word in CITED_AUTHORS or word in CAPITALISED_THINGS or is_wordlike(word)
               or is_month_or_place_word(word) for word in words) or is_first_name(words[0]) \
                or in_a_work(text, match.start("name"), match.end("name")):
            continue  # (a known first name is the dictionary's: kb/checks/names.py)
        yield first_name_finding(match.start("name"), match.end("name"))
    for match in _KIN_APPOSITION.finditer(text, lo, hi):
        name = match.group("name")
        if name not in SENTENCE_WORDS and name not in CITED_AUTHORS and not is_wordlike(name) \
                and not is_first_name(name) and not is_month_or_place_word(name):
            yield first_name_finding(match.start("name"), match.end("name"))
    for match in _AGED.finditer(text, lo, hi):
        first, *more = match.group("name").split()
        if first in _TAKES_AN_AGE or first in SENTENCE_WORDS or first in CITED_AUTHORS or is_wordlike(first) \
                or is_month_or_place_word(first) or any(word in _TAKES_AN_AGE or word in SENTENCE_WORDS
                                                        or is_month_or_place_word(word) for word in more) \
                or in_a_work(text, match.start("name"), match.end("name")):
            continue  # (« *Le Gamin au vélo* (les Dardenne) : Cyril, placé en foyer, … »: a character)
        yield first_name_finding(match.start("name"), match.end("name"))


# initials for the first name, then the surname, heading a sentence that says what the person does:
# « J.-P. Wiśniewski refuse toujours l'entrée en EHPAD » (« M. » is a civility: kb/checks/privacy.py)
_INITIALLED = re.compile(r"(?:^|(?<=[.!?:;\n«(]))[ \t*_-]*(?P<name>[A-LN-Z]\.(?:[ \t]?-?[A-Z]\.)?[ \t]+"
                         r"(?P<surname>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?))")


def initialled_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    cited = None
    for match in _INITIALLED.finditer(text, lo, hi):
        surname, after = match.group("surname"), text[match.end():match.end() + 80]
        if surname in CITED_AUTHORS or surname in SENTENCE_WORDS or surname in CAPITALISED_THINGS \
                or not VERB_AFTER.match(after) or AUTHOR_VERB.match(after):
            continue
        sentence = sentence_around(text, match.start("name"), match.end())
        if HISTORIC_YEAR.search(sentence) or in_a_work(text, match.start("name"), match.end()):
            continue
        cited = citation_spans(text) if cited is None else cited
        if any(c_lo <= match.start() < c_hi for c_lo, c_hi in cited):
            continue
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "des initiales et un nom",
                      "un nom de famille désigne la personne même sans son prénom : écrivez « M. D. » ou une description")


# a surname after the words a worker's notes and agendas put before a family's: « VAD Hamidou », « Objet :
# situation Benhamou », « dossier Kerbrat », « synthèse Lemaire » (a capitalised word no dictionary holds)
_CUED = re.compile(r"\b(?:VAD|[Vv]ad|[Ss]ituation|[Dd]ossier|[Ss]ynth[èe]se|[Aa]udience|[Vv]isite\s+chez(?:\s+les)?"
                   r"|(?:RDV|[Rr]dv|[Rr]endez-vous)\s+(?:avec|chez)(?:\s+les)?)\s+(?:de\s+|des\s+|du\s+)?"
                   r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’-])")
# the services, platforms and events a file or a situation is named after (« dossier Parcoursup », « situation Covid »)
_CUED_THINGS = frozenset("""
Covid Parcoursup Ameli Doctolib Pronote Affelnet Internet Facebook Snapchat Instagram Tiktok TikTok Whatsapp WhatsApp
Teams Zoom Excel Word Outlook Google Linkedin LinkedIn Youtube YouTube Netflix Samu Urgences Dalo Dahu Ofpra Cnda
""".split())
# someone's name, said to be theirs: « le monsieur s'appelle Marinescu », « ma fille s'appelle Inès »
_CALLED_NAME = re.compile(
    r"(?i:\b(?:il|elle|monsieur|madame|la\s+dame|le\s+monsieur|l['’]enfant|le\s+jeune|la\s+jeune|le\s+petit|la\s+petite"
    r"|l['’]usag[èe]re?|le\s+r[ée]sident|la\s+r[ée]sidente|le\s+patient|la\s+patiente"
    r"|(?:mon|ton|son|notre|votre|leur)\s+(?:fils|fr[èe]re|p[èe]re|mari|compagnon|copain|neveu|oncle|grand-p[èe]re|b[ée]b[ée])"
    r"|(?:ma|ta|sa|notre|votre|leur)\s+(?:fille|s[œo]e?ur|m[èe]re|femme|compagne|copine|ni[èe]ce|tante|grand-m[èe]re))"
    r"\s+s['’]appel(?:le|ait)\s+)(?P<name>[A-ZÀ-Ý][\w'’-]+)")
# a name spelled out letter by letter: « je vous l'épelle M A R I N E S C U »
_SPELLED = re.compile(r"(?i:[ée]pel\w*|s['’][ée]crit|lettre\s+par\s+lettre)[^\n]{0,40}?(?P<name>(?-i:[A-Z](?:[ .-]{1,2}[A-Z]){3,}))"
                      r"(?![A-Za-z])")


def cue_name_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _CUED.finditer(text, lo, hi):
        name = match.group("name")
        if name in NOT_SURNAMES or name in SENTENCE_WORDS or name in CAPITALISED_THINGS or name in CITED_AUTHORS \
                or name in _CUED_THINGS or is_wordlike(name) or is_month_or_place_word(name) or is_french(fold(name)) \
                or in_a_work(text, match.start("name"), match.end("name")):
            continue
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "le nom d'une famille",
                      "écrivez « la famille D. » ou « une famille de quatre enfants »")
    for match in _CALLED_NAME.finditer(text, lo, hi):
        name = match.group("name")
        if name in NOT_SURNAMES or name in SENTENCE_WORDS or in_a_work(text, match.start("name"), match.end("name")):
            continue
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "le nom de quelqu'un",
                      "retirez le nom ; décrivez la personne (« un homme de 70 ans »)")
    for match in _SPELLED.finditer(text, lo, hi):
        yield Finding("donnee-nom", match.start("name"), match.end("name"), "un nom épelé",
                      "retirez le nom ; décrivez la personne (« un homme de 70 ans »)")


# a first name the dictionary lacks, heading a sentence or a list item before what someone does, in a sentence about
# their life (« Teva participe à l'atelier jardin… à l'IME », « Kavin, porteur de trisomie 21, entre en ULIS »): one
# RE2 pass finds the few candidates (privacy set 14, 2026-12-08: the rarest first names were missed alone)
_HEAD_VERBS = VERB_WORDS + (r"|vend|participe|supporte|anime|enseignait|travaillait|lit|écrit|dessine|porte|garde|perd"
                             r"|oublie|sourit|chante|marche|apprend|progresse|rechute|ont")
_HEAD = re2.compile(r"(?:^|[.!?;:]\s+|\n\s*(?:[-*+]\s+)?)(?:\*\*|__)?([A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]{2,})?)(?:\*\*|__)?"
                    r"(?:\s*,[^,.;:\n]{2,50},|\s*\([^()\n]{1,40}\))?\s+(?:" + _HEAD_VERBS + r")\b")
_ABOUT_SOMEONE = re.compile(r"(?i)\b(?:sa|son|ses|elle|il|lui|m[èe]re|p[èe]re|maman|papa|fr[èe]re|s[œo]eur|cousine?|cr[èe]che"
                            r"|IME|ULIS|AESH|CHRS|CSAPA|foyer|maraude|[ée]cole|coll[èe]ge|classe|pouponni[èe]re|ans|mois)\b")


def unknown_head_findings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _HEAD.finditer(text, lo, hi):
        name = match.group(1)
        start, end = match.span(1)
        if name in NOT_SURNAMES or name in SENTENCE_WORDS or name in CAPITALISED_THINGS or name in CITED_AUTHORS \
                or is_month_or_place_word(name) or is_wordlike(name) or is_first_name(name) or is_french(fold(name)):
            continue  # (a known first name is the dictionary's: kb/checks/names.py)
        sentence = sentence_around(text, start, end)
        if not (_ABOUT_SOMEONE.search(sentence[sentence.find(name) + len(name):]) or SITUATION.search(sentence)):
            continue
        if cites_someone(sentence) or in_fiction(sentence) or HISTORIC_YEAR.search(sentence) \
                or AUTHOR_VERB.match(text[end:end + 80]):
            continue
        yield first_name_finding(start, end)
