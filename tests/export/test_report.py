"""The report in HTML and PDF: figures, chart, table, timelines — and no script from the data."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from woo_tracker.export.data import OverviewRow, summarise

EVIL_TITLE = '=HYPERLINK("http://evil","x")'
EVIL_NOTE = "<script>alert(1)</script>"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def test_summary_figures_per_organisation() -> None:
    rows = [
        OverviewRow(
            1,
            "woo",
            "a",
            organisation="BZK",
            received=date(2025, 1, 1),
            answered_on=date(2025, 1, 21),
            answer_due=date(2025, 1, 29),
            finished=True,
        ),
        OverviewRow(
            2,
            "woo",
            "b",
            organisation="BZK",
            received=date(2025, 1, 1),
            answered_on=date(2025, 3, 1),
            answer_due=date(2025, 1, 29),
            finished=True,
        ),
        OverviewRow(
            3,
            "woo",
            "c",
            organisation="BZK",
            received=date(2025, 1, 1),
            due=date(2025, 1, 29),
            overdue_days=10,
        ),
        OverviewRow(4, "kamervragen", "d", organisation="JenV", submitted=date(2025, 8, 27)),
    ]
    s = summarise(rows)
    assert (s.total, s.open, s.overdue, s.answered, s.answered_late) == (4, 2, 1, 2, 1)
    assert s.share_answered_late == 0.5
    assert s.median_days_to_answer == (20 + 59) / 2
    bzk = s.organisations[0]
    assert (bzk.organisation, bzk.total, bzk.open, bzk.overdue) == ("BZK", 3, 1, 1)
    assert bzk.median_days_to_answer == 39.5
    assert s.organisations[1].median_days_to_answer is None


def test_html_report_shows_the_data_escaped_with_chart_table_and_timelines(
    export, filled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.html"
    assert export.export("html", out)["rows"] == 5
    page = _parse(out)
    assert "script" not in page.tags  # the note stays text
    assert not any(name.startswith("on") for name, _ in page.attrs)
    assert "svg" in page.tags and "table" in page.tags
    text = "".join(page.text)
    assert EVIL_NOTE in text and EVIL_TITLE in text  # visible to the reader, as text
    assert "Requests per organisation" in text
    assert "Woo art. 4.4 lid 1" in text  # the timeline shows the legal basis
    assert "Ministerie van BZK" in text and "2025-05-23" in text
    assert "Median days to answer" in text and "Answered late" in text
    raw = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "Content-Security-Policy" in raw


def test_html_report_of_one_investigation(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "palantir.html"
    assert export.export("html", out, investigation="Palantir")["rows"] == 2
    text = "".join(_parse(out).text)
    assert "Investigation: Palantir" in text
    assert "Vragen over Palantir bij de politie" in text
    assert "Camera's op het plein" not in text


def test_organisation_names_in_the_chart_are_escaped(tmp_path: Path) -> None:
    from woo_tracker.export.chart import chart_svg, overview_chart

    svg = chart_svg(overview_chart([OverviewRow(1, "woo", "x", organisation=EVIL_NOTE)]))
    assert "<script" not in svg and "&lt;script&gt;" in svg


def _pdf_text(path: Path) -> str:
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_pdf_report_contains_titles_figures_and_timelines(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    assert export.export("pdf", out)["rows"] == 5
    assert out.read_bytes().startswith(b"%PDF")
    text = " ".join(_pdf_text(out).split())
    for expected in (
        "Status overview",
        "Vragen over Palantir bij de politie",
        EVIL_TITLE,
        EVIL_NOTE,
        "Requests per organisation",
        "Ministerie van BZK",
        "Woo art. 4.4 lid 1",
        "Timelines",
    ):
        assert expected in text, expected


def test_pdf_report_of_one_request(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "request.pdf"
    assert export.export("pdf", out, request_id=filled.kamervragen)["rows"] == 1
    text = " ".join(_pdf_text(out).split())
    assert f"Request #{filled.kamervragen}" in text and "2025Z15452" in text
    assert "Palantir contracten" not in text
