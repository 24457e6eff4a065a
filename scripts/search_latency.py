#!/usr/bin/env python3
"""`kb search` latency on a synthetic base, with the name and version of the installed engine.

    .venv/bin/python scripts/search_latency.py [--n 2000] [--base DIR] [--rounds 3] [--json]

The base is made by scripts/gen_corpus.py (or reused when --base already holds one); its index is
rebuilt from scratch (timed); then, on one warm session, the judged queries
(tests/search/judgements.yml) and the extra queries below are each run once to warm up, then
--rounds times, timed one by one: p50, p95 and the slowest, in elapsed time and in the process's
CPU time (which a busy machine disturbs less: compare engines on both). To compare two engines, run
it with each one's Python on the same base (README, « Dependencies and engines »)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from gen_corpus import generate  # noqa: E402

from kb.loader import load  # noqa: E402
from kb.search import SearchSession, refresh_index  # noqa: E402
from kb.search.engine_id import engine_id  # noqa: E402

# Beside the judged queries: the shapes that cost the most (frequent words, long texts, typos,
# acronyms, filters).
EXTRA_QUERIES = [
    ("accompagnement", {}), ("famille", {}), ("projet personnalisé", {}), ("travail social", {}),
    ("maltraitence", {}), ("acceuil de jour", {}), ("ASE", {}), ("MNA", {}), ("DPA", {}),
    ("personne âgée isolée qui refuse qu'on entre chez elle", {}),
    ("un ado qui fugue et ne veut plus aller au collège depuis des semaines", {}),
    ("comment faire quand la famille refuse tout le temps les rendez-vous", {}),
    ("entretien", {"publics": ("enfance",)}), ("groupe", {"modes": ("collectif",)}),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="sheets in the synthetic base")
    parser.add_argument("--base", type=Path, help="where the base is (made there if absent)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    base = args.base or Path(f"/tmp/relier-latency-{args.n}")
    if not (base / "practices").is_dir():
        generate(args.n, base)
    corpus = load(base).corpus
    shutil.rmtree(base / "build" / "search", ignore_errors=True)
    clock = time.perf_counter()
    refresh_index(corpus)
    index_s = time.perf_counter() - clock

    judged = [(j["requete"], {}) for j in yaml.safe_load((REPO / "tests" / "search" / "judgements.yml")
                                                           .read_text(encoding="utf-8"))]
    queries = judged + EXTRA_QUERIES
    latencies, cpu = [], []
    with SearchSession(corpus) as session:
        for text, filters in queries:
            session.search(text, filters)
        for _ in range(args.rounds):
            for text, filters in queries:
                start, start_cpu = time.perf_counter(), time.process_time()
                session.search(text, filters)
                latencies.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
    latencies.sort()
    cpu.sort()
    figures = {
        "engine": engine_id(), "sheets": len(corpus.sheets), "queries": len(queries), "rounds": args.rounds,
        "index_full_s": round(index_s, 1), "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 1), "max_ms": round(latencies[-1], 1),
        "cpu_p50_ms": round(statistics.median(cpu), 1), "cpu_p95_ms": round(cpu[int(len(cpu) * 0.95) - 1], 1),
        "python": platform.python_version(), "load_at_end": round(os.getloadavg()[0], 1),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['engine']} : {figures['sheets']} fiches, index complet {figures['index_full_s']} s ; "
              f"{figures['queries']} requêtes × {args.rounds} : p50 {figures['p50_ms']} ms, "
              f"p95 {figures['p95_ms']} ms, max {figures['max_ms']} ms ; temps CPU p50 {figures['cpu_p50_ms']} ms, "
              f"p95 {figures['cpu_p95_ms']} ms (charge {figures['load_at_end']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
