"""Which pages of build/docs need not be generated again (build/cache/pages-fiches.json).

A sheet's page shows its own file, the front matter of the sheets around it (titles, summaries,
relations, the families and keystones worked out from them), its similar sheets, the
vocabularies, the modules, the annexes and the settings — and the code that writes it. Its key
is a digest of all that; when the key and the file in build/docs are those recorded at the last
build, the page is left as it is instead of being written again in memory and compared (most of
the generation's ten seconds at 10 000 sheets). An edit to one sheet's text changes one key; an
edit to any front matter changes them all, and every page is generated as before. The other
generated pages (indexes, terms, map…) show front matter only: they are kept under the base's key
alone (`others`)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..fileio import write_atomic
from ..memo import CACHE_DIR, front_matter_key
from ..model import Sheet
from .data import SiteData

MEMO_FILE = CACHE_DIR / "pages-fiches.json"
FORMAT = "2"
_PACKAGE = Path(__file__).parent.parent
# the code and templates that make the pages
CODE = tuple(sorted([path for path in _PACKAGE.rglob("*.py") if "__pycache__" not in path.parts]
                    + [path for path in (Path(__file__).parent / "theme").rglob("*") if path.is_file()]))
Entry = tuple[str, int, int]  # key, size, modification time (ns) of the file written


class PageMemo:
    def __init__(self, data: SiteData, docs: Path) -> None:
        self.root, self.docs = data.corpus.root, docs
        site = hashlib.sha256(f"{FORMAT}\0{front_matter_key(data.corpus, CODE)}\0".encode())
        site.update(repr((data.settings, data.modules, data.annexes)).encode())
        docs_source = self.root / "docs"  # hand-written pages: the home page's introduction among them
        for path in sorted(docs_source.rglob("*")) if docs_source.is_dir() else ():
            if path.is_file():
                site.update(path.relative_to(docs_source).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        self._site = site.hexdigest()
        self._similar = data.similar
        try:
            entries = json.loads((self.root / MEMO_FILE).read_text(encoding="utf-8"))
            self.entries: dict[str, Entry] = {rel: tuple(entry) for rel, entry in entries.items()}  # type: ignore[misc]
        except (OSError, ValueError, AttributeError, TypeError):
            self.entries = {}
        self._keys: dict[str, str] = {}

    def key(self, rel: str, sheet: Sheet) -> str:
        key = hashlib.sha256(f"{self._site}\0{sheet.source.content_hash}\0{sheet.source.rel_path}\0"
                             f"{self._similar.get(sheet.id, [])}".encode()).hexdigest()
        self._keys[rel] = key
        return key

    def unchanged(self, rel: str, key: str) -> bool:
        """The page in build/docs is the one this key gave, untouched since."""
        entry = self.entries.get(rel)
        if entry is None or entry[0] != key:
            return False
        try:
            stat = os.stat(self.docs / rel)
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns) == tuple(entry[1:])

    def others(self) -> list[str] | None:
        """The pages made of the base as a whole (indexes, terms, concepts, map, explorer, home…),
        when build/docs holds them as this base makes them: they show no sheet's text, so an edit
        to texts alone leaves them as they are. None when they must be made."""
        rels = [rel for rel, entry in self.entries.items() if entry[0] == self._site]
        if not rels or not all(self.unchanged(rel, self._site) for rel in rels):
            return None
        self.made(rels)
        return rels

    def made(self, rels: list[str]) -> None:
        """These pages, made of the base as a whole, are to be recorded under its key."""
        for rel in rels:
            self._keys[rel] = self._site

    def save(self) -> None:
        """Record every page's key with the file now in build/docs."""
        entries: dict[str, Entry] = {}
        for rel, key in self._keys.items():
            try:
                stat = os.stat(self.docs / rel)
            except OSError:
                continue
            entries[rel] = (key, stat.st_size, stat.st_mtime_ns)
        try:
            write_atomic(self.root / MEMO_FILE, json.dumps(entries, separators=(",", ":")))
        except OSError:
            pass  # only costs the next build its time
