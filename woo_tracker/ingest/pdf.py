"""PDF → text per page (layout-aware) and page rendering, on pypdfium2.

Choices, and the measurements behind them (``python bench/ingest.py``; 2-core box, a 325-page
PDF concatenated from the corpus; pypdfium2 5.15 / pdfium 159):

* **Engine: pypdfium2's text layer**, not pdfminer.six. pypdfium2 ``get_text_range``: 478
  pages/s; our ``extract_pdf`` with the margin split: 369 pages/s in one process; pdfminer.six
  ``extract_text``: 21 pages/s; ``pdftotext`` subprocess: 640 pages/s. pdfminer is out for
  bulk work; pypdfium2 is within 2x of poppler without a subprocess or a poppler install on
  Windows/macOS, and gives the same words as ``pdftotext`` on the corpus letter (a test checks).
  pdfminer's layout analysis was not needed: the boxes pdfium computes find a margin column.
* **Margin column** (Rijksoverheid letters: Datum, Onze referentie, Kenmerk, sender address at
  the right of page 1 and often of every page). pdfium groups the characters of a page into
  "rects" (runs of text on one line, with a tight box). A page has a margin column when
  (1) at least two rects start at the same x (±3 pt) in the right 40 % of the page,
  (2) no rect to the left of that edge runs across it, and (3) the column is set in smaller
  type than the rest (median rect height ≤ 0.85 × the body's) — this last rule keeps the right
  columns of an inventory *table* in the body, where they belong. Body and margin are then
  read with ``get_text_bounded`` on each side of the edge, which keeps pdfium's own reading
  order and line breaks. Rotated pages are never split. One call per rect plus two text calls
  per page: the split costs well under a millisecond per page.
* **Is the text layer usable?** A page with fewer than :data:`MIN_TEXT_CHARS` non-space
  characters that carries an image, or whose characters are mostly unmapped glyphs (U+FFFD,
  private-use, control), is listed in ``needs_ocr_pages``; its ``method`` is ``"none"``.
  A blank page without images is just blank (method ``"none"``, no OCR).
* **Parallelism.** PDFium is not thread-safe, so every in-process pdfium call here runs under
  :data:`PDFIUM_LOCK` (the UI runs ingest jobs on a thread pool; OCR renders from threads).
  Files of :data:`PARALLEL_MIN_PAGES` pages or more are read in worker processes
  (``ProcessPoolExecutor``, *spawn* start method — forking a process that runs Qt threads is
  unsafe), in chunks of pages; each worker opens the file itself. Spawning costs ~0.35 s
  (a 3-page letter: 4 ms in-process, 123 ms with 2 workers; 325 pages: 0.88 s vs 0.83 s;
  1008 pages: 3.2 s vs 1.8 s on 2 cores), so smaller files are read in-process. If the pool
  breaks (a frozen app without ``multiprocessing.freeze_support()``), the file is read
  in-process with a warning.
* **Failures** become the typed errors of :mod:`.errors`: an empty file, a file that is not a
  PDF (an HTML error page saved as .pdf), a damaged or truncated one → ``UnreadableDocument``;
  a user password → ``PasswordProtected``. Owner-password-only PDFs ("no copying/printing")
  open and extract normally; the restriction is not ours to enforce on the user's own copy.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import re
import statistics
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import Cancelled, PasswordProtected, UnreadableDocument, UnsupportedFormat
from .pages import Attachment, ExtractedDocument, PageText

Source = str | os.PathLike | bytes
OnPage = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

PDF_MIME = "application/pdf"
MIN_TEXT_CHARS = 20
"""Below this many non-space characters a page with an image is treated as a scan."""
MAX_UNMAPPED_SHARE = 0.3
PARALLEL_MIN_PAGES = 200
#: PDFium keeps what it parsed (fonts, shared resources) for as long as the document is open, so
#: one open document read from start to end grows without bound (4 GB on a 2 000-page file in the
#: benchmark). Reading at most this many pages per opening keeps memory flat at a tiny cost.
PAGES_PER_OPENING = 64
MARGIN_MIN_X = 0.6  # a margin column starts in the right 40 % of the page
MARGIN_MAX_HEIGHT_RATIO = 0.85

PDFIUM_LOCK = threading.RLock()
"""Hold this around any pdfium call made in this process (pdfium is not thread-safe)."""

_JUNK_TITLES = {"", "untitled", "unspecified", "title", "document", "none", "microsoft word"}
_WORD_PREFIX = re.compile(r"^microsoft (word|excel|powerpoint) - ", re.I)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedPage:
    """An 8-bit grey image, rows top to bottom, ``width`` bytes per row, no padding."""

    width: int
    height: int
    data: bytes
    dpi: float

    def to_pgm(self) -> bytes:
        """The image as a binary PGM (P5) file: a 15-byte header plus the raw bytes."""
        return b"P5\n%d %d\n255\n" % (self.width, self.height) + self.data


# --------------------------------------------------------------------------- opening


def source_name(source: Source, name: str | None = None) -> str | None:
    if name:
        return name
    if isinstance(source, bytes):
        return None
    return Path(source).name


def _head_and_size(source: Source) -> tuple[bytes, bytes, int]:
    if isinstance(source, bytes):
        return source[:1024], source[-2048:], len(source)
    path = Path(source)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    except OSError as exc:
        raise UnreadableDocument(path.name, f"cannot be opened ({exc.strerror})") from exc
    return head, tail, size


def _not_a_pdf_reason(head: bytes) -> str:
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in probe:
        return (
            "is named as a PDF but is an HTML web page (often an error or login page saved "
            "instead of the document)"
        )
    if probe.startswith(b"pk\x03\x04"):
        return "is named as a PDF but is a ZIP or Office file"
    if probe.startswith(b"\xd0\xcf\x11\xe0"):
        return "is named as a PDF but is an old Office or Outlook file"
    return "is not a PDF (it does not start with a PDF header)"


def open_pdf(source: Source, password: str | None = None, *, name: str | None = None):
    """Open a PDF with pypdfium2 or raise the matching :mod:`.errors` exception.

    The caller holds :data:`PDFIUM_LOCK` when calling this in a threaded process.
    """
    label = source_name(source, name)
    head, tail, size = _head_and_size(source)
    if size == 0:
        raise UnreadableDocument(label, "is empty (0 bytes)")
    if b"%PDF-" not in head:
        raise UnreadableDocument(label, _not_a_pdf_reason(head))
    src = source if isinstance(source, bytes) else str(source)
    try:
        pdf = pdfium.PdfDocument(src, password=password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise PasswordProtected(label, wrong_password=bool(password)) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnsupportedFormat(label, "encrypted in a way this program cannot read") from exc
        if code == pdfium_c.FPDF_ERR_FILE:
            raise UnreadableDocument(label, "cannot be opened (missing or not allowed)") from exc
        if b"obj" not in head:
            reason = "is damaged: after its PDF header comes data that is not PDF"
        elif b"%%EOF" not in tail:
            reason = "is incomplete: the file ends early, as after an interrupted download"
        else:
            reason = "is damaged: its PDF structure cannot be read"
        raise UnreadableDocument(label, reason) from exc
    if len(pdf) == 0:
        pdf.close()
        raise UnreadableDocument(label, "is a PDF without any pages")
    return pdf


def page_count(source: Source, password: str | None = None) -> int:
    with PDFIUM_LOCK:
        pdf = open_pdf(source, password)
        try:
            return len(pdf)
        finally:
            pdf.close()


# --------------------------------------------------------------------------- text per page


def clean_text(text: str) -> str:
    """pdfium text → plain text: LF line ends, real hyphens, no ligatures, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x02", "-").replace("\x00", "").replace("\ufeff", "")
    text = text.translate(_LIGATURES)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _unmapped_share(text: str) -> float:
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 0.0
    bad = sum(
        1
        for ch in chars
        if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" or (ord(ch) < 32 and ch != "\x02")
    )
    return bad / len(chars)


