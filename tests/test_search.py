"""Search: French analysis, synonyms, filters, freshness, robustness, quality — on a real Whoosh index."""

from __future__ import annotations

import json
import re
import shutil
import statistics
from pathlib import Path

import pytest

from kb.loader import load
from kb.search import refresh_index, search, similar_sheets
from kb.search.need import COVERAGE_FLOOR, COVERAGE_FROM, COVERAGE_MIN, LONG_FLOOR, LONG_FROM, UNKNOWN_FROM, UNKNOWN_WEIGHT, coverage_min, \
    unknown_weight
from kb.search.quality import CATEGORIES, OFF_TOPIC, evaluate, kb_ranker, load_judgements, summarise
from support import AMONG_THE_FIRST_THREE, PRACTITIONER_PHRASINGS, REPO, sheet_text

MIN_NDCG, MIN_RECALL, MIN_NDCG_SITUATIONS, MIN_CATEGORY, MIN_OFF_TOPIC_NOTHING = 0.91, 0.93, 0.85, 0.80, 0.75


@pytest.fixture(scope="module")
def corpus():
    return load(REPO).corpus


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    """A copy of the landed content, so tests can edit sheets and break the index."""
    root = tmp_path / "projet"
    for name in ("practices", "schemas"):
        shutil.copytree(REPO / name, root / name)
    return root


def _ids(corpus, query: str, limit: int = 5, **filters) -> list[str]:
    return [h.id for h in search(corpus, query, filters or None, limit=limit).hits]


def test_accents_do_not_matter(corpus) -> None:
    assert _ids(corpus, "éducatif") == _ids(corpus, "educatif") == _ids(corpus, "ÉDUCATIF")
    assert _ids(corpus, "éducatif")


def test_plural_and_singular_match(corpus) -> None:
    plural, singular = _ids(corpus, "enfants"), _ids(corpus, "enfant")
    assert len(set(plural) & set(singular)) >= 4


def test_public_filter_returns_only_that_public(corpus) -> None:
    by_id = corpus.by_id()
    hits = _ids(corpus, "accompagnement", limit=50, publics=("adolescents",))
    assert hits
    assert all("adolescents" in by_id[h].terms["publics"] for h in hits)
    both = _ids(corpus, "accompagnement", limit=50, publics=("adolescents",), secteurs=("medico_social",))
    assert set(both) <= set(hits)
    assert all("medico_social" in by_id[h].terms["secteurs"] for h in both)


def test_acronyms_and_synonyms_expand_queries(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(REPO / "schemas", root / "schemas")
    (root / "practices").mkdir()
    text = sheet_text("placement-familial", publics=("enfance",))
    text = text.replace("## Contexte\n\nTexte.", "## Contexte\n\nUn enfant confié à l'aide sociale à l'enfance.")
    (root / "practices" / "placement-familial.md").write_text(text, encoding="utf-8")
    (root / "practices" / "autre.md").write_text(sheet_text("autre"), encoding="utf-8")
    assert _ids(load(root).corpus, "ASE") == ["placement-familial"]


def test_a_topic_s_members_are_searched_with_its_name_not_with_each_other(corpus) -> None:
    """« deuil » and « directives anticipées » are both under the theme « Fin de vie et deuil »: the
    first must not search for the second (it put the psychiatric advance directives first for
    « deuil d'un enfant »); an acronym still brings the words it stands for."""
    from kb.search.french import words
    from kb.search.synonyms import SynonymTable, vocabulary_groups

    table = SynonymTable(vocabulary_groups(corpus.vocabularies), words).as_mapping()
    assert "fin vie deuil" in table["deuil"] and "directives anticipees" not in table["deuil"]
    assert "aide sociale enfance" in table["ase"]


def test_ranking_does_not_depend_on_the_limit(corpus) -> None:
    full = _ids(corpus, "projet personnalisé résident", limit=10)
    for limit in (1, 2, 3, 5):
        assert _ids(corpus, "projet personnalisé résident", limit=limit) == full[:limit]


def test_an_edited_sheet_is_found_at_the_next_search(starter: Path) -> None:
    first = refresh_index(load(starter).corpus)
    assert first.rebuilt
    # the loader's file times and sizes are recorded: the next `kb search` need not hash every file
    stamp = json.loads((starter / "build" / "search" / "relier.json").read_text(encoding="utf-8"))
    assert stamp["scanned_ns"] > 0 and all(len(entry) == 4 for entry in stamp["files"].values())
    assert _ids(load(starter).corpus, "zorglubienne") == []
    path = starter / "practices" / "genogramme.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## Contexte\n", "## Contexte\n\nUne méthode zorglubienne.\n", 1),
                    encoding="utf-8")
    corpus = load(starter).corpus
    result = search(corpus, "zorglubienne")
    assert [h.id for h in result.hits] == ["genogramme"]
    assert result.report is not None and not result.report.rebuilt
    assert (result.report.updated, result.report.added, result.report.removed) == (1, 0, 0)
    (starter / "practices" / "ecocarte.md").unlink()
    report = refresh_index(load(starter).corpus)
    assert (report.removed, report.rebuilt) == (1, False)
    assert "ecocarte" not in _ids(load(starter).corpus, "écocarte", limit=50)


