"""Reading files in worker processes while the ingest stores the previous one.

Extraction and analysis are CPU work without I/O to the library, so they run in spawned worker
processes (forking a process that runs Qt threads is unsafe); storing stays in the caller,
which owns the transaction.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from woo_tracker.ingest.analyse import Analysis, analyse
from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.formats import extract
from woo_tracker.ingest.pages import ExtractedDocument


def pages_for_analysis(doc: ExtractedDocument) -> list[PageInput]:
    """The page texts the analysers read: the body apart from the margin column when split."""
    return [PageInput(p.number, p.body if p.margin else p.text, p.margin) for p in doc.pages]


def read_and_analyse(
    path: str, password: str | None, ocr: bool
) -> tuple[ExtractedDocument, Analysis]:
    """The CPU-heavy part of ingesting one file; runs in a worker process (picklable in and out)."""
    doc = extract(Path(path), password=password, ocr=ocr)
    return doc, analyse(pages_for_analysis(doc), title=doc.title)


class Prefetcher:
    """Reads the next files in worker processes while the current one is stored.

    One process reads a file at a time, so with several small files both cores only work when
    files are read side by side. Large PDFs are left to the caller: extract_pdf already spreads
    their pages over the cores and reports page progress. The pool starts only when there are at
    least two files to share, because starting it costs a few tenths of a second.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.futures: dict[int, Future[tuple[ExtractedDocument, Analysis]]] = {}
        self.queue: list[tuple[int, str, str | None, bool]] = []

    def plan(self, jobs: list[tuple[int, str, str | None, bool]]) -> None:
        self.queue = [j for j in jobs if _worth_prefetching(Path(j[1]))]
        if self.workers > 1 and len(self.queue) >= 2:
            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        self._fill()

    def _fill(self) -> None:
        while self.pool is not None and self.queue and len(self.futures) < self.workers + 1:
            item_id, path, password, ocr = self.queue.pop(0)
            self.futures[item_id] = self.pool.submit(read_and_analyse, path, password, ocr)

    def take(self, item_id: int) -> Future[tuple[ExtractedDocument, Analysis]] | None:
        future = self.futures.pop(item_id, None)
        self._fill()
        return future

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def _worth_prefetching(path: Path) -> bool:
    from woo_tracker.ingest.pdf import PARALLEL_MIN_PAGES, page_count

    if not path.is_file():
        return False
    if path.suffix.lower() != ".pdf":
        return True
    try:
        return page_count(path) < PARALLEL_MIN_PAGES
    except Exception:  # a damaged or locked PDF is read (and reported) by the main path
        return False
