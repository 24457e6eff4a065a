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

import re
from collections.abc import Iterator
from dataclasses import dataclass

import re2

from ..diagnostics import Diagnostic, error

PRIVACY_CODES = ("donnee-nir", "donnee-telephone", "donnee-courriel", "donnee-iban", "donnee-naissance",
                 "donnee-adresse", "donnee-nom", "donnee-dossier")


@dataclass(frozen=True)
class Finding:
    code: str
    start: int
    end: int
    what: str  # the French name of what was found


_NIR = re.compile(r"(?<![\w+/=.-])[12][ .]?\d\d[ .]?\d\d[ .]?(?:\d\d|2[ABab])[ .]?\d{3}[ .]?\d{3}[ .]?\d\d(?![\w/])")
_PHONE = re.compile(
    r"(?<![\w+/=-])(?<!\d\.)(?:(?:\+|00)[ .]?(?:33|262|269|590|594|596|508|681|687|689)[ .]?(?:\(0\)[ .]?)?[1-9]"
    r"(?:[ .-]?\d){5,8}|0[1-9](?:[ .-]?\d\d){4}|0[1-9](?:/\d\d){4})(?![\w/])")
_NATIONAL_REGIONS = ("FR", "RE", "GP", "GF", "MQ", "YT")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_IBAN = re.compile(r"(?<![\w/])[A-Z]{2}\d\d(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?(?![\w/])")
_MONTHS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE = (rf"(?:(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+\d{{4}}"
         rf"|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}|\d{{4}}-\d\d-\d\d)")
# « né le … », « née à Lyon le … », « date de naissance : … »
_BIRTH = re.compile(rf"\b(?:n[ée]e?s?(?:\s*\(e\))?(?:\s+[àa]\s+[\w'’ -]{{2,40}}?)?\s+le|date\s+de\s+naissance\s*:?"
                    rf"|DDN\s*:?)\s+(?:le\s+)?{_DATE}", re.IGNORECASE)
_STREET_TYPES = (r"rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|square|passage"
                 r"|r[ée]sidence|cit[ée]|hameau|chauss[ée]e|faubourg|sentier|villa|lotissement|voie")
# the street's name: a capitalised word, or a date (« rue du 8 Mai 1945 », « avenue du 14-Juillet »)
_ADDRESS = re.compile(rf"\b\d{{1,4}}(?:\s?(?:bis|ter|b))?,?\s+(?i:{_STREET_TYPES})\s+"
                      r"(?:(?i:de la|de l'|de l’|des|du|de|d'|d’|la|le|les|l'|l’)\s*)?"
                      rf"(?P<name>[A-ZÀ-Ý][\w'’-]*|\d{{1,2}}(?:er)?[ -](?i:{_MONTHS}))")
_CIVILITIES = ("M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Mr", "Monsieur", "Madame", "Mademoiselle")
_SURNAME = r"(?:[A-ZÀ-Ý]['’])?(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|[A-ZÀ-Ý]{2,})"
# « Mme Benali », « M.Dupont », « Mme. Durand », « Madame Le Goff », « Mme N'Diaye »; not « J.-M. Petit »
_CIVILITY = re.compile(r"(?<![\w.’'-])(?:M\.|MM\.|Mmes?\.?|Mlles?\.?|Mr\.?|Monsieur|Madame|Mademoiselle)"
                       rf"(?:\s+|(?<=\.))(?:(?:Le|La|De|Du|Des|Van|Von|Di|Da|Del|de|du|des)\s+|d['’])?{_SURNAME}")
# words that follow a civility without naming anyone: « Madame, Monsieur », « Monsieur Le Procureur »
_NOT_SURNAMES = frozenset({"Tout", "Le", "La", "Les", "Un", "Une", "Et", "Ou", "Vous", "Votre", "Monsieur",
                           "Madame", "Mademoiselle", "Messieurs", "Mesdames", "Procureur", "Procureure", "Maire",
                           "Juge", "Président", "Présidente", "Directeur", "Directrice", "Préfet", "Préfète",
                           "Ministre", "Défenseur", "Défenseure", "Député", "Députée", "Sénateur", "Sénatrice"})
_CASE_WORDS = r"dossier|allocataire|caf|mdph|rsa|ase|s[ée]cu(?:rit[ée]\s+sociale)?"
# a case or claimant number needs one of those words next to it: « loi n° 2002-2 » is a law
_CASE_NUMBER = re.compile(
    rf"(?:\b(?:n°|no\.?|num[ée]ro|num\.)\s*(?:de\s+|d['’])?(?:{_CASE_WORDS})(?:\s+(?:{_CASE_WORDS}))?"
    rf"|\b(?:{_CASE_WORDS})(?:\s+(?:{_CASE_WORDS}))?\s*(?:n°|no\.?|num[ée]ro))"
    r"\s*:?\s*(?P<number>[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)", re.IGNORECASE)

ALLOW_MARKER = re.compile(r"relier-autoriser\s*:\s*(?P<codes>[\w-]+(?:\s*,\s*[\w-]+)*)(?P<rest>.*)")
_REASON = re.compile(r"^\s*(?:—|–|--|-|:)\s*(?P<reason>\w.*\w{2})")