def test_kb_search_reads_again_only_files_that_changed(starter: Path, kb) -> None:
    """`kb search` has no loaded corpus: it trusts a file's modification time and size, except when
    that time is too close to the last look (a rewrite within the same clock tick keeps it)."""
    import os
    import time

    from kb.loader import scan

    stamps = scan(starter)
    fake = {rel: ("x", mtime, size) for rel, (_, mtime, size) in stamps.items()}
    later = max(mtime for _, mtime, _ in stamps.values()) + 1
    assert {digest for digest, _, _ in scan(starter, fake, later).values()} == {"x"}  # not read again
    assert scan(starter, fake, 0) == stamps  # too recent to trust: read again

    path = starter / "practices" / "genogramme.md"
    now = time.time_ns()
    os.utime(path, ns=(now, now))
    assert kb("--root", starter, "search", "génogramme").exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "Contexte" in text
    path.write_text(text.replace("Contexte", "Zorglubx", 1), encoding="utf-8")  # same size
    os.utime(path, ns=(now, now))  # and the same time: written within the same tick
    result = kb("--root", starter, "--quiet", "search", "zorglubx", "--format", "json")
    assert [hit["id"] for hit in json.loads(result.out)["fiches"]] == ["genogramme"]


def test_search_output_cannot_drive_the_terminal(project: Path, kb) -> None:
    """A sheet's text holding escape sequences (a window title, a colour, a C1 control) is printed
    escaped by kb search; the words found are still marked (fuzzing, 2026-12-08)."""
    sheet = project / "practices" / "ecoute-en-binome.md"
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\nZorglubx \x1b]0;pirate\x07 puis \x1b[31mrouge \x9b2J.\n",
                     encoding="utf-8")
    result = kb("--root", project, "search", "zorglubx")
    assert result.exit_code == 0, result
    assert "**Zorglubx**" in result.out and "\\x1b]0;pirate\\x07" in result.out
    assert not any(char in result.out for char in "\x1b\x07\x9b"), result.out


def test_ranking_is_whoosh_s_own_on_a_multi_segment_index(starter: Path) -> None:
    """kb ranks a query clause by clause (much faster than Whoosh's matchers on large indexes):
    same sheets, same order, same scores, with deleted documents and several segments."""
    from kb.search.engine import WhooshIndex, _rank

    refresh_index(load(starter).corpus)
    for name in ("genogramme.md", "ecocarte.md"):  # updated: new segment, deletions in the first
        path = starter / "practices" / name
        path.write_text(path.read_text(encoding="utf-8").replace("## Contexte\n", "## Contexte\n\nFamille.\n", 1),
                        encoding="utf-8")
    (starter / "practices" / "visite-a-domicile.md").unlink()
    engine = WhooshIndex.of(load(starter).corpus)
    engine.refresh()
    queries = [j.query for j in load_judgements(REPO / "tests" / "search" / "judgements.yml")]
    filters = {"publics": ("familles", "enfance")}
    from kb.search.french import analyse
    compared = {False: 0, True: 0}
    with engine.searcher() as searcher:
        assert len(searcher.subsearchers) > 1 and searcher.reader().has_deletions()
        for text in queries + ["famille"]:
            query = engine.build_query(text, searcher)
            for chosen in ({}, filters):
                expected = searcher.search(query, limit=10, filter=engine.build_filter(chosen))
                filter_query = engine.build_filter(chosen)
                allowed = set(searcher.docs_for_query(filter_query)) if filter_query is not None else None
                clauses = engine._clauses(engine.synonyms.expand(analyse(text)), searcher)
                ranked, total, _, _ = _rank(searcher, clauses, allowed, 10)  # without weights: Whoosh's scores
                assert [(searcher.stored_fields(doc)["id"], round(score, 4)) for doc, score, _ in ranked] == \
                    [(h["id"], round(h.score, 4)) for h in expected]
                assert total == len(expected)  # exact: Whoosh counts every match
                compared[bool(chosen)] += len(ranked)
    assert compared[False] > 300 and compared[True] > 100


