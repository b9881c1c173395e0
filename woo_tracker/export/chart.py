"""The report's chart: requests per organisation by state, as a reportlab Drawing.

The same Drawing goes into the PDF as a flowable and into the HTML report as inline SVG
(reportlab.graphics.renderSVG), so both reports show one picture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from woo_tracker.export.data import NO_ORGANISATION, OverviewRow

#: (label, colour) of the stacked segments, in drawing order.
SEGMENTS: tuple[tuple[str, str], ...] = (
    ("Answered in time", "#4e9a6b"),
    ("Answered late", "#e0a030"),
    ("Open, in time", "#5b8fc9"),
    ("Overdue", "#c0392b"),
    ("Closed otherwise", "#a0a0a0"),
)
MAX_ORGANISATIONS = 12


def category(row: OverviewRow) -> str:
    """Which one segment a request counts in."""
    if row.overdue:
        return "Overdue"
    if row.answered_on is not None:
        return "Answered late" if row.answered_late else "Answered in time"
    if not row.finished:
        return "Open, in time"
    return "Closed otherwise"


def _short(text: str, limit: int = 34) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def counts_per_organisation(
    rows: Sequence[OverviewRow],
) -> tuple[list[str], dict[str, list[int]]]:
    """Organisations (most requests first, the rest folded into "Other") and counts per segment."""
    per_org: dict[str, dict[str, int]] = {}
    for row in rows:
        org = row.organisation or NO_ORGANISATION
        per_org.setdefault(org, {}).setdefault(category(row), 0)
        per_org[org][category(row)] += 1
    names = sorted(per_org, key=lambda n: (-sum(per_org[n].values()), n.lower()))
    if len(names) > MAX_ORGANISATIONS:
        keep, rest = names[: MAX_ORGANISATIONS - 1], names[MAX_ORGANISATIONS - 1 :]
        other: dict[str, int] = {}
        for n in rest:
            for k, v in per_org[n].items():
                other[k] = other.get(k, 0) + v
        per_org = {n: per_org[n] for n in keep} | {"Other": other}
        names = [*keep, "Other"]
    data = {label: [per_org[n].get(label, 0) for n in names] for label, _ in SEGMENTS}
    return names, data


def overview_chart(
    rows: Sequence[OverviewRow],
    *,
    width: float = 680,
    font: str = "Helvetica",
    bold_font: str = "Helvetica-Bold",
) -> Drawing:
    """A stacked horizontal bar per organisation (top down, most requests first)."""
    names, data = counts_per_organisation(rows)
    used = [(label, colour) for label, colour in SEGMENTS if any(data[label])] or [SEGMENTS[2]]
    bar_h = 22
    label_w = 200
    plot_h = max(1, len(names)) * bar_h
    height = plot_h + 80
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    d.add(String(0, height - 16, "Requests per organisation", fontName=bold_font, fontSize=12))
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 40
    chart.width = width - label_w - 20
    chart.height = plot_h
    # reportlab draws the first category at the bottom; reverse so the largest is on top.
    chart.data = [list(reversed(data[label])) or [0] for label, _ in used]
    chart.categoryAxis.categoryNames = [_short(n) for n in reversed(names)] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -10
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    top = max(
        (sum(col) for col in zip(*[data[label] for label, _ in used], strict=True)), default=0
    )
    chart.valueAxis.valueMax = max(1, top)
    chart.valueAxis.valueStep = max(1, round(max(1, top) / 8))
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d"
    chart.barWidth = bar_h * 0.7
    chart.groupSpacing = bar_h * 0.3
    chart.barSpacing = 0
    for i, (_, colour) in enumerate(used):
        chart.bars[i].fillColor = colors.HexColor(colour)
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.5
    d.add(chart)
    legend = Legend()
    legend.x = label_w
    legend.y = 16
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.dx = 8
    legend.dy = 8
    legend.fontName = font
    legend.fontSize = 8
    legend.colorNamePairs = [(colors.HexColor(c), label) for label, c in used]
    d.add(legend)
    return d


def chart_svg(drawing: Drawing) -> str:
    """The drawing as an ``<svg>`` element to put inside HTML (no XML prolog or doctype)."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(drawing, useClip=True)
    start = svg.find("<svg")
    svg = svg[start:] if start >= 0 else svg
    svg = svg.replace("<title>...</title>", "<title>Requests per organisation</title>", 1)
    svg = svg.replace("<desc>...</desc>", "", 1)
    # reportlab names PDF core fonts; give browsers a family list (and real bold) instead.
    svg = svg.replace(
        "font-family: Helvetica-Bold;",
        "font-family: Helvetica, Arial, sans-serif; font-weight: bold;",
    )
    svg = svg.replace("font-family: Helvetica;", "font-family: Helvetica, Arial, sans-serif;")
    return svg.replace("<svg ", '<svg role="img" aria-label="Requests per organisation" ', 1)
