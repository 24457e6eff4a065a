#!/usr/bin/env python3
"""Report the search quality on the judged queries: nDCG@10 and recall@5, per query and on average.

    .venv/bin/python scripts/search_quality.py [--root DIR] [--judgements FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from kb.loader import load
from kb.search.quality import evaluate, load_judgements

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--judgements", type=Path, default=REPO / "tests" / "search" / "judgements.yml")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    scores = evaluate(load(args.root).corpus, load_judgements(args.judgements))
    mean_ndcg = statistics.fmean(s.ndcg10 for s in scores)
    mean_recall = statistics.fmean(s.recall5 for s in scores)
    if args.json:
        print(json.dumps({"queries": len(scores), "ndcg@10": round(mean_ndcg, 4), "recall@5": round(mean_recall, 4),
                          "per_query": [s.__dict__ for s in scores]}, ensure_ascii=False, indent=2))
    else:
        for s in sorted(scores, key=lambda s: s.ndcg10):
            print(f"{s.ndcg10:5.2f}  {s.recall5:4.2f}  {s.query:45}  {', '.join(s.top[:3])}")
        print(f"\n{len(scores)} requêtes — nDCG@10 moyen : {mean_ndcg:.3f} — rappel@5 moyen : {mean_recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