def _has_image(page) -> bool:
    for _obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        return True
    return False


def _split_margin(textpage, page) -> tuple[str, str] | None:
    """(body, margin) raw texts when the page has a margin column, else None."""
    if page.get_rotation() % 360:
        return None
    n = textpage.count_rects()
    if n < 3:
        return None
    left, bottom, right, top = page.get_bbox()
    width = right - left
    rects = [textpage.get_rect(i) for i in range(n)]
    threshold = left + MARGIN_MIN_X * width
    starts: dict[int, int] = {}
    for r in rects:
        if r[0] >= threshold:
            key = round(r[0] / 3)
            starts[key] = starts.get(key, 0) + 1
    if not starts:
        return None
    key, count = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    if count < 2:
        return None
    edge = min(r[0] for r in rects if abs(r[0] - key * 3) <= 3) - 1.5
    margin_rects = [r for r in rects if r[0] >= edge]
    body_rects = [r for r in rects if r[0] < edge]
    if not body_rects or any(r[2] > edge + 2 for r in body_rects):
        return None
    margin_h = statistics.median(r[3] - r[1] for r in margin_rects)
    body_h = statistics.median(r[3] - r[1] for r in body_rects)
    if margin_h > MARGIN_MAX_HEIGHT_RATIO * body_h:
        return None
    body = textpage.get_text_bounded(left - 10, bottom - 10, edge, top + 10)
    margin = textpage.get_text_bounded(edge, bottom - 10, right + 10, top + 10)
    return body, margin