@pytest.mark.parametrize("damage", ["toc", "segments", "stamp"])
def test_a_broken_index_is_rebuilt_not_fatal(starter: Path, damage: str) -> None:
    corpus = load(starter).corpus
    refresh_index(corpus)
    index_dir = starter / "build" / "search"
    if damage == "toc":
        for toc in index_dir.glob("*.toc"):
            toc.write_bytes(b"\x00garbage")
    elif damage == "segments":
        for segment in index_dir.glob("*.seg"):
            segment.unlink()
    else:
        (index_dir / "relier.json").write_text("{", encoding="utf-8")
    leftover = starter / "build" / ".search.99999.abcd.tmp"  # left over by a killed rebuild
    leftover.mkdir()
    assert _ids(corpus, "génogramme")[0] == "genogramme"
    assert not leftover.exists()


def test_a_damaged_index_with_a_changed_sheet_is_rebuilt(starter: Path) -> None:
    """The update itself meets the damage (a segment lost to a crash): the index is rebuilt aside."""
    refresh_index(load(starter).corpus)
    for segment in (starter / "build" / "search").glob("*.seg"):
        segment.unlink()
    path = starter / "practices" / "genogramme.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## Contexte\n", "## Contexte\n\nzorglubienne\n", 1),
                    encoding="utf-8")
    result = search(load(starter).corpus, "zorglubienne")
    assert [h.id for h in result.hits] == ["genogramme"] and result.report is not None and result.report.rebuilt


def test_an_index_being_written_by_another_kb_is_a_clear_error(starter: Path, monkeypatch) -> None:
    from whoosh import index as windex

    from kb.errors import KbError
    from kb.search.engine import WhooshIndex

    refresh_index(load(starter).corpus)
    path = starter / "practices" / "genogramme.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nUne phrase de plus.\n", encoding="utf-8")
    monkeypatch.setattr(WhooshIndex, "LOCK_WAIT_S", 0.2)
    other = windex.open_dir(str(starter / "build" / "search")).writer()  # another kb, writing
    try:
        with pytest.raises(KbError, match="en cours de mise à jour par une autre commande kb"):
            refresh_index(load(starter).corpus)
    finally:
        other.cancel()
    assert refresh_index(load(starter).corpus).updated == 1


def test_changed_vocabularies_trigger_a_rebuild(starter: Path) -> None:
    refresh_index(load(starter).corpus)
    path = starter / "schemas" / "vocabulaires" / "publics.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert refresh_index(load(starter).corpus).rebuilt


def test_similar_sheets(corpus) -> None:
    similar = similar_sheets(corpus, per_sheet=3)
    assert set(similar) == {s.id for s in corpus.sheets}
    assert all(sheet_id not in others and len(others) == 3 for sheet_id, others in similar.items())
    assert "ecocarte" in similar["genogramme"]


def _kb_summary(corpus, judgements) -> dict:
    """kb search's scores on a judged set, summarised by category."""
    rank, close = kb_ranker(corpus)
    try:
        return summarise(evaluate(rank, judgements))
    finally:
        close()


