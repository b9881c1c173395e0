"""The status overview as CSV (for any spreadsheet) and XLSX (typed, filtered, overdue marked)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from woo_tracker.export.data import (
    COLUMNS,
    DATE_COLUMNS,
    OverviewRow,
    Progress,
    row_values,
)
from woo_tracker.export.safety import atomic_output, atomic_path, neutralise_cell

SEPARATORS = {",": ",", ";": ";", "\t": "\t", "tab": "\t", "\\t": "\t", "|": "|"}


def csv_cells(values: Sequence[object]) -> list[str]:
    out = []
    for value in values:
        if value is None:
            out.append("")
        elif isinstance(value, date):
            out.append(value.isoformat())
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out.append(str(value))  # a number, even a negative one, is no formula
        else:
            out.append(neutralise_cell(str(value)))
    return out


def write_csv(
    rows: Sequence[OverviewRow],
    output: Path,
    *,
    separator: str = ",",
    progress: Progress | None = None,
) -> int:
    """UTF-8 with a BOM so Excel reads the accents; ``;`` for a Dutch-language Excel."""
    delimiter = SEPARATORS.get(separator, separator)
    with atomic_output(output, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([header for _, header in COLUMNS])
        for i, row in enumerate(rows, 1):
            writer.writerow(csv_cells(row_values(row)))
            if progress:
                progress(i, len(rows), "")
    return len(rows)


def write_table_csv(
    handle: TextIO, headers: Sequence[str], rows: Sequence[Sequence[object]], separator: str = ","
) -> None:
    """A small neutralised CSV table onto an open text handle (used inside the dossier)."""
    writer = csv.writer(handle, delimiter=SEPARATORS.get(separator, separator))
    writer.writerow(list(headers))
    for r in rows:
        writer.writerow(csv_cells(r))


OVERDUE_FILL = "FFF4CCCC"
OVERDUE_FONT = "FF9C0006"
HEADER_FILL = "FF1F4E78"
WIDTHS = {
    "id": 6,
    "kind": 13,
    "number": 16,
    "title": 48,
    "organisation": 28,
    "investigation": 18,
    "status": 18,
    "overdue_days": 13,
    "days_open": 10,
    "documents": 11,
    "last_event": 18,
}


def write_xlsx(
    rows: Sequence[OverviewRow],
    output: Path,
    *,
    title: str = "Overview",
    progress: Progress | None = None,
) -> int:
    """One sheet: bold frozen header, autofilter, dates as dates, overdue rows filled red."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws.append([header for _, header in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center")
    overdue_fill = PatternFill("solid", fgColor=OVERDUE_FILL)
    for i, row in enumerate(rows, 1):
        r = i + 1
        for c, ((key, _), value) in enumerate(zip(COLUMNS, row_values(row), strict=True), 1):
            cell = ws.cell(row=r, column=c)
            safe = neutralise_cell(value)
            cell.value = safe
            if isinstance(safe, str):
                cell.data_type = "s"  # never a formula, whatever the text says
            if key in DATE_COLUMNS and value is not None:
                cell.number_format = "yyyy-mm-dd"
            if row.overdue:
                cell.fill = overdue_fill
                cell.font = Font(color=OVERDUE_FONT, bold=key == "overdue_days")
            if key == "title":
                cell.alignment = Alignment(wrap_text=False)
        if progress:
            progress(i, len(rows), "")
    for c, (key, header) in enumerate(COLUMNS, 1):
        width = WIDTHS.get(key, 12 if key in DATE_COLUMNS else max(10, len(header) + 2))
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(rows)) + 1}"
    wb.properties.title = title
    wb.properties.creator = "woo-tracker"
    with atomic_path(output) as tmp:
        wb.save(tmp)
    return len(rows)
