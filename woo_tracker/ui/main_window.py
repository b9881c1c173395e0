"""The main window: views on the left, the request list in the middle, the request on the right.

A thin shell: every read and write goes through ``RequestService``; the window only decides what
is shown, remembers the layout (QSettings) and turns service errors into a message bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from woo_tracker import __version__
from woo_tracker.config import default_library
from woo_tracker.services import demo
from woo_tracker.services.context import AppContext, open_library
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.requests import RequestService
from woo_tracker.ui import i18n, labels
from woo_tracker.ui.dialogs.new_request import NewRequestDialog
from woo_tracker.ui.export_dialog import add_export_menu
from woo_tracker.ui.ingest_jobs import IngestController, IngestJob, IngestReport, local_paths
from woo_tracker.ui.models.request_table import COLUMNS, ROW_ROLE, RequestTableModel
from woo_tracker.ui.models.views import INBOX_KEY, ViewsModel
from woo_tracker.ui.widgets.deadline_overview import DeadlineOverview
from woo_tracker.ui.widgets.document_view import DocumentView
from woo_tracker.ui.widgets.empty_state import EmptyState
from woo_tracker.ui.widgets.inbox_view import InboxView
from woo_tracker.ui.widgets.ingest_panel import IngestPanel
from woo_tracker.ui.widgets.message_bar import MessageBar
from woo_tracker.ui.widgets.request_detail import RequestDetail
from woo_tracker.ui.widgets.search_view import SearchView
from woo_tracker.ui.widgets.views_pane import ViewsPane
from woo_tracker.ui.workers import JobRunner

FILTER_DELAY_MS = 250
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}  # each in its own language, never translated
#: how many pages ``select_request`` may load to find a request further down the list
SELECT_MAX_PAGES = 20
#: the middle tabs
REQUESTS_TAB, OVERVIEW_TAB, SEARCH_TAB, DOCUMENT_TAB = range(4)
#: the pages of the requests tab
LIST_PAGE, EMPTY_PAGE, INBOX_PAGE = range(3)
DOCUMENT_FILTER_SUFFIXES = "*.pdf *.eml *.docx *.html *.htm *.txt *.xlsx"


def default_demo_location() -> Path:
    return default_library().parent / "demo"


class MainWindow(QMainWindow):
    #: the window now shows another library (its root folder)
    library_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        settings: QSettings | None = None,
        demo_location: Path | None = None,
        owns_context: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self._owns_ctx = owns_context
        self.settings = settings or i18n.settings()
        self.demo_location = Path(demo_location) if demo_location else default_demo_location()
        self.service = RequestService(ctx)
        self.runner = JobRunner(self)
        self._overview_stale = True
        self.new_request_dialog: NewRequestDialog | None = None
        self.showing_inbox = False
        # ingest has a thread of its own, so pages render and lists load while a long OCR job runs
        self.ingest_pool = QThreadPool(self)
        self.ingest_pool.setMaxThreadCount(1)
        self.ingest = IngestController(
            JobRunner(self, pool=self.ingest_pool), lambda: self.ctx, self
        )
        self.ingest.ocr = self.settings.value("ingest/ocr", True) not in (False, "false", "0")

        self._build_models_and_panes()
        self._build_actions()
        self._build_menus()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)

        self.retranslate()
        self._restore_settings()
        self._reload_all(initial=True)

    # -- construction -------------------------------------------------------------------------
    def _build_models_and_panes(self) -> None:
        self.message_bar = MessageBar(self)
        self.views_model = ViewsModel(self.service, self)
        self.views_pane = ViewsPane(self.views_model, self)
        self.views_pane.setMinimumWidth(170)
        self.views_pane.view_chosen.connect(self.set_view)

        self.table_model = RequestTableModel(self.service, self, runner=self.runner)
        self.table = QTableView(self)
        self.table.setObjectName("requestTable")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        widths = {
            "kind": 88,
            "number": 124,
            "title": 260,
            "organisation": 130,
            "submitted": 82,
            "due": 82,
            "days_left": 120,
            "status": 118,
        }
        for i, (column, _key) in enumerate(COLUMNS):
            header.resizeSection(i, widths[column])
        header.setSectionResizeMode(
            COLUMNS.index(("title", "title")), QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAcceptDrops(False)  # dropped files are documents to add, not text
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color:palette(placeholder-text);")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        table_page = QWidget(self)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 4, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.table, 1)

        self.empty_state = EmptyState(self)
        self.empty_state.new_request.connect(self.new_request)
        self.empty_state.open_demo.connect(self.open_demo_library)
        self.empty_state.add_documents.connect(lambda: self.add_documents())
        self.inbox = InboxView(lambda: self.ctx, self)
        self.inbox.changed.connect(self._documents_filed)
        self.inbox.document_opened.connect(lambda d, p: self.open_document(d, p))
        self.inbox.request_chosen.connect(self._show_request_beside)
        self.inbox.message.connect(self.message_bar.show_message)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(table_page)
        self.list_stack.addWidget(self.empty_state)
        self.list_stack.addWidget(self.inbox)

        self.overview = DeadlineOverview(self.service, self.runner, self)
        self.overview.request_activated.connect(self._open_from_overview)
        self.middle_tabs = QTabWidget(self)
        self.middle_tabs.setObjectName("middleTabs")
        self.middle_tabs.setDocumentMode(True)
        self.search_view = SearchView(lambda: self.ctx, self)
        self.search_view.hit_opened.connect(self.open_document)
        self.document_view = DocumentView(lambda: self.ctx, self.runner, self)
        self.document_view.message.connect(self.message_bar.show_message)
        self.document_view.reference_activated.connect(self.open_reference)
        self.document_view.date_chosen.connect(self.use_date)
        self.document_view.request_chosen.connect(self.show_request_from_elsewhere)
        self.document_view.documents_filed.connect(self._documents_filed)
        self.middle_tabs.addTab(self.list_stack, "")
        self.middle_tabs.addTab(self.overview, "")
        self.middle_tabs.addTab(self.search_view, "")
        self.middle_tabs.addTab(self.document_view, "")
        self.middle_tabs.currentChanged.connect(self._middle_tab_changed)

        self.detail = RequestDetail(self.service, self)
        self.detail.setMinimumWidth(320)
        self.detail.changed.connect(self._request_changed)
        self.detail.message.connect(self.message_bar.show_message)
        self.detail.document_opened.connect(lambda d, p: self.open_document(d, p))
        self.detail.files_dropped.connect(
            lambda paths, request_id: self.ingest_paths(paths, request_id=request_id)
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.views_pane)
        self.splitter.addWidget(self.middle_tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([170, 1000, 360])
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.ingest_panel = IngestPanel(self.ingest, central)
        layout.addWidget(self.ingest_panel)
        self.setCentralWidget(central)
        self.ingest.finished.connect(self._ingest_finished)
        self.ingest.failed.connect(self.message_bar.show_error)
        self.drop_overlay = QLabel(central)
        self.drop_overlay.setObjectName("windowDropOverlay")
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setWordWrap(True)
        self.drop_overlay.setStyleSheet(
            "#windowDropOverlay {background:rgba(227,240,251,225); color:#0b4f8a;"
            " font-size:18px; font-weight:600; border:3px dashed #1976d2; border-radius:10px;}"
        )
        self.drop_overlay.hide()
        self.setAcceptDrops(True)
        self.library_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.library_label)

    def _action(self, slot: Callable[..., Any], *shortcuts: QKeySequence | str) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_request, QKeySequence.StandardKey.New)
        self.new_action.setObjectName("newRequestAction")
        self.open_action = self._action(self.choose_library, QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.open_demo_library)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.add_documents_action = self._action(lambda: self.add_documents(), "Ctrl+Shift+A")
        self.add_documents_action.setObjectName("addDocumentsAction")
        self.add_folder_action = self._action(lambda: self.add_folder())
        self.ocr_action = QAction(self)
        self.ocr_action.setCheckable(True)
        self.ocr_action.setChecked(self.ingest.ocr)
        self.ocr_action.toggled.connect(self.set_ocr)
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.filter_action = self._action(self.focus_filter, "Ctrl+Shift+F")
        self.inbox_action = self._action(lambda: self.set_view(INBOX_KEY), "Ctrl+I")
        self.next_action = self._action(lambda: self.move_selection(1), "Ctrl+J", "Alt+Down")
        self.previous_action = self._action(lambda: self.move_selection(-1), "Ctrl+K", "Alt+Up")
        self.requests_tab_action = self._action(
            lambda: self.middle_tabs.setCurrentIndex(0), "Ctrl+1"
        )
        self.overview_tab_action = self._action(
            lambda: self.middle_tabs.setCurrentIndex(1), "Ctrl+2"
        )
        self.search_tab_action = self._action(
            lambda: self.middle_tabs.setCurrentIndex(SEARCH_TAB), "Ctrl+3"
        )
        self.document_tab_action = self._action(
            lambda: self.middle_tabs.setCurrentIndex(DOCUMENT_TAB), "Ctrl+4"
        )
        self.refresh_action = self._action(
            lambda: self._reload_all(), QKeySequence.StandardKey.Refresh
        )
        self.about_action = self._action(self.about)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions.get(
            i18n.translations.language, self.language_actions["en"]
        ).setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.add_documents_action)
        self.file_menu.addAction(self.add_folder_action)
        self.file_menu.addAction(self.ocr_action)
        self.file_menu.addSeparator()
        for action in (self.open_action, self.demo_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.requests_tab_action)
        self.view_menu.addAction(self.overview_tab_action)
        self.view_menu.addAction(self.search_tab_action)
        self.view_menu.addAction(self.document_tab_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.go_menu = bar.addMenu("")
        for action in (
            self.find_action,
            self.filter_action,
            self.inbox_action,
            self.next_action,
            self.previous_action,
        ):
            self.go_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.export_menu = add_export_menu(self, lambda: self.ctx)

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_action.setText(self.tr("&New request…"))
        self.new_action.setToolTip(self.tr("New request"))
        self.open_action.setText(self.tr("&Open library…"))
        self.demo_action.setText(self.tr("Open the &demo library"))
        self.quit_action.setText(self.tr("&Quit"))
        self.add_documents_action.setText(self.tr("&Add documents…"))
        self.add_folder_action.setText(self.tr("Add a &folder of documents…"))
        self.ocr_action.setText(self.tr("Read scanned pages with &OCR"))
        self.ocr_action.setToolTip(
            self.tr("Slower, but scanned pages become searchable; off: they are stored unread")
        )
        self.find_action.setText(self.tr("&Search documents…"))
        self.filter_action.setText(self.tr("&Filter requests…"))
        self.inbox_action.setText(self.tr("&Inbox"))
        self.search_tab_action.setText(self.tr("&Search"))
        self.document_tab_action.setText(self.tr("D&ocument"))
        self.next_action.setText(self.tr("&Next request"))
        self.previous_action.setText(self.tr("&Previous request"))
        self.requests_tab_action.setText(self.tr("&Requests"))
        self.overview_tab_action.setText(self.tr("&Deadline overview"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.about_action.setText(self.tr("&About woo-tracker"))
        self.middle_tabs.setTabText(
            REQUESTS_TAB, self.tr("Inbox") if self.showing_inbox else self.tr("Requests")
        )
        self.middle_tabs.setTabText(OVERVIEW_TAB, self.tr("Deadline overview"))
        self.middle_tabs.setTabText(SEARCH_TAB, self.tr("Search"))
        self.middle_tabs.setTabText(DOCUMENT_TAB, self.tr("Document"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by title, number or organisation (Ctrl+Shift+F)")
        )
        self.drop_overlay.setText(
            self.tr(
                "Drop to add the documents to the library.\n"
                "They are filed with their requests; the rest waits in the Inbox."
            )
        )
        self.message_bar.retranslate()
        self.empty_state.retranslate()
        self.detail.retranslate()
        self.overview.retranslate()
        self.inbox.retranslate()
        self.search_view.retranslate()
        self.document_view.retranslate()
        self.ingest_panel.retranslate()
        self.table_model.retranslate()
        self.views_model.retranslate()
        self._update_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> bool:
        ok = i18n.translations.apply(code)
        if not ok:
            i18n.translations.apply("en")
            self.language_actions["en"].setChecked(True)
            self.message_bar.show_error(
                self.tr(
                    "The %1 translation is missing from this installation; the app stays in English."
                ).replace("%1", LANGUAGE_NAMES.get(code, code))
            )
        else:
            self.language_actions[code].setChecked(True)
            self.settings.setValue("language", code)
        self.retranslate()
        return ok

    def _update_titles(self) -> None:
        root = self.ctx.root
        self.setWindowTitle(self.tr("woo-tracker — %1").replace("%1", root.name or str(root)))
        self.library_label.setText(self.tr("Library: %1").replace("%1", str(root)))
        model = self.table_model
        if model.text:
            text = self.tr("%1 of %2 match").replace("%1", str(model.total))
            text = text.replace(
                "%2", str(self.views_model.entries[0].count if self.views_model.entries else 0)
            )
        else:
            text = self.tr("%n request(s)", "", model.total)
        self.count_label.setText(text)

    # -- settings -----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1560, 880)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        column = int(s.value("table/sort_column", COLUMNS.index(("due", "due"))))
        order = Qt.SortOrder(int(s.value("table/sort_order", 0)))
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table_model.order_column = column
        self.table_model.order_by = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else "due"
        self.table_model.descending = order == Qt.SortOrder.DescendingOrder
        self.table_model.view = str(s.value("view/last", "all"))

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("view/last", self.table_model.view)
        s.setValue("ingest/ocr", self.ingest.ocr)
        s.setValue("table/sort_column", self.table_model.order_column)
        s.setValue("table/sort_order", 1 if self.table_model.descending else 0)
        s.sync()

    # -- loading ------------------------------------------------------------------------------
    def _reload_all(self, initial: bool = False) -> None:
        """Counts, views, list and detail again (after opening a library or a refresh)."""
        try:
            self.views_model.refresh()
            view = self.table_model.view
            if self.views_model.row_of(view) < 0:
                view = "all"
            self.table_model.view = view
            if initial:
                # enabling sorting sorts once by the restored indicator: that is the first load
                self.table.setSortingEnabled(True)
            else:
                self.table_model.reload()
        except ServiceError as exc:
            self.message_bar.show_error(str(exc))
            return
        self.showing_inbox = False
        self.views_pane.blockSignals(True)
        self.views_pane.select_key(view)
        self.views_pane.blockSignals(False)
        self._after_list_change()
        self.detail.show_request(None)
        self._overview_stale = True
        if self.middle_tabs.currentIndex() == 1:
            self._refresh_overview()

    def _after_list_change(self) -> None:
        empty_library = bool(self.views_model.entries) and self.views_model.entries[0].count == 0
        if self.showing_inbox:
            self.list_stack.setCurrentIndex(INBOX_PAGE)
        else:
            self.list_stack.setCurrentIndex(EMPTY_PAGE if empty_library else LIST_PAGE)
        self.middle_tabs.setTabText(
            REQUESTS_TAB, self.tr("Inbox") if self.showing_inbox else self.tr("Requests")
        )
        self._update_titles()

    @property
    def is_empty_state(self) -> bool:
        return self.list_stack.currentWidget() is self.empty_state

    def set_view(self, view: str) -> None:
        self._autosave_detail()
        if view == INBOX_KEY:
            self.show_inbox()
            return
        self.showing_inbox = False
        self.table_model.view = view
        self._reload_list(keep=None)
        self.views_pane.blockSignals(True)
        self.views_pane.select_key(view)
        self.views_pane.blockSignals(False)
        self.settings.setValue("view/last", view)

    def _reload_list(self, keep: int | None) -> None:
        try:
            self.table_model.reload()
        except ServiceError as exc:
            self.message_bar.show_error(str(exc))
            return
        self._after_list_change()
        if keep is not None and self.select_request(keep, max_pages=SELECT_MAX_PAGES):
            return
        if keep is None:
            self.detail.show_request(None)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text().strip()
        if text == self.table_model.text:
            return
        keep = self.detail.request_id
        self.table_model.text = text
        self._reload_list(keep=None)
        if keep is not None:
            self.select_request(keep, max_pages=1)

    def _request_changed(self, request_id: int) -> None:
        self.views_model.refresh()
        self._reload_list(keep=request_id)
        self._overview_stale = True
        if self.middle_tabs.currentIndex() == 1:
            self._refresh_overview()

    # -- selection ----------------------------------------------------------------------------
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        if row.id != self.detail.request_id:
            self._autosave_detail()
            self.detail.show_request(row.id)

    def select_request(self, request_id: int, max_pages: int = SELECT_MAX_PAGES) -> bool:
        """Select ``request_id`` in the list (loading a few pages if needed); show it either way."""
        pos = self.table_model.row_of_id(request_id)
        pages = 0
        while pos < 0 and pages < max_pages and self.table_model.canFetchMore(QModelIndex()):
            self.table_model.fetchMore(QModelIndex())
            pos = self.table_model.row_of_id(request_id)
            pages += 1
        if pos >= 0:
            index = self.table_model.index(pos, COLUMNS.index(("title", "title")))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            if self.detail.request_id != request_id:
                self.detail.show_request(request_id)
            return True
        self.table.clearSelection()
        self.detail.show_request(request_id)
        return False

    def move_selection(self, step: int) -> None:
        model = self.table_model
        current = self.table.currentIndex().row()
        target = current + step if current >= 0 else 0
        if target >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        if 0 <= target < model.rowCount():
            index = model.index(target, COLUMNS.index(("title", "title")))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def focus_filter(self) -> None:
        if self.showing_inbox:
            self.set_view(self.table_model.view)
        self.middle_tabs.setCurrentIndex(REQUESTS_TAB)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def focus_search(self) -> None:
        """Ctrl+F: the search over the text of all documents."""
        self.middle_tabs.setCurrentIndex(SEARCH_TAB)
        self.search_view.focus_box()

    # -- the inbox ----------------------------------------------------------------------------
    def show_inbox(self) -> None:
        self.showing_inbox = True
        self.middle_tabs.setCurrentIndex(REQUESTS_TAB)
        self.inbox.refresh()
        self._after_list_change()
        self.views_pane.blockSignals(True)
        self.views_pane.select_key(INBOX_KEY)
        self.views_pane.blockSignals(False)

    def _show_request_beside(self, request_id: int) -> None:
        """The inbox's suggestion in the detail pane, without touching the request list."""
        if self.detail.request_id != request_id:
            self._autosave_detail()
            self.detail.show_request(request_id)

    def _documents_filed(self, request_id: int) -> None:
        self.views_model.refresh()
        self._reload_list(keep=request_id if request_id >= 0 else self.detail.request_id)
        self._overview_stale = True
        if request_id >= 0:
            self.detail.show_request(request_id)
        self.document_view.reload()

    # -- documents ----------------------------------------------------------------------------
    def open_document(self, document_id: int, page: int = 1, query: str = "") -> bool:
        if not self.document_view.show_document(document_id, page, query):
            return False
        self.middle_tabs.setCurrentIndex(DOCUMENT_TAB)
        return True

    def show_request_from_elsewhere(self, request_id: int) -> None:
        """Go to a request from the document view or a reference: All requests, selected."""
        if self.showing_inbox:
            self.showing_inbox = False
            self._after_list_change()
        self._open_from_overview(request_id)

    def find_request_by_number(self, value: str) -> int | None:
        want = "".join(value.split()).upper()
        try:
            rows = self.service.list(text=value, limit=50)
        except ServiceError:
            return None
        return next((r.id for r in rows if "".join((r.number or "").split()).upper() == want), None)

    def open_reference(self, kind: str, value: str, raw: str) -> None:
        """A reference in a document was clicked: open the request it names, else search it."""
        request_id = self.find_request_by_number(value)
        if request_id is not None:
            self.show_request_from_elsewhere(request_id)
            return
        self.message_bar.show_info(
            self.tr("No request has the number %1; searching the documents for it.").replace(
                "%1", value
            )
        )
        self.middle_tabs.setCurrentIndex(SEARCH_TAB)
        self.search_view.set_request_filter(None)
        self.search_view.search(f'"{raw}"')

    def use_date(self, when: date) -> None:
        """A date in a document was clicked: make it the event date of the selected request
        (or, with none selected, of the request the document is filed with)."""
        request_id = self.detail.request_id
        filed = [r["id"] for r in (self.document_view.data or {}).get("requests", [])]
        if request_id is None and filed:
            request_id = filed[0]
        if request_id is None:
            self.message_bar.show_message(
                self.tr(
                    "Select a request first: the date %1 becomes the date of its next event."
                ).replace("%1", when.isoformat()),
                "warning",
            )
            return
        self.show_request_from_elsewhere(request_id)
        self.detail.use_event_date(when)
        self.message_bar.show_info(
            self.tr("%1 is now the event date of “%2”; choose Add event to record what happened.")
            .replace("%1", when.isoformat())
            .replace("%2", (self.detail.data or {}).get("title", ""))
        )

    # -- adding documents ---------------------------------------------------------------------
    def set_ocr(self, on: bool) -> None:
        self.ingest.ocr = bool(on)
        if self.ocr_action.isChecked() != bool(on):
            self.ocr_action.setChecked(bool(on))
        self.settings.setValue("ingest/ocr", bool(on))

    def ingest_paths(
        self,
        paths: Sequence[str | Path],
        *,
        request_id: int | None = None,
        passwords: dict[str, str] | None = None,
    ) -> IngestJob | None:
        """Add files and folders in the background (to ``request_id`` when given)."""
        paths = [Path(p) for p in paths]
        if not paths:
            return None
        self._autosave_detail()
        return self.ingest.ingest(paths, request_id=request_id, passwords=passwords)

    def drop_mime(self, mime: QMimeData, request_id: int | None = None) -> IngestJob | None:
        """What dropping ``mime`` on the window (or on a request) does."""
        return self.ingest_paths(local_paths(mime), request_id=request_id)

    def add_documents(self) -> IngestJob | None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add documents"),
            str(self.settings.value("ingest/last_folder", "")),
            self.tr("Documents (%1);;All files (*)").replace("%1", DOCUMENT_FILTER_SUFFIXES),
        )
        if not paths:
            return None
        self.settings.setValue("ingest/last_folder", str(Path(paths[0]).parent))
        return self.ingest_paths(paths)

    def add_folder(self) -> IngestJob | None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Add a folder of documents"),
            str(self.settings.value("ingest/last_folder", "")),
        )
        if not folder:
            return None
        self.settings.setValue("ingest/last_folder", folder)
        return self.ingest_paths([folder])

    def _ingest_finished(self, report: IngestReport) -> None:
        added = [o for o in report.outcomes if o.result.status == "added"]
        duplicates = report.count("duplicate")
        failed = report.count("failed")
        waiting = sum(1 for o in added if o.result.request_id is None)
        parts = [self.tr("%n document(s) added", "", len(added))]
        if duplicates:
            parts.append(self.tr("%n already in the library", "", duplicates))
        if waiting:
            parts.append(self.tr("%n waiting in the Inbox", "", waiting))
        if failed:
            parts.append(self.tr("%n could not be added (see the list below)", "", failed))
        text = "; ".join(parts) + "."
        if report.cancelled:
            text = (
                self.tr("Cancelled: the files not read yet were left out, nothing half stored.")
                + " "
                + text
            )
        filed = [o.result.request_id for o in added if o.result.request_id is not None]
        self.views_model.refresh()
        target = report.request_id
        if target is None and filed and not self.showing_inbox:
            target = filed[0]
        self._reload_list(keep=target if target is not None else self.detail.request_id)
        if target is not None and self.detail.request_id == target:
            self.detail.reload()
            title = (self.detail.data or {}).get("title")
            if title and filed:
                text += " " + self.tr("Filed with “%1”.").replace("%1", title)
        self._overview_stale = True
        if self.showing_inbox:
            self.inbox.refresh()
        self.search_view.refresh_filters()
        self.document_view.reload()
        self.message_bar.show_message(
            text, "warning" if failed or report.cancelled else "info", 0 if failed else 8000
        )

    # -- drag and drop on the window ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            central = self.centralWidget()
            self.drop_overlay.setGeometry(central.rect().adjusted(12, 12, -12, -12))
            self.drop_overlay.raise_()
            self.drop_overlay.show()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        if not local_paths(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_mime(event.mimeData())

    def _autosave_detail(self) -> None:
        """Edits in the detail pane are kept when the user moves on (no dialog to answer)."""
        if self.detail.request_id is not None and self.detail.dirty:
            self.detail.save()

    def _open_from_overview(self, request_id: int) -> None:
        if self.showing_inbox:
            self.showing_inbox = False
            self._after_list_change()
        self.middle_tabs.setCurrentIndex(REQUESTS_TAB)
        if self.table_model.view != "all" or self.table_model.text:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.table_model.text = ""
            self.set_view("all")
        self.select_request(request_id)

    # -- the overview -------------------------------------------------------------------------
    def _middle_tab_changed(self, index: int) -> None:
        # the overview, search and document view need the room; the detail pane belongs to
        # the request list (and the inbox)
        self.detail.setVisible(index == REQUESTS_TAB)
        if index == OVERVIEW_TAB and self._overview_stale:
            self._refresh_overview()
        if index == SEARCH_TAB:
            self.search_view.refresh_filters()

    def _refresh_overview(self) -> None:
        self._overview_stale = False
        self.overview.refresh()

    # -- commands -----------------------------------------------------------------------------
    def new_request(self, kind: str = "woo") -> NewRequestDialog:
        dialog = NewRequestDialog(self.service, self, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._request_created)
        dialog.destroyed.connect(lambda *_: setattr(self, "new_request_dialog", None))
        self.new_request_dialog = dialog
        dialog.open()
        return dialog

    def _request_created(self, row: Any) -> None:
        self.views_model.refresh()
        self.middle_tabs.setCurrentIndex(0)
        self._reload_list(keep=None)
        if not self.select_request(row.id):
            # not in the current view or filter: show it in All requests
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.table_model.text = ""
            self.set_view("all")
            self.select_request(row.id)
        self.message_bar.show_info(
            self.tr("Recorded %1 “%2”.")
            .replace("%1", labels.kind_long_label(row.kind))
            .replace("%2", row.title)
        )
        self._overview_stale = True

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open library"), str(self.ctx.root.parent)
        )
        if folder:
            self.open_library_path(Path(folder))

    def open_library_path(self, path: Path, database: str | None = None) -> bool:
        """Switch the whole window to the library at ``path``; False (with a message) if it fails."""
        self._autosave_detail()
        try:
            ctx = open_library(path, database, today=self.ctx.today)
        except Exception as exc:  # services and store raise sentences; show them, never crash
            self.message_bar.show_error(
                self.tr("The library at %1 could not be opened: %2")
                .replace("%1", str(path))
                .replace("%2", str(exc))
            )
            return False
        self._switch_context(ctx)
        return True

    def _switch_context(self, ctx: AppContext) -> None:
        self.ingest.cancel()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        self.ingest.runner.wait(10_000)
        old, owned = self.ctx, self._owns_ctx
        self.ctx, self._owns_ctx = ctx, True
        self.service = RequestService(ctx)
        self.views_model.service = self.service
        self.table_model.service = self.service
        self.detail.set_service(self.service)
        self.overview.service = self.service
        self.overview.data = None
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.table_model.text = ""
        self.table_model.view = "all"
        self.document_view.clear()
        self.search_view.model.set_hits([])
        self.ingest_panel.clear()
        self._reload_all()
        self.search_view.refresh_filters()
        if owned:
            old.close()
        self.library_changed.emit(str(ctx.root))

    def open_demo_library(self) -> bool:
        self._autosave_detail()
        try:
            path = demo.build_demo_library(self.demo_location, today=self.ctx.today())
        except (ServiceError, OSError) as exc:
            self.message_bar.show_error(
                self.tr("The demo library could not be made: %1").replace("%1", str(exc))
            )
            return False
        if not self.open_library_path(path):
            return False
        self.message_bar.show_info(
            self.tr(
                "This is the demo library: sample requests with dates around today. "
                "Use File → Open library… to go back to your own."
            )
        )
        return True

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About woo-tracker"),
            self.tr(
                "woo-tracker %1\n\nTrack Woo and Wob requests and Kamervragen, their legal "
                "deadlines and the documents that come back."
            ).replace("%1", __version__),
        )

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._autosave_detail()
        self.save_settings()
        self.ingest.cancel()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        self.ingest.runner.wait(10_000)
        if self._owns_ctx:
            self.ctx.close()
            self._owns_ctx = False
        super().closeEvent(event)