def test_quality_on_judged_queries(corpus) -> None:
    """Thresholds a little under what scripts/search_quality.py measured when they were set
    (291 queries on 109 sheets: nDCG@10 0.922 overall, recall@5 0.953, 0.871 on situations; 83 % of
    off-topic queries answered « nothing »). At most 12 answerable queries said « nothing good »
    (11 measured). With 122 sheets and 351 queries (2026-12-07): 0.914, 0.948, 0.859 on situations,
    78 % (« aide sociale à l'hébergement obligation alimentaire » now finds the sheet on rejected LGBT+
    youth, which is about sheltering), 19 said « nothing good » on a fresh index, 7 of them among the
    30 queries added for the three new sheets (long descriptions, « fuge » typed for « fugue »), which
    still list the right sheet first under the notice; on the 294 queries of before: 0.916, 12."""
    judgements = load_judgements(REPO / "tests" / "search" / "judgements.yml")
    assert len(judgements) >= 280 and {j.category for j in judgements} == set(CATEGORIES)
    summary = _kb_summary(corpus, judgements)
    assert summary["tout"].ndcg10 >= MIN_NDCG and summary["tout"].recall5 >= MIN_RECALL
    assert summary["situations"].ndcg10 >= MIN_NDCG_SITUATIONS
    assert all(summary[c].ndcg10 >= MIN_CATEGORY for c in CATEGORIES if c != OFF_TOPIC)
    assert summary["hors_sujet_rien"] >= MIN_OFF_TOPIC_NOTHING
    assert len(summary["repondables_rien"]) <= 20
    assert summary["repondables_vides"] == []


def test_quality_outside_the_judged_set(corpus) -> None:
    """Phrasings the judged set does not hold (tests/search/hors_echantillon.yml): a little under what
    was measured when they were added (119 answerable: nDCG@10 0.822, 0.769 on situations; 12 of the
    14 off-topic answered « nothing »; 20 answerable ones said « nothing good »; before this round's
    changes 0.806, 0.750, 14, 30). With 119 sheets, nDCG@10 0.811 and 10 of the 14 off-topic: « mot de passe oublié logiciel dossier
    usager » (the practitioner's own software) is answered by the online-procedures sheet, which does
    deal with the passwords of the people accompanied, and « déclarer un accident du travail, je me
    suis fait mal au dos en portant un résident » no longer looks off-topic: its rare words (« dos »,
    « accident ») now occur in one or two sheets each."""
    judgements = load_judgements(REPO / "tests" / "search" / "hors_echantillon.yml")
    summary = _kb_summary(corpus, judgements)
    assert summary["tout"].ndcg10 >= 0.80 and summary["situations"].ndcg10 >= 0.75
    assert summary["hors_sujet_rien"] >= 0.7 and len(summary["repondables_rien"]) <= 22
    assert summary["repondables_vides"] == []


def test_quality_on_the_fourth_set_of_phrasings(corpus) -> None:
    """A fourth set written by a helper that read only the sheets (tests/search/hors_echantillon_4.yml):
    a little under what was measured on 122 sheets (121 answerable: nDCG@10 0.852, 0.767 on situations;
    11 of the 12 off-topic answered « nothing »; 16 answerable ones said « nothing good »)."""
    judgements = load_judgements(REPO / "tests" / "search" / "hors_echantillon_4.yml")
    summary = _kb_summary(corpus, judgements)
    assert summary["tout"].ndcg10 >= 0.84 and summary["situations"].ndcg10 >= 0.75
    assert summary["hors_sujet_rien"] >= 0.8 and len(summary["repondables_rien"]) <= 18
    assert summary["repondables_vides"] == []


def test_quality_on_the_sixth_set_of_phrasings(corpus) -> None:
    """A sixth set written by a helper that read only the sheets (tests/search/hors_echantillon_6.yml),
    much of it as relatives and carers say things: a little under what was measured on 122 sheets
    (118 answerable: nDCG@10 0.798, 0.641 on situations; 9 of the 12 off-topic answered « nothing »;
    16 answerable ones said « nothing good »)."""
    judgements = load_judgements(REPO / "tests" / "search" / "hors_echantillon_6.yml")
    summary = _kb_summary(corpus, judgements)
    assert summary["tout"].ndcg10 >= 0.78 and summary["situations"].ndcg10 >= 0.62
    assert summary["hors_sujet_rien"] >= 0.7 and len(summary["repondables_rien"]) <= 18
    assert summary["repondables_vides"] == []


def test_quality_on_the_seventh_set_of_phrasings(corpus) -> None:
    """A seventh set written by a helper that read only the sheets (tests/search/hors_echantillon_7.yml):
    long run-on sentences typed in distress, first-person accounts, newcomers and other trades. Measured
    once blind (2026-12-08): nDCG@10 0.787, 0.697 on situations, 10 of the 12 off-topic answered « nothing »,
    26 answerable ones said « nothing good » (18 of them with the right sheet first); after the longer
    descriptions' lower bar (kb/search/need.py), a second round of everyday expressions and a situation's
    phrase weighing more in a long description: 0.806, 14."""
    judgements = load_judgements(REPO / "tests" / "search" / "hors_echantillon_7.yml")
    summary = _kb_summary(corpus, judgements)
    assert summary["tout"].ndcg10 >= 0.77 and summary["situations"].ndcg10 >= 0.68
    assert summary["hors_sujet_rien"] >= 0.75 and len(summary["repondables_rien"]) <= 18
    assert summary["repondables_vides"] == []


