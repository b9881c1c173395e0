"""The managed file store: every document's bytes under its SHA-256 inside the library folder.

Content addressing makes the same bytes one document however often they are dropped in, and
lets ``verify`` prove a file is unaltered. Files are written to a temporary name in the same
folder, flushed and renamed, so a crash leaves either the whole file or nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_bytes(self, data: bytes) -> str:
        sha = sha256_bytes(data)
        if not self.has(sha):
            self._write_atomically(sha, lambda fh: fh.write(data))
        return sha

    def put_file(self, source: Path, sha256: str | None = None) -> str:
        sha = sha256 or sha256_of(source)
        if not self.has(sha):

            def copy(fh) -> None:  # type: ignore[no-untyped-def]
                with open(source, "rb") as src:
                    while chunk := src.read(CHUNK):
                        fh.write(chunk)

            self._write_atomically(sha, copy)
        return sha

    def _write_atomically(self, sha: str, write) -> None:  # type: ignore[no-untyped-def]
        target = self.path_for(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".incoming-{os.getpid()}-")
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def remove(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def is_intact(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def stored_hashes(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for path in self.root.glob("??/*"):
            if path.is_file() and not path.name.startswith("."):
                yield path.name

    def leftovers(self) -> list[Path]:
        """Temporary files of writes that never finished (a crash mid-copy)."""
        return sorted(self.root.glob("??/.incoming-*")) if self.root.exists() else []

    def clean_leftovers(self) -> list[Path]:
        """Remove the temporary files of writers that are gone (killed mid-copy); a write still
        under way in another process keeps its file. Returns what was removed."""
        removed = []
        for path in self.leftovers():
            if not _writer_alive(path):
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed


def _writer_alive(path: Path) -> bool:
    """Is the process that named this temporary file still running?"""
    try:
        pid = int(path.name.split("-")[1])
    except (IndexError, ValueError):
        return False  # an old-style name: its writer is long gone
    if pid == os.getpid():
        return True
    if os.name != "posix":  # no cheap liveness check: trust only files older than a day
        return time.time() - path.stat().st_mtime < 86_400
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
