"""The main window: views on the left, the request list in the middle, the request on the right.

A thin shell: every read and write goes through ``RequestService``; the window only decides what
is shown, remembers the layout (QSettings) and turns service errors into a message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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
from woo_tracker.ui.models.request_table import COLUMNS, ROW_ROLE, RequestTableModel
from woo_tracker.ui.models.views import ViewsModel
from woo_tracker.ui.widgets.deadline_overview import DeadlineOverview
from woo_tracker.ui.widgets.empty_state import EmptyState
from woo_tracker.ui.widgets.message_bar import MessageBar
from woo_tracker.ui.widgets.request_detail import RequestDetail
from woo_tracker.ui.widgets.views_pane import ViewsPane
from woo_tracker.ui.workers import JobRunner

FILTER_DELAY_MS = 250
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}  # each in its own language, never translated
#: how many pages ``select_request`` may load to find a request further down the list
SELECT_MAX_PAGES = 20


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
            "kind": 92,
            "number": 124,
            "title": 260,
            "organisation": 150,
            "submitted": 84,
            "due": 84,
            "days_left": 130,
            "status": 128,
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
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(table_page)
        self.list_stack.addWidget(self.empty_state)

        self.overview = DeadlineOverview(self.service, self.runner, self)
        self.overview.request_activated.connect(self._open_from_overview)
        self.middle_tabs = QTabWidget(self)
        self.middle_tabs.setObjectName("middleTabs")
        self.middle_tabs.setDocumentMode(True)
        self.middle_tabs.addTab(self.list_stack, "")
        self.middle_tabs.addTab(self.overview, "")
        self.middle_tabs.currentChanged.connect(self._middle_tab_changed)

        self.detail = RequestDetail(self.service, self)
        self.detail.setMinimumWidth(320)
        self.detail.changed.connect(self._request_changed)
        self.detail.message.connect(self.message_bar.show_message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.views_pane)
        self.splitter.addWidget(self.middle_tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([170, 1010, 370])
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
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
        self.find_action = self._action(self.focus_filter, QKeySequence.StandardKey.Find)
        self.next_action = self._action(lambda: self.move_selection(1), "Ctrl+J", "Alt+Down")
        self.previous_action = self._action(lambda: self.move_selection(-1), "Ctrl+K", "Alt+Up")
        self.requests_tab_action = self._action(
            lambda: self.middle_tabs.setCurrentIndex(0), "Ctrl+1"
        )
        self.overview_tab_action = self._action(
            lambda: self.middle_tabs.setCurrentIndex(1), "Ctrl+2"
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
        for action in (self.new_action, self.open_action, self.demo_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.requests_tab_action)
        self.view_menu.addAction(self.overview_tab_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.go_menu = bar.addMenu("")
        for action in (self.find_action, self.next_action, self.previous_action):
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
        self.find_action.setText(self.tr("&Find…"))
        self.next_action.setText(self.tr("&Next request"))
        self.previous_action.setText(self.tr("&Previous request"))
        self.requests_tab_action.setText(self.tr("&Requests"))
        self.overview_tab_action.setText(self.tr("&Deadline overview"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.about_action.setText(self.tr("&About woo-tracker"))
        self.middle_tabs.setTabText(0, self.tr("Requests"))
        self.middle_tabs.setTabText(1, self.tr("Deadline overview"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by title, number or organisation (Ctrl+F)")
        )
        self.message_bar.retranslate()
        self.empty_state.retranslate()
        self.detail.retranslate()
        self.overview.retranslate()
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
            text = self.tr("%1 requests").replace("%1", str(model.total))
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
        self.list_stack.setCurrentIndex(1 if empty_library else 0)
        self._update_titles()

    @property
    def is_empty_state(self) -> bool:
        return self.list_stack.currentWidget() is self.empty_state

    def set_view(self, view: str) -> None:
        self._autosave_detail()
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
        self.middle_tabs.setCurrentIndex(0)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _autosave_detail(self) -> None:
        """Edits in the detail pane are kept when the user moves on (no dialog to answer)."""
        if self.detail.request_id is not None and self.detail.dirty:
            self.detail.save()

    def _open_from_overview(self, request_id: int) -> None:
        self.middle_tabs.setCurrentIndex(0)
        if self.table_model.view != "all" or self.table_model.text:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.table_model.text = ""
            self.set_view("all")
        self.select_request(request_id)

    # -- the overview -------------------------------------------------------------------------
    def _middle_tab_changed(self, index: int) -> None:
        # the overview needs the room; the detail pane belongs to the request list
        self.detail.setVisible(index == 0)
        if index == 1 and self._overview_stale:
            self._refresh_overview()

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
        self.runner.cancel_all()
        self.runner.wait(10_000)
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
        self._reload_all()
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
        self.runner.cancel_all()
        self.runner.wait(10_000)
        if self._owns_ctx:
            self.ctx.close()
            self._owns_ctx = False
        super().closeEvent(event)
