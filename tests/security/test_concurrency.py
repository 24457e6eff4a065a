"""Builds that cannot collide, proved with real processes: the real `kb` command started twice at
once on a small project, beside `kb search`, watched while it swaps the site, and killed (SIGKILL,
the main process only, as the kernel's out-of-memory killer or `kill -9` would) while it publishes.

Whatever happens, each command ends with exit 0 or the French « une autre construction est en
cours » (never 3, never a traceback), `site/` is complete at every instant, and the next build
runs: the lock dies with the killed build and its helpers."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from support import FIXTURES, sheet_text

KB = [str(Path(sys.executable).with_name("kb"))]  # the console script a user types
REFUSED = "kb : une autre construction est en cours ("
# Everything `kb build` and `kb search` may say on stderr here; any other line (English, a
# traceback, « erreur interne ») fails the test.
SAID = ("Vérifié : ", "Graphe : ", "Généré : ", "Publié : ", "Index de recherche (kb search) : ",
        "fiche(s) trouvée(s)", REFUSED)


def start(root: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "KB_DEBUG"}
    return subprocess.Popen([*KB, "--root", str(root), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=root, env=env)


def finish(process: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def kb(root: Path, *args: str) -> tuple[int, str, str]:
    return finish(start(root, *args))


def assert_ended_cleanly(code: int, err: str) -> None:
    """Exit 0, or 1 with the French refusal; nothing else on stderr."""
    assert code in (0, 1), (code, err)
    if code == 1:
        assert REFUSED in err and "attendez qu'elle se termine" in err, err
    unexpected = [line for line in err.splitlines() if not any(line.startswith(s) or s in line for s in SAID)]
    assert not unexpected, err


def site_problems(root: Path) -> list[str]:
    """What a reader would miss in site/: the home page, the search bundle, a page per sheet."""
    site = root / "site"
    wanted = [site / "index.html", site / "pagefind" / "pagefind-ui.js"]
    wanted += [site / "fiches" / p.stem / "index.html" for p in (root / "practices").glob("*.md")]
    return [str(p.relative_to(root)) for p in wanted if not p.is_file()]


def built(root: Path) -> None:
    code, _, err = kb(root, "build")
    assert code == 0, err
    assert site_problems(root) == []


def test_two_builds_at_once_one_builds_the_other_is_told_in_french(project: Path) -> None:
    refusals = 0
    for _ in range(2):
        first, second = start(project, "build"), start(project, "build")
        results = [finish(first), finish(second)]
        for code, _, err in results:
            assert_ended_cleanly(code, err)
        codes = sorted(code for code, _, _ in results)
        assert codes[0] == 0, results  # one of them built
        refusals += codes[1] == 1
        assert site_problems(project) == []
    assert refusals >= 1  # the two really met: started together, a build lasts seconds
    assert not list((project / "build").glob(".*.tmp")), list((project / "build").iterdir())


def test_build_and_search_at_once_after_the_index_was_removed(project: Path) -> None:
    built(project)
    for _ in range(2):
        # kb search makes a new index while kb build runs (which refreshes an index, never makes the first)
        shutil.rmtree(project / "build" / "search", ignore_errors=True)
        build, search = start(project, "build"), start(project, "search", "accueil")
        (build_code, _, build_err), (search_code, search_out, search_err) = finish(build), finish(search)

        assert_ended_cleanly(build_code, build_err)
        assert_ended_cleanly(search_code, search_err)
        assert build_code == 0 or search_code == 0
        if search_code == 0:  # it waited for the build's index, or made its own: the same answer
            assert "[accueil-sans-rendez-vous]" in search_out, search_out
        assert site_problems(project) == []

    code, out, err = kb(project, "search", "accueil")
    assert code == 0 and "[accueil-sans-rendez-vous]" in out, (code, out, err)
    assert not list((project / "build").glob(".search.*.tmp"))


def test_site_is_there_at_every_instant_while_another_build_replaces_it(project: Path) -> None:
    built(project)
    (project / "practices" / "nouvelle-fiche.md").write_text(sheet_text("nouvelle-fiche"), encoding="utf-8")
    watched = [project / "site" / "index.html", project / "site" / "pagefind" / "pagefind-ui.js"]
    new_page = project / "site" / "fiches" / "nouvelle-fiche" / "index.html"
    stop = threading.Event()
    misses: list[tuple[float, str]] = []
    seen = {"polls": 0, "new page at poll": 0}

    def watch() -> None:
        while not stop.is_set():
            for path in watched:
                if not os.path.exists(path):
                    misses.append((time.monotonic(), str(path)))
            seen["polls"] += 1
            if not seen["new page at poll"] and os.path.exists(new_page):
                seen["new page at poll"] = seen["polls"]
            time.sleep(0.002)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        code, _, err = kb(project, "build")
    finally:
        stop.set()
        watcher.join()

    assert code == 0, err
    assert misses == [], misses[:5]
    assert seen["polls"] > 200, seen  # watched every few milliseconds for seconds
    assert 1 < seen["new page at poll"], seen  # the swap happened while it was watched
    assert site_problems(project) == []


def _wait_for(predicate, process: subprocess.Popen[str], timeout: float = 90) -> bool:  # type: ignore[no-untyped-def]
    """True once `predicate` holds; False when the build ended well before it could be seen (the
    moment lasts a millisecond or less on a small project); a failed build fails the test."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if process.poll() is not None:
            if process.returncode != 0:
                pytest.fail(f"kb build failed (code {process.returncode}): {process.communicate()[1]}")
            return False
        assert time.monotonic() < deadline, "kb build never reached the publish step"
        time.sleep(0.001)
    return True


