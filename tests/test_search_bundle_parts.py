"""The search bundle's parts indexed by Pagefind one at a time, then one per core once MkDocs is
done (`hurry`), on the landed sheets cut into parts of 40; a bundle waiting for `go()` (a large
base's full build) does not start Pagefind before; a part that cannot be written fails the bundle."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kb.errors import KbError
from kb.loader import load
from kb.site import search_bundle
from kb.site.search_bundle import STAMP, SearchBundle

from support import landed_copy


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(search_bundle, "PART_SIZE", 40)  # the pages are written by a forked child: it sees this
    return load(landed_copy(tmp_path / "projet")).corpus


def test_held_parts_wait_for_go_then_are_indexed_two_at_a_time(corpus) -> None:
    build = corpus.root / "build"
    bundle = SearchBundle(corpus, build, held=True)
    time.sleep(3)  # the pages are written by now: Pagefind still waits
    assert not (build / "pagefind-parties").exists()
    bundle.go()
    bundle.hurry()
    output = bundle.wait()
    count = -(-len(corpus.sheets) // 40)
    assert count > 2
    rules = json.loads((output / "relier-requetes.json").read_text("utf-8"))
    assert rules["parties"] == [f"parties/{i}/" for i in range(1, count)]
    for part in range(count):
        made = build / "pagefind-parties" / str(part)
        assert (made / "pagefind-entry.json").is_file() and (made / STAMP).is_file()
    assert (output / STAMP).is_file()


def test_a_part_that_cannot_be_written_fails_the_bundle(corpus) -> None:
    build = corpus.root / "build"
    (build / "pagefind-parties").mkdir(parents=True)
    (build / "pagefind-parties" / "1").write_text("pas un dossier", encoding="utf-8")
    bundle = SearchBundle(corpus, build, held=True)
    bundle.hurry()
    with pytest.raises(KbError) as error:
        bundle.wait()
    assert str(error.value).startswith(search_bundle.FAILURE)
    assert not (build / "pagefind" / STAMP).exists()
