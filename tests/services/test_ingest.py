"""Ingest as a job: store, read, index, survive bad files, cancels and crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_files import ANSWER, NEWS, SCAN, WOB, needs_tesseract


def test_good_and_bad_files_in_one_run(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    files = [corpus / ANSWER, corpus / WOB, *sorted((corpus / "bad").iterdir())]
    results = {r.file: r for r in ingest.ingest(files, ocr=False)}
    assert results[ANSWER].status == "added" and results[WOB].status == "added"
    assert results["owner-restricted-only.pdf"].status == "added"
    for bad in ("empty.pdf", "truncated.pdf", "html-named-as.pdf", "garbage-after-header.pdf",
                "encrypted-password.pdf"):
        assert results[bad].status == "failed", bad
        assert results[bad].error and results[bad].error.endswith(".") and "Traceback" not in results[bad].error
    assert "password" in results["encrypted-password.pdf"].error
    report = docs.verify()
    assert report.ok, report.problems
    assert report.documents == 3


def test_the_password_opens_an_encrypted_pdf(ingest, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / "bad" / "encrypted-password.pdf"],
                             passwords={"encrypted-password.pdf": "geheim"}, ocr=False)
    assert result.status == "added"


def test_same_bytes_twice_are_one_document(ingest, docs, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    renamed = tmp_path / "kopie.pdf"
    renamed.write_bytes((corpus / ANSWER).read_bytes())
    first, second = ingest.ingest([corpus / ANSWER, renamed], ocr=False)
    assert (first.status, second.status) == ("added", "duplicate")
    assert second.document_id == first.document_id
    assert docs.verify().documents == 1


def test_search_finds_a_word_on_its_page_with_diacritics_folded(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    ingest.ingest([corpus / ANSWER], ocr=False)
    hits = docs.search("Raffinaderij")
    assert hits and hits[0].page == 2
    assert "«Raffinaderij»" in hits[0].snippet
    assert docs.search("raffinaderij")[0].page == 2


@pytest.mark.parametrize("query", ['"unclosed', "-only", "   ", "***"])
def test_bad_queries_are_explained_not_raised_as_sql_errors(docs, query: str) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        docs.search(query)
    assert str(err.value).endswith(".")


def test_punctuation_in_a_query_is_just_text(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    ingest.ingest([corpus / ANSWER], ocr=False)
    assert docs.search("2025Z15452:") and docs.search('"de Raffinaderij" OR nonsenseword')
    assert docs.search("Raffinad*")
    assert not docs.search("Raffinaderij -ketenpartners -informatieproduct -analyseomgeving")


def test_cancel_stores_no_half_document_and_resume_completes(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    seen = []

    def cancel_after_first_file() -> bool:
        return len(seen) >= 1

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        if p.files_done >= 1:
            seen.append(p.files_done)

    results = ingest.ingest([corpus / ANSWER, corpus / WOB, corpus / NEWS], ocr=False,
                            on_progress=progress, should_cancel=cancel_after_first_file)
    assert [r.status for r in results] == ["added", "cancelled", "cancelled"]
    assert docs.verify().ok and docs.verify().documents == 1
    [job] = ingest.unfinished_jobs()
    assert job["pending"] == 2
    resumed = ingest.resume(job["id"], ocr=False)
    assert [r.status for r in resumed] == ["added", "added", "added"]
    assert docs.verify().documents == 3 and not ingest.unfinished_jobs()


def test_a_crash_while_writing_the_rows_leaves_no_orphan_file(ingest, docs, corpus: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import woo_tracker.services.ingest as module

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "Page", boom)
    with pytest.raises(RuntimeError):
        ingest.ingest([corpus / ANSWER], ocr=False)
    monkeypatch.undo()
    report = docs.verify()
    assert report.ok and report.documents == 0
    assert [r.status for r in ingest.ingest([corpus / ANSWER], ocr=False)] == ["added"]


def test_cancelled_extraction_raises_through_the_service(ingest, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    results = ingest.ingest([corpus / ANSWER], ocr=False, should_cancel=lambda: True)
    assert [r.status for r in results] == ["cancelled"]


def test_without_ocr_a_scan_is_stored_and_marked_needs_ocr(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / SCAN], ocr=False)
    assert result.status == "added"
    assert docs.get(result.document_id)["needs_ocr"] is True


@needs_tesseract
@pytest.mark.ocr
def test_a_scanned_answer_is_searchable_after_ocr(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / SCAN])
    doc = docs.get(result.document_id)
    assert doc["ocr_pages"] == 3 and doc["needs_ocr"] is False
    pages = {h.page for h in docs.search("Raffinaderij", limit=10)}
    assert 2 in pages


@needs_tesseract
@pytest.mark.ocr
def test_a_scan_stored_without_ocr_is_read_later_and_filed(ingest, docs, requests_, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    req = requests_.add(kind="kamervragen", title="Vragen over Palantir", number="2025Z15452",
                        submitted=date(2025, 8, 27))
    [stored] = ingest.ingest([corpus / SCAN], ocr=False)
    assert stored.request_id is None and docs.get(stored.document_id)["needs_ocr"] is True
    assert not docs.search("Raffinaderij")
    result = ingest.ocr_document(stored.document_id)
    assert (result.status, result.type, result.request_id) == ("updated", "kamervragen_antwoord", req.id)
    doc = docs.get(stored.document_id)
    assert doc["needs_ocr"] is False and doc["ocr_pages"] == 3 and doc["date"] == "2025-10-31"
    assert 2 in {h.page for h in docs.search("Raffinaderij", limit=10)}
    assert requests_.show(req.id)["status"] == "answered"
    assert ingest.ocr_document(stored.document_id).status == "unchanged"
    assert docs.verify().ok
