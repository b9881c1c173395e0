"""The left pane: the fixed views of the request list, then the user's investigations, with counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from woo_tracker.services.errors import ServiceError
from woo_tracker.services.linking import LinkingService
from woo_tracker.services.requests import VIEWS, RequestService
from woo_tracker.ui import labels

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_KEY = "header:investigations"
DOCUMENTS_HEADER_KEY = "header:documents"
#: the left-pane entry for documents not filed with a request (not a view of the request list)
INBOX_KEY = "inbox"
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class ViewEntry:
    key: str  # a services.requests view: "all", "overdue", "investigation:3", or the header
    name: str | None = None  # investigations only: the user's own name, never translated
    count: int = 0

    @property
    def is_header(self) -> bool:
        return self.key.startswith("header:")


class ViewsModel(QAbstractListModel):
    def __init__(self, service: RequestService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.entries: list[ViewEntry] = []

    def refresh(self) -> None:
        """Count every view again (after any change); cheap COUNT queries."""
        entries = [ViewEntry(v, count=self.service.count(v)) for v in VIEWS]
        try:
            inbox = LinkingService(self.service.ctx).inbox_count()
        except ServiceError:
            inbox = 0
        entries += [ViewEntry(DOCUMENTS_HEADER_KEY), ViewEntry(INBOX_KEY, count=inbox)]
        investigations = self.service.investigations()
        if investigations:
            entries.append(ViewEntry(HEADER_KEY))
            entries += [
                ViewEntry(f"investigation:{i['id']}", i["name"], i["requests"])
                for i in investigations
            ]
        if [e.key for e in entries] == [e.key for e in self.entries]:
            self.entries = entries
            self.dataChanged.emit(self.index(0), self.index(len(entries) - 1))
        else:
            self.beginResetModel()
            self.entries = entries
            self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.key == key), -1)

    def label(self, entry: ViewEntry) -> str:
        if entry.key == DOCUMENTS_HEADER_KEY:
            return QCoreApplication.translate("ViewsModel", "Documents")
        if entry.key == INBOX_KEY:
            return QCoreApplication.translate("ViewsModel", "Inbox")
        if entry.is_header:
            return QCoreApplication.translate("ViewsModel", "Investigations")
        if entry.name is not None:
            return entry.name
        return labels.view_label(entry.key)

    def retranslate(self) -> None:
        if self.entries:
            self.dataChanged.emit(self.index(0), self.index(len(self.entries) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self.entries[index.row()].is_header:
            return Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(entry)
        if role == KEY_ROLE:
            return entry.key
        if role == COUNT_ROLE:
            return None if entry.is_header else entry.count
        if role == Qt.ItemDataRole.FontRole and entry.is_header:
            font = QFont()
            font.setBold(True)
            font.setCapitalization(QFont.Capitalization.SmallCaps)
            return font
        if role == Qt.ItemDataRole.FontRole and entry.key == INBOX_KEY and entry.count:
            font = QFont()
            font.setBold(True)  # something is waiting to be filed
            return font
        if role == Qt.ItemDataRole.ToolTipRole and entry.key == INBOX_KEY:
            return QCoreApplication.translate(
                "ViewsModel", "Documents not filed with a request yet: %1"
            ).replace("%1", str(entry.count))
        if role == Qt.ItemDataRole.ToolTipRole and not entry.is_header:
            return (
                QCoreApplication.translate("ViewsModel", "%1: %2 requests")
                .replace("%1", self.label(entry))
                .replace("%2", str(entry.count))
            )
        return None
