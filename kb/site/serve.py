"""`kb serve`: a live preview that shows what `kb build` would publish. On a change under
practices/, modules/, schemas/ or docs/, the sheets are checked again (only the changed ones are
re-read), the changed pages of build/docs are rewritten, MkDocs renders only those, and they go
through the same sanitiser as `kb build`'s pages (kb/site/clean.py) before any browser sees them.
The Pagefind search bundle is served too, refreshed in the background.

`kb check`'s errors are shown in the browser, above every page (a 404 included: a new sheet with
an error has no page yet): a sheet with errors keeps its last correct version meanwhile."""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from mkdocs.commands.build import _build_page, _populate_page, build  # private, pinned: one page at a time
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.utils import clean_directory

from ..checks.incremental import IncrementalChecker
from ..diagnostics import Diagnostic
from ..errors import KbError
from ..fileio import replace_dir
from ..lock import BuildRunning, project_lock
from ..memo import front_matter_key
from ..model import Sheet
from ..processes import stop_on_sigterm
from ..report import format_text
from .clean import clean_pages, pages_written_since
from .data import SiteData, SiteSettings, prepare
from .engine import NAME, Messages, logger_name
from .generate import DOCS_BUILD, install_theme, sync_docs, write_changed
from .page_memo import CODE
from .sheet_page import sheet_page
from .urls import page_path
from .markup import esc
from .search_bundle import SearchBundle
from .parallel import workers
from .plugins import add_to as add_plugins

WATCHED = ("practices", "annexes", "modules", "schemas", "docs", "mkdocs.yml")
DIRTY_WARNING = "A 'dirty' build is being performed"
BANNER_START, BANNER_END = b"<!--relier:apercu-->", b"<!--/relier:apercu-->"
Say = Callable[[str], None]
SERVER_ERROR_PAGE = ('<!doctype html><html lang="fr"><meta charset="utf-8"><title>Erreur de la prévisualisation'
                     '</title><p>La prévisualisation n\'a pas pu servir cette adresse. Revenez à '
                     '<a href="/">l\'accueil</a> ; si cela se reproduit, arrêtez <code>kb serve</code> '
                     '(Ctrl+C) et relancez-le.</p></html>').encode()
SERVE_LOCK_WAIT_S = 600.0  # a build of a large base takes minutes; the preview waits for it


