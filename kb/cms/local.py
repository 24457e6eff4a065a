"""`kb admin`: the web editor on one's own machine. Decap CMS's local backend (decap-server, from
node_modules, on 127.0.0.1) writes what is saved straight into practices/ and modules/; this
process serves /admin/ on 127.0.0.1 beside it. Nothing leaves the machine."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import KbError
from ..processes import die_with_parent, stop_on_sigterm
from .admin import write_admin

DECAP_SERVER = Path("node_modules") / "decap-server" / "dist" / "index.js"
LOCAL_DIR = Path("build") / "admin-local"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".yml": "text/yaml",
                      ".wasm": "application/wasm", ".js": "text/javascript"}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path in ("/", "/index.html"):
            self.send_response(302)
            self.send_header("Location", "/admin/")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


class LocalEditor:
    """decap-server and the /admin/ pages, both on 127.0.0.1; `url` once started."""

    def __init__(self, root: Path, port: int = 0) -> None:
        self.root = root.resolve()
        self.port = port
        self.url = ""
        self._node: subprocess.Popen[bytes] | None = None
        self._httpd: http.server.ThreadingHTTPServer | None = None

    def __enter__(self) -> LocalEditor:
        node = shutil.which("node")
        if node is None:
            raise KbError("Node.js est introuvable : installez-le (paquet Debian « nodejs ») pour l'éditeur local")
        server = self.root / DECAP_SERVER
        if not server.is_file():
            raise KbError(f"{DECAP_SERVER.as_posix()} est introuvable : installez les dépendances JavaScript "
                          "avec « npm ci »")
        try:
            self._httpd = http.server.ThreadingHTTPServer(
                (HOST, self.port), functools.partial(_Handler, directory=str(self.root / LOCAL_DIR)))
        except OSError as exc:
            raise KbError(f"le port {self.port} est déjà pris ({exc.strerror}) : essayez kb admin --port 8010") from None
        self._httpd.daemon_threads = True
        self.url = f"http://{HOST}:{self._httpd.server_address[1]}"
        api_port = _free_port()
        write_admin(self.root, self.root / LOCAL_DIR / "admin", local_backend=f"http://{HOST}:{api_port}/api/v1")
        env = {**os.environ, "PORT": str(api_port), "BIND_HOST": HOST, "MODE": "fs", "LOG_LEVEL": "warn",
               "GIT_REPO_DIRECTORY": str(self.root), "ORIGIN": self.url}
        this = os.getpid()
        # killed with kb admin, however it ends (a red team found it left listening after « kill »:
        # its API reads and writes any file of the project)
        self._node = subprocess.Popen([node, str(server)], env=env, cwd=self.root, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, preexec_fn=lambda: die_with_parent(this))
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection((HOST, api_port), timeout=1).close()
                break
            except OSError:
                if self._node.poll() is not None or time.monotonic() > deadline:
                    detail = self._node.stderr.read().decode(errors="replace")[-500:] if self._node.stderr else ""
                    self.__exit__(None, None, None)
                    raise KbError(f"decap-server n'a pas démarré : {detail or 'délai dépassé'}") from None
                time.sleep(0.2)
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._node is not None and self._node.poll() is None:
            self._node.terminate()
            try:
                self._node.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._node.kill()


def serve_admin(root: Path, port: int, say: Callable[[str], None]) -> None:
    stop_on_sigterm()  # stopped by a process manager: decap-server stopped too
    with LocalEditor(root, port) as editor:
        say(f"Éditeur de fiches : {editor.url}/admin/ — ce que vous enregistrez s'écrit dans practices/. "
            "Vérifiez ensuite avec « kb check ». Ctrl+C pour arrêter.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            say("Éditeur arrêté.")
