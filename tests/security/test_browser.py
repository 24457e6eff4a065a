"""No payload runs, navigates or asks another host for anything — on the built site, in `kb serve`
and in the exported HTML — checked in Chromium."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import payloads
from conftest import build_without_checks, pages_with_payloads, write_project


def _assert_quiet(reports: list) -> None:
    noisy = [str(report) for report in reports if report.events]
    assert noisy == [], "\n".join(noisy)


@pytest.fixture(scope="module")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    import functools
    import http.server
    import socketserver
    import threading

    root = write_project(_fresh(tmp_path_factory, "built"))
    site = build_without_checks(root)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _fresh(factory: pytest.TempPathFactory, name: str) -> Path:
    root = factory.mktemp(name) / "projet"
    root.mkdir()
    return root


def test_built_site_runs_no_payload(site_server: tuple[Path, str], inspector) -> None:
    site, origin = site_server
    pages = pages_with_payloads(site)
    for sheet_id, _, _ in payloads.SHEETS:  # every hostile sheet is published (the check was skipped)
        assert f"fiches/{sheet_id}/index.html" in pages or (site / f"fiches/{sheet_id}/index.html").is_file()
    assert {"modules/module-test/index.html", "concepts/concept-piege/index.html",
            "concepts/concept-piege-trois/index.html"} <= set(pages)
    extra = ["index.html", "a-propos/index.html", "fiches/index.html", "explorer/index.html", "carte/index.html", "recherche/index.html",
             "recherche/index.html?q=pratique", "glossaire/index.html", "modules/index.html"]
    urls = dict.fromkeys([*pages, *extra, *(f"fiches/{s}/index.html" for s, _, _ in payloads.SHEETS)])
    _assert_quiet([inspector.open(f"{origin}/{page}") for page in urls])


def test_built_pages_print_contributed_text_escaped_in_the_head(site_server: tuple[Path, str]) -> None:
    site, _ = site_server
    page = (site / "fiches" / "resume-meta-refresh" / "index.html").read_text(encoding="utf-8")
    assert ('<meta name="description" content="0;url=https://evil.example/&#34; http-equiv=&#34;refresh">' in page
            or 'content="0;url=https://evil.example/&quot; http-equiv=&quot;refresh"' in page), page[:1500]
    title = (site / "fiches" / "titre-echappe-yaml" / "index.html").read_text(encoding="utf-8")
    assert "<title>Titre &lt;img src=x onerror=alert(101)&gt; - Relier</title>" in title
    assert "<img src=x" not in title


def test_real_kb_build_sanitises_a_hostile_hand_written_page(tmp_path_factory: pytest.TempPathFactory,
                                                            inspector) -> None:
    from kb.cli import run

    root = write_project(_fresh(tmp_path_factory, "docs"), hostile_content=False)
    assert run(["--root", str(root), "build"]) == 0
    site = root / "site"
    import functools
    import http.server
    import socketserver
    import threading

    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler,
                                                                                directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        origin = f"http://127.0.0.1:{httpd.server_address[1]}"
        _assert_quiet([inspector.open(f"{origin}/a-propos/index.html"), inspector.open(f"{origin}/index.html")])
    finally:
        httpd.shutdown()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
    except OSError:
        return 0, ""


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = write_project(_fresh(tmp_path_factory, "serve"))
    port = _free_port()
    kb = Path(sys.executable).parent / "kb"
    proc = subprocess.Popen([str(kb), "serve", "--port", str(port)], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _get(origin + "/index.html")[0] != 200:
            time.sleep(0.5)
        yield root, origin
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        assert "dirty" not in out and "Traceback" not in out, out


def test_kb_serve_runs_no_payload(preview: tuple[Path, str], inspector) -> None:
    root, origin = preview
    status, home = _get(origin + "/index.html")
    assert status == 200 and "relier-apercu-erreurs" in home  # kb check's errors, in the browser
    urls = ["index.html", "a-propos/index.html", "modules/module-test/index.html", "modules/index.html",
            "concepts/concept-piege/index.html", "concepts/concept-piege-deux/index.html", "glossaire/index.html",
            "fiches/index.html", "explorer/index.html", *(f"fiches/{s}/index.html" for s, _, _ in payloads.SHEETS)]
    _assert_quiet([inspector.open(f"{origin}/{url}", wait_ms=400) for url in urls])


def test_kb_serve_shows_check_errors_with_file_and_line_even_on_a_missing_page(preview: tuple[Path, str]) -> None:
    _, origin = preview
    status, page = _get(origin + "/fiches/image-pisteur-markdown/index.html")
    assert status == 404  # a new sheet with errors has no page yet: the banner says why
    assert "<code>practices/image-pisteur-markdown.md:29:6</code> contenu refusé : une image d&#x27;un autre site" in page
    assert "<code>practices/titre-echappe-yaml.md:" in page and "&lt;img src=x onerror=alert(101)&gt;" in page


def test_kb_serve_serves_the_search_bundle(preview: tuple[Path, str]) -> None:
    _, origin = preview
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _get(origin + "/pagefind/pagefind-ui.js")[0] != 200:
        time.sleep(0.5)
    for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"):
        assert _get(f"{origin}/pagefind/{name}")[0] == 200, name


def test_kb_serve_sanitises_the_pages_it_serves(preview: tuple[Path, str]) -> None:
    _, origin = preview
    status, page = _get(origin + "/a-propos/index.html")
    assert status == 200 and "Un paragraphe piégé." in page
    start, end = page.find("<!--relier:apercu-->"), page.find("<!--/relier:apercu-->")
    assert 0 < start < end  # the errors of the hostile sheets, quoted (escaped) in the banner
    page = page[:start] + page[end:]
    assert "ontoggle" not in page and "onmouseover" not in page and "tracker.example" not in page.replace(
        "https://tracker.example/docs.png", "")  # the image's address may stay as text, never as a source
    assert 'src="https://tracker.example' not in page and 'src="//tracker.example' not in page


def test_exported_html_runs_no_payload(tmp_path_factory: pytest.TempPathFactory, inspector) -> None:
    from kb.checks import load_and_check
    from kb.export import export_module

    root = write_project(_fresh(tmp_path_factory, "export"))
    result, _ = load_and_check(root)
    module = next(m for m in result.modules if m.id == "module-test")
    written = export_module(result.corpus, module, ["html"], root / "exports")
    assert len(written) == 3
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert "<title>" in text and "<img src=x onerror" not in text
    _assert_quiet([inspector.open(path.as_uri(), wait_ms=300) for path in written])