def test_quality_on_the_held_out_phrasings(corpus) -> None:
    """Phrasings written by a helper that saw neither the search code, its vocabularies nor the other
    sets, and never used to tune anything (tests/search/hors_echantillon_3.yml): a little under what
    was measured (50 answerable: nDCG@10 0.906 on 110 sheets, 0.896 on 119; 7 of the 10 off-topic
    answered « nothing »; 9 answerable ones said « nothing good »)."""
    judgements = load_judgements(REPO / "tests" / "search" / "hors_echantillon_3.yml")
    summary = _kb_summary(corpus, judgements)
    assert summary["tout"].ndcg10 >= 0.88
    assert summary["hors_sujet_rien"] >= 0.6 and len(summary["repondables_rien"]) <= 11
    assert summary["repondables_vides"] == []


def test_a_typo_is_corrected_from_the_base_s_own_words(corpus) -> None:
    result = search(corpus, "maltraitence")
    assert result.corrected == "maltraitance" and not result.nothing_good
    assert "referent-bientraitance" in [h.id for h in result.hits[:3]]
    assert search(corpus, "parantalité soutien").corrected == "parentalité soutien"  # as the base writes it
    assert search(corpus, "génogramme").corrected is None
    assert search(corpus, "soirs").corrected is None  # another form of a known word (« soir »): no guess


def test_two_letters_swapped_are_corrected_as_the_site_does(corpus) -> None:
    """« acceuil » is two edits from « accueil » for Whoosh, one for the site (Damerau): both correct it."""
    result = search(corpus, "acceuil de jour")
    assert result.corrected == "accueil de jour" and not result.nothing_good
    assert [h.id for h in result.hits][:1] == ["accueil-de-jour"]


def test_a_french_word_or_an_acronym_the_base_does_not_use_is_not_a_typo(corpus) -> None:
    """« cutter » is one letter from « clutter » (a scale the hoarding sheet cites), « vœux » from
    « vieux », « CROUS » from « crois »: none is corrected; a typo still is, and a French word may be
    replaced by another form of itself (« radie » → « radier »)."""
    query = "une jeune femme dit que son copain l'a menacée avec un cutter"
    result = search(corpus, query, limit=3)
    assert result.corrected is None
    assert "evaluation-danger-violences-conjugales" in [h.id for h in result.hits]
    assert search(corpus, "aider un jeune de terminale à faire ses voeux parcoursup").corrected is None
    assert search(corpus, "bourse étudiant CROUS").corrected is None
    assert search(corpus, "recette de la tarte aux pommes").corrected is None
    assert search(corpus, "il va etre radie du rsa").corrected == "il va etre radier du rsa"
    assert search(corpus, "MALTRAITENCE").corrected == "maltraitance"  # a whole query in capitals is no acronym


def test_the_dictionary_s_parts_hold_every_word_once(tmp_path) -> None:
    """The site fetches the part whose prefix (the longest in index.json) begins the word."""
    from kb.search.dictionary import PART_CHARS, _words, site_parts
    parts = site_parts()
    prefixes = json.loads(parts.pop("index.json"))
    found = set()
    for prefix in prefixes:
        suffixes = json.loads(parts[f"{prefix}.json"]).split(" ")
        assert len(prefix) == 6 or sum(len(s) + 1 for s in suffixes) <= PART_CHARS + 1
        found.update(prefix + suffix for suffix in suffixes)
    words = set(_words())
    assert found == {w for w in words if w[:2].isascii() and w[:2].isalpha()}
    for word in ("cutter", "voeux", "desamorcer", "entretient"):
        longest = max((p for p in prefixes if word.startswith(p)), key=len)
        assert word[len(longest):] in json.loads(parts[f"{longest}.json"]).split(" ")


