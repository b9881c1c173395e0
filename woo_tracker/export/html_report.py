"""The report as one self-contained HTML file: figures, chart (inline SVG), table, timelines.

Every piece of text from the library goes through ``html.escape``; the only markup is ours. The
page carries a Content-Security-Policy that forbids scripts, as a second line of defence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from woo_tracker.export.chart import category, chart_svg, overview_chart
from woo_tracker.export.data import (
    COLUMNS,
    DATE_COLUMNS,
    OverviewRow,
    Progress,
    Report,
    RequestDetail,
    Summary,
    deadline_label,
    event_label,
    kind_label,
    row_values,
)
from woo_tracker.export.safety import atomic_output

CSS = """
body{font-family:-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#222;
margin:2em auto;max-width:1200px;padding:0 1em;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.1em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
h3{margin:1.2em 0 .3em}.meta{color:#666;margin-top:0}
.cards{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:9em}
.card b{display:block;font-size:1.6em}.card.bad b{color:#b0281a}
table{border-collapse:collapse;width:100%;font-size:.86em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#1f4e78;color:#fff;position:sticky;top:0}
tr.overdue td{background:#f9dcdc}td.num{text-align:right}
td.title{min-width:16em}td.organisation{min-width:9em}
svg{max-width:100%;height:auto}.chart{margin:1em 0}
.timeline li{margin:.15em 0}.basis{color:#555}.note{white-space:pre-wrap}
.muted{color:#777}
@media print{th{position:static}h2{page-break-before:auto}section.request{page-break-inside:avoid}}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def summary_html(summary: Summary) -> str:
    cards = [
        ("Requests", summary.total, False),
        ("Open", summary.open, False),
        ("Overdue", summary.overdue, summary.overdue > 0),
        ("Answered", summary.answered, False),
        ("Answered late", _pct(summary.share_answered_late), bool(summary.answered_late)),
        ("Median days to answer", _days(summary.median_days_to_answer), False),
    ]
    out = ['<div class="cards">']
    for label, value, bad in cards:
        out.append(f'<div class="card{" bad" if bad else ""}"><b>{_e(value)}</b>{_e(label)}</div>')
    out.append("</div>")
    if len(summary.organisations) > 1:
        out.append("<h3>Per organisation</h3><table><thead><tr>")
        headers = [
            "Organisation",
            "Requests",
            "Open",
            "Overdue",
            "Answered",
            "Answered late",
            "Median days to answer",
        ]
        out.append("".join(f"<th>{_e(h)}</th>" for h in headers))
        out.append("</tr></thead><tbody>")
        for o in summary.organisations:
            late = _pct(o.answered_late / o.answered) if o.answered else "—"
            cells = [
                o.organisation,
                o.total,
                o.open,
                o.overdue,
                o.answered,
                late,
                _days(o.median_days_to_answer),
            ]
            out.append(
                "<tr>"
                + "".join(
                    f"<td{' class=num' if i else ''}>{_e(c)}</td>" for i, c in enumerate(cells)
                )
                + "</tr>"
            )
        out.append("</tbody></table>")
    return "\n".join(out)


def table_html(rows: Sequence[OverviewRow], *, link_details: bool = False) -> str:
    out = ["<table><thead><tr>"]
    out.append("".join(f"<th>{_e(h)}</th>" for _, h in COLUMNS))
    out.append("</tr></thead><tbody>")
    numeric = {"id", "overdue_days", "days_open", "documents"}
    for row in rows:
        cls = ' class="overdue"' if row.overdue else ""
        cells = []
        for (key, _), value in zip(COLUMNS, row_values(row), strict=True):
            text = _e(_fmt(value))
            if key == "title" and link_details:
                text = f'<a href="#request-{row.id}">{text}</a>'
            td = "<td class=num>" if key in numeric else f"<td class={key}>"
            if key in DATE_COLUMNS:
                td = "<td style=white-space:nowrap>"
            cells.append(f"{td}{text}</td>")
        out.append(f"<tr{cls}>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def detail_html(detail: RequestDetail) -> str:
    r = detail.row
    head = f"#{r.id} [{kind_label(r.kind)}] {r.title}"
    facts = [
        ("Number", r.number),
        ("Organisation", r.organisation),
        ("Requester", r.requester),
        ("Status", r.status.replace("_", " ")),
        ("Due", None if r.finished else r.due),
        ("Answered", r.answered_on),
        ("Overdue", f"{r.overdue_days} days" if r.overdue else None),
        ("State", category(r)),
    ]
    out = [f'<section class="request" id="request-{r.id}"><h3>{_e(head)}</h3>', "<p>"]
    out.append(
        " · ".join(f"<b>{_e(k)}:</b> {_e(_fmt(v))}" for k, v in facts if v not in (None, ""))
    )
    out.append("</p>")
    if detail.notes:
        out.append(f'<p class="note">{_e(detail.notes)}</p>')
    out.append("<h4>Timeline</h4>")
    out.append(timeline_html(detail))
    if detail.documents:
        out.append("<h4>Documents</h4><ul>")
        for doc in detail.documents:
            extra = ", ".join(
                x
                for x in (doc.doc_type, _fmt(doc.doc_date), f"{doc.pages} p." if doc.pages else "")
                if x
            )
            out.append(
                f"<li>{_e(doc.title or doc.filename)} <span class=muted>({_e(extra)})</span></li>"
            )
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


def timeline_items(detail: RequestDetail) -> list[tuple[date, str, str, str]]:
    """Events and deadlines in date order: (date, kind "event"/"deadline", text, detail)."""
    items: list[tuple[date, str, str, str]] = []
    for ev in detail.events:
        items.append((ev.date, "event", event_label(ev.type), ev.note or ""))
    for dl in detail.deadlines:
        text = f"due: {deadline_label(dl.key)}"
        extra = dl.basis
        if dl.overridden:
            extra += (
                f" (computed {dl.computed_due.isoformat()}; override: {dl.override_reason or ''})"
            )
        items.append((dl.due, "deadline", text, extra))
    items.sort(key=lambda x: (x[0], x[1] == "deadline"))
    return items


def timeline_html(detail: RequestDetail) -> str:
    items = timeline_items(detail)
    if not items:
        return '<p class="muted">No events recorded.</p>'
    out = ['<ul class="timeline">']
    for when, what, text, extra in items:
        cls = "basis" if what == "deadline" else "note"
        body = f"<b>{_e(when.isoformat())}</b> {_e(text)}"
        if extra:
            body += f' — <span class="{cls}">{_e(extra)}</span>'
        out.append(f"<li>{body}</li>")
    out.append("</ul>")
    return "\n".join(out)


def render_html(report: Report, progress: Progress | None = None) -> str:
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        f'<p class="meta">{_e(report.scope)} · generated {_e(report.generated_on.isoformat())} '
        "by woo-tracker</p>",
        "<h2>Summary</h2>",
        summary_html(report.summary),
    ]
    if len(report.rows) > 1:
        parts.append(f'<div class="chart">{chart_svg(overview_chart(report.rows))}</div>')
    parts += ["<h2>Requests</h2>", table_html(report.rows, link_details=bool(report.details))]
    if report.details:
        parts.append("<h2>Timelines</h2>")
        for i, detail in enumerate(report.details, 1):
            parts.append(detail_html(detail))
            if progress:
                progress(i, len(report.details), "")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(report: Report, output: Path, *, progress: Progress | None = None) -> int:
    text = render_html(report, progress)
    with atomic_output(output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        if progress:
            progress(len(report.details), len(report.details), "")
    return len(report.rows)