def read_page(pdf, index: int) -> tuple[PageText, bool]:
    """Read page ``index`` (0-based) of an open document → (page, needs OCR)."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        visible = _visible(raw)
        scarce = visible < MIN_TEXT_CHARS
        garbled = visible > 0 and _unmapped_share(raw) > MAX_UNMAPPED_SHARE
        if scarce or garbled:
            needs_ocr = garbled or _has_image(page)
            text = clean_text(raw)
            method = "none" if needs_ocr or not text else "text"
            return PageText.from_parts(index + 1, text, "", method), needs_ocr
        split = _split_margin(textpage, page)
        if split is None:
            return PageText.from_parts(index + 1, clean_text(raw)), False
        body, margin = split
        return PageText.from_parts(index + 1, clean_text(body), clean_text(margin)), False
    finally:
        textpage.close()
        page.close()


def _extract_chunk(
    source: Source, password: str | None, start: int, stop: int
) -> list[tuple[PageText, bool]]:
    """Worker-process entry point: read pages [start, stop)."""
    with PDFIUM_LOCK:
        pdf = open_pdf(source, password)
        try:
            return [read_page(pdf, i) for i in range(start, stop)]
        finally:
            pdf.close()


def _metadata(pdf) -> dict:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # pragma: no cover - damaged info dictionaries
        return {}
    return {key: value.strip() for key, value in meta.items() if value and value.strip()}


def _title(meta: dict) -> str | None:
    title = _WORD_PREFIX.sub("", meta.get("Title", "")).strip()
    title = re.sub(r"\.(docx?|pdf|odt)$", "", title, flags=re.I)
    return None if title.lower() in _JUNK_TITLES else title


def _attachments(pdf) -> tuple[list[Attachment], list[str]]:
    found: list[Attachment] = []
    warnings: list[str] = []
    for i in range(pdf.count_attachments()):
        try:
            att = pdf.get_attachment(i)
            found.append(
                Attachment(att.get_name(), bytes(att.get_data()), "application/octet-stream")
            )
        except Exception as exc:  # one broken embedded file must not stop the document
            warnings.append(f"embedded file {i + 1} could not be read: {exc}")
    return found, warnings


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def extract_pdf(
    source: Source,
    *,
    password: str | None = None,
    on_page: OnPage | None = None,
    should_cancel: ShouldCancel | None = None,
    workers: int | None = None,
    name: str | None = None,
) -> ExtractedDocument:
    """Text layer of every page. Pages without a usable layer are listed in ``needs_ocr_pages``.

    ``workers``: processes to use; default: all cores for files of
    :data:`PARALLEL_MIN_PAGES` pages or more, else 1 (in-process).
    Raises UnreadableDocument, PasswordProtected, UnsupportedFormat, Cancelled.
    """
    label = source_name(source, name)
    with PDFIUM_LOCK:
        pdf = open_pdf(source, password, name=label)
        try:
            total = len(pdf)
            meta = _metadata(pdf)
            attachments, warnings = _attachments(pdf)
        except BaseException:
            pdf.close()
            raise
    if workers is None:
        workers = default_workers() if total >= PARALLEL_MIN_PAGES else 1
    results: list[tuple[PageText, bool]] | None = None
    try:
        if workers > 1 and total > 1:
            with PDFIUM_LOCK:
                pdf.close()
            try:
                results = _extract_parallel(
                    source, password, total, workers, on_page, should_cancel
                )
            except BrokenProcessPool:
                # e.g. a frozen app without multiprocessing.freeze_support(): read in-process
                warnings.append("worker processes failed; the PDF was read in one process")
                with PDFIUM_LOCK:
                    pdf = open_pdf(source, password, name=label)
        if results is None:
            results = []
            for i in range(total):
                if should_cancel is not None and should_cancel():
                    raise Cancelled()
                with PDFIUM_LOCK:
                    if i and i % PAGES_PER_OPENING == 0:
                        pdf.close()
                        pdf = open_pdf(source, password, name=label)
                    results.append(read_page(pdf, i))
                if on_page is not None:
                    on_page(i + 1, total)
    finally:
        with PDFIUM_LOCK:
            pdf.close()
    pages = [page for page, _ in results]
    needs = [page.number for page, needs_ocr in results if needs_ocr]
    return ExtractedDocument(
        mime=PDF_MIME,
        pages=pages,
        title=_title(meta),
        metadata=meta,
        attachments=attachments,
        needs_ocr_pages=needs,
        warnings=warnings,
    )


def _extract_parallel(
    source: Source,
    password: str | None,
    total: int,
    workers: int,
    on_page: OnPage | None,
    should_cancel: ShouldCancel | None,
) -> list[tuple[PageText, bool]]:
    chunk = min(PAGES_PER_OPENING, max(4, math.ceil(total / (workers * 4))))
    src = source if isinstance(source, bytes) else os.fspath(source)
    ctx = multiprocessing.get_context("spawn")
    by_start: dict[int, list[tuple[PageText, bool]]] = {}
    done = 0
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        pending = {
            executor.submit(_extract_chunk, src, password, start, min(start + chunk, total)): start
            for start in range(0, total, chunk)
        }
        while pending:
            if should_cancel is not None and should_cancel():
                raise Cancelled()
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                start = pending.pop(future)
                by_start[start] = future.result()
                done += len(by_start[start])
                if on_page is not None:
                    on_page(done, total)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return [item for start in sorted(by_start) for item in by_start[start]]


# --------------------------------------------------------------------------- rendering


def _bitmap_to_grey(bitmap) -> tuple[int, int, bytes]:
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    channels = bitmap.n_channels
    buf = bytes(bitmap.buffer)
    if channels == 1:
        if stride == width:
            return width, height, buf
        return width, height, b"".join(buf[r * stride : r * stride + width] for r in range(height))
    # Not expected with grayscale=True; fall back to taking one channel (BGR(x): green).
    rows = []
    for r in range(height):
        row = buf[r * stride : r * stride + width * channels]
        rows.append(row[1::channels])
    return width, height, b"".join(rows)


def render_page(
    source: Source, page_no: int, dpi: float = 300, *, password: str | None = None
) -> RenderedPage:
    """Render page ``page_no`` (1-based) as an 8-bit grey image at ``dpi``."""
    with PDFIUM_LOCK:
        pdf = open_pdf(source, password)
        try:
            return _render_open(pdf, page_no, dpi)
        finally:
            pdf.close()


def _render_open(pdf, page_no: int, dpi: float) -> RenderedPage:
    if not 1 <= page_no <= len(pdf):
        raise IndexError(f"page {page_no} out of range 1..{len(pdf)}")
    page = pdf[page_no - 1]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
        try:
            width, height, data = _bitmap_to_grey(bitmap)
        finally:
            bitmap.close()
    finally:
        page.close()
    return RenderedPage(width, height, data, dpi)


class PageRenderer:
    """Keeps one document open to render several pages (thread-safe via PDFIUM_LOCK)."""

    def __init__(self, source: Source, password: str | None = None) -> None:
        with PDFIUM_LOCK:
            self._pdf = open_pdf(source, password)

    def __len__(self) -> int:
        return len(self._pdf)

    def page_size(self, page_no: int) -> tuple[float, float]:
        """(width, height) in points of page ``page_no`` (1-based)."""
        with PDFIUM_LOCK:
            return tuple(self._pdf.get_page_size(page_no - 1))

    def render(self, page_no: int, dpi: float = 300) -> RenderedPage:
        with PDFIUM_LOCK:
            return _render_open(self._pdf, page_no, dpi)

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._pdf.close()

    def __enter__(self) -> PageRenderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
