#!/usr/bin/env python3
"""Measure Relier against its budgets (DESIGN.md, issue « Scale »), for each corpus size.

    .venv/bin/python scripts/bench.py [--n 1000 10000] [--json FILE] [--keep DIR] [--build-only]

For each N: a synthetic corpus (scripts/gen_corpus.py), then `kb check`; graph and report; a full
Whoosh index build; one edited sheet -> `kb check FILE` + `kb search`; warm search latency (p50,
p95) over the judged queries. Then the build, in the same run: `kb build` cold against a bare
MkDocs Material site of the sheets' own Markdown (copied into bare-docs/ with a one-line home
page, sheets outside the nav, `search: {lang: fr}`, Material in French), as a ratio; `kb build`
after one more edited sheet against the bare site built again after the same edit; `kb build`
with nothing changed; the peak memory of each build's whole process tree (sampled from /proc,
in a build of its own: sampling slows what it samples, see `run`), its CPU time (with its
children's) and the time of each of its steps; and, as a second, labelled
figure, MkDocs Material over Relier's own generated tree (build/docs). Then `kb serve`: the time
to serve its first page, and from an edited sheet to its page served up to date.
Last, the bytes a browser downloads to open the home page and get results for a first search
(Chromium, through Playwright).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import platform
import re
import resource
import signal
import shutil
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
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
BUDGETS = {"check_s": 5.0, "edit_check_search_s": 2.0, "search_p95_ms": 50.0, "build_ratio": 1.5,
           "build_edit_s": 10.0, "serve_edit_s": 2.0, "build_peak_mb": 1536, "first_search_bytes": 3_000_000}
SAMPLE_S = 0.05


class Peak:
    """The peak memory of a process and all its descendants, sampled from /proc while it runs:
    the sum of their proportional set sizes (Pss: a page shared by a forked child counts once),
    and each process's own high-water mark (VmHWM). Not getrusage: Linux carries ru_maxrss over
    fork and exec, so a child started by a large parent inherits the parent's peak."""

    def __init__(self, pid: int) -> None:
        self.pid, self.tree_kb, self.single_kb = pid, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in _descendants(self.pid):
                fields = _proc_fields(pid, "smaps_rollup", ("Pss:",)) | _proc_fields(pid, "status", ("VmHWM:",))
                total += fields.get("Pss:", 0)
                self.single_kb = max(self.single_kb, fields.get("VmHWM:", 0))
            self.tree_kb = max(self.tree_kb, total)
            self._stop.wait(SAMPLE_S)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat[stat.rfind(")") + 2:].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def _proc_fields(pid: int, name: str, keys: tuple[str, ...]) -> dict[str, int]:
    try:
        lines = Path(f"/proc/{pid}/{name}").read_text().splitlines()
    except OSError:
        return {}
    return {line.split()[0]: int(line.split()[1]) for line in lines if line.startswith(keys)}


LAST: dict[str, object] = {}  # the last command's CPU time (s) and what it said on stderr


def run(command: list[str], cwd: Path, sample: bool = True) -> tuple[float, int]:
    """Wall time (s) and peak memory (MB, the whole process tree; 0 unless `sample`) of one
    command; its CPU time (its own and its children's, user + system) and its stderr in LAST. CPU
    time says what the work costs whatever else the machine is doing; wall time is what a user
    waits. Sampling the memory disturbs what it measures: reading a process's smaps_rollup walks
    its page tables under its memory lock (24 ms for a 1.3 GB process), so at 10 000 sheets the
    sampler takes most of a core from `kb build`'s processes on a two-core machine, and hardly
    anything from a one-process build. Builds whose time is compared are run unsampled."""
    os.sync()  # what an earlier step wrote (10 000 sheets just generated) is not flushed during this one
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = Peak(proc.pid) if sample else None
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    if peak is not None:
        peak.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST["cpu_s"] = round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1)
    LAST["stderr"] = stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}: {stderr.decode()[-2000:]}")
    return elapsed, max(peak.tree_kb, peak.single_kb) // 1024 if peak is not None else 0


