"""Personal data about the people accompanied never lands in a sheet (professional secrecy:
CASF L411-3, Code pénal 226-13; RGPD).

Each detector first finds candidates with a cheap pattern, then validates them with a
well-kept library where one exists (python-stdnum for NIR and IBAN, phonenumbers for phone
numbers), so that laws, article numbers, helplines, years, statistics, ISBNs and DOIs do not
raise false alarms. A line may carry a reviewable exception marker naming the code and the
reason: `<!-- relier-autoriser: donnee-nom — autrice de l'ouvrage cité -->` (body) or
`# relier-autoriser: donnee-telephone — standard public` (front matter).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import re2

from ..diagnostics import Diagnostic, error
from .findings import Finding
from .names import (CAPITALISED_THINGS, HISTORIC_YEAR, NOT_NAMES, PROSE_LINE, SENTENCE_WORDS, not_invented, is_wordlike, birth_name_findings, case_folder_findings, family_findings, file_name_findings, first_name_findings,
                    in_a_work, lower_case_name_findings, lower_case_names,
                    is_first_name, name_trigger)
from .unlisted_names import (KIN_WORDS, aged_name_findings, cue_name_findings, initialled_name_findings, nickname_findings,
                             unknown_head_findings)
from .form_fields import form_field_findings
from .spoken_numbers import CUE as SPOKEN_CUE, in_figures, spoken_runs
from .tables import table_header

PRIVACY_CODES = ("donnee-nir", "donnee-telephone", "donnee-courriel", "donnee-iban", "donnee-naissance",
                 "donnee-adresse", "donnee-nom", "donnee-dossier")


_NIR = re.compile(r"(?<![\w+/=.-])[12][ .]?\d\d[ .]?\d\d[ .]?(?:\d\d|2[ABab])[ .]?\d{3}[ .]?\d{3}[ .]?\d\d(?![\w/])")
_PHONE = re.compile(
    r"(?<![\w+/=-])(?<!\d\.)(?:(?:\(\s*)?(?:\+|00)[ .]?(?:33|262|269|590|594|596|508|681|687|689)(?:\s*\))?[ .]?(?:\(0\)[ .]?)?[1-9]"
    r"(?:[ .-]?\d){5,8}|(?:\+|00)[ .]?[1-9]\d{0,2}[ .-]?(?:\(0\)[ .]?)?\d(?:[ .-]?\d){5,11}"
    r"|0[ .-]?[1-9](?:[ .-]?\d){8}|0[1-9](?:/\d\d){4})(?![\w/])")
_NATIONAL_REGIONS = ("FR", "RE", "GP", "GF", "MQ", "YT")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# (a group may begin the next line when the paragraph was wrapped, also in a quotation: « …0205\n>   8410 172 »)
_IBAN = re.compile(r"(?<![^\W_])(?<!/)(?:(?-i:[A-Z]{2} )|[A-Z]{2})\d\d(?:(?:[ -]|\n[ \t>]*)?[A-Z0-9]{4}){2,7}"
                   r"(?:(?:[ -]|\n[ \t>]*)?[A-Z0-9]{1,4})?(?![\w/])", re.IGNORECASE)
_MONTHS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE = (rf"(?:(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+\d{{4}}"
         rf"|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}|\d{{4}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\b)")
_DAY_WORDS = (r"(?:premier|(?:vingt|trente)(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?"
              r"|dix[- ](?:sept|huit|neuf)|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
              r"|quatorze|quinze|seize)")
_NUMBER_WORD = (r"(?:et|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
                r"|vingts?|trente|quarante|cinquante|soixante|cents?)")
_YEAR_WORDS = rf"(?:deux[- ]mille|mille|mil)(?:[- ]{_NUMBER_WORD}){{0,6}}"
# « né le … », « née à Lyon le … », « date de naissance : … »; the day and month suffice, in
# figures or in words (« né le douze mars deux mille neuf »)
_ENGLISH_DATE = r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}"  # a passport's
_BIRTH = re.compile(rf"\b(?:n[ée]e?s?(?:\s*\(e\))?(?:\s+(?:[àa]|en|au|aux)\s+[\w'’ -]{{2,40}}?)?\s+le\s*:?"
                    rf"|date[\s_]+(?:de[\s_]+)?naissance(?:[\s_]+[^:|\n\d]{{0,50}}?)?\s*[:|]?"
                    rf"|n[ée]e?s?_le\s*:"
                    rf"|(?:date\s+of\s+birth|fecha\s+de\s+nacimiento|data\s+(?:de\s+)?na[șşs]terii|data\s+di\s+nascita"
                    rf"|geburtsdatum|do[ğg]um\s+tarihi|data\s+urodzenia|data\s+de\s+nascimento)\s*[:|]?"
                    rf"|naissance\s*[:|]?|(?-i:\bDOB|\bDN)\s*:?"
                    rf"|accouch[ée]e?s?(?:\s+(?:sous\s+(?:le\s+secret|x)|[àa]\s+domicile|[àa]\s+la\s+maternit[ée]|pr[ée]matur[ée]ment"
                    rf"|d['’]une?\s+(?:petite?\s+|premier\s+|deuxi[èe]me\s+)?(?:gar[çc]on|fille|petite?|b[ée]b[ée]|enfant|jumeaux|jumelles)"
                    rf"|de\s+(?:jumeaux|jumelles|triplés))){{0,2}}\s+le\s*:?"
                    rf"|D\.?D\.?N\.?\s*:?)\s+[\"']?(?:le\s+)?(?:{_DATE}|{_ENGLISH_DATE}|\d\s?\d\s*/\s*\d\s?\d\s*/\s*\d(?:\s?\d){{3}}|\d{{1,2}}(?:er)?\s+(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.\s+\d{{4}}|(?:(?:{_DAYS})\s+)?(?:1er|1ᵉʳ|\d{{1,2}}|{_DAY_WORDS})"
                    rf"(?:\s+(?:et|ou|au)\s+(?:le\s+)?(?:\d{{1,2}}|{_DAY_WORDS}))?\s+"
                    rf"(?:{_MONTHS})\b(?:\s+(?:\d{{4}}|{_YEAR_WORDS}))?)", re.IGNORECASE)
# a genealogist's « born » sign: « l'arrière-grand-mère (°12/09/1941) » (not « n°12/09 »)
_GENEALOGY_BIRTH = re.compile(rf"(?<![nN\w])°\s*(?:{_DATE})")
_BIRTH_KEY = re.compile(rf"n[ée]e?s?_le\s*:\s*[\"']?(?:{_DATE})", re.IGNORECASE)
# « elle fêtera ses 18 ans le 5 avril 2026 », « le 14 juillet 2012, jour de sa naissance »
_BIRTHDAY = re.compile(rf"\b(?:ses|aura|aurait|fêtera|fête|a\s+eu|avoir)\s+\d{{1,3}}\s+ans\s+le\s+(?:{_DATE}|\d{{1,2}}(?:er)?\s+(?:{_MONTHS}))"
                       rf"|(?:{_DATE}),?\s+(?:le\s+)?jour\s+de\s+sa\s+naissance", re.IGNORECASE)
# « J.L., né en mars 2009 », « l'enfant, née en mars 2009 »: a birth month next to someone
_BORN_IN = re.compile(rf"\bn[ée]e?s?(?:\s*\(e\))?\s+(?:en|au\s+mois\s+d['’]|au\s+mois\s+de)\s*(?:{_MONTHS})\s+"
                      rf"(?:\d{{4}}|{_YEAR_WORDS})", re.IGNORECASE)
_SOMEONE_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?-?[A-Z]\.(?:\s?-?[A-Z]\.)?|(?i:\bl['’]enfant|\ble\s+(?:plus\s+)?jeune"
                             r"|\bla\s+plus\s+jeune|\ble\s+plus\s+[âa]g[ée]|\bla\s+plus\s+[âa]g[ée]e"
                             r"|\bb[ée]b[ée]|\bfils|\bfille|\bfillette|\bgar[çc]on|\bfr[èe]re|\bs[œo]e?ur|\bl['’]a[îi]n[ée]e?"
                             r"|\bcadette?|\bpetite?|\bjumelle?|\bil|\belle)\b)[^.;\n]{0,40}$")
_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+")
# « E.M. (née en 2010) »: initials and a year of birth
_INITIALS_BORN = re.compile(r"\b[A-Z]\.\s?-?[A-Z]\.(?:\s?-?[A-Z]\.)?[^.;\n]{0,12}?\bn[ée]e?s?(?:\s*\(e\))?\s+en\s+\d{4}")
# « J.L. (12/03/2009) », « J. L., 12.03.2009 »
_INITIALS_DATE = re.compile(rf"\b[A-Z]\.\s?-?[A-Z]\.(?:\s?-?[A-Z]\.)?\s*[,(]?\s*{_DATE}")
_STREET_TYPES = (r"rue|r\.|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|square|passage"
                 r"|r[ée]sidence|cit[ée]|hameau|chauss[ée]e|faubourg|sentier|villa|lotissement|voie")
# the street's name: a capitalised word, or a date (« rue du 8 Mai 1945 », « avenue du 14-Juillet »)
_ADDRESS = re.compile(rf"\b\d{{1,4}}(?:\s?(?:bis|ter|b))?,?\s+(?i:{_STREET_TYPES})\s+"
                      r"(?:(?i:de la|de l'|de l’|des|du|de|d'|d’|la|le|les|l'|l’)\s*)?"
                      rf"(?P<name>[A-ZÀ-Ý][\w'’-]*|\d{{1,2}}(?:er)?[ -](?i:{_MONTHS}))")
_DOT = r"(?:\s*[\[({<]\s*(?:dot|point|\.)\s*[\])}>]\s*|\s+(?:dot|point)\s+|\s?\.\s?)"
_AT = r"(?:\s*[\[({<]\s*(?:at|arr?obase|@)\s*[\])}>]\s*|\s+(?:at|arr?obase)\s+|\s*@\s*)"
# « jean.dupont [at] gmail [point] com », « jean point dupont arobase orange point fr »
_OBFUSCATED_EMAIL = re.compile(rf"[\w+-]+(?:{_DOT}[\w+-]+){{0,3}}{_AT}[\w-]+(?:{_DOT}[\w-]+){{0,3}}{_DOT}"
                               r"(?:fr|com|net|org|eu|be|ch|lu|info|io|re|ma|dz|tn|sn|ci|cm|uk|de|es|it|pt|gouv)\b",
                               re.IGNORECASE)
# a dwelling without a street number: « résidence Les Tilleuls, bât. C, appt 12, 93200 Saint-Denis »
_DWELLING_STRONG = (
    re.compile(r"\b(?i:r[ée]sidence|cit[ée]|lotissement|hameau|lieu-dit|domaine|immeuble)\s+"
               r"(?:(?i:des|du|de\s+la|de\s+l['’]|les|le|la|l['’])\s*)?[A-ZÀ-Ý][a-zà-ÿ'’-]"),
    re.compile(r"(?i:\bapp?(?:ar)?t(?:ement)?\.?|\bappt\.?|\blogement|\bporte|\bchambre|\blot|\bbo[îi]te|\bmobil-home"
               r"|\bmobile\s+home|\bcaravane|\bbungalow|\bchalet|\bemplacement)\s*(?:n°\s*)?\d{1,4}\b"
               r"|\b(?i:maison|case|banga)(?:\s+[a-zà-ÿ]+)?\s+n°\s*\d{1,4}\b"),
    re.compile(r"\b(?i:cit[ée])\s+(?i:des\s+)?\d{2,5}\b"),  # « la cité des 4000 »
    re.compile(r"\b(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]|98[4678])\d{3}\s+[A-ZÀ-Ý]"),
    re.compile(r"\b(?i:rue|r\.|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|square|passage"
               r"|chauss[ée]e|faubourg|sentier|voie)\s+(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?"
               r"[A-ZÀ-Ý][a-zà-ÿ'’-]"),
)
# a building, a stair, a floor: part of an address only beside one of the above (« au 2e étage du
# bâtiment A de l'hôpital » is a service's)
_DWELLING_WEAK = (
    re.compile(r"(?i:\bb[âa]t(?:iment)?\.?|\bimm\.|\btour)\s*(?:n°\s*)?[A-Z0-9]{1,3}\b|\b(?i:tour|barre)\s+[A-ZÀ-Ý][a-zà-ÿ]+"),
    re.compile(r"(?i:\besc(?:alier)?\.?)\s*(?:n°\s*)?[A-Z0-9]{1,2}\b"),
    re.compile(r"(?i:\b\d{1,2}\s*(?:e|è|ème|eme|er|re)\s+[ée]tage\b|\brez-de-chauss[ée]e\b)"),
)
_LIVES = re.compile(r"\b(?i:habite|habitent|habitait|habitaient|domicili[ée]e?s?|demeurant|r[ée]side|r[ée]sident|r[ée]sidait"
                    r"|vit|vivent|vivait|vivaient|h[ée]berg[ée]e?s?|log[ée]e?s?|logent|install[ée]e?s?)"
                    r"\s+(?:(?i:à\s+l['’]ann[ée]e|toujours|encore|depuis\s+\w+)\s+)?"
                    r"(?:(?i:au|à\s+la|à\s+l['’]|dans\s+la|dans\s+le|dans\s+l['’]|chez\s+\w+\s*,?|à|la|le|l['’])\s*)?"
                    rf"(?:(?i:{_STREET_TYPES})\b|(?i:b[âa]t(?:iment)?\.?)\s*[A-Z0-9]\b|(?i:tour|barre)\s+[A-ZÀ-Ý]"
                    r"|(?i:mobil-home|caravane|bungalow|chalet)\b)")
_CIVILITIES = ("M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Mr", "Monsieur", "Madame", "Mademoiselle")
_SURNAME = r"(?:[A-ZÀ-Ý]['’])?(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|[A-ZÀ-Ý]{2,})"
# « Mme Benali », « M.Dupont », « Mme. Durand », « Madame Le Goff », « Mme N'Diaye »; not « J.-M. Petit »
_CIVILITY = re.compile(r"(?<![\w.’'-])(?:M\.|MM\.|Mmes?\.?|Mlles?\.?|Mr\.?|Monsieur|Madame|Mademoiselle)"
                       r"(?:\s+|(?<=\.))(?:[A-Z]\.[ \t]*(?=[A-ZÀ-Ý][a-zà-ÿ]|[A-ZÀ-Ý]{2}))?"
                       rf"(?:(?:Le|La|De|Du|Des|Van|Von|Di|Da|Del|de|du|des)\s+|d['’])?{_SURNAME}")
# words that follow a civility without naming anyone: « Madame, Monsieur », « Monsieur Le Procureur »
_NOT_SURNAMES = frozenset({"Tout", "Le", "La", "Les", "Un", "Une", "Et", "Ou", "Vous", "Votre", "Monsieur",
                           "Madame", "Mademoiselle", "Messieurs", "Mesdames", "Procureur", "Procureure", "Maire",
                           "Juge", "Président", "Présidente", "Directeur", "Directrice", "Préfet", "Préfète",
                           "Ministre", "Défenseur", "Défenseure", "Député", "Députée", "Sénateur", "Sénatrice"})
_STRONG_CASE_WORDS = (r"dossier|allocataire|alloc|caf|mdph|rsa|ase|s[ée]cu(?:rit[ée]\s+sociale)?|[ée]crou|agdref|rg"
                      r"|identifiant|[ée]tranger|parquet|pjj|dalo|i-milo|milo|ine|fiscal|portalis|mandataire|ipp|nda|iep|locataire|bailleur"
                      r"|ofpra|ofii|cnda")
# words common in sheets (« la mesure », « un signalement »): a number must follow them closely
_WEAK_CASE_WORDS = r"mesure|plainte|pv|proc[èe]s-verbal|signalement|recours|apa|pch|aah|tutelle|curatelle"
_CASE_WORDS = f"{_STRONG_CASE_WORDS}|{_WEAK_CASE_WORDS}"
# a case or claimant number needs one of those words next to it: « loi n° 2002-2 » is a law
_CASE_NUMBER = re.compile(
    rf"(?:\b(?:n°|no\.?|num[ée]ro|num\.)\s*(?:de\s+|d['’])?(?:{_CASE_WORDS})(?:\s+(?:{_CASE_WORDS}))?"
    r"|\bidentifiant(?:\s+(?:France\s+Travail|P[ôo]le\s+emploi))?"
    rf"|\b(?:{_CASE_WORDS})(?:\s+(?:{_CASE_WORDS}))?\s*(?:n°|no\.?|num[ée]ro))"
    r"\s*:?\s*(?P<number>[A-Z0-9](?:[A-Z0-9/-]|\.(?=\d))*\d[A-Z0-9/-]*)", re.IGNORECASE)
# the same words a little before « n° », « numéro » or « : »: « numéro de dossier MDPH (n° 0917348) »,
# « dossier du tribunal judiciaire n° 22/A/01576 » (not when a text of law comes between: « loi n° 2002-2 »)
_CASE_NUMBER_FAR = re.compile(
    rf"\b(?:{_CASE_WORDS})\b(?P<between>(?:[^\n\d.;]|\n(?![ \t]*(?:\n|[-*+>|#]|\d{{1,2}}[.)]|[a-z_]+:))|(?<![^\W\d_])[A-Z]\.){{0,40}}?)(?:\(\s*)?(?:n°|no\.|num[ée]ro|:)\s*:?\s*"
    r"(?P<number>[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)", re.IGNORECASE)
# the same words right before a number that has a slash or a dash: « dossier ASE 2024/0387 »
_CASE_NUMBER_BARE = re.compile(rf"\b(?:{_CASE_WORDS})(?:\s+(?:{_CASE_WORDS}))?(?:\s*\([A-Z]{{2,10}}\))?\s*[:,]?\s+"
                               r"(?:\((?:ici|par\s+exemple|ex\.)\s+)?"  # « son numéro d'écrou (ici 21458) »
                               r"(?P<number>\d[\dA-Z]*(?:[/-][\dA-Z]+)+|\d{5,}[A-Z]{0,2})(?![\w/-])", re.IGNORECASE)
# « écrou n° 27 845 »: a number grouped by thousands after a file's word and « n° »
_CASE_NUMBER_GROUPED = re.compile(rf"\b(?:{_STRONG_CASE_WORDS})\s*(?:n°|no\.|num[ée]ro)\s*:?\s*"
                                  r"(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d\w])", re.IGNORECASE)
_YEARS = re.compile(r"(?:19|20)\d\d\s*[/-]\s*(?:19|20)?\d\d")
_LAW_TEXT = re.compile(r"\b(?:loi|d[ée]cret|arr[êe]t[ée]|circulaire|ordonnance|article|art\.|code|cerfa|siret|siren|finess)\b",
                       re.IGNORECASE)
# « n° », « numéro » or « réf. » before a long number, whatever the word: a file's number unless a text
# of law, a court's decision, a form, a publication or an organisation's register comes before it
_NUMBERED = re.compile(r"(?<![/_.-])(?:\bn°|\bno\.|\bnum[ée]ro|\bnum\.|\br[ée]f\.|\br[ée]f[ée]rence)\s*(?:de\s+|d['’])?"
                       r"(?:[a-zA-Zà-ÿ_-]{1,14}\s*)?:?\s*[\"']?(?P<number>[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)", re.IGNORECASE)
_PUBLIC_NUMBER = re.compile(
    r"\b(?:lois?|d[ée]crets?|arr[êe]t[ée]?s?|circulaires?|ordonnances?|articles?|art\.|codes?|cerfa|formulaires?|siret"
    r"|siren|finess|rna|isbn|issn|doi|ean|(?-i:NOR)|instructions?|notes?|d[ée]lib[ée]rations?|d[ée]cisions?|avis"
    r"|recommandations?|rapports?|revues?|analyses?|[ée]tudes?|guides?|r[èe]glements?|directives?|conventions?"
    r"|bulletin|(?-i:JO|JORF|BO|BOCC|CE|CAA)|cass\.?|cour|conseil|pourvoi|req\.?|affaire|agr[ée]ment|habilitation"
    r"|autorisation|version|tome|volume|vol\.|fascicule|dossier\s+(?:th[ée]matique|documentaire|de\s+presse)"
    r"|num[ée]ro\s+(?:vert|azur|unique|national|gratuit|d['’]appel|d['’][ée]coute))\b", re.IGNORECASE)

ALLOW_MARKER = re.compile(r"relier-autoriser\s*:\s*(?P<codes>[\w-]+(?:\s*,\s*[\w-]+)*)(?P<rest>.*)")
_REASON = re.compile(r"^\s*(?:—|–|--|-|:)\s*(?P<reason>\w.*\w{2})")


# One pass of RE2 (linear time, no backtracking) over the text finds the few places worth a
# closer look; the precise detectors then run only on a window around each. Python's own `re`
# is ten times slower over 10 000 sheets, which `kb check` cannot afford.
_TRIGGER_OPTIONS = re2.Options()
_TRIGGER_OPTIONS.max_mem = 64 << 20  # RE2's default 8 MB is too little for a DFA of all the alternatives: 4× slower
_TRIGGER = re2.compile(
    r"(?P<digits>\d(?:[ ./-]?\d){8,})"
    r"|(?P<corsica>[12][ .]?\d\d[ .]?\d\d[ .]?2[ABab])"
    r"|(?P<email>@)"
    r"|(?P<civility>\b(?:M\.|MM\.|Mme|Mmes|Mlle|Mlles|Mr|Monsieur|Madame|Mademoiselle))"
    r"|(?P<birth>(?i:\bn[ée]e?s?(?:\s*\(e\))?\s+(?:(?:[àa]|en|au|aux)\s[^\n]{1,40}?\s)?(?:le\s*:?\s*(?:\d|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    rf"|quinze|seize|vingt|trente)|en\s+(?:{_MONTHS})|au\s+mois)|naissance\s*[:|]?\s*(?:le\s+)?\d|date[\s_]+(?:de[\s_]+)?naissance|\d{{1,2}}\s+ans\s+le\s+\d"
    r"|n[ée]e?s?_le\s*:\s*[\"']?\d|jour\s+de\s+sa\s+naissance|date\s+of\s+birth|fecha\s+de\s+nacimiento|na[șşs]terii|nascita|geburtsdatum"
    r"|do[ğg]um\s+tarihi|data\s+urodzenia|nascimento"
    r"|accouch[^\n]{0,50}?\ble\s+\d|(?:^|[^nN\w])°\s*\d|\bDDN\b|\bD\.D\.N\.|\bDOB\b|\bDN\s*:?\s*\d)|\b[A-Z]\.\s?-?[A-Z]\.\s*[,(]?\s*\d|\b[A-Z]\.\s?-?[A-Z]\.[^\n]{0,12}n[ée]e?s?\s)"
    rf"|(?P<address>\b\d{{1,4}}(?:\s?(?:bis|ter|b))?,?\s+(?i:{_STREET_TYPES})\s)"
    rf"|(?P<case>(?i:(?:\b(?:{_STRONG_CASE_WORDS})|[ée]crou|[ée]tranger)\b[^\n\d]{{0,30}}\d\d|(?m:^)[ \t]*n°[ \t]*\d\d"
    rf"|\b(?:{_WEAK_CASE_WORDS})\b[^\n\d]{{0,12}}\d[\dA-Z/-]{{4}}"
    # « (jugement en assistance éducative n° 24/00317 » : a numbered thing the detector tells from a law
    r"|\bn°[ \t]*\d\d[\d/-]*/[\d/-]*\d\d"
    r"))"
    r"|(?P<field>(?m:^)[ \t>|*_+-]*(?:\*\*|__)?(?:Nom|NOM|[Pp]r[ée]noms?|PR[ÉE]NOMS?)[^:\n]{0,30}:[ \t]*(?:\*\*|__)?[ \t]*[A-ZÀ-Ý])"
    r"|(?P<rib>(?i:\bbanque)\s*:?\s*\d{5}\b)"
    r"|(?P<disguised>(?i:[\[({<]\s*(?:at|arr?obase|@)\s*[\])}>]|\barr?obase\b|\s@|\bat\s))"
    r"|(?P<family>(?i:(?:famille|fratrie|couple|[ée]poux|chez\s+les|les\s+enfants|les\s+parents|les\s+fr[èe]res"
    r"|les\s+s[œo]e?urs)\s+(?:de\s+|d['’])?)[A-ZÀ-Ý])"
    r"|(?P<birthname>(?i:n[ée]e|[ée]pouse|[ée]p\.|veuve|vve|divorc[ée]e|nom\s+de\s+(?:jeune\s+fille|naissance"
    r"|famille)\s*:?)\s+[A-ZÀ-Ý])"
    r"|(?P<aged>[A-ZÀ-Ý][a-zà-ÿĀ-ɏ]{2,}[*_]{0,2}\s*(?:[,(]\s*(?:(?i:[âa]g[ée]e?)\s+de\s+)?\d{1,2}\s*(?:ans|mois)\b"
    r"|,\s*(?:arriv|h[ée]berg|plac[ée]|scolaris|d[ée]scolaris|accueilli|hospitalis|incarc[ée]r|enceinte|orphelin|mineur))"
    rf"|(?i:\b(?:son|sa)\s+(?:{KIN_WORDS})\s*,\s*)[A-ZÀ-Ý][a-zà-ÿ]+\s*,"
    r"|(?i:\b(?:maman|papa|m[èe]re|p[èe]re|fils|fille|fr[èe]re|s[œo]e?ur|mari|femme|compagne|compagnon|enfants)\s+"
    r"(?:de|d['’])))"  # (not the name after: a civility there is the civility trigger's)
    r"|(?P<cued>\b(?:VAD|[Vv]ad|[Ss]ituation|[Dd]ossier|[Ss]ynth[èe]se|[Aa]udience|[Vv]isite\s+chez(?:\s+les)?"
    r"|(?:RDV|[Rr]dv|[Rr]endez-vous)\s+(?:avec|chez)(?:\s+les)?)\s+(?:de\s+|des\s+|du\s+)?[A-ZÀ-Ý][a-zà-ÿ]{3}|(?i:s['’]appel(?:le|ait)\s+)[A-ZÀ-Ý]|(?i:[ée]pel\w*|s['’][ée]crit|lettre\s+par\s+lettre)"
    r"[^\n]{0,40}?[A-Z][ .-]{1,2}[A-Z][ .-]{1,2}[A-Z])"
    rf"|(?P<spoken>{SPOKEN_CUE})"
    r"|(?P<family2>\b[Ll]es\s+[A-ZÀ-Ý][a-zà-ÿ]+[^sx\s]\s+(?:ont|sont|avaient|étaient|ne|n['’]|refusent|viennent|vivent"
    r"|habitent|restent|se\s|s['’]))"
    r"|(?P<column>\|[^|\n]*(?i:n[ée]e?s?\s*(?:\(e\)\s*)?le|naissance|\bDDN\b|\bDOB\b|s[ée]cu|\bNIR\b|dossier|allocataire"
    r"|n°|num[ée]ro|r[ée]f|identifiant|[ée]l[èe]ve|jeune|enfant|usag[èe]r|r[ée]sident|b[ée]n[ée]ficiaire|patient|personne"
    r"|\bnom\b|pr[ée]nom|famille|locataire|h[ée]berg|stagiaire|participant|mineur|majeur)[^|\n]*\|[^\n]*\n[ \t]*\|[ \t]*:?-)"
    r"|(?P<nick>(?i:l['’]appel(?:le|les|lent|ait|aient)\b|l['’]a\s+surnomm|se\s+fai(?:t|sait)\s+appeler|surnom"
    r"|\bappell?(?:e|es|ent|ait|aient)\s+[«\"“]|vrai\s+nom|\balias\b|[»\"”]\s*\(\s*[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])"
    r"|\b(?:Le\s+(?:Grand|Petit|Gros|Vieux|P['’]tit)|La\s+(?:Grande|Petite|Vieille|P['’]tite)|P['’]tite?|Tonton|Tata|Tatie|Tati"
    r"|Mamie|Mamy|Papy|Papi|Mémé|Pépé)\s+[A-ZÀ-Ý])"
    r"|(?P<initialled>(?:^|[.!?:;\n«(])[ \t*_-]*[A-LN-Z]\.(?:[ \t]?-?[A-Z]\.)?[ \t]+[A-ZÀ-Ý][a-zà-ÿ])"
    r"|(?P<file>(?i:\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|svg|mp4|mov|avi|pdf|docx?|odt)\b))"
    r"|(?P<folder>(?i:/(?:dossiers?|situations?|usagers?|b[ée]n[ée]ficiaires?|r[ée]sidents?|patients?|suivis?)/))"
    r"|(?P<dwelling>(?i:r[ée]sidence|cit[ée]|lotissement|hameau|lieu-dit|immeuble)\s+(?i:(?:des|du|de\s+la|les|le|la)\s+)?"
    r"[A-ZÀ-Ý]|(?i:\bb[âa]t(?:iment)?\.?|\besc(?:alier)?\.?)\s*[A-Z0-9]{1,3}\b"
    r"|(?i:\bapp?(?:ar)?t(?:ement)?\.?|\bappt\.?|\blogement|\bchambre|\bcellule|\bmobil-home|\bcaravane|\bbungalow|\bchalet"
    r"|\bemplacement)\s*(?:n°\s*)?\d|(?i:\b(?:maison|case|banga)(?:\s+[a-zà-ÿ]+)?\s+n°\s*\d)|(?i:\d{1,2}\s*(?:e|è|ème|eme|er)\s+[ée]tage)|(?i:\bcit[ée]\s+(?:des\s+)?\d\d)"
    rf"|(?i:\b(?:habite|habitait|domicili[ée]e?|demeurant|r[ée]side|vit|vivait|h[ée]berg[ée]e?|log[ée]e?)\s+[^\n]{{0,30}}?"
    rf"\b(?:{_STREET_TYPES})\b))", _TRIGGER_OPTIONS)


# The validators (phonenumbers, python-stdnum) are imported when a candidate is met: most sheets
# have none, and `kb check FILE` should not pay for loading them.

# a NIR's shape, looser than _NIR: any separators, the key optional (13 or 15 characters)
_NIR_SHAPE = re.compile(r"(?<![\dA-Za-z])[12][ .-]?\d\d[ .-]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .-]?(?:\d\d|2[ABab])"
                        r"[ .-]?\d{3}[ .-]?\d{3}(?:[ .-]?\d\d)?(?![\dA-Za-z])")
_NIR_CUE = re.compile(r"(?i:\b(?:nir|s[ée]cu|s[ée]curit[ée]\s+sociale|n°\s*ss|ss|insee|immatriculation|vitale)\b)"
                      r"[^\n]{0,30}$")
_NIR_CUE_AFTER = re.compile(r"[^\n.]{0,60}?(?i:\b(?:attestation\s+de\s+droits|carte\s+vitale|assurance\s+maladie|cpam|ameli"
                            r"|s[ée]curit[ée]\s+sociale|nir)\b)")
_NIR_WHAT = "un numéro de sécurité sociale (NIR)"
# a NIR without its key, written in its own groups (« 2 56 03 69 381 104 »): nothing else is written so
_NIR_GROUPED = re.compile(r"(?<![\w.-])[12] \d\d (?:0[1-9]|1[0-2]) (?:\d\d|2[ABab]) \d{3} \d{3}(?![\w.-]| \d)")
# a provisional number (NIA, for people born abroad while their civil status is checked): a NIR that
# starts with 7 or 8, written in a NIR's groups, or introduced as such
_NIA = re.compile(r"(?<![\dA-Za-z])[78](?P<sep>[ .])\d\d(?P=sep)\d\d(?P=sep)\d\d(?P=sep)\d{3}(?P=sep)\d{3}(?P=sep)\d\d(?![\dA-Za-z])"
                  r"|(?<![\dA-Za-z])[78]\d{14}(?![\dA-Za-z])")
_NIA_CUE = re.compile(r"(?i:\b(?:nia|provisoire|d['’]attente|s[ée]cu|s[ée]curit[ée]\s+sociale|nir|immatriculation)\b)[^\n]{0,40}$")


def _nirs(text: str, lo: int, hi: int) -> Iterator[Finding]:
    """A NIR with a valid key; or, whatever its key, a Corsican one (2A, 2B: nothing else has
    that shape) or one that a word such as « NIR » or « sécu » introduces."""
    from stdnum.fr import nir

    for match in _NIR.finditer(text, lo, hi):
        if nir.is_valid(match.group().replace(" ", "").replace(".", "").upper()):
            yield Finding("donnee-nir", match.start(), match.end(), _NIR_WHAT)
    for match in _NIA.finditer(text, lo, hi):
        if match.group("sep") or _NIA_CUE.search(text, max(0, match.start() - 60), match.start()):
            yield Finding("donnee-nir", match.start(), match.end(), "un numéro provisoire de sécurité sociale (NIA)")
    for match in _NIR_GROUPED.finditer(text, lo, hi):
        yield Finding("donnee-nir", match.start(), match.end(), _NIR_WHAT)
    for match in _NIR_SHAPE.finditer(text, lo, hi):
        corsican = any(c in "ABab" for c in match.group())
        with_key = sum(c.isdigit() for c in match.group()) == 15  # a NIR with its key, whether it checks or not
        if corsican or with_key or _NIR_CUE.search(text, max(0, match.start() - 40), match.start()) \
                or _NIR_CUE_AFTER.match(text, match.end(), min(len(text), match.end() + 80)):
            yield Finding("donnee-nir", match.start(), match.end(), _NIR_WHAT)


# what a service's landline or address is introduced by (« Standard du CHU : 02 … », « Accueil de
# jour « La Halte », 28 rue … »), and what makes it someone's all the same (« chez sa mère, 12 rue … »)
_SERVICE_CUE = re.compile(
    r"(?i)\b(?:standard|accueil|secr[ée]tariat|permanence|num[ée]ro\s+vert|ligne\s+d['’][ée]coute|SOS|association"
    r"|service|mairie|CCAS|CIAS|CHU|CH|CMP|CMPP|PMI|h[ôo]pital|clinique|MDPH|MDA|CAF|CPAM|MSA|mission\s+locale"
    r"|maison\s+(?:de|des|d['’]|du)|centre|si[èe]ge|antenne|point\s+d['’]accueil|espace|plateforme|relais|foyer|CHRS"
    r"|pr[ée]fecture|tribunal|SPIP|PJJ|ASE|conseil\s+d[ée]partemental|d[ée]partement|CLIC|DAC|GEM|[ée]cole|coll[èe]ge"
    r"|lyc[ée]e|universit[ée]|fondation|secours|restos?\s+du\s+c[œo]eur|croix-rouge|emma[üu]s|bureau|astreinte"
    r"|cadre\s+de\s+(?:permanence|garde)|[ée]quipe|SSIAD|SAAD|SPASAD|SAVS|SAMSAH|SESSAD|EHPAD|IME|ESAT|FAM|MAS|CSAPA"
    r"|CAARUD|CAMSP|CATTP|CEGIDD|CADA|HUDA|CPH|PASS|EMPP|UDAF|SIAO|MECS|ITEP|CHS|SAMU\s+social"
    r"|mission|d[ée]l[ée]gation|direction|agence|cabinet|permanences|OFPRA|OFII|CNDA|cour|consulat|ambassade|URSSAF"
    r"|CARSAT|France\s+Travail|P[ôo]le\s+emploi|ARS|DDETS|DREETS|commissariat|gendarmerie|h[ôo]tel\s+de\s+police"
    r"|maison\s+de\s+justice|point[- ]justice|CIDFF|planning\s+familial|d[ée]fenseur\s+des\s+droits|CRIP|ODPE"
    r"|conseil|minist[èe]re|institut|observatoire|f[ée]d[ée]ration|union|collectif|r[ée]seau|coordination|PAEJ|PIJ"
    r"|BIJ|CIO|CMS|EDS|MDS|UTAS|CDAS|CRIA|SAO|CPEF|SUMPPS|BAPU|local|locaux|organismes?)\b")
_PERSON_CUE = re.compile(
    r"(?i)\b(?:habite|habitait|vit|vivent|vivait|domicil\w*|demeur\w*|h[ée]berg[ée]e?s?|log[ée]e?s?|chez"
    r"|(?<!p[ôo]le\s)(?<!service\s)(?<!affaires\s)(?<!chambre\s)famille|parents?"
    r"|m[èe]re|p[èe]re|fils|fille|papa|maman|mamie|papi|papy|grand-m[èe]re|grand-p[èe]re"
    r"|enfant|jeune|usag[èe]re?s?|r[ée]sidente?s?|patiente?s?|b[ée]n[ée]ficiaires?|tourn[ée]e|VAD|personnel(?:le)?|portable"
    r"|perso|priv[ée]e?|il|elle|ils|elles|lui|leur|son(?!\s+si[èe]ge)|sa|ses|suivie?s?\s+par|stationn\w*"
    r"|lieu\s+d['’]intervention|adresse\s+(?:du\s+domicile|personnelle)"
    r"|monsieur|madame|mme|mr|m\.|mlle)\b")


# a service said to be at the address that follows (« le CCAS reçoit à l'hôtel de ville, 1 place … »)
_SERVICE_LOCATED = re.compile(r"(?i)\b(?:si[èe]ge|re[çc]oit|accueille|se\s+trouve|est\s+situ[ée]e?|est\s+install[ée]e?"
                              r"|tient\s+(?:sa|ses)\s+permanences?)\b[^\n]{0,40}$")


_CONTACT_HEADING = re.compile(r"(?im)^\s*(?:#{1,6}\s*|\*\*|__)?(?:contacts?|coordonn[ée]es|nous\s+(?:contacter|joindre|trouver)"
                              r"|contacter|joindre|adresses?\s+utiles|num[ée]ros\s+utiles|o[ùu]\s+s['’]adresser)\b")


def _for_a_service(text: str, start: int, block: bool = True) -> bool:
    """What comes before `start` on its line says it belongs to a service, and nothing says a person's;
    or the lines above it, up to a heading such as « Contacts utiles », do; or it is in a table whose
    header names services (« | Structure | Téléphone | »)."""
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 120):start]
    if len(before.strip()) < 12:  # at the head of a line: the sentence may have begun on the line above
        before = _wrapped_tail(text, line, 120 - len(before)) + " " + before
    person = None
    for person in _PERSON_CUE.finditer(before):
        pass
    if person:  # someone's, unless a service is said to be there after it (« Famille 2 : recours devant la CNDA ;
        located = _SERVICE_LOCATED.search(before, person.end())  # la Cour siège 35 rue Cuvier »)
        return bool(located and _SERVICE_CUE.search(before, person.end(), located.start()))
    if _SERVICE_CUE.search(before) or _in_a_table_of_services(text, line):
        return True
    if not block:
        return False
    region = text[max(0, line - 300):line]
    heading = None
    for heading in _CONTACT_HEADING.finditer(region):
        pass
    paragraph = region.rfind("\n\n")
    above = region[heading.start():] if heading else region[paragraph + 2:] if paragraph >= 0 else region
    if not above.strip() or _PERSON_CUE.search(above):
        return False
    label = above.strip().split("\n")[0].strip(" *#_-")  # a paragraph headed by a service's name, not a sentence
    return bool(heading) or bool(_SERVICE_CUE.search(label)) and len(label) <= 80 and not label.endswith(".")


def _wrapped_tail(text: str, line: int, reach: int) -> str:
    """The end of the line above `line` when both are one paragraph's prose wrapped by hand (« Écoute
    cannabis au⏎0 980 980 940 »), else nothing."""
    if line < 2 or reach <= 0 or not PROSE_LINE.match(text, line):
        return ""
    above = text.rfind("\n", 0, line - 1) + 1
    piece = text[above:line - 1]
    if not piece.strip() or not PROSE_LINE.match(piece) or piece.rstrip().endswith((".", ":", "!", "?")):
        return ""
    return piece[-reach:]


_SERVICES_HEADER = re.compile(r"(?i)\|[ \t*]*(?:structures?|services?|organismes?|dispositifs?|associations?|lieux?"
                              r"|ressources?|partenaires?|contacts?|interlocuteurs?|permanences?|qui\s+contacter)[ \t*]*\|")


def _in_a_table_of_services(text: str, line: int) -> bool:
    """A row of a Markdown table whose header names services (its first line, up to 40 rows above), unless
    the row itself is about someone (« | 14 h | 5 allée des Peupliers | visite, personne isolée… | »)."""
    header = table_header(text, line, 40)
    if not (header and _SERVICES_HEADER.search(text, *header)):
        return False
    row_end = text.find("\n", line)
    return not _SOMEONE_IN_ROW.search(text, line, len(text) if row_end < 0 else row_end)


_SOMEONE_IN_ROW = re.compile(r"(?i)\b(?:visite|VAD|personne|famille|m[èe]re|p[èe]re|papa|maman|enfant|domicile|chez)\b")


# a messaging link holds the number in international form, without its « + »: « https://wa.me/33639980011 »
_MESSAGING_LINK = re.compile(r"(?i:\bwa\.me/|whatsapp\.com/send/?\?phone=|\bt\.me/|viber://chat\?number=|signal\.me/#p/)"
                             r"(?:\+|%2B)?(?P<number>\d{10,13})\b")


def _phones(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _MESSAGING_LINK.finditer(text, max(0, lo - 40), hi):
        if _is_personal_phone("+" + match.group("number")):
            yield Finding("donnee-telephone", match.start("number"), match.end("number"), "un numéro de téléphone")
    for match in _PHONE.finditer(text, lo, hi):
        digits = re.sub(r"\D", "", match.group())
        landline = digits.startswith("0") and digits[1:2] in {"1", "2", "3", "4", "5", "9"}
        if landline and _for_a_service(text, match.start()):
            continue  # a service's switchboard or helpline, not a person's number
        if _is_personal_phone(match.group()):
            yield Finding("donnee-telephone", match.start(), match.end(), "un numéro de téléphone")


def _is_personal_phone(candidate: str) -> bool:
    """A valid French number (mainland or overseas) that is not a free, shared-cost or premium
    service line (08…: those belong to services and helplines, never to a person)."""
    import phonenumbers

    public_lines = {phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                    phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.UAN}
    regions = ("FR",) if not candidate.startswith("0") or candidate.startswith("00") else _NATIONAL_REGIONS
    possible = False
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.number_type(number) not in public_lines
        possible = possible or (number.country_code == 33 and phonenumbers.is_possible_number(number)
                                and str(number.national_number)[:1] in "1234567")
    # a French number of the right length in no allocated block: the blocks kept for fiction
    # (06 39 98 …) or digits changed by hand — still someone's number as far as a reader can tell
    return possible


_BIRTH_FIX = "écrivez un âge plutôt qu'une date (« un enfant de 8 ans », « une adolescente de 15 ans »)"




def _births(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _BIRTH.finditer(text, lo, hi):
        if HISTORIC_YEAR.search(match.group()):
            continue  # a figure of history: « Janusz Korczak, né le 22 juillet 1878 »
        yield Finding("donnee-naissance", match.start(), match.end(), "une date de naissance", _BIRTH_FIX)
    for match in _GENEALOGY_BIRTH.finditer(text, lo, hi):
        yield Finding("donnee-naissance", match.start(), match.end(), "une date de naissance", _BIRTH_FIX)
    for match in _BIRTH_KEY.finditer(text, lo, hi):  # « enfant_ne_le: "03/01/2025" »
        yield Finding("donnee-naissance", match.start(), match.end(), "une date de naissance", _BIRTH_FIX)
    for match in _BIRTHDAY.finditer(text, lo, hi):
        yield Finding("donnee-naissance", match.start(), match.end(), "une date de naissance", _BIRTH_FIX)
    for match in _BORN_IN.finditer(text, lo, hi):
        before = text[max(0, match.start() - 60):match.start()]
        if _SOMEONE_BEFORE.search(before) or any(is_first_name(w) for w in _WORD.findall(before)):
            yield Finding("donnee-naissance", match.start(), match.end(), "un mois et une année de naissance",
                          _BIRTH_FIX)
    for match in _INITIALS_BORN.finditer(text, lo, hi):
        yield Finding("donnee-naissance", match.start(), match.end(), "des initiales avec une année de naissance",
                      _BIRTH_FIX)
    for match in _INITIALS_DATE.finditer(text, lo, hi):
        yield Finding("donnee-naissance", match.start(), match.end(), "des initiales avec une date", _BIRTH_FIX)


_BIRTH_HEADER = re.compile(r"n[ée]e?s?\s*(?:\(e\)\s*)?le|naissance|\bDDN\b|\bDOB\b", re.IGNORECASE)
_NIR_HEADER = re.compile(r"s[ée]curit[ée]\s+sociale|\bs[ée]cu\b|\bNIR\b", re.IGNORECASE)
_CASE_HEADER = re.compile(r"dossier|allocataire|\b(?:n°|num[ée]ro|r[ée]f\.?|identifiant)\s*(?:de\s+|d['’])?(?:caf|mdph|ine"
                          r"|mesure|parquet|fiscal|apa|pch|[ée]crou|agdref|france\s+travail)", re.IGNORECASE)
_FULL_DATE = re.compile(rf"\s*(?:{_DATE})\s*")
# a column of people: its header names who is in it
# (not « Nom » alone, nor « Famille », « Participants »: a table of services or of a training's groups has them)
_PERSON_HEADER = re.compile(r"\s*(?:\*\*)?(?:[ée]l[èe]ves?|jeunes?|enfants?|usag[èe]re?s?|r[ée]sidente?s?|b[ée]n[ée]ficiaires?"
                            r"|patiente?s?|personnes?(?:\s+(?:accompagn[ée]e?s?|accueillie?s?|suivie?s?))?|nom\s+et\s+pr[ée]nom"
                            r"|pr[ée]noms?(?:\s+et\s+nom)?|nom,\s*pr[ée]nom|nom\s+(?:de\s+l['’]enfant|du\s+jeune|de\s+la\s+personne)"
                            r"|locataires?|allocataires?|majeurs?\s+prot[ée]g[ée]s?|h[ée]berg[ée]e?s?|mineurs?)"
                            r"(?:\s+(?:accompagn[ée]e?s?|suivie?s?|concern[ée]e?s?|accueillie?s?|orient[ée]e?s?))?(?:\*\*)?\s*",
                            re.IGNORECASE)
_PERSON_CELL = re.compile(r"\s*(?:\*\*)?(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t]+(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-ZÀ-Ý]{2,}|[A-Z]\.)){1,2}"
                          r"|[A-ZÀ-Ý]{2,}(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)+)(?:\*\*)?\s*")
_FILE_NUMBER_CELL = re.compile(r"\s*(?:n°\s*)?[A-Z0-9][A-Z0-9/.-]*\d[A-Z0-9/.-]*\s*", re.IGNORECASE)


def _column_kind(cell: str) -> str | None:
    if _PERSON_HEADER.fullmatch(cell):
        return "donnee-nom"
    if _BIRTH_HEADER.search(cell):
        return "donnee-naissance"
    if _NIR_HEADER.search(cell):
        return "donnee-nir"
    if _CASE_HEADER.search(cell):
        return "donnee-dossier"
    return None


def _column_finding(kind: str, cell: str, start: int) -> Finding | None:
    end = start + len(cell.strip())
    if kind == "donnee-nom" and (person := _PERSON_CELL.fullmatch(cell)) \
            and not any(word in SENTENCE_WORDS or word in CAPITALISED_THINGS or word in NOT_NAMES
                        for word in person.group("name").split()) \
            and not (is_wordlike(person.group("name").split()[0]) and not is_first_name(person.group("name").split()[0])):
        return Finding(kind, start, end, "un nom dans une colonne de personnes",
                       "remplacez le nom par une description (« un élève de CE2 ») ou par une initiale")
    if kind == "donnee-naissance" and _FULL_DATE.fullmatch(cell):
        return Finding(kind, start, end, "une date de naissance dans un tableau", _BIRTH_FIX)
    if kind == "donnee-nir" and _NIR_SHAPE.fullmatch(cell.strip()):
        return Finding(kind, start, end, _NIR_WHAT)
    if kind == "donnee-dossier" and _FILE_NUMBER_CELL.fullmatch(cell) and sum(c.isdigit() for c in cell) >= 4:
        return Finding(kind, start, end, "un numéro de dossier ou d'allocataire dans un tableau")
    return None


def _table_columns(text: str, lo: int, hi: int) -> Iterator[Finding]:
    """A table whose column says « Né(e) le », « N° de sécurité sociale » or « N° dossier »: the dates
    or the numbers in that column."""
    line_lo = text.rfind("\n", 0, lo + 1) + 1
    header_end = text.find("\n", line_lo)
    if header_end < 0:
        return
    cells = text[line_lo:header_end].strip().strip("|").split("|")
    columns = {i: kind for i, cell in enumerate(cells) if (kind := _column_kind(cell))}
    position = header_end + 1
    for row_number in range(200):
        row_end = text.find("\n", position)
        row_end = len(text) if row_end < 0 else row_end
        row = text[position:row_end]
        if not row.lstrip().startswith("|"):
            return
        if row_number > 0 or not set(row) <= set("|-: \t"):  # (the line under the header)
            offset = position + row.index("|") + 1
            for i, cell in enumerate(row.strip().strip("|").split("|")):
                if i in columns and (found := _column_finding(columns[i], cell,
                                                             offset + len(cell) - len(cell.lstrip()))):
                    yield found
                offset += len(cell) + 1
        position = row_end + 1
        if position >= len(text):
            return


_DWELLING_FIX = "écrivez la ville ou le quartier au plus (« un logement social en banlieue lyonnaise »)"


_FLAT_PART = re.compile(r"(?i)\b(?:app?(?:ar)?t(?:ement)?\.?|appt\.?|porte)\s*(?:n°\s*)?\d{1,4}\b")
_CELL = re.compile(r"(?i)\bcellule\s*(?:n°\s*)?\d{1,4}\b(?!\s*(?:de\s+crise|d['’][ée]coute|psycho|d['’]urgence|m[ée]dico))")
_PRISON = re.compile(r"(?i)\b(?:maison\s+d['’]arr[êe]t|centre\s+(?:p[ée]nitentiaire|de\s+d[ée]tention)|d[ée]tenue?s?|[ée]crou"
                     r"|quartier\s+(?:des\s+arrivants|mineurs|femmes|disciplinaire)|prison|incarc[ée]r)")


def _dwellings(text: str, lo: int, hi: int) -> Iterator[Finding]:
    """Two parts of an address on one line (a named residence, a flat, a postcode with its town,
    a street; a building, a stair or a floor beside one of those), or someone living in a named
    street or building."""
    start = lo
    while start < hi:
        stop = text.find("\n", start, hi)
        stop = hi if stop < 0 else stop
        strong = _parts(_DWELLING_STRONG, text, start, stop)
        weak = _parts(_DWELLING_WEAK, text, start, stop)
        cell = _CELL.search(text, start, stop)
        if cell and (strong or weak or _PRISON.search(text, start, stop)):  # a prisoner's cell: no service's address
            spans = [cell.span(), *strong, *weak]
            yield Finding("donnee-adresse", min(s for s, _ in spans), max(e for _, e in spans),
                          "une cellule de détention", _DWELLING_FIX)
            start = stop + 1
            continue
        lives = _LIVES.search(text, start, stop)
        flat = _FLAT_PART.search(text, start, stop)  # « escalier C, porte 1207 »: a home, whoever follows it…
        if flat and flat.group().lower().startswith("porte") and not lives:
            flat = None  # … but « au rez-de-chaussée du bâtiment C, porte 4 » of a hospital's service is its door
        if (len(strong) >= 2 or strong and weak or lives and (strong or weak)) \
                and (flat or not (_for_a_service(text, lives.start(), block=False) if lives
                                  else _for_a_service(text, min(s for s, _ in strong + weak)))):
            spans = strong + weak
            yield Finding("donnee-adresse", min(s for s, _ in spans), max(e for _, e in spans),
                          "une adresse (résidence, bâtiment, appartement…)", _DWELLING_FIX)
        start = stop + 1


def _dwellings_and_addresses(text: str, lo: int, hi: int) -> Iterator[Finding]:
    """(« domicilié 12 rue … » starts both triggers; RE2 reports the first.)"""
    yield from _dwellings(text, lo, hi)
    yield from _addresses(text, lo, hi)


def _parts(patterns: tuple[re.Pattern[str], ...], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    for part in patterns:
        found = [m for m in part.finditer(text, lo, hi) if not _acronym_after(m.group())]
        if found:
            spans.append((found[0].start(), found[-1].end()))
    return spans


def _acronym_after(found: str) -> bool:
    """« place de CHRS », « cité CAF »: an acronym after the street word, not a place."""
    last = found.split()[-1] if found.split() else ""
    return len(last) > 1 and last[:2].isupper()


# « 12 rue victor hugo »: a number before « rue » or « avenue » is an address even in lower case
# what only an institution's address holds: a Cedex, a TSA, a CS or BP box, a « SP » (« 75350 Paris 07 SP »)
_POSTAL_SERVICE = re.compile(r"[^\n]{0,60}?(?:\b(?:CEDEX|Cedex|TSA\s*\d|CS\s*\d|BP\s*\d|Libre\s+r[ée]ponse)"
                             r"|\b\d{5}\s+[A-ZÀ-Ý][\w'’ -]{1,30}?\s+SP\b)")
# a flat's designation after a street address (« …, appt 7 », « …, 3e étage droite »): a home, not a service
_FLAT_AFTER = re.compile(r"[^\n]{0,40}?(?i:\bapp?(?:ar)?t(?:ement)?\.?\s*(?:n°\s*)?\d|\blogement\s+n°\s*\d"
                         r"|\b\d{1,2}\s*(?:e|è|ème|eme|er)\s+[ée]tage\s+(?:droite|gauche|face|porte|au\s+fond))")
_ADDRESS_LOWER = re.compile(r"\b\d{1,4}(?:\s?(?:bis|ter|b))?,?\s+(?i:rue|r\.|avenue|av\.|boulevard|bd|impasse|all[ée]e)\s+"
                            r"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?(?P<name>[a-zà-ÿ]{3,})")


def _addresses(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _ADDRESS_LOWER.finditer(text, lo, hi):
        if _for_a_service(text, match.start()):
            continue
        yield Finding("donnee-adresse", match.start(), match.end(), "une adresse postale", _DWELLING_FIX)
    for match in _ADDRESS.finditer(text, lo, hi):
        name = match.group("name")
        if len(name) > 1 and name.isupper():  # « 1 place de CHRS », « 3 cours de FLE »: an acronym, not a street
            continue
        after = (match.end(), min(hi, match.end() + 80))
        if _FLAT_AFTER.match(text, *after) and not _POSTAL_SERVICE.match(text, *after):
            yield Finding("donnee-adresse", match.start(), match.end(), "une adresse postale", _DWELLING_FIX)
            continue  # « 6 rue des Lilas, bât. A, appt 11 »: a flat is someone's home, whatever the line is about
        if _for_a_service(text, match.start()) or _POSTAL_SERVICE.match(text, *after):
            continue  # a service's address (« Accueil de jour « La Halte », 28 rue … », « …, TSA 80715, 75334 Paris Cedex 07 »)
        yield Finding("donnee-adresse", match.start(), match.end(), "une adresse postale", _DWELLING_FIX)


def _case_numbers(text: str, lo: int, hi: int) -> Iterator[Finding]:
    far = [match for match in _CASE_NUMBER_FAR.finditer(text, lo, hi)
           if not _LAW_TEXT.search(match.group("between"))
           and (sum(c.isdigit() for c in match.group("number")) >= 5 or "/" in match.group("number"))]
    numbered = []
    for match in _NUMBERED.finditer(text, lo, hi):
        number = match.group("number")
        digits = sum(c.isdigit() for c in number)
        line_lo = text.rfind("\n", 0, match.start()) + 1
        if (digits >= 6 or digits >= 5 and ("/" in number or "-" in number)) \
                and not _PUBLIC_NUMBER.search(text, max(line_lo, match.start() - 60), match.end("number") - len(number)):
            numbered.append(match)
    bare = [match for match in _CASE_NUMBER_BARE.finditer(text, lo, hi)
            if sum(c.isdigit() for c in match.group("number")) >= 5 and not _YEARS.fullmatch(match.group("number"))]
    grouped = [match for match in _CASE_NUMBER_GROUPED.finditer(text, lo, hi)
               if sum(c.isdigit() for c in match.group("number")) >= 4]
    for match in [*_CASE_NUMBER.finditer(text, lo, hi), *far, *numbered, *bare, *grouped]:
        if sum(c.isdigit() for c in match.group("number")) < 4:
            continue
        if _NIR_SHAPE.fullmatch(match.group("number")):  # « n° de sécu 2850… »: a NIR, said as such
            nirs = list(_nirs(text, match.start("number"), match.end("number")))
            if nirs:
                yield from nirs
                continue
        yield Finding("donnee-dossier", match.start(), match.end(), "un numéro de dossier ou d'allocataire")


_EMAIL_FIX = "retirez-la ; pour un service, donnez l'adresse de son site"


# the mailbox of a service, not of a person: a role before the @, a domain that is not a personal mailbox's
_ROLE_MAILBOX = re.compile(r"(?i)(?:contact|accueil|info|infos|information|secretariat|direction|inscriptions?|service"
                           r"|permanence|standard|bureau|communication|siege|courrier|equipe|formation|benevol\w*|"
                           r"presidence|coordination|rgpd|dpo|admin|administration|association|asso|mairie|ccas|cias|mdph"
                           r"|plateforme|pole|relais|reseau|antenne|ecoute|accompagnement|rh|crip|cellule|ase|pmi|spip"
                           r"|siao|caf|cpam|signalement|enfance|protection|prevention|urgence|social|sociale|aide|admissions?"
                           r"|recrutement|candidatures?|rendez-?vous|rdv|planning|agenda|compta\w*|factur\w*|cadre"
                           r"|astreinte|infirmerie|ide|idec|medecin|soins|ehpad|ssiad|saad|ime|esat|csapa|caarud|chrs"
                           r"|cada|mecs|sessad|samsah|savs|udaf|clic|dac|pass|ems?p|mjpm|tutelles?|curatelles?)"
                           r"(?:[._-][\w-]+)*@")
_PERSONAL_MAIL_DOMAINS = re.compile(r"(?i)@(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|orange|wanadoo|free|sfr"
                                    r"|neuf|laposte|icloud|me|aol|gmx|protonmail|proton|bbox|numericable|club-internet"
                                    r"|yandex|mail)\.")


def _service_mailbox(address: str) -> bool:
    return bool(_ROLE_MAILBOX.match(address)) and not _PERSONAL_MAIL_DOMAINS.search(address)


# the shape of a service's addresses, said to be one: « sur le format prenom.nom@exemple.fr » (not « il écrit
# depuis prenom.nom@… », an address)
_ADDRESS_PATTERN = re.compile(r"(?i)(?:pr[ée]nom|nom|initiale|p)(?:[._-](?:pr[ée]nom|nom|initiale))+@")
_PATTERN_CUE = re.compile(r"(?i)\b(?:format|forme|mod[èe]le|type|sch[ée]ma|gabarit|construites?|suivent|ex\.|exemple)\b[^\n]{0,60}$")


def _emails(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text, lo, hi):
        if _service_mailbox(match.group()) or _ADDRESS_PATTERN.match(match.group()) \
                and _PATTERN_CUE.search(text, max(0, match.start() - 70), match.start()):
            continue
        yield Finding("donnee-courriel", match.start(), match.end(), "une adresse électronique", _EMAIL_FIX)
    for match in _OBFUSCATED_EMAIL.finditer(text, lo, hi):
        if not _EMAIL.fullmatch(match.group()):  # a plain address is found above
            yield Finding("donnee-courriel", match.start(), match.end(), "une adresse électronique déguisée",
                          _EMAIL_FIX)


_WITH_INITIAL = re.compile(r"\S+\s*[A-Z]\.[ \t]*\S")  # « Mme B. Hamidou » (the pattern is shared with the editor:
# JavaScript has no « (?P<…> »)
_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.[ \t]*$")
_WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+$")


def _civilities(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _CIVILITY.finditer(text, lo, hi):
        if match.group().startswith("M.") and (before := _WORD_BEFORE.search(text, max(0, match.start() - 40),
                                                                          match.start())) \
                and is_first_name(before.group(1)):
            continue  # a middle initial: « Maria M. Ttofi »
        if match.group().startswith("M.") and _INITIAL_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue  # initials: « P. M. B. Chung »
        if _WITH_INITIAL.match(match.group()) and match.group().split()[-1] in SENTENCE_WORDS:
            continue  # « on a reçu Mme D. Elle a dit »: the initial ends the sentence
        if match.group().split()[-1] not in _NOT_SURNAMES and not in_a_work(text, match.start(), match.end()):
            yield Finding("donnee-nom", match.start(), match.end(), "une civilité suivie d'un nom",
                          "écrivez une initiale (« Mme D. », « M. X ») ou une description (« la mère »)")


# an IBAN's length in the countries people accompanied most often bank in: one of that length reads as
# an IBAN even when a digit was changed by hand
_IBAN_LENGTHS = {"FR": 27, "MC": 27, "BE": 16, "LU": 20, "CH": 21, "DE": 22, "GB": 22, "ES": 24, "PT": 25, "IT": 27,
                 "NL": 18, "RO": 24, "PL": 28, "BG": 22, "TR": 26, "MA": 28, "TN": 24, "DZ": 26, "SN": 28, "CI": 28,
                 "ML": 28, "CM": 27, "UA": 29, "GE": 22, "AL": 28}


# a French RIB (bank, branch, account, key), said to be one: « RIB : 30004 00031 12345678901 43 »
_RIB_FIELDS = re.compile(r"(?i:banque)\s*:?\s*(?P<rib>\d{5}[^\w\n]{1,6}(?i:code\s+)?(?i:guichet)\s*:?\s*\d{5}"
                         r"[^\w\n]{1,6}(?i:(?:n°|num[ée]ro)\s*(?:de\s+|du\s+)?)?(?i:compte)\s*:?\s*"
                         r"[A-Z0-9]{11}(?:[^\w\n]{1,6}(?i:cl[ée])(?i:\s+rib)?\s*:?\s*\d{2})?)")
_RIB = re.compile(r"\b(?i:rib|relev[ée]\s+d['’]identit[ée]\s+bancaire|coordonn[ée]es\s+bancaires)\b[^\n\d]{0,30}"
                  r"(?P<rib>\d{5}[ -]?\d{5}[ -]?[A-Z0-9]{11}[ -]?\d{2})(?![\w])")


def _ibans(text: str, lo: int, hi: int) -> Iterator[Finding]:
    from stdnum import iban

    # (the fields run over some eighty characters: the account's number, which wakes this up, comes last)
    for match in [*_RIB.finditer(text, lo, hi), *_RIB_FIELDS.finditer(text, max(0, lo - 80), hi)]:
        yield Finding("donnee-iban", match.start("rib"), match.end("rib"), "un RIB")

    for match in _IBAN.finditer(text, lo, hi):
        compact = re.sub(r"[ \t>\n-]", "", match.group().upper())
        if iban.is_valid(compact) or _IBAN_LENGTHS.get(compact[:2]) == len(compact):
            yield Finding("donnee-iban", match.start(), match.end(), "un IBAN")


# twelve digits or more in one piece, standing alone: someone's identifier (a social-housing request,
# a tax or a health-insurance number…), unless a register of books, products or organisations
_LONG_NUMBER = re.compile(r"(?<![\w/=.,-])\d{12,}(?![\w/-]|[.,]\w)")  # (no scan ahead: linear on a run of digits)
_REGISTER_BEFORE = re.compile(r"(?i:\b(?:isbn|issn|ean|gtin|siret|siren|finess|rna|rpps|adeli|doi|nor|jorftext)\b)[^\n]{0,20}$")


def _digit_run(text: str, lo: int, hi: int) -> Iterator[Finding]:
    found = [*_nirs(text, lo, hi), *_phones(text, lo, hi), *_ibans(text, lo, hi), *_case_numbers(text, lo, hi)]
    yield from found
    for match in _LONG_NUMBER.finditer(text, lo, hi):
        if any(f.start <= match.start() < f.end for f in found) or match.group()[:3] in ("978", "979") \
                or _REGISTER_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        yield Finding("donnee-dossier", match.start(), match.end(), "un numéro d'identification")


# trigger group -> (detector, characters to look at before and after the trigger)
_DETECTORS = {
    "digits": (_digit_run, 40, 24),  # (24 after: an IBAN may go on on the next line)
    "corsica": (_nirs, 40, 24),
    "email": (_emails, 100, 260),
    "civility": (_civilities, 2, 80),
    "birth": (_births, 30, 80),
    "address": (_addresses, 0, 80),
    "case": (_case_numbers, 40, 80),
    "disguised": (_emails, 100, 120),
    "rib": (_ibans, 0, 120),
    "field": (form_field_findings, 0, 120),
    "family": (family_findings, 30, 60),
    "birthname": (birth_name_findings, 30, 60),
    "aged": (aged_name_findings, 80, 40),
    "family2": (family_findings, 4, 40),
    "nick": (nickname_findings, 80, 100),
    "column": (_table_columns, 0, 0),
    "file": (file_name_findings, 160, 8),
    "folder": (case_folder_findings, 0, 90),
    "dwelling": (_dwellings_and_addresses, 160, 160),
    "initialled": (initialled_name_findings, 8, 120),
    "cued": (cue_name_findings, 100, 60),
}


def prepare_privacy() -> None:
    """Compile the first-name pattern now (before worker processes are forked, which then share it),
    and the first names in lower case."""
    name_trigger()
    lower_case_names()


_BEYOND = 40  # characters past a trigger where one that starts inside it is looked for
# triggers that may span many characters: no other is looked for inside them (a run of digits, a table)
_LONG_TRIGGERS = frozenset({"digits", "column"})


class _Shifted:
    """A trigger found in a piece of the text, at its place in the whole text."""
    __slots__ = ("lastgroup", "_start", "_end")

    def __init__(self, match: Any, offset: int) -> None:
        self.lastgroup, self._start, self._end = match.lastgroup, match.start() + offset, match.end() + offset

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _triggers(text: str) -> Iterator[Any]:
    """Every trigger, those that overlap included: « dossier ma fille elle est née le 11 avril » holds a
    file's trigger (« dossier … 11 ») and, inside it, a birth's (« née le 1 »), which finditer skips. The
    inside of a trigger (a few dozen characters) is searched again, as a piece: linear in the text."""
    for trigger in _TRIGGER.finditer(text):
        yield trigger
        if trigger.lastgroup not in _LONG_TRIGGERS and trigger.end() - trigger.start() > 2:
            # (a trigger may also start inside and end beyond: « CAF manquants | 07 00 00 41 63 », a file's
            # trigger, then a phone's; a few characters beyond are enough for what starts inside)
            offset = trigger.start() + 1
            for inner in _TRIGGER.finditer(text[offset:trigger.end() + _BEYOND]):
                if inner.start() + offset >= trigger.end():
                    break
                yield _Shifted(inner, offset)


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in `text`, by offsets, in order. Letters of other Latin
    alphabets are read as their base letter (« Wiśniewski », « Căldăraru », « Nguyễn »: the same
    offsets: _reading_copy); names in a paragraph that says its characters are invented are no one's;
    numbers dictated in words are read in figures too (kb/checks/spoken_numbers.py)."""
    found, cued = _find(_reading_copy(text))
    runs = spoken_runs(text, cued=True) if cued else []
    if runs:
        found = _outermost({*found, *_spoken(text, runs)})
    return found


