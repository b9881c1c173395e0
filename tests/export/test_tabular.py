"""The status overview as CSV and XLSX, read back the way Excel and a script would."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

EVIL_TITLE = '=HYPERLINK("http://evil","x")'


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def test_csv_has_one_row_per_request_with_the_overview_columns(
    export, filled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "overview.csv"
    result = export.export("csv", out)
    assert result == {"format": "csv", "output": str(out), "rows": 5}
    rows = {int(r["ID"]): r for r in _read_csv(out)}
    assert set(rows) == {
        filled.evil,
        filled.kamervragen,
        filled.upcoming,
        filled.wob,
        filled.decided,
    }
    evil = rows[filled.evil]
    assert evil["Title"] == "'" + EVIL_TITLE  # shown as text, never evaluated
    assert evil["Kind"] == "Woo" and evil["Organisation"] == "Ministerie van BZK"
    assert evil["Received"] == "2025-04-25" and evil["Due"] == "2025-05-23"
    assert evil["Status"] == "awaiting decision"
    assert evil["Overdue days"] == str((dt.date(2025, 11, 24) - dt.date(2025, 5, 23)).days)
    assert evil["Last event"] == "acknowledged" and evil["Last event date"] == "2025-04-28"
    kv = rows[filled.kamervragen]
    assert kv["Number"] == "2025Z15452" and kv["Answered"] == "2025-10-31"
    assert kv["Overdue days"] == "" and kv["Documents"] == ("1" if filled.document_id else "0")
    assert rows[filled.upcoming]["Title"] == "Algoritmes veiligheidsregio’s — “Ëxtra”"
    assert rows[filled.upcoming]["Overdue days"] == ""


def test_csv_with_semicolons_for_dutch_excel(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "overzicht.csv"
    export.export("csv", out, separator=";")
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("ID;Kind;Number;Title")
    rows = _read_csv(out, ";")
    assert len(rows) == 5 and any(r["Title"] == "'" + EVIL_TITLE for r in rows)


def test_csv_of_one_investigation(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "palantir.csv"
    assert export.export("csv", out, investigation="Palantir")["rows"] == 2
    assert {int(r["ID"]) for r in _read_csv(out)} == {filled.evil, filled.kamervragen}


def test_xlsx_has_dates_frozen_header_filter_and_marks_overdue_rows(
    export, filled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    out = tmp_path / "overview.xlsx"
    assert export.export("xlsx", out)["rows"] == 5
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:5] == ["ID", "Kind", "Number", "Title", "Organisation"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}6"
    col = {name: i + 1 for i, name in enumerate(header)}
    by_id = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}

    evil = by_id[filled.evil]
    title = ws.cell(evil, col["Title"])
    assert title.value == "'" + EVIL_TITLE and title.data_type == "s"
    received = ws.cell(evil, col["Received"])
    assert received.is_date and received.value.date() == dt.date(2025, 4, 25)
    assert ws.cell(evil, col["Due"]).is_date
    assert ws.cell(evil, col["Overdue days"]).value == 185
    assert ws.cell(evil, col["Documents"]).data_type == "n"
    assert ws.cell(evil, col["Title"]).fill.fgColor.rgb == "FFF4CCCC"  # overdue: marked red

    fine = by_id[filled.upcoming]
    assert ws.cell(fine, col["Title"]).fill.fgColor.rgb != "FFF4CCCC"
    assert ws.cell(fine, col["Overdue days"]).value is None
    assert ws.cell(by_id[filled.kamervragen], col["Answered"]).value.date() == dt.date(2025, 10, 31)
    # nothing in the workbook is a formula
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_negative_numbers_stay_numbers_in_csv() -> None:
    from woo_tracker.export.tabular import csv_cells

    assert csv_cells([-3, 2.5, "-3", "=1+1"]) == ["-3", "2.5", "'-3", "'=1+1"]
