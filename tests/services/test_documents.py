"""Reading stored documents back: page images for the document view."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_files import ANSWER

from woo_tracker.services.errors import NotFound, ValidationError


def test_render_page_gives_a_grey_image_of_the_stored_pdf(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / ANSWER], ocr=False)
    image = docs.render_page(result.document_id, 2, dpi=72)
    # an A4 page at 72 dpi is 595 × 842 points
    assert abs(image["width"] - 595) <= 2 and abs(image["height"] - 842) <= 2
    assert len(image["data"]) == image["width"] * image["height"]
    assert min(image["data"]) < 100 < max(image["data"])  # dark text on a light page
    bigger = docs.render_page(result.document_id, 1, dpi=144)
    assert abs(bigger["width"] - 2 * image["width"]) <= 2


def test_render_page_outside_the_document_is_a_sentence(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / ANSWER], ocr=False)
    with pytest.raises(ValidationError, match="pages 1 to 3"):
        docs.render_page(result.document_id, 4)
    with pytest.raises(NotFound):
        docs.render_page(999, 1)


def test_render_page_of_a_text_file_says_there_is_no_image(ingest, docs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    note = tmp_path / "notitie.txt"
    note.write_text("Notitie over het Woo-verzoek van 3 maart 2025.\n", encoding="utf-8")
    [result] = ingest.ingest([note], ocr=False)
    with pytest.raises(ValidationError, match="Only PDF"):
        docs.render_page(result.document_id, 1)


def test_files_of_tells_a_scan_from_its_original(ingest, docs, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    from corpus_files import SCAN

    results = ingest.ingest([corpus / ANSWER, corpus / SCAN], ocr=False)
    ids = [r.document_id for r in results]
    files = docs.files_of([*ids, 999])
    assert set(files) == set(ids)
    assert files[ids[0]]["filename"] == ANSWER and not files[ids[0]]["needs_ocr"]
    assert files[ids[1]]["filename"] == SCAN and files[ids[1]]["needs_ocr"]
    assert docs.files_of([]) == {}
