"""The Whoosh implementation of kb's search. Nothing outside kb.search imports Whoosh.

The index lives in build/search/, with relier.json beside Whoosh's files: the engine and version
that wrote it (kb.search.engine_id), a fingerprint of the schema and vocabularies, and each sheet's
hash. It is brought up to date before every search, and by every build that finds one (the first
is made by the first search): only sheets whose content hash changed are re-indexed. A full rebuild (first run, new schema,
changed vocabularies, another engine or version, unreadable index) is written aside and swapped in, so an interrupted run
never leaves a broken index behind; incremental updates rely on Whoosh's atomic commits.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import math
import re
import time
from functools import cached_property
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as windex
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.query import And, Or, Phrase, Query, Term
from whoosh.searching import Searcher

from ..errors import KbError
from ..fileio import replace_dir, staging_dir, write_atomic
from ..lock import project_lock
from ..loader import load_sheet, scan
from ..model import Corpus, Sheet, Vocabulary
from ..text import plain_text
from .engine_id import engine_id
from .excerpt import excerpt
from .french import WEAK_WEIGHT, analyse, french_analyzer, weak_stems, words, words_analyzer
from .spelling import as_written, confidence, correct
from .need import coverage_min, unknown_weight
from .synonyms import SynonymTable, vocabulary_groups
from .terms import NAMED_AMONG, Situations, named_boost, named_by_phrase, sheet_terms

INDEX_DIR = Path("build") / "search"
# A file's modification time is trusted only if it is older than the last look by this much: a
# file rewritten within the same clock tick (2 s on some file systems) would keep its time.
_RACY_NS = 2_000_000_000
SCHEMA_VERSION = 6
SHORT_FIELDS = ("titre", "resume", "termes")
FACET_FIELDS = {"publics": "publics", "secteurs": "secteurs", "modes": "modes_intervention", "themes": "themes"}


def _schema() -> Schema:
    analyzer = french_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        hash=STORED(),
        titre=TEXT(analyzer=analyzer, stored=True, field_boost=4.0),
        resume=TEXT(analyzer=analyzer, stored=True, field_boost=2.0),
        termes=TEXT(analyzer=analyzer, field_boost=1.5),
        corps=TEXT(analyzer=analyzer, stored=True),
        mots=TEXT(analyzer=words_analyzer(), phrase=False),  # the words as written: « vouliez-vous dire »
        publics=KEYWORD(stored=True, commas=True, scorable=False),
        secteurs=KEYWORD(stored=True, commas=True, scorable=False),
        modes_intervention=KEYWORD(stored=True, commas=True, scorable=False),
        themes=KEYWORD(stored=True, commas=True, scorable=False),
        niveau_preuve=ID(stored=True),
        statut=ID(stored=True),
    )


@dataclass(frozen=True)
class _Look:
    """What the sheet files are now: hash by path, and [mtime, size] for those whose stat was taken."""

    hashes: dict[str, str]
    stats: dict[str, list[int]]
    scanned_ns: int
    unsettled: bool  # some files' times were too recent to trust: record this look again


@dataclass(frozen=True)
class IndexReport:
    total: int
    added: int
    updated: int
    removed: int
    rebuilt: bool


def _fingerprint(vocabularies: dict[str, Vocabulary]) -> str:
    digest = hashlib.sha1(f"schema:{SCHEMA_VERSION}".encode())
    for name in sorted(vocabularies):
        digest.update(name.encode())
        digest.update(vocabularies[name].path.read_bytes())
    return digest.hexdigest()


def _document(vocabularies: dict[str, Vocabulary], situations: Situations, sheet: Sheet) -> dict[str, str]:
    terms, body = sheet_terms(vocabularies, sheet, situations), plain_text(sheet.body)
    return {
        "id": sheet.id, "hash": sheet.source.content_hash, "titre": sheet.title, "resume": sheet.summary,
        "termes": terms, "corps": body, "mots": "\n".join((sheet.title, sheet.summary, terms, body)),
        "publics": ",".join(sheet.terms.get("publics", ())), "secteurs": ",".join(sheet.terms.get("secteurs", ())),
        "modes_intervention": ",".join(sheet.terms.get("modes_intervention", ())),
        "themes": ",".join(sheet.terms.get("themes", ())),
        "niveau_preuve": sheet.term("niveau_preuve") or "", "statut": sheet.term("statut") or "",
    }


class WhooshIndex:
    """The index of a project. With a loaded `corpus`, its sheets are used; without one (kb search),
    sheet files are hashed and only those that changed since the last refresh are parsed."""

    def __init__(self, root: Path, vocabularies: dict[str, Vocabulary], corpus: Corpus | None = None,
                 directory: Path | None = None) -> None:
        self.root = root.resolve()
        self.vocabularies = vocabularies
        self.corpus = corpus
        self.directory = directory or self.root / INDEX_DIR
        self.synonyms = SynonymTable(vocabulary_groups(vocabularies), analyse)
        self.situations = Situations(vocabularies)

    @cached_property
    def situation_phrases(self) -> dict[tuple[str, ...], frozenset[str]]:
        """Read only by a search (30 ms): not on the path of a build that refreshes the index."""
        return self.situations.phrases(analyse)

    @classmethod
    def of(cls, corpus: Corpus) -> WhooshIndex:
        return cls(corpus.root, corpus.vocabularies, corpus)

    # -- keeping the index fresh -------------------------------------------------------
    def _look(self, stamp: dict | None) -> _Look:
        """Each sheet file's content hash. With a corpus, from its sheets; without, files whose
        modification time and size are those recorded at the last look are not read again."""
        recorded: dict[str, list] = (stamp or {}).get("files", {})
        if self.corpus is not None:  # the loader took each file's time and size before reading it
            sheets = self.corpus.sheets
            return _Look({s.source.rel_path: s.source.content_hash for s in sheets},
                         {s.source.rel_path: list(s.source.file_stamp) for s in sheets if s.source.file_stamp},
                         self.corpus.read_at_ns, unsettled=False)
        known = {rel: (entry[0], entry[2], entry[3]) for rel, entry in recorded.items() if len(entry) == 4}
        settled = (stamp or {}).get("scanned_ns", 0) - _RACY_NS
        scanned_ns = time.time_ns()
        found = scan(self.root, known, settled)
        return _Look({rel: digest for rel, (digest, _, _) in found.items()},
                     {rel: [mtime, size] for rel, (_, mtime, size) in found.items()}, scanned_ns,
                     unsettled=any(mtime >= settled for _, mtime, _ in known.values()))

    def _sheets(self, rel_paths: list[str]) -> list[Sheet]:
        if self.corpus is not None:
            wanted = set(rel_paths)
            return [s for s in self.corpus.sheets if s.source.rel_path in wanted]
        loaded = [load_sheet(self.root / rel, self.root)[0] for rel in rel_paths]
        return [sheet for sheet in loaded if sheet is not None]

    def refresh(self) -> IndexReport:
        """Under the project's lock (kb.lock): waits up to LOCK_WAIT_S for a build or another search."""
        with project_lock(self.root, "kb search (index de recherche)", wait=self.LOCK_WAIT_S):
            return self._refresh()

    def _refresh(self) -> IndexReport:
        fingerprint = _fingerprint(self.vocabularies)
        stamp = self._stamp(fingerprint)
        look = self._look(stamp)
        current = look.hashes
        if stamp is None:
            return self._rebuild(fingerprint, look)
        indexed: dict[str, list] = {rel: entry[:2] for rel, entry in stamp["files"].items()}
        changed = [rel for rel, digest in current.items() if rel in indexed and indexed[rel][0] != digest]
        added = [rel for rel in current if rel not in indexed]
        removed = [rel for rel in indexed if rel not in current]
        if changed or added or removed:
            try:
                self._update(indexed, changed, added, removed)
            except windex.LockError as exc:
                raise KbError("l'index de recherche est en cours de mise à jour par une autre commande kb "
                              "(kb build, kb search) : réessayez quand elle aura fini") from exc
            except Exception:  # noqa: BLE001 - whatever broke the index (a crash, a lost file), rebuild it
                return self._rebuild(fingerprint, look)
            for rel in removed:
                indexed.pop(rel, None)
        recorded_stats = {rel: entry[2:] for rel, entry in stamp["files"].items() if len(entry) == 4}
        if changed or added or removed or look.unsettled or look.stats != recorded_stats:
            self._write_stamp(self.directory, fingerprint, indexed, look)
        return IndexReport(len(current), len(added), len(changed), len(removed), rebuilt=False)

    LOCK_WAIT_S = 30.0  # how long to wait for another kb writing the index

    def _update(self, indexed: dict[str, list], changed: list[str], added: list[str], removed: list[str]) -> None:
        """The changes in one commit: if anything fails, the index stays as it was."""
        writer = windex.open_dir(str(self.directory)).writer(timeout=self.LOCK_WAIT_S)
        try:
            for rel in removed + changed:
                writer.delete_by_term("id", indexed[rel][1])
            for sheet in self._sheets(changed + added):
                writer.update_document(**_document(self.vocabularies, self.situations, sheet))
                indexed[sheet.source.rel_path] = [sheet.source.content_hash, sheet.id]
            writer.commit(optimize=len(removed) > 100)
        except BaseException:
            writer.cancel()
            raise

    def _stamp(self, fingerprint: str) -> dict | None:
        try:
            stamp = json.loads((self.directory / "relier.json").read_text(encoding="utf-8"))
            if (stamp.get("fingerprint") != fingerprint or stamp.get("engine") != engine_id()
                    or not isinstance(stamp.get("files"), dict)):
                return None  # another schema, vocabulary, or engine (or version) wrote it: rebuild
            return stamp if windex.exists_in(str(self.directory)) else None
        except Exception:  # noqa: BLE001 - an unreadable stamp or table of contents: rebuild
            return None

    @staticmethod
    def _write_stamp(directory: Path, fingerprint: str, files: dict[str, list], look: _Look) -> None:
        """The engine that wrote the index, each file's [hash, id], and its [mtime, size] when they
        were looked at (kb search)."""
        entries = {rel: [*entry[:2], *look.stats.get(rel, [])] for rel, entry in files.items()}
        write_atomic(directory / "relier.json", json.dumps(
            {"engine": engine_id(), "fingerprint": fingerprint, "scanned_ns": look.scanned_ns, "files": entries}))

    def _rebuild(self, fingerprint: str, look: _Look) -> IndexReport:
        staging = staging_dir(self.directory)  # its own name: never another writer's
        index = windex.create_in(str(staging), _schema())
        writer = index.writer(limitmb=256, procs=1)
        files: dict[str, list[str]] = {}
        sheets = list(self.corpus.sheets) if self.corpus is not None else self._sheets(sorted(look.hashes))
        for sheet in sheets:
            writer.add_document(**_document(self.vocabularies, self.situations, sheet))
            files[sheet.source.rel_path] = [sheet.source.content_hash, sheet.id]
        writer.commit()
        self._write_stamp(staging, fingerprint, files, look)
        replace_dir(staging, self.directory)
        return IndexReport(len(look.hashes), len(sheets), 0, 0, rebuilt=True)

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        try:
            index = windex.open_dir(str(self.directory))
        except Exception as exc:  # noqa: BLE001 - any unreadable index means: rebuild it
            raise KbError(f"l'index de recherche est illisible ({exc.__class__.__name__}) : "
                          "supprimez le dossier build/search, il sera reconstruit") from exc
        with index.searcher() as searcher:
            yield searcher

    # -- querying ------------------------------------------------------------------------
    def build_query(self, text: str, searcher: Searcher | None = None) -> Query | None:
        clauses = self._clauses(self.synonyms.expand(analyse(text)), searcher)
        return Or([clause for clause, _ in clauses]) if clauses else None

    def _clauses(self, units: list[tuple[tuple[str, ...], list[tuple[str, ...]]]],
                 searcher: Searcher | None) -> list[tuple[Query, int]]:
        """Any of the words (or their synonyms), as one flat disjunction, sheets matching more and
        rarer words ranking first (BM25F).

        Words found in more than a quarter of the sheets carry little signal and cost the most
        (their posting lists are long, and Whoosh scores postings in Python): they are looked for
        in the short fields only (title, summary, terms), unless nothing rarer was typed. This is
        what keeps a query within 50 ms on 10 000 sheets (scripts/bench.py)."""
        if not units:
            return []
        frequent, rarest = self._frequent_words(searcher, units)
        large = searcher is not None and searcher.doc_count() >= self.FREQUENT_FROM
        clauses: list[tuple[Query, int]] = []
        body_words: dict[str, tuple[float, int]] = {}
        for unit, (tokens, alternatives) in enumerate(units):
            alternatives = [alt for alt in alternatives if len(alt) > 1 or alt[0] not in frequent]
            for spelling, boost in [(tokens, 2.0)] + [(alt, 1.0) for alt in alternatives]:
                # a sheet tagged with a term already carries all the term's synonyms in `termes`:
                # on a large index, synonyms are looked for in titles only (each clause has a cost)
                if spelling is not tokens and large:
                    fields: tuple[str, ...] = ("titre",)
                elif len(spelling) == 1:  # a frequent word: in the title and summary only
                    fields = ("titre", "resume") if spelling[0] in frequent else SHORT_FIELDS
                else:  # phrases: in the body too on small indexes only (on large ones they cost too much)
                    fields = SHORT_FIELDS if large else (*SHORT_FIELDS, "corps")
                if len(spelling) == 1:
                    clauses.extend((Term(field, spelling[0], boost=boost), unit) for field in fields)
                elif large and "termes" in fields:
                    # a sheet's terms field holds every synonym of its tags: checking word positions
                    # there costs most of a long query's time on 10 000 sheets; all the words is enough
                    clauses.extend((Phrase(field, list(spelling), boost=boost), unit) for field in fields
                                   if field != "termes")
                    clauses.append((And([Term("termes", word) for word in spelling], boost=boost), unit))
                else:
                    clauses.extend((Phrase(field, list(spelling), boost=boost), unit) for field in fields)
                if spelling is tokens or len(spelling) == 1:  # the words typed, and one-word synonyms
                    for word in spelling:
                        if (word not in frequent or word == rarest) and boost > body_words.get(word, (0.0, 0))[0]:
                            body_words[word] = (boost, unit)
        # the body: single words only (phrase matching on long texts is what made queries slow),
        # and not the words of multi-word synonyms (« 12-18 ans » must not search the body for « an »);
        # on a large index, only the two rarest words typed (each body clause costs thousands of postings)
        if large:
            typed = {word for tokens, _ in units for word in tokens}
            ranked = sorted((w for w in body_words if w in typed), key=lambda w: searcher.doc_frequency("corps", w))
            body_words = {w: body_words[w] for w in ranked[:2]}
        clauses.extend((Term("corps", word, boost=boost), unit) for word, (boost, unit) in body_words.items())
        return clauses  # one flat disjunction, ranked clause by clause (_rank)

    FREQUENT_SHARE = 0.25
    FREQUENT_FROM = 500  # below this many sheets, every word is looked for everywhere

    def _frequent_words(self, searcher: Searcher | None,
                        units: list[tuple[tuple[str, ...], list]]) -> tuple[set[str], str | None]:
        """The words (typed or one-word synonyms) found in more than a quarter of the bodies, and
        the rarest typed word, which is always looked for in the bodies."""
        if searcher is None or searcher.doc_count() < self.FREQUENT_FROM:
            return set(), None
        limit = self.FREQUENT_SHARE * searcher.doc_count()
        words = {word for tokens, alts in units for spelling in (tokens, *alts) for word in spelling}
        frequency = {word: searcher.doc_frequency("corps", word) for word in words}
        typed = [word for tokens, _ in units for word in tokens]
        rarest = min(typed, key=lambda word: frequency.get(word, 0)) if typed else None
        if rarest is not None and frequency.get(rarest, 0) > 2 * limit:
            rarest = None  # in most bodies: the short fields say enough
        return {word for word, count in frequency.items() if count > limit}, rarest

    def run(self, text: str, filters: dict[str, tuple[str, ...]], limit: int, mark: tuple[str, str]) -> Answer:
        """Hits (id, titre, resume, score, extrait) and their total. An index found broken while
        searching (a segment lost to a crash or a disk error) is rebuilt, and the search run again."""
        try:
            with self.searcher() as searcher:
                return self.run_with(searcher, text, filters, limit, mark)
        except (OSError, KbError, windex.IndexError):
            self._rebuild(_fingerprint(self.vocabularies), self._look(None))
            with self.searcher() as searcher:
                return self.run_with(searcher, text, filters, limit, mark)

    def run_with(self, searcher: Searcher, text: str, filters: dict[str, tuple[str, ...]], limit: int,
                 mark: tuple[str, str]) -> Answer:
        """The same, on an open searcher (a warm session answers without reopening the index).

        A word the base never uses is replaced by the closest one it does (« maltraitence »), and
        the answer says so. Sheets matching more of the words that carry the need rank first
        (see _rank); « nothing good » when even the best sheet covers too little of them."""
        corrected, fixed = correct(
            text, lambda word: searcher.doc_frequency("mots", word),
            lambda word, distance: searcher.reader().terms_within("mots", word, distance, prefix=1),
            lambda word: any(searcher.doc_frequency(field, stem)
                             for stem in analyse(word) for field in (*SHORT_FIELDS, "corps")))
        tokens = analyse(corrected or text)
        units = self.synonyms.expand(tokens)[:MAX_UNITS]
        clauses = self._clauses(units, searcher)
        if not clauses:
            return Answer([], 0, corrected, nothing_good=True)
        weak = weak_stems()
        weights = [WEAK_WEIGHT if len(tokens) == 1 and tokens[0] in weak else 1.0 for tokens, _ in units]
        if all(weight < 1.0 for weight in weights):
            weights = [1.0] * len(units)  # only weak words: they are the need
        filter_query = self.build_filter(filters)
        allowed = set(searcher.docs_for_query(filter_query)) if filter_query is not None else None
        named = named_by_phrase(tokens, self.situation_phrases)
        boosted = {doc for sheet in named if (doc := searcher.document_number(id=sheet)) is not None}
        ranked, total, masks, per_unit = _rank(searcher, clauses, allowed, limit, weights, boosted)
        found = [0] * len(units)  # how many sheets each query unit is found in
        for mask, count in Counter(masks.values()).items():
            for unit in range(len(units)):
                found[unit] += count * (mask >> unit & 1)
        stems = [word for tokens, _ in units for word in tokens]
        hits = []
        for docnum, score, _ in ranked:
            stored = searcher.stored_fields(docnum)
            hits.append({"id": stored["id"], "titre": stored["titre"], "resume": stored["resume"],
                         "score": round(score, 4), "extrait": excerpt(stored["corps"], stems, mark),
                         "_later": LATER.get(stored.get("statut", ""), 0)})
        hits.sort(key=lambda hit: hit.pop("_later"))  # drafts after validated sheets, among those shown
        if corrected:
            corrected = as_written(corrected, fixed, (text for hit in hits for text in (hit["titre"], hit["resume"],
                                                                                          hit["extrait"])))
        nothing = _nothing_good(
            searcher, units, weights, fixed, found,
            {doc: [per_unit.get(doc << _UNIT_BITS | unit, 0.0) for unit in range(len(units))] for doc, _, _ in ranked})
        if nothing and hits:  # a situation's phrase, typed, names one of the first sheets: it answers
            nothing = not named & {hit["id"] for hit in hits[:NAMED_AMONG]}
        return Answer(hits, total, corrected, nothing_good=nothing)


    @staticmethod
    def build_filter(filters: dict[str, tuple[str, ...]]) -> Query | None:
        clauses = [Or([Term(FACET_FIELDS[key], value) for value in values])
                   for key, values in filters.items() if values]
        return And(clauses) if clauses else None


