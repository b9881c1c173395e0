"""One stored document: the page image beside its text, with the references made clickable.

Pages are rendered by ``DocumentService.render_page`` (pypdfium2; QtPdf is not in this PySide6
build) in a background job, so paging through a 500-page scan never blocks the window. The text
is what ingest stored (text layer or OCR); references found in it are links: a Kamervragen number
or kenmerk opens its request, a date can become the event date of the selected request, a web
address opens in the browser. Answers to Kamervragen get a readable question/answer list, an
inventarislijst its rows with the counts per weigeringsgrond.
"""

from __future__ import annotations

import contextlib
import html
import re
import shutil
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCursor, QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from woo_tracker.services.context import AppContext
from woo_tracker.services.documents import DocumentService
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.ingest import IngestService
from woo_tracker.ui import labels
from woo_tracker.ui.models.records import RECORD_ROLE, RecordsModel
from woo_tracker.ui.widgets.placeholder import placeholder_stack
from woo_tracker.ui.workers import FunctionJob, Job, JobRunner

RENDER_DPI = 120
CACHE_PAGES = 12
REF_STYLE = "background:#e3f0fb; color:#0b4f8a; text-decoration:none;"
HIT_STYLE = "background:#ffe082;"
#: references that name a request (its number) and open it when clicked
REQUEST_REFERENCES = ("kamervraag", "kenmerk", "tk_document", "aanhangsel")


def _flexible(raw: str) -> re.Pattern[str] | None:
    """The raw text of a reference as a pattern that ignores how the whitespace was broken."""
    words = raw.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def query_terms(query: str) -> list[str]:
    """The words and phrases of a search to mark on the page (operators and -words left out)."""
    terms = []
    for m in re.finditer(r'"([^"]+)"|(\S+)', query or ""):
        phrase, word = m.group(1), m.group(2)
        if word in ("OR", "AND", "NOT") or (word or "").startswith("-"):
            continue
        text = (phrase or word or "").strip("*").strip()
        if len(text) >= 2:
            terms.append(text)
    return terms