def _left_behind(root: Path, grace: float = 0.2) -> list[str]:
    """What a killed build left running, after `grace` seconds: the project's lock still held, and
    the processes that hold it (its forked helpers) or work in the project (Pagefind)."""
    lock = root / "build" / ".kb.lock"
    deadline = time.monotonic() + grace
    while True:
        left = [] if _lock_is_free(lock) else ["build/.kb.lock est encore tenu"]
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit() or int(proc.name) == os.getpid():
                continue
            try:
                command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                holds = any(os.readlink(fd) == str(lock) for fd in (proc / "fd").iterdir())
            except OSError:  # ended meanwhile
                continue
            if holds or str(root) in command:
                left.append(f"{proc.name}: {command.strip()}")
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.02)


def _lock_is_free(lock: Path) -> bool:
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def test_a_build_killed_while_publishing_leaves_a_complete_site_and_no_lock(project: Path) -> None:
    """Killed at several moments: while MkDocs writes the staging folder (the helpers making the
    search bundle and the module's documents at work), then as the search bundle is copied into
    it (the last step before the exchange) and a few milliseconds later: during the swap, the
    removal of the old tree, the index's end. The helpers die with the build, the lock is free at
    once, and each next build runs."""
    (project / "modules").mkdir()
    shutil.copy(FIXTURES / "modules" / "module-test.yml", project / "modules")  # its documents: a helper
    built(project)
    build_dir = project / "build"
    # the bundle's moments are tried again (up to 4 rounds) until a kill lands after the swap: on a
    # project of 3 sheets the bundle is in place a millisecond before it, and a build may end first
    moments = [("staging", 0.0), ("staging", 0.4)] + [("bundle", d) for d in (0.0, 0.005, 0.03, 0.1)] * 4
    landed = {"before the swap": 0, "after the swap": 0, "ended before the kill": 0}
    bundle_kills = 0
    for step, delay in moments:
        if step == "bundle" and landed["after the swap"] >= 1 and bundle_kills >= 4:
            break
        site_before = os.stat(project / "site").st_ino
        if step == "staging":  # the helper making the module's documents will have seconds of work left
            shutil.rmtree(build_dir / "exports", ignore_errors=True)
        process = start(project, "build")
        # its own staging folder (named for its pid: a killed one's may still be there)
        pattern = f".site.{process.pid}.*.tmp" + ("/pagefind" if step == "bundle" else "")
        if _wait_for(lambda: any(build_dir.glob(pattern)), process):
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)  # not its pipes: helpers left running would hold them open
        left = _left_behind(project)
        _, err = process.communicate(timeout=60)
        assert process.returncode in (-signal.SIGKILL, 0), (process.returncode, err)
        assert left == [], (step, delay)
        assert site_problems(project) == [], (step, delay)
        bundle_kills += step == "bundle"
        if process.returncode == 0:
            landed["ended before the kill"] += 1
        else:
            landed["after the swap" if os.stat(project / "site").st_ino != site_before else "before the swap"] += 1

    code, _, err = kb(project, "build")
    assert code == 0, err
    assert site_problems(project) == []
    assert not list(build_dir.glob(".*.tmp")), list(build_dir.iterdir())  # the killed runs' staging, removed
    assert list((project / "site" / "modules" / "module-test").glob("*.pdf"))  # its documents, made again
    print("kills:", landed)
    assert landed["before the swap"] >= 2 and landed["after the swap"] >= 1, landed


