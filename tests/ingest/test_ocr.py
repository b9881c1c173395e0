from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from woo_tracker.ingest import ocr
from woo_tracker.ingest.errors import Cancelled, OcrUnavailable
from woo_tracker.ingest.pdf import extract_pdf

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed"
)


def test_without_tesseract_ocr_is_unavailable_with_install_advice(
    scan_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    assert not ocr.tesseract_available()
    with pytest.raises(OcrUnavailable) as info:
        ocr.ocr_pages(scan_pdf, [1])
    message = str(info.value)
    assert "sudo apt install tesseract-ocr tesseract-ocr-nld" in message
    assert "brew install" in message
    assert "https://github.com/UB-Mannheim/tesseract/wiki" in message


def test_without_tesseract_the_document_keeps_its_needs_ocr_pages(
    scan_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    doc = extract_pdf(scan_pdf)
    with pytest.raises(OcrUnavailable):
        ocr.apply_ocr(doc, scan_pdf)
    assert doc.needs_ocr_pages == [1, 2, 3]
    assert doc.ocr_pages == 0


@pytest.mark.ocr
@needs_tesseract
def test_ocr_reads_the_zaak_number_and_the_raffinaderij(scan_pdf: Path) -> None:
    # the -ocr.txt seed shows what tesseract makes of page 2: "nr 2025Z15452" comes out
    # with noise in it ("2025Z1 5452", "2025215452"), "Raffinaderij" comes out clean
    seen: list[tuple[int, int]] = []
    texts = ocr.ocr_pages(scan_pdf, [2], on_page=lambda d, t: seen.append((d, t)))
    assert list(texts) == [2]
    assert "5452" in texts[2]
    assert "Raffinaderij" in texts[2]
    assert "Palantir" in texts[2]
    assert seen == [(1, 1)]


@pytest.mark.ocr
@needs_tesseract
def test_apply_ocr_marks_the_page_as_read_by_ocr(scan_pdf: Path) -> None:
    doc = extract_pdf(scan_pdf)
    doc.needs_ocr_pages = [2]  # keep the test to one page
    ocr.apply_ocr(doc, scan_pdf)
    assert doc.needs_ocr_pages == []
    assert doc.pages[1].method == "ocr"
    assert doc.ocr_pages == 1
    assert "Raffinaderij" in doc.pages[1].body


@pytest.mark.ocr
@needs_tesseract
def test_cancel_during_ocr_raises_cancelled(scan_pdf: Path) -> None:
    polls: list[int] = []

    def should_cancel() -> bool:  # let the work start, then cancel while tesseract runs
        polls.append(1)
        return len(polls) > 3

    with pytest.raises(Cancelled):
        ocr.ocr_pages(scan_pdf, [1, 2, 3], should_cancel=should_cancel)
    assert len(polls) == 4


def test_tesseract_runs_single_threaded() -> None:
    assert ocr._env()["OMP_THREAD_LIMIT"] == "1"


def test_no_pages_means_no_work(scan_pdf: Path) -> None:
    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    assert ocr.ocr_pages(scan_pdf, []) == {}
