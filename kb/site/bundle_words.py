"""The words of the base for the site's search (how many sheets use each word, how each is
written), kept up to date sheet by sheet between two builds, beside the bundle's pages
(build/pagefind-mots/ for kb build; kb serve's preview keeps its own).

At 10 000 sheets, counting every sheet's words again takes seconds, and so does storing each
sheet's words in one file. Here the totals are stored with the key of what each sheet was made
of; only the sheets whose key changed (or that were added or removed) have their words counted,
and their previous words, kept in one of BUCKETS files by sheet, taken off the totals. Whatever
cannot be read (a missing or damaged file, another version) makes everything counted again: the
totals are then exactly what counting every sheet gives."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..memo import read_stamped, write_stamped

BUCKETS = 32
FORMAT = "1"
Words = tuple[tuple[str, ...], tuple[str, ...]]  # the words of a sheet (analysed), the words as written


def _bucket(sheet_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(sheet_id.encode(), digest_size=4).digest(), "big") % BUCKETS


class BaseWords:
    """`count(sheets)` gives the totals; `words_of(sheet)` is called for the sheets that changed."""

    def __init__(self, folder: Path, shared_key: str) -> None:
        self.folder = folder
        self.stamp = f"{FORMAT}\0{shared_key}"
        self.counted = 0  # sheets whose words were counted by this build

    def count(self, sheets: dict[str, str], words_of: Callable[[str], Words],
              unknown: set[str] = frozenset()) -> tuple[Counter[str], Counter[str]]:
        """The totals over `sheets` (id -> the key of what it is made of); `unknown`: ids whose
        words must be counted whatever the keys say."""
        index = read_stamped(self.folder / "index.pickle", self.stamp)
        if isinstance(index, tuple) and len(index) == 3:
            keys, used, written = index
            totals = self._update(sheets, words_of, unknown, keys, used, written)
            if totals is not None:
                return totals
        return self._update(sheets, words_of, set(sheets), {}, Counter(), Counter(), fresh=True)  # type: ignore[return-value]

    def _update(self, sheets: dict[str, str], words_of: Callable[[str], Words], unknown: set[str],
                keys: dict[str, str], used: Counter[str], written: Counter[str],
                fresh: bool = False) -> tuple[Counter[str], Counter[str]] | None:
        changed = {i for i in sheets if i in unknown or keys.get(i) != sheets[i]}
        removed = {i for i in keys if i not in sheets}
        touched = {_bucket(i) for i in changed | removed}
        buckets: dict[int, dict[str, Words]] = {}
        for bucket in sorted(touched if not fresh else set(range(BUCKETS))):
            if fresh:
                buckets[bucket] = {}
                continue
            stored = read_stamped(self.folder / f"{bucket}.pickle", self.stamp)
            if not isinstance(stored, dict):
                return None
            buckets[bucket] = stored
        for sheet_id in sorted((changed & set(keys)) | removed):  # take their previous words off
            previous = buckets[_bucket(sheet_id)].pop(sheet_id, None)
            if previous is None:
                return None
            used.subtract(previous[0])
            written.subtract(previous[1])
        if not (changed or removed or fresh):
            return +used, +written
        # each bucket written as soon as its sheets are counted, and let go of (at 10 000 sheets, the
        # words of every sheet held at once are 0.3 GB); the index first removed, written last: a
        # build stopped in between leaves buckets that no index vouches for, and everything is
        # counted again by the next one
        (self.folder / "index.pickle").unlink(missing_ok=True)
        by_bucket: dict[int, list[str]] = {}
        for sheet_id in sorted(changed):
            by_bucket.setdefault(_bucket(sheet_id), []).append(sheet_id)
        for bucket in sorted(buckets):
            stored = buckets.pop(bucket)
            for sheet_id in by_bucket.get(bucket, ()):
                counted = stored[sheet_id] = words_of(sheet_id)
                self.counted += 1
                used.update(counted[0])
                written.update(counted[1])
            write_stamped(self.folder / f"{bucket}.pickle", self.stamp, stored)
            del stored
        used, written = +used, +written  # no word left at zero
        write_stamped(self.folder / "index.pickle", self.stamp, (dict(sheets), used, written))
        return used, written