def test_a_swap_killed_between_two_renames_is_repaired_by_the_next_build(project: Path) -> None:
    """Where rename-exchange is missing, the swap is two renames; a kill between them leaves the
    previous site in .site.old and no site/. What it leaves, made by hand: the next build puts it
    back before its own swap, and ends with a complete site."""
    built(project)
    (project / "site").rename(project / ".site.old")

    code, _, err = kb(project, "build")
    assert code == 0, err
    assert site_problems(project) == []
    assert not (project / ".site.old").exists()


def test_a_site_folder_that_cannot_be_replaced_is_a_french_error_and_the_old_site_stays(project: Path) -> None:
    """The project's folder made immutable (chattr +i: even root may not rename in it, as on a
    read-only folder): build/ stays writable, the swap into site/ fails."""
    built(project)
    marker = (project / "site" / "index.html").read_bytes()
    immutable = subprocess.run(["chattr", "+i", str(project)], capture_output=True, text=True)
    if immutable.returncode != 0:
        pytest.skip(f"chattr +i not available here: {immutable.stderr.strip()}")
    try:
        code, _, err = kb(project, "build")
    finally:
        subprocess.run(["chattr", "-i", str(project)], check=True)

    assert code == 1, err
    assert "Traceback" not in err and "erreur interne" not in err
    assert f"« {project / 'site'} »" in err and "opération non permise" in err, err
    assert (project / "site" / "index.html").read_bytes() == marker and site_problems(project) == []
    assert not list((project / "build").glob(".site.*.tmp"))  # its staging folder, removed


WORKERS = """
import os, sys, time
from pathlib import Path
from kb.processes import map_files

def slow(path):
    time.sleep(0.05)
    return path

map_files([Path(str(i)) for i in range(2000)], slow, workers=2)
"""


def test_the_workers_reading_a_large_base_die_with_the_build() -> None:
    """From 1 500 sheets, reading and checking is shared among worker processes (forked: they hold
    the project's lock too). Their parent killed, they stop at once instead of working on, then
    waiting for ever for the next files."""
    parent = subprocess.Popen([sys.executable, "-c", WORKERS])
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(parent.pid)) < 2:
            assert parent.poll() is None and time.monotonic() < deadline, "no worker started"
            time.sleep(0.01)
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 2
        while (alive := [pid for pid in workers if _running(pid)]) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert alive == [], alive
    finally:
        parent.kill()
        for pid in workers:  # left running by a failure: ours, not a process that reused the number
            if _running(pid) and b"map_files" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, signal.SIGKILL)


def _children(pid: int) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_child_forked_by_another_thread_does_not_keep_the_lock(tmp_path: Path) -> None:
    """kb serve makes its search bundle in a child forked by a background thread, possibly while
    a regeneration holds the lock: once the regeneration lets it go, the lock is free, however
    long the child works. A child forked by the holding thread (kb build's) keeps it."""
    import multiprocessing
    import time as clock

    from kb.lock import BuildRunning, project_lock

    context = multiprocessing.get_context("fork")
    forked = []
    with project_lock(tmp_path, "kb serve"):

        def fork_from_thread() -> None:
            child = context.Process(target=clock.sleep, args=(30,), daemon=True)
            child.start()
            forked.append(child)

        other = threading.Thread(target=fork_from_thread)
        other.start()
        other.join()
    try:
        # free again, the child still running (it closes its copy as soon as it runs: a moment)
        with project_lock(tmp_path, "kb build", wait=5):
            assert forked[0].is_alive()
    finally:
        forked[0].kill()
    with project_lock(tmp_path, "kb build"):
        holder = context.Process(target=clock.sleep, args=(30,), daemon=True)
        holder.start()  # forked by the holding thread: it holds the lock too
    try:
        with pytest.raises(BuildRunning):
            with project_lock(tmp_path, "kb serve"):
                pass
    finally:
        holder.kill()
        holder.join()