def mark_up(
    text: str, references: list[dict[str, Any]], terms: list[str] | None = None
) -> tuple[str, int]:
    """HTML of ``text`` with the references as ``ref:<index>`` links and search terms marked.

    Returns the HTML and how many references were found in this text.
    """
    spans: list[tuple[int, int, str, int]] = []  # start, end, kind ("ref"/"hit"), ref index
    for i, ref in enumerate(references):
        pattern = _flexible(ref.get("raw") or "")
        if pattern is None:
            continue
        spans += [(m.start(), m.end(), "ref", i) for m in pattern.finditer(text)]
    for term in terms or []:
        pattern = re.compile(r"\b" + _flexible(term).pattern, re.IGNORECASE)  # type: ignore[union-attr]
        spans += [(m.start(), m.end(), "hit", -1) for m in pattern.finditer(text)]
    # earliest first, longer first, references before hits; overlapping spans are dropped
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2] != "ref"))
    out, pos, found = [], 0, 0
    for start, end, kind, index in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        piece = html.escape(text[start:end])
        if kind == "ref":
            found += 1
            out.append(f'<a href="ref:{index}" style="{REF_STYLE}">{piece}</a>')
        else:
            out.append(f'<span style="{HIT_STYLE}">{piece}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out), found


def questions_html(questions: list[dict[str, Any]]) -> str:
    """Kamervragen and their answers as a list to read (also used in the request's pane)."""
    question_label = QCoreApplication.translate("DocumentView", "Question %1")
    answer_label = html.escape(QCoreApplication.translate("DocumentView", "Answer"))
    no_answer = html.escape(QCoreApplication.translate("DocumentView", "No answer found."))
    parts = []
    for q in questions:
        number = str(q.get("number") or "")
        heading = html.escape(question_label.replace("%1", number))
        question = html.escape(q.get("question") or "").replace("\n", "<br>")
        answer = q.get("answer")
        parts.append(
            '<div style="margin-bottom:10px;">'
            f'<p style="font-weight:600; margin:0 0 4px 0;">{heading}</p>'
            f'<p style="margin:0 0 6px 0;">{question}</p>'
        )
        if answer:
            text = html.escape(answer).replace("\n", "<br>")
            parts.append(
                '<p style="margin:0 0 2px 0; color:#1b5e20; font-weight:600;">'
                f'{answer_label}</p><p style="margin:0;">{text}</p>'
            )
        else:
            parts.append(f'<p style="margin:0; color:#8a5a00;">{no_answer}</p>')
        parts.append("</div><hr>")
    return "".join(parts)


class _ResizeWatcher(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False


class DocumentView(QWidget):
    #: a reference that names a request was clicked: (kind, value, raw text)
    reference_activated = Signal(str, str, str)
    #: a date in the text was clicked: use it as the event date of the selected request
    date_chosen = Signal(object)
    #: open this request (a "filed with" link)
    request_chosen = Signal(int)
    #: text, level for the window's message bar
    message = Signal(str, str)
    #: the page image on screen now (page number)
    page_shown = Signal(int)
    #: pages were read by OCR here: the document may now be filed with a request (id, or -1)
    documents_filed = Signal(int)

    def __init__(
        self,
        ctx_getter: Callable[[], AppContext],
        runner: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.ctx_getter = ctx_getter
        self.runner = runner
        self._ocr_job: Job | None = None
        self.document_id: int | None = None
        self.data: dict[str, Any] | None = None
        self.texts: list[dict[str, Any]] = []
        self.page = 0
        self.terms: list[str] = []
        self.rendered_page: int | None = None
        self._image: QImage | None = None
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._render_job: Job | None = None
        self._balanced = False
        self._wanted: tuple[int, int] | None = None

        # page 0: nothing selected
        self.stack, self.placeholder = placeholder_stack(self)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 4)
        self.title_label = QLabel(page)
        self.title_label.setObjectName("documentTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size:15px; font-weight:600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label = QLabel(page)
        self.info_label.setObjectName("documentInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.info_label.linkActivated.connect(self._info_link)
        self.open_button = QPushButton(page)
        self.open_button.setObjectName("openOriginal")
        self.open_button.clicked.connect(lambda: self.open_original())
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.info_label)
        head.addLayout(titles, 1)
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.previous_button = QPushButton(page)
        self.previous_button.setObjectName("previousPage")
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("nextPage")
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_spin = QSpinBox(page)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self._spin_changed)
        self.page_label = QLabel(page)
        self.of_label = QLabel(page)
        self.method_label = QLabel(page)
        self.method_label.setStyleSheet("color:palette(placeholder-text);")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.page_label)
        nav.addWidget(self.page_spin)
        nav.addWidget(self.of_label)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.method_label)
        nav.addStretch(1)
        layout.addLayout(nav)

        self.image_label = QLabel()
        self.image_label.setObjectName("pageImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setWordWrap(True)
        self.image_label.setStyleSheet("background:white; color:#555; padding:0;")
        self.image_scroll = QScrollArea(page)
        self.image_scroll.setObjectName("pageImageScroll")
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.image_scroll.setStyleSheet("QScrollArea {background:#8a8f96;}")
        self.image_scroll.setWidget(self.image_label)
        self._watcher = _ResizeWatcher(self._fit_image, self)
        self.image_scroll.viewport().installEventFilter(self._watcher)

        self.text_view = QTextBrowser(page)
        self.text_view.setObjectName("documentText")
        self.text_view.setOpenLinks(False)
        self.text_view.anchorClicked.connect(self._anchor_clicked)
        self.text_view.highlighted.connect(self._anchor_hovered)
        self.qa_view = QTextBrowser(page)
        self.qa_view.setObjectName("questionsView")
        self.qa_view.setOpenExternalLinks(False)
        self.inventory_summary = QLabel(page)
        self.inventory_summary.setObjectName("inventorySummary")
        self.inventory_summary.setWordWrap(True)
        self.inventory_summary.setTextFormat(Qt.TextFormat.RichText)
        self.inventory_model = RecordsModel(
            [
                (lambda: self.tr("No."), lambda r: r.get("number")),
                (lambda: self.tr("Date"), lambda r: r.get("date")),
                (lambda: self.tr("Description"), lambda r: r.get("description")),
                (lambda: self.tr("Assessment"), lambda r: r.get("beoordeling")),
                (lambda: self.tr("Grounds"), lambda r: ", ".join(r.get("gronden") or [])),
            ],
            self,
        )
        self.inventory_view = self._table(self.inventory_model, page)
        self.inventory_view.setObjectName("inventoryView")
        inventory_tab = QWidget(page)
        inv_layout = QVBoxLayout(inventory_tab)
        inv_layout.addWidget(self.inventory_summary)
        inv_layout.addWidget(self.inventory_view, 1)
        self.references_model = RecordsModel(
            [
                (lambda: self.tr("Kind"), lambda r: labels.reference_kind_label(r["kind"])),
                (lambda: self.tr("Value"), lambda r: r.get("value")),
                (lambda: self.tr("Role"), lambda r: labels.reference_role_label(r.get("role"))),
                (lambda: self.tr("Page"), lambda r: r.get("page")),
            ],
            self,
        )
        self.references_view = self._table(self.references_model, page)
        self.references_view.setObjectName("documentReferences")
        self.references_view.doubleClicked.connect(self._reference_double_clicked)

        self.side_tabs = QTabWidget(page)
        self.side_tabs.setObjectName("documentTabs")
        self.side_tabs.addTab(self.text_view, "")
        self.side_tabs.addTab(self.qa_view, "")
        self.side_tabs.addTab(inventory_tab, "")
        self.side_tabs.addTab(self.references_view, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("documentSplitter")
        self.splitter.addWidget(self.image_scroll)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)

        for keys, step in (
            (QKeySequence.StandardKey.MoveToNextPage, 1),
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.show_page(self.page + s))
        self.retranslate()
        self.stack.setCurrentIndex(0)

    @staticmethod
    def _table(model: RecordsModel, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setFrameShape(QFrame.Shape.StyledPanel)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr("Open a document from a request, the inbox or a search result to read it here.")
        )
        self.open_button.setText(self.tr("Open original"))
        self.open_button.setToolTip(self.tr("Open the stored file in the system's viewer"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.page_label.setText(self.tr("Page"))
        for i, text in enumerate(
            (
                self.tr("Text"),
                self.tr("Questions and answers"),
                self.tr("Inventory"),
                self.tr("References"),
            )
        ):
            self.side_tabs.setTabText(i, text)
        self.inventory_model.retranslate()
        self.references_model.retranslate()
        if self.data is not None:
            self._fill_header()
            self._fill_questions()
            self._fill_inventory()
            self._show_text()
            self._update_nav()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------
    @property
    def service(self) -> DocumentService:
        return DocumentService(self.ctx_getter())

    @property
    def page_count(self) -> int:
        return len(self.texts) or int((self.data or {}).get("pages") or 0)

    def clear(self) -> None:
        self.document_id, self.data, self.texts, self.page = None, None, [], 0
        self._image = None
        self._cache.clear()
        self.stack.setCurrentIndex(0)

    def show_document(self, document_id: int, page: int = 1, query: str = "") -> bool:
        """Show ``page`` of the document (and mark the words of ``query``); False if it is gone."""
        self.terms = query_terms(query)
        if document_id != self.document_id:
            try:
                data = self.service.get(document_id)
                texts = self.service.page_texts(document_id)
            except ServiceError as exc:
                self.message.emit(str(exc), "error")
                return False
            self.document_id, self.data, self.texts = document_id, data, texts
            self.page = 0
            self._fill_header()
            self._fill_questions()
            self._fill_inventory()
            self.references_model.set_records(data["references"])
            self.side_tabs.setTabVisible(3, bool(data["references"]))
            self.side_tabs.setCurrentIndex(0)
            self.page_spin.blockSignals(True)
            self.page_spin.setRange(1, max(1, self.page_count))
            self.page_spin.blockSignals(False)
            self.stack.setCurrentIndex(1)
        self._balance()
        self.show_page(page, force=True)
        return True

    def _balance(self) -> None:
        """Page and text side by side, half each, the first time there is room to share."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self._balanced or total <= 0 or not self.splitter.isVisible():
            return
        self._balanced = True
        self.splitter.setSizes([total // 2, total - total // 2])

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._balance)  # once the layout has given the splitter its size

    def reload(self) -> None:
        """Read the document again (it was linked, or the library changed)."""
        if self.document_id is None:
            return
        document_id, page = self.document_id, self.page
        self.document_id = None
        if not self.show_document(document_id, page):
            self.clear()

    def _fill_header(self) -> None:
        d = self.data
        assert d is not None
        self.title_label.setText(d.get("title") or d["filename"])
        parts = [labels.doc_type_label(d.get("type"))]
        if d.get("date"):
            parts.append(d["date"])
        parts.append(self.tr("%n page(s)", "", int(d.get("pages") or 0)))
        if d.get("ocr_pages"):
            parts.append(self.tr("%n page(s) read by OCR", "", int(d["ocr_pages"])))
        if d.get("needs_ocr"):
            parts.append(self.tr("scanned pages not read yet (no OCR)"))
        info = html.escape(" · ".join(str(p) for p in parts))
        if d.get("needs_ocr") and self._ocr_job is None:
            info += ' — <a href="ocr:">' + html.escape(self.tr("Read them with OCR now")) + "</a>"
        info += "<br>" + html.escape(d["filename"])
        requests = d.get("requests") or []
        if requests:
            links = ", ".join(
                f'<a href="request:{r["id"]}">{html.escape(r.get("title") or str(r["id"]))}</a>'
                for r in requests
            )
            info += "<br>" + self.tr("Filed with: %1").replace("%1", links)
        else:
            info += "<br>" + html.escape(self.tr("Not filed with a request yet (see the Inbox)."))
        self.info_label.setText(info)

    def _fill_questions(self) -> None:
        questions = (self.data or {}).get("questions") or []
        self.side_tabs.setTabVisible(1, bool(questions))
        self.qa_view.setHtml(questions_html(questions))

    def _fill_inventory(self) -> None:
        inventory = (self.data or {}).get("inventory") or None
        self.side_tabs.setTabVisible(2, bool(inventory))
        if not inventory:
            self.inventory_model.set_records([])
            return
        rows = inventory.get("rows") or []
        self.inventory_model.set_records(rows)
        by_ground = inventory.get("counts_by_ground") or {}
        by_assessment = inventory.get("counts_by_beoordeling") or {}
        lines = [html.escape(self.tr("%n document(s) listed.", "", len(rows)))]
        if by_assessment:
            lines.append(
                html.escape(self.tr("Assessment: %1")).replace(
                    "%1",
                    ", ".join(f"{html.escape(k)} <b>{v}</b>" for k, v in by_assessment.items()),
                )
            )
        if by_ground:
            lines.append(
                html.escape(self.tr("Grounds for refusal: %1")).replace(
                    "%1",
                    ", ".join(
                        f"{html.escape(k)} <b>×{v}</b>"
                        for k, v in sorted(by_ground.items(), key=lambda kv: -kv[1])
                    ),
                )
            )
        else:
            lines.append(
                html.escape(self.tr("No grounds for refusal were recognised in the rows."))
            )
        self.inventory_summary.setText("<br>".join(lines))

    # -- pages --------------------------------------------------------------------------------
    def _spin_changed(self, value: int) -> None:
        if value != self.page:
            self.show_page(value)

    def show_page(self, page: int, force: bool = False) -> None:
        if self.data is None:
            return
        page = max(1, min(page, max(1, self.page_count)))
        if page == self.page and not force:
            return
        self.page = page
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(False)
        self._update_nav()
        self._show_text()
        self._request_image()

    def _update_nav(self) -> None:
        count = self.page_count
        self.of_label.setText(self.tr("of %1").replace("%1", str(count)))
        self.previous_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < count)
        method = self._page_text().get("method")
        self.method_label.setText(
            {
                "text": self.tr("text layer"),
                "ocr": self.tr("read by OCR"),
                "none": self.tr("no text on this page (scanned; OCR needed)"),
            }.get(method or "", "")
        )

    def _page_text(self) -> dict[str, Any]:
        return next((t for t in self.texts if t["number"] == self.page), {})

    def _show_text(self) -> None:
        page = self._page_text()
        references = (self.data or {}).get("references") or []
        body, _n = mark_up(page.get("text") or "", references, self.terms)
        parts = []
        if page.get("margin"):
            margin, _m = mark_up(page["margin"], references, self.terms)
            title = html.escape(self.tr("Margin"))
            parts.append(
                '<div style="color:#555; background:#f4f5f7; padding:6px; margin-bottom:8px;'
                ' white-space:pre-wrap;">'
                f'<span style="font-size:small; font-weight:600;">{title}</span><br>{margin}</div>'
            )
        if body.strip():
            parts.append(f'<div style="white-space:pre-wrap;">{body}</div>')
        else:
            parts.append(
                '<p style="color:#8a5a00;">'
                + html.escape(
                    self.tr("No text was read from this page. If it is a scan, add it with OCR on.")
                )
                + "</p>"
            )
        self.text_view.setHtml("".join(parts))
        if self.terms:
            self.text_view.find(self.terms[0])  # bring the first hit into view
            cursor = self.text_view.textCursor()
            cursor.clearSelection()
            self.text_view.setTextCursor(cursor)

    def _request_image(self) -> None:
        assert self.data is not None
        document_id, page = int(self.data["id"]), self.page
        self._wanted = (document_id, page)
        cached = self._cache.get((document_id, page))
        if cached is not None:
            self._cache.move_to_end((document_id, page))
            self._set_image(cached, page)
            return
        if self.data.get("mime") != "application/pdf":
            self._set_image_text(
                self.tr("No page image: this document is not a PDF. Its text is on the right.")
            )
            return
        self._set_image_text(self.tr("Rendering page %1…").replace("%1", str(page)))
        ctx = self.ctx_getter()

        def work(_job: Job) -> dict[str, Any]:
            return DocumentService(ctx).render_page(document_id, page, RENDER_DPI)

        job = FunctionJob(work, name="render-page")
        job.signals.finished.connect(
            lambda result, key=(document_id, page): self._rendered(key, result)
        )
        job.signals.failed.connect(
            lambda message, _exc, key=(document_id, page): self._render_failed(key, message)
        )
        self._render_job = job
        self.runner.start(job)

    def _rendered(self, key: tuple[int, int], result: dict[str, Any]) -> None:
        image = QImage(
            result["data"],
            result["width"],
            result["height"],
            result["width"],
            QImage.Format.Format_Grayscale8,
        ).copy()  # own the pixels: the bytes object goes away
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if key == self._wanted:
            self._set_image(image, key[1])

    def _render_failed(self, key: tuple[int, int], message: str) -> None:
        if key == self._wanted:
            self._set_image_text(message)

    def _set_image_text(self, text: str) -> None:
        self._image = None
        self.rendered_page = None
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText(text)

    def _set_image(self, image: QImage, page: int) -> None:
        self._image = image
        self.rendered_page = page
        self.image_label.setText("")
        self._fit_image()
        self.page_shown.emit(page)

    def _fit_image(self) -> None:
        if self._image is None:
            return
        width = max(100, self.image_scroll.viewport().width() - 16)
        ratio = self.devicePixelRatioF() or 1.0
        target = int(min(width, self._image.width() * 1.5) * ratio)
        pixmap = QPixmap.fromImage(
            self._image.scaledToWidth(target, Qt.TransformationMode.SmoothTransformation)
        )
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)

    # -- references ---------------------------------------------------------------------------
    def _reference(self, url: QUrl) -> dict[str, Any] | None:
        text = url.toString()
        if not text.startswith("ref:") or self.data is None:
            return None
        try:
            return self.data["references"][int(text[4:])]
        except (ValueError, IndexError):
            return None

    def reference_tip(self, ref: dict[str, Any]) -> str:
        kind, value = ref["kind"], ref["value"]
        if kind == "date":
            return self.tr("Click to use %1 as the event date of the selected request").replace(
                "%1", value
            )
        if kind in REQUEST_REFERENCES:
            return (
                self.tr("%1 %2 — click to open its request")
                .replace("%1", labels.reference_kind_label(kind))
                .replace("%2", value)
            )
        if kind in ("url", "email"):
            return self.tr("Click to open %1").replace("%1", value)
        return (
            self.tr("%1 %2 — click to search all documents for it")
            .replace("%1", labels.reference_kind_label(kind))
            .replace("%2", value)
        )

    def _anchor_hovered(self, url: QUrl) -> None:
        ref = self._reference(url)
        if ref is not None:
            QToolTip.showText(QCursor.pos(), self.reference_tip(ref), self.text_view)
        else:
            QToolTip.hideText()

    def _anchor_clicked(self, url: QUrl) -> None:
        ref = self._reference(url)
        if ref is not None:
            self.activate_reference(ref)

    def activate_reference(self, ref: dict[str, Any]) -> None:
        kind, value = ref["kind"], ref["value"]
        if kind == "date":
            with contextlib.suppress(ValueError):
                self.date_chosen.emit(date.fromisoformat(value))
        elif kind == "url":
            QDesktopServices.openUrl(QUrl(value))
        elif kind == "email":
            QDesktopServices.openUrl(QUrl(f"mailto:{value}"))
        else:
            self.reference_activated.emit(kind, value, " ".join((ref.get("raw") or value).split()))

    def _reference_double_clicked(self, index: Any) -> None:
        ref = index.data(RECORD_ROLE)
        if ref and ref.get("page"):
            self.show_page(int(ref["page"]))
            self.side_tabs.setCurrentIndex(0)

    def _info_link(self, link: str) -> None:
        if link.startswith("request:"):
            self.request_chosen.emit(int(link.split(":", 1)[1]))
        elif link == "ocr:" and self.data is not None:
            self.read_with_ocr()

    def read_with_ocr(self) -> Job:
        """OCR the pages still unread, off the UI thread; the text and filing follow."""
        document_id, ctx = int(self.data["id"]), self.ctx_getter()  # type: ignore[index]

        def work(job: Job) -> Any:
            return IngestService(ctx).ocr_document(
                document_id,
                on_progress=lambda p: job.report(p.pages_done, p.pages_total),
                should_cancel=lambda: job.is_cancelled,
            )

        job = FunctionJob(work, name="ocr-document")
        job.signals.finished.connect(self._ocr_finished)
        job.signals.failed.connect(lambda message, _exc: self._ocr_finished(None, message))
        self._ocr_job = job
        self.message.emit(self.tr("Reading the scanned pages with OCR…"), "info")
        self.runner.start(job)
        self._fill_header()
        return job

    def _ocr_finished(self, result: Any, message: str = "") -> None:
        self._ocr_job = None
        if result is not None and result.status == "failed":
            message = result.error or ""
        if message:
            self.message.emit(message, "error")
        else:
            self.message.emit(self.tr("The scanned pages were read."), "info")
            self.documents_filed.emit(result.request_id if result and result.request_id else -1)
        self.reload()

    def references_on_page(self) -> list[dict[str, Any]]:
        """The references whose text is on the page shown (what the text view links)."""
        page = self._page_text()
        text = (page.get("text") or "") + "\n" + (page.get("margin") or "")
        out = []
        for ref in (self.data or {}).get("references") or []:
            pattern = _flexible(ref.get("raw") or "")
            if pattern is not None and pattern.search(text):
                out.append(ref)
        return out

    # -- the original ------------------------------------------------------------------------
    def open_original(self) -> Path | None:
        """Copy the stored file under its own name to a temporary folder and open it there
        (the library stores files by content hash, without a name the system viewer needs)."""
        if self.data is None:
            return None
        source = Path(self.data["path"])
        if not source.is_file():
            self.message.emit(
                self.tr("The stored file is missing; run Verify and add the document again."),
                "error",
            )
            return None
        temp = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        folder = Path(temp) / "woo-tracker" / str(self.data["id"])
        target = folder / Path(self.data["filename"]).name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.stat().st_size != source.stat().st_size:
                shutil.copyfile(source, target)
        except OSError as exc:
            self.message.emit(
                self.tr("The document could not be opened: %1").replace("%1", str(exc)), "error"
            )
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.message.emit(
                self.tr("No program to open %1 was found; the copy is at %2.")
                .replace("%1", target.name)
                .replace("%2", str(target)),
                "warning",
            )
        return target
