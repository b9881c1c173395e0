"""The ingest, search and verify commands as an outside tool or a terminal user runs them."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from corpus_files import ANSWER, NEWS, SCAN, WOB, needs_tesseract

from woo_tracker.services.ingest import expand
from woo_tracker.store.library import sha256_of


def _cli(library: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "woo_tracker", "--library", str(library), "--json", *argv],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bad_corpus_fails_file_by_file_and_the_rest_is_stored(run, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    code, rows, err = run("ingest", str(corpus / ANSWER), str(corpus / "bad"), "--no-ocr")
    assert code == 1 and "Traceback" not in err
    by_file = {r["file"]: r for r in rows}
    assert ANSWER in by_file, err
    assert (
        by_file[ANSWER]["status"] == "added" and by_file[ANSWER]["type"] == "kamervragen_antwoord"
    )
    assert by_file["owner-restricted-only.pdf"]["status"] == "added"
    failed = [r for r in rows if r["status"] == "failed"]
    assert len(failed) == 5 and all(r["error"] and "document_id" not in r for r in failed)
    code, report, _ = run("verify")
    assert code == 0 and report == {
        "ok": True,
        "documents": 2,
        "pages": report["pages"],
        "problems": [],
    }
    code, hits, _ = run("search", "Raffinaderij")
    assert (
        code == 0
        and hits[0]["page"] == 2
        and set(hits[0]) == {"document_id", "title", "page", "snippet"}
    )


def test_a_bad_search_is_one_sentence(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("search", '"open')
    assert code == 1 and out == "" and "quote" in err and len(err.strip().splitlines()) == 1


def test_killing_an_ingest_and_running_it_again_stores_everything_once(
    tmp_path: Path, corpus: Path
) -> None:
    library = tmp_path / "lib"
    many = tmp_path / "many"
    many.mkdir()
    for copy in range(4):  # enough distinct files that the kill lands in the middle
        for src in sorted((corpus / "real").glob("*.pdf")):
            (many / f"{copy}-{src.name}").write_bytes(src.read_bytes() + f"\n% copy {copy}\n".encode())
    files = [str(corpus / name) for name in (ANSWER, WOB, NEWS)] + [str(many)]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "woo_tracker",
            "--library",
            str(library),
            "--json",
            "ingest",
            "--no-ocr",
            *files,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    db = library / "library.db"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 2:
                        break
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_midway = proc.returncode == -signal.SIGKILL
    again = _cli(library, "ingest", "--no-ocr", *files)
    assert again.returncode == 0, again.stderr
    assert {r["status"] for r in json.loads(again.stdout)} <= {"added", "duplicate"}
    report = json.loads(_cli(library, "verify").stdout)
    assert report["ok"] is True, report["problems"]
    with sqlite3.connect(db) as conn:
        stored = [
            r[0] for r in conn.execute("SELECT sha256 FROM documents WHERE parent_id IS NULL")
        ]
    expected = {sha256_of(p) for p in expand(files)}
    assert sorted(stored) == sorted(expected)  # every document present, exactly once
    assert killed_midway


@needs_tesseract
def test_ocr_command_reads_what_was_stored_without_ocr(run, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    run("ingest", str(corpus / SCAN), "--no-ocr")
    code, rows, err = run("ocr")
    assert code == 0, err
    assert [(r["status"], r["type"]) for r in rows] == [("updated", "kamervragen_antwoord")]
    assert run("ocr")[1] == []  # nothing left that needs OCR
