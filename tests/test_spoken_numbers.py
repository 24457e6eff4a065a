"""Numbers dictated in words (voice-dictation transcripts pasted into a sheet) are read in figures by the
personal-data check: privacy set 13 hid phones, social-security, bank and file numbers that way."""

from __future__ import annotations

import time

import pytest

from kb.checks.privacy import find_personal_data
from kb.checks.spoken_numbers import in_figures, spoken_runs


@pytest.mark.parametrize("said, figures", [
    ("rappeler au zéro six trente-neuf quatre-vingt-dix-huit vingt-sept quatorze merci", "rappeler au 0639982714 merci"),
    ("son numéro zéro trois 53 48 soixante 19 point", "son numéro 0353486019 point"),
    ("au zéro sept zéro zéro zéro zéro dix-huit cinquante-cinq, la personne", "au 0700001855, la personne"),
    ("c'est deux quatre-vingt-deux zéro cinq soixante-quinze cent seize zéro quarante-huit clé quatre-vingt-onze voilà",
     "c'est 2820575116048 91 voilà"),
    ("F R soixante-seize trois zéro zéro zéro quatre zéro zéro huit deux trois zéro zéro zéro un deux trois quatre cinq "
     "six sept huit quatre deux point", "FR7630004008230001234567842 point"),
    ("numéro SIAO deux mille vingt-six tiret zéro zéro neuf cent vingt et un point", "numéro SIAO 2026-00921 point"),
    ("quatre-vingt-dix-neuf, soixante-dix-sept, mille neuf cent quatre-vingt-quatre", "99771984"),
    # too few figures to be anyone's number, or too few words: left as written
    ("en deux mille vingt-six, zéro chômeur de longue durée", "en deux mille vingt-six, zéro chômeur de longue durée"),
    ("trois enfants de six et huit ans", "trois enfants de six et huit ans"),
])
def test_dictated_numbers_are_read_in_figures(said: str, figures: str) -> None:
    assert in_figures(said, spoken_runs(said))[0] == figures


def test_a_dictated_number_is_found_where_it_was_said() -> None:
    text = "Message : « vous pouvez me rappeler au zéro six trente-neuf quatre-vingt-dix-huit vingt-sept quatorze merci »"
    found = find_personal_data(text)
    assert [(f.code, text[f.start:f.end]) for f in found] == [
        ("donnee-telephone", "zéro six trente-neuf quatre-vingt-dix-huit vingt-sept quatorze")]
    clean = "Le budget de trois cent cinquante mille euros finance deux mille vingt-six places, soit quatre-vingt-dix par département."
    assert find_personal_data(clean) == []


def test_reading_numbers_in_words_is_linear() -> None:
    text = "zéro six trente-neuf " * 20_000 + "\n" + "vingt-et-un, " * 20_000
    started = time.perf_counter()
    spoken_runs(text)
    assert time.perf_counter() - started < 5