class Preview:
    """The preview's state: its own site folder, the last correct version of each sheet, and the
    problems to show in the browser."""

    def __init__(self, root: Path, settings: SiteSettings, say: Say) -> None:
        self.root, self.settings, self.say = root, settings, say
        (root / "build").mkdir(exist_ok=True)
        self.site = Path(tempfile.mkdtemp(prefix=".apercu-", dir=root / "build"))
        self.checker = IncrementalChecker(root)
        self.errors: list[Diagnostic] = []
        self.failure = ""  # a build that could not be made (MkDocs, disk…), in French
        self._last_good: dict[str, Sheet] = {}
        self._built = False
        # the last round's site data, what it was made of (every front matter, the other inputs),
        # and the digest of each sheet's file: when only texts changed, only their pages are made
        self._data: SiteData | None = None
        self._made_of: tuple[str, tuple] = ("", ())
        self._texts: dict[str, str] = {}
        self._gathered = _Gathered(None)
        self._messages = _MkDocsMessages()
        search_work = root / "build" / f"{self.site.name}-recherche"
        self.search = _Background("recherche", lambda data: self._swap_in(SearchBundle(data.corpus, search_work).wait(),
                                                                          "pagefind"), say, search_work)
        self.downloads = _Background("documents", self._copy_downloads, say)

    def rebuild(self) -> None:
        """Check, regenerate what changed, render it, clean it. Never raises: a failure is shown
        in the browser and in the terminal, and the next change tries again."""
        clock, first = time.perf_counter(), not self._built
        try:
            with project_lock(self.root, "kb serve", wait=SERVE_LOCK_WAIT_S, waiting=self.say):
                written = self._rebuild()
            self.failure = ""
        except BuildRunning as exc:
            self.say(f"{exc} ; la prévisualisation garde la dernière version.")
            return
        except KbError as exc:
            self.failure = str(exc)
            self.say(f"La prévisualisation n'a pas pu être mise à jour : {exc}")
            return
        if written and not first:
            self.say(f"Mis à jour en {time.perf_counter() - clock:.1f} s ({self.checker.reparsed} fiche(s) relue(s)) : "
                     + ", ".join(written[:5]) + (" …" if len(written) > 5 else ""))

    def _rebuild(self) -> list[str]:
        result, diagnostics = self.checker.refresh()
        self.errors = [d for d in diagnostics if d.is_error]
        if diagnostics:
            self.say(format_text(diagnostics))
        if self.errors:
            self.say(f"{len(self.errors)} erreur(s), affichée(s) aussi dans le navigateur : les fiches concernées "
                     "gardent leur dernière version correcte.")
        corpus = replace(result.corpus, sheets=self._publishable(result.corpus.sheets))
        key, inputs = front_matter_key(corpus, CODE), _inputs(self.root)
        texts_only = self._data is not None and (key, inputs) == self._made_of
        if texts_only:
            data = self._data  # only texts changed: the graph, its analysis and every other page stand
            data.corpus, data.by_id = corpus, corpus.by_id()
            changed = write_changed(self.root / DOCS_BUILD, {
                page_path("fiche", sheet.id): sheet_page(data, sheet) for sheet in corpus.sheets
                if self._texts.get(sheet.id) != sheet.source.content_hash})
        else:
            from ..search import start_similar

            data = prepare(corpus, self.settings, similar=start_similar(corpus, cached=True).wait(),
                           modules=result.modules, cached=True)
            changed = sync_docs(data, downloads=False)  # the modules' documents: in the background
            self._data, self._made_of = data, (key, inputs)
        self._texts = {sheet.id: sheet.source.content_hash for sheet in corpus.sheets}
        if not changed and self._built:
            return []
        self._render(changed, texts_only=texts_only)
        if not self._built or any(rel.startswith("fiches/") for rel in changed):
            self.search.request(data)
        if data.modules and (not self._built or any(rel.startswith(("fiches/", "modules/")) for rel in changed)):
            self.downloads.request(data)
        self._built = True
        return changed

    def _swap_in(self, folder: Path, name: str) -> None:
        staging = self.site / f".{name}.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(folder, staging)
        replace_dir(staging, self.site / name)

    def _copy_downloads(self, data: Any) -> None:
        """The modules' documents (made again only when a module or one of its sheets changed)."""
        from ..export.background import ModuleExports

        for module_id, folder in ModuleExports(data.corpus, data.modules).wait().items():
            target = self.site / "modules" / module_id
            if target.is_dir():
                for path in folder.iterdir():
                    if not path.name.startswith("."):
                        shutil.copy2(path, target / path.name)

    def _publishable(self, sheets: Iterable[Sheet]) -> tuple[Sheet, ...]:
        """The sheets without errors, and the last correct version of those with errors."""
        wrong = {d.file for d in self.errors}
        kept: dict[str, Sheet] = {}
        for sheet in sheets:
            rel = sheet.source.rel_path
            if rel not in wrong:
                kept[rel] = sheet
            elif rel in self._last_good:
                kept[rel] = self._last_good[rel]
        self._last_good = kept
        return tuple(kept.values())

    def _render(self, changed: list[str], texts_only: bool = False) -> None:
        """MkDocs into the preview's folder (only the changed pages once the first build is made),
        then the sanitiser over what it wrote. With `texts_only` (only sheets' texts changed: the
        files, the navigation and the templates are those of the last build), only those pages are
        read and rendered, with what the last build gathered (`_Gathered`): at 10 000 sheets a
        dirty build still reads every file and the navigation, seconds for one page."""
        if texts_only and self._gathered.ready and self._render_pages(changed):
            return
        install_theme(self.root)
        since = time.time_ns() - 2_000_000_000  # coarse file-system clocks: a margin, cleaning twice is harmless
        config = load_config(str(self.root / "mkdocs.yml"), site_dir=str(self.site))
        if not self._built:  # the first build: all pages, shared among the cores
            clean_directory(str(self.site))
        add_plugins(config, 1 if self._built else workers())
        self._gathered = config.plugins["relier-rassemble"] = _Gathered(config)
        with self._messages.listening():
            try:
                build(config, dirty=True)
            except (MkDocsException, OSError) as exc:
                self._gathered = _Gathered(None)
                raise KbError(f"{NAME} n'a pas pu construire la page : {'; '.join(self._messages.lines[-3:]) or exc}") from exc
        for rel in changed:  # pages whose source is gone
            if rel.endswith(".md") and not (self.root / DOCS_BUILD / rel).exists():
                (self.site / (rel[:-3] + ".html")).unlink(missing_ok=True)
        rendered = {self.site / (rel[:-3] + ".html") for rel in changed if rel.endswith(".md")}
        pages = sorted(page for page in rendered if page.is_file()) if self._built else []
        pages = sorted(set(pages) | set(pages_written_since(self.site, since)))
        clean_pages(self.site, [page for page in pages if self._is_page(page)])
        for line in self._messages.take():
            self.say(f"{NAME} : {line}")

    def _render_pages(self, changed: list[str]) -> bool:
        """Read and render these pages of build/docs alone, as MkDocs' build does each page; False
        when one is not a page the last build knew (a full build is then made)."""
        gathered = self._gathered
        assert gathered.files is not None and gathered.config is not None
        pages = []
        for rel in changed:
            file = gathered.files.get_file_from_path(rel) if rel.endswith(".md") else None
            if file is None or file.page is None or not (self.root / DOCS_BUILD / rel).is_file():
                return False
            pages.append(file.page)
        config, files, doc_files = gathered.config, gathered.files, gathered.files.documentation_pages()
        with self._messages.listening():
            try:
                for page in pages:
                    _populate_page(page, config, files)
                    _build_page(page, config, doc_files, gathered.nav, gathered.env)
                    page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
            except (MkDocsException, OSError) as exc:
                self._gathered = _Gathered(None)
                raise KbError(f"{NAME} n'a pas pu construire la page : {'; '.join(self._messages.lines[-3:]) or exc}") from exc
        clean_pages(self.site, [Path(page.file.abs_dest_path) for page in pages])
        for line in self._messages.take():
            self.say(f"{NAME} : {line}")
        return True

    def _is_page(self, page: Path) -> bool:
        """A page MkDocs rendered from build/docs (not a module's exported HTML, copied as it is)."""
        source = page.relative_to(self.site).as_posix()[:-len(".html")] + ".md"
        return (self.root / DOCS_BUILD / source).is_file()

    def banner(self) -> bytes:
        """The problems, as HTML to put at the top of every page; empty when all is well."""
        if not self.errors and not self.failure:
            return b""
        items = "".join(f"<li><code>{esc(d.file)}:{d.line}:{d.column}</code> {esc(d.message)} "
                        f"<small>[{esc(d.code)}]</small></li>" for d in self.errors[:50])
        more = f"<li>… et {len(self.errors) - 50} autre(s) : lancez kb check</li>" if len(self.errors) > 50 else ""
        if self.failure:
            title = "La prévisualisation n'a pas pu être mise à jour"
            items = f"<li>{esc(self.failure)}</li>" + items
        else:
            count = len(self.errors)
            title = (f"kb check : {count} erreur{'s' if count > 1 else ''} — les fiches concernées gardent leur "
                     "dernière version correcte (une nouvelle fiche n'apparaît qu'une fois corrigée)")
        return (BANNER_START + (
            '<aside class="relier-apercu-erreurs" role="alert" style="position:fixed;z-index:10;left:0;right:0;'
            "bottom:0;max-height:45vh;overflow:auto;margin:0;padding:.8rem 1rem;background:#fff4f4;color:#1a1a1a;"
            'border-top:4px solid #b00020;font:15px/1.45 system-ui,sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.2)">'
            f'<p style="margin:0 0 .4rem;font-weight:bold;color:#8a0018">{esc(title)}</p>'
            f'<ul style="margin:0;padding-left:1.2rem">{items}{more}</ul></aside>').encode("utf-8") + BANNER_END)

    def close(self) -> None:
        self.search.stop()
        self.downloads.stop()
        shutil.rmtree(self.site, ignore_errors=True)


