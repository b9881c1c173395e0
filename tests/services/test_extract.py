"""`extract` on the corpus answers: the same facts from the text layer and from the scan."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_files import ANSWER, NEWS, SCAN, WOB, needs_tesseract

from woo_tracker.services.documents import extract_file

EXPECTED = {
    ("kamervraag", "2025Z15452", None),
    ("date", "2025-08-27", "submitted"),
    ("aanhangsel", "ah-tk-20242025-2877", None),
    ("kenmerk", "6702756", "ours"),
    ("law", "Wpg", None),
    ("url", "https://algoritmes.overheid.nl/nl/algoritme", None),
}


def _check_answer(data: dict) -> None:  # type: ignore[type-arg]
    assert data["type"] == "kamervragen_antwoord"
    assert data["date"] == "2025-10-31"
    assert {(r["kind"], r["value"], r.get("role")) for r in data["references"]} >= EXPECTED
    assert [q["number"] for q in data["questions"]] == [1, 2, 3, 4, 5]
    assert all(q["question"] and q["answer"] for q in data["questions"])
    assert list(data)[:8] == ["type", "pages", "ocr_pages", "title", "date", "references", "questions"][:8]


def test_extract_the_answer_letter(corpus: Path) -> None:
    data = extract_file(corpus / ANSWER)
    _check_answer(data)
    assert data["pages"] == 3 and data["ocr_pages"] == 0


@needs_tesseract
@pytest.mark.ocr
def test_extract_the_scanned_twin_gives_the_same_facts(corpus: Path) -> None:
    data = extract_file(corpus / SCAN)
    _check_answer(data)
    assert data["ocr_pages"] == 3


def test_extract_the_news_article(corpus: Path) -> None:
    data = extract_file(corpus / NEWS)
    assert (data["type"], data["date"]) == ("news_article", "2021-10-02")


def test_the_wob_besluit_read_through_pdfium_gives_its_inventory(corpus: Path) -> None:
    import json

    truth = json.loads((Path(__file__).parents[1] / "ingest" / "ground_truth" / "wob_besluit.json").read_text())
    data = extract_file(corpus / WOB)
    assert data["type"] == "wob_besluit"
    assert data["inventory"]["rows"] == truth["inventory"]["rows"]
