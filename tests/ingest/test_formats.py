from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from woo_tracker.ingest import ocr
from woo_tracker.ingest.errors import (
    Cancelled,
    PasswordProtected,
    UnreadableDocument,
    UnsupportedFormat,
)
from woo_tracker.ingest.formats import (
    DOCX,
    EML,
    HTML,
    PDF,
    TEXT,
    XLSX,
    detect_mime,
    extract,
)

# --------------------------------------------------------------------------- sniffing


def test_type_comes_from_the_content_not_the_name(letter_pdf: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "antwoorden.txt"
    disguised.write_bytes(letter_pdf.read_bytes())
    doc = extract(disguised)
    assert doc.mime == PDF
    assert "6702756" in doc.pages[0].margin


@pytest.mark.parametrize(
    ("data", "name", "mime"),
    [
        (b"%PDF-1.7\n...", "x.bin", PDF),
        (b"<!DOCTYPE html><html><title>t</title></html>", "x.pdf", HTML),
        (b"  <html lang='nl'><body>x</body></html>", "x", HTML),
        (b"From: a@b.nl\nTo: c@d.nl\nSubject: Woo\n\nbody", "x.txt", EML),
        (b"Onderwerp: besluit\nDe minister heeft besloten.", "notitie.txt", TEXT),
        ("Besluit op uw verzoek, €12".encode("cp1252"), "x.txt", TEXT),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
            "mail.msg",
            "application/x-ole-storage",
        ),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "scan.pdf", "application/octet-stream"),
        (b"", "leeg.txt", "application/octet-stream"),
    ],
)
def test_detect_mime(data: bytes, name: str, mime: str) -> None:
    assert detect_mime(data, name) == mime


def test_detect_mime_tells_docx_from_xlsx(make_docx, real: Path, tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "a.docx", ["x"])
    assert detect_mime(docx.read_bytes(), "a.zip") == DOCX
    assert detect_mime((real / "vws01_woo4_inventory.xlsx").read_bytes(), "inv") == XLSX
    plain = tmp_path / "a.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "hallo")
    assert detect_mime(plain.read_bytes(), "a.zip") == "application/zip"