def _spoken(text: str, runs: list) -> Iterator[Finding]:
    """What the detectors find in `text` with its dictated numbers written in figures, over those
    numbers, at their place in `text` (« rappeler au zéro six trente-neuf… »)."""
    figures, placed = in_figures(text, runs)
    for finding in _find(_reading_copy(figures))[0]:
        over = [run for start, end, run in placed if start < finding.end and finding.start < end]
        if not over:
            continue
        yield Finding(finding.code, min(over[0].start, _back(finding.start, placed)),
                      max(over[-1].end, _back(finding.end, placed)), finding.what, finding.fix)


def _back(offset: int, placed: list) -> int:
    """An offset of the text in figures, in the text as written (outside the numbers written anew)."""
    shift = 0
    for start, end, run in placed:
        if end <= offset:
            shift += (run.end - run.start) - (end - start)
    return offset + shift


def _find(text: str) -> tuple[list[Finding], bool]:
    """What the detectors find, and whether numbers may be dictated in words there (three number words in a row)."""
    windows: dict[str, list[list[int]]] = {}
    cued = False
    for trigger in _triggers(text):
        group = trigger.lastgroup
        if group == "spoken":
            cued = True
            continue
        _, before, after = _DETECTORS[group]
        lo, hi = max(trigger.start() - before, 0), min(trigger.end() + after, len(text))
        spans = windows.setdefault(group, [])
        if spans and lo <= spans[-1][1]:  # overlapping windows are looked at once
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    found: set[Finding] = set()
    for group, spans in windows.items():
        detect = _DETECTORS[group][0]
        for lo, hi in spans:
            found.update(detect(text, lo, hi))
    found.update(first_name_findings(text, 0, len(text)))
    found.update(lower_case_name_findings(text, 0, len(text)))
    found.update(unknown_head_findings(text, 0, len(text)))
    return _outermost(set(not_invented(text, found))), cued


