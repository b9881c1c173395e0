"""Any file in → :class:`~.pages.ExtractedDocument`: type sniffed from the content, not the name.

Supported: PDF (text layer, then OCR of the pages that need it), e-mail (.eml: the body is
page 1, attachments come back as :class:`~.pages.Attachment` for the caller to ingest as
documents of their own), Word (.docx: paragraphs and tables; a page per explicit page break),
HTML (script/style stripped), plain text (UTF-8, else cp1252) and, when openpyxl is installed,
Excel (.xlsx: one page per sheet, cells tab-separated — the inventarislijsten of Woo dossiers).

The extension only breaks ties and catches lies: a file *named* .pdf/.docx/.xlsx whose bytes
are something else (an HTML error page saved by a browser, say) is an
:class:`~.errors.UnreadableDocument`, because the document the user meant to keep is not there.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

from . import ocr as _ocr
from .errors import Cancelled, OcrUnavailable, UnreadableDocument, UnsupportedFormat
from .pages import Attachment, ExtractedDocument, PageText
from .pdf import PDF_MIME, extract_pdf

PDF = PDF_MIME
EML = "message/rfc822"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HTML = "text/html"
TEXT = "text/plain"
ZIP = "application/zip"
OLE = "application/x-ole-storage"  # Outlook .msg, Word .doc, Excel .xls
OCTET = "application/octet-stream"

_EXTENSION_MIME = {
    ".pdf": PDF,
    ".eml": EML,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".html": HTML,
    ".htm": HTML,
    ".txt": TEXT,
    ".msg": OLE,
    ".doc": OLE,
    ".xls": OLE,
}
_CLAIMS_BINARY = {".pdf": PDF, ".docx": DOCX, ".xlsx": XLSX}
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]", re.M)
_MAIL_HEADERS = (b"from:", b"to:", b"subject:", b"date:", b"message-id:", b"mime-version:")
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
_DESCRIPTIONS = {
    OLE: "an old Office or Outlook file (.doc, .xls, .msg)",
    ZIP: "a ZIP archive (unpack it and ingest the files inside)",
    OCTET: "of a type this program cannot read",
}


# --------------------------------------------------------------------------- sniffing


def _looks_like_mail(head: bytes) -> bool:
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].lower()
    if not block or not _HEADER_LINE.match(block):
        return False
    return sum(1 for h in _MAIL_HEADERS if block.startswith(h) or b"\n" + h in block) >= 2


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut off at the end of the sample
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control <= len(head) // 100


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        return ZIP
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return ZIP


def detect_mime(data: bytes, name: str = "") -> str:
    """The MIME type of ``data`` from its content; ``name`` only breaks ties (.eml vs .txt).

    ``data`` may be the whole file or (for all but ZIP-based types) its first few KB.
    """
    head = data[:8192]
    if not head:
        return OCTET
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith(_HTML_START) or (probe.startswith(b"<") and b"<html" in probe[:2048]):
        return HTML
    if _looks_like_mail(head.lstrip(b"\xef\xbb\xbf")):
        return EML
    if _looks_like_text(head):
        if Path(name).suffix.lower() == ".eml" and _HEADER_LINE.match(probe):
            return EML
        return TEXT
    return OCTET


# --------------------------------------------------------------------------- extract


def extract(
    path: Path,
    *,
    password: str | None = None,
    ocr: bool = True,
    on_page: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExtractedDocument:
    """Read any supported file. Raises the :mod:`.errors` exceptions; never returns half a PDF.

    Pages a PDF has without a usable text layer are OCR'd when ``ocr`` is true and tesseract
    is installed; otherwise they stay in ``needs_ocr_pages`` (with a warning saying why).
    """
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise UnreadableDocument(name, f"cannot be opened ({exc.strerror})") from exc
    if not head:
        raise UnreadableDocument(name, "is empty (0 bytes)")
    suffix = path.suffix.lower()
    data: bytes | None = None
    if head.startswith(b"PK\x03\x04"):
        data = path.read_bytes()
    mime = detect_mime(data if data is not None else head, name)

    claimed = _CLAIMS_BINARY.get(suffix)
    if claimed is not None and mime != claimed:
        if claimed == PDF:
            from .pdf import open_pdf  # its message names what the file really is

            open_pdf(path, password, name=name)  # raises UnreadableDocument
        if mime == HTML:
            reason = (
                f"is named {suffix} but is an HTML web page (often an error or login page "
                "saved instead of the document)"
            )
        else:
            reason = f"is named {suffix} but its content is not a {suffix} file"
        raise UnreadableDocument(name, reason)

    if should_cancel is not None and should_cancel():
        raise Cancelled()
    if mime == PDF:
        doc = _extract_pdf(path, password, ocr, on_page, should_cancel)
    else:
        data = data if data is not None else path.read_bytes()
        if mime == EML:
            doc = extract_email(data)
        elif mime == DOCX:
            doc = extract_docx(data, name=name)
        elif mime == XLSX:
            doc = extract_xlsx(data, name=name)
        elif mime == HTML:
            doc = extract_html(data)
        elif mime == TEXT:
            doc = extract_text(data)
        else:
            raise UnsupportedFormat(name, _DESCRIPTIONS.get(mime, _DESCRIPTIONS[OCTET]))
        if on_page is not None:
            on_page(len(doc.pages), len(doc.pages))
    for att in doc.attachments:
        if att.mime in ("", OCTET):
            att.mime = detect_mime(att.data, att.name)
    return doc


def _extract_pdf(path, password, ocr, on_page, should_cancel) -> ExtractedDocument:
    doc = extract_pdf(path, password=password, on_page=on_page, should_cancel=should_cancel)
    if not doc.needs_ocr_pages:
        return doc
    if not ocr:
        doc.warnings.append(f"{len(doc.needs_ocr_pages)} page(s) need OCR; OCR was not asked for.")
        return doc
    total = len(doc.pages)
    ocr_total = total + len(doc.needs_ocr_pages)

    def ocr_progress(done: int, _n: int) -> None:
        if on_page is not None:
            on_page(total + done, ocr_total)

    try:
        _ocr.apply_ocr(
            doc, path, password=password, on_page=ocr_progress, should_cancel=should_cancel
        )
    except OcrUnavailable as exc:
        doc.warnings.append(str(exc))
    return doc


# --------------------------------------------------------------------------- e-mail


def _decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _single_page(mime: str, text: str, title: str | None, metadata: dict) -> ExtractedDocument:
    body = _normalise(text)
    return ExtractedDocument(
        mime=mime,
        pages=[PageText.from_parts(1, body, "", "text" if body else "none")],
        title=title or None,
        metadata=metadata,
    )


def extract_email(data: bytes) -> ExtractedDocument:
    """An .eml message: headers + body text as page 1, attachments returned separately."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    metadata: dict = {}
    for key in ("From", "To", "Cc", "Subject", "Message-ID"):
        value = msg.get(key)
        if value:
            metadata[key.lower()] = str(value)
    date_header = msg.get("Date")
    if date_header:
        try:
            metadata["date"] = parsedate_to_datetime(str(date_header)).isoformat()
        except (TypeError, ValueError):
            metadata["date_raw"] = str(date_header)
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        content = body_part.get_content()
        body = content if isinstance(content, str) else _decode_text(content)
        if body_part.get_content_subtype() == "html":
            body = html_to_text(body)[0]
    header_lines = [
        f"{label}: {metadata[key]}"
        for label, key in (("Van", "from"), ("Aan", "to"), ("Onderwerp", "subject"))
        if key in metadata
    ]
    if date_header:
        header_lines.append(f"Datum: {date_header}")
    attachments = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        if payload is None:  # e.g. an attached message/rfc822
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                payload = inner[0].as_bytes()
            else:
                continue
        name = part.get_filename() or f"attachment-{len(attachments) + 1}"
        attachments.append(Attachment(name, payload, part.get_content_type()))
    text = "\n".join(header_lines) + ("\n\n" if header_lines else "") + body
    doc = _single_page(EML, text, metadata.get("subject"), metadata)
    doc.attachments = attachments
    return doc


