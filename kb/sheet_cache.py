"""The sheets read and checked by the previous `kb build`, kept in build/cache/fiches/, so
that the next one reads and checks again only the files that changed (at 10 000 sheets, reading
and checking every file is most of `kb check`'s ten seconds; reading the cache, under one).

A file is taken from the cache only when its modification time, size and inode are the ones
recorded and it had settled (not been written for two seconds) when it was read: a file rewritten
within the same clock tick keeps its time. The cache is stamped with a fingerprint of everything
else a sheet's reading and checks depend on (the code of the `kb` package, schemas/ with its
vocabularies, the annexes a sheet may attach, the Python version, the project's folder): any
change there and every file is read again. A cache that cannot be read is ignored, never trusted, never an error."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .memo import read_stamped, write_stamped

CACHE_DIR = Path("build") / "cache" / "fiches"
BUCKETS = 32
FORMAT = "1"  # bump when what an entry holds changes meaning
SETTLED_NS = 2_000_000_000
_PACKAGE = Path(__file__).parent

T = TypeVar("T")
Stat = tuple[int, int, int]  # modification time (ns), size, inode


def fingerprint(root: Path, tag: str) -> str:
    """Everything a cached reading depends on besides the file itself; `tag` names the checks run."""
    digest = hashlib.sha256(f"{FORMAT}\0{tag}\0{sys.version}\0{root}\0".encode())
    folders = (_PACKAGE, root / "schemas")
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    annexes = root / "annexes"  # their names, sizes and times: a sheet's checks look for its annexes
    for path in sorted(annexes.rglob("*")) if annexes.is_dir() else ():
        digest.update(f"{path.as_posix()}\0{_stat(path)}\0".encode())
    return digest.hexdigest()


def _stat(path: Path) -> Stat | None:
    try:
        stat = os.lstat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


class SheetCache:
    """Readings keyed by file, valid for one fingerprint; kept in BUCKETS files (by a hash of the
    file's path), so that one edited sheet rewrites a thirty-second of the cache, not all of it."""

    def __init__(self, root: Path, tag: str) -> None:
        self.folder = root / CACHE_DIR
        self.stamp = fingerprint(root, tag)
        self.entries: dict[str, tuple[Stat, Any]] = {}
        self.changed: set[int] = set()  # the buckets to write again
        for bucket in range(BUCKETS):  # a file absent, cut short or stamped otherwise: its sheets are read again
            entries = read_stamped(self.folder / f"{bucket}.pickle", self.stamp)
            if isinstance(entries, dict):
                self.entries.update(entries)

    def map(self, paths: list[Path], work: Callable[[list[Path]], list[T]], read_at_ns: int) -> list[T]:
        """`work` on the paths that are not in the cache (all at once: it may share them among
        processes); every path's result, in order."""
        stats = [_stat(path) for path in paths]
        results: list[Any] = [None] * len(paths)
        missing = []
        for index, (path, stat) in enumerate(zip(paths, stats)):
            entry = self.entries.get(str(path))
            if stat is not None and entry is not None and entry[0] == stat:
                results[index] = entry[1]
            else:
                missing.append(index)
        for index, result in zip(missing, work([paths[i] for i in missing])):
            results[index] = result
            stat, name = stats[index], str(paths[index])
            if stat is not None and stat[0] < read_at_ns - SETTLED_NS:
                self.entries[name] = (stat, result)
                self.changed.add(_bucket(name))
            elif self.entries.pop(name, None) is not None:
                self.changed.add(_bucket(name))
        keep = {str(path) for path in paths}
        for name in [name for name in self.entries if name not in keep]:  # a deleted sheet
            del self.entries[name]
            self.changed.add(_bucket(name))
        return results

    def save(self) -> None:
        by_bucket: dict[int, dict[str, tuple[Stat, Any]]] = {bucket: {} for bucket in self.changed}
        for name, entry in self.entries.items():
            bucket = _bucket(name)
            if bucket in by_bucket:
                by_bucket[bucket][name] = entry
        for bucket, entries in by_bucket.items():
            write_stamped(self.folder / f"{bucket}.pickle", self.stamp, entries)
        self.changed = set()


def _bucket(name: str) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=4).digest(), "big") % BUCKETS
