"""End-to-end ingest benchmarks, run by hand: ``python bench/ingest_service.py [--quick]``.

Prints figures, asserts nothing. What the ingest issue asks to compare, in one run:

* text PDFs (≥ 500 pages over several files): ``woo-tracker ingest`` (stored + indexed +
  references + linking) against ``pdftotext`` on the same files, pages/s and the ratio;
* a scanned PDF (≥ 20 pages): ``woo-tracker ingest`` with OCR against cores × one
  single-threaded tesseract (rendering included), pages/s and the ratio;
* peak memory of ingesting a 2 000-page PDF (max RSS of the child process);
* search latency over 100 000 indexed pages (p50 / p95 of 200 queries).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

CORPUS = Path(os.environ.get("WOO_TRACKER_CORPUS", ROOT.parent / "shared" / "corpus"))
CLI = [sys.executable, "-m", "woo_tracker"]


def text_sources() -> list[Path]:
    found = sorted(CORPUS.glob("*.pdf")) + sorted((CORPUS / "real").glob("*.pdf"))
    return [p for p in found if "scan" not in p.name and "geen_tekstlaag" not in p.name]


def scan_sources() -> list[Path]:
    return [
        CORPUS / "antwoorden-kamervragen-2025Z15452-scan.pdf",
        *sorted((CORPUS / "real").glob("*geen_tekstlaag*.pdf")),
    ]


def build_pdf(sources: list[Path], pages: int, out: Path, seed: int) -> int:
    """Concatenate pages of the sources in a seeded order, so every file has different bytes."""
    rng = random.Random(seed)
    docs = [pdfium.PdfDocument(str(p)) for p in sources]
    big = pdfium.PdfDocument.new()
    while len(big) < pages:
        src = rng.choice(docs)
        big.import_pages(src, [rng.randrange(len(src))])
    big.save(str(out))
    return len(big)


def copy_corpus(folder: Path, min_pages: int) -> int:
    """Real documents, copied with a comment after %%EOF so each copy has its own SHA-256.

    Concatenating pages into one synthetic PDF gives pages that drag every imported resource
    along, which no real document does; copies of real files keep the work realistic.
    """
    total, copy = 0, 0
    while total < min_pages:
        for src in text_sources():
            data = src.read_bytes() + f"\n% copy {copy}\n".encode()
            (folder / f"{copy:03}-{src.name}").write_bytes(data)
            total += len(pdfium.PdfDocument(str(src)))
        copy += 1
    return total


def run_timed(argv: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of a command and its worker processes.

    The command runs under a tiny wrapper process: RUSAGE_CHILDREN of this process would also
    count earlier children (the PDF builder), so only the wrapper's own children are measured.
    """
    wrapper = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", wrapper, *argv], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(out.stdout)


def bench_text(tmp: Path, min_pages: int) -> None:
    folder = tmp / "text"
    folder.mkdir()
    total = copy_corpus(folder, min_pages)
    files = len(list(folder.iterdir()))
    print(
        f"text corpus: {files} PDFs, {total} pages (the corpus's text PDFs, copied until ≥ {min_pages} pages)"
    )
    if shutil.which("pdftotext"):
        start = time.perf_counter()
        for pdf in sorted(folder.iterdir()):
            subprocess.run(["pdftotext", str(pdf), str(tmp / "out.txt")], check=True)
        t_ref = time.perf_counter() - start
        print(
            f"  pdftotext, one file after another   {total / t_ref:8.1f} pages/s  ({t_ref:.2f} s)"
        )
    else:
        t_ref = None
        print("  pdftotext not installed: no reference figure")
    seconds, _ = run_timed(
        [*CLI, "--library", str(tmp / "lib-text"), "ingest", "--no-ocr", str(folder)]
    )
    print(
        f"  woo-tracker ingest (store+index+refs) {total / seconds:8.1f} pages/s  ({seconds:.2f} s)"
    )
    if t_ref:
        print(f"  ratio ingest / pdftotext: {t_ref / seconds:.2f}x")


