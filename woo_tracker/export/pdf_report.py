"""The report as PDF with reportlab platypus: figures, chart, the table, per request its timeline.

reportlab's Paragraph reads a small XML markup, so every text from the library is escaped before
it becomes a Paragraph. A Unicode TrueType font (DejaVu Sans, Arial…) is used when the system has
one; otherwise the built-in Helvetica, with characters it cannot show replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from woo_tracker.export.chart import overview_chart
from woo_tracker.export.data import (
    OverviewRow,
    Progress,
    Report,
    RequestDetail,
    Summary,
    kind_label,
    status_label,
)
from woo_tracker.export.html_report import timeline_items
from woo_tracker.export.safety import atomic_path

FONT_CANDIDATES: tuple[tuple[str, str], ...] = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    (
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    ),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)

OVERDUE_BG = "#f9dcdc"
HEADER_BG = "#1f4e78"


@lru_cache(maxsize=1)
def fonts() -> tuple[str, str, bool]:
    """(regular, bold, unicode?) — registered once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            try:
                pdfmetrics.registerFont(TTFont("WooSans", regular))
                pdfmetrics.registerFont(TTFont("WooSans-Bold", bold))
            except Exception:  # a broken font file: try the next one
                continue
            return "WooSans", "WooSans-Bold", True
    return "Helvetica", "Helvetica-Bold", False