# letters of Latin alphabets other than French's (Polish, Romanian, Turkish, Vietnamese…), not œ
_LATIN_EXTENDED = re.compile("[\u0100-\u0151\u0154-\u024f\u1e00-\u1eff]")
_NO_DECOMPOSITION = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ŋ": "n", "Ŋ": "N",
                     "ŧ": "t", "Ŧ": "T", "ſ": "s", "ƒ": "f"}


_URL_WITH_PLUS = re.compile(r"https?://[^\s)>\]]*\+[^\s)>\]]*")


def _reading_copy(text: str) -> str:
    """`text` as the detectors read it, one character for one (the offsets stay those of `text`):
    each such letter replaced by its base letter, a web address's « + » by a space (a map's
    link: « ?q=18+rue+Victor-Hugo+appt+12 »), and no-break spaces by spaces."""
    if _LATIN_EXTENDED.search(text):
        text = _LATIN_EXTENDED.sub(lambda m: _base_letter(m.group()), text)
    if "+" in text and "://" in text:
        text = _URL_WITH_PLUS.sub(lambda m: m.group().replace("+", " "), text)
    if "\u00a0" in text or "\u202f" in text:  # French typing puts no-break spaces in numbers: « 06 12 34 56 78 »
        text = text.replace("\u00a0", " ").replace("\u202f", " ")
    return text


