from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from woo_tracker.store.library import FileStore, sha256_bytes


def test_same_bytes_are_stored_once_under_their_hash(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    sha = store.put_bytes(b"besluit")
    assert sha == sha256_bytes(b"besluit") and store.put_bytes(b"besluit") == sha
    assert list(store.stored_hashes()) == [sha] and store.is_intact(sha)


def test_leftovers_of_a_dead_writer_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    (tmp_path / "ab").mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    gone = tmp_path / "ab" / f".incoming-{dead}-x1"
    live = tmp_path / "ab" / f".incoming-{os.getpid()}-x2"
    gone.write_bytes(b"half")
    live.write_bytes(b"being written")
    assert store.clean_leftovers() == [gone]
    assert store.leftovers() == [live]