def _text(value: object) -> str:
    """Escaped for Paragraph markup, and limited to what the font can show."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    if not fonts()[2]:
        text = text.encode("cp1252", "replace").decode("cp1252")
    return escape(text).replace("\n", "<br/>")


class _Builder:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

        regular, bold, _ = fonts()
        base = getSampleStyleSheet()
        self.regular, self.bold = regular, bold
        self.h1 = ParagraphStyle("h1", parent=base["Heading1"], fontName=bold, fontSize=18)
        self.h2 = ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=14)
        self.h3 = ParagraphStyle(
            "h3", parent=base["Heading3"], fontName=bold, fontSize=11, spaceBefore=10, spaceAfter=3
        )
        self.body = ParagraphStyle(
            "body", parent=base["BodyText"], fontName=regular, fontSize=9, leading=11.5
        )
        self.meta = ParagraphStyle("meta", parent=self.body, textColor="#666666")
        self.facts = ParagraphStyle("facts", parent=self.body, spaceAfter=4)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=7.5, leading=9)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, textColor="#ffffff")

    def p(self, text: str, style=None):  # type: ignore[no-untyped-def]
        from reportlab.platypus import Paragraph

        return Paragraph(text, style or self.body)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        shaded: Sequence[int] = (),
    ):  # type: ignore[no-untyped-def]
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, TableStyle

        data = [[self.p(_text(h), self.head) for h in header]]
        data += [[self.p(_text(c), self.cell) for c in r] for r in rows]
        t = LongTable(data, colWidths=list(widths), repeatRows=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_BG)),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in shaded:
            style.append(("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor(OVERDUE_BG)))
        t.setStyle(TableStyle(style))
        return t


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _summary(b: _Builder, s: Summary, width: float) -> list:  # type: ignore[type-arg]
    line = (
        f"<b>{s.total}</b> request{'' if s.total == 1 else 's'} · <b>{s.open}</b> open · "
        f"<font color='#b0281a'><b>{s.overdue}</b> overdue</font> · <b>{s.answered}</b> answered"
    )
    if s.answered:
        line += (
            f", {_pct(s.share_answered_late)} of them late · "
            f"median <b>{_days(s.median_days_to_answer)}</b> days to an answer"
        )
    story = [b.p(line)]
    if len(s.organisations) > 1:
        header = [
            "Organisation",
            "Requests",
            "Open",
            "Overdue",
            "Answered",
            "Answered late",
            "Median days to answer",
        ]
        rows = [
            [
                o.organisation,
                o.total,
                o.open,
                o.overdue,
                o.answered,
                _pct(o.answered_late / o.answered) if o.answered else "—",
                _days(o.median_days_to_answer),
            ]
            for o in s.organisations
        ]
        rest = (width - 260) / 6
        story.append(b.p("Per organisation", b.h3))
        story.append(b.table(header, rows, [260] + [rest] * 6))
    return story


TABLE_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("id", "ID", 0.035),
    ("kind", "Kind", 0.085),
    ("number", "Number", 0.085),
    ("title", "Title", 0.23),
    ("organisation", "Organisation", 0.15),
    ("status", "Status", 0.09),
    ("received", "Start", 0.075),
    ("due", "Due", 0.075),
    ("overdue_days", "Overdue days", 0.06),
    ("answered_on", "Answered", 0.075),
    ("documents", "Docs", 0.04),
)


def _cell(row: OverviewRow, key: str) -> object:
    if key == "kind":
        return kind_label(row.kind)
    if key == "status":
        return status_label(row.status)
    if key == "received":
        return row.received or row.submitted
    return getattr(row, key)


def _overview_table(b: _Builder, rows: Sequence[OverviewRow], width: float):  # type: ignore[no-untyped-def]
    header = [h for _, h, _ in TABLE_COLUMNS]
    data = [[_cell(r, key) for key, _, _ in TABLE_COLUMNS] for r in rows]
    widths = [share * width for _, _, share in TABLE_COLUMNS]
    widths[3] += width - sum(widths)
    shaded = [i for i, r in enumerate(rows) if r.overdue]
    return b.table(header, data, widths, shaded=shaded)


def _detail(b: _Builder, d: RequestDetail, width: float) -> list:  # type: ignore[type-arg]
    from reportlab.platypus import KeepTogether

    r = d.row
    facts = [
        ("Number", r.number),
        ("Organisation", r.organisation),
        ("Requester", r.requester),
        ("Status", status_label(r.status)),
        ("Due", None if r.finished else r.due),
        ("Answered", r.answered_on),
        ("Overdue", f"{r.overdue_days} days" if r.overdue else None),
    ]
    head = [
        b.p(_text(f"#{r.id} [{kind_label(r.kind)}] {r.title}"), b.h3),
        b.p(
            " · ".join(f"<b>{_text(k)}:</b> {_text(v)}" for k, v in facts if v not in (None, "")),
            b.facts,
        ),
    ]
    if d.notes:
        head.append(b.p(_text(d.notes), b.meta))
    items = timeline_items(d)
    if items:
        rows = [[when, text, extra] for when, _, text, extra in items]
        block = [
            *head,
            b.table(
                ["Date", "What", "Details / legal basis"],
                rows,
                [0.1 * width, 0.22 * width, 0.68 * width],
            ),
        ]
    else:
        block = [*head, b.p("No events recorded.", b.meta)]
    story: list = [KeepTogether(block)] if len(items) < 25 else block  # type: ignore[type-arg]
    if d.documents:
        docs = "; ".join(_text(doc.title or doc.filename) for doc in d.documents)
        story.append(b.p(f"<b>Documents:</b> {docs}"))
    return story


def write_pdf(report: Report, output: Path, *, progress: Progress | None = None) -> int:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    b = _Builder()
    pagesize = landscape(A4)
    margin = 14 * mm
    width = pagesize[0] - 2 * margin
    story: list = [  # type: ignore[type-arg]
        b.p(_text(report.title), b.h1),
        b.p(
            _text(f"{report.scope} · generated {report.generated_on.isoformat()} by woo-tracker"),
            b.meta,
        ),
        b.p("Summary", b.h2),
        *_summary(b, report.summary, width),
    ]
    if len(report.rows) > 1:
        chart = overview_chart(report.rows, width=width, font=b.regular, bold_font=b.bold)
        story += [Spacer(1, 8), chart]
    story += [b.p("Requests", b.h2), _overview_table(b, report.rows, width)]
    if report.details:
        story.append(b.p("Timelines", b.h2))
        for i, detail in enumerate(report.details, 1):
            story += _detail(b, detail, width)
            if progress:
                progress(i, len(report.details), "")

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(b.regular, 7)
        canvas.setFillColor("#777777")
        title = (
            report.title
            if fonts()[2]
            else report.title.encode("cp1252", "replace").decode("cp1252")
        )
        canvas.drawString(margin, 8 * mm, title[:120])
        canvas.drawRightString(pagesize[0] - margin, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    with atomic_path(output) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=report.title,
            author="woo-tracker",
            creator="woo-tracker",
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return len(report.rows)
