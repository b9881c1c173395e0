"""The analysis of every corpus document equals the ground truth written by hand (ground_truth/*.json).

Fixtures (fixtures/*.json) hold the pages' text as pdftotext / tesseract gave it, by hand; the
ground truth was written by reading the documents, never by running the code.
"""

from __future__ import annotations

import difflib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from corpus_files import find_corpus

from woo_tracker.ingest.analyse import analyse
from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.inventory import extract_inventory

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
GT = HERE / "ground_truth"
CORPUS = find_corpus()


def load_pages(name: str) -> list[PageInput]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return [PageInput(p["number"], p["body"], p["margin"]) for p in data["pages"]]


def gt(name: str) -> dict:
    return json.loads((GT / name).read_text(encoding="utf-8"))


def norm(text: str | None) -> str:
    t = (text or "").replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", t).strip()


def ref_set(refs: list[dict], with_page: bool = True) -> set[tuple]:
    return {(r["kind"], r["value"], r.get("role"), r["page"] if with_page else None) for r in refs}


EXACT = [
    (g, f)
    for g in ("kv2025Z15452.json", "wob_besluit.json", "ftm_news.json")
    for f in gt(g)["fixtures_exact"]
]


@pytest.mark.parametrize(("gt_name", "fixture"), EXACT)
def test_extract_equals_ground_truth(gt_name: str, fixture: str) -> None:
    truth = gt(gt_name)
    pages = load_pages(fixture)
    result = analyse(pages).to_extract_json(len(pages), 0)
    assert list(result)[:7] == [
        "type",
        "pages",
        "ocr_pages",
        "title",
        "date",
        "references",
        "questions",
    ]
    assert result["type"] == truth["type"]
    assert result["title"] == truth["title"]
    assert result["date"] == truth["date"]
    assert analyse(pages).submitted == truth["submitted"]
    assert ref_set(result["references"]) == ref_set(truth["references"])
    assert len(result["references"]) == len(truth["references"])  # no duplicates
    got_q = [(q["number"], norm(q["question"]), norm(q["answer"])) for q in result["questions"]]
    want_q = [(q["number"], norm(q["question"]), norm(q["answer"])) for q in truth["questions"]]
    assert got_q == want_q
    if "inventory" in truth:
        assert result["inventory"] == truth["inventory"]
    else:
        assert "inventory" not in result


@pytest.mark.parametrize("fixture", gt("kv2025Z15452.json")["fixtures_ocr"])
def test_scanned_twin_gives_the_same_facts(fixture: str) -> None:
    """OCR text (the -ocr.txt seed, tesseract on the -scan.pdf): same type, dates, references, 5 pairs."""
    truth = gt("kv2025Z15452.json")
    pages = load_pages(fixture)
    a = analyse(pages)
    out = a.to_extract_json(len(pages), len(pages))
    assert out["type"] == "kamervragen_antwoord"
    assert out["date"] == "2025-10-31"
    assert a.submitted == "2025-08-27"
    assert out["title"] == truth["title"]
    assert ref_set(out["references"], with_page=False) == ref_set(
        truth["references"], with_page=False
    )
    assert [q["number"] for q in out["questions"]] == [1, 2, 3, 4, 5]
    for got, want in zip(out["questions"], truth["questions"], strict=True):
        for key in ("question", "answer"):
            ratio = difflib.SequenceMatcher(None, norm(got[key]), norm(want[key])).ratio()
            assert ratio > 0.9, (got["number"], key, ratio, got[key])


def test_scan_seed_exists_and_fixture_matches_it() -> None:
    seed = CORPUS / "antwoorden-kamervragen-2025Z15452-ocr.txt"
    if not seed.exists():
        pytest.skip("shared corpus not mounted")
    joined = "".join(p.body for p in load_pages("kv2025Z15452_ocr_seed.json"))
    assert norm(joined) == norm(seed.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fixture", gt("tk01_tozo.json")["fixtures_exact"])
def test_aanhangsel_tozo_matches_official_xml(fixture: str) -> None:
    truth = gt("tk01_tozo.json")
    pages = load_pages(fixture)
    a = analyse(pages)
    out = a.to_extract_json(len(pages), 0)
    assert out["type"] == truth["type"]
    assert out["title"] == truth["title"]
    assert out["date"] == truth["date"]
    assert a.submitted == truth["submitted"]
    assert ref_set(truth["references"]) <= ref_set(out["references"])
    assert len(out["questions"]) == truth["question_count"]
    xml = CORPUS / truth["xml"]
    if not xml.exists():
        pytest.skip("shared corpus not mounted")
    root = ET.parse(xml).getroot()

    def text_of(el: ET.Element) -> str:
        return " ".join("".join(al.itertext()) for al in el.iter("al"))

    def letters(t: str | None) -> str:  # hyphenation and spacing differ between PDF and XML
        return re.sub(r"[^0-9a-z]", "", (t or "").lower())

    vragen = [text_of(v) for v in root.iter("vraag")]
    antwoorden = [text_of(v) for v in root.iter("antwoord")]
    assert len(vragen) == len(antwoorden) == 9
    for q, v, ant in zip(out["questions"], vragen, antwoorden, strict=True):
        assert letters(q["question"]) == letters(v), q["number"]
        assert letters(q["answer"]) == letters(ant), q["number"]


def _check_rows(rows, want_rows) -> None:
    by_number = {r.number: r.to_json() for r in rows}
    for want in want_rows:
        got = by_number[want["number"]]
        assert {**got, "description": norm(got["description"])} == {
            **want,
            "description": norm(want["description"]),
        }


def test_wob06_inventory_rows() -> None:
    truth = gt("wob06_inventory.json")
    pages = load_pages(truth["fixture"])
    inv = extract_inventory(pages)
    assert [r.number for r in inv.rows] == truth["numbers"]
    _check_rows(inv.rows, truth["rows"])
    assert analyse(pages).type == truth["type"]


def test_wob05_inventory_rows_and_references() -> None:
    truth = gt("wob05_inventory.json")
    pages = load_pages(truth["fixture"])
    inv = extract_inventory(pages)
    assert len(inv.rows) == truth["row_count"]
    assert [r.number for r in inv.rows] == [str(n) for n in range(1, 141)]
    _check_rows(inv.rows, truth["rows"])
    a = analyse(pages)
    assert a.type == truth["type"]
    got = {(r.kind, r.value) for r in a.references}
    for ref in truth["references_include"]:
        assert (ref["kind"], ref["value"]) in got


def test_released_vws_document_is_released_document() -> None:
    pages = load_pages("vws03_layout.json")
    a = analyse(pages)
    assert a.type == "released_document"
    assert ("law_article", "woo:5.1.2.e") in {(r.kind, r.value) for r in a.references}
