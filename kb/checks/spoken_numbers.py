"""Numbers dictated in words, read as figures: a voice-dictation transcript pasted into a sheet spells
out phone, social-security, bank and file numbers (« rappeler au zéro six trente-neuf quatre-vingt-dix-
huit vingt-sept quatorze », « clé trente-sept », « F R soixante-seize trois zéro zéro zéro… », « sous le
numéro deux mille vingt-six tiret zéro zéro neuf cent vingt et un »).

`in_figures(text)` gives the text with each such run of number words written in figures (« 0639982714 »,
« 2026-00921 »), and where each run was, so that the detectors of figures can read it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import re2

from ..text import fold

_UNITS = {"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
          "neuf": 9}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
         "huitante": 80, "octante": 80, "nonante": 90}
_HUNDRED, _THOUSAND = {"cent", "cents"}, {"mille", "mil"}
_MARKS = {"tiret": "-", "slash": "/", "barre": "/", "cle": " "}  # said between the parts of a number
_NUMBER_WORDS = set(_UNITS) | set(_TEENS) | set(_TENS) | _HUNDRED | _THOUSAND
# a run of words that may make a number (what the run makes is worked out on the run alone)
_NUMBER = (r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?"
           r"|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|mil)")
_PIECE = rf"(?:{_NUMBER}|\d+|tiret|slash|barre|cl[ée]|et|(?-i:[A-Z]))(?![\w'’])"
_CANDIDATE = re.compile(rf"(?i)(?<![\w'’-]){_PIECE}(?:[ \t,-]+{_PIECE}){{2,}}")
# three number words in a row, looked for first in linear time (RE2: a sheet with none is done in microseconds)
CUE = rf"(?i:\b{_NUMBER}\b[ \t,-]+(?:et[ \t,-]+)?{_NUMBER}\b[ \t,-]+(?:et[ \t,-]+)?(?:{_NUMBER}|\d))"
_CUE = re2.compile(CUE)  # (also one of the personal-data check's triggers: kb/checks/privacy.py)
_NUMBER_WORD = re.compile(rf"(?i)(?<![\w'’]){_NUMBER}(?![\w'’])")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ]+|\d+")
_JOINER = re.compile(r"[ \t,-]*")  # what may stand between the words of a run (a dictation's commas too)
MIN_DIGITS = 6  # fewer figures make no phone, social-security, bank or file number


@dataclass(frozen=True)
class Run:
    start: int  # offsets in the text
    end: int
    figures: str


def spoken_runs(text: str, cued: bool = False) -> list[Run]:
    """Runs of number words (with figures, a country's two letters before them, « tiret », « clé »…) that
    make a number of MIN_DIGITS figures or more (`cued`: the caller has seen CUE in `text`)."""
    if not cued and not _CUE.search(text):
        return []
    runs = []
    for candidate in _CANDIDATE.finditer(text):
        if len(_NUMBER_WORD.findall(candidate.group())) < 3:
            continue
        tokens = []
        for match in _TOKEN.finditer(text, candidate.start(), candidate.end()):
            tokens.append((match.start(), match.end(), match.group(), _kind(match.group())))
        runs.extend(_close(text, tokens))
    return runs


def in_figures(text: str, runs: list[Run]) -> tuple[str, list[tuple[int, int, Run]]]:
    """`text` with each run written in figures, and (start, end) of each run in that text."""
    pieces, placed, last, shift = [], [], 0, 0
    for run in runs:
        pieces += [text[last:run.start], run.figures]
        start = run.start + shift
        placed.append((start, start + len(run.figures), run))
        shift += len(run.figures) - (run.end - run.start)
        last = run.end
    return "".join(pieces) + text[last:], placed


def _kind(word: str) -> str | None:
    if word.isdigit():
        return "digits"
    folded = fold(word).lower()
    if folded in _NUMBER_WORDS:
        return "number"
    if folded == "et":
        return "and"
    if folded in _MARKS:
        return "mark"
    if len(word) == 1 and word.isupper():
        return "letter"
    return None


def _close(text: str, tokens: list[tuple[int, int, str, str]]) -> list[Run]:
    """The run these tokens make, trimmed of what may not start or end it, if it is long enough."""
    while tokens and (tokens[-1][3] in ("and", "mark", "letter")):
        tokens = tokens[:-1]
    while tokens and tokens[0][3] in ("and", "mark") or len(tokens) > 1 and tokens[0][3] == "letter" \
            and tokens[1][3] not in ("letter", "number"):
        tokens = tokens[1:]
    if sum(kind == "number" for *_, kind in tokens) < 3:
        return []
    figures = _figures(text, tokens)
    if sum(c.isdigit() for c in figures) < MIN_DIGITS:
        return []
    return [Run(tokens[0][0], tokens[-1][1], figures)]


def _figures(text: str, tokens: list[tuple[int, int, str, str]]) -> str:
    """The run in figures: each number said (« trente-neuf », « deux mille vingt-six », « zéro ») written
    as its figures, one after the other; letters kept, « tiret » a dash."""
    out: list[str] = []
    number = _Number()
    previous_end = None
    for start, end, word, kind in tokens:
        between = text[previous_end:start] if previous_end is not None else ""
        previous_end = end
        if "," in between:  # « soixante-dix-sept, mille… »: two numbers
            out.append(number.figures())
            number = _Number()
        if kind == "number":
            folded = fold(word).lower()
            if not number.add(folded, "-" in between):
                out.append(number.figures())
                number = _Number()
                number.add(folded, False)
            continue
        if kind == "and":
            number.joined = True
            continue
        out.append(number.figures())
        number = _Number()
        out.append(word if kind in ("digits", "letter") else _MARKS[fold(word).lower()])
    out.append(number.figures())
    return "".join(out)


class _Number:
    """A number said in French words, one word at a time; `add` says whether the word goes on it."""

    def __init__(self) -> None:
        self.thousands = 0
        self.low = 0
        self.last = ""  # what the last word was: unit, teen, tens, hundred, thousand, zero
        self.joined = False  # « et » just said (« vingt et un »)
        self.empty = True

    def figures(self) -> str:
        if self.empty:
            return ""
        return "0" if self.last == "zero" else str(self.thousands + self.low)

    def add(self, word: str, hyphen: bool) -> bool:
        joined, self.joined = self.joined or hyphen, False
        if self.empty:
            return self._start(word)
        if self.last == "zero":
            return False
        if word in _UNITS and word != "zero":
            value = _UNITS[word]
            if self.last == "tens" and joined or self.last in ("hundred", "thousand") \
                    or self.last == "ten" and joined and value >= 7:
                self.low += value
                self.last = "unit"
                return True
            return False
        if word in _TEENS:
            value = _TEENS[word]
            if self.last == "tens" and joined and self.low % 100 in (60, 80) or self.last in ("hundred", "thousand"):
                self.low += value
                self.last = "ten" if value == 10 else "teen"
                return True
            return False
        if word in _TENS:
            value = _TENS[word]
            if value == 20 and self.last == "unit" and self.low % 10 == 4 and self.low % 100 < 10:
                self.low += 76  # « quatre-vingt »
                self.last = "tens"
                return True
            if self.last in ("hundred", "thousand"):
                self.low += value
                self.last = "tens"
                return True
            return False
        if word in _HUNDRED:
            if self.last == "unit" and self.low < 10 or self.last == "thousand":
                self.low = max(self.low, 1) * 100
                self.last = "hundred"
                return True
            return False
        if word in _THOUSAND:
            if not self.thousands and self.last != "thousand":
                self.thousands, self.low = max(self.low, 1) * 1000, 0
                self.last = "thousand"
                return True
            return False
        return False

    def _start(self, word: str) -> bool:
        self.empty = False
        if word == "zero":
            self.last = "zero"
        elif word in _UNITS:
            self.low, self.last = _UNITS[word], "unit"
        elif word in _TEENS:
            self.low = _TEENS[word]
            self.last = "ten" if self.low == 10 else "teen"
        elif word in _TENS:
            self.low, self.last = _TENS[word], "tens"
        elif word in _HUNDRED:
            self.low, self.last = 100, "hundred"
        else:
            self.thousands, self.last = 1000, "thousand"
        return True
