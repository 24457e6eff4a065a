"""kb build assembles site/ in the previous site, brought up to date (kb/site/render_cache.py,
mirror_tree; kb/site/publish.py, _staging): the result must be exactly the source tree, whatever
the previous one held."""

from __future__ import annotations

import os
from pathlib import Path

from kb.site.render_cache import STAMP, mirror_tree


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): (p.read_text() if p.is_file() else "/")
            for p in sorted(root.rglob("*"))}


def test_mirror_tree_makes_the_target_the_source(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    for rel, text in {"index.html": "accueil", "fiches/a/index.html": "a", "fiches/b/index.html": "b",
                      "devient-dossier/x.html": "x", "devient-fichier": "f", STAMP: "sceau"}.items():
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(text)
    (source / "devient-fichier").unlink()
    (source / "devient-fichier").write_text("fichier")
    # what the previous site held: a page still the same file, a stale one, a removed sheet,
    # a file where a folder now is and the other way round, and a folder left alone
    (target / "fiches" / "a").mkdir(parents=True)
    os.link(source / "fiches" / "a" / "index.html", target / "fiches" / "a" / "index.html")
    (target / "fiches" / "b").mkdir()
    (target / "fiches" / "b" / "index.html").write_text("ancienne version")
    (target / "fiches" / "supprimee").mkdir()
    (target / "fiches" / "supprimee" / "index.html").write_text("partie")
    (target / "devient-dossier").write_text("un fichier")
    (target / "devient-fichier").mkdir()
    (target / "devient-fichier" / "y.html").write_text("y")
    (target / "admin").mkdir()
    (target / "admin" / "index.html").write_text("éditeur")
    kept_inode = (target / "fiches" / "a" / "index.html").stat().st_ino

    linked = mirror_tree(source, target, keep=frozenset({"admin"}))

    expected = _tree(source)
    del expected[STAMP]
    expected |= {"admin": "/", "admin/index.html": "éditeur"}
    assert _tree(target) == expected
    assert (target / "fiches" / "a" / "index.html").stat().st_ino == kept_inode
    assert linked == 4  # index.html, fiches/b, devient-dossier/x.html, devient-fichier
    assert all((target / rel).stat().st_ino == (source / rel).stat().st_ino
               for rel in ("index.html", "fiches/b/index.html", "devient-fichier"))
    assert mirror_tree(source, target, keep=frozenset({"admin"})) == 0  # nothing left to do