def test_a_detail_no_sheet_names_weighs_half_in_a_long_description(corpus, monkeypatch) -> None:
    """« un marteau » is a detail of the situation, not its need: with it weighing its whole IDF, the
    description would be « nothing good » although the sheets on violence in the couple answer it."""
    assert unknown_weight(UNKNOWN_FROM) == UNKNOWN_WEIGHT < 1.0 == unknown_weight(UNKNOWN_FROM - 1)
    query = "une dame m'explique que son conjoint l'a menacée avec un marteau hier soir devant les petits"
    result = search(corpus, query, limit=3)
    assert "evaluation-danger-violences-conjugales" in [h.id for h in result.hits] and not result.nothing_good
    monkeypatch.setattr("kb.search.need.UNKNOWN_WEIGHT", 1.0)
    assert search(corpus, query, limit=3).nothing_good
    monkeypatch.undo()
    assert search(corpus, "réparer une crevaison de vélo").nothing_good  # short: the unknown word is the need


def test_a_situation_finds_the_sheets_it_names(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(REPO / "practices", root / "practices")
    corpus = load(root).corpus
    assert "photolangage" not in _ids(corpus, "zorglubite aiguë")
    situations = root / "schemas" / "vocabulaires" / "situations.yml"
    situations.write_text(situations.read_text(encoding="utf-8") + """  - id: essai
    label: Une situation d'essai
    definition: Pour le test.
    synonymes: [zorglubite aiguë]
    expressions: [il fait des blorgs tout le temps]
    fiches: [photolangage]
""", encoding="utf-8")
    corpus = load(root).corpus
    found = search(corpus, "un jeune avec une zorglubite aiguë")
    assert [h.id for h in found.hits][:1] == ["photolangage"] and not found.nothing_good
    # an everyday expression typed whole names the sheet among those found (« nothing good » is not said);
    # its words are not lent to the sheet's index
    found = search(corpus, "il fait des blorgs tout le temps avec les photos du groupe")
    assert [h.id for h in found.hits][:1] == ["photolangage"] and not found.nothing_good
    assert "photolangage" not in _ids(corpus, "blorgs")


@pytest.mark.parametrize("query, first", PRACTITIONER_PHRASINGS)
def test_practitioner_phrasings_find_their_sheet_first(corpus, query: str, first: str) -> None:
    assert _ids(corpus, query, limit=3)[:1] == [first]


@pytest.mark.parametrize("query, among", AMONG_THE_FIRST_THREE)
def test_a_description_is_answered_with_its_sheet_among_the_first(corpus, query: str, among: str) -> None:
    """A long description holds words no sheet needs: the best sheet need not cover 70 % of them."""
    result = search(corpus, query, limit=3)
    assert among in [h.id for h in result.hits] and not result.nothing_good


def test_a_situation_s_phrase_weighs_more_in_a_long_description() -> None:
    from kb.search.terms import NAMED_BOOST, NAMED_BOOST_LONG, named_boost

    assert named_boost(3) == named_boost(LONG_FROM) == NAMED_BOOST < NAMED_BOOST_LONG == named_boost(LONG_FROM + 1)


def test_the_share_of_the_need_to_cover_falls_with_the_length_of_the_query() -> None:
    assert coverage_min(1) == coverage_min(COVERAGE_FROM) == COVERAGE_MIN
    assert COVERAGE_FLOOR < coverage_min(COVERAGE_FROM + 2) < coverage_min(COVERAGE_FROM + 1) < COVERAGE_MIN
    assert coverage_min(LONG_FROM) == COVERAGE_FLOOR
    assert LONG_FLOOR < coverage_min(LONG_FROM + 2) < coverage_min(LONG_FROM + 1) < COVERAGE_FLOOR
    assert coverage_min(40) == LONG_FLOOR


def test_a_situation_s_phrase_naming_a_first_sheet_is_no_empty_answer(tmp_path: Path) -> None:
    """A long question covers too little of its words for any sheet to « answer » it, unless it holds
    a situation's phrase naming one of the first sheets: the editors said that sheet answers it."""
    root = tmp_path / "p"
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(REPO / "practices", root / "practices")
    situations = root / "schemas" / "vocabulaires" / "situations.yml"
    situations.write_text(situations.read_text(encoding="utf-8") + """  - id: essai
    label: Une situation d'essai
    definition: Pour le test.
    synonymes: [zorglub quotidien]
    fiches: [photolangage]
""", encoding="utf-8")
    corpus = load(root).corpus
    named = search(corpus, "un zorglub quotidien avec un xylophone et un kangourou")
    assert [h.id for h in named.hits][:1] == ["photolangage"] and not named.nothing_good
    scattered = search(corpus, "un quotidien zorglub avec un xylophone et un kangourou")
    assert [h.id for h in scattered.hits][:1] == ["photolangage"] and scattered.nothing_good  # its words, not it


def test_incidental_words_weigh_less_than_the_need(corpus) -> None:
    plain = _ids(corpus, "fugue foyer", limit=3)
    asked = _ids(corpus, "comment faire avec une fugue du foyer tout le temps", limit=3)
    assert asked[0] in plain[:2] and len(set(plain) & set(asked)) >= 2, (plain, asked)


@pytest.mark.parametrize("query", ["recette de la tarte aux pommes", "météo demain Marseille", "zorglub xyzzy"])
def test_off_topic_is_said_plainly(kb, query: str) -> None:
    result = kb("--root", REPO, "search", query, "--format", "json")
    assert result.exit_code == 0, result
    assert json.loads(result.out)["rien_de_pertinent"] is True
    text = kb("--root", REPO, "search", query)
    assert "Explorer" in text.out + text.err


def test_cli_json_and_text(kb) -> None:
    result = kb("--root", REPO, "search", "visite à domicile", "--format", "json", "--limit", "3")
    assert result.exit_code == 0, result
    data = json.loads(result.out)
    assert data["rien_de_pertinent"] is False and data["correction"] is None and data["total"] >= 3
    assert data["fiches"][0]["id"] == "visite-a-domicile"
    assert set(data["fiches"][0]) >= {"id", "titre", "score", "extrait"}
    text = kb("--root", REPO, "search", "génogramme")
    assert text.exit_code == 0 and "Le génogramme  [genogramme]" in text.out and "**" in text.out


@pytest.mark.parametrize("args, message", [
    (("",), "la requête est vide"),
    (("les", "des"), "mots trop courants"),
    (("famille", "--public", "ados"), "vouliez-vous dire « adolescents » ?"),
])
def test_cli_bad_queries_get_a_french_message(kb, args, message: str) -> None:
    result = kb("--root", REPO, "search", *args)
    assert result.exit_code == 2 and message in result.err and "Traceback" not in result.err


def test_cli_no_result_is_said_plainly(kb) -> None:
    result = kb("--root", REPO, "search", "xyzzyplugh")
    assert result.exit_code == 0 and result.out == ""
    assert "Aucune fiche ne correspond à « xyzzyplugh »" in result.err


def test_a_situation_naming_an_unknown_sheet_is_a_french_error(starter: Path, kb) -> None:
    situations = starter / "schemas" / "vocabulaires" / "situations.yml"
    situations.write_text(situations.read_text(encoding="utf-8").replace(
        "fiches: [mediation-animale]", "fiches: [mediation-animal]"), encoding="utf-8")
    result = kb("--root", starter, "check")
    assert result.exit_code == 1
    assert re.search(r"schemas/vocabulaires/situations\.yml:\d+:\d+: erreur: zootherapie\.fiches : aucune fiche "
                     r"n'a l'identifiant « mediation-animal » — vouliez-vous dire « mediation-animale » \?",
                     result.out + result.err), result.out + result.err


def test_drafts_come_after_validated_sheets(starter: Path) -> None:
    before = _ids(load(starter).corpus, "génogramme famille", limit=5)
    assert before[0] == "genogramme"
    path = starter / "practices" / "genogramme.md"
    text = path.read_text(encoding="utf-8")
    assert "statut: en_relecture" in text
    path.write_text(text.replace("statut: en_relecture", "statut: brouillon", 1), encoding="utf-8")
    after = _ids(load(starter).corpus, "génogramme famille", limit=5)
    assert after[-1] == "genogramme" and after[:4] == [s for s in before if s != "genogramme"][:4]


def test_distinct_words_are_the_words_of_the_text(corpus) -> None:
    """The search bundle analyses each distinct word once: the same words as the whole text analysed."""
    from kb.search.french import distinct_words, words

    texts = [sheet.body for sheet in corpus.sheets]
    texts.append("L'ŒUVRE d'İstanbul, cœur naïve ; Æsop x² 3ème _a_ é-e les DES enfants")
    for text in texts:
        assert distinct_words(text) == set(words(text))
    assert {"naive", "3eme", "enfants"} <= distinct_words(texts[-1]) and not {"les", "des", "l"} & distinct_words(texts[-1])
