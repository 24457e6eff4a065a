"""Which search engine is installed: the distribution that provides the `whoosh` module, and its
version. The index records it (build/search/relier.json), so that an index written by another
engine or version is rebuilt from scratch rather than read."""

from __future__ import annotations

import functools
from importlib import metadata

import whoosh

# The distributions that install the `whoosh` module: the pinned one first (pyproject.toml).
DISTRIBUTIONS = ("whoosh3", "whoosh-reloaded", "whoosh")


@functools.cache
def engine_id() -> str:
    """`name==version` of the distribution whose `whoosh` module is imported (« whoosh3==3.54.0 »).
    A distribution's metadata left behind by another one is told apart by its version."""
    running = ".".join(str(part) for part in whoosh.__version__[:3])
    found = []
    for name in DISTRIBUTIONS:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    for name, version in found:
        if version == running:
            return f"{name}=={version}"
    return f"whoosh=={running}"  # installed some other way (a source tree on the path)
