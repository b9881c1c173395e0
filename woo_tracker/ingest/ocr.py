"""OCR for pages without a usable text layer: pypdfium2 renders, tesseract reads.

Each page is rendered at 300 dpi in 8-bit grey and handed to ``tesseract stdin stdout`` as a
binary PGM (a 15-byte header in front of the raw pixels: no PNG encoding, no temp file).
Tesseract's own OpenMP threading is switched off (``OMP_THREAD_LIMIT=1``) and instead one
tesseract process runs per core, fed by a thread pool; on the 2-core bench box that is the
fastest of the three set-ups (see bench/ingest.py). Rendering runs under the pdfium lock, the
OCR itself in the subprocess, so threads are enough here.

Without tesseract, :func:`ocr_pages` raises :class:`~.errors.OcrUnavailable`; callers keep the
pages in ``needs_ocr_pages`` so the document can be OCR'd later.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from .errors import Cancelled, IngestError, OcrUnavailable
from .pages import ExtractedDocument, PageText
from .pdf import PageRenderer, RenderedPage, Source

log = logging.getLogger(__name__)

DEFAULT_LANGUAGES = "nld+eng"
DEFAULT_DPI = 300
MAX_PIXELS = 60_000_000  # render huge pages (A0 plans) at a lower dpi rather than run out of memory
PAGE_TIMEOUT = 600  # seconds for one page


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def tesseract_available() -> bool:
    return tesseract_path() is not None


@functools.lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    try:
        out = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (out.stdout or out.stderr).splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def tesseract_languages() -> frozenset[str]:
    exe = tesseract_path()
    return _languages(exe) if exe else frozenset()


def _resolve_languages(exe: str, wanted: str) -> str:
    installed = _languages(exe)
    have = [lang for lang in wanted.split("+") if lang in installed]
    if not have:
        raise OcrUnavailable(
            f"Tesseract is installed but has none of the languages {wanted} "
            f"(it has: {', '.join(sorted(installed)) or 'none'})"
        )
    if len(have) < len(wanted.split("+")):
        log.warning("tesseract lacks some of %s; using %s", wanted, "+".join(have))
    return "+".join(have)


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _command(exe: str, languages: str, dpi: float, psm: int) -> list[str]:
    return [exe, "stdin", "stdout", "-l", languages, "--psm", str(psm), "--dpi", str(round(dpi))]


def ocr_image(
    image: RenderedPage,
    *,
    languages: str = DEFAULT_LANGUAGES,
    psm: int = 3,
    env: dict[str, str] | None = None,
) -> str:
    """Read one grey image with tesseract and return its text."""
    exe = tesseract_path()
    if exe is None:
        raise OcrUnavailable()
    langs = _resolve_languages(exe, languages)
    proc = subprocess.run(
        _command(exe, langs, image.dpi, psm),
        input=image.to_pgm(),
        capture_output=True,
        env=env if env is not None else _env(),
        timeout=PAGE_TIMEOUT,
        check=False,
    )
    if proc.returncode != 0:
        raise IngestError(f"OCR failed: {proc.stderr.decode(errors='replace').strip()}")
    return _clean(proc.stdout.decode("utf-8", errors="replace"))


def _clean(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\f", "").splitlines()]
    return "\n".join(lines).strip()


def _dpi_for(renderer: PageRenderer, page_no: int, dpi: float) -> float:
    width, height = renderer.page_size(page_no)
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels > MAX_PIXELS:
        return max(72.0, dpi * (MAX_PIXELS / pixels) ** 0.5)
    return dpi


def ocr_pages(
    pdf: Source,
    page_numbers: Iterable[int],
    on_page: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    *,
    password: str | None = None,
    dpi: float = DEFAULT_DPI,
    languages: str = DEFAULT_LANGUAGES,
    workers: int | None = None,
) -> dict[int, str]:
    """OCR the given 1-based pages of a PDF, one tesseract process per core.

    Returns {page number: text}. Raises OcrUnavailable, Cancelled, and the PDF errors of
    :func:`.pdf.open_pdf`.
    """
    numbers = sorted(set(page_numbers))
    exe = tesseract_path()
    if exe is None:
        raise OcrUnavailable()
    if not numbers:
        return {}
    langs = _resolve_languages(exe, languages)
    workers = max(1, min(workers or os.cpu_count() or 1, len(numbers)))
    stop = threading.Event()
    running: set[subprocess.Popen] = set()
    running_lock = threading.Lock()
    env = _env()

    def one(renderer: PageRenderer, number: int) -> str:
        if stop.is_set():
            raise Cancelled()
        image = renderer.render(number, _dpi_for(renderer, number, dpi))
        if stop.is_set():
            raise Cancelled()
        with running_lock:
            proc = subprocess.Popen(
                _command(exe, langs, image.dpi, 3),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
            running.add(proc)
        try:
            out, err = proc.communicate(image.to_pgm(), timeout=PAGE_TIMEOUT)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            proc.kill()
            out, err = proc.communicate()
        finally:
            with running_lock:
                running.discard(proc)
        if stop.is_set():
            raise Cancelled()
        if proc.returncode != 0:
            raise IngestError(
                f"OCR of page {number} failed: {err.decode(errors='replace').strip()}"
            )
        return _clean(out.decode("utf-8", errors="replace"))

    results: dict[int, str] = {}
    with PageRenderer(pdf, password) as renderer:
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
        try:
            pending: dict[Future, int] = {executor.submit(one, renderer, n): n for n in numbers}
            while pending:
                if should_cancel is not None and should_cancel():
                    raise Cancelled()
                finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    number = pending.pop(future)
                    results[number] = future.result()
                    if on_page is not None:
                        on_page(len(results), len(numbers))
        except BaseException:
            stop.set()
            with running_lock:
                for proc in running:
                    proc.kill()
            raise
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
    return results


def apply_ocr(
    document: ExtractedDocument,
    pdf: Source,
    *,
    password: str | None = None,
    on_page: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExtractedDocument:
    """OCR ``document.needs_ocr_pages`` in place; on success those pages get method "ocr".

    Raises OcrUnavailable (the document is left as it was) and Cancelled.
    """
    if not document.needs_ocr_pages:
        return document
    texts = ocr_pages(pdf, document.needs_ocr_pages, on_page, should_cancel, password=password)
    by_number = {page.number: i for i, page in enumerate(document.pages)}
    for number, text in texts.items():
        document.pages[by_number[number]] = PageText.from_parts(number, text, "", "ocr")
    document.needs_ocr_pages = [n for n in document.needs_ocr_pages if n not in texts]
    return document
