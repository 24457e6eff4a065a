"""Results kept between two `kb build`s in build/cache/, for work that depends on the sheets'
front matter only (the graph's analysis, the similar sheets): an edit to a sheet's text then
reads them back instead of computing them again.

The key is a digest of what such work is made of — every sheet's file name and front matter as
written, the vocabularies, and the code that does the work — so any change there computes it
again. A result that cannot be read is ignored (computed again), never an error; one that cannot
be written only costs the next build its time."""

from __future__ import annotations

import gc
import hashlib
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .fileio import write_atomic
from .model import Corpus, Vocabulary

CACHE_DIR = Path("build") / "cache"
FORMAT = "1"  # bump when what a stored result holds changes meaning


def front_matter_key(corpus: Corpus, code: Iterable[Path]) -> str:
    """A digest of every sheet's front matter, the vocabularies and the files of `code`."""
    digest = hashlib.sha256(FORMAT.encode())
    add_code_and_vocabularies(digest, code, corpus.vocabularies)
    for sheet in sorted(corpus.sheets, key=lambda s: s.source.rel_path):
        digest.update(f"{sheet.source.rel_path}\0{sheet.id}\0".encode())
        digest.update(sheet.source.front_matter_text.encode() + b"\0")
    return digest.hexdigest()


def add_code_and_vocabularies(digest: "hashlib._Hash", code: Iterable[Path],
                              vocabularies: dict[str, Vocabulary]) -> None:
    """Feed `digest` with the files of `code` (their names and bytes) and every vocabulary's terms."""
    for path in sorted(code):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name, vocabulary in sorted(vocabularies.items()):
        digest.update(f"{name}\0{sorted((t.id, repr(t)) for t in vocabulary.terms.values())}\0".encode())


def recall(root: Path, name: str, key: str) -> Any | None:
    """What `remember` stored under `name` with this key; None otherwise."""
    return read_stamped(root / CACHE_DIR / f"{name}.pickle", key)


def remember(root: Path, name: str, key: str, value: Any) -> None:
    write_stamped(root / CACHE_DIR / f"{name}.pickle", key, value)


def read_stamped(path: Path, stamp: str) -> Any | None:
    """The value stored at `path` with this stamp; None when absent, cut short, from another
    version or stamped otherwise."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # many small objects: the cyclic collector would walk them again and again
    try:
        with open(path, "rb") as handle:
            stored_stamp, value = pickle.load(handle)
        return value if stored_stamp == stamp else None
    except Exception:
        return None
    finally:
        if gc_was_enabled:
            gc.enable()


def write_stamped(path: Path, stamp: str, value: Any) -> None:
    """Store `value` at `path` with `stamp` (atomically); a cache that cannot be written only costs
    the next build its time."""
    try:
        write_atomic(path, pickle.dumps((stamp, value), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
