"""The inbox: documents not filed with any request yet, each with the request it seems to belong to.

Strong evidence files a document at ingest; what is left waits here with a suggestion and why
("mentions 2025Z15452", "shares title words …"). The user accepts or rejects the suggestion,
files the document with another request, or makes a new request from it
(``LinkingService``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.linking import LinkingService
from woo_tracker.services.requests import RequestService
from woo_tracker.ui import labels
from woo_tracker.ui.models.records import RECORD_ROLE, RecordsModel


class InboxView(QWidget):
    #: documents were filed (the request they went to, or -1): counts and lists should refresh
    changed = Signal(int)
    #: open a document in the document view (id, page)
    document_opened = Signal(int, int)
    #: show this request beside the inbox (the selected document's suggestion)
    request_chosen = Signal(int)
    #: text, level for the window's message bar
    message = Signal(str, str)

    def __init__(self, ctx_getter: Callable[[], AppContext], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxView")
        self.ctx_getter = ctx_getter
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight:600;")
        self.heading.setWordWrap(True)
        self.model = RecordsModel(
            [
                (lambda: self.tr("Document"), lambda e: e["title"]),
                (lambda: self.tr("Type"), lambda e: labels.doc_type_label(e["type"])),
                (lambda: self.tr("Date"), lambda e: e.get("date")),
                (lambda: self.tr("Suggested request"), self._suggested_text),
                (lambda: self.tr("Why"), self._why_text),
            ],
            self,
            tooltip=lambda e, _c: f"{e['title']}\n{e['filename']}",
        )
        self.view = QTableView(self)
        self.view.setObjectName("inboxTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 150, 84, 220)):
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("inboxEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:palette(placeholder-text); padding:24px;")

        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("inboxAccept")
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("inboxReject")
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("inboxLink")
        self.link_button.clicked.connect(lambda: self.link_selected())
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("inboxCreate")
        self.create_button.clicked.connect(lambda: self.create_request_from_selected())
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("inboxOpen")
        self.open_button.clicked.connect(lambda: self.open_selected())
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.reject_button,
            self.link_button,
            self.create_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        self.retranslate()
        self._update()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept suggestion"))
        self.accept_button.setToolTip(self.tr("File the document with the suggested request"))
        self.reject_button.setText(self.tr("Reject suggestion"))
        self.link_button.setText(self.tr("File with another request…"))
        self.create_button.setText(self.tr("New request from document"))
        self.create_button.setToolTip(
            self.tr("Make a request from what the document says (kind, number, title)")
        )
        self.open_button.setText(self.tr("Open document"))
        self.empty_label.setText(
            self.tr(
                "The inbox is empty: every document is filed with a request.\n"
                "Documents you add that match no request for sure wait here."
            )
        )
        self.model.retranslate()
        self._update_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def suggestion(entry: dict[str, Any] | None) -> dict[str, Any] | None:
        if not entry or not entry.get("suggestions"):
            return None
        return entry["suggestions"][0]

    def _suggested_text(self, entry: dict[str, Any]) -> str:
        s = self.suggestion(entry)
        if s is None:
            return self.tr("— none —")
        title = s.get("request_title") or ""
        return f"{s['request_number']} — {title}" if s.get("request_number") else title

    def _why_text(self, entry: dict[str, Any]) -> str:
        s = self.suggestion(entry)
        if s is None:
            return self.tr("no request matches; file it yourself or make a new one")
        more = len(entry["suggestions"]) - 1
        text = s.get("reason") or ""
        if more:
            text += " " + self.tr("(+%n other suggestion(s))", "", more)
        return text

    # -- data ---------------------------------------------------------------------------------
    @property
    def linking(self) -> LinkingService:
        return LinkingService(self.ctx_getter())

    def refresh(self) -> None:
        keep = self.selected()
        try:
            entries = self.linking.inbox()
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            entries = []
        self.model.set_records(entries)
        row = 0
        if keep is not None:
            row = next(
                (i for i, e in enumerate(entries) if e["document_id"] == keep["document_id"]), 0
            )
        if entries:
            self.view.selectRow(min(row, len(entries) - 1))
        self._update()

    def _update_heading(self) -> None:
        n = len(self.model.records)
        self.heading.setText(
            self.tr("%n document(s) not filed with a request yet.", "", n) if n else ""
        )

    def _update(self) -> None:
        has_rows = bool(self.model.records)
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.heading.setVisible(has_rows)
        self._update_heading()
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected()
        has_suggestion = self.suggestion(entry) is not None
        self.accept_button.setEnabled(has_suggestion)
        self.reject_button.setEnabled(has_suggestion)
        for button in (self.link_button, self.create_button, self.open_button):
            button.setEnabled(entry is not None)
        self.accept_button.setDefault(has_suggestion)

    def selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_document(self, document_id: int) -> bool:
        for row, entry in enumerate(self.model.records):
            if entry["document_id"] == document_id:
                self.view.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        self._update_buttons()
        s = self.suggestion(self.selected())
        if s is not None:
            self.request_chosen.emit(s["request_id"])

    # -- decisions ----------------------------------------------------------------------------
    def _filed(self, entry: dict[str, Any], request_id: int, title: str | None) -> None:
        self.message.emit(
            self.tr("Filed “%1” with “%2”.")
            .replace("%1", entry["title"])
            .replace("%2", title or str(request_id)),
            "info",
        )
        self.refresh()
        self.changed.emit(request_id)

    def accept_selected(self) -> int | None:
        entry = self.selected()
        s = self.suggestion(entry)
        if entry is None or s is None:
            return None
        try:
            result = self.linking.accept(s["id"])
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return None
        self._filed(entry, result["request_id"], s.get("request_title"))
        return int(result["request_id"])

    def reject_selected(self) -> None:
        entry = self.selected()
        s = self.suggestion(entry)
        if entry is None or s is None:
            return
        try:
            self.linking.reject(s["id"])
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return
        self.refresh()
        self.changed.emit(-1)

    def link_selected(self, request_id: int | None = None) -> int | None:
        """File the selected document with ``request_id`` (asked for when not given)."""
        entry = self.selected()
        if entry is None:
            return None
        try:
            rows = RequestService(self.ctx_getter()).list(order_by="title")
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return None
        if request_id is None:
            if not rows:
                self.message.emit(
                    self.tr("There are no requests yet; make one from the document instead."),
                    "warning",
                )
                return None
            names = [f"{r.number} — {r.title}" if r.number else r.title for r in rows]
            s = self.suggestion(entry)
            current = next((i for i, r in enumerate(rows) if s and r.id == s["request_id"]), 0)
            name, ok = QInputDialog.getItem(
                self,
                self.tr("File with a request"),
                self.tr("File “%1” with:").replace("%1", entry["title"]),
                names,
                current,
                False,
            )
            if not ok:
                return None
            request_id = rows[names.index(name)].id
        title = next((r.title for r in rows if r.id == request_id), None)
        try:
            self.linking.link(entry["document_id"], request_id)
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return None
        self._filed(entry, request_id, title)
        return request_id

    def create_request_from_selected(self) -> int | None:
        entry = self.selected()
        if entry is None:
            return None
        try:
            request_id = self.linking.create_request(entry["document_id"])
            title = RequestService(self.ctx_getter()).show(request_id)["title"]
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return None
        self._filed(entry, request_id, title)
        return request_id

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.document_opened.emit(entry["document_id"], 1)
