from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from woo_tracker.ingest.errors import (
    Cancelled,
    IngestError,
    PasswordProtected,
    UnreadableDocument,
)
from woo_tracker.ingest.pdf import extract_pdf, page_count, render_page

# --------------------------------------------------------------------------- the letter


def test_kamervragen_answer_has_three_text_pages(letter_pdf: Path) -> None:
    doc = extract_pdf(letter_pdf)
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert {p.method for p in doc.pages} == {"text"}
    assert doc.needs_ocr_pages == []
    assert doc.ocr_pages == 0
    assert doc.mime == "application/pdf"
    assert doc.title == "Antwoorden Kamervragen over Palantir"


def test_margin_column_of_page_one_holds_datum_and_onze_referentie(letter_pdf: Path) -> None:
    page1 = extract_pdf(letter_pdf).pages[0]
    assert "31 oktober 2025" in page1.margin
    assert "6702756" in page1.margin
    assert "Onze referentie" in page1.margin
    for line in ("Datum", "31 oktober 2025", "Onze referentie", "6702756", "Pagina 1 van 3"):
        assert line not in page1.body
    assert page1.body.startswith("Aan de Voorzitter van de Tweede Kamer")
    assert "Betreft Antwoorden Kamervragen over Palantir" in page1.body


def test_body_keeps_reading_order_and_the_zaak_number(letter_pdf: Path) -> None:
    doc = extract_pdf(letter_pdf)
    page2 = doc.pages[1]
    assert "2025Z15452" in page2.body
    assert "31 oktober 2025" not in page2.body  # the margin repeats on every page
    assert page2.body.index("Vraag 1") < page2.body.index("Antwoord op vraag 1")
    # text = body + margin; the document text has every page
    assert "6702756" in page2.text and "2025Z15452" in page2.text
    assert doc.text.count("\f") == 2
    assert "Wet politiegegevens (Wpg)" in doc.pages[2].body


def test_inventory_table_columns_stay_in_the_body(corpus: Path) -> None:
    doc = extract_pdf(corpus / "wob-besluit-veiligheidsregio-2021.pdf")
    inventory = doc.pages[1]
    assert inventory.margin == ""
    assert "10.2.e, 11.1" in inventory.body
    assert "Ons kenmerk: VRBN/2021/0457" in doc.pages[0].body


def test_rijksoverheid_margin_on_a_real_bz_besluit(real: Path) -> None:
    doc = extract_pdf(real / "wob02_BZ_deelbesluit_aankoop_medische_middelen_covid19.pdf")
    page1 = doc.pages[0]
    assert "Directie Juridische Zaken" in page1.margin
    assert "Directie Juridische Zaken" not in page1.body
    assert "Datum 19 november 2020" in page1.body
    assert "19 november 2020" in doc.pages[1].margin


# --------------------------------------------------------------------------- scans


def test_scanned_twin_has_every_page_flagged_for_ocr(scan_pdf: Path) -> None:
    doc = extract_pdf(scan_pdf)
    assert doc.needs_ocr_pages == [1, 2, 3]
    assert {p.method for p in doc.pages} == {"none"}


def test_real_scan_without_text_layer_needs_ocr(real: Path) -> None:
    doc = extract_pdf(real / "tk05_blg-1007826_beslisnota_LNV_scan_geen_tekstlaag.pdf")
    assert doc.needs_ocr_pages == [1, 2]


def test_real_mixed_file_flags_only_the_image_page(real: Path) -> None:
    doc = extract_pdf(real / "wob09_Amsterdam_deelbesluit2_Bosco_terras_met_inventarislijst.pdf")
    assert len(doc.pages) == 10
    assert doc.needs_ocr_pages == [4]
    assert "Z-20-43343" in doc.text


def test_real_text_pdf_yields_its_text(real: Path) -> None:
    doc = extract_pdf(real / "tk01_ah-tk-20202021-3235_antwoord_Tozo.pdf")
    assert len(doc.pages) == 3
    assert doc.needs_ocr_pages == []
    assert "ah-tk-20202021-3235" in doc.text
    assert "21 juni 2021" in doc.text


def test_zylab_ocr_layer_counts_as_text(real: Path) -> None:
    doc = extract_pdf(real / "vws03_woo4_181004_uit_RT_vandaag.pdf")
    assert doc.needs_ocr_pages == []
    assert doc.pages[0].method == "text"
    assert len(doc.pages[0].text) > 500


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("empty.pdf", UnreadableDocument, "empty"),
        ("truncated.pdf", UnreadableDocument, "incomplete"),
        ("garbage-after-header.pdf", UnreadableDocument, "damaged"),
        ("html-named-as.pdf", UnreadableDocument, "HTML"),
        ("encrypted-password.pdf", PasswordProtected, "protected by a password"),
    ],
)
def test_bad_files_fail_with_a_sentence_a_person_can_act_on(
    bad: Path, name: str, error: type[IngestError], words: str
) -> None:
    with pytest.raises(error) as info:
        extract_pdf(bad / name)
    message = str(info.value)
    assert words in message
    assert name in message
    assert message.endswith(".")
    assert info.value.name == name