class _Background:
    """A job on the latest data, in a background thread: one run at a time, the latest request
    wins (the search bundle, the modules' documents: seconds each, not worth delaying a page)."""

    def __init__(self, what: str, job: Callable[[Any], None], say: Say, work: Path | None = None) -> None:
        self.what, self.job, self.say, self.work = what, job, say, work
        self._wanted: Any = None
        self._stop = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._loop, name=f"relier-apercu-{what}", daemon=True)
        self._thread.start()

    def request(self, data: Any) -> None:
        with self._condition:
            self._wanted = data
            self._condition.notify()

    def _loop(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._wanted is not None or self._stop)
                if self._stop:
                    return
                data, self._wanted = self._wanted, None
            try:
                self.job(data)
            except (KbError, OSError) as exc:
                self.say(f"Prévisualisation : {self.what} non mis à jour ({exc})")

    def stop(self) -> None:
        with self._condition:
            self._stop = True
            self._condition.notify()
        self._thread.join(timeout=5)
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)


class _Gathered(BasePlugin):
    """What a preview build of MkDocs gathered — its configuration, files, navigation and template
    environment — so that the next change to texts alone renders its pages with them."""

    def __init__(self, config: Any) -> None:
        self.config, self.files, self.nav, self.env = config, None, None, None

    @property
    def ready(self) -> bool:
        return None not in (self.config, self.files, self.nav, self.env)

    @event_priority(-100)
    def on_files(self, files: Any, config: Any, **_: object) -> Any:
        self.files = files
        return files

    @event_priority(-100)
    def on_nav(self, nav: Any, config: Any, files: Any, **_: object) -> Any:
        self.nav = nav
        return nav

    @event_priority(-100)
    def on_env(self, env: Any, config: Any, files: Any, **_: object) -> Any:
        self.env = env
        return env


