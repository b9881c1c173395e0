"""Export dialog and menu: choose a format and a file, run the export as a background job.

The export itself is ``services.export.ExportService``; this module only asks where, runs it on
the thread pool (``ui.workers``) with a progress bar and a Cancel button, and says how it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.export import ExportService
from woo_tracker.services.requests import RequestService
from woo_tracker.ui.workers import FunctionJob, Job, JobRunner

FORMATS: tuple[str, ...] = ("csv", "xlsx", "html", "pdf", "ics", "zip")
ERROR_STYLE = "color:#c62828;"
OK_STYLE = "color:#2e7d32;"


def format_label(fmt: str) -> str:
    t = QCoreApplication.translate
    return {
        "csv": t("ExportDialog", "Overview as CSV (.csv)"),
        "xlsx": t("ExportDialog", "Overview as Excel workbook (.xlsx)"),
        "html": t("ExportDialog", "Report as web page (.html)"),
        "pdf": t("ExportDialog", "Report as PDF (.pdf)"),
        "ics": t("ExportDialog", "Deadlines for your calendar (.ics)"),
        "zip": t("ExportDialog", "Dossier of one request (.zip)"),
    }[fmt]


def file_filter(fmt: str) -> str:
    t = QCoreApplication.translate
    return {
        "csv": t("ExportDialog", "CSV files (*.csv)"),
        "xlsx": t("ExportDialog", "Excel workbooks (*.xlsx)"),
        "html": t("ExportDialog", "Web pages (*.html *.htm)"),
        "pdf": t("ExportDialog", "PDF documents (*.pdf)"),
        "ics": t("ExportDialog", "Calendar files (*.ics)"),
        "zip": t("ExportDialog", "Zip archives (*.zip)"),
    }[fmt]


def default_name(fmt: str, request_id: int | None = None) -> str:
    if fmt == "zip":
        return f"dossier-request-{request_id}.zip"
    if fmt == "ics":
        return "woo-deadlines.ics"
    stem = "woo-report" if fmt in ("html", "pdf") else "woo-overview"
    return f"{stem}-request-{request_id}.{fmt}" if request_id else f"{stem}.{fmt}"


def with_extension(path: str, fmt: str) -> str:
    """Add the format's extension when the user typed a name without one."""
    if path and not Path(path).suffix:
        return f"{path}.{fmt}"
    return path


