"""A pane that shows either a sentence ("select a request…") or its content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


def placeholder_stack(owner: QWidget) -> tuple[QStackedWidget, QLabel]:
    """Fill ``owner`` with a stack whose first page is a centred, greyed placeholder sentence."""
    stack = QStackedWidget(owner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(stack)
    placeholder = QLabel(owner)
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    placeholder.setWordWrap(True)
    placeholder.setStyleSheet("color:palette(placeholder-text); padding:24px;")
    stack.addWidget(placeholder)
    return stack, placeholder