PHASES = {"Vérifié": "phase_check_s", "Graphe": "phase_graph_s", "Généré": "phase_generate_s",
          "Publié": "phase_publish_s"}


def phases(stderr: str) -> dict[str, float]:
    """The time of each step `kb build` reports (« … en 12.3 s »)."""
    found = {}
    for line in stderr.splitlines():
        head = line.split(" : ", 1)[0]
        match = re.search(r" en ([0-9.]+) s$", line.strip())
        if head in PHASES and match:
            found[PHASES[head]] = float(match.group(1))
    return found


def serve_edit_seconds(root: Path, sheet: Path, word: str) -> tuple[float, float]:
    """`kb serve`: seconds until the sheet's page is served, then from an edit of the sheet until
    the page served shows it."""
    with socketserver.TCPServer(("127.0.0.1", 0), None) as probe:
        port = probe.server_address[1]
    proc = subprocess.Popen([KB, "serve", "--port", str(port)], cwd=root, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/fiches/{sheet.stem}/index.html"

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8", "replace")
        except OSError:
            return ""

    try:
        start = time.perf_counter()
        while "<html" not in page():
            if proc.poll() is not None or time.perf_counter() - start > 1800:
                raise SystemExit(f"kb serve did not serve {url}: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
        first = time.perf_counter() - start
        time.sleep(2)
        edit(sheet, word)
        start = time.perf_counter()
        while word not in page():
            if time.perf_counter() - start > 300:
                raise SystemExit(f"kb serve did not show the edited sheet {sheet.stem} within 300 s")
            time.sleep(0.05)
        return first, time.perf_counter() - start
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def bare_project(root: Path) -> Path:
    """What a user would otherwise pick: MkDocs Material over the sheets' own Markdown (copied into
    bare-docs/, sheets outside the nav, a one-line home page), with its French search."""
    docs = root / "bare-docs"
    shutil.rmtree(docs, ignore_errors=True)
    for sheet in sorted((root / "practices").rglob("*.md")):
        target = docs / sheet.relative_to(root / "practices")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(sheet, target)
    (docs / "index.md").write_text("# Fiches\n\nLes fiches pratiques.\n", encoding="utf-8")
    config = root / "mkdocs-bare.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Fiches (MkDocs nu)", "docs_dir": "bare-docs", "site_dir": "bare-site",
        "theme": {"name": "material", "language": "fr"}, "plugins": [{"search": {"lang": "fr"}}],
        "nav": [{"Accueil": "index.md"}], "validation": {"nav": {"omitted_files": "ignore"},
                                                       "links": {"unrecognized_links": "ignore"}},
    }, allow_unicode=True), encoding="utf-8")
    return config


def generated_config(root: Path) -> Path:
    """The second, labelled figure: MkDocs Material over Relier's own generated tree (build/docs)."""
    config = root / "mkdocs-generated.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Relier (arbre généré)", "docs_dir": "build/docs", "site_dir": "generated-site",
        "theme": {"name": "material", "language": "fr"},
        "plugins": [{"search": {"lang": "fr"}}],
        "nav": [{"Accueil": "index.md"}], "validation": {"nav": {"omitted_files": "ignore"},
                                                       "links": {"unrecognized_links": "ignore"}},
        "markdown_extensions": ["tables", "attr_list", "md_in_html", "admonition"],
    }, allow_unicode=True), encoding="utf-8")
    return config


def edit(path: Path, word: str) -> None:
    """One edited sheet: a sentence added to its first section."""
    text = path.read_text("utf-8")
    assert "## Contexte\n" in text, path
    path.write_text(text.replace("## Contexte\n", f"## Contexte\n\nMot {word}.\n", 1), "utf-8")