def test_every_bad_file_is_covered(bad: Path) -> None:
    # a new file in corpus/bad must get a line in the table above
    assert sorted(p.name for p in bad.iterdir()) == [
        "empty.pdf",
        "encrypted-password.pdf",
        "garbage-after-header.pdf",
        "html-named-as.pdf",
        "owner-restricted-only.pdf",
        "truncated.pdf",
    ]


def test_owner_password_only_pdf_extracts_normally(bad: Path) -> None:
    doc = extract_pdf(bad / "owner-restricted-only.pdf")
    assert doc.pages[0].method == "text"
    assert "kenmerk 2025-0004567" in doc.text


def test_encrypted_pdf_opens_with_its_password(bad: Path) -> None:
    doc = extract_pdf(bad / "encrypted-password.pdf", password="geheim")
    assert "kenmerk 2024-0001234" in doc.text


def test_wrong_password_says_so(bad: Path) -> None:
    with pytest.raises(PasswordProtected) as info:
        extract_pdf(bad / "encrypted-password.pdf", password="fout")
    assert info.value.wrong_password
    assert "not correct" in str(info.value)


def test_pdf_from_bytes(letter_pdf: Path) -> None:
    doc = extract_pdf(letter_pdf.read_bytes())
    assert "6702756" in doc.pages[0].margin
    with pytest.raises(UnreadableDocument):
        extract_pdf(b"")


# --------------------------------------------------------------------------- progress, cancel


def test_progress_reports_every_page(letter_pdf: Path) -> None:
    seen: list[tuple[int, int]] = []
    extract_pdf(letter_pdf, on_page=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_mid_way_raises_cancelled(letter_pdf: Path) -> None:
    seen: list[int] = []
    with pytest.raises(Cancelled):
        extract_pdf(
            letter_pdf,
            on_page=lambda done, total: seen.append(done),
            should_cancel=lambda: len(seen) >= 1,
        )
    assert seen == [1]


def test_cancelled_is_not_an_ingest_failure() -> None:
    assert not issubclass(Cancelled, IngestError)


def test_worker_processes_give_the_same_pages(real: Path) -> None:
    path = real / "wob02_BZ_deelbesluit_aankoop_medische_middelen_covid19.pdf"
    in_process = extract_pdf(path, workers=1)
    seen: list[tuple[int, int]] = []
    parallel = extract_pdf(path, workers=2, on_page=lambda d, t: seen.append((d, t)))
    assert parallel.pages == in_process.pages
    assert parallel.needs_ocr_pages == in_process.needs_ocr_pages
    assert seen[-1] == (11, 11)


def test_cancel_stops_worker_processes(real: Path) -> None:
    path = real / "wob02_BZ_deelbesluit_aankoop_medische_middelen_covid19.pdf"
    with pytest.raises(Cancelled):
        extract_pdf(path, workers=2, should_cancel=lambda: True)


# --------------------------------------------------------------------------- rendering


def test_render_page_gives_raw_grey_bytes(letter_pdf: Path) -> None:
    image = render_page(letter_pdf, 1, dpi=72)
    assert abs(image.width - 595) <= 1 and abs(image.height - 842) <= 1  # A4 at 1 px/pt
    assert len(image.data) == image.width * image.height
    assert max(image.data) == 255  # white paper
    assert min(image.data) < 100  # black text
    header = b"P5\n%d %d\n255\n" % (image.width, image.height)
    pgm = image.to_pgm()
    assert pgm.startswith(header)
    assert len(pgm) == len(header) + image.width * image.height


def test_render_page_scales_with_dpi(letter_pdf: Path) -> None:
    image = render_page(letter_pdf, 3, dpi=144)
    assert abs(image.width - 1190) <= 1
    with pytest.raises(IndexError):
        render_page(letter_pdf, 4)


def test_page_count(letter_pdf: Path) -> None:
    assert page_count(letter_pdf) == 3


def test_pdftotext_agrees_on_the_text(letter_pdf: Path) -> None:
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    ours = extract_pdf(letter_pdf).text.split()
    theirs = subprocess.run(
        ["pdftotext", str(letter_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert sorted(ours) == sorted(theirs)


def test_a_broken_worker_pool_falls_back_to_one_process(
    letter_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from woo_tracker.ingest import pdf as pdfmod

    def broken(*args, **kwargs):
        raise BrokenProcessPool("worker died")

    monkeypatch.setattr(pdfmod, "_extract_parallel", broken)
    doc = extract_pdf(letter_pdf, workers=2)
    assert len(doc.pages) == 3 and "6702756" in doc.pages[0].margin
    assert any("one process" in w for w in doc.warnings)


def test_reopening_the_document_between_pages_reads_the_same_text(letter_pdf, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import woo_tracker.ingest.pdf as pdf_module

    whole = pdf_module.extract_pdf(letter_pdf, workers=1)
    monkeypatch.setattr(pdf_module, "PAGES_PER_OPENING", 1)
    reopened = pdf_module.extract_pdf(letter_pdf, workers=1)
    assert [p.text for p in reopened.pages] == [p.text for p in whole.pages]
    assert len(reopened.pages) == 3