# --------------------------------------------------------------------------- docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CORE_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}


def _docx_paragraph(p: ET.Element, pages: list[list[str]]) -> None:
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t":
            parts.append(el.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            if el.get(f"{_W}type") == "page":
                pages[-1].append("".join(parts))
                parts = []
                pages.append([])
            else:
                parts.append("\n")
        elif tag == f"{_W}lastRenderedPageBreak":
            continue
    pages[-1].append("".join(parts))


def _docx_block(el: ET.Element, pages: list[list[str]]) -> None:
    if el.tag == f"{_W}p":
        _docx_paragraph(el, pages)
    elif el.tag == f"{_W}tbl":
        for row in el.iter(f"{_W}tr"):
            cells = []
            for cell in row.findall(f"{_W}tc"):
                cell_pages: list[list[str]] = [[]]
                for p in cell.iter(f"{_W}p"):
                    _docx_paragraph(p, cell_pages)
                cells.append(" ".join(t for page in cell_pages for t in page if t).strip())
            pages[-1].append("\t".join(cells))
    elif el.tag == f"{_W}sdt":  # content controls wrap ordinary paragraphs
        content = el.find(f"{_W}sdtContent")
        for child in content if content is not None else []:
            _docx_block(child, pages)


def extract_docx(data: bytes, *, name: str | None = None) -> ExtractedDocument:
    """Paragraphs and table rows of word/document.xml; title etc. from docProps/core.xml."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            document = ET.fromstring(zf.read("word/document.xml"))
            core = zf.read("docProps/core.xml") if "docProps/core.xml" in zf.namelist() else None
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise UnreadableDocument(name, "is a damaged Word document") from exc
    body = document.find(f"{_W}body")
    pages: list[list[str]] = [[]]
    for child in body if body is not None else []:
        _docx_block(child, pages)
    metadata: dict = {}
    if core is not None:
        try:
            root = ET.fromstring(core)
            for key, xpath in (
                ("title", "dc:title"),
                ("creator", "dc:creator"),
                ("created", "dcterms:created"),
                ("modified", "dcterms:modified"),
            ):
                el = root.find(xpath, _CORE_NS)
                if el is not None and el.text and el.text.strip():
                    metadata[key] = el.text.strip()
        except ET.ParseError:
            pass
    texts = [_normalise("\n".join(lines)) for lines in pages]
    while len(texts) > 1 and not texts[-1]:
        texts.pop()
    return ExtractedDocument(
        mime=DOCX,
        pages=[
            PageText.from_parts(i, text, "", "text" if text else "none")
            for i, text in enumerate(texts, start=1)
        ],
        title=metadata.get("title"),
        metadata=metadata,
    )


# --------------------------------------------------------------------------- xlsx


def extract_xlsx(data: bytes, *, name: str | None = None) -> ExtractedDocument:
    """One page per sheet, one line per row, cells separated by tabs (needs openpyxl)."""
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise UnsupportedFormat(name, "an Excel workbook, and openpyxl is not installed") from exc
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise UnreadableDocument(name, "is a damaged Excel workbook") from exc
    pages = []
    try:
        for number, ws in enumerate(wb.worksheets, start=1):
            lines = []
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else _cell(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    lines.append("\t".join(cells))
            text = "\n".join(lines)
            pages.append(PageText.from_parts(number, text, "", "text" if text else "none"))
        metadata = {"sheets": wb.sheetnames}
        title = wb.properties.title if wb.properties else None
    finally:
        wb.close()
    return ExtractedDocument(mime=XLSX, pages=pages, title=title or None, metadata=metadata)


def _cell(value) -> str:
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    return str(value).replace("\t", " ").replace("\n", " ").strip()


# --------------------------------------------------------------------------- html

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dt", "dd",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """(visible text, <title>) of an HTML document."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None
    return text, title


def _html_charset(data: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def extract_html(data: bytes) -> ExtractedDocument:
    charset = _html_charset(data)
    markup = None
    if charset:
        try:
            markup = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            markup = None
    if markup is None:
        markup = _decode_text(data)
    text, title = html_to_text(markup)
    return _single_page(HTML, text, title, {})


# --------------------------------------------------------------------------- text


def extract_text(data: bytes) -> ExtractedDocument:
    """Plain text: UTF-8 (with or without BOM), else cp1252. Title: the first non-empty line."""
    text = _decode_text(data)
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    title = first[:200] if first else None
    return _single_page(TEXT, text, title, {})
