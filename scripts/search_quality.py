#!/usr/bin/env python3
"""Search quality on the judged queries, for `kb search` and for the site's search run in Chromium:
graded nDCG@10, recall@5 and MRR per category, the share of off-topic queries answered « nothing
good », and the answerable queries left empty.

    .venv/bin/python scripts/search_quality.py [--root DIR] [--judgements FILE] [--site DIR | --no-site]
                                               [--json] [--per-query]

The site's search is the built site/ (run `kb build` first), served on 127.0.0.1, and queried by the
very function its pages use (window.relierRecherche.search in kb/site/assets/recherche.js)."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import socketserver
import sys
import threading
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kb.loader import load  # noqa: E402
from kb.search.quality import CATEGORIES, OFF_TOPIC, SITE_SEARCH_JS, Judgement, QueryScore, evaluate, kb_ranker, load_judgements, \
    summarise  # noqa: E402

CHROMIUM = Path(os.environ.get("RELIER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def site_scores(site: Path, judgements: list[Judgement]) -> list[QueryScore]:
    """Every judged query through the site's own search function, in Chromium."""
    from playwright.sync_api import sync_playwright

    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/recherche/index.html")
            page.wait_for_function("window.relierRecherche !== undefined")
            answers = page.evaluate(SITE_SEARCH_JS, [j.query for j in judgements])
            browser.close()
    finally:
        httpd.shutdown()
    by_query = {j.query: answer for j, answer in zip(judgements, answers)}
    return evaluate(lambda text: (by_query[text][0], by_query[text][1]), judgements)


def report(name: str, scores: list[QueryScore], per_query: bool) -> None:
    summary = summarise(scores)
    print(f"\n## {name}")
    if per_query:
        for s in sorted(scores, key=lambda s: (s.category, s.ndcg10)):
            flag = " RIEN" if s.nothing_good else ""
            print(f"  {s.category[:10]:10} {s.ndcg10:4.2f} {s.recall5:4.2f}{flag:5} {s.query[:50]:50} {', '.join(s.top[:3])}")
    print(f"{'catégorie':22} {'requêtes':>8} {'nDCG@10':>8} {'rappel@5':>9} {'MRR':>6}")
    for category in ("tout", *[c for c in CATEGORIES if c != OFF_TOPIC]):
        s = summary.get(category)
        if s is not None:
            print(f"{category:22} {s.queries:8d} {s.ndcg10:8.3f} {s.recall5:9.3f} {s.mrr:6.3f}")
    print(f"hors sujet répondus « rien de pertinent » : {summary['hors_sujet_rien']:.0%}")
    print(f"requêtes répondables sans aucun résultat : {len(summary['repondables_vides'])} "
          f"{summary['repondables_vides'][:5]}")
    print(f"requêtes répondables dites « rien de pertinent » : {len(summary['repondables_rien'])} "
          f"{summary['repondables_rien'][:8]}")


def as_json(scores: list[QueryScore]) -> dict:
    summary = summarise(scores)
    return {key: asdict(value) if hasattr(value, "__dataclass_fields__") else value for key, value in summary.items()} | {
        "par_requete": [asdict(s) for s in scores]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--judgements", type=Path, default=REPO / "tests" / "search" / "judgements.yml")
    parser.add_argument("--site", type=Path, help="the built site (default: ROOT/site)")
    parser.add_argument("--no-site", action="store_true", help="measure kb search only")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--per-query", action="store_true", help="every query's scores and first sheets")
    args = parser.parse_args()
    judgements = load_judgements(args.judgements)
    rank, close = kb_ranker(load(args.root).corpus)
    try:
        results = {"kb search": evaluate(rank, judgements)}
    finally:
        close()
    if not args.no_site:
        site = args.site or args.root / "site"
        if not (site / "pagefind" / "pagefind.js").is_file():
            print(f"{site} n'a pas d'index Pagefind : lancez kb build d'abord (ou --no-site)", file=sys.stderr)
            return 2
        results["site"] = site_scores(site, judgements)
    if args.json:
        print(json.dumps({name: as_json(scores) for name, scores in results.items()}, ensure_ascii=False, indent=2))
    else:
        for name, scores in results.items():
            report(name, scores, args.per_query)
    return 0


if __name__ == "__main__":
    sys.exit(main())