# --------------------------------------------------------------------------- PDF through extract


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("empty.pdf", UnreadableDocument, "empty"),
        ("truncated.pdf", UnreadableDocument, "incomplete"),
        ("garbage-after-header.pdf", UnreadableDocument, "damaged"),
        ("html-named-as.pdf", UnreadableDocument, "HTML web page"),
        ("encrypted-password.pdf", PasswordProtected, "ingest it again with the password"),
    ],
)
def test_bad_files_through_extract(bad: Path, name: str, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        extract(bad / name)


def test_owner_restricted_and_password_pdfs_through_extract(bad: Path) -> None:
    assert "2025-0004567" in extract(bad / "owner-restricted-only.pdf").text
    assert "2024-0001234" in extract(bad / "encrypted-password.pdf", password="geheim").text


def test_scan_without_ocr_keeps_needs_ocr_and_says_so(scan_pdf: Path) -> None:
    doc = extract(scan_pdf, ocr=False)
    assert doc.needs_ocr_pages == [1, 2, 3]
    assert doc.ocr_pages == 0
    assert any("need OCR" in w for w in doc.warnings)


def test_scan_without_tesseract_is_marked_needs_ocr_with_advice(
    real: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    doc = extract(real / "wob09_Amsterdam_deelbesluit2_Bosco_terras_met_inventarislijst.pdf")
    assert doc.needs_ocr_pages == [4]
    assert "Z-20-43343" in doc.text  # the text pages are there all the same
    assert any("tesseract-ocr-nld" in w for w in doc.warnings)


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_mixed_pdf_gets_its_image_page_ocrd(real: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = real / "wob04_RVO_Wob-2020-101_besluit_p1_scan_rest_tekst.pdf"
    doc = extract(path, on_page=lambda d, t: seen.append((d, t)))
    assert doc.needs_ocr_pages == []
    assert [p.method for p in doc.pages][:2] == ["ocr", "text"]
    assert doc.ocr_pages == 1
    assert len(doc.pages[0].text) > 200
    assert seen[-1] == (10, 10)  # 9 text pages, then 1 OCR page
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_through_extract(letter_pdf: Path) -> None:
    calls: list[int] = []

    def should_cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        extract(letter_pdf, should_cancel=should_cancel)


# --------------------------------------------------------------------------- e-mail


def test_eml_body_is_page_one_and_attachments_come_back(
    make_eml, letter_pdf: Path, tmp_path: Path
) -> None:
    path = make_eml(
        tmp_path / "besluit.eml",
        subject="Besluit op uw Woo-verzoek, ons kenmerk 2025-0004567",
        body="Geachte heer,\n\nBijgaand ontvangt u het besluit op uw Woo-verzoek.\n",
        attachments=[
            ("besluit.pdf", letter_pdf.read_bytes(), "application/pdf"),
            ("inventaris.txt", b"nr\tdocument\n1\tnota", "text/plain"),
        ],
    )
    doc = extract(path)
    assert doc.mime == EML
    assert doc.title == "Besluit op uw Woo-verzoek, ons kenmerk 2025-0004567"
    assert len(doc.pages) == 1
    assert "Bijgaand ontvangt u het besluit" in doc.pages[0].body
    assert "Van: Woo-loket <woo@minjenv.nl>" in doc.pages[0].body
    assert doc.metadata["date"] == "2025-03-04T10:15:00+01:00"
    assert [(a.name, a.mime) for a in doc.attachments] == [
        ("besluit.pdf", PDF),
        ("inventaris.txt", "text/plain"),
    ]
    assert doc.attachments[0].data == letter_pdf.read_bytes()


def test_html_only_mail_is_read_as_text(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "griffie@tweedekamer.nl"
    msg["Subject"] = "Uitstelbericht 2025Z15452"
    msg["Date"] = "Wed, 17 Sep 2025 09:00:00 +0200"
    msg.set_content(
        "<html><body><p>De vragen worden <b>later</b> beantwoord.</p></body></html>", subtype="html"
    )
    path = tmp_path / "uitstel.eml"
    path.write_bytes(msg.as_bytes())
    doc = extract(path)
    assert "De vragen worden later beantwoord." in doc.text
    assert "<b>" not in doc.text


# --------------------------------------------------------------------------- docx


def test_docx_paragraphs_tables_title_and_page_breaks(make_docx, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "antwoord.docx",
        [
            "Antwoord op vragen van het lid Boswijk",
            "AH 605 / 2024Z18792",
            "Vraag 1 & 2 <samen>",
        ],
        title="Antwoord op vragen van het lid Boswijk",
        table=[["Nr.", "Document", "Grond"], ["1", "Nota", "5.1.2e"]],
        page_break_after=1,
    )
    doc = extract(path)
    assert doc.mime == DOCX
    assert doc.title == "Antwoord op vragen van het lid Boswijk"
    assert len(doc.pages) == 2
    assert doc.pages[0].body == "Antwoord op vragen van het lid Boswijk\nAH 605 / 2024Z18792"
    assert "Vraag 1 & 2 <samen>" in doc.pages[1].body
    assert "1\tNota\t5.1.2e" in doc.pages[1].body


def test_docx_name_on_something_else_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "besluit.docx"
    path.write_bytes(b"<html><body>Sessie verlopen, log opnieuw in</body></html>")
    with pytest.raises(UnreadableDocument, match="HTML"):
        extract(path)


# --------------------------------------------------------------------------- html, txt, xlsx


def test_html_strips_script_and_style_and_takes_the_title(tmp_path: Path) -> None:
    path = tmp_path / "nieuws.html"
    path.write_text(
        "<!doctype html><html><head><title>Wob-stukken: ministerie &amp; energierekening</title>"
        "<style>p{color:red}</style><script>var x = 'geheim';</script></head>"
        "<body><h1>Energierekening</h1><p>Kamervragen van 50PLUS, beantwoord op "
        "5&nbsp;februari.</p></body></html>",
        encoding="utf-8",
    )
    doc = extract(path)
    assert doc.mime == HTML
    assert doc.title == "Wob-stukken: ministerie & energierekening"
    assert "Kamervragen van 50PLUS, beantwoord op 5 februari." in doc.text
    assert "geheim" not in doc.text and "color" not in doc.text


def test_txt_utf8_and_cp1252(tmp_path: Path) -> None:
    utf8 = tmp_path / "a.txt"
    utf8.write_text("Coördinator\r\nkenmerk 2025-0004567\r\n", encoding="utf-8")
    cp = tmp_path / "b.txt"
    cp.write_bytes("Coördinator € 12".encode("cp1252"))
    assert extract(utf8).text == "Coördinator\nkenmerk 2025-0004567"
    assert extract(cp).text == "Coördinator € 12"
    assert extract(utf8).mime == TEXT


def test_real_inventory_xlsx_is_read_per_sheet(real: Path) -> None:
    doc = extract(real / "vws01_woo4_inventory.xlsx")
    assert doc.mime == XLSX
    assert "181000" in doc.text
    assert "5.1.2e" in doc.text


def test_unknown_content_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormat, match=r"scan\.png"):
        extract(path)
    msg = tmp_path / "mail.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UnsupportedFormat, match="Outlook"):
        extract(msg)


def test_empty_file_of_any_name_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match="empty"):
        extract(path)
