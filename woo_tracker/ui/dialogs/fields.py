"""Form helpers shared by the dialogs and the detail pane: a field with its error beneath it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from woo_tracker.domain.dates import parse_date

ERROR_STYLE = "color:#c62828;"


class FieldBox(QWidget):
    """``widget`` with a red error label under it that is hidden while there is nothing to say."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        if text:
            self.widget.setFocus()

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


def date_hint() -> str:
    return QCoreApplication.translate("Fields", "YYYY-MM-DD or DD-MM-YYYY")


def invalid_date_message(text: str) -> str:
    return QCoreApplication.translate(
        "Fields", "'%1' is not a valid date; write it as YYYY-MM-DD, e.g. 2025-04-25."
    ).replace("%1", text)


def read_date(edit: QLineEdit) -> date | None:
    """The date typed in ``edit`` (None when empty); ValueError with a translated sentence."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValueError(invalid_date_message(text)) from None