def bench_ocr(tmp: Path, pages: int) -> None:
    from woo_tracker.ingest import ocr
    from woo_tracker.ingest.pdf import render_page

    if not ocr.tesseract_available():
        print("tesseract not installed: OCR benchmark skipped")
        return
    scan = tmp / "scan.pdf"
    total = build_pdf(scan_sources(), pages, scan, 7)
    cores = os.cpu_count() or 1
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(i: int) -> None:
        ocr.ocr_image(render_page(scan, i + 1, 300), languages="nld+eng", env=env)

    start = time.perf_counter()
    for i in range(total):  # the same pages the ingest will read, one after another
        one(i)
    single = total / (time.perf_counter() - start)
    with ThreadPoolExecutor(cores) as pool:
        start = time.perf_counter()
        list(pool.map(one, range(total)))
        per_core = total / (time.perf_counter() - start)
    print(f"scanned corpus: {total} pages, {cores} cores")
    print(f"  tesseract 1 thread, render included  {single:8.2f} pages/s; x{cores} cores = {single * cores:.2f}")
    print(f"  one tesseract per core (measured)    {per_core:8.2f} pages/s")
    seconds, _ = run_timed([*CLI, "--library", str(tmp / "lib-scan"), "ingest", str(scan)])
    print(
        f"  woo-tracker ingest with OCR          {total / seconds:8.2f} pages/s  ({seconds:.1f} s)"
    )
    print(
        f"  ratio ingest / (cores x single-threaded tesseract): {total / seconds / (single * cores):.2f}x"
    )


def bench_memory(tmp: Path, pages: int) -> None:
    big = tmp / "big.pdf"
    # Built in a child process: a child's peak RSS starts at its parent's size at fork time, so
    # the benchmark process itself must stay small for the figure to mean anything.
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import ingest_service as b; " \
           f"print(b.build_pdf(b.text_sources(), {pages}, b.Path({str(big)!r}), 99))"
    total = int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    seconds, rss = run_timed(
        [*CLI, "--library", str(tmp / "lib-big"), "ingest", "--no-ocr", str(big)]
    )
    print(
        f"{total}-page PDF: ingest {seconds:.1f} s, peak RSS of the largest process {rss / 1024:.0f} MB"
    )


def bench_search(tmp: Path, pages: int) -> None:
    from sqlalchemy import insert

    from woo_tracker.services.context import open_library
    from woo_tracker.services.documents import DocumentService
    from woo_tracker.store.models import Document, Page

    words = (
        "raffinaderij politie veiligheidsregio algoritme besluit openbaar gemeente minister "
        "inventaris document coördinator verzoek bezwaar antwoord vraag termijn"
    ).split()
    rng = random.Random(3)
    ctx = open_library(tmp / "lib-search")
    per_doc = 100
    with ctx.db.session() as s:
        s.execute(
            insert(Document),
            [
                {
                    "id": d + 1,
                    "sha256": f"{d:064x}",
                    "filename": f"d{d}.pdf",
                    "size": 1,
                    "mime": "application/pdf",
                    "doc_type": "other",
                    "page_count": per_doc,
                }
                for d in range(pages // per_doc)
            ],
        )
        s.execute(
            insert(Page),
            [
                {
                    "document_id": i // per_doc + 1,
                    "number": i % per_doc + 1,
                    "text": " ".join(
                        rng.choice(words) + str(rng.randrange(500)) for _ in range(60)
                    ),
                    "margin": "",
                }
                for i in range(pages)
            ],
        )
    service = DocumentService(ctx)
    times = []
    for _ in range(200):
        q = f"{rng.choice(words)}{rng.randrange(500)}"
        start = time.perf_counter()
        service.search(q, limit=20)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        f"search over {pages} pages: p50 {statistics.median(times):.1f} ms, p95 {times[int(0.95 * len(times))]:.1f} ms"
    )
    ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora for a fast look")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        bench_text(t, 100 if args.quick else 500)
        bench_ocr(t, 6 if args.quick else 20)
        bench_memory(t, 300 if args.quick else 2000)
        bench_search(t, 10_000 if args.quick else 100_000)


if __name__ == "__main__":
    main()
