"""Files: bounded reads of contributed files, atomic writes and directory swaps (a reader never
sees a half-written output, and sources are never touched), and OS errors told in French."""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path


class Unreadable(Exception):
    """A contributed file that is not read: `reason` is a short French phrase (« est un lien
    symbolique »…), `code` the diagnostic code that reports it."""

    def __init__(self, code: str, reason: str, size: int = 0) -> None:
        super().__init__(reason)
        self.code, self.reason, self.size = code, reason, size


def read_limited(path: Path | str, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most `limit` bytes, and its status taken before reading.

    Never follows a symbolic link (`x.md -> /dev/zero` or a file outside the repository), never
    opens a device or a FIFO for reading (O_NONBLOCK: a FIFO does not wait for a writer), checks
    the size before reading and reads at most `limit + 1` bytes (a file growing meanwhile).
    Raises Unreadable with what is wrong."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (exc.errno == errno.EMLINK and os.path.islink(path)):
            raise Unreadable("lien-symbolique", "est un lien symbolique") from exc
        raise Unreadable("fichier-illisible", os_reason(exc)) from exc
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            what = "un dossier" if stat.S_ISDIR(status.st_mode) else "un fichier spécial (périphérique, tube…)"
            raise Unreadable("fichier-illisible", f"est {what}, pas un fichier texte")
        if status.st_size > limit:
            raise Unreadable("taille", "est trop gros", status.st_size)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise Unreadable("taille", "est trop gros", len(data))
        return data, status
    except OSError as exc:
        raise Unreadable("fichier-illisible", os_reason(exc)) from exc
    finally:
        os.close(fd)


_REASONS = {
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.EROFS: "le système de fichiers est en lecture seule",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EDQUOT: "quota de disque dépassé",
    errno.ENOENT: "n'existe pas",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "est un dossier",
    errno.EEXIST: "existe déjà",
    errno.ENOTEMPTY: "le dossier n'est pas vide",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.ENFILE: "trop de fichiers ouverts",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.ELOOP: "trop de liens symboliques",
    errno.EIO: "erreur d'entrée-sortie du disque",
    errno.EBUSY: "ressource occupée",
    errno.EXDEV: "déplacement entre deux disques impossible",
    errno.ETXTBSY: "fichier occupé",
    errno.EFBIG: "fichier trop gros",
}


def os_reason(exc: OSError) -> str:
    """A short French phrase for an OS error (« permission refusée »)."""
    return _REASONS.get(exc.errno or 0, f"erreur du système ({errno.errorcode.get(exc.errno or 0, exc.errno)})")


def os_error_message(exc: OSError) -> str:
    """« impossible d'accéder à « exports/a.pdf » : permission refusée » — the path(s) and the reason."""
    names = [printable(str(name)) for name in (exc.filename, exc.filename2) if name is not None]
    where = " → ".join(f"« {name} »" for name in names)
    return f"impossible d'accéder à {where} : {os_reason(exc)}" if where else f"erreur du système : {os_reason(exc)}"


def printable(text: str) -> str:
    """`text` with its control characters (line breaks, escape, C1 controls, line and paragraph
    separators, bidirectional overrides) written as escapes: a file name holding « \\n::error … »
    cannot start a line of its own in a log, nor drive the terminal. Other text (accents, no-break
    spaces) is kept."""
    if text.isprintable():
        return text
    return _CONTROL.sub(_escape, text)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


# the permissions an ordinary new file gets (mkstemp's are 0600: a web server running as another
# user could not read the published site, nor a colleague a new sheet)
UMASK = os.umask(0o022)
os.umask(UMASK)
NEW_FILE_MODE = 0o666 & ~UMASK


def write_atomic(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, NEW_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def create_new(path: Path, data: str) -> None:
    """Write a new file atomically; raise FileExistsError rather than overwrite."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, NEW_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8"))
        os.link(tmp, path)  # fails if `path` exists: never overwrites
    finally:
        Path(tmp).unlink(missing_ok=True)


def staging_dir(target: Path) -> Path:
    """A new, empty folder beside `target`, named for this process: two writers never share one
    (`build/.search.<pid>.<random>.tmp`). Those left by a killed run are removed, and the shared
    `build/.search.tmp` of earlier versions: call it holding the project's lock (kb.lock), when no
    other writer can be using one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in [*target.parent.glob(f".{target.name}.*.tmp"), target.with_name(f".{target.name}.tmp")]:
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp"))
    staging.chmod(0o777 & ~UMASK)  # (mkdtemp's 0700 would become the published folder's)
    return staging


def replace_dir(staging: Path, target: Path, remove_old: bool = True) -> Path | None:
    """Swap a fully written `staging` directory into place of `target`, so that `target` exists at
    every instant: one rename-exchange (Linux renameat2), then the old tree is removed. Where the
    exchange is not available, two renames; a run killed between them is repaired by the next.
    With `remove_old` False, the folder now holding the old tree is returned for the caller to
    remove (a large site: thousands of files to unlink, after it is published)."""
    old = target.with_name(f".{target.name}.old")
    _restore(old, target)
    if target.exists() and _exchange(staging, target):
        if not remove_old:
            return staging  # it now holds the previous tree
        shutil.rmtree(staging, ignore_errors=True)
        return None
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    if old.exists() and not remove_old:
        return old
    if old.exists():
        shutil.rmtree(old)
    return None


def _restore(old: Path, target: Path) -> None:
    """A previous swap killed between its two renames left `old` and no `target`: put it back."""
    if old.exists() and not target.exists():
        old.rename(target)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths; False where the system or file system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _renameat2():  # type: ignore[no-untyped-def]
    global _RENAMEAT2
    if _RENAMEAT2 is False:
        try:
            function = ctypes.CDLL(None, use_errno=True).renameat2
            function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
            function.restype = ctypes.c_int
            _RENAMEAT2 = function
        except (OSError, AttributeError):  # not Linux, or a libc older than glibc 2.28
            _RENAMEAT2 = None
    return _RENAMEAT2


_RENAMEAT2: object = False
