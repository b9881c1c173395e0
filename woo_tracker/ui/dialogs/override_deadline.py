"""Override a computed deadline: a date and the reason (the computed date stays visible)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.services.errors import ServiceError, ValidationError
from woo_tracker.services.requests import RequestService
from woo_tracker.ui import labels
from woo_tracker.ui.dialogs.fields import ERROR_STYLE, FieldBox, date_hint, read_date


class OverrideDeadlineDialog(QDialog):
    overridden = Signal(object)

    def __init__(
        self,
        service: RequestService,
        request_id: int,
        deadline: dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDeadlineDialog")
        self.service = service
        self.request_id = request_id
        self.key = deadline["key"]
        self.setWindowTitle(self.tr("Override deadline"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr("%1: computed %2 (%3).")
            .replace("%1", labels.deadline_label(self.key))
            .replace("%2", deadline.get("due") or "—")
            .replace("%3", deadline.get("basis") or ""),
            self,
        )
        intro.setWordWrap(True)
        self.date_edit = QLineEdit(deadline.get("override") or deadline.get("due") or "", self)
        self.date_edit.setPlaceholderText(date_hint())
        self.reason_edit = QLineEdit(deadline.get("override_reason") or "", self)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. the organisation agreed to a later date by e-mail")
        )
        self.boxes = {"due": FieldBox(self.date_edit), "reason": FieldBox(self.reason_edit)}
        form = QFormLayout()
        form.addRow(self.tr("New due date"), self.boxes["due"])
        form.addRow(self.tr("Reason *"), self.boxes["reason"])
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        for box in self.boxes.values():
            box.set_error(None)
        self.general_error.hide()
        try:
            due: date | None = read_date(self.date_edit)
        except ValueError as exc:
            self.boxes["due"].set_error(str(exc))
            return
        if due is None:
            self.boxes["due"].set_error(self.tr("Give the date that counts instead."))
            return
        if not self.reason_edit.text().strip():
            self.boxes["reason"].set_error(
                self.tr("Say why you override this deadline (a reason is required).")
            )
            return
        try:
            row = self.service.override_deadline(
                self.request_id, self.key, due, self.reason_edit.text()
            )
        except ValidationError as exc:
            box = self.boxes.get(exc.field or "")
            if box is not None:
                box.set_error(str(exc))
            else:
                self.general_error.setText(str(exc))
                self.general_error.show()
            return
        except ServiceError as exc:
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        self.overridden.emit(row)
        self.accept()
