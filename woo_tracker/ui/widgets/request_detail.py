"""Right pane: one request — its fields, timeline, deadlines, warnings, documents and references.

Everything shown comes from ``RequestService.show``; every change goes through the service and
is followed by a fresh ``show`` so status and deadlines on screen always follow from the events.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.domain import calendar_nl, kinds
from woo_tracker.services.errors import ServiceError, ValidationError
from woo_tracker.services.requests import RequestService
from woo_tracker.ui import labels
from woo_tracker.ui.dialogs.fields import FieldBox
from woo_tracker.ui.dialogs.override_deadline import OverrideDeadlineDialog
from woo_tracker.ui.ingest_jobs import local_paths
from woo_tracker.ui.models.records import RECORD_ROLE, RecordsModel
from woo_tracker.ui.models.request_table import OVERDUE_COLOUR, SOON_COLOUR, SOON_WORKING_DAYS
from woo_tracker.ui.widgets.document_view import questions_html
from woo_tracker.ui.widgets.placeholder import placeholder_stack

#: Which events make sense on which kind of request (menu order follows kinds.EVENT_TYPES).
EVENTS_FOR_KIND: dict[str, tuple[str, ...]] = {
    kinds.KAMERVRAGEN: (
        "submitted",
        "acknowledged",
        "postponed",
        "answered",
        "withdrawn",
        "closed",
    ),
}
_FOI_EVENTS = tuple(e for e in kinds.EVENT_TYPES if e not in ("postponed", "answered"))


def events_for(kind: str) -> tuple[str, ...]:
    return EVENTS_FOR_KIND.get(kind, _FOI_EVENTS)


def _table(model: RecordsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class RequestDetail(QWidget):
    #: a request was changed here (id); the list and the counts should refresh
    changed = Signal(int)
    #: text, level ("error", "warning", "info") for the window's message bar
    message = Signal(str, str)
    #: open a document in the document view: document id, page
    document_opened = Signal(int, int)
    #: files were dropped on (or chosen for) the shown request: paths, request id
    files_dropped = Signal(list, int)

    def __init__(self, service: RequestService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self.service = service
        self.request_id: int | None = None
        self.data: dict[str, Any] | None = None
        self._loading = False

        # page 0: nothing selected
        self.stack, self.placeholder = placeholder_stack(self)

        # page 1: the request
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title_label = QLabel(page)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size:15px; font-weight:600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.warnings_label = QLabel(page)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setObjectName("warnings")
        self.warnings_label.setStyleSheet(
            "#warnings {background:#fff4e5; color:#663c00; border:1px solid #ffd8a8;"
            " border-radius:4px; padding:6px;}"
        )
        self.warnings_label.hide()
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warnings_label)
        self.tabs = QTabWidget(page)
        # five tabs in a narrow pane: shorten their titles rather than hide some behind arrows
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)

        self._build_details_tab()
        self._build_timeline_tab()
        self._build_documents_tab()
        self._build_responses_tab()
        self._build_references_tab()
        self.drop_overlay = QLabel(self)
        self.drop_overlay.setObjectName("dropOverlay")
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setWordWrap(True)
        self.drop_overlay.setStyleSheet(
            "#dropOverlay {background:rgba(227,240,251,235); color:#0b4f8a; font-size:15px;"
            " font-weight:600; border:3px dashed #1976d2; border-radius:8px; padding:24px;}"
        )
        self.drop_overlay.hide()
        self.setAcceptDrops(True)
        self.notes_edit.setAcceptDrops(False)  # a dropped file is a document, not text
        self.retranslate()
        self.stack.setCurrentIndex(0)

    # -- construction -------------------------------------------------------------------------
    def _build_details_tab(self) -> None:
        tab = QWidget(self)
        self.title_edit = QLineEdit(tab)
        self.number_edit = QLineEdit(tab)
        self.organisation_edit = QComboBox(tab)
        self.organisation_edit.setEditable(True)
        self.organisation_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.requester_edit = QLineEdit(tab)
        self.investigation_edit = QComboBox(tab)
        self.investigation_edit.setEditable(True)
        self.investigation_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.notes_edit = QPlainTextEdit(tab)
        self.field_boxes: dict[str, FieldBox] = {
            "title": FieldBox(self.title_edit),
            "number": FieldBox(self.number_edit),
            "organisation": FieldBox(self.organisation_edit),
            "requester": FieldBox(self.requester_edit),
            "investigation": FieldBox(self.investigation_edit),
            "notes": FieldBox(self.notes_edit),
        }
        self.details_form = QFormLayout()
        self.field_labels: dict[str, QLabel] = {}
        for name, box in self.field_boxes.items():
            label = QLabel(tab)
            label.setBuddy(box.widget)
            self.field_labels[name] = label
            self.details_form.addRow(label, box)
        self.facts_label = QLabel(tab)
        self.facts_label.setWordWrap(True)
        self.facts_label.setStyleSheet("color:palette(placeholder-text);")
        self.save_button = QPushButton(tab)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tab)
        self.revert_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        inner = QWidget(tab)
        box = QVBoxLayout(inner)
        box.addLayout(self.details_form)
        box.addWidget(self.facts_label)
        box.addLayout(buttons)
        box.addStretch(1)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.tabs.addTab(tab, "")
        for edit in (self.title_edit, self.number_edit, self.requester_edit):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (self.organisation_edit, self.investigation_edit):
            combo.editTextChanged.connect(self._mark_dirty)
        self.notes_edit.textChanged.connect(self._mark_dirty)

    def _build_timeline_tab(self) -> None:
        tab = QWidget(self)
        self.event_date = QDateEdit(tab)
        self.event_date.setObjectName("eventDate")
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.add_event_button = QToolButton(tab)
        self.add_event_button.setObjectName("addEventButton")
        self.add_event_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_event_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.event_menu = QMenu(self.add_event_button)
        self.add_event_button.setMenu(self.event_menu)
        self.event_actions: dict[str, QAction] = {}
        for type_ in kinds.EVENT_TYPES:
            action = QAction(self.event_menu)
            action.triggered.connect(lambda _checked=False, t=type_: self.add_event(t))
            self.event_menu.addAction(action)
            self.event_actions[type_] = action
        self.remove_event_button = QPushButton(tab)
        self.remove_event_button.clicked.connect(self.remove_selected_event)
        self.event_date_label = QLabel(tab)
        self.event_date_label.setBuddy(self.event_date)
        self.event_date.setMinimumWidth(
            self.event_date.fontMetrics().horizontalAdvance("2025-12-31") + 40
        )
        bar = QHBoxLayout()
        bar.addWidget(self.event_date_label)
        bar.addWidget(self.event_date)
        bar.addWidget(self.add_event_button)
        bar.addStretch(1)

        self.events_model = RecordsModel(
            [
                (lambda: self.tr("Date"), lambda e: e["date"]),
                (lambda: self.tr("Event"), lambda e: labels.event_label(e["type"])),
                (lambda: self.tr("Note"), lambda e: e.get("note") or ""),
            ],
            self,
        )
        self.events_view = _table(self.events_model, tab)
        self.events_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.deadlines_model = RecordsModel(
            [
                (lambda: self.tr("Deadline"), lambda d: labels.deadline_label(d["key"])),
                (lambda: self.tr("Due"), lambda d: d["override"] or d["due"]),
                (lambda: self.tr("Computed"), lambda d: d["due"]),
                (lambda: self.tr("Override"), self._override_text),
                (lambda: self.tr("Legal basis"), lambda d: d["basis"]),
            ],
            self,
            foreground=self._deadline_colour,
        )
        self.deadlines_view = _table(self.deadlines_model, tab)
        self.deadlines_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.override_button = QPushButton(tab)
        self.override_button.clicked.connect(self.override_selected_deadline)
        self.clear_override_button = QPushButton(tab)
        self.clear_override_button.clicked.connect(self.clear_selected_override)
        self.deadlines_heading = QLabel(tab)
        self.deadlines_heading.setStyleSheet("font-weight:600;")
        self.events_heading = QLabel(tab)
        self.events_heading.setStyleSheet("font-weight:600;")
        dl_buttons = QHBoxLayout()
        dl_buttons.addWidget(self.deadlines_heading)
        dl_buttons.addStretch(1)
        dl_buttons.addWidget(self.override_button)
        dl_buttons.addWidget(self.clear_override_button)

        heading = QHBoxLayout()
        heading.addWidget(self.events_heading)
        heading.addStretch(1)
        heading.addWidget(self.remove_event_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.events_view, 3)
        layout.addLayout(dl_buttons)
        layout.addWidget(self.deadlines_view, 2)
        self.basis_label = QLabel(tab)
        self.basis_label.setWordWrap(True)
        self.basis_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.basis_label.setStyleSheet("color:palette(placeholder-text);")
        layout.addWidget(self.basis_label)
        self.tabs.addTab(tab, "")

    def _build_documents_tab(self) -> None:
        tab = QWidget(self)
        self.documents_model = RecordsModel(
            [
                (lambda: self.tr("Document"), self._document_text),
            ],
            self,
            tooltip=lambda d, _c: d.get("filename"),
        )
        self.documents_view = _table(self.documents_model, tab)
        self.documents_view.setWordWrap(True)
        self.documents_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.documents_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.documents_view.setObjectName("requestDocuments")
        self.documents_view.doubleClicked.connect(self._document_double_clicked)
        self.add_documents_button = QPushButton(tab)
        self.add_documents_button.setObjectName("addDocumentsButton")
        self.add_documents_button.clicked.connect(lambda: self.choose_files())
        self.open_document_button = QPushButton(tab)
        self.open_document_button.setObjectName("openDocumentButton")
        self.open_document_button.clicked.connect(self._open_selected_document)
        self.documents_hint = QLabel(tab)
        self.documents_hint.setWordWrap(True)
        self.documents_hint.setStyleSheet("color:palette(placeholder-text);")
        self.documents_empty = QLabel(tab)
        self.documents_empty.setWordWrap(True)
        self.documents_empty.setStyleSheet("color:palette(placeholder-text); padding:12px;")
        self.questions_model = RecordsModel(
            [
                (lambda: self.tr("No."), lambda q: q.get("number")),
                (
                    lambda: self.tr("Question"),
                    lambda q: (q.get("question") or "").replace("\n", " "),
                ),
                (lambda: self.tr("Answer"), lambda q: (q.get("answer") or "—").replace("\n", " ")),
            ],
            self,
        )
        # the model holds the pairs; they are shown as text to read, not as a grid
        self.questions_view = QTextBrowser(tab)
        self.questions_view.setObjectName("requestQuestions")
        self.questions_heading = QLabel(tab)
        self.questions_heading.setStyleSheet("font-weight:600;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.documents_hint, 1)
        buttons.addWidget(self.open_document_button)
        buttons.addWidget(self.add_documents_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.documents_empty)
        layout.addWidget(self.documents_view, 1)
        layout.addWidget(self.questions_heading)
        layout.addWidget(self.questions_view, 1)
        self.tabs.addTab(tab, "")
        self.documents_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_responses_tab(self) -> None:
        tab = QWidget(self)
        self.responses_model = RecordsModel(
            [
                (lambda: self.tr("Date"), lambda r: r.get("date")),
                (lambda: self.tr("Response"), lambda r: labels.response_label(r["type"])),
                (lambda: self.tr("Outcome"), lambda r: r.get("outcome") or ""),
                (lambda: self.tr("Documents"), self._response_documents),
            ],
            self,
        )
        self.responses_view = _table(self.responses_model, tab)
        self.responses_view.setObjectName("requestResponses")
        self.responses_view.doubleClicked.connect(self._response_double_clicked)
        self.responses_empty = QLabel(tab)
        self.responses_empty.setWordWrap(True)
        self.responses_empty.setStyleSheet("color:palette(placeholder-text); padding:12px;")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.responses_empty)
        layout.addWidget(self.responses_view, 1)
        self.tabs.addTab(tab, "")

    def _build_references_tab(self) -> None:
        tab = QWidget(self)
        self.references_model = RecordsModel(
            [
                (lambda: self.tr("Kind"), lambda r: labels.reference_kind_label(r["kind"])),
                (lambda: self.tr("Value"), lambda r: r.get("value")),
                (lambda: self.tr("Role"), lambda r: labels.reference_role_label(r.get("role"))),
                (lambda: self.tr("Page"), lambda r: r.get("page")),
            ],
            self,
        )
        self.references_view = _table(self.references_model, tab)
        self.references_view.setObjectName("requestReferences")
        header = self.references_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)  # a long web address must not push the role out of view
        self.references_view.doubleClicked.connect(
            lambda index: self._open_record_document(index, page_key="page")
        )
        self.references_empty = QLabel(tab)
        self.references_empty.setWordWrap(True)
        self.references_empty.setStyleSheet("color:palette(placeholder-text); padding:12px;")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.references_empty)
        layout.addWidget(self.references_view, 1)
        self.tabs.addTab(tab, "")

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr("Select a request to see its timeline, deadlines and documents.")
        )
        for i, text in enumerate(
            (
                self.tr("Details"),
                self.tr("Timeline"),
                self.tr("Documents"),
                self.tr("Responses"),
                self.tr("References"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.event_date_label.setText(self.tr("Date:"))
        self.add_event_button.setText(self.tr("Add event"))
        self.add_event_button.setToolTip(self.tr("Record what happened on the chosen date"))
        self.remove_event_button.setText(self.tr("Remove event"))
        self.events_heading.setText(self.tr("Timeline"))
        self.deadlines_heading.setText(self.tr("Deadlines"))
        self.override_button.setText(self.tr("Override…"))
        self.clear_override_button.setText(self.tr("Clear override"))
        self.documents_empty.setText(
            self.tr(
                "No documents are filed with this request yet. Drop files here, or use "
                "Add documents…."
            )
        )
        self.documents_hint.setText(self.tr("Double-click a document to read it."))
        self.add_documents_button.setText(self.tr("Add documents…"))
        self.add_documents_button.setToolTip(
            self.tr("Add files to this request (you can also drop them on this pane)")
        )
        self.open_document_button.setText(self.tr("Open"))
        self.questions_heading.setText(self.tr("Questions and answers"))
        self.responses_empty.setText(
            self.tr(
                "No responses yet. Answers, decisions and extensions appear here when their "
                "documents are added."
            )
        )
        self.drop_overlay.setText(self._drop_text())
        self.references_empty.setText(
            self.tr("No references found in this request's documents yet.")
        )
        for type_, action in self.event_actions.items():
            action.setText(labels.event_label(type_))
        for model in (
            self.events_model,
            self.deadlines_model,
            self.documents_model,
            self.responses_model,
            self.references_model,
            self.questions_model,
        ):
            model.retranslate()
        self._set_field_labels()
        if self.data is not None:
            self._show_header(self.data)

    def _set_field_labels(self) -> None:
        kv = self.data is not None and self.data["kind"] == kinds.KAMERVRAGEN
        texts = {
            "title": self.tr("Title"),
            "number": self.tr("Zaak number") if kv else self.tr("Kenmerk"),
            "organisation": self.tr("Addressed to (ministry)") if kv else self.tr("Organisation"),
            "requester": self.tr("Kamerlid") if kv else self.tr("Requester"),
            "investigation": self.tr("Investigation"),
            "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            self.field_labels[name].setText(text)

    # -- showing ------------------------------------------------------------------------------
    def set_service(self, service: RequestService) -> None:
        self.service = service
        self.show_request(None)

    def show_request(self, request_id: int | None) -> None:
        if request_id is None:
            self.request_id = None
            self.data = None
            self.stack.setCurrentIndex(0)
            return
        self.request_id = request_id
        self.reload()

    def reload(self) -> None:
        if self.request_id is None:
            return
        try:
            data = self.service.show(self.request_id)
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            self.show_request(None)
            return
        self.data = data
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._set_dirty(False)
        self.stack.setCurrentIndex(1)

    def _fill(self, d: dict[str, Any]) -> None:
        self._show_header(d)
        self._set_field_labels()
        self.title_edit.setText(d["title"])
        self.title_edit.setCursorPosition(0)
        self.number_edit.setText(d.get("number") or "")
        self._fill_combo(
            self.organisation_edit, self.service.organisations(), d.get("organisation")
        )
        self._fill_combo(
            self.investigation_edit,
            [i["name"] for i in self.service.investigations()],
            d.get("investigation"),
        )
        self.requester_edit.setText(d.get("requester") or "")
        self.notes_edit.setPlainText(d.get("notes") or "")
        for box in self.field_boxes.values():
            box.set_error(None)
        self.event_date.setDate(QDate(self.service.ctx.today()))
        allowed = set(events_for(d["kind"]))
        for type_, action in self.event_actions.items():
            action.setVisible(type_ in allowed)
        self.events_model.set_records(d["events"])
        self.deadlines_model.set_records(d["deadlines"])
        self.documents_model.set_records(d["documents"])
        self.references_model.set_records(d["references"])
        self.questions_model.set_records(d.get("questions", []))
        self.questions_view.setHtml(questions_html(d.get("questions", [])))
        self.responses_model.set_records(d.get("responses", []))
        self.documents_empty.setVisible(not d["documents"])
        self.documents_view.setVisible(bool(d["documents"]))
        self.documents_hint.setVisible(bool(d["documents"]))
        self.questions_view.setVisible(bool(d.get("questions")))
        self.questions_heading.setVisible(bool(d.get("questions")))
        self.responses_empty.setVisible(not d.get("responses"))
        self.responses_view.setVisible(bool(d.get("responses")))
        self.references_empty.setVisible(not d["references"])
        self.references_view.setVisible(bool(d["references"]))
        self._update_buttons()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[str], current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(["", *items])
        combo.setCurrentText(current or "")
        combo.blockSignals(False)

    def _show_header(self, d: dict[str, Any]) -> None:
        self.title_label.setText(d["title"])
        parts = [labels.kind_long_label(d["kind"])]
        if d.get("number"):
            parts.append(d["number"])
        parts.append(labels.status_label(d["status"]))
        colour = None
        if d.get("due") and d["status"] not in kinds.FINISHED_STATUSES:
            today = self.service.ctx.today()
            due = date.fromisoformat(d["due"])
            left = (due - today).days
            parts.append(
                self.tr("due %1").replace("%1", d["due"])
                + f" ({labels.days_label(left, d['overdue'])})"
            )
            if d["overdue"]:
                colour = OVERDUE_COLOUR
            elif calendar_nl.working_days_between(today, due) <= SOON_WORKING_DAYS:
                colour = SOON_COLOUR
        self.status_label.setText(" · ".join(parts))
        self.status_label.setStyleSheet(
            f"color:{colour.name()}; font-weight:600;" if colour else ""
        )
        facts = []
        if d.get("submitted"):
            facts.append(self.tr("Submitted %1").replace("%1", d["submitted"]))
        if d.get("received"):
            facts.append(self.tr("received %1").replace("%1", d["received"]))
        if d.get("days_open") is not None:
            facts.append(self.tr("open for %1 days").replace("%1", str(d["days_open"])))
        self.facts_label.setText(", ".join(facts))
        warnings = d.get("warnings") or []
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))

    @staticmethod
    def _override_text(d: dict[str, Any]) -> str:
        if not d.get("override"):
            return ""
        return f"{d['override']} — {d.get('override_reason') or ''}"

    def _deadline_colour(self, d: dict[str, Any], column: int) -> Any:
        if (
            self.data is None
            or column not in (1, 2)
            or self.data["status"] in kinds.FINISHED_STATUSES
        ):
            return None
        if (d["override"] or d["due"]) == self.data.get("due") and self.data.get("overdue"):
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    # -- editing ------------------------------------------------------------------------------
    def _mark_dirty(self, *_args: Any) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @property
    def dirty(self) -> bool:
        return self.save_button.isEnabled()

    def save(self) -> bool:
        if self.request_id is None:
            return False
        for box in self.field_boxes.values():
            box.set_error(None)
        if not self.title_edit.text().strip():
            self.field_boxes["title"].set_error(self.tr("Give the request a title."))
            return False
        try:
            self.service.update(
                self.request_id,
                title=self.title_edit.text(),
                number=self.number_edit.text(),
                organisation=self.organisation_edit.currentText(),
                requester=self.requester_edit.text(),
                investigation=self.investigation_edit.currentText(),
                notes=self.notes_edit.toPlainText(),
            )
        except ValidationError as exc:
            box = self.field_boxes.get(exc.field or "")
            if box is not None:
                box.set_error(str(exc))
            else:
                self.message.emit(str(exc), "error")
            return False
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return False
        self.reload()
        self.changed.emit(self.request_id)
        return True

    def add_event(self, type_: str, when: date | None = None) -> bool:
        """Record ``type_`` on the date in the date editor (two clicks: the button, the type)."""
        if self.request_id is None:
            return False
        when = when or self.event_date.date().toPython()
        try:
            result = self.service.add_event(self.request_id, type=type_, date=when)
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return False
        self.reload()
        self.changed.emit(self.request_id)
        new_warnings = [w for w in result.get("warnings", [])]
        if new_warnings:
            self.message.emit("; ".join(new_warnings), "warning")
        return True

    def selected_record(self, view: QTableView) -> dict[str, Any] | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def remove_selected_event(self) -> None:
        event = self.selected_record(self.events_view)
        if event is None or self.request_id is None:
            return
        try:
            self.service.delete_event(event["id"])
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return
        self.reload()
        self.changed.emit(self.request_id)

    def override_selected_deadline(self) -> OverrideDeadlineDialog | None:
        deadline = self.selected_record(self.deadlines_view)
        if deadline is None or self.request_id is None:
            return None
        dialog = OverrideDeadlineDialog(self.service, self.request_id, deadline, self)
        dialog.overridden.connect(lambda _row: (self.reload(), self.changed.emit(self.request_id)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clear_selected_override(self) -> None:
        deadline = self.selected_record(self.deadlines_view)
        if deadline is None or self.request_id is None or not deadline.get("override"):
            return
        try:
            self.service.override_deadline(self.request_id, deadline["key"], None)
        except ServiceError as exc:
            self.message.emit(str(exc), "error")
            return
        self.reload()
        self.changed.emit(self.request_id)

    def _show_basis(self, deadline: dict[str, Any] | None) -> None:
        """The legal basis in full: of the selected deadline, else of the one that is owed now."""
        if deadline is None and self.data is not None:
            deadline = next(
                (
                    d
                    for d in self.data["deadlines"]
                    if (d["override"] or d["due"]) == self.data.get("due")
                ),
                None,
            )
        if deadline is None:
            self.basis_label.setText("")
            return
        text = f"{labels.deadline_label(deadline['key'])}: {deadline['basis']}"
        if deadline.get("override"):
            text += " — " + self.tr("overridden to %1: %2").replace(
                "%1", deadline["override"]
            ).replace("%2", deadline.get("override_reason") or "")
        self.basis_label.setText(text)

    def _update_buttons(self, *_args: Any) -> None:
        self.open_document_button.setEnabled(self.selected_record(self.documents_view) is not None)
        self.remove_event_button.setEnabled(self.selected_record(self.events_view) is not None)
        deadline = self.selected_record(self.deadlines_view)
        self._show_basis(deadline)
        self.override_button.setEnabled(deadline is not None)
        self.clear_override_button.setEnabled(bool(deadline and deadline.get("override")))

    # -- documents ----------------------------------------------------------------------------
    def _document_text(self, d: dict[str, Any]) -> str:
        """Two lines: the title, then type, date, pages and the file it came from."""
        facts = [labels.doc_type_label(d.get("type"))]
        if d.get("date"):
            facts.append(d["date"])
        facts.append(self.tr("%n page(s)", "", int(d.get("pages") or 0)))
        facts.append(d.get("filename") or "")
        return f"{d.get('title') or d.get('filename')}\n{' · '.join(facts)}"

    def _response_documents(self, response: dict[str, Any]) -> str:
        titles = {
            d["id"]: d.get("title") or d.get("filename")
            for d in (self.data or {}).get("documents", [])
        }
        return ", ".join(str(titles.get(i, i)) for i in response.get("document_ids", []))

    def _document_double_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record:
            self.document_opened.emit(int(record["id"]), 1)

    def _open_selected_document(self) -> None:
        record = self.selected_record(self.documents_view)
        if record:
            self.document_opened.emit(int(record["id"]), 1)

    def _response_double_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record and record.get("document_ids"):
            self.document_opened.emit(int(record["document_ids"][0]), 1)

    def _open_record_document(self, index: QModelIndex, page_key: str | None) -> None:
        record = index.data(RECORD_ROLE)
        if record and record.get("document_id"):
            page = int(record.get(page_key) or 1) if page_key else 1
            self.document_opened.emit(int(record["document_id"]), page)

    def use_event_date(self, when: date) -> None:
        """Put ``when`` in the timeline's date field, ready for Add event."""
        self.event_date.setDate(QDate(when))
        self.tabs.setCurrentIndex(1)
        self.add_event_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_files(self) -> list[str]:
        """File → Add documents… for this request: the chosen files are ingested into it."""
        if self.request_id is None:
            return []
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add documents to this request"),
            "",
            self.tr("Documents (*.pdf *.eml *.docx *.html *.htm *.txt *.xlsx);;All files (*)"),
        )
        if paths:
            self.files_dropped.emit(list(paths), self.request_id)
        return list(paths)

    # -- dropping files -----------------------------------------------------------------------
    def _drop_text(self) -> str:
        title = (self.data or {}).get("title") or ""
        return self.tr("Drop to add the files to “%1”").replace("%1", title)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return self.request_id is not None and bool(local_paths(event.mimeData()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
            self.drop_overlay.setText(self._drop_text())
            self.drop_overlay.setGeometry(self.rect().adjusted(6, 6, -6, -6))
            self.drop_overlay.raise_()
            self.drop_overlay.show()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        paths = local_paths(event.mimeData())
        if self.request_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit([str(p) for p in paths], self.request_id)

    def drop_paths(self, paths: list[str | Path]) -> bool:
        """What a drop of ``paths`` does (for callers that have paths, not a drag)."""
        if self.request_id is None or not paths:
            return False
        self.files_dropped.emit([str(p) for p in paths], self.request_id)
        return True
