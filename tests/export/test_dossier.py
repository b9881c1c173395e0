"""A dossier zip of one request: documents under safe names, data as JSON/CSV, an index page."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

EVIL_NOTE = "<script>alert(1)</script>"


def _names_are_safe(names: list[str]) -> None:
    for name in names:
        assert not name.startswith(("/", "\\")) and ".." not in name.split("/"), name
        assert not any(ord(ch) < 32 for ch in name), name
        assert "\\" not in name and ":" not in name, name


def test_dossier_holds_documents_data_and_an_index(
    export, filled, tmp_path: Path, corpus: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dossier.zip"
    result = export.export("zip", out, request_id=filled.kamervragen)
    assert result["format"] == "zip" and result["documents"] == 1
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert result["files"] == len(names)
        root = f"request-{filled.kamervragen}"
        pdf = f"{root}/documents/antwoorden-kamervragen-2025Z15452.pdf"
        assert pdf in names
        assert zf.read(pdf) == (corpus / "antwoorden-kamervragen-2025Z15452.pdf").read_bytes()
        data = json.loads(zf.read(f"{root}/request.json"))
        assert data["request"]["number"] == "2025Z15452"
        assert data["request"]["answered_late"] is True
        assert [e["type"] for e in data["events"]] == ["submitted", "answered"]
        assert data["documents"][0]["path_in_dossier"] == pdf
        assert any(r["value"] == "2025Z15452" for r in data["references"])
        timeline = list(
            csv.reader(io.StringIO(zf.read(f"{root}/timeline.csv").decode("utf-8-sig")))
        )
        assert timeline[0] == ["Date", "Kind", "What", "Details"]
        assert ["2025-10-31", "event", "answered", ""] in timeline
        refs = zf.read(f"{root}/references.csv").decode("utf-8-sig")
        assert "kamervraag,2025Z15452" in refs
        overview = list(
            csv.DictReader(io.StringIO(zf.read(f"{root}/overview.csv").decode("utf-8-sig")))
        )
        assert overview[0]["Title"] == "Vragen over Palantir bij de politie"
        index = zf.read(f"{root}/index.html").decode("utf-8")
        assert 'href="documents/antwoorden-kamervragen-2025Z15452.pdf"' in index
    _names_are_safe(names)


def test_dangerous_and_duplicate_file_names_are_sanitised(
    export, filled, tmp_path: Path, store_doc
) -> None:  # type: ignore[no-untyped-def]
    store_doc(filled.evil, "../../etc/passwd", b"one", title=EVIL_NOTE)
    store_doc(filled.evil, "/abs/besluit.pdf", b"two")
    store_doc(filled.evil, "besluit.pdf", b"three")
    store_doc(filled.evil, "C:\\Users\\x\\BESLUIT.pdf", b"four")
    store_doc(filled.evil, "bijlage\x00\x1b[31m.pdf", b"five")
    store_doc(filled.evil, "..", b"six")
    out = tmp_path / "dossier.zip"
    result = export.export("zip", out, request_id=filled.evil)
    assert result["documents"] == 6
    root = f"request-{filled.evil}"
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        docs = sorted(n.removeprefix(f"{root}/documents/") for n in names if "/documents/" in n)
        assert docs == sorted(
            [
                "passwd",
                "besluit.pdf",
                "besluit (2).pdf",
                "BESLUIT (3).pdf",
                "bijlage[31m.pdf",
                "document",
            ]
        )
        assert zf.read(f"{root}/documents/passwd") == b"one"
        index = zf.read(f"{root}/index.html").decode("utf-8")
        data = json.loads(zf.read(f"{root}/request.json"))
    _names_are_safe(names)
    assert all(n.startswith(f"{root}/") for n in names)

    class Tags(HTMLParser):
        seen: list[str] = []

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            self.seen.append(tag)

    parser = Tags()
    parser.feed(index)
    assert "script" not in parser.seen
    assert "&lt;script&gt;" in index
    assert data["request"]["title"] == '=HYPERLINK("http://evil","x")'  # JSON keeps the data as is


def test_a_missing_stored_file_is_listed_not_fatal(
    export, filled, tmp_path: Path, ctx, store_doc
) -> None:  # type: ignore[no-untyped-def]
    doc_id = store_doc(filled.upcoming, "weg.pdf", b"gone soon")
    from woo_tracker.services.documents import DocumentService

    DocumentService(ctx).stored_path(doc_id).unlink()
    out = tmp_path / "dossier.zip"
    result = export.export("zip", out, request_id=filled.upcoming)
    assert result["documents"] == 0 and result["missing"] == ["weg.pdf"]
    with zipfile.ZipFile(out) as zf:
        assert "missing" in zf.read(f"request-{filled.upcoming}/index.html").decode()


def test_a_dossier_needs_a_request(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.errors import ValidationError

    with pytest.raises(ValidationError, match="--request"):
        export.export("zip", tmp_path / "d.zip")
    assert not (tmp_path / "d.zip").exists()