# One pass of RE2 (linear time, no backtracking) over the text finds the few places worth a
# closer look; the precise detectors then run only on a window around each. Python's own `re`
# is ten times slower over 10 000 sheets, which `kb check` cannot afford.
_TRIGGER = re2.compile(
    r"(?P<digits>\d(?:[ ./-]?\d){8,})"
    r"|(?P<corsica>[12][ .]?\d\d[ .]?\d\d[ .]?2[ABab])"
    r"|(?P<email>@)"
    r"|(?P<civility>\b(?:M\.|MM\.|Mme|Mmes|Mlle|Mlles|Mr|Monsieur|Madame|Mademoiselle))"
    r"|(?P<birth>(?i:\bn[ée]e?s?(?:\s*\(e\))?\s+(?:[àa]\s[^\n]{1,40}?\s)?le\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche)|naissance\s*:?\s*(?:le\s+)?\d|\bDDN\b))"
    rf"|(?P<address>\b\d{{1,4}}(?:\s?(?:bis|ter|b))?,?\s+(?i:{_STREET_TYPES})\s)"
    rf"|(?P<case>(?i:\b(?:{_CASE_WORDS})\b[^\n\d]{{0,30}}\d\d))")


# The validators (phonenumbers, python-stdnum) are imported when a candidate is met: most sheets
# have none, and `kb check FILE` should not pay for loading them.

def _nirs(text: str, lo: int, hi: int) -> Iterator[Finding]:
    from stdnum.fr import nir

    for match in _NIR.finditer(text, lo, hi):
        if nir.is_valid(match.group().replace(" ", "").replace(".", "").upper()):
            yield Finding("donnee-nir", match.start(), match.end(), "un numéro de sécurité sociale (NIR)")


def _phones(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _PHONE.finditer(text, lo, hi):
        if _is_personal_phone(match.group()):
            yield Finding("donnee-telephone", match.start(), match.end(), "un numéro de téléphone")


def _is_personal_phone(candidate: str) -> bool:
    """A valid French number (mainland or overseas) that is not a free, shared-cost or premium
    service line (08…: those belong to services and helplines, never to a person)."""
    import phonenumbers

    public_lines = {phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                    phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.UAN}
    regions = ("FR",) if not candidate.startswith("0") or candidate.startswith("00") else _NATIONAL_REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.number_type(number) not in public_lines
    return False


def _births(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _BIRTH.finditer(text, lo, hi):
        yield Finding("donnee-naissance", match.start(), match.end(), "une date de naissance")


def _addresses(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _ADDRESS.finditer(text, lo, hi):
        name = match.group("name")
        if len(name) > 1 and name.isupper():  # « 1 place de CHRS », « 3 cours de FLE »: an acronym, not a street
            continue
        yield Finding("donnee-adresse", match.start(), match.end(), "une adresse postale")


def _case_numbers(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _CASE_NUMBER.finditer(text, lo, hi):
        if sum(c.isdigit() for c in match.group("number")) < 4:
            continue
        yield Finding("donnee-dossier", match.start(), match.end(), "un numéro de dossier ou d'allocataire")


def _emails(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text, lo, hi):
        yield Finding("donnee-courriel", match.start(), match.end(), "une adresse électronique")


def _civilities(text: str, lo: int, hi: int) -> Iterator[Finding]:
    for match in _CIVILITY.finditer(text, lo, hi):
        if match.group().split()[-1] not in _NOT_SURNAMES:
            yield Finding("donnee-nom", match.start(), match.end(), "une civilité suivie d'un nom")


def _ibans(text: str, lo: int, hi: int) -> Iterator[Finding]:
    from stdnum import iban

    for match in _IBAN.finditer(text, lo, hi):
        if iban.is_valid(match.group()):
            yield Finding("donnee-iban", match.start(), match.end(), "un IBAN")


def _digit_run(text: str, lo: int, hi: int) -> Iterator[Finding]:
    yield from _nirs(text, lo, hi)
    yield from _phones(text, lo, hi)
    yield from _ibans(text, lo, hi)
    yield from _case_numbers(text, lo, hi)


# trigger group -> (detector, characters to look at before and after the trigger)
_DETECTORS = {
    "digits": (_digit_run, 40, 8),
    "corsica": (_nirs, 0, 24),
    "email": (_emails, 100, 260),
    "civility": (_civilities, 2, 80),
    "birth": (_births, 30, 80),
    "address": (_addresses, 0, 80),
    "case": (_case_numbers, 40, 80),
}


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in `text`, by offsets, in order."""
    windows: dict[str, list[list[int]]] = {}
    for trigger in _TRIGGER.finditer(text):
        group = trigger.lastgroup
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
    return sorted(found, key=lambda f: (f.start, f.code))


def mask(value: str) -> str:
    """Show enough to find it, not enough to spread it: « 06 12 34 56 78 » -> « 06 •• •• •• 78 »,
    « Mme Benali » -> « Mme B••••• »."""
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    head = value.split()[0]
    if head in _CIVILITIES:
        keep = {i for i in alnum if i < len(head)} | {next(i for i in alnum if i > len(head))}
    elif len(alnum) > 6:
        keep = set(alnum[:2] + alnum[-2:])
    else:
        keep = set(alnum[:1])
    return "".join(c if i in keep or not c.isalnum() else "•" for i, c in enumerate(value))


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
                        f"donnée personnelle : {finding.what} (« {mask(text[finding.start:finding.end])} »). "
                        "Une fiche est publique : retirez-la ou décrivez la situation en termes généraux. "
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