@functools.cache
def _base_letter(letter: str) -> str:
    base = unicodedata.normalize("NFKD", letter)[0]
    return base if base.isascii() and base.isalpha() else _NO_DECOMPOSITION.get(letter, letter)


def _outermost(found: set[Finding]) -> list[Finding]:
    """One finding for one thing: « M. Jean Dupont » is not also « Jean Dupont »."""
    ordered = sorted(found, key=lambda f: (f.start, -f.end, f.code, f.what))  # (the same every run: not set order)
    kept: list[Finding] = []
    for finding in ordered:
        if any(k.code == finding.code and k.start <= finding.start and finding.end <= k.end for k in kept[-4:]):
            continue
        kept.append(finding)
    return kept


_NAME_LIKE = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:[ -][A-ZÀ-Ý][\w'’]*)*")


def mask(value: str) -> str:
    """Show enough to find it, not enough to spread it: « 06 12 34 56 78 » -> « 06 •• •• •• 78 »,
    « Mme Benali » -> « Mme B••••• », « Jordan Lefebvre » -> « J••••• L••••••• »."""
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    head = value.split()[0]
    if head in _CIVILITIES:
        keep = {i for i in alnum if i < len(head)} | {next(i for i in alnum if i > len(head))}
    elif _NAME_LIKE.fullmatch(value):  # a name: the initial of each part
        keep = {i for i in alnum if i == 0 or value[i - 1] in " -"}
    elif len(alnum) > 6:
        keep = set(alnum[:2] + alnum[-2:])
    else:
        keep = set(alnum[:1])
    return "".join(c if i in keep or not c.isalnum() else "•" for i, c in enumerate(value))


def _shown(found: str) -> str:
    """What a message shows of a finding: masked, on one line, at most 40 characters."""
    shown = mask(" ".join(found.split()))
    return shown if len(shown) <= 40 else shown[:39] + "…"


def check_privacy(rel_path: str, parts: list[tuple[str, int]]) -> Iterator[Diagnostic]:
    """`parts`: (text, line of its first line) — a sheet's front matter and body, or a module file."""
    for text, first_line in parts:
        findings = list(find_personal_data(text))
        markers = _markers(text, first_line) if "relier-autoriser" in text else {}
        for line, (codes, problem) in markers.items():
            if problem:
                yield error(rel_path, (line, 1), "exception", problem)
        for finding in sorted(findings, key=lambda f: f.start):
            line = first_line + text.count("\n", 0, finding.start)
            column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
            codes, problem = markers.get(line, ((), None))
            if finding.code in codes and not problem:
                continue
            yield error(rel_path, (line, column), finding.code,
                        f"donnée personnelle : {finding.what} (« {_shown(text[finding.start:finding.end])} »). "
                        f"Une fiche est publique : {finding.fix}. "
                        f"Si ce n'est pas une personne accompagnée, justifiez-le sur la même ligne : "
                        f"<!-- relier-autoriser: {finding.code} — raison -->")


def _markers(text: str, first_line: int) -> dict[int, tuple[tuple[str, ...], str | None]]:
    """Exception markers by line: their codes, and what is wrong with the marker if anything."""
    markers = {}
    for index, line in enumerate(text.split("\n")):
        match = ALLOW_MARKER.search(line)
        if not match:
            continue
        codes = tuple(code.strip() for code in match.group("codes").split(","))
        unknown = [code for code in codes if code not in PRIVACY_CODES]
        problem = None
        if unknown:
            problem = (f"marqueur relier-autoriser : code inconnu « {unknown[0]} » — codes possibles : "
                       + ", ".join(PRIVACY_CODES))
        elif not _REASON.match(match.group("rest").split("-->")[0]):
            problem = ("marqueur relier-autoriser sans raison : écrivez-la après un tiret, par exemple "
                       f"« relier-autoriser: {codes[0]} — auteur de l'ouvrage cité »")
        markers[first_line + index] = (codes, problem)
    return markers