# « Nothing good here » (calibrated with scripts/search_quality.py: kb/search/need.py): no sheet among
# the best matches, strongly, words carrying enough of the need (70 %, less for a long description:
# need.coverage_min), each word weighing what it tells apart (its IDF; a word the base never uses
# weighs the most, a guessed spelling of a short word half). A word matches strongly when its
# clauses score at least STRONG_MATCH (BM25F) in the sheet: in its title, summary or terms, or several
# times in its body.
STRONG_MATCH = 5.0
# ... unless a situation's phrase typed in the query names one of the first sheets (kb.search.terms).


def _nothing_good(searcher: Searcher, units: list, weights: list[float], fixed: list[str], found: list[int],
                  strength: dict[int, list[float]]) -> bool:
    total = searcher.doc_count()
    needed = sum(1 for weight in weights if weight == 1.0)
    unknown = unknown_weight(needed)  # a word no sheet uses, in a long description: a detail
    idf = [math.log((total + 1) / (count + 1)) * (unknown if count == 0 else 1.0) for count in found]
    sure = {stem: confidence(word) for word in fixed for stem in analyse(word)}
    value = [0.0 if weight < 1.0 else idf[unit] * min((sure.get(t, 1.0) for t in tokens))
             for unit, ((tokens, _), weight) in enumerate(zip(units, weights))]
    need = sum(idf[unit] for unit, weight in enumerate(weights) if weight == 1.0)
    covered = max((sum(v for unit, v in enumerate(value) if scores[unit] >= STRONG_MATCH)
                   for scores in strength.values()), default=0.0)
    return need <= 0 or covered < coverage_min(needed) * need


