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
of small pages, indexes a thousand sheets in about three seconds, in its own process. It always
indexes everything it is given: beyond PART_SIZE sheets, the index is made of parts (each sheet
in one, by its id), each indexed again only when one of its pages changed, the browser merging
them (relier-requetes.json lists them). What each sheet gave the bundle is kept in build/cache, so
that an unchanged sheet is neither read again nor its page rewritten (kb/site/bundle_words.py)."""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ..errors import KbError
from ..memo import add_code_and_vocabularies
from ..model import Corpus, Sheet, Vocabulary
from ..fileio import os_error_message, replace_dir, write_atomic
from ..processes import Forked, die_with_parent, lower_priority
from ..search import need
from ..search.french import WEAK_WEIGHT, WEAK_WORDS, stop_words, tokens, words, words_of_tokens
from ..search.spelling import MIN_LENGTH, SURE_LENGTH
from ..search.synonyms import SynonymTable, vocabulary_groups
from ..search.terms import NAMED_AMONG, NAMED_BOOST, NAMED_BOOST_LONG, Situations, sheet_terms
from ..text import fold, plain_text
from .bundle_words import BaseWords, Words
from .markup import esc
from .parallel import workers
from .render_cache import STAMP, is_valid, mirror_tree

FILTERS = (("publics", "Public"), ("secteurs", "Secteur"), ("modes_intervention", "Mode"),
           ("themes", "Thème"), ("niveau_preuve", "Niveau de preuve"))
VOCABULARY_OF = {"publics": "publics", "secteurs": "secteurs", "modes_intervention": "modes_intervention",
                 "themes": "themes", "niveau_preuve": "niveaux_preuve"}
QUERIES_FILE = "relier-requetes.json"
# A word matches a sheet strongly from this Pagefind score (the site's own scale; kb search's is
# kb.search.engine.STRONG_MATCH), calibrated on tests/search/judgements.yml with scripts/search_quality.py;
# the share of the need the best sheets must cover is kb search's (kb/search/need.py)
STRONG_MATCH = 2.5
MEMO_FORMAT = "1"  # bump when a page made of the same sheet changes
MAX_WORDS = 40_000  # the most used words of the base, for « vouliez-vous dire » (a few hundred KB at most)
# Pagefind indexes everything it is given again (3.4 s and 0.5 GB per thousand pages): a large base
# is indexed in parts of at most this many sheets, each made again only when one of its pages
# changed; the browser merges them (Pagefind's mergeIndex). Up to this many sheets, one index.
PART_SIZE = 1000
PARTS_DIR, LAYOUT_FILE = "parties", ".relier-parties"


def _page(vocabularies: dict[str, Vocabulary], sheet: Sheet, terms: str, body: str) -> str:
    filters = []
    for key, name in FILTERS:
        vocabulary = vocabularies.get(VOCABULARY_OF[key])
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


def query_rules(corpus: Corpus) -> dict[str, object]:
    """What the browser needs to read a query as kb search does."""
    vocabularies = corpus.vocabularies
    return {"fiches": len(corpus.sheets), "vides": sorted(stop_words()), "faibles": sorted(WEAK_WORDS),
            "poids_faible": WEAK_WEIGHT, "longueur_min_correction": MIN_LENGTH, "longueur_sure": SURE_LENGTH,
            "fort": STRONG_MATCH, "couverture": need.COVERAGE_MIN,
            "couverture_des": need.COVERAGE_FROM, "couverture_pas": need.COVERAGE_STEP,
            "couverture_plancher": need.COVERAGE_FLOOR, "longue_des": need.LONG_FROM, "longue_pas": need.LONG_STEP,
            "longue_plancher": need.LONG_FLOOR, "inconnus_des": need.UNKNOWN_FROM,
            "poids_inconnu": need.UNKNOWN_WEIGHT,
            "synonymes": SynonymTable(vocabulary_groups(vocabularies), words).as_mapping(),
            "nommees_parmi": NAMED_AMONG, "boost_nommees": NAMED_BOOST, "boost_nommees_long": NAMED_BOOST_LONG,
            "situations": _situation_phrases(vocabularies)}


def _situation_phrases(vocabularies: dict[str, Vocabulary]) -> list[list[list[str]]]:
    """[[sheets, phrases naming them], …]: the phrases grouped by the sheets they name, each list of
    sheets written once (the file is read at the first search)."""
    grouped: dict[tuple[str, ...], list[str]] = {}
    for tokens, sheets in sorted(Situations(vocabularies).phrases(words).items()):
        grouped.setdefault(tuple(sorted(sheets)), []).append(" ".join(tokens))
    return [[list(sheets), phrases] for sheets, phrases in sorted(grouped.items())]


def _digest(shared: str, keys: dict[str, str], extras: dict[str, str]) -> str:
    """What the bundle is made of: Pagefind's version, what every page was made of, the extras."""
    digest = hashlib.sha256(f"pagefind={metadata.version('pagefind')}\n{shared}\n".encode())
    for rel, content in sorted(keys.items()) + sorted(extras.items()):
        digest.update(rel.encode() + b"\0" + content.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _shared_key(corpus: Corpus) -> str:
    """What every page depends on besides its sheet: the vocabularies and the code that writes it."""
    here = Path(__file__).parent
    code = [here / "search_bundle.py", here / "markup.py", here.parent / "text.py",
            *sorted((here.parent / "search").glob("*.py"))]
    digest = hashlib.sha256(MEMO_FORMAT.encode())
    add_code_and_vocabularies(digest, code, corpus.vocabularies)
    return digest.hexdigest()


def parts_for(sheets: int) -> int:
    """How many parts the index is made of: one up to PART_SIZE sheets."""
    return max(1, math.ceil(sheets / PART_SIZE))


def part_of(sheet_id: str, count: int) -> int:
    """The part a sheet's page is indexed in: by its id alone, so that an edit touches one part."""
    return int.from_bytes(hashlib.blake2b(sheet_id.encode(), digest_size=4).digest(), "big") % count


def word_chunk(word: str) -> str:
    """The file a word is listed in (recherche.js computes the same)."""
    return word[0] if "a" <= word[0] <= "z" or "0" <= word[0] <= "9" else "_"


FAILURE = "Pagefind n'a pas pu écrire l'index de recherche du site"


@dataclass(frozen=True)
class _Plan:
    """What the child that wrote the pages leaves to Pagefind: the number of parts, each part's
    stamp, the bundle's, and the files written beside Pagefind's."""
    count: int
    stamps: list[str]
    stamp: str
    extras: dict[str, str]


class SearchBundle:
    """Writes the pages in a child process and runs Pagefind on them from a thread, at a lower
    priority, while MkDocs builds; `wait()` returns the folder holding the bundle."""

    def __init__(self, corpus: Corpus, build_dir: Path, background: bool = True, held: bool = False) -> None:
        """`background`: at a lower priority (beside a full MkDocs build, which comes first).
        `held`: Pagefind waits for `go()` (a large base: until the graph's memory is let go of)."""
        self.pages = build_dir / "pagefind-pages"
        self.parts = build_dir / "pagefind-parties"  # with several parts: each one's index
        self.words = build_dir / "pagefind-mots"  # the base's words, kept sheet by sheet
        self.output = build_dir / "pagefind"
        self._background = background
        self._lock = threading.Lock()
        self._todo: list[int] | None = None  # the parts waiting for Pagefind, while they are indexed
        self._helpers: list[threading.Thread] = []
        self._help: Callable[[], None] = lambda: None
        self._go = threading.Event()
        if not held:
            self._go.set()
        # the pages and the words need the sheets: a forked child, which carries a copy of the whole
        # corpus, and ends when they are written; Pagefind (minutes at 10 000 sheets) is then started
        # by a thread of this process, not by that child: the copy is not kept alive meanwhile
        prepared = Forked(lambda: self._prepare(corpus), FAILURE, background=background)
        self._error: KbError | None = None
        self._thread = threading.Thread(target=self._finish, args=(prepared,), name="relier-pagefind", daemon=True)
        self._thread.start()

    def _finish(self, prepared: Forked[_Plan | None]) -> None:
        try:
            plan = prepared.wait()
            self._go.wait()
            if plan is not None:
                self._index(plan)
        except KbError as exc:
            self._error = exc if str(exc).startswith(FAILURE) else KbError(f"{FAILURE} : {exc}")
        except OSError as exc:
            self._error = KbError(f"{FAILURE} : {os_error_message(exc)}")
        except Exception as exc:  # noqa: BLE001 - told by wait(), never a bundle taken as made
            self._error = KbError(f"{FAILURE} : {exc.__class__.__name__}: {exc}")

    def _prepare(self, corpus: Corpus) -> _Plan | None:
        """In the child: every changed sheet's page and words written; what Pagefind has to index
        then, or None when nothing the search shows has changed."""
        situations = Situations(corpus.vocabularies)
        shared = _shared_key(corpus)
        by_id = corpus.by_id()
        count = parts_for(len(corpus.sheets))
        layout = self.pages / LAYOUT_FILE
        if self.pages.exists() and not (layout.is_file() and layout.read_text(encoding="utf-8") == str(count)):
            shutil.rmtree(self.pages)  # laid out in another number of parts: every page is made again
        keys: list[dict[str, str]] = [{} for _ in range(count)]  # part -> page -> what it was made of
        made_of: dict[str, str] = {}  # sheet -> the same
        missing: set[str] = set()  # sheets whose page is not there: made whatever the cache says
        for sheet in corpus.sheets:
            part = part_of(sheet.id, count)
            key = keys[part][f"fiches/{sheet.id}/index.html"] = made_of[sheet.id] = \
                f"{sheet.source.rel_path}\0{sheet.source.content_hash}"
            if not (self._site(part, count) / f"fiches/{sheet.id}/index.html").is_file():
                missing.add(sheet.id)

        def page_and_words(sheet_id: str) -> Words:
            """The sheet's page written, and its words (kb/site/bundle_words.py counts them)."""
            sheet = by_id[sheet_id]  # type: ignore[index]
            terms, body = sheet_terms(corpus.vocabularies, sheet, situations), plain_text(sheet.body)
            write_atomic(self._site(part_of(sheet.id, count), count) / f"fiches/{sheet.id}/index.html",
                         _page(corpus.vocabularies, sheet, terms, body))
            text = "\n".join((sheet.title, sheet.summary, terms, body))
            # one string per distinct word of the base, not one per sheet using it: at 10 000 sheets the
            # words kept for every sheet are millions of strings, most of them the same few thousand
            # the text's tokens found once: its words analysed, and as written (in lower case)
            written = tokens(text)
            return (tuple(map(sys.intern, words_of_tokens(written))),
                    tuple(map(sys.intern, set(map(str.lower, written)))))

        used, written = BaseWords(self.words, shared).count(made_of, page_and_words, missing)
        extras = self._extras(corpus, used, written, count)
        for part in range(count):  # a deleted sheet's page goes
            folder = self._site(part, count) / "fiches"
            for page in folder.iterdir() if folder.is_dir() else ():
                if f"fiches/{page.name}/index.html" not in keys[part]:
                    shutil.rmtree(page)
        layout.parent.mkdir(parents=True, exist_ok=True)
        layout.write_text(str(count), encoding="utf-8")
        stamps = [_digest(shared, part_keys, {}) for part_keys in keys]
        stamp = _digest(shared, {str(i): s for i, s in enumerate(stamps)}, extras)
        if (self.output / "pagefind.js").is_file() and is_valid(self.output, stamp):
            return None  # nothing the search shows has changed: the last bundle stands
        return _Plan(count, stamps, stamp, extras)

    def _index(self, plan: _Plan) -> None:
        """In this process's thread: Pagefind on each part whose pages changed, the parts assembled."""
        count, stamps = plan.count, plan.stamps
        if count == 1:  # one index, made where it is published
            for folder in (self.output, self.parts):
                if folder.exists():
                    shutil.rmtree(folder)
            self._pagefind(self.pages, self.output)
        else:  # each part indexed on its own, again only when one of its pages changed
            self.parts.mkdir(parents=True, exist_ok=True)
            self._index_parts([part for part in range(count) if not is_valid(self.parts / str(part), stamps[part])],
                              count, stamps)
            for folder in self.parts.iterdir():
                if not folder.name.isdigit() or int(folder.name) >= count:
                    shutil.rmtree(folder)
            staging = self.output.with_name(f".{self.output.name}.tmp")
            if staging.exists():
                shutil.rmtree(staging)
            mirror_tree(self.parts / "0", staging)  # hard links: the parts are never written into
            for part in range(1, count):
                mirror_tree(self.parts / str(part), staging / PARTS_DIR / str(part))
            replace_dir(staging, self.output)
        for name, content in plan.extras.items():
            (self.output / name).write_text(content, encoding="utf-8")
        (self.output / STAMP).write_text(plan.stamp, encoding="utf-8")  # last: a bundle cut short is not reused

    def _index_parts(self, todo: list[int], count: int, stamps: list[str]) -> None:
        """Pagefind on each part in `todo`, one at a time; two or more at once from `hurry()` on."""
        errors: list[BaseException] = []

        def work() -> None:
            while True:
                with self._lock:
                    if not todo or errors:
                        return
                    part = todo.pop(0)
                made = self.parts / str(part)
                try:
                    if made.exists():
                        shutil.rmtree(made)
                    self._pagefind(self._site(part, count), made)
                    (made / STAMP).write_text(stamps[part], encoding="utf-8")
                except BaseException as exc:  # noqa: BLE001 - raised below, in the bundle's thread
                    with self._lock:
                        errors.append(exc)
                    return

        with self._lock:
            self._todo, self._help = todo, work
        work()
        with self._lock:
            self._todo, helpers = None, list(self._helpers)
        for helper in helpers:
            helper.join()
        if errors:
            raise errors[0]

    def go(self) -> None:
        """Pagefind may start (see `held`)."""
        self._go.set()

    def hurry(self) -> None:
        """MkDocs is done: the parts not yet indexed are indexed one per core, at the normal priority
        (Pagefind's process takes 0.5 GB per thousand sheets: not beside MkDocs' workers)."""
        self._go.set()
        with self._lock:
            self._background = False
            if self._todo is None or self._helpers:
                return
            for _ in range(min(workers(), len(self._todo)) - 1):
                helper = threading.Thread(target=self._help, name="relier-pagefind-aide", daemon=True)
                helper.start()
                self._helpers.append(helper)

    def _site(self, part: int, count: int) -> Path:
        """The folder Pagefind indexes for this part (the pages themselves when there is one part)."""
        return self.pages if count == 1 else self.pages / f"partie-{part}"

    def _pagefind(self, site: Path, output: Path) -> None:
        this, background = os.getpid(), self._background

        def started() -> None:  # in Pagefind's process, before it runs
            die_with_parent(this)  # killed with kb build (with the thread that started it, strictly)
            if background:
                lower_priority()

        done = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(output), "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, preexec_fn=started)
        if done.returncode != 0 or not (output / "pagefind.js").is_file():
            raise KbError((done.stdout or "").strip()[-800:] or f"code de sortie {done.returncode}")

    @staticmethod
    def _extras(corpus: Corpus, used: Counter[str], written: Counter[str], count: int) -> dict[str, str]:
        """The files beside Pagefind's: how to read a query (and where the other parts of the index
        are), and the base's words for « vouliez-vous dire »."""
        rules = query_rules(corpus) | {"parties": [f"{PARTS_DIR}/{part}/" for part in range(1, count)]}
        extras = {QUERIES_FILE: json.dumps(rules, ensure_ascii=False, separators=(",", ":"))}
        # the same base gives the same files, byte for byte, in any process (sets of strings are
        # ordered by a per-process hash): ties broken by the words themselves
        spelt: dict[str, tuple[int, str]] = {}
        for form, seen in sorted(written.items()):
            key = fold(form)
            if seen > spelt.get(key, (0, ""))[0]:
                spelt[key] = (seen, form)
        by_letter: dict[str, dict[str, object]] = {}
        for word, seen in sorted(used.items(), key=lambda item: (-item[1], item[0]))[:MAX_WORDS]:
            if len(word) >= MIN_LENGTH:  # [count, the word with its accents] when it has some
                by_letter.setdefault(word_chunk(word), {})[word] = [seen, spelt[word][1]] if spelt.get(word, (0, word))[1] != word else seen
        for letter, known_words in by_letter.items():
            extras[f"relier-mots-{letter}.json"] = json.dumps(known_words, ensure_ascii=False, separators=(",", ":"),
                                                             sort_keys=True)
        return extras

    def wait(self) -> Path:
        self.hurry()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.output
