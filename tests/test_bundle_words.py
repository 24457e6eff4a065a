"""The base's word counts for the site's search, kept sheet by sheet (kb/site/bundle_words.py):
after any sequence of edits, additions, removals and damaged files, the totals are exactly those
of counting every sheet again, and only the sheets that changed are counted."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kb.site.bundle_words import BaseWords

FOLDER = Path("mots")


def _words(texts: dict[str, str]):
    def words_of(sheet_id: str):
        text = texts[sheet_id]
        return tuple(set(text.lower().split())), tuple(set(text.split()))
    return words_of


def _expected(texts: dict[str, str]) -> tuple[Counter, Counter]:
    used, written = Counter(), Counter()
    for sheet_id in texts:
        analysed, as_written = _words(texts)(sheet_id)
        used.update(analysed)
        written.update(as_written)
    return used, written


def _count(root: Path, texts: dict[str, str], unknown: set[str] = frozenset(), shared: str = "k") -> tuple:
    store = BaseWords(root / FOLDER, shared)
    keys = {sheet_id: str(hash(text)) for sheet_id, text in texts.items()}
    return store.count(keys, _words(texts), set(unknown)), store.counted


def test_counts_follow_edits_additions_and_removals(tmp_path: Path) -> None:
    texts = {f"fiche-{i}": f"Accueil écoute fiche{i} Mot{i % 7} commun" for i in range(200)}
    totals, counted = _count(tmp_path, texts)
    assert totals == _expected(texts) and counted == 200
    totals, counted = _count(tmp_path, texts)
    assert totals == _expected(texts) and counted == 0  # nothing changed: nothing counted
    texts["fiche-3"] = "Tout autre texte Accueil"
    del texts["fiche-4"]
    texts["fiche-nouvelle"] = "Nouvelle pratique Écoute"
    totals, counted = _count(tmp_path, texts)
    assert totals == _expected(texts) and counted == 2
    assert "fiche4" not in totals[0] and totals[0]["nouvelle"] == 1
    totals, counted = _count(tmp_path, texts, unknown={"fiche-10"})  # its page was missing: counted again
    assert totals == _expected(texts) and counted == 1


def test_a_damaged_or_foreign_store_is_counted_again_exactly(tmp_path: Path) -> None:
    texts = {f"fiche-{i}": f"mot{i} commun" for i in range(100)}
    _count(tmp_path, texts)
    for path in (tmp_path / FOLDER).glob("*.pickle"):
        if path.name != "index.pickle":
            path.write_bytes(b"abime")
    texts["fiche-1"] = "autre chose"
    totals, counted = _count(tmp_path, texts)
    assert totals == _expected(texts) and counted == 100
    totals, counted = _count(tmp_path, texts, shared="vocabulaires changés")
    assert totals == _expected(texts) and counted == 100
