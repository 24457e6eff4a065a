"""Contributed files are read only when they are ordinary files of the repository: links, devices,
FIFOs and folders are refused at once with a file:line diagnostic; files nobody may read, and
folders nobody may write, are French errors with the path (exit 1, never 3 « erreur interne »)."""

from __future__ import annotations

import functools
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import FIXTURES, REPO, small_project

KB = [sys.executable, "-c", "import sys; from kb.cli import run; sys.exit(run(sys.argv[1:]))"]
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def kb(root: Path, *args: str, user: list[str] = (), timeout: float = 60) -> subprocess.CompletedProcess[str]:
    if user:
        _nobody_can_run_kb()
    return subprocess.run([*user, *KB, "--root", str(root), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


@functools.lru_cache(maxsize=1)
def _nobody_probe() -> str:
    """Why « nobody » cannot run this checkout's kb ('' when it can): not root, no setpriv, or a
    clone or interpreter inside a folder only root may enter (e.g. a clone under /root)."""
    if os.geteuid() != 0:
        return "these tests change user: they run as root"
    try:
        probe = subprocess.run([*NOBODY, sys.executable, "-c", "import kb.cli"], capture_output=True, text=True,
                               timeout=60, cwd=REPO)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    return "" if probe.returncode == 0 else (probe.stderr.strip().splitlines() or ["?"])[-1]


def _nobody_can_run_kb() -> None:
    reason = _nobody_probe()
    if reason:
        pytest.skip(f"« nobody » cannot run kb from this checkout: {reason}")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Path]:
    """A folder « nobody » may traverse: pytest's temporary folders sit in root's 0700 ones."""
    folder = Path(tempfile.mkdtemp(prefix="kb-securite-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def project(world: Path) -> Path:
    """World-readable, root's: the same project can be checked as « nobody », who may read it but
    write nowhere in it."""
    return small_project(world / "projet", module=True)


def _diagnostics(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return json.loads(result.stdout)


def test_a_link_to_dev_zero_is_refused_at_once(project: Path) -> None:
    (project / "practices" / "zero.md").symlink_to("/dev/zero")
    clock = time.perf_counter()
    result = kb(project, "check", "--format", "json", timeout=20)
    elapsed = time.perf_counter() - clock

    assert result.returncode == 1, result
    found = [d for d in _diagnostics(result) if d["file"] == "practices/zero.md"]
    assert [(d["code"], d["line"]) for d in found] == [("lien-symbolique", 1)], found
    assert "lien symbolique" in found[0]["message"]
    assert elapsed < 10, elapsed  # the whole process, Python's start included; reading /dev/zero never ends


def test_a_link_to_dev_zero_given_by_name_is_refused_too(project: Path) -> None:
    (project / "practices" / "zero.md").symlink_to("/dev/zero")
    result = kb(project, "check", str(project / "practices" / "zero.md"), timeout=20)
    assert result.returncode == 1 and "practices/zero.md:1:1: erreur:" in result.stdout, result
    assert "[lien-symbolique]" in result.stdout


def test_a_link_to_a_sheet_outside_the_repository_is_not_read(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    secret = (FIXTURES / "sheets" / "ecoute-en-binome.md").read_text(encoding="utf-8")
    (outside / "secret.md").write_text(secret.replace("ecoute-en-binome", "secret").replace(
        "## Contexte\n", "## Contexte\n\nTEXTE-HORS-DEPOT\n", 1), encoding="utf-8")
    (project / "practices" / "secret.md").symlink_to(outside / "secret.md")

    result = kb(project, "check", "--format", "json")
    assert result.returncode == 1
    assert [d["code"] for d in _diagnostics(result) if d["file"] == "practices/secret.md"] == ["lien-symbolique"]

    built = kb(project, "build", "--no-mkdocs")
    assert built.returncode == 1 and "practices/secret.md:1:1" in built.stdout, built
    assert not any("TEXTE-HORS-DEPOT" in p.read_text(encoding="utf-8", errors="replace")
                   for p in (project / "build").rglob("*.md"))


def test_links_in_modules_vocabularies_and_linked_folders_are_refused(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    shutil.copy(project / "modules" / "module-test.yml", outside / "module.yml")
    (project / "modules" / "lien.yml").symlink_to(outside / "module.yml")
    vocabulary = project / "schemas" / "vocabulaires"
    shutil.copy(vocabulary / "themes.yml", outside / "themes.yml")
    (vocabulary / "themes.yml").unlink()
    (vocabulary / "themes.yml").symlink_to(outside / "themes.yml")
    shutil.copytree(FIXTURES / "sheets", outside / "fiches")
    (project / "practices" / "dossier-lie").symlink_to(outside / "fiches")

    result = kb(project, "check", "--format", "json")

    codes = {(d["file"], d["code"]) for d in _diagnostics(result)}
    for name in ("modules/lien.yml", "schemas/vocabulaires/themes.yml", "practices/dossier-lie"):
        assert (name, "lien-symbolique") in codes, (name, sorted(codes))
    assert result.returncode == 1


def test_a_fifo_and_a_folder_are_refused_without_waiting(project: Path) -> None:
    os.mkfifo(project / "practices" / "tube.md")  # opening it for reading would wait for a writer
    (project / "practices" / "dossier.md").mkdir()
    result = kb(project, "check", "--format", "json", timeout=20)

    found = {d["file"]: d for d in _diagnostics(result) if d["code"] == "fichier-illisible"}
    assert set(found) == {"practices/tube.md"}, found  # dossier.md holds no sheet: a folder, walked into
    assert "fichier spécial" in found["practices/tube.md"]["message"]
    assert result.returncode == 1


def test_a_sheet_its_owner_may_not_read_is_a_diagnostic(project: Path) -> None:
    """Run as « nobody » (root reads everything): the sheet is mode 000."""
    sheet = project / "practices" / "ecoute-en-binome.md"
    sheet.chmod(0o000)
    result = kb(project, "check", "--format", "json", user=NOBODY)

    assert result.returncode == 1, result
    found = [d for d in _diagnostics(result) if d["file"] == "practices/ecoute-en-binome.md"]
    assert [(d["code"], d["line"]) for d in found] == [("fichier-illisible", 1)], found
    assert "permission refusée" in found[0]["message"]
    assert "erreur interne" not in result.stderr


def test_an_export_into_a_read_only_folder_is_a_french_error_with_the_path(project: Path, world: Path) -> None:
    out = world / "sortie"
    out.mkdir(mode=0o755)  # root's: « nobody » may not write there
    result = kb(project, "export", "module-test", "--format", "html", "-o", str(out), user=NOBODY, timeout=300)

    assert result.returncode == 1, result
    assert "erreur interne" not in result.stderr and "Traceback" not in result.stderr
    assert "permission refusée" in result.stderr and str(out) in result.stderr, result.stderr


def test_a_build_whose_site_folder_cannot_be_written_is_a_french_error(project: Path) -> None:
    (project / "build").mkdir(mode=0o755)  # root's: « nobody » may not write there
    result = kb(project, "build", "--no-mkdocs", user=NOBODY, timeout=300)

    assert result.returncode == 1, result
    assert "erreur interne" not in result.stderr and "permission refusée" in result.stderr, result.stderr
    assert str(project / "build") in result.stderr


def test_an_export_onto_a_read_only_file_system_is_a_french_error_with_the_path(project: Path, world: Path) -> None:
    """A real read-only mount (a bind mount remounted read-only, in a mount namespace of its own:
    nothing outside the command sees it). Root too is refused: EROFS."""
    out = world / "lecture-seule"
    out.mkdir()
    command = " ".join(shlex.quote(part) for part in [*KB, "--root", str(project), "export", "module-test",
                                                       "--format", "html", "-o", str(out)])
    mounted = f"mount --bind {shlex.quote(str(out))} {shlex.quote(str(out))} && " \
              f"mount -o remount,ro,bind {shlex.quote(str(out))} && "
    probe = subprocess.run(["unshare", "--mount", "sh", "-c", mounted + "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"no mount namespace here: {probe.stderr.strip()}")
    result = subprocess.run(["unshare", "--mount", "sh", "-c", mounted + "exec " + command], capture_output=True,
                            text=True, timeout=300, cwd=REPO)

    assert result.returncode == 1, result
    assert "erreur interne" not in result.stderr and "Traceback" not in result.stderr
    assert "le système de fichiers est en lecture seule" in result.stderr and str(out) in result.stderr, result.stderr
    assert list(out.iterdir()) == []


NASTY = "a\n::error title=pirate::injection\x1b[2J\u0085.md"


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_control_characters_in_file_names_are_escaped_in_every_format(project: Path, fmt: str) -> None:
    (project / "practices" / NASTY).write_text("pas d'en-tête\n", encoding="utf-8")
    result = kb(project, "check", "--format", fmt)

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert not any(line.startswith("::error title=pirate") for line in lines), result.stdout
    assert "\x1b" not in result.stdout + result.stderr and "\u0085" not in result.stdout
    if fmt == "json":
        found = [d for d in json.loads(result.stdout) if d["code"] == "entete-absente"]
        assert found[0]["file"] == "practices/" + NASTY  # the data is intact, only its writing escaped
    elif fmt == "text":
        [line] = [line for line in lines if "[entete-absente]" in line]
        assert line.startswith("practices/a\\n::error title=pirate::injection\\x1b[2J\\x85.md:1:1: erreur:")
    else:
        [line] = [line for line in lines if "title=entete-absente" in line]
        assert line.startswith("::error file=practices/a%0A%3A%3Aerror title=pirate%3A%3Ainjection\\x1b[2J\\x85.md,")
