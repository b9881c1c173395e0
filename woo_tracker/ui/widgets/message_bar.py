"""A strip above the content that says what went wrong (or right) in one sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0; border-radius:4px;",
    "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd8a8; border-radius:4px;",
    "info": "background:#e8f4fd; color:#0d3c61; border:1px solid #b6dcfb; border-radius:4px;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.level = "info"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("border:none; background:transparent;")
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setStyleSheet("border:none; background:transparent; font-size:14px;")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close this message"))

    def show_message(self, text: str, level: str = "info", timeout_ms: int = 0) -> None:
        self.level = level
        self.setStyleSheet(f"#messageBar {{{_STYLES.get(level, _STYLES['info'])}}}")
        self.label.setText(text)
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    def show_info(self, text: str) -> None:
        self.show_message(text, "info", 6000)

    @property
    def text(self) -> str:
        return self.label.text()
