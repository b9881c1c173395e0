"""Left pane: the list of views with their counts painted on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from woo_tracker.ui.models.views import COUNT_ROLE, KEY_ROLE, ViewsModel


class _CountDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background and selection over the whole row
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        count = index.data(COUNT_ROLE)
        count_text = "" if count is None else str(count)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(opt.font)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(
            opt.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        right = metrics.horizontalAdvance(count_text) + 16 if count_text else 8
        text_rect = opt.rect.adjusted(8, 0, -right, 0)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            text_rect,
            align,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        if count_text:
            if not selected:
                painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(opt.rect.adjusted(0, 0, -8, 0), align, count_text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 24))


class ViewsPane(QListView):
    """Emits ``view_chosen(key)`` when the user picks a view."""

    view_chosen = Signal(str)

    def __init__(self, model: ViewsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewsPane")
        self.setModel(model)
        self.setItemDelegate(_CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key and not key.startswith("header:"):
            self.view_chosen.emit(key)

    def select_key(self, key: str) -> bool:
        model = self.model()
        assert isinstance(model, ViewsModel)
        row = model.row_of(key)
        if row < 0:
            return False
        self.setCurrentIndex(model.index(row))
        return True

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None
