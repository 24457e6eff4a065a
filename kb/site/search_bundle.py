"""The site's search bundle: Pagefind's chunked index, built from small HTML pages written from
the sheets themselves (not from MkDocs' output), so that Pagefind runs while MkDocs builds.

Each page carries what `kb search` indexes (title, summary, body, and the words of the vocabulary
terms and situations the sheet is found by: kb.search.terms), with the same relative weights.
Beside Pagefind's files, two small files let the browser understand a query as `kb search` does
(kb/site/assets/recherche.js): relier-requetes.json (stop words, incidental words, the
vocabularies' synonyms and acronyms) and relier-mots-<first letter>.json (the base's words, how
many sheets use each, and how they are written when they carry accents, for « vouliez-vous dire »:
only the letters of the words typed are read).

Pagefind's Python API answers one record per tenth of a second; its command line, given a folder
of small pages, indexes 10 000 sheets in seconds, in its own process."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from importlib import metadata
from pathlib import Path

from ..errors import KbError
from ..fileio import write_atomic
from ..memo import ItemMemo
from ..processes import Forked, die_with_parent
from ..search.french import WEAK_WEIGHT, WEAK_WORDS, stop_words, words
from ..search.spelling import MIN_LENGTH, SURE_LENGTH
from ..search.synonyms import SynonymTable, vocabulary_groups
from ..search.terms import Situations, sheet_terms
from ..text import fold, plain_text
from .data import SiteData
from .markup import esc
from .render_cache import STAMP

FILTERS = (("publics", "Public"), ("secteurs", "Secteur"), ("modes_intervention", "Mode"),
           ("themes", "Thème"), ("niveau_preuve", "Niveau de preuve"))
VOCABULARY_OF = {"publics": "publics", "secteurs": "secteurs", "modes_intervention": "modes_intervention",
                 "themes": "themes", "niveau_preuve": "niveaux_preuve"}
QUERIES_FILE = "relier-requetes.json"
_WORD = re.compile(r"\w+")
# A word matches a sheet strongly from this Pagefind score (the site's own scale; kb search's is
# kb.search.engine.STRONG_MATCH), calibrated on tests/search/judgements.yml with scripts/search_quality.py

# with the share of the need they must cover (the same as kb search's kb.search.engine.COVERAGE_MIN):
# 90 % of the off-topic queries answered « nothing good », and 10 % of the answerable ones (still
# listed), on 291 queries and 109 sheets.
STRONG_MATCH, COVERAGE_MIN = 2.5, 0.70
MEMO_NAME, MEMO_FORMAT = "pagefind-fiches", "1"  # build/cache: what each sheet's page was made of
MAX_WORDS = 40_000  # the most used words of the base, for « vouliez-vous dire » (a few hundred KB at most)


def _page(data: SiteData, sheet_id: str, terms: str, body: str) -> str:
    sheet = data.by_id[sheet_id]  # type: ignore[index]
    filters = []
    for key, name in FILTERS:
        vocabulary = data.corpus.vocabularies.get(VOCABULARY_OF[key])
        for term in dict.fromkeys(sheet.terms.get(key, ())):
            label = vocabulary.label_of(term) if vocabulary else term
            filters.append(f'<span data-pagefind-filter="{esc(name)}">{esc(label)}</span>')
    # weights as kb search's field boosts: title 4, summary 2, terms 1.5, body 1 (Pagefind's h1 is 7)
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{esc(sheet.title)}</title></head>'
            f'<body><main data-pagefind-body><h1 data-pagefind-weight="8" data-pagefind-meta="resume[data-resume]" '
            f'data-resume="{esc(sheet.summary)}">{esc(sheet.title)}</h1>'
            f'<p data-pagefind-weight="4">{esc(sheet.summary)}</p>'
            f'<div>{esc(body)}</div><p data-pagefind-weight="3">{esc(terms)}</p>'
            f'<span data-pagefind-meta="statut:{esc(sheet.term("statut") or "")}"></span>'
            f'<div data-pagefind-ignore="index">{"".join(filters)}</div></main></body></html>')


def query_rules(data: SiteData) -> dict[str, object]:
    """What the browser needs to read a query as kb search does."""
    vocabularies = data.corpus.vocabularies
    return {"fiches": len(data.corpus.sheets), "vides": sorted(stop_words()), "faibles": sorted(WEAK_WORDS),
            "poids_faible": WEAK_WEIGHT, "longueur_min_correction": MIN_LENGTH, "longueur_sure": SURE_LENGTH,
            "fort": STRONG_MATCH, "couverture": COVERAGE_MIN,
            "synonymes": SynonymTable(vocabulary_groups(vocabularies), words).as_mapping()}


def _digest(shared: str, keys: dict[str, str], extras: dict[str, str]) -> str:
    """What the bundle is made of: Pagefind's version, what every page was made of, the extras."""
    digest = hashlib.sha256(f"pagefind={metadata.version('pagefind')}\n{shared}\n".encode())
    for rel, content in sorted(keys.items()) + sorted(extras.items()):
        digest.update(rel.encode() + b"\0" + content.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _shared_key(data: SiteData) -> str:
    """What every page depends on besides its sheet: the vocabularies and the code that writes it."""
    here = Path(__file__).parent
    code = [here / "search_bundle.py", here / "markup.py", here.parent / "text.py",
            *sorted((here.parent / "search").glob("*.py"))]
    digest = hashlib.sha256(MEMO_FORMAT.encode())
    for path in code:
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name, vocabulary in sorted(data.corpus.vocabularies.items()):
        digest.update(f"{name}\0{sorted((t.id, repr(t)) for t in vocabulary.terms.values())}\0".encode())
    return digest.hexdigest()


def word_chunk(word: str) -> str:
    """The file a word is listed in (recherche.js computes the same)."""
    return word[0] if "a" <= word[0] <= "z" or "0" <= word[0] <= "9" else "_"


class SearchBundle:
    """Writes the pages and runs Pagefind on them in a child process, at a lower priority, while
    MkDocs builds; `wait()` returns the folder holding the bundle."""

    def __init__(self, data: SiteData, build_dir: Path, background: bool = True) -> None:
        """`background`: at a lower priority (beside a full MkDocs build, which comes first)."""
        self.pages = build_dir / "pagefind-pages"
        self.output = build_dir / "pagefind"
        self._work = Forked(lambda: self._make(data), "Pagefind n'a pas pu écrire l'index de recherche du site",
                            background=background)

    def _make(self, data: SiteData) -> None:
        situations = Situations(data.corpus.vocabularies)
        used: Counter[str] = Counter()
        written: Counter[str] = Counter()  # the words as written (with their accents), lower case
        memo = ItemMemo(data.corpus.root, MEMO_NAME, _shared_key(data))
        keys: dict[str, str] = {}  # page -> the key of what it was made of
        fresh: dict[str, str] = {}  # page -> its HTML, for the pages not kept from the last bundle
        for sheet in data.corpus.sheets:
            rel = f"fiches/{sheet.id}/index.html"
            key = keys[rel] = f"{sheet.source.rel_path}\0{sheet.source.content_hash}"
            known = memo.get(sheet.id, key) if (self.pages / rel).is_file() else None
            if known is None:
                terms, body = sheet_terms(data.corpus.vocabularies, sheet, situations), plain_text(sheet.body)
                text = "\n".join((sheet.title, sheet.summary, terms, body))
                known = (tuple(set(words(text))), tuple(set(_WORD.findall(text.lower()))))
                fresh[rel] = _page(data, sheet.id, terms, body)
                memo.put(sheet.id, key, known)
            used.update(known[0])
            written.update(known[1])
        extras = {QUERIES_FILE: json.dumps(query_rules(data), ensure_ascii=False, separators=(",", ":"))}
        # the same base gives the same files, byte for byte, in any process (sets of strings are
        # ordered by a per-process hash): ties broken by the words themselves
        spelt: dict[str, tuple[int, str]] = {}
        for form, count in sorted(written.items()):
            key = fold(form)
            if count > spelt.get(key, (0, ""))[0]:
                spelt[key] = (count, form)
        by_letter: dict[str, dict[str, object]] = {}
        for word, count in sorted(used.items(), key=lambda item: (-item[1], item[0]))[:MAX_WORDS]:
            if len(word) >= MIN_LENGTH:  # [count, the word with its accents] when it has some
                by_letter.setdefault(word_chunk(word), {})[word] = [count, spelt[word][1]] if spelt.get(word, (0, word))[1] != word else count
        for letter, known_words in by_letter.items():
            extras[f"relier-mots-{letter}.json"] = json.dumps(known_words, ensure_ascii=False, separators=(",", ":"),
                                                             sort_keys=True)
        for rel, html in fresh.items():  # the pages of unchanged sheets stay as they are
            write_atomic(self.pages / rel, html)
        if self.pages.is_dir():  # a deleted sheet's page goes
            for folder in self.pages.joinpath("fiches").iterdir():
                if f"fiches/{folder.name}/index.html" not in keys:
                    shutil.rmtree(folder)
        memo.save()
        stamp = _digest(memo.shared_key, keys, extras)
        if (self.output / "pagefind.js").is_file() and (self.output / STAMP).is_file() \
                and (self.output / STAMP).read_text(encoding="utf-8") == stamp:
            return  # nothing the search shows has changed: the last bundle stands
        if self.output.exists():
            shutil.rmtree(self.output)
        this = os.getpid()  # Pagefind ends with this child, which ends with kb build (killed or not)
        done = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(self.pages), "--output-path", str(self.output), "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, preexec_fn=lambda: die_with_parent(this))
        if done.returncode != 0 or not (self.output / "pagefind.js").is_file():
            raise KbError((done.stdout or "").strip()[-800:] or f"code de sortie {done.returncode}")
        for name, content in extras.items():
            (self.output / name).write_text(content, encoding="utf-8")
        (self.output / STAMP).write_text(stamp, encoding="utf-8")  # last: a bundle cut short is not reused

    def wait(self) -> Path:
        self._work.wait()
        return self.output
