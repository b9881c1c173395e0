"""The strip at the bottom of the window while documents are added, and the files that had a problem.

Progress (files, pages, OCR pages) with Cancel while a job runs; afterwards the files that could
not be added, or were added with a note, each with what to do: Retry, Enter password…, or how to
install OCR. Acting on one file re-ingests only that file; the rest of the batch is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.ingest.errors import TESSERACT_INSTALL_HINT
from woo_tracker.services.ingest import IngestProgress
from woo_tracker.ui.ingest_jobs import FileOutcome, IngestController, IngestJob, IngestReport
from woo_tracker.ui.models.records import RECORD_ROLE, RecordsModel


class IngestPanel(QFrame):
    #: text, level for the window's message bar
    message = Signal(str, str)

    def __init__(self, controller: IngestController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ingestPanel")
        self.setStyleSheet(
            "#ingestPanel {border:1px solid palette(mid); border-radius:4px;"
            " background:palette(base);}"
        )
        self.controller = controller
        self.problems: list[dict[str, Any]] = []
        self.ocr_box: QMessageBox | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("ingestStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("ingestProgress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(260)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("ingestCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QWidget(self)
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.progress_bar)
        row.addWidget(self.cancel_button)

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("ingestProblemsLabel")
        self.problems_label.setStyleSheet("font-weight:600;")
        self.problems_label.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("ingestRetry")
        self.retry_button.clicked.connect(lambda: self.retry_selected())
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("ingestPassword")
        self.password_button.clicked.connect(lambda: self.password_selected())
        self.ocr_button = QPushButton(self)
        self.ocr_button.setObjectName("ingestOcrHelp")
        self.ocr_button.clicked.connect(lambda: self.show_ocr_help())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("ingestClose")
        self.close_button.clicked.connect(self.clear)
        head = QHBoxLayout()
        head.addWidget(self.problems_label, 1)
        for button in (
            self.retry_button,
            self.password_button,
            self.ocr_button,
            self.remove_button,
            self.close_button,
        ):
            head.addWidget(button)

        self.model = RecordsModel(
            [
                (lambda: self.tr("File"), lambda p: p["outcome"].path.name),
                (lambda: self.tr("What happened"), lambda p: p["outcome"].message),
                (lambda: self.tr("What to do"), lambda p: self.advice(p["outcome"])),
            ],
            self,
            tooltip=lambda p, _c: f"{p['outcome'].path}\n\n{p['outcome'].message}",
        )
        self.view = QTableView(self)
        self.view.setObjectName("ingestProblems")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMaximumHeight(150)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.act_on_selected())
        self.problems_box = QWidget(self)
        box = QVBoxLayout(self.problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.problems_box)

        controller.job_started.connect(self._job_started)
        controller.progress.connect(self.show_progress)
        controller.finished.connect(self.add_report)
        controller.busy_changed.connect(lambda _busy: self._update_visibility())
        self.retranslate()
        self._update_visibility()
        self._update_buttons()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop after the current page; what is stored stays, nothing half")
        )
        self.retry_button.setText(self.tr("Retry"))
        self.password_button.setText(self.tr("Enter password…"))
        self.ocr_button.setText(self.tr("Install OCR…"))
        self.remove_button.setText(self.tr("Remove from list"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._update_problems_label()
        if self.controller.job is not None:
            self.show_progress(self.controller.job.progress)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def advice(self, outcome: FileOutcome) -> str:
        return {
            "password": self.tr("Enter the password; the file is added again with it."),
            "failed": self.tr("Get a fresh copy from its source and add that, or Retry."),
            "ocr": self.tr("Install OCR (tesseract) to read the scanned pages."),
            "warning": self.tr("Added; read the note."),
        }.get(outcome.problem or "", "")

    # -- progress -----------------------------------------------------------------------------
    def _job_started(self, job: IngestJob) -> None:
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.status_label.setText(self.tr("Adding documents…"))
        self.cancel_button.setEnabled(True)
        self._update_visibility()

    def show_progress(self, p: IngestProgress) -> None:
        if p.files_total <= 0:
            return
        part = p.pages_done / p.pages_total if p.pages_total else 0.0
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * (p.files_done + min(part, 1.0)) / p.files_total))
        current = min(p.files_done + 1, p.files_total)
        parts = [
            self.tr("Adding documents: file %1 of %2")
            .replace("%1", str(current))
            .replace("%2", str(p.files_total))
        ]
        if p.current:
            parts[0] += f" — {p.current}"
        if p.pages_total:
            parts.append(
                self.tr("page %1 of %2")
                .replace("%1", str(p.pages_done))
                .replace("%2", str(p.pages_total))
            )
        if p.ocr_pages:
            parts.append(self.tr("%n page(s) read by OCR", "", p.ocr_pages))
        waiting = len(self.controller.queue)
        if waiting:
            parts.append(self.tr("%n more batch(es) waiting", "", waiting))
        self.status_label.setText(" · ".join(parts))

    def cancel(self) -> None:
        if self.controller.busy:
            self.controller.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(
                self.tr("Cancelling… the file being read is finished or left out whole.")
            )

    # -- problems -----------------------------------------------------------------------------
    def add_report(self, report: IngestReport) -> None:
        paths = {o.path for o in report.outcomes if o.result.status != "cancelled"}
        self.problems = [p for p in self.problems if p["outcome"].path not in paths]
        self.problems += [
            {"outcome": o} for o in report.outcomes if o.problem and o.result.status != "cancelled"
        ]
        self.model.set_records(self.problems)
        if self.problems:
            self.view.selectRow(0)
        self._update_problems_label()
        self._update_visibility()
        self._update_buttons()

    def _update_problems_label(self) -> None:
        failed = sum(1 for p in self.problems if p["outcome"].result.status == "failed")
        noted = len(self.problems) - failed
        texts = []
        if failed:
            texts.append(self.tr("%n file(s) could not be added.", "", failed))
        if noted:
            texts.append(self.tr("%n file(s) were added with a note.", "", noted))
        self.problems_label.setText(" ".join(texts))

    def selected(self) -> FileOutcome | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE)["outcome"] if rows else None

    def select_file(self, name: str) -> bool:
        for row, p in enumerate(self.problems):
            if p["outcome"].path.name == name:
                self.view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        outcome = self.selected()
        problem = outcome.problem if outcome else None
        self.retry_button.setEnabled(problem in ("failed", "password"))
        self.password_button.setEnabled(problem == "password")
        self.ocr_button.setVisible(any(p["outcome"].problem == "ocr" for p in self.problems))
        self.password_button.setVisible(
            any(p["outcome"].problem == "password" for p in self.problems)
        )
        self.remove_button.setEnabled(outcome is not None)

    def act_on_selected(self) -> None:
        outcome = self.selected()
        if outcome is None:
            return
        if outcome.problem == "password":
            self.password_selected()
        elif outcome.problem == "ocr":
            self.show_ocr_help()
        elif outcome.problem == "failed":
            self.retry_selected()

    def retry_selected(self) -> IngestJob | None:
        outcome = self.selected()
        if outcome is None or outcome.result.status != "failed":
            return None
        return self.controller.ingest([outcome.path], request_id=outcome.request_id)

    def password_selected(self, password: str | None = None) -> IngestJob | None:
        """Ask for the password (or take ``password``) and ingest that one file again with it."""
        outcome = self.selected()
        if outcome is None or outcome.problem != "password":
            return None
        if password is None:
            password, ok = QInputDialog.getText(
                self,
                self.tr("Password"),
                self.tr("Password to open “%1”:").replace("%1", outcome.path.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        if not password:
            return None
        return self.controller.ingest(
            [outcome.path],
            request_id=outcome.request_id,
            passwords={outcome.path.name: password},
        )

    def show_ocr_help(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Install OCR"))
        box.setText(
            self.tr(
                "Scanned pages are read with the free OCR program tesseract and its Dutch "
                "language data. It is not installed on this computer, so those pages were stored "
                "without their text."
            )
        )
        box.setInformativeText(self.tr("To install it: %1.").replace("%1", TESSERACT_INSTALL_HINT))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "ocr_box", None))
        self.ocr_box = box
        box.open()
        return box

    def remove_selected(self) -> None:
        outcome = self.selected()
        if outcome is None:
            return
        self.problems = [p for p in self.problems if p["outcome"] is not outcome]
        self.model.set_records(self.problems)
        self._update_problems_label()
        self._update_visibility()
        self._update_buttons()

    def clear(self) -> None:
        self.problems = []
        self.model.set_records([])
        self._update_problems_label()
        self._update_visibility()
        self._update_buttons()

    def _update_visibility(self) -> None:
        busy = self.controller.busy
        self.progress_row.setVisible(busy)
        self.problems_box.setVisible(bool(self.problems))
        self.setVisible(busy or bool(self.problems))
