"""The deadline overview: what is overdue, what falls due in the coming weeks (per week), and
two small charts — requests by status and by organisation.

The figures are gathered by a background job so a large library never blocks the window.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.services.requests import RequestRow, RequestService
from woo_tracker.ui import labels
from woo_tracker.ui.models.request_table import OVERDUE_COLOUR, SOON_COLOUR, urgency
from woo_tracker.ui.workers import FunctionJob, Job, JobRunner

WEEKS_AHEAD = 6
TOP_ORGANISATIONS = 8
#: rows listed per group; the rest is counted (the Overdue view in the list shows them all)
MAX_ROWS_PER_GROUP = 300
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class OverviewData:
    today: date
    due: list[RequestRow] = field(default_factory=list)
    by_status: Counter[str] = field(default_factory=Counter)
    by_organisation: Counter[str] = field(default_factory=Counter)


def gather(service: RequestService, job: Job | None = None) -> OverviewData:
    """Runs in a worker thread: only service calls, no widgets."""
    today = service.ctx.today()
    data = OverviewData(today=today, due=service.due_soon(WEEKS_AHEAD * 7))
    result = service.stats()
    data.by_status.update(result["by_status"])
    data.by_organisation.update(result["by_organisation"])
    return data


class DeadlineOverview(QWidget):
    #: the user double-clicked a request in the list
    request_activated = Signal(int)
    #: the figures are on screen
    loaded = Signal()

    def __init__(
        self, service: RequestService, runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineOverview")
        self.service = service
        self.runner = runner
        self.data: OverviewData | None = None
        self._job: Job | None = None

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(self._activated)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight:600; font-size:14px;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.status_chart = QChartView(self)
        self.status_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.status_chart.setMinimumHeight(220)
        self.organisation_chart = QChartView(self)
        self.organisation_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.organisation_chart.setMinimumHeight(220)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.tree, 1)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.status_chart)
        charts.addWidget(self.organisation_chart)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------------
    def set_service(self, service: RequestService) -> None:
        self.service = service
        self.data = None
        self.refresh()

    def refresh(self) -> Job:
        """Gather the figures in the background; ``loaded`` fires when they are shown."""
        if self._job is not None:
            self._job.cancel()
        service = self.service
        job = FunctionJob(lambda j: gather(service, j), name="overview")
        job.signals.finished.connect(
            lambda data, j=job: self._show(data) if j is self._job else None
        )
        job.signals.failed.connect(lambda text, _exc: self.summary.setText(text))
        self._job = job
        self.summary.setText(self.tr("Counting…"))
        return self.runner.start(job)

    def _show(self, data: OverviewData) -> None:
        self.data = data
        self._job = None
        self._fill_tree(data)
        self._fill_charts(data)
        self.loaded.emit()

    # -- the list -----------------------------------------------------------------------------
    def _fill_tree(self, data: OverviewData) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Days"),
                self.tr("Kind"),
                self.tr("Number / kenmerk"),
                self.tr("Title"),
                self.tr("Organisation"),
            ]
        )
        today = data.today
        overdue = [r for r in data.due if r.overdue]
        coming = [r for r in data.due if not r.overdue and r.due is not None]
        groups: list[tuple[str, list[RequestRow], QColor | None]] = []
        groups.append((self.tr("Overdue"), overdue, OVERDUE_COLOUR))
        monday = today - timedelta(days=today.weekday())
        for week in range(WEEKS_AHEAD + 1):
            start = monday + timedelta(weeks=week)
            end = start + timedelta(days=6)
            rows = [r for r in coming if r.due is not None and start <= r.due <= end]
            if week == 0:
                title = self.tr("This week (week %1)")
            elif week == 1:
                title = self.tr("Next week (week %1)")
            else:
                title = self.tr("Week %1")
            title = title.replace("%1", str(start.isocalendar().week))
            title += f" · {start.strftime('%d-%m')} – {end.strftime('%d-%m-%Y')}"
            if rows or week < 2:
                groups.append((title, rows, None))
        for title, rows, colour in groups:
            head = QStandardItem(f"{title}  ({len(rows)})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            if colour is not None and rows:
                head.setForeground(QBrush(colour))
            spacer = [QStandardItem("") for _ in range(5)]
            for row in rows[:MAX_ROWS_PER_GROUP]:
                items = [
                    QStandardItem(row.due.isoformat() if row.due else ""),
                    QStandardItem(labels.days_label(row.days_left, row.overdue)),
                    QStandardItem(labels.kind_label(row.kind)),
                    QStandardItem(row.number or ""),
                    QStandardItem(row.title),
                    QStandardItem(row.organisation or ""),
                ]
                level = urgency(row, today)
                brush = (
                    QBrush(OVERDUE_COLOUR if level == "overdue" else SOON_COLOUR) if level else None
                )
                for item in items:
                    item.setData(row.id, ID_ROLE)
                    item.setToolTip(row.title)
                if brush is not None:
                    items[0].setForeground(brush)
                    items[1].setForeground(brush)
                head.appendRow(items)
            if len(rows) > MAX_ROWS_PER_GROUP:
                more = QStandardItem(
                    self.tr("… and %1 more (see the list)").replace(
                        "%1", str(len(rows) - MAX_ROWS_PER_GROUP)
                    )
                )
                more.setForeground(QBrush(QColor("#757575")))
                head.appendRow([more, *[QStandardItem("") for _ in range(5)]])
            self.model.appendRow([head, *spacer])
            self.tree.setFirstColumnSpanned(
                self.model.rowCount() - 1, self.model.indexFromItem(head).parent(), True
            )
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        n_overdue = len(overdue)
        n_coming = len(coming)
        self.summary.setText(
            self.tr("%1 overdue, %2 due in the coming %3 weeks.")
            .replace("%1", str(n_overdue))
            .replace("%2", str(n_coming))
            .replace("%3", str(WEEKS_AHEAD))
        )

    def _activated(self, index: Any) -> None:
        request_id = index.data(ID_ROLE)
        if request_id is not None:
            self.request_activated.emit(int(request_id))

    # -- the charts ---------------------------------------------------------------------------
    def _bar_chart(self, title: str, pairs: list[tuple[str, int]], colour: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        pairs = list(reversed(pairs))  # horizontal bars draw bottom-up; biggest on top
        bars = QBarSet(title)
        bars.setColor(QColor(colour))
        bars.append([float(n) for _, n in pairs])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _ in pairs] or [""])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max([n for _, n in pairs], default=1)
        values.setRange(0, max(1, top) * 1.15)
        values.setTickCount(min(6, max(2, top + 1)))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    def _fill_charts(self, data: OverviewData) -> None:
        status_pairs = [(labels.status_label(s), n) for s, n in data.by_status.most_common()]
        orgs = data.by_organisation.most_common()
        top = [(name or self.tr("(no organisation)"), n) for name, n in orgs[:TOP_ORGANISATIONS]]
        rest = sum(n for _, n in orgs[TOP_ORGANISATIONS:])
        if rest:
            top.append((self.tr("Other"), rest))
        old = (self.status_chart.chart(), self.organisation_chart.chart())
        self.status_chart.setChart(
            self._bar_chart(self.tr("Requests by status"), status_pairs, "#1565c0")
        )
        self.organisation_chart.setChart(
            self._bar_chart(self.tr("Requests by organisation"), top, "#6a1b9a")
        )
        for chart in old:
            if chart is not None:
                chart.deleteLater()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Deadlines"))
        self.tree.setToolTip(self.tr("Double-click a request to open it"))
        if self.data is not None:
            self._fill_tree(self.data)
            self._fill_charts(self.data)
