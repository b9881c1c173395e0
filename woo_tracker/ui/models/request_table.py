"""The request list as a lazily loaded table over ``RequestService.list``.

Sorting and filtering happen in SQL (``order_by``/``text``); rows arrive in pages of
``PAGE_SIZE`` as the view scrolls (``canFetchMore``/``fetchMore``), so a library of 50 000
requests opens with one COUNT and one page. With a ``JobRunner`` the next page is read ahead on
a worker thread while the user looks at the current one, so scrolling does not wait for SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from woo_tracker.domain import calendar_nl
from woo_tracker.services.requests import RequestRow, RequestService
from woo_tracker.ui import labels
from woo_tracker.ui.workers import FunctionJob, Job, JobRunner

PAGE_SIZE = 500
OVERDUE_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#b26a00")  # amber, readable on white
SOON_WORKING_DAYS = 5

#: column id, the service's order_by for it
COLUMNS: tuple[tuple[str, str], ...] = (
    ("kind", "kind"),
    ("number", "number"),
    ("title", "title"),
    ("organisation", "organisation"),
    ("submitted", "submitted"),
    ("due", "due"),
    ("days_left", "due"),
    ("status", "status"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def column_title(column: str) -> str:
    titles = {
        "kind": QCoreApplication.translate("RequestTableModel", "Kind"),
        "number": QCoreApplication.translate("RequestTableModel", "Number / kenmerk"),
        "title": QCoreApplication.translate("RequestTableModel", "Title"),
        "organisation": QCoreApplication.translate("RequestTableModel", "Organisation"),
        "submitted": QCoreApplication.translate("RequestTableModel", "Submitted"),
        "due": QCoreApplication.translate("RequestTableModel", "Due"),
        "days_left": QCoreApplication.translate("RequestTableModel", "Days left"),
        "status": QCoreApplication.translate("RequestTableModel", "Status"),
    }
    return titles[column]


def urgency(row: RequestRow, today: date) -> str | None:
    """'overdue', 'soon' (within 5 working days) or None."""
    if row.overdue:
        return "overdue"
    if (
        row.due is not None
        and row.days_left is not None
        and row.days_left >= 0
        and calendar_nl.working_days_between(today, row.due) <= SOON_WORKING_DAYS
    ):
        return "soon"
    return None


#: how long fetchMore waits for a page being read ahead before reading it itself
PREFETCH_WAIT_S = 30.0


class RequestTableModel(QAbstractTableModel):
    def __init__(
        self, service: RequestService, parent: Any = None, runner: JobRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self._generation = (
            0  # bumped by every reload; a page read ahead for an older one is dropped
        )
        self._ahead: tuple[int, int, Job] | None = None  # generation, offset, job
        self.view = "all"
        self.text = ""
        self.order_by = "due"
        self.order_column = COLUMNS.index(("due", "due"))
        self.descending = False
        self.total = 0
        self._rows: list[RequestRow] = []
        self._urgency: dict[int, str | None] = {}

    # -- what to show -------------------------------------------------------------------------
    def set_service(self, service: RequestService) -> None:
        self.service = service
        self.reload()

    def set_view(self, view: str) -> None:
        self.view = view
        self.reload()

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self.reload()

    def reload(self) -> None:
        """Count again and load the first page (after any change to the data or the query)."""
        self._generation += 1
        if self._ahead is not None:
            self._ahead[2].cancel()
            self._ahead = None
        self.beginResetModel()
        self.total = self.service.count(self.view, text=self.text or None)
        self._rows = self._page(0) if self.total else []
        self._urgency = {}
        self.endResetModel()
        self._read_ahead()

    def _page(self, offset: int) -> list[RequestRow]:
        return self.service.list(
            self.view,
            text=self.text or None,
            order_by=self.order_by,
            descending=self.descending,
            offset=offset,
            limit=PAGE_SIZE,
        )

    def _read_ahead(self) -> None:
        """Start reading the next page on a worker thread (when there is one to read)."""
        if self.runner is None or len(self._rows) >= self.total:
            return
        key = (self._generation, len(self._rows))
        if self._ahead is not None and self._ahead[:2] == key:
            return
        service, view, text = self.service, self.view, self.text or None
        order_by, descending, offset = self.order_by, self.descending, len(self._rows)
        job = FunctionJob(
            lambda _job: service.list(
                view,
                text=text,
                order_by=order_by,
                descending=descending,
                offset=offset,
                limit=PAGE_SIZE,
            ),
            name="request-page",
        )
        self._ahead = (*key, job)
        self.runner.start(job)

    def _take_read_ahead(self) -> list[RequestRow] | None:
        """The page read ahead for the current end of the list, waiting for it if need be."""
        ahead, self._ahead = self._ahead, None
        if ahead is None:
            return None
        if ahead[:2] != (self._generation, len(self._rows)):
            ahead[2].cancel()
            return None
        job = ahead[2]
        if not job.wait(PREFETCH_WAIT_S) or job.error is not None or job.is_cancelled:
            return None
        return job.result

    def row_at(self, row: int) -> RequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, request_id: int) -> int:
        """Position of a request among the loaded rows, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def load_until(self, request_id: int) -> int:
        """Load pages until ``request_id`` appears (or all are loaded); its row, or -1."""
        while (pos := self.row_of_id(request_id)) < 0 and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return pos

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or len(self._rows) >= self.total:
            return
        page = self._take_read_ahead()
        if page is None:
            page = self._page(len(self._rows))
        if not page:
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self._read_ahead()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.order_column = column
        self.order_by = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section][0])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def _urgency_of(self, row: RequestRow) -> str | None:
        if row.id not in self._urgency:
            self._urgency[row.id] = urgency(row, self.service.ctx.today())
        return self._urgency[row.id]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title":
                return row.title
            if column in ("due", "days_left") and row.due:
                return self._display(row, "days_left") or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in ("due", "days_left", "status"):
            level = self._urgency_of(row)
            if level == "overdue":
                return QBrush(OVERDUE_COLOUR)
            if level == "soon":
                return QBrush(SOON_COLOUR)
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and column == "days_left"
            and self._urgency_of(row) == "overdue"
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "days_left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == URGENCY_ROLE:
            return self._urgency_of(row)
        return None

    @staticmethod
    def _display(row: RequestRow, column: str) -> str:
        if column == "kind":
            return labels.kind_label(row.kind)
        if column == "number":
            return row.number or ""
        if column == "title":
            return row.title
        if column == "organisation":
            return row.organisation or ""
        if column == "submitted":
            start = row.submitted or row.received
            return start.isoformat() if start else ""
        if column == "due":
            return row.due.isoformat() if row.due else ""
        if column == "days_left":
            return labels.days_label(row.days_left, row.overdue)
        if column == "status":
            return labels.status_label(row.status)
        return ""
