"""Ingest benchmarks, run by hand: ``python bench/ingest.py [--pages N] [--ocr-pages N]``.

Prints figures, asserts nothing. Measures, on a PDF of ~N pages built by concatenating the
corpus PDFs (pypdfium2 ``PdfDocument.new()`` + ``import_pages``, written to a temp dir):

* pypdfium2 text layer in-process (raw ``get_text_range`` and our layout-aware ``extract_pdf``),
* ``extract_pdf`` in N worker processes (spawn start-up included),
* pdfminer.six ``extract_text`` per page (on a sample of pages: it is slow),
* ``pdftotext`` (poppler) as a subprocess over the whole file,
* OCR seconds per page on the scanned corpus letter: tesseract with its default threading,
  with ``OMP_THREAD_LIMIT=1``, and one OMP_THREAD_LIMIT=1 process per core (``ocr_pages``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from woo_tracker.ingest import ocr  # noqa: E402
from woo_tracker.ingest.pdf import extract_pdf, render_page  # noqa: E402

CORPUS = Path(os.environ.get("WOO_TRACKER_CORPUS", ROOT.parent / "shared" / "corpus"))


def build_big_pdf(target_pages: int, out: Path) -> int:
    sources = sorted(CORPUS.glob("*.pdf")) + sorted((CORPUS / "real").glob("*.pdf"))
    sources = [p for p in sources if "scan" not in p.name and "geen_tekstlaag" not in p.name]
    big = pdfium.PdfDocument.new()
    while len(big) < target_pages:
        for path in sources:
            src = pdfium.PdfDocument(str(path))
            big.import_pages(src)
            src.close()
            if len(big) >= target_pages:
                break
    big.save(str(out))
    n = len(big)
    big.close()
    return n


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def raw_pdfium(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    chars = 0
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        chars += len(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return chars


def pdfminer_pages(path: Path, count: int) -> int:
    from pdfminer.high_level import extract_text

    return len(extract_text(str(path), page_numbers=list(range(count))))


def line(label: str, seconds: float, pages: int) -> None:
    print(f"  {label:<46} {pages:>5} p  {seconds:8.2f} s  {pages / seconds:9.1f} pages/s")


def bench_text(pages: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.pdf"
        n = build_big_pdf(pages, big)
        print(f"text layer, {n}-page PDF ({big.stat().st_size / 1e6:.1f} MB), {workers} cores")
        raw_pdfium(big)  # warm the page cache
        t, _ = timed(lambda: raw_pdfium(big))
        line("pypdfium2 get_text_range, in-process", t, n)
        t, _ = timed(lambda: extract_pdf(big, workers=1))
        line("extract_pdf (margin split), in-process", t, n)
        for w in sorted({2, workers}):
            t, _ = timed(lambda w=w: extract_pdf(big, workers=w))
            line(f"extract_pdf, {w} worker processes", t, n)
        small = CORPUS / "antwoorden-kamervragen-2025Z15452.pdf"
        t1, _ = timed(lambda: extract_pdf(small, workers=1))
        t2, _ = timed(lambda: extract_pdf(small, workers=2))
        print(f"  3-page letter: in-process {t1 * 1000:.0f} ms, 2 workers {t2 * 1000:.0f} ms")
        sample = min(n, 40)
        t, _ = timed(lambda: pdfminer_pages(big, sample))
        line("pdfminer.six extract_text (sample)", t, sample)
        if shutil.which("pdftotext"):
            t, _ = timed(
                lambda: subprocess.run(
                    ["pdftotext", str(big), "-"], capture_output=True, check=True
                )
            )
            line("pdftotext subprocess", t, n)
            t, _ = timed(
                lambda: subprocess.run(
                    ["pdftotext", "-layout", str(big), "-"], capture_output=True, check=True
                )
            )
            line("pdftotext -layout subprocess", t, n)
        else:
            print("  pdftotext: not installed")


def bench_ocr(n_pages: int, workers: int) -> None:
    if not ocr.tesseract_available():
        print("OCR: tesseract not installed")
        return
    scan = CORPUS / "antwoorden-kamervragen-2025Z15452-scan.pdf"
    numbers = list(range(1, n_pages + 1))
    print(f"OCR, {scan.name}, pages {numbers}, 300 dpi grey, -l nld+eng")
    t, images = timed(lambda: [render_page(scan, n, 300) for n in numbers])
    print(f"  render 300 dpi grey (pypdfium2)               {t / len(numbers):8.2f} s/page")
    default_env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    single_env = {**default_env, "OMP_THREAD_LIMIT": "1"}
    for label, env in (
        ("tesseract default threads", default_env),
        ("OMP_THREAD_LIMIT=1", single_env),
    ):
        t, _ = timed(lambda env=env: [ocr.ocr_image(im, env=env) for im in images])
        print(f"  {label + ', one at a time':<46} {t / len(numbers):8.2f} s/page")
    t, _ = timed(lambda: ocr.ocr_pages(scan, numbers, workers=workers))
    print(
        f"  {f'ocr_pages: {workers} x OMP_THREAD_LIMIT=1 (incl. render)':<46} "
        f"{t / len(numbers):8.2f} s/page (wall)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=320, help="size of the text-layer PDF")
    parser.add_argument("--ocr-pages", type=int, default=3, choices=(1, 2, 3))
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-ocr", action="store_true")
    args = parser.parse_args()
    print(f"pypdfium2 {pdfium.version.PYPDFIUM_INFO}, pdfium {pdfium.version.PDFIUM_INFO}")
    bench_text(args.pages, args.workers)
    if not args.no_ocr:
        bench_ocr(args.ocr_pages, args.workers)


if __name__ == "__main__":
    main()
