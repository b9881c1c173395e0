"""New request: Woo-verzoek, Wob-verzoek or Kamervragen, with messages next to the fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.domain import deadlines, kinds
from woo_tracker.services.errors import ServiceError, ValidationError
from woo_tracker.services.requests import RequestService
from woo_tracker.ui import labels
from woo_tracker.ui.dialogs.fields import ERROR_STYLE, FieldBox, date_hint, read_date


class NewRequestDialog(QDialog):
    """Emits ``created(RequestRow)`` after the service recorded the request, then closes."""

    created = Signal(object)

    def __init__(
        self, service: RequestService, parent: QWidget | None = None, kind: str = kinds.WOO
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newRequestDialog")
        self.service = service
        self.setMinimumWidth(520)

        self.kind_combo = QComboBox(self)
        for k in kinds.REQUEST_KINDS:
            self.kind_combo.addItem("", k)
        self.title_edit = QLineEdit(self)
        self.number_edit = QLineEdit(self)
        self.organisation_edit = QComboBox(self)
        self.organisation_edit.setEditable(True)
        self.organisation_edit.addItems(["", *service.organisations()])
        self.organisation_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.requester_edit = QLineEdit(self)
        self.submitted_edit = QLineEdit(self)
        self.received_edit = QLineEdit(self)
        self.investigation_edit = QComboBox(self)
        self.investigation_edit.setEditable(True)
        self.investigation_edit.addItems([""] + [i["name"] for i in service.investigations()])
        self.investigation_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for combo in (self.organisation_edit, self.investigation_edit):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(70)

        self.boxes: dict[str, FieldBox] = {
            "kind": FieldBox(self.kind_combo),
            "title": FieldBox(self.title_edit),
            "number": FieldBox(self.number_edit),
            "organisation": FieldBox(self.organisation_edit),
            "requester": FieldBox(self.requester_edit),
            "submitted": FieldBox(self.submitted_edit),
            "received": FieldBox(self.received_edit),
            "investigation": FieldBox(self.investigation_edit),
            "notes": FieldBox(self.notes_edit),
        }
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        for name, box in self.boxes.items():
            label = QLabel(self)
            label.setBuddy(box.widget)
            self.row_labels[name] = label
            self.form.addRow(label, box)

        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color:palette(placeholder-text);")
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.submitted_edit, self.received_edit):
            edit.textChanged.connect(self._update_preview)
        self.retranslate()
        self.set_kind(kind)

    # -- texts --------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData() or kinds.WOO

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._kind_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New request"))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, labels.kind_long_label(self.kind_combo.itemData(i)))
        self.title_edit.setPlaceholderText(self.tr("What you asked for, in a few words"))
        for edit in (self.submitted_edit, self.received_edit):
            edit.setPlaceholderText(date_hint())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kv = self.kind == kinds.KAMERVRAGEN
        texts = {
            "kind": self.tr("Kind"),
            "title": self.tr("Title *"),
            "number": self.tr("Zaak number") if kv else self.tr("Kenmerk"),
            "organisation": self.tr("Addressed to (ministry)") if kv else self.tr("Organisation"),
            "requester": self.tr("Kamerlid") if kv else self.tr("Requester"),
            "submitted": self.tr("Submitted (ingezonden)") if kv else self.tr("Submitted (sent)"),
            "received": self.tr("Received by the organisation"),
            "investigation": self.tr("Investigation"),
            "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            self.row_labels[name].setText(text)
        self.number_edit.setPlaceholderText(
            self.tr("e.g. 2025Z15452") if kv else self.tr("the organisation's reference, if known")
        )
        self.form.setRowVisible(self.boxes["received"], not kv)
        self._update_preview()

    def _update_preview(self) -> None:
        """Show the due date the law gives, before the request is even saved."""
        try:
            submitted = read_date(self.submitted_edit)
            received = None if self.kind == kinds.KAMERVRAGEN else read_date(self.received_edit)
        except ValueError:
            self.preview.setText("")
            return
        start = received or submitted
        if start is None:
            self.preview.setText(
                self.tr("Enter the date it was sent or received to see when it is due.")
            )
            return
        regime = kinds.KAMERVRAGEN if self.kind == kinds.KAMERVRAGEN else kinds.regime_for(start)
        due = deadlines.compute(regime, start).due
        text = (
            self.tr("Due on %1 (%2).")
            .replace("%1", due.isoformat())
            .replace("%2", labels.kind_label(regime))
        )
        if self.kind != kinds.KAMERVRAGEN and regime != self.kind:
            if regime == kinds.WOB:
                text += " " + self.tr("Received before 1 May 2022: the Wob applies.")
            else:
                text += " " + self.tr("Received on or after 1 May 2022: the Woo applies.")
        self.preview.setText(text)

    # -- submitting ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error(None)
        self.general_error.hide()

    def errors(self) -> dict[str, str]:
        """Visible error messages by field (for the tests and for screen readers)."""
        return {
            name: box.error.text() for name, box in self.boxes.items() if not box.error.isHidden()
        }

    def _validate(self) -> tuple[date | None, date | None] | None:
        problems: dict[str, str] = {}
        if not self.title_edit.text().strip():
            problems["title"] = self.tr("Give the request a title.")
        dates: dict[str, date | None] = {"submitted": None, "received": None}
        for name, edit in (("submitted", self.submitted_edit), ("received", self.received_edit)):
            if name == "received" and self.kind == kinds.KAMERVRAGEN:
                continue
            try:
                dates[name] = read_date(edit)
            except ValueError as exc:
                problems[name] = str(exc)
        s, r = dates["submitted"], dates["received"]
        if s and r and r < s:
            problems["received"] = self.tr(
                "The received date lies before the submitted date; check both dates."
            )
        if self.kind == kinds.KAMERVRAGEN and s is None and "submitted" not in problems:
            problems["submitted"] = self.tr(
                "Kamervragen need the date they were submitted (ingezonden)."
            )
        for name in reversed(list(problems)):  # focus ends on the first problem
            self.boxes[name].set_error(problems[name])
        return None if problems else (s, r)

    def submit(self) -> None:
        self.clear_errors()
        checked = self._validate()
        if checked is None:
            return
        submitted, received = checked
        try:
            row = self.service.add(
                kind=self.kind,
                title=self.title_edit.text(),
                number=self.number_edit.text(),
                organisation=self.organisation_edit.currentText(),
                requester=self.requester_edit.text(),
                submitted=submitted,
                received=received,
                investigation=self.investigation_edit.currentText(),
                notes=self.notes_edit.toPlainText(),
            )
        except ValidationError as exc:
            if exc.field in self.boxes:
                self.boxes[exc.field].set_error(str(exc))
            else:
                self._general(str(exc))
            return
        except ServiceError as exc:
            self._general(str(exc))
            return
        except Exception as exc:  # the database went away, the disk is full…
            self._general(self.tr("The request could not be saved: %1").replace("%1", str(exc)))
            return
        self.created.emit(row)
        self.accept()

    def _general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
