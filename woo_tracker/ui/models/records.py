"""A small read-only table over a list of dicts (events, deadlines, documents, references).

Columns are (title function, value function) pairs, so headers and values are translated when
they are painted, not when the model is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Column = tuple[Callable[[], str], Callable[[dict[str, Any]], Any]]
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        foreground: Callable[[dict[str, Any], int], Any] | None = None,
        tooltip: Callable[[dict[str, Any], int], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[dict[str, Any]] = []
        self._foreground = foreground
        self._tooltip = tooltip

    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(record, index.column())
            value = self.columns[index.column()][1](record)
            return None if value in (None, "") else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(record, index.column())
        if role == RECORD_ROLE:
            return record
        return None
