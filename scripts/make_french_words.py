#!/usr/bin/env python3
"""Build kb/data/mots-francais.txt.xz, the French words that search never « corrects » into
another word (« cutter » is not a typo for « clutter »), from the word list of the Debian package
wfrench 1.2.7-2 (upstream https://gitlab.com/gpernot/wfrench, © 1989 Paul Leyland, GNU GPL 2 or
later: compatible with Relier's AGPL 3.0 or later), 346 205 words with their inflected forms.

    apt-get download wfrench && dpkg-deb -x wfrench_*.deb /tmp/wf
    .venv/bin/python scripts/make_french_words.py /tmp/wf/usr/share/dict/french

Kept: words in lower case, of kb.search.spelling.MIN_LENGTH letters or more (shorter ones are
never corrected), folded as search folds a query (kb.text.fold: no accents; the list writes
« oe », not « œ »). One word per line, sorted.
"""

from __future__ import annotations

import lzma
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.search.spelling import MIN_LENGTH  # noqa: E402
from kb.text import fold  # noqa: E402

OUT = ROOT / "kb" / "data" / "mots-francais.txt.xz"


def main(source: Path) -> None:
    words: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word.isalpha() and word.islower():
            words.add(fold(word))
    kept = sorted(word for word in words if len(word) >= MIN_LENGTH)
    OUT.write_bytes(lzma.compress(("\n".join(kept) + "\n").encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
    print(f"{len(kept)} mots écrits dans {OUT.relative_to(ROOT)} ({OUT.stat().st_size} octets)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
