"""Fixtures for the ingest tests: corpus paths and builders for small e-mail / Word files."""

from __future__ import annotations

import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

import pytest


@pytest.fixture
def letter_pdf(corpus: Path) -> Path:
    return corpus / "antwoorden-kamervragen-2025Z15452.pdf"


@pytest.fixture
def scan_pdf(corpus: Path) -> Path:
    return corpus / "antwoorden-kamervragen-2025Z15452-scan.pdf"


@pytest.fixture
def bad(corpus: Path) -> Path:
    return corpus / "bad"


@pytest.fixture
def real(corpus: Path) -> Path:
    return corpus / "real"


def write_eml(
    path: Path,
    *,
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes, str]] = (),
    date: str = "Tue, 04 Mar 2025 10:15:00 +0100",
) -> Path:
    msg = EmailMessage()
    msg["From"] = "Woo-loket <woo@minjenv.nl>"
    msg["To"] = "a.verzoeker@example.nl"
    msg["Subject"] = subject
    msg["Date"] = date
    msg.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(msg.as_bytes())
    return path


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def write_docx(
    path: Path,
    paragraphs: list[str],
    *,
    title: str | None = None,
    table: list[list[str]] | None = None,
    page_break_after: int | None = None,
) -> Path:
    """A minimal but valid .docx; ``page_break_after`` puts a page break after that paragraph."""
    body = []
    for i, text in enumerate(paragraphs):
        runs = _run(text)
        if page_break_after is not None and i == page_break_after:
            runs += '<w:r><w:br w:type="page"/></w:r>'
        body.append(f"<w:p>{runs}</w:p>")
    if table:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc><w:p>{_run(c)}</w:p></w:tc>" for c in row) + "</w:tr>"
            for row in table
        )
        body.append(f"<w:tbl>{rows}</w:tbl>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W_NS}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title or '')}</dc:title></cp:coreProperties>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("word/document.xml", document)
        zf.writestr("docProps/core.xml", core)
    return path


@pytest.fixture
def make_eml():
    """write_eml(path, subject=…, body=…, attachments=[(name, data, mime)]) → path."""
    return write_eml


@pytest.fixture
def make_docx():
    """write_docx(path, paragraphs, title=…, table=…, page_break_after=…) → path."""
    return write_docx