@dataclass(frozen=True)
class Answer:
    hits: list[dict[str, object]]
    total: int
    corrected: str | None = None  # the query searched instead, when some of its words are not in the base
    nothing_good: bool = False  # no sheet really answers: the callers propose the explorer instead


# Sheets shown after the validated ones, among the best (the site does the same: recherche.js).
LATER = {"brouillon": 1, "archivee": 2}
_UNIT_BITS = 8  # room for MAX_UNITS units per document in _rank's table
MAX_UNITS = 64  # words (or known phrases) of a query that are looked for; a longer text is cut


def _rank(searcher: Searcher, clauses: list[tuple[Query, int]], allowed: set[int] | None, limit: int,
          weights: list[float] | None = None, boosted: set[int] = frozenset()) -> tuple[list[tuple[int, float, int]], int]:
    """The best `limit` documents for a disjunction of `clauses` (each tagged with the query unit
    it looks for), with the mask of units each matched; how many documents match; every
    document's mask, and its score for each unit.

    Without `weights`, scores are exactly those of Whoosh's own search (a document's score is the
    sum of its matching clauses' BM25F scores; ties go to the lower document number), but worked
    out one clause at a time into a table: Whoosh's tree of union matchers costs several times more
    per posting, and a query on 10 000 sheets reads thousands of postings (tests/test_search.py
    compares both). With `weights` (one per unit), each clause's score is multiplied by its unit's
    weight, and the document's score by the square of the
    weighted share of units the document matches: a sheet matching every word that carries the
    need comes before one matching a single word many times, without requiring every word."""
    scores: dict[int, float] = defaultdict(float)
    masks: dict[int, int] = defaultdict(int)
    per_unit: dict[int, float] = defaultdict(float)  # (doc << _UNIT_BITS | unit) -> that unit's score
    for clause, unit in clauses:
        matcher = clause.matcher(searcher)
        is_active, docnum, score, step = matcher.is_active, matcher.id, matcher.score, matcher.next
        bit, weight = 1 << unit, weights[unit] if weights else 1.0
        while is_active():
            doc = docnum()
            value = score()
            scores[doc] += value * weight
            per_unit[doc << _UNIT_BITS | unit] += value
            masks[doc] |= bit
            step()
    if allowed is not None:
        scores = {doc: value for doc, value in scores.items() if doc in allowed}
    if weights:
        total_weight = sum(weights)
        share = {}
        for mask in set(masks.values()):
            share[mask] = (sum(w for unit, w in enumerate(weights) if mask >> unit & 1) / total_weight) ** 2
        scores = {doc: value * share[masks[doc]] for doc, value in scores.items()}
    boost = named_boost(sum(1 for weight in weights if weight == 1.0) if weights else len(clauses))
    for doc in boosted & scores.keys():  # named by a situation whose phrase the query holds
        scores[doc] *= boost
    best = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
    return [(doc, score, masks[doc]) for doc, score in best], len(scores), masks, per_unit
