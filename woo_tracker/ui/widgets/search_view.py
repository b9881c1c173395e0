"""Search all documents: one box (Ctrl+F), filters by request, type and date, hits with the word marked.

The query goes to ``DocumentService.search`` (full-text search on page texts); a query it cannot
understand comes back as a ``ValidationError`` sentence shown under the box. Opening a hit shows
that page in the document view.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.services.context import AppContext
from woo_tracker.services.documents import DocumentService
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.requests import RequestService
from woo_tracker.ui import labels

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
FILE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_LIMIT = 200
NO_DATE = QDate(1900, 1, 1)
_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The service's snippet («hit» marked) as HTML with the hits in bold, on one paragraph."""
    text = html.escape(" ".join((snippet or "").split()))
    return text.replace("«", '<b style="background:#ffe082; color:#000;">').replace("»", "</b>")


class HitsModel(QAbstractListModel):
    """The hits of one search (``SearchHit`` objects from the service)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []
        #: document id → {"filename", "ocr_pages", …} of the documents hit
        self.files: dict[int, dict[str, Any]] = {}

    def set_hits(self, hits: list[Any], files: dict[int, dict[str, Any]] | None = None) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.files = files or {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.page}: {hit.snippet.replace(chr(10), ' ')}"
        if role == HIT_ROLE:
            return hit
        if role == FILE_ROLE:
            return self.files.get(hit.document_id, {})
        return None


class HitDelegate(QStyledItemDelegate):
    """Title and page on the first line, the snippet with the hit in bold below, wrapped."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def document(
        self, index: _Index, width: int, palette: QPalette, selected: bool
    ) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        grey = colour if selected else palette.color(QPalette.ColorRole.PlaceholderText).name()
        meta = [
            QCoreApplication.translate("SearchView", "page %1").replace("%1", str(hit.page)),
            labels.doc_type_label(hit.doc_type),
        ]
        if hit.doc_date:
            meta.append(hit.doc_date.isoformat())
        file = index.data(FILE_ROLE) or {}
        if file.get("filename"):
            meta.append(file["filename"])
        doc.setHtml(
            f'<div style="color:{colour};"><b>{html.escape(hit.title or "")}</b>'
            f' <span style="color:{grey};">— {html.escape(" · ".join(meta))}</span><br>'
            f"{snippet_html(hit.snippet)}</div>"
        )
        doc.setTextWidth(max(50, width - 12))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self.document(index, opt.rect.width(), opt.palette, selected)
        painter.save()
        painter.translate(opt.rect.left() + 6, opt.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self.view.viewport().width()
        doc = self.document(index, width, option.palette, False)
        return QSize(width, int(doc.size().height()) + 10)


class SearchView(QWidget):
    #: open a hit: document id, page, the query (to mark its words on the page)
    hit_opened = Signal(int, int, str)

    def __init__(self, ctx_getter: Callable[[], AppContext], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.ctx_getter = ctx_getter
        self.last_query = ""
        self.error: str | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAcceptDrops(False)  # dropped files are documents to add, not text
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.search)
        box = QHBoxLayout()
        box.addWidget(self.search_edit, 1)
        box.addWidget(self.search_button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("searchError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#c62828;")
        self.error_label.hide()
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color:palette(placeholder-text);")

        self.request_combo = QComboBox(self)
        self.request_combo.setObjectName("searchRequest")
        self.request_combo.setMinimumContentsLength(24)
        self.request_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("searchType")
        self.type_combo.addItem("", None)
        for doc_type in labels.DOC_TYPES:
            self.type_combo.addItem("", doc_type)
        self.from_edit = self._date_edit("searchFrom")
        self.to_edit = self._date_edit("searchTo")
        self.request_label = QLabel(self)
        self.type_label = QLabel(self)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        filters = QHBoxLayout()
        for label, widget in (
            (self.request_label, self.request_combo),
            (self.type_label, self.type_combo),
            (self.from_label, self.from_edit),
            (self.to_label, self.to_edit),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        for combo in (self.request_combo, self.type_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._filters_changed())

        self.count_label = QLabel(self)
        self.count_label.setObjectName("searchCount")
        self.count_label.setStyleSheet("color:palette(placeholder-text);")
        self.model = HitsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self.open_index)
        self.results.doubleClicked.connect(self.open_index)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(box)
        layout.addWidget(self.error_label)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.help_label)
        self.refresh_filters()
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2025-12-31") + 40)
        return edit

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the text of all documents (Ctrl+F)"))
        self.search_button.setText(self.tr("Search"))
        self.help_label.setText(
            self.tr(
                'All words must occur; "an exact phrase" in quotes; OR between alternatives; '
                "-word leaves out pages with that word; raffin* finds words that begin so. "
                "Double-click a result to read that page."
            )
        )
        self.request_label.setText(self.tr("Request"))
        self.type_label.setText(self.tr("Type"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("any date"))
        self.request_combo.setItemText(0, self.tr("Any request"))
        self.type_combo.setItemText(0, self.tr("Any type"))
        for i, doc_type in enumerate(labels.DOC_TYPES, start=1):
            self.type_combo.setItemText(i, labels.doc_type_label(doc_type))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters ------------------------------------------------------------------------------
    def refresh_filters(self) -> None:
        """The requests to filter by, again (after requests were added or the library changed)."""
        current = self.request_combo.currentData()
        self.request_combo.blockSignals(True)
        self.request_combo.clear()
        self.request_combo.addItem(self.tr("Any request"), None)
        try:
            rows = RequestService(self.ctx_getter()).with_documents()
        except ServiceError:
            rows = []
        for request_id, number, title in rows:
            self.request_combo.addItem(f"{number} — {title}" if number else title, request_id)
        index = self.request_combo.findData(current) if current is not None else 0
        self.request_combo.setCurrentIndex(max(0, index))
        self.request_combo.blockSignals(False)

    def set_request_filter(self, request_id: int | None) -> None:
        index = self.request_combo.findData(request_id) if request_id is not None else 0
        self.request_combo.setCurrentIndex(max(0, index))

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        return None if edit.date() == NO_DATE else edit.date().toPython()

    def _filters_changed(self) -> None:
        if self.search_edit.text().strip():
            self.search()

    # -- searching ----------------------------------------------------------------------------
    def search(self, query: str | None = None) -> list[Any]:
        """Run the search in the box (or ``query``); a query error is shown under the box."""
        if query is not None:
            self.search_edit.setText(query)
        text = self.search_edit.text().strip()
        self.last_query = text
        self._set_error(None)
        if not text:
            self.model.set_hits([])
            self._update_count()
            return []
        try:
            hits = DocumentService(self.ctx_getter()).search(
                text,
                limit=SEARCH_LIMIT,
                request_id=self.request_combo.currentData(),
                doc_type=self.type_combo.currentData(),
                date_from=self._date(self.from_edit),
                date_to=self._date(self.to_edit),
            )
        except ServiceError as exc:  # ValidationError: the query explained in a sentence
            self.model.set_hits([])
            self._set_error(self.query_error_text(str(exc)))
            self._update_count()
            return []
        try:
            files = DocumentService(self.ctx_getter()).files_of([h.document_id for h in hits])
        except ServiceError:
            files = {}
        self.model.set_hits(hits, files)
        self._update_count()
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        return hits

    def query_error_text(self, message: str) -> str:
        """The service's sentence in the user's language when it is one of the known ones."""
        known = {
            "The search is empty; type one or more words.": self.tr(
                "The search is empty; type one or more words."
            ),
            'The search has an opening quote without a closing one; add the closing " or '
            "remove it.": self.tr(
                'The search has an opening quote without a closing one; add the closing " or '
                "remove it."
            ),
            "The search has no words to look for; type letters or digits.": self.tr(
                "The search has no words to look for; type letters or digits."
            ),
            "A search cannot only exclude words; add a word to look for beside the -word.": (
                self.tr(
                    "A search cannot only exclude words; add a word to look for beside the -word."
                )
            ),
        }
        return known.get(message, message)

    def _set_error(self, text: str | None) -> None:
        self.error = text
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))

    def _update_count(self) -> None:
        n = len(self.model.hits)
        if not self.last_query or self.error:
            self.count_label.setText("")
        elif n == 0:
            self.count_label.setText(self.tr("No page contains this."))
        elif n >= SEARCH_LIMIT:
            self.count_label.setText(
                self.tr("The first %1 pages found; add words to narrow the search.").replace(
                    "%1", str(n)
                )
            )
        else:
            self.count_label.setText(self.tr("%n page(s) found", "", n))

    def open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.hit_opened.emit(hit.document_id, hit.page, self.last_query)

    def open_row(self, row: int) -> None:
        self.open_index(self.model.index(row))

    def focus_box(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
