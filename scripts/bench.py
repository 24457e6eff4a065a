#!/usr/bin/env python3
"""Measure Relier against its budgets (DESIGN.md, issue « Scale »), for each corpus size.

    .venv/bin/python scripts/bench.py [--n 1000 10000] [--json FILE] [--keep DIR]

For each N: a synthetic corpus (scripts/gen_corpus.py), then `kb check`; graph and report; a full
Whoosh index build; one edited sheet -> `kb check FILE` + `kb search`; warm search latency (p50,
p95) over the judged queries; a cold `kb build` against a bare MkDocs Material build of the same
Markdown (sheets outside the nav, French search), as a ratio; peak memory; and the bytes a browser
downloads to open the home page and get results for a first search (Chromium, through Playwright).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import platform
import shutil
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from gen_corpus import generate  # noqa: E402

from kb.graph import analyse, build_graph  # noqa: E402
from kb.loader import load  # noqa: E402
from kb.search import SearchSession, refresh_index  # noqa: E402

KB = str(Path(sys.executable).parent / "kb")
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
BUDGETS = {"check_s": 5.0, "edit_check_search_s": 2.0, "search_p95_ms": 50.0, "build_ratio": 1.25,
           "first_search_bytes": 3_000_000}


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time (s) and peak memory (KB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}: {proc.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss


def bare_config(root: Path) -> Path:
    config = root / "mkdocs-bare.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Relier (bare)", "docs_dir": "build/docs", "site_dir": "bare-site",
        "theme": {"name": "material", "language": "fr"},
        "plugins": [{"search": {"lang": "fr", "pipeline": ["stemmer", "stopWordFilter", "trimmer"]}}],
        "nav": [{"Accueil": "index.md"}], "validation": {"nav": {"omitted_files": "ignore"}},
        "markdown_extensions": ["tables", "attr_list", "md_in_html", "admonition"],
    }, allow_unicode=True), encoding="utf-8")
    return config


def first_search_bytes(site: Path, query: str, bare: bool) -> int:
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    total = 0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            sizes: list[int] = []

            def count(response: object) -> None:
                try:
                    sizes.append(len(response.body()))  # type: ignore[attr-defined]
                except Exception:  # noqa: BLE001 - redirects have no body
                    pass

            page.on("response", count)
            page.goto(origin + "/")
            page.wait_for_load_state("networkidle")
            if bare:
                page.click("input.md-search__input")
                page.fill("input.md-search__input", query)
                page.wait_for_selector(".md-search-result__item", timeout=120_000)
            else:
                page.fill("#relier-q", query)
                page.press("#relier-q", "Enter")
                page.wait_for_selector("[data-relier-resultats] h2 a", timeout=60_000)
            page.wait_for_load_state("networkidle")
            total = sum(sizes)
            browser.close()
    finally:
        server.shutdown()
    return total


def bench(n: int, workdir: Path) -> dict[str, object]:
    root = workdir / f"corpus-{n}"
    figures: dict[str, object] = {"n": n}
    clock = time.perf_counter()
    generate(n, root)
    figures["generate_s"] = round(time.perf_counter() - clock, 1)

    figures["check_s"], figures["check_peak_mb"] = (lambda t, m: (round(t, 2), m // 1024))(*run([KB, "check"], root))

    corpus = load(root).corpus
    clock = time.perf_counter()
    graph = build_graph(corpus)
    figures["graph_s"] = round(time.perf_counter() - clock, 2)
    clock = time.perf_counter()
    analyse(graph, corpus)
    figures["report_s"] = round(time.perf_counter() - clock, 2)

    shutil.rmtree(root / "build" / "search", ignore_errors=True)
    clock = time.perf_counter()
    refresh_index(corpus)
    figures["index_full_s"] = round(time.perf_counter() - clock, 1)

    queries = [j["requete"] for j in yaml.safe_load((REPO / "tests" / "search" / "judgements.yml").read_text("utf-8"))]
    with SearchSession(corpus) as session:
        for query in queries:
            session.search(query)
        latencies = []
        for query in queries * 3:
            start = time.perf_counter()
            session.search(query)
            latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    figures["search_p50_ms"] = round(statistics.median(latencies), 1)
    figures["search_p95_ms"] = round(latencies[int(len(latencies) * 0.95) - 1], 1)

    edited = next((root / "practices").rglob("*.md"))
    edited.write_text(edited.read_text("utf-8").replace("## Contexte\n", "## Contexte\n\nMot zorglubien.\n", 1), "utf-8")
    check_time, _ = run([KB, "check", str(edited)], root)
    search_time, _ = run([KB, "search", "zorglubien"], root)
    figures["edit_check_search_s"] = round(check_time + search_time, 2)

    shutil.rmtree(root / "build", ignore_errors=True)
    build_time, build_peak = run([KB, "build"], root)
    figures["build_cold_s"], figures["build_peak_mb"] = round(build_time, 1), build_peak // 1024
    warm_time, _ = run([KB, "build"], root)
    figures["build_warm_s"] = round(warm_time, 1)
    bare_time, _ = run([MKDOCS, "build", "-q", "-f", str(bare_config(root))], root)
    figures["bare_mkdocs_s"] = round(bare_time, 1)
    figures["build_ratio"] = round(build_time / bare_time, 2)
    figures["build_ratio_warm"] = round(warm_time / bare_time, 2)

    figures["first_search_bytes"] = first_search_bytes(root / "site", "accompagnement", bare=False)
    figures["bare_first_search_bytes"] = first_search_bytes(root / "bare-site", "accompagnement", bare=True)
    return figures


ROWS = [
    ("generate_s", "génération du corpus (s)", None),
    ("check_s", "kb check (s)", "check_s"),
    ("check_peak_mb", "kb check : mémoire max (Mo)", None),
    ("graph_s", "graphe (s)", None),
    ("report_s", "rapport systémique (s)", None),
    ("index_full_s", "index Whoosh complet (s)", None),
    ("edit_check_search_s", "fiche modifiée → kb check + kb search (s)", "edit_check_search_s"),
    ("search_p50_ms", "recherche p50, à chaud (ms)", None),
    ("search_p95_ms", "recherche p95, à chaud (ms)", "search_p95_ms"),
    ("build_cold_s", "kb build à froid (s)", None),
    ("build_warm_s", "kb build à chaud (s)", None),
    ("bare_mkdocs_s", "MkDocs Material nu, même Markdown (s)", None),
    ("build_ratio", "rapport kb build froid / MkDocs nu", "build_ratio"),
    ("build_ratio_warm", "rapport kb build chaud / MkDocs nu", "build_ratio"),
    ("build_peak_mb", "kb build : mémoire max (Mo)", None),
    ("first_search_bytes", "accueil + 1re recherche : octets téléchargés", "first_search_bytes"),
    ("bare_first_search_bytes", "idem, site MkDocs nu (lunr)", None),
]


def table(results: list[dict[str, object]]) -> str:
    sizes = [r["n"] for r in results]
    lines = [f"| mesure | {' | '.join(f'{n} fiches' for n in sizes)} | budget |", "|---|" + "---|" * (len(sizes) + 1)]
    for key, label, budget_key in ROWS:
        budget = BUDGETS.get(budget_key) if budget_key else None
        cells = []
        for result in results:
            value = result.get(key)
            ok = "" if budget is None or value is None else (" ✓" if value <= budget else " ✗")
            cells.append(f"{value:,}{ok}".replace(",", " ") if isinstance(value, (int, float)) else str(value))
        lines.append(f"| {label} | {' | '.join(cells)} | {'' if budget is None else f'≤ {budget:,}'.replace(',', ' ')} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep the corpora")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="relier-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cœurs, Python {platform.python_version()}"
    results = []
    try:
        for n in args.n:
            print(f"… {n} fiches", file=sys.stderr)
            results.append(bench(n, workdir))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"Machine : {machine}\n")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "results": results}, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
