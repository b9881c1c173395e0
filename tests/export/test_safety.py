"""What users and documents write must stay data: formulas, paths and half-written files."""

from __future__ import annotations

from pathlib import Path

import pytest

from woo_tracker.export.safety import (
    atomic_output,
    atomic_path,
    neutralise_cell,
    safe_filename,
    safe_member,
    unique_name,
)


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://evil","x")', "+31 6 1234", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\n=1"],
)
def test_a_cell_a_spreadsheet_would_evaluate_gets_an_apostrophe(text: str) -> None:
    assert neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Palantir", "2025Z15452", " =not at start", "", 3, None])
def test_ordinary_values_pass_unchanged(value: object) -> None:
    assert neutralise_cell(value) == value


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("besluit.pdf", "besluit.pdf"),
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("..", "document"),
        ("", "document"),
        ("a\x00b\x1fc\x7f.pdf", "abc.pdf"),
        ('what?<is>:"this"|*.pdf', "what__is___this___.pdf"),
        ("CON.pdf", "CON_.pdf"),
        ("  trailing dots... ", "trailing dots"),
        ("Besluit op uw Woo-verzoek (ë).pdf", "Besluit op uw Woo-verzoek (ë).pdf"),
    ],
)
def test_file_names_become_one_harmless_component(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_a_long_name_keeps_its_extension() -> None:
    name = safe_filename("x" * 500 + ".pdf")
    assert name.endswith(".pdf") and len(name) <= 120


def test_duplicate_names_get_a_numbered_suffix_ignoring_case() -> None:
    taken: set[str] = set()
    assert [unique_name(n, taken) for n in ("a.pdf", "A.pdf", "a.pdf", "b")] == [
        "a.pdf",
        "A (2).pdf",
        "a (3).pdf",
        "b",
    ]


def test_a_zip_member_stays_inside_its_folder() -> None:
    taken: set[str] = set()
    assert safe_member("documents", "../../x.pdf", taken) == "documents/x.pdf"
    assert safe_member("documents", "/abs/x.pdf", taken) == "documents/x (2).pdf"


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "overview.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target, "w") as fh:
        fh.write("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_successful_write_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "overview.xlsx"
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_bytes(b"new")
        assert not target.exists()
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]
    assert target.stat().st_mode & 0o644 == 0o644