def _transferred(response) -> int:  # type: ignore[no-untyped-def]
    """The bytes that came over the network: a file the browser already holds (the theme's CSS and
    JavaScript again on the search page) is taken from its cache, not downloaded."""
    try:
        return max(response.request.sizes()["responseBodySize"], 0)
    except Exception:  # noqa: BLE001 - a redirect has no body
        return 0


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
            responses: list = []
            page.on("response", lambda response: responses.append(response))
            page.goto(origin + "/")
            page.wait_for_load_state("networkidle")
            if bare:
                page.click("input.md-search__input")
                page.fill("input.md-search__input", query)
                # Material's worker answers only the input it receives once its index is loaded
                # (seconds for lunr's 7 to 70 MB): the query is typed again until it answers
                deadline = time.monotonic() + 180
                while page.query_selector(".md-search-result__item") is None:
                    assert time.monotonic() < deadline, "Material's search never answered"
                    page.keyboard.press("Space")
                    page.keyboard.press("Backspace")
                    page.wait_for_timeout(1000)
            else:
                page.fill("#relier-q", query)
                page.press("#relier-q", "Enter")
                page.wait_for_selector("[data-relier-resultats] h2 a", timeout=60_000)
            page.wait_for_load_state("networkidle")
            total = sum(map(_transferred, responses))
            browser.close()
    finally:
        server.shutdown()
    return total