class _MkDocsMessages(Messages):
    """MkDocs' warnings while it builds the preview, without its English notice about « dirty »
    builds (partial builds are what a preview is for) and without its server's request log."""

    def wanted(self, record: logging.LogRecord) -> bool:
        return (not record.getMessage().startswith(DIRTY_WARNING)
                and not record.name.startswith(logger_name("livereload")))

    def take(self) -> list[str]:
        lines, self.lines = self.lines, []
        return lines

    def listening(self) -> "_Listening":
        return _Listening(self)


class _Listening:
    def __init__(self, handler: logging.Handler) -> None:
        self.handler = handler

    def __enter__(self) -> None:
        logger = logging.getLogger(logger_name())
        logger.addHandler(self.handler)
        logger.propagate = False

    def __exit__(self, *exc: object) -> None:
        logging.getLogger(logger_name()).removeHandler(self.handler)


def _with_banner(preview: Preview, server: LiveReloadServer) -> Callable:
    """MkDocs' server as a WSGI application, with the problems shown at the top of every HTML page."""

    def app(environ: dict, start_response: Callable) -> Iterable[bytes]:
        answer: dict[str, Any] = {}
        if "\x00" in environ.get("PATH_INFO", ""):  # no file has it; MkDocs' open() would raise: a 500
            start_response("404 Not Found", [("Content-Type", "text/html; charset=utf-8")])
            return [server.error_handler(404) or b"404"]

        def hold(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable:
            answer["status"], answer["headers"] = status, headers
            return lambda data: None

        body = server.serve_request(environ, hold)
        headers = answer.get("headers", [])
        is_html = any(k.lower() == "content-type" and v.startswith("text/html") for k, v in headers)
        banner = preview.banner() if is_html else b""
        if not banner:
            start_response(answer.get("status", "500 Internal Server Error"), headers)
            return body
        content = b"".join(body)
        if hasattr(body, "close"):
            body.close()
        at = content.rfind(b"</body>")
        content = (content[:at] + banner + content[at:]) if at >= 0 else content + banner
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"] + [("Content-Length", str(len(content)))]
        start_response(answer["status"], headers)
        return [content]

    return app


def _inputs(root: Path) -> tuple:
    """The other inputs of the pages, as file names, sizes and times: hand-written docs, annexes,
    modules, schemas, mkdocs.yml (the sheets' front matter is compared by its digest)."""
    found = []
    for name in WATCHED:
        if name == "practices":
            continue
        path = root / name
        for item in sorted(path.rglob("*")) if path.is_dir() else [path]:
            try:
                stat = item.stat()
            except OSError:
                continue
            found.append((item.relative_to(root).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def serve(root: Path, settings: SiteSettings, host: str, port: int, say: Say) -> None:
    preview = Preview(root, settings, say)
    logging.getLogger(logger_name()).propagate = False  # MkDocs' English log stays out of the terminal
    logging.getLogger(logger_name()).addHandler(logging.NullHandler())
    server = LiveReloadServer(builder=preview.rebuild, host=host, port=port, root=str(preview.site))

    def error_page(code: int) -> bytes | None:
        page = preview.site / f"{code}.html"
        if code == 404 and page.is_file():
            return page.read_bytes()
        return SERVER_ERROR_PAGE if code == 500 else None

    server.error_handler = error_page
    server.set_app(_with_banner(preview, server))
    stop_on_sigterm()  # stopped by a process manager: clean up as on Ctrl+C
    try:
        clock = time.perf_counter()
        preview.rebuild()
        for name in WATCHED:
            if (root / name).exists():
                server.watch(str(root / name))
        say(f"Prévisualisation prête en {time.perf_counter() - clock:.1f} s : http://{host}:{port}/ "
            "— Ctrl+C pour arrêter.")
        try:
            server.serve()
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
    finally:
        preview.close()
