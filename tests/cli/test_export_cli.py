"""`woo-tracker export`: every format from the command line, safe with hostile text."""

from __future__ import annotations

import argparse
import csv
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

# Imported at collection, not inside a test: cli_documents binds sys.stderr when imported.
from woo_tracker import cli, cli_export

EVIL_TITLE = '=HYPERLINK("http://evil","x")'
EVIL_NOTE = "<script>alert(1)</script>"


@pytest.fixture(autouse=True)
def export_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure `export` is registered (until cli.build_parser wires cli_export in itself)."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "export" not in sub.choices:
            common = argparse.ArgumentParser(add_help=False)
            common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
            common.add_argument("--library", default=argparse.SUPPRESS)
            common.add_argument("--database", default=argparse.SUPPRESS)
            cli_export.register(sub, common)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


@pytest.fixture
def hostile(run, corpus: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    code, evil, _ = run(
        "request",
        "add",
        "--kind",
        "woo",
        "--title",
        EVIL_TITLE,
        "--organisation",
        "Gemeente Utrecht",
        "--received",
        "2025-04-25",
    )
    assert code == 0
    code, _, _ = run(
        "event",
        "add",
        str(evil["id"]),
        "--type",
        "acknowledged",
        "--date",
        "2025-04-28",
        "--note",
        EVIL_NOTE,
    )
    assert code == 0
    code, kv, _ = run(
        "request",
        "add",
        "--kind",
        "kamervragen",
        "--title",
        "Vragen over Palantir",
        "--number",
        "2025Z15452",
        "--submitted",
        "2025-08-27",
    )
    assert code == 0
    code, _, _ = run(
        "request", "add", "--kind", "woo", "--title", "Algoritmes", "--received", "2025-11-10"
    )  # due 2025-12-08
    assert code == 0
    code, ingested, _ = run(
        "ingest",
        str(corpus / "antwoorden-kamervragen-2025Z15452.pdf"),
        "--request",
        str(kv["id"]),
        "--no-ocr",
    )
    assert code == 0 and ingested[0]["status"] == "added"
    return {"evil": evil["id"], "kv": kv["id"]}


def test_every_format_writes_a_file_and_prints_json(run, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counts = {"csv": ("rows", 3), "xlsx": ("rows", 3), "html": ("rows", 3), "pdf": ("rows", 3)}
    for fmt, (key, n) in counts.items():
        out = tmp_path / f"overview.{fmt}"
        code, data, err = run("export", "--format", fmt, "--output", str(out))
        assert code == 0, err
        assert data == {"format": fmt, "output": str(out), key: n}
        assert out.stat().st_size > 0

    code, data, err = run("export", "--format", "ics", "--output", str(tmp_path / "d.ics"))
    assert code == 0 and data["events"] == 1  # the Woo besluit due 2025-12-08

    out = tmp_path / "dossier.zip"
    code, data, err = run(
        "export", "--format", "zip", "--output", str(out), "--request", str(hostile["kv"])
    )
    assert code == 0, err
    assert data["format"] == "zip" and data["files"] >= 6
    with zipfile.ZipFile(out) as zf:
        assert any(
            n.endswith("/documents/antwoorden-kamervragen-2025Z15452.pdf") for n in zf.namelist()
        )


def test_the_hostile_title_and_note_stay_harmless(run, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    csv_out, xlsx_out, html_out = (tmp_path / f"o.{x}" for x in ("csv", "xlsx", "html"))
    for path in (csv_out, xlsx_out, html_out):
        assert run("export", "--format", path.suffix[1:], "--output", str(path))[0] == 0
    with open(csv_out, encoding="utf-8-sig", newline="") as fh:
        titles = [r["Title"] for r in csv.DictReader(fh)]
    assert "'" + EVIL_TITLE in titles
    ws = load_workbook(xlsx_out).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert any(c.value == "'" + EVIL_TITLE and c.data_type == "s" for c in cells)
    assert not any(c.data_type == "f" for c in cells)

    tags: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            tags.append(tag)

    html = html_out.read_text(encoding="utf-8")
    Tags().feed(html)
    assert "script" not in tags and "&lt;script&gt;" in html


def test_csv_with_semicolons(run, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "nl.csv"
    code, _, err = run("export", "--format", "csv", "--output", str(out), "--separator", ";")
    assert code == 0, err
    assert out.read_text(encoding="utf-8-sig").startswith("ID;Kind;")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--format", "docx", "--output", "{tmp}/x.docx"], "not an export format"),
        (["--format", "zip", "--output", "{tmp}/x.zip"], "--request"),
        (["--format", "csv", "--output", "{tmp}/no/such/folder/x.csv"], "does not exist"),
        (["--format", "csv", "--output", "{tmp}"], "is a folder"),
        (["--format", "pdf", "--output", "{tmp}/x.pdf", "--request", "999"], "no request"),
        (
            ["--format", "csv", "--output", "{tmp}/x.csv", "--investigation", "Nope"],
            "investigation",
        ),
    ],
)
def test_errors_exit_1_with_a_sentence(run, tmp_path: Path, args: list[str], says: str) -> None:  # type: ignore[no-untyped-def]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = run("export", *argv)
    assert code == 1 and out == ""
    assert says in err and "Traceback" not in err and err.strip().endswith(".")


def test_human_output_says_what_was_written(run, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "o.xlsx"
    code, text, _ = run("export", "--format", "xlsx", "--output", str(out), as_json=False)
    assert code == 0 and f"Exported 3 request(s) to {out} (xlsx)." in text