class ExportDialog(QDialog):
    """Format, scope, file; Export runs in the background; the result is said in the dialog."""

    #: the service's result dict after a successful export
    exported = Signal(dict)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        request_id: int | None = None,
        fmt: str | None = None,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.ctx = ctx
        self.request_id = request_id
        self.runner = runner or JobRunner(self)
        self.job: Job | None = None
        self.result: dict[str, Any] | None = None
        self._close_when_done = False
        self._path_touched = False
        self.setMinimumWidth(560)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for code in FORMATS:
            self.format_combo.addItem("", code)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("exportScope")
        self.separator_combo = QComboBox(self)
        self.separator_combo.setObjectName("exportSeparator")
        self.separator_combo.addItem("", ",")
        self.separator_combo.addItem("", ";")
        self.separator_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textEdited.connect(self._path_edited)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self.format_label = QLabel(self)
        self.scope_label = QLabel(self)
        self.path_label = QLabel(self)
        self.form.addRow(self.format_label, self.format_combo)
        self.form.addRow(self.scope_label, self.scope_combo)
        self.form.addRow(self.separator_label, self.separator_combo)
        self.form.addRow(self.path_label, path_row)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("exportOpen")
        self.open_button.clicked.connect(self.open_result)
        self.open_button.hide()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("exportClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        # From the menu a format is chosen for the whole library; opened for one request
        # (no format given) the export is of that request.
        self._fill_scopes(select_request=fmt is None or fmt == "zip")
        self.retranslate()
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._suggest_path())
        if fmt in FORMATS:
            self.format_combo.setCurrentIndex(FORMATS.index(fmt))
        self._format_changed()

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for i, code in enumerate(FORMATS):
            self.format_combo.setItemText(i, format_label(code))
        self.format_label.setText(self.tr("Format"))
        self.scope_label.setText(self.tr("Requests"))
        self.separator_label.setText(self.tr("Separator"))
        self.separator_combo.setItemText(0, self.tr("Comma (,)"))
        self.separator_combo.setItemText(1, self.tr("Semicolon (;) for a Dutch-language Excel"))
        self.path_label.setText(self.tr("Save as"))
        self.browse_button.setText(self.tr("Choose…"))
        self.open_button.setText(self.tr("Open"))
        self.export_button.setText(self.tr("Export"))
        self._update_close_text()
        self.scope_combo.setItemText(0, self.tr("All requests"))
        if self.request_id is not None:
            self.scope_combo.setItemText(
                self.scope_combo.count() - 1,
                self.tr("This request (#%1)").replace("%1", str(self.request_id)),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_close_text(self) -> None:
        self.close_button.setText(self.tr("Cancel") if self.running else self.tr("Close"))

    # -- choices -------------------------------------------------------------------------------
    def _fill_scopes(self, select_request: bool) -> None:
        self.scope_combo.addItem("", ("all", None))
        try:
            investigations = RequestService(self.ctx).investigations()
        except ServiceError:
            investigations = []
        for inv in investigations:
            label = QCoreApplication.translate("ExportDialog", "Investigation: %1").replace(
                "%1", inv["name"]
            )
            self.scope_combo.addItem(label, ("investigation", inv["name"]))
        if self.request_id is not None:
            self.scope_combo.addItem("", ("request", self.request_id))
            if select_request:
                self.scope_combo.setCurrentIndex(self.scope_combo.count() - 1)

    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(FORMATS.index(fmt))

    @property
    def running(self) -> bool:
        return self.job is not None

    def _format_changed(self, _index: int = 0) -> None:
        is_csv = self.fmt == "csv"
        self.separator_combo.setVisible(is_csv)
        self.separator_label.setVisible(is_csv)
        dossier = self.fmt == "zip"
        # a dossier is always of one request: the scope is fixed to it
        self.scope_combo.setEnabled(not dossier)
        if dossier and self.request_id is not None:
            self.scope_combo.setCurrentIndex(self.scope_combo.count() - 1)
        self.export_button.setEnabled(not (dossier and self.request_id is None))
        if dossier and self.request_id is None:
            self._say(self.tr("Select a request first: a dossier is made of one request."), False)
        else:
            self.status.hide()
        # keep the item for the dossier visibly unavailable without a request
        item = self.format_combo.model().item(FORMATS.index("zip"))  # type: ignore[attr-defined]
        if item is not None:
            item.setEnabled(self.request_id is not None)
        self._suggest_path()

    def _path_edited(self, _text: str) -> None:
        self._path_touched = True

    def _scope(self) -> tuple[str, Any]:
        return self.scope_combo.currentData() or ("all", None)

    def _suggest_path(self) -> None:
        """Follow the format with the file name until the user types or picks one."""
        kind, value = self._scope()
        rid = value if kind == "request" else None
        if self.fmt == "zip":
            rid = self.request_id
        current = self.path_edit.text().strip()
        if self._path_touched and current:
            path = Path(current)
            if path.suffix.lower().lstrip(".") in FORMATS and path.suffix.lower() != f".{self.fmt}":
                self.path_edit.setText(str(path.with_suffix(f".{self.fmt}")))
            return
        folder = Path(current).parent if current else _documents_folder()
        self.path_edit.setText(str(folder / default_name(self.fmt, rid)))

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(_documents_folder() / default_name(self.fmt))
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), start, file_filter(self.fmt)
        )
        if path:
            self.path_edit.setText(with_extension(path, self.fmt))
            self._path_touched = True

    # -- running -------------------------------------------------------------------------------
    def start_export(self) -> Job | None:
        if self.running:
            return self.job
        fmt = self.fmt
        output = with_extension(self.path_edit.text().strip(), fmt)
        self.path_edit.setText(output)
        kind, value = self._scope()
        request_id = value if kind == "request" else None
        if fmt == "zip":
            request_id = self.request_id
        investigation = value if kind == "investigation" else None
        separator = self.separator_combo.currentData() if fmt == "csv" else ","
        try:  # quick checks on the UI thread: a wrong path is said at once
            ExportService.validate(fmt, output, request_id=request_id, separator=separator)
        except ServiceError as exc:
            self._say(str(exc), False)
            return None
        ctx = self.ctx

        def work(job: Job) -> dict[str, Any]:
            return ExportService(ctx).export(
                fmt,
                output,
                request_id=request_id,
                investigation=investigation,
                separator=separator,
                on_progress=job.report,  # raises JobCancelled once Cancel was pressed
            )

        job = FunctionJob(work, name=f"export-{fmt}")
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.done.connect(self._done)
        self.job = job
        self.result = None
        self._set_running(True)
        self._say(self.tr("Exporting…"), None)
        self.runner.start(job)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._say(self.tr("Cancelling…"), None)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.format_combo,
            self.separator_combo,
            self.path_edit,
            self.browse_button,
            self.export_button,
        ):
            widget.setEnabled(not running)
        self.scope_combo.setEnabled(not running and self.fmt != "zip")
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.open_button.hide()
        self._update_close_text()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)  # busy indicator while the amount is unknown

    def _finished(self, result: dict[str, Any]) -> None:
        self.result = result
        if "events" in result:
            what = self.tr("%n deadline(s)", "", int(result["events"]))
        elif "files" in result:
            what = self.tr("%n file(s)", "", int(result["files"]))
        else:
            what = self.tr("%n request(s)", "", int(result["rows"]))
        text = self.tr("Exported %1 to %2.").replace("%1", what).replace("%2", result["output"])
        if result.get("missing"):
            text += " " + self.tr("Missing from the library (run verify): %1.").replace(
                "%1", ", ".join(result["missing"])
            )
        self._say(text, True)
        self.open_button.show()
        self.exported.emit(result)

    def _failed(self, message: str, _exc: object) -> None:
        self._say(message, False)

    def _cancelled(self) -> None:
        self._say(self.tr("The export was cancelled; nothing was written."), False)

    def _done(self) -> None:
        self.job = None
        self._set_running(False)
        self.open_button.setVisible(self.result is not None)
        if self._close_when_done:
            super().reject()

    def _say(self, text: str, ok: bool | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE if ok is False else "")
        self.status.show()

    def open_result(self) -> None:
        if self.result:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result["output"]))

    def reject(self) -> None:
        """Close; while an export runs, Cancel stops it first (the dialog closes when it has)."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.running:
            self.cancel()
            self._close_when_done = True
            event.ignore()
            return
        super().closeEvent(event)


def _documents_folder() -> Path:
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where else Path.home()


class ExportMenu(QMenu):
    """The "Export" menu: one action per format; the dossier needs a selected request."""

    def __init__(
        self,
        main_window: QMainWindow,
        ctx_getter: Callable[[], AppContext],
        request_id_getter: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(main_window)
        self.setObjectName("exportMenu")
        self.main_window = main_window
        self.ctx_getter = ctx_getter
        self.request_id_getter = request_id_getter or (
            lambda: getattr(getattr(main_window, "detail", None), "request_id", None)
        )
        self.dialog: ExportDialog | None = None
        self.format_actions: dict[str, QAction] = {}
        for code in FORMATS:
            action = QAction(self)
            action.setObjectName(f"export_{code}")
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.open_dialog(c))
            self.addAction(action)
            self.format_actions[code] = action
            if code == "xlsx" or code == "pdf":
                self.addSeparator()
        self.aboutToShow.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        t = QCoreApplication.translate
        self.setTitle(t("ExportMenu", "&Export"))
        texts = {
            "csv": t("ExportMenu", "Overview as &CSV…"),
            "xlsx": t("ExportMenu", "Overview as &Excel…"),
            "html": t("ExportMenu", "Report as &web page…"),
            "pdf": t("ExportMenu", "Report as &PDF…"),
            "ics": t("ExportMenu", "Deadlines to &calendar (.ics)…"),
            "zip": t("ExportMenu", "&Dossier of the selected request (.zip)…"),
        }
        for code, action in self.format_actions.items():
            action.setText(texts[code])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_actions(self) -> None:
        self.format_actions["zip"].setEnabled(self.request_id_getter() is not None)

    def open_dialog(self, fmt: str) -> ExportDialog:
        if self.dialog is not None and self.dialog.running:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        runner = getattr(self.main_window, "runner", None)
        dialog = ExportDialog(
            self.ctx_getter(),
            self.main_window,
            request_id=self.request_id_getter(),
            fmt=fmt,
            runner=runner if isinstance(runner, JobRunner) else None,
        )
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog


def add_export_menu(
    main_window: QMainWindow,
    ctx_getter: Callable[[], AppContext],
    request_id_getter: Callable[[], int | None] | None = None,
) -> ExportMenu:
    """Add the Export menu to ``main_window``'s menu bar (before Help when there is one)."""
    menu = ExportMenu(main_window, ctx_getter, request_id_getter)
    bar = main_window.menuBar()
    help_menu = getattr(main_window, "help_menu", None)
    if isinstance(help_menu, QMenu) and help_menu.menuAction() in bar.actions():
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu
