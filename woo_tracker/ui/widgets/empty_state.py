"""What a new user sees in an empty library: what the app does and the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    new_request = Signal()
    open_demo = Signal()
    add_documents = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size:20px; font-weight:600;")
        self.body = QLabel(self)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setFixedWidth(520)
        self.body.setStyleSheet("color:palette(placeholder-text); font-size:13px;")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("emptyNewRequest")
        self.new_button.setDefault(True)
        self.new_button.setMinimumHeight(34)
        self.new_button.clicked.connect(self.new_request)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("emptyAddDocuments")
        self.add_button.setMinimumHeight(34)
        self.add_button.clicked.connect(self.add_documents)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("emptyOpenDemo")
        self.demo_button.setMinimumHeight(34)
        self.demo_button.clicked.connect(self.open_demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("No requests yet"))
        self.body.setText(
            self.tr(
                "Record a Woo request, a Wob request or Kamervragen and woo-tracker computes every "
                "legal deadline, tells you what is due or overdue and keeps the timeline. "
                "Or drop the documents you received (PDFs, e-mails) on this window: an answer "
                "to Kamervragen makes its request by itself. "
                "Not sure yet? Look around in the demo library first."
            )
        )
        self.body.setMinimumHeight(self.body.heightForWidth(self.body.width()))
        self.new_button.setText(self.tr("New request"))
        self.add_button.setText(self.tr("Add documents…"))
        self.demo_button.setText(self.tr("Open the demo library"))