def bench(n: int, workdir: Path, build_only: bool = False) -> dict[str, object]:
    root = workdir / f"corpus-{n}"
    figures: dict[str, object] = {"n": n}
    clock = time.perf_counter()
    generate(n, root)
    figures["generate_s"] = round(time.perf_counter() - clock, 1)

    sheets = sorted((root / "practices").rglob("*.md"))
    if not build_only:
        figures["check_s"], figures["check_peak_mb"] = (lambda t, m: (round(t, 2), m))(*run([KB, "check"], root))

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

        edited = sheets[0]
        edit(edited, "zorglubien")
        check_time, _ = run([KB, "check", str(edited)], root)
        search_time, _ = run([KB, "search", "zorglubien"], root)
        figures["edit_check_search_s"] = round(check_time + search_time, 2)

    # The build, cold and after one edited sheet, each beside the bare MkDocs site of the same
    # sheets, one right after the other (a busy machine slows both alike).
    # first a cold build for its memory alone (sampled), then the cold build that is timed (not)
    for sampled in (True, False):
        shutil.rmtree(root / "build", ignore_errors=True)
        shutil.rmtree(root / "site", ignore_errors=True)
        build_time, peak = run([KB, "build"], root, sample=sampled)
        if sampled:
            figures["build_peak_mb"] = peak
            figures["build_cold_sampled_s"] = round(build_time, 1)
    figures["build_cold_s"] = round(build_time, 1)
    figures["build_cold_cpu_s"] = LAST["cpu_s"]
    figures.update(phases(str(LAST["stderr"])))
    bare = bare_project(root)
    bare_time, _ = run([MKDOCS, "build", "-q", "-f", str(bare)], root, sample=False)
    figures["bare_mkdocs_s"] = round(bare_time, 1)
    figures["bare_cpu_s"] = LAST["cpu_s"]
    figures["build_ratio"] = round(build_time / bare_time, 2)

    second = sheets[len(sheets) // 2]
    edit(second, "bouclier")
    edit_time, _ = run([KB, "build"], root, sample=False)
    figures["build_edit_s"] = round(edit_time, 1)
    figures["build_edit_cpu_s"] = LAST["cpu_s"]
    edit(root / "bare-docs" / second.relative_to(root / "practices"), "bouclier")
    bare_edit_time, figures["bare_peak_mb"] = run([MKDOCS, "build", "-q", "-f", str(bare)], root)  # sampled
    figures["bare_mkdocs_edit_s"] = round(bare_edit_time, 1)
    figures["build_edit_ratio"] = round(edit_time / bare_edit_time, 2)
    third = sheets[len(sheets) // 4]  # the edited-sheet build's memory, from another edit (sampled)
    edit(third, "tonnelle")
    _, figures["build_edit_peak_mb"] = run([KB, "build"], root)
    figures["build_peak_mb"] = max(figures["build_peak_mb"], figures["build_edit_peak_mb"])
    if "bouclier" not in (root / "site" / "fiches" / second.stem / "index.html").read_text("utf-8"):
        raise SystemExit(f"kb build after an edit: {second.stem} does not show the change")

    noop_time, _ = run([KB, "build"], root)
    figures["build_noop_s"] = round(noop_time, 1)
    generated_time, _ = run([MKDOCS, "build", "-q", "-f", str(generated_config(root))], root)
    figures["generated_mkdocs_s"] = round(generated_time, 1)
    figures["build_ratio_generated"] = round(build_time / generated_time, 2)
    figures["serve_first_s"], serve_edit = serve_edit_seconds(root, sheets[len(sheets) // 3], "parapluie")
    figures["serve_edit_s"] = round(serve_edit, 2)
    figures["serve_first_s"] = round(figures["serve_first_s"], 1)

    if not build_only:
        figures["first_search_bytes"] = first_search_bytes(root / "site", "accompagnement", bare=False)
        figures["bare_first_search_bytes"] = first_search_bytes(root / "bare-site", "accompagnement", bare=True)
    figures["load_after"] = round(os.getloadavg()[0], 1)
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
    ("build_cold_cpu_s", "kb build à froid : temps CPU, processus et enfants (s)", None),
    ("build_cold_sampled_s", "kb build à froid pendant la mesure de sa mémoire (s)", None),
    ("phase_check_s", "  dont kb check (s)", None),
    ("phase_graph_s", "  dont graphe, analyse, fiches similaires (s)", None),
    ("phase_generate_s", "  dont génération de build/docs (s)", None),
    ("phase_publish_s", "  dont MkDocs, nettoyage, Pagefind, publication (s)", None),
    ("bare_mkdocs_s", "MkDocs Material nu sur le Markdown des fiches, à froid (s)", None),
    ("bare_cpu_s", "MkDocs nu : temps CPU (s)", None),
    ("build_ratio", "rapport kb build à froid / MkDocs nu", "build_ratio"),
    ("build_edit_s", "kb build après une fiche modifiée (s)", "build_edit_s"),
    ("build_edit_cpu_s", "kb build après une fiche modifiée : temps CPU (s)", None),
    ("bare_mkdocs_edit_s", "MkDocs nu après la même fiche modifiée (s)", None),
    ("build_edit_ratio", "rapport kb build / MkDocs nu, après une fiche modifiée", None),
    ("build_noop_s", "kb build sans modification (s)", None),
    ("build_peak_mb", "kb build : mémoire max, processus et enfants (Mo)", "build_peak_mb"),
    ("bare_peak_mb", "MkDocs nu : mémoire max (Mo)", None),
    ("generated_mkdocs_s", "2e repère — MkDocs Material sur l'arbre généré build/docs (s)", None),
    ("build_ratio_generated", "2e repère — rapport kb build à froid / MkDocs sur build/docs", None),
    ("serve_first_s", "kb serve : première page servie (s)", None),
    ("serve_edit_s", "kb serve : fiche modifiée → page à jour (s)", "serve_edit_s"),
    ("first_search_bytes", "accueil + 1re recherche : octets téléchargés", "first_search_bytes"),
    ("bare_first_search_bytes", "idem, site MkDocs nu (lunr)", None),
    ("load_after", "charge de la machine à la fin (loadavg 1 min)", None),
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
            cells.append(f"{value:,}{ok}".replace(",", " ") if isinstance(value, (int, float)) else "—" if value is None else str(value))
        lines.append(f"| {label} | {' | '.join(cells)} | {'' if budget is None else f'≤ {budget:,}'.replace(',', ' ')} |")
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "processeur inconnu"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep the corpora")
    parser.add_argument("--build-only", action="store_true",
                        help="only the build figures (kb build, bare MkDocs, memory): no check, index, search or browser")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="relier-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    machine = (f"{_cpu_model()}, {platform.machine()}, {os.cpu_count()} cœurs, Python {platform.python_version()}, "
               f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, charge au départ {os.getloadavg()[0]:.1f}")
    results = []
    try:
        for n in args.n:
            print(f"… {n} fiches", file=sys.stderr)
            results.append(bench(n, workdir, args.build_only))
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
