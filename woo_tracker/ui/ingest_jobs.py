"""Adding documents in the background: dropped files become an ingest job on the thread pool.

``IngestJob`` runs ``IngestService.ingest`` in a pool thread and reports ``IngestProgress``
(files, pages, OCR pages) as a signal; Cancel is passed to the service as ``should_cancel``, so
a document is either stored whole or not at all. ``IngestController`` queues the batches (one
ingest at a time: the second drop waits for the first), and hands every file's outcome back
with its path, so a file can be retried or given its password.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QUrl, Signal

from woo_tracker.ingest.errors import TESSERACT_INSTALL_HINT
from woo_tracker.services.context import AppContext
from woo_tracker.services.ingest import IngestProgress, IngestResult, IngestService, expand
from woo_tracker.ui import labels
from woo_tracker.ui.workers import Job, JobRunner, JobSignals

#: at most this often a progress signal (a 2 000-page text PDF reports every page)
PROGRESS_INTERVAL_S = 0.05


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag carries (web links and the like are left out)."""
    if mime is None or not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if isinstance(url, QUrl) and url.isLocalFile() and url.toLocalFile():
            out.append(Path(url.toLocalFile()))
    return out


def mime_for(paths: Iterable[str | Path]) -> QMimeData:
    """A QMimeData carrying ``paths`` as file URLs, as a file manager's drag does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(Path(p).resolve())) for p in paths])
    return mime


@dataclass(frozen=True)
class FileOutcome:
    """One file of a batch: where it came from and what the service said."""

    path: Path
    result: IngestResult
    request_id: int | None  # the request the batch was for (drop on a request), if any

    @property
    def problem(self) -> str | None:
        """ "failed", "password", "ocr" (OCR missing), "warning", or None when all went well."""
        r = self.result
        if r.status == "failed":
            return "password" if r.code == "password" else "failed"
        if r.status == "added" and r.warnings:
            if any(TESSERACT_INSTALL_HINT in w for w in r.warnings):
                return "ocr"
            return "warning"
        return None

    @property
    def message(self) -> str:
        r = self.result
        if r.status == "failed":
            return labels.ingest_failure(r.code, r.file, r.error or "")
        return " ".join(r.warnings)


@dataclass(frozen=True)
class IngestReport:
    outcomes: list[FileOutcome]
    cancelled: bool
    request_id: int | None

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.result.status == status)


class IngestSignals(JobSignals):
    #: a copy of the service's IngestProgress
    ingest_progress = Signal(object)


class IngestJob(Job):
    def __init__(
        self,
        ctx: AppContext,
        paths: Sequence[str | Path],
        *,
        request_id: int | None = None,
        passwords: dict[str, str] | None = None,
        ocr: bool = True,
    ) -> None:
        super().__init__("ingest")
        self.signals: IngestSignals = IngestSignals()
        self.ctx = ctx
        self.paths = [Path(p) for p in paths]
        self.request_id = request_id
        self.passwords = dict(passwords or {})
        self.ocr = ocr
        self.files: list[Path] = []
        self.progress = IngestProgress()
        self._last_emit = 0.0
        self._last_files = -1

    def _on_progress(self, progress: IngestProgress) -> None:
        # Never raises (unlike Job.report): stopping is the service's business via should_cancel,
        # so it ends between two files or pages with nothing half stored.
        now = time.monotonic()
        if (
            progress.files_done != self._last_files
            or progress.pages_done >= progress.pages_total
            or now - self._last_emit >= PROGRESS_INTERVAL_S
        ):
            self._last_emit, self._last_files = now, progress.files_done
            self.progress = replace(progress)
            self.signals.ingest_progress.emit(self.progress)
            total = max(progress.files_total, 1)
            part = progress.pages_done / progress.pages_total if progress.pages_total else 0.0
            self.signals.progress.emit(
                int(1000 * (progress.files_done + min(part, 1.0)) / total), 1000, progress.current
            )

    def work(self) -> list[FileOutcome]:
        self.files = expand(self.paths)
        if not self.files:
            return []
        results = IngestService(self.ctx).ingest(
            self.files,
            request_id=self.request_id,
            passwords=self.passwords,
            ocr=self.ocr,
            on_progress=self._on_progress,
            should_cancel=lambda: self.is_cancelled,
        )
        # the service answers one result per file, in the order given
        return [
            FileOutcome(p, r, self.request_id) for p, r in zip(self.files, results, strict=False)
        ]


class IngestController(QObject):
    """Starts ingest jobs one after another and says how each went."""

    #: the job that now runs
    job_started = Signal(object)
    #: IngestProgress of the running job
    progress = Signal(object)
    #: IngestReport (also after a cancel: what was stored before it)
    finished = Signal(object)
    #: a sentence (the job itself failed, e.g. the request was deleted meanwhile)
    failed = Signal(str)
    #: True while a job runs or waits
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: JobRunner,
        ctx_getter: Callable[[], AppContext],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ctx_getter = ctx_getter
        self.ocr = True
        self.job: IngestJob | None = None
        self.queue: list[IngestJob] = []
        self.last_report: IngestReport | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None or bool(self.queue)

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        request_id: int | None = None,
        passwords: dict[str, str] | None = None,
    ) -> IngestJob | None:
        paths = [Path(p) for p in paths]
        if not paths:
            return None
        job = IngestJob(
            self.ctx_getter(), paths, request_id=request_id, passwords=passwords, ocr=self.ocr
        )
        was_busy = self.busy
        self.queue.append(job)
        if self.job is None:
            self._start_next()
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    def cancel(self) -> None:
        """Stop the running job at a safe point and drop the batches waiting behind it."""
        waiting, self.queue = self.queue, []
        if self.job is not None:
            self.job.cancel()
        elif waiting:
            self.busy_changed.emit(False)

    def _start_next(self) -> None:
        if not self.queue:
            return
        job = self.queue.pop(0)
        self.job = job
        job.signals.ingest_progress.connect(self.progress)
        job.signals.finished.connect(lambda outcomes, j=job: self._ended(j, outcomes, False))
        job.signals.cancelled.connect(lambda j=job: self._ended(j, j.result or [], True))
        job.signals.failed.connect(lambda message, _exc: self.failed.emit(message))
        job.signals.done.connect(lambda j=job: self._done(j))
        self.runner.start(job)
        self.job_started.emit(job)

    def _ended(self, job: IngestJob, outcomes: Any, cancelled: bool) -> None:
        report = IngestReport(list(outcomes or []), cancelled, job.request_id)
        self.last_report = report
        self.finished.emit(report)

    def _done(self, job: IngestJob) -> None:
        if job is not self.job:
            return
        self.job = None
        if self.queue:
            self._start_next()
        else:
            self.busy_changed.emit(False)
