"""ExportService: sentences for wrong input, progress, cancel, and never half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from woo_tracker.services.errors import NotFound, ServiceError, ValidationError
from woo_tracker.services.export import FORMATS, ExportCancelled


def test_an_unknown_format_is_explained(export, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        export.export("docx", tmp_path / "x.docx")
    assert "csv, xlsx, html, pdf, ics, zip" in str(err.value) and str(err.value).endswith(".")


@pytest.mark.parametrize(
    ("where", "says"),
    [("missing/x.csv", "does not exist"), (".", "is a folder"), ("", "--output")],
)
def test_a_bad_output_path_is_explained(export, tmp_path: Path, where: str, says: str) -> None:  # type: ignore[no-untyped-def]
    target = str(tmp_path / where) if where else ""
    with pytest.raises(ValidationError, match=says):
        export.export("csv", target)


def test_an_unwritable_folder_is_a_sentence_not_a_traceback(
    export, filled, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    def denied(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ServiceError) as err:
        export.export("xlsx", tmp_path / "x.xlsx")
    assert "permission denied" in str(err.value) and "another folder" in str(err.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_reported(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ServiceError):
            export.export("csv", locked / "x.csv")
    finally:
        locked.chmod(0o700)


def test_unknown_request_and_investigation_are_not_found(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match="no request with id 999"):
        export.export("pdf", tmp_path / "x.pdf", request_id=999)
    with pytest.raises(NotFound, match="Palantir"):  # says which ones exist
        export.export("csv", tmp_path / "x.csv", investigation="Onbekend")


def test_a_separator_that_cannot_be_used(export, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="separate"):
        export.export("csv", tmp_path / "x.csv", separator="::")


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_leaves_the_previous_file_untouched_and_no_leftovers(
    export, filled, tmp_path: Path, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"out.{fmt}"
    target.write_bytes(b"previous export")
    calls = {"n": 0}

    def cancel_when_writing() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # after reading the library, while writing

    request_id = filled.kamervragen if fmt == "zip" else None
    with pytest.raises(ExportCancelled):
        export.export(fmt, target, request_id=request_id, should_cancel=cancel_when_writing)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_writer_crash_leaves_no_half_file(export, filled, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reportlab.platypus import SimpleDocTemplate

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SimpleDocTemplate, "build", boom)
    (tmp_path / "out").mkdir()
    with pytest.raises(ServiceError, match="No space left on device"):
        export.export("pdf", tmp_path / "out" / "report.pdf")
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_is_reported_and_ends_complete(export, filled, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int, str]] = []
    request_id = filled.kamervragen if fmt == "zip" else None
    export.export(
        fmt,
        tmp_path / f"x.{fmt}",
        request_id=request_id,
        on_progress=lambda d, t, m: seen.append((d, t, m)),
    )
    assert seen[0][2] == "Reading the library"
    assert seen[-1] == (1, 1, "Done")
    assert all(0 <= d <= t for d, t, _ in seen if t)


def test_the_library_is_not_changed_by_an_export(export, filled, tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.requests import RequestService

    before = [r.to_json() for r in RequestService(ctx).list()]
    for fmt in ("csv", "html", "ics"):
        export.export(fmt, tmp_path / f"x.{fmt}")
    assert [r.to_json() for r in RequestService(ctx).list()] == before


def test_exports_run_without_qt() -> None:
    """The writers and the service are headless: the CLI never loads Qt."""
    import subprocess
    import sys

    code = (
        "import sys, woo_tracker.services.export as e, woo_tracker.export.pdf_report, "
        "woo_tracker.export.html_report, woo_tracker.export.ics, woo_tracker.export.dossier, "
        "woo_tracker.export.tabular, woo_tracker.cli_export; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
