"""Documents in the window: drop them in, watch them filed, read them, find anything in them.

Drops are real QDragEnterEvent/QDropEvent with file URLs sent to the widget under the cursor;
ingest runs on the thread pool and the tests wait for the job's finished signal. OCR is off
except in the one test on the 3-page scan (tesseract is installed here and in CI).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from corpus_files import ANSWER, NEWS, SCAN, WOB, needs_tesseract
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from woo_tracker.services.documents import DocumentService
from woo_tracker.services.requests import RequestService
from woo_tracker.ui.ingest_jobs import IngestReport, mime_for
from woo_tracker.ui.models.views import INBOX_KEY
from woo_tracker.ui.widgets.search_view import HIT_ROLE

JOB_TIMEOUT_MS = 120_000


def drop_files(widget: Any, paths: list[Path]) -> None:
    """Drag ``paths`` over ``widget`` and release them, as from a file manager."""
    mime = mime_for(paths)
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), f"{widget.objectName()} does not take the drop"
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def drop_and_wait(qtbot: Any, window: Any, widget: Any, paths: list[Path]) -> IngestReport:
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        drop_files(widget, paths)
    qtbot.waitUntil(lambda: not window.ingest.busy, timeout=JOB_TIMEOUT_MS)
    return blocker.args[0]


def double_click(qtbot: Any, view: Any, index: Any) -> None:
    """Press, then double-click, as a mouse does (item views open on a double-click of the
    item that was pressed)."""
    qtbot.waitUntil(view.isVisible)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def corpus_pdfs(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.pdf"))


@pytest.fixture
def window_no_ocr(make_window: Any, ctx: Any) -> Any:
    window = make_window(ctx)
    window.set_ocr(False)
    return window


def click_view(qtbot: Any, window: Any, key: str) -> None:
    pane = window.views_pane
    row = window.views_model.row_of(key)
    assert row >= 0, f"view {key} not in the left pane"
    rect = pane.visualRect(window.views_model.index(row))
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def inbox_count(window: Any) -> int:
    return window.views_model.entries[window.views_model.row_of(INBOX_KEY)].count


def test_drop_the_corpus_on_the_window_files_the_answer_with_its_request(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path
) -> None:
    window = window_no_ocr
    assert window.is_empty_state
    progress: list[Any] = []
    window.ingest.progress.connect(progress.append)

    report = drop_and_wait(qtbot, window, window, corpus_pdfs(corpus))

    assert not report.cancelled
    assert report.count("added") == 4 and report.count("failed") == 0
    assert progress and progress[-1].files_done == progress[-1].files_total == 4
    # the answer made its Kamervragen request and is filed with it, answered
    answer = next(o for o in report.outcomes if o.path.name == ANSWER)
    assert answer.result.request_id is not None
    assert not window.is_empty_state
    assert window.detail.request_id == answer.result.request_id
    data = window.detail.data
    assert data["number"] == "2025Z15452" and data["status"] == "answered"
    assert [d["id"] for d in data["documents"]] == [answer.result.document_id]
    assert window.detail.responses_model.records[0]["type"] == "antwoorden"
    assert len(window.detail.questions_model.records) == 5
    assert window.table_model.rowCount() == 1
    assert "4 documents added" in window.message_bar.text
    # the rest waits in the inbox, counted in the left pane
    assert inbox_count(window) == 3
    # the scan was stored without OCR: said in the problems list, with nothing to retry
    panel = window.ingest_panel
    assert [p["outcome"].path.name for p in panel.problems] == [SCAN]
    assert "need OCR" in panel.problems[0]["outcome"].message
    assert DocumentService(ctx).verify().ok


def test_double_click_a_document_of_the_request_opens_it(
    qtbot: Any, window_no_ocr: Any, corpus: Path
) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / ANSWER])
    detail = window.detail
    detail.tabs.setCurrentIndex(2)
    double_click(qtbot, detail.documents_view, detail.documents_model.index(0, 0))

    doc_view = window.document_view
    assert window.middle_tabs.currentWidget() is doc_view
    assert doc_view.page == 1 and doc_view.page_count == 3
    qtbot.waitUntil(lambda: doc_view.rendered_page == 1, timeout=10_000)
    assert doc_view.image_label.pixmap().width() > 100
    assert "Antwoorden Kamervragen" in doc_view.title_label.text()
    assert "Onze referentie" in doc_view.text_view.toPlainText()
    qtbot.mouseClick(doc_view.next_button, Qt.MouseButton.LeftButton)
    assert doc_view.page == 2
    assert "Vraag 1" in doc_view.text_view.toPlainText()
    qtbot.waitUntil(lambda: doc_view.rendered_page == 2, timeout=10_000)
    assert doc_view.next_button.isEnabled()  # page 3 is still ahead
    # the questions and answers as a list to read
    assert doc_view.side_tabs.isTabVisible(1)
    qa = doc_view.qa_view.toPlainText()
    assert "Question 1" in qa and "Answer" in qa and "Raffinaderij" in qa


def test_drop_on_the_request_files_the_documents_with_it(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path
) -> None:
    window = window_no_ocr
    row = RequestService(ctx).add(kind="woo", title="Iets heel anders", received=date(2025, 11, 3))
    window._reload_all()
    window.select_request(row.id)

    report = drop_and_wait(qtbot, window, window.detail, [corpus / NEWS])

    assert report.request_id == row.id
    [outcome] = report.outcomes
    assert outcome.result.request_id == row.id
    assert [d["id"] for d in window.detail.data["documents"]] == [outcome.result.document_id]
    assert inbox_count(window) == 0


def test_the_inbox_accepts_a_suggestion(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path
) -> None:
    window = window_no_ocr
    req = RequestService(ctx).add(
        kind="wob", title="Palantir veiligheidsregio's", organisation="Follow the Money"
    )
    window._reload_all()
    report = drop_and_wait(qtbot, window, window, [corpus / NEWS])
    [outcome] = report.outcomes
    assert outcome.result.request_id is None
    assert inbox_count(window) == 1

    click_view(qtbot, window, INBOX_KEY)
    inbox = window.inbox
    assert window.showing_inbox and inbox.isVisible()
    assert window.middle_tabs.tabText(0) == "Inbox"
    assert inbox.model.rowCount() == 1
    entry = inbox.selected()
    assert entry["document_id"] == outcome.result.document_id
    why = inbox.model.data(inbox.model.index(0, 4))
    assert "palantir" in why.lower()
    assert window.detail.request_id == req.id  # the suggestion is shown beside it
    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)

    assert inbox.model.rowCount() == 0 and inbox.empty_label.isVisible()
    assert inbox_count(window) == 0
    assert [d["id"] for d in window.detail.data["documents"]] == [outcome.result.document_id]
    assert "Filed" in window.message_bar.text


def test_the_inbox_makes_a_request_from_a_document_and_files_with_another(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path
) -> None:
    window = window_no_ocr
    other = RequestService(ctx).add(kind="woo", title="Iets anders")
    window._reload_all()
    drop_and_wait(qtbot, window, window, [corpus / WOB, corpus / NEWS])
    window.set_view(INBOX_KEY)
    inbox = window.inbox
    assert inbox.model.rowCount() == 2
    assert inbox.suggestion(inbox.selected()) is None
    assert not inbox.accept_button.isEnabled()

    wob = next(e for e in inbox.model.records if e["type"] == "wob_besluit")
    inbox.select_document(wob["document_id"])
    request_id = inbox.create_request_from_selected()
    assert RequestService(ctx).show(request_id)["kind"] == "wob"

    news = inbox.selected()
    assert news["type"] == "news_article"
    assert inbox.link_selected(other.id) == other.id
    assert inbox.model.rowCount() == 0
    assert inbox_count(window) == 0


def test_search_finds_raffinaderij_and_opens_page_2(
    qtbot: Any, window_no_ocr: Any, corpus: Path
) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / ANSWER, corpus / NEWS])

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search_view
    qtbot.waitUntil(search.search_edit.hasFocus)
    qtbot.keyClicks(search.search_edit, "Raffinaderij")
    qtbot.keyClick(search.search_edit, Qt.Key.Key_Return)

    hits = [search.model.index(r).data(HIT_ROLE) for r in range(search.model.rowCount())]
    assert [h.page for h in hits] == [2, 3]
    assert "«Raffinaderij»" in hits[0].snippet
    assert search.count_label.text() == "2 pages found"
    double_click(qtbot, search.results, search.model.index(0))

    doc_view = window.document_view
    assert window.middle_tabs.currentWidget() is doc_view
    assert doc_view.page == 2 and doc_view.page_spin.value() == 2
    assert "Raffinaderij" in doc_view.text_view.toPlainText()
    assert "background-color:#ffe082" in doc_view.text_view.toHtml()  # the word is marked
    qtbot.waitUntil(lambda: doc_view.rendered_page == 2, timeout=10_000)


def test_search_filters_by_type_and_request(qtbot: Any, window_no_ocr: Any, corpus: Path) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / ANSWER, corpus / NEWS])
    window.focus_search()
    search = window.search_view
    assert len(search.search("Palantir")) >= 2
    types = {h.doc_type for h in search.model.hits}
    assert types == {"kamervragen_antwoord", "news_article"}
    search.type_combo.setCurrentIndex(search.type_combo.findData("news_article"))
    assert {h.doc_type for h in search.model.hits} == {"news_article"}
    search.type_combo.setCurrentIndex(0)
    request_id = window.detail.request_id
    search.set_request_filter(request_id)
    assert {h.doc_type for h in search.model.hits} == {"kamervragen_antwoord"}


def test_a_search_the_box_cannot_read_is_said_under_it(qtbot: Any, window: Any) -> None:
    window.focus_search()
    search = window.search_view
    qtbot.keyClicks(search.search_edit, '"Raffinaderij')
    qtbot.keyClick(search.search_edit, Qt.Key.Key_Return)
    assert search.error_label.isVisible()
    assert "closing" in search.error_label.text()
    assert search.model.rowCount() == 0
    search.search_edit.clear()
    qtbot.keyClicks(search.search_edit, "-alleen")
    qtbot.keyClick(search.search_edit, Qt.Key.Key_Return)
    assert "cannot only exclude" in search.error_label.text()
    search.search("geen treffer")
    assert not search.error_label.isVisible()
    assert search.count_label.text() == "No page contains this."


def test_cancelling_a_job_leaves_no_half_stored_document(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path, tmp_path: Path
) -> None:
    window = window_no_ocr
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):  # different bytes each, so none is a duplicate of another
        (folder / f"notitie-{i}.txt").write_text(f"Notitie {i} over Palantir.\n", "utf-8")
    paths = [corpus / ANSWER, corpus / WOB, folder]

    def cancel_after_first_file(progress: Any) -> None:  # runs in the worker thread
        if progress.files_done >= 1:
            job.cancel()

    cancelled: list[bool] = []
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        job = window.ingest_paths(paths)
        job.signals.ingest_progress.connect(
            cancel_after_first_file, Qt.ConnectionType.DirectConnection
        )
        job.signals.cancelled.connect(lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: not window.ingest.busy, timeout=JOB_TIMEOUT_MS)
    report: IngestReport = blocker.args[0]

    assert report.cancelled and cancelled
    statuses = [o.result.status for o in report.outcomes]
    assert statuses[0] == "added" and "cancelled" in statuses
    assert window.message_bar.text.startswith("Cancelled")
    check = DocumentService(ctx).verify()
    assert check.ok, check.problems
    assert check.documents == statuses.count("added")


def test_cancel_button_stops_the_job(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path
) -> None:
    window = window_no_ocr
    panel = window.ingest_panel
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        window.ingest_paths([corpus / ANSWER, corpus / WOB, corpus / NEWS])
        assert panel.isVisible() and panel.cancel_button.isVisible()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ingest.busy, timeout=JOB_TIMEOUT_MS)
    assert blocker.args[0].cancelled
    assert DocumentService(ctx).verify().ok
    assert not panel.progress_row.isVisible()


def test_a_bad_file_shows_its_message_while_the_good_ones_are_stored(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path, monkeypatch: Any
) -> None:
    window = window_no_ocr
    report = drop_and_wait(qtbot, window, window, [corpus / "bad", corpus / ANSWER])

    names = {o.path.name: o for o in report.outcomes}
    assert names[ANSWER].result.status == "added"
    assert names["owner-restricted-only.pdf"].result.status == "added"
    panel = window.ingest_panel
    assert panel.isVisible() and panel.view.isVisible()
    shown = {
        panel.model.data(panel.model.index(r, 0)): panel.model.data(panel.model.index(r, 1))
        for r in range(panel.model.rowCount())
    }
    assert set(shown) == {
        "empty.pdf",
        "truncated.pdf",
        "html-named-as.pdf",
        "garbage-after-header.pdf",
        "encrypted-password.pdf",
    }
    assert "is empty" in shown["empty.pdf"]
    assert "HTML web page" in shown["html-named-as.pdf"]
    assert "password" in shown["encrypted-password.pdf"]
    assert "5 files could not be added." in panel.problems_label.text()
    assert "5 could not be added" in window.message_bar.text
    assert DocumentService(ctx).verify().documents == 2

    # the password: asked for, then only that file is added again with it
    assert panel.select_file("encrypted-password.pdf")
    assert panel.password_button.isEnabled()
    monkeypatch.setattr(
        "woo_tracker.ui.widgets.ingest_panel.QInputDialog.getText",
        lambda *args, **kwargs: ("geheim", True),
    )
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(panel.password_button, Qt.MouseButton.LeftButton)
    [again] = blocker.args[0].outcomes
    assert again.path.name == "encrypted-password.pdf" and again.result.status == "added"
    assert panel.model.rowCount() == 4
    assert not panel.select_file("encrypted-password.pdf")

    # a retry of a damaged file says the same again, once
    panel.select_file("truncated.pdf")
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()


def test_missing_ocr_shows_how_to_install_it(
    qtbot: Any, window: Any, corpus: Path, monkeypatch: Any
) -> None:
    from woo_tracker.ingest import ocr as ocr_module
    from woo_tracker.ingest.errors import TESSERACT_INSTALL_HINT, OcrUnavailable

    def no_tesseract(*_args: Any, **_kwargs: Any) -> Any:
        raise OcrUnavailable()

    monkeypatch.setattr(ocr_module, "apply_ocr", no_tesseract)
    window.set_ocr(True)
    report = drop_and_wait(qtbot, window, window, [corpus / SCAN])
    [outcome] = report.outcomes
    assert outcome.result.status == "added" and outcome.problem == "ocr"
    panel = window.ingest_panel
    assert panel.ocr_button.isVisible()
    qtbot.mouseClick(panel.ocr_button, Qt.MouseButton.LeftButton)
    box = panel.ocr_box
    assert box is not None and box.isVisible()
    assert TESSERACT_INSTALL_HINT in box.informativeText()
    box.close()


@needs_tesseract
def test_the_scanned_answer_dropped_on_its_request_is_read_by_ocr(
    qtbot: Any, make_window: Any, ctx: Any, corpus: Path
) -> None:
    window = make_window(ctx)
    window.set_ocr(False)
    drop_and_wait(qtbot, window, window, [corpus / ANSWER])
    request_id = window.detail.request_id
    window.set_ocr(True)
    seen: list[Any] = []
    window.ingest.progress.connect(seen.append)

    report = drop_and_wait(qtbot, window, window.detail, [corpus / SCAN])

    [outcome] = report.outcomes
    assert outcome.result.status == "added" and outcome.result.request_id == request_id
    assert max(p.pages_total for p in seen) == 6  # 3 pages looked at, then 3 read by OCR
    assert len(window.detail.data["documents"]) == 2
    window.open_document(outcome.result.document_id, 1)
    doc_view = window.document_view
    assert doc_view.data["ocr_pages"] == 3
    assert "3 pages read by OCR" in doc_view.info_label.text()
    assert doc_view.method_label.text() == "read by OCR"
    qtbot.mouseClick(doc_view.next_button, Qt.MouseButton.LeftButton)
    assert "Palantir" in doc_view.text_view.toPlainText()
    assert len(doc_view.data["questions"]) == 5
    assert "Question 5" in doc_view.qa_view.toPlainText()
    qtbot.waitUntil(lambda: doc_view.rendered_page == 2, timeout=10_000)


def test_references_in_the_text_open_the_request_or_date_the_next_event(
    qtbot: Any, window_no_ocr: Any, corpus: Path
) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / ANSWER])
    request_id = window.detail.request_id
    answer_id = window.detail.data["documents"][0]["id"]
    window.open_document(answer_id, 2)
    doc_view = window.document_view
    refs = doc_view.data["references"]
    on_page = doc_view.references_on_page()
    assert {"kamervraag", "aanhangsel"} <= {r["kind"] for r in on_page}
    html = doc_view.text_view.toHtml()
    number = next(i for i, r in enumerate(refs) if r["kind"] == "kamervraag")
    assert f'href="ref:{number}"' in html

    window.detail.show_request(None)
    doc_view.text_view.anchorClicked.emit(QUrl(f"ref:{number}"))
    assert window.middle_tabs.currentIndex() == 0
    assert window.detail.request_id == request_id

    window.open_document(answer_id, 1)
    dated = next(i for i, r in enumerate(refs) if r["kind"] == "date" and r["role"] == "document")
    doc_view.text_view.anchorClicked.emit(QUrl(f"ref:{dated}"))
    assert window.middle_tabs.currentIndex() == 0
    assert window.detail.tabs.currentIndex() == 1
    assert window.detail.event_date.date().toPython() == date(2025, 10, 31)
    assert "2025-10-31" in window.message_bar.text


def test_open_the_stored_original_with_the_system_viewer(
    qtbot: Any, window_no_ocr: Any, corpus: Path, monkeypatch: Any
) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / ANSWER])
    window.open_document(window.detail.data["documents"][0]["id"])
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    qtbot.mouseClick(window.document_view.open_button, Qt.MouseButton.LeftButton)
    [path] = opened
    assert Path(path).name == ANSWER
    assert Path(path).read_bytes() == (corpus / ANSWER).read_bytes()


def test_file_menu_add_documents(
    qtbot: Any, window_no_ocr: Any, corpus: Path, monkeypatch: Any
) -> None:
    window = window_no_ocr
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(corpus / NEWS)], "")),
    )
    assert window.add_documents_action in window.file_menu.actions()
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS) as blocker:
        window.add_documents_action.trigger()
    [outcome] = blocker.args[0].outcomes
    assert outcome.result.status == "added"
    assert inbox_count(window) == 1


def test_a_second_drop_waits_for_the_first(
    qtbot: Any, window_no_ocr: Any, ctx: Any, corpus: Path
) -> None:
    window = window_no_ocr
    reports: list[IngestReport] = []
    window.ingest.finished.connect(reports.append)
    drop_files(window, [corpus / ANSWER])
    drop_files(window, [corpus / NEWS])
    assert window.ingest.busy
    qtbot.waitUntil(lambda: len(reports) == 2 and not window.ingest.busy, timeout=JOB_TIMEOUT_MS)
    assert [o.path.name for r in reports for o in r.outcomes] == [ANSWER, NEWS]
    assert DocumentService(ctx).verify().documents == 2


def test_the_window_stays_responsive_while_a_job_runs(
    qtbot: Any, window_no_ocr: Any, corpus: Path
) -> None:
    window = window_no_ocr
    ticks: list[int] = []
    timer_id = window.startTimer(10)
    window.timerEvent = lambda _e: ticks.append(1)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.ingest.finished, timeout=JOB_TIMEOUT_MS):
        window.ingest_paths(corpus_pdfs(corpus))
        assert window.ingest_panel.progress_row.isVisible()
    window.killTimer(timer_id)
    assert len(ticks) > 3  # the event loop kept turning while the files were read


def test_dropping_something_else_is_refused(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("just some text")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert window.drop_mime(mime) is None


def test_the_document_screens_speak_dutch(qtbot: Any, window_no_ocr: Any, corpus: Path) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / ANSWER, corpus / NEWS])
    assert window.count_label.text() == "1 request"  # English plural forms, too
    assert window.set_language("nl")
    assert [window.middle_tabs.tabText(i) for i in range(4)] == [
        "Verzoeken",
        "Termijnenoverzicht",
        "Zoeken",
        "Document",
    ]
    assert window.count_label.text() == "1 verzoek"
    assert [window.detail.tabs.tabText(i) for i in range(5)] == [
        "Gegevens",
        "Tijdlijn",
        "Documenten",
        "Reacties",
        "Verwijzingen",
    ]
    assert (
        window.views_model.label(window.views_model.entries[window.views_model.row_of(INBOX_KEY)])
        == "Inbox"
    )
    window.focus_search()
    window.search_view.search("Raffinaderij")
    assert window.search_view.count_label.text() == "2 pagina's gevonden"
    window.search_view.search('"Raffinaderij')
    assert window.search_view.error_label.text().startswith("De zoekopdracht heeft een opening")
    window.search_view.search("Raffinaderij")
    window.search_view.open_row(0)
    doc_view = window.document_view
    assert doc_view.open_button.text() == "Origineel openen"
    assert "Vraag 1" in doc_view.qa_view.toPlainText()
    assert "Antwoorden op Kamervragen" in doc_view.info_label.text()


@needs_tesseract
@pytest.mark.ocr
def test_a_scan_stored_without_ocr_is_read_from_the_document_view(
    qtbot: Any, window_no_ocr: Any, corpus: Path
) -> None:
    window = window_no_ocr
    drop_and_wait(qtbot, window, window, [corpus / SCAN])
    [doc] = DocumentService(window.ctx).list()
    assert doc["needs_ocr"] is True
    assert window.open_document(doc["id"])
    doc_view = window.document_view
    assert "OCR now" in doc_view.info_label.text()
    with qtbot.waitSignal(doc_view.documents_filed, timeout=JOB_TIMEOUT_MS) as blocker:
        doc_view._info_link("ocr:")
    request_id = blocker.args[0]
    assert request_id > 0  # the answers created their Kamervragen request
    assert DocumentService(window.ctx).get(doc["id"])["needs_ocr"] is False
    assert "OCR now" not in doc_view.info_label.text()
    assert RequestService(window.ctx).show(request_id)["status"] == "answered"


def test_in_dutch_the_problems_say_what_happened_in_dutch(
    qtbot: Any, window_no_ocr: Any, corpus: Path
) -> None:
    window = window_no_ocr
    assert window.set_language("nl") is not False
    drop_and_wait(qtbot, window, window, [corpus / "bad" / "encrypted-password.pdf",
                                          corpus / "bad" / "truncated.pdf"])  # fmt: skip
    panel = window.ingest_panel
    shown = {
        panel.model.data(panel.model.index(r, 0)): panel.model.data(panel.model.index(r, 1))
        for r in range(panel.model.rowCount())
    }
    assert "met een wachtwoord beveiligd" in shown["encrypted-password.pdf"]
    assert "beschadigd" in shown["truncated.pdf"]
    window.set_language("en")
