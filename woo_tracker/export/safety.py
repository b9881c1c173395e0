"""Text from documents and users ends up in exported files; these keep it inert.

* Spreadsheet cells that start with ``= + - @`` (or a tab, CR or LF) would be read as a formula
  by Excel/LibreOffice (CSV/formula injection, OWASP); they get a leading apostrophe.
* File names inside a zip come from uploads; they are reduced to one harmless path component.
* Atomic output: every writer writes to a temporary file next to the target and renames it, so a
  failed or cancelled export never leaves half a file under the name the user chose.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would evaluate is prefixed with ``'``; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_NAME = 120


def safe_filename(name: str | None, default: str = "document") -> str:
    """One path component that is safe on Windows, macOS and Linux and inside a zip.

    Directories are dropped (``../../etc/passwd`` → ``passwd``, ``C:\\x\\y.pdf`` → ``y.pdf``),
    control characters and characters Windows forbids are replaced, dots/spaces at the ends are
    trimmed, reserved device names get an underscore, and the name is shortened keeping its
    extension.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = re.split(r"[/\\]", text)[-1]
    text = _CONTROL.sub("", text)
    text = _FORBIDDEN.sub("_", text)
    text = text.strip(" .")
    if not text or set(text) <= {"_"}:
        text = default
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.upper() in _RESERVED or text.upper() in _RESERVED:
        stem = stem + "_"
    ext = ext[:16]
    stem = stem[: MAX_NAME - len(ext) - 1].rstrip(" .") or default
    return f"{stem}.{ext}" if ext else stem


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2).ext``, ``name (3).ext``… — whichever is not taken (ignoring case)."""
    candidate = name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = name, "", ""
    n = 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem} ({n}){dot}{ext}"
    taken.add(candidate.lower())
    return candidate


def safe_member(folder: str, name: str | None, taken: set[str], default: str = "document") -> str:
    """A zip member name ``folder/safe-name`` that is unique within ``taken``."""
    unique = unique_name(safe_filename(name, default), taken)
    return f"{folder}/{unique}" if folder else unique


@contextlib.contextmanager
def atomic_output(target: Path, mode: str = "wb", **open_kwargs: Any) -> Iterator[Any]:
    """Open a temporary file next to ``target``; on success it replaces ``target`` in one step.

    Any exception (including a cancel) removes the temporary file and leaves ``target`` as it was.
    Raises OSError when the folder does not exist or cannot be written.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _publish(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _publish(tmp: Path, target: Path) -> None:
    """Give the finished file ordinary permissions (mkstemp makes it private) and rename it."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)
    os.replace(tmp, target)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Like ``atomic_output`` for libraries that want a path to write to (openpyxl, reportlab)."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _publish(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
