"""Use case: ingest many files as one resumable, cancellable job.

Per file: hash → (duplicate?) → extract text (worker processes, OCR) → analyse → store the bytes
atomically → one transaction for the document, its pages and references → link it to a
request. A document is committed only when all of it is stored, so after a crash or a cancel
running the same ingest again completes what was missing and duplicates nothing. One bad file
is reported as ``failed`` with a sentence and the others carry on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from woo_tracker.ingest.analyse import Analysis, analyse
from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.errors import Cancelled, IngestError
from woo_tracker.ingest.formats import extract
from woo_tracker.ingest.pages import ExtractedDocument
from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import NotFound
from woo_tracker.services.ingest_workers import Prefetcher, pages_for_analysis
from woo_tracker.store.library import sha256_bytes, sha256_of
from woo_tracker.store.models import Document, IngestItem, IngestJob, Page, Reference, Request


@dataclass
class IngestProgress:
    """What a progress bar shows: files, pages of the current file, OCR pages so far."""

    files_done: int = 0
    files_total: int = 0
    pages_done: int = 0
    pages_total: int = 0
    ocr_pages: int = 0
    current: str = ""


@dataclass
class IngestResult:
    """One line of the ``ingest`` JSON contract (DOMAIN.md §5)."""

    file: str
    status: str  # added | duplicate | failed | cancelled
    document_id: int | None = None
    type: str | None = None
    request_id: int | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: what kind of failure (ingest.errors codes, "missing"), so a UI can say it in its language
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"file": self.file, "status": self.status}
        for key in ("document_id", "type", "request_id", "error"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


ProgressFn = Callable[[IngestProgress], None]
CancelFn = Callable[[], bool]
SUPPORTED_SUFFIXES = {".pdf", ".eml", ".docx", ".html", ".htm", ".txt", ".xlsx"}


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders walked (hidden files skipped), in a stable order."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            out.append(path)
    return out


def analysis_payload(analysis: Analysis, needs_ocr_pages: Sequence[int] = ()) -> str:
    """What the document view shows besides the references: questions, inventory, reasons."""
    inventory = analysis.inventory
    return json.dumps(
        {
            "needs_ocr_pages": list(needs_ocr_pages),
            "confidence": analysis.confidence,
            "reasons": list(analysis.reasons),
            "submitted": analysis.submitted,
            "questions": [asdict(q) for q in analysis.questions],
            "inventory": asdict(inventory) if inventory and inventory.rows else None,
        },
        ensure_ascii=False,
        default=str,
    )


class IngestService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- jobs --------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        request_id: int | None = None,
        passwords: dict[str, str] | None = None,
        ocr: bool = True,
        on_progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> list[IngestResult]:
        files = expand(paths)
        if request_id is not None:
            self._check_request(request_id)
        with self.ctx.db.session() as session:
            job = IngestJob(request_id=request_id)
            job.items = [IngestItem(path=str(p.resolve()) if p.exists() else str(p)) for p in files]
            session.add(job)
            session.flush()
            job_id = job.id
        return self.resume(
            job_id,
            passwords=passwords,
            ocr=ocr,
            on_progress=on_progress,
            should_cancel=should_cancel,
        )

    def unfinished_jobs(self) -> list[dict[str, Any]]:
        with self.ctx.db.session() as session:
            jobs = session.scalars(select(IngestJob).where(IngestJob.state != "finished"))
            return [
                {
                    "id": j.id,
                    "started_at": j.started_at.isoformat(),
                    "state": j.state,
                    "pending": sum(1 for i in j.items if i.status == "pending"),
                }
                for j in jobs
            ]

    def resume(
        self,
        job_id: int,
        *,
        passwords: dict[str, str] | None = None,
        ocr: bool = True,
        on_progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> list[IngestResult]:
        """Process the job's pending items; finished ones are reported as they ended."""
        with self.ctx.db.session() as session:
            job = session.get(IngestJob, job_id)
            if job is None:
                raise NotFound(f"There is no ingest job {job_id}.")
            job.state = "running"
            items = [(i.id, i.path, i.status, i.document_id, i.error) for i in job.items]
            request_id = job.request_id
        self.ctx.files.clean_leftovers()  # half-copied files of a run that was killed
        progress = IngestProgress(files_total=len(items))
        results: list[IngestResult] = []
        cancelled = False
        pw = passwords or {}
        prefetch = Prefetcher(os.cpu_count() or 1)
        prefetch.plan(
            [
                (i, p, pw.get(Path(p).name) or pw.get(p), ocr)
                for i, p, st, _, _ in items
                if st == "pending"
            ]
        )
        try:
            cancelled = self._run_items(
                items, request_id, pw, ocr, progress, results, prefetch, on_progress, should_cancel
            )
        finally:
            prefetch.close()
        with self.ctx.db.session() as session:
            job = session.get(IngestJob, job_id)
            assert job is not None
            job.state = "cancelled" if cancelled else "finished"
            job.finished_at = None if cancelled else datetime.now().replace(microsecond=0)
        return results

    def _run_items(
        self,
        items,
        request_id,
        pw,
        ocr,
        progress,
        results,
        prefetch,
        on_progress,  # type: ignore[no-untyped-def]
        should_cancel,
    ) -> bool:
        cancelled = False
        for item_id, path, status, document_id, error in items:
            name = Path(path).name
            if status != "pending":
                results.append(IngestResult(name, status, document_id, error=error))
                progress.files_done += 1
                continue
            if cancelled or (should_cancel and should_cancel()):
                cancelled = True
                results.append(IngestResult(name, "cancelled"))
                continue
            progress.current, progress.pages_done, progress.pages_total = name, 0, 0
            if on_progress:
                on_progress(progress)
            try:
                result = self._ingest_file(
                    Path(path),
                    request_id,
                    pw.get(name) or pw.get(path),
                    ocr,
                    progress,
                    on_progress,
                    should_cancel,
                    prefetch.take(item_id),
                )
            except Cancelled:
                cancelled = True
                results.append(IngestResult(name, "cancelled"))
                continue
            self._finish_item(item_id, result)
            results.append(result)
            progress.files_done += 1
            if on_progress:
                on_progress(progress)
        return cancelled

    def ocr_document(
        self,
        document_id: int,
        *,
        on_progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> IngestResult:
        """Read the pages of a stored document that still need OCR (tesseract installed later).

        The pages are replaced in one transaction (the search index follows by trigger), the
        document is analysed again from all its text, and linking runs again.
        """
        from woo_tracker.ingest.ocr import ocr_pages

        with self.ctx.db.session() as session:
            row = session.get(Document, document_id)
            if row is None:
                raise NotFound(f"There is no document with id {document_id}.")
            name, sha, mime = row.filename, row.sha256, row.mime
            extra = json.loads(row.analysis_json or "{}")
            numbers = extra.get("needs_ocr_pages") or [
                p.number for p in row.pages if p.method == "none"
            ]
        if mime != "application/pdf" or not numbers:
            return IngestResult(name, "unchanged", document_id)
        progress = IngestProgress(files_total=1, current=name)

        def on_page(done: int, total: int) -> None:
            progress.pages_done, progress.pages_total, progress.ocr_pages = done, total, done
            if on_progress:
                on_progress(progress)

        try:
            texts = ocr_pages(self.ctx.files.path_for(sha), numbers, on_page, should_cancel)
        except IngestError as exc:
            return IngestResult(name, "failed", document_id, error=str(exc), code=exc.code)
        with self.ctx.db.session() as session:
            row = session.get(Document, document_id)
            assert row is not None
            for page in row.pages:
                if page.number in texts:
                    page.text, page.margin, page.method = texts[page.number], "", "ocr"
            session.flush()
            pages = [PageInput(p.number, p.text, p.margin) for p in row.pages]
            analysis = analyse(pages, title=row.title)
            row.doc_type, row.type_confidence = analysis.type, analysis.confidence
            row.doc_date = date.fromisoformat(analysis.date) if analysis.date else row.doc_date
            row.title = analysis.title or row.title
            row.ocr_pages = sum(1 for p in row.pages if p.method == "ocr")
            row.needs_ocr = False
            row.analysis_json = analysis_payload(analysis)
            row.references = [
                Reference(kind=r.kind, value=r.value, role=r.role, page=r.page, raw=r.raw or None)
                for r in analysis.references
            ]
            doc_type = row.doc_type
            linked = row.requests[0].id if row.requests else None
        linked = self._link(document_id, linked)
        progress.files_done = 1
        if on_progress:
            on_progress(progress)
        return IngestResult(name, "updated", document_id, doc_type, linked)

    def _finish_item(self, item_id: int, result: IngestResult) -> None:
        with self.ctx.db.session() as session:
            item = session.get(IngestItem, item_id)
            assert item is not None
            item.status, item.document_id, item.error = (
                result.status,
                result.document_id,
                result.error,
            )

    def _check_request(self, request_id: int) -> None:
        with self.ctx.db.session() as session:
            if session.get(Request, request_id) is None:
                raise NotFound(f"There is no request with id {request_id} in this library.")

    # -- one file ----------------------------------------------------------------------------
    def _ingest_file(
        self,
        path: Path,
        request_id: int | None,
        password: str | None,
        ocr: bool,
        progress: IngestProgress,
        on_progress: ProgressFn | None,
        should_cancel: CancelFn | None,
        prefetched: Future[tuple[ExtractedDocument, Analysis]] | None = None,
    ) -> IngestResult:
        name = path.name
        if not path.is_file():
            return IngestResult(
                name, "failed", error=f"“{name}” does not exist or is not a file; check the path.",
                code="missing",
            )
        try:
            sha = sha256_of(path)
        except OSError as exc:
            return IngestResult(
                name,
                "failed",
                error=f"“{name}” cannot be read ({exc.strerror}); check its permissions.",
                code="missing",
            )
        existing = self._existing(sha)
        if existing is not None:
            linked = self._link(existing, request_id)
            return IngestResult(name, "duplicate", existing, self._type_of(existing), linked)

        def on_page(done: int, total: int) -> None:
            progress.pages_done, progress.pages_total = done, total
            if on_progress:
                on_progress(progress)

        analysis: Analysis | None = None
        try:
            if prefetched is not None and not prefetched.cancelled():
                doc, analysis = prefetched.result()
                on_page(len(doc.pages), len(doc.pages))
            else:
                doc = extract(
                    path, password=password, ocr=ocr, on_page=on_page, should_cancel=should_cancel
                )
        except IngestError as exc:
            return IngestResult(name, "failed", error=str(exc), code=exc.code)
        except Cancelled:
            raise
        except Exception as exc:  # a file must never stop the job
            return IngestResult(
                name,
                "failed",
                error=f"“{name}” could not be read ({type(exc).__name__}: {exc}); "
                "please report this file.",
            )
        progress.ocr_pages += doc.ocr_pages
        if should_cancel and should_cancel():
            raise Cancelled()
        document_id, doc_type = self._store(path, sha, doc, None, analysis=analysis)
        for attachment in doc.attachments:
            self._store_attachment(attachment, document_id)
        linked = self._link(document_id, request_id)
        return IngestResult(
            name, "added", document_id, doc_type, linked, warnings=list(doc.warnings)
        )

    def _existing(self, sha: str) -> int | None:
        with self.ctx.db.session() as session:
            return session.scalar(select(Document.id).where(Document.sha256 == sha))

    def _type_of(self, document_id: int) -> str | None:
        with self.ctx.db.session() as session:
            doc = session.get(Document, document_id)
            return doc.doc_type if doc else None

    def _store(
        self,
        path: Path | None,
        sha: str,
        doc: ExtractedDocument,
        parent_id: int | None,
        data: bytes | None = None,
        filename: str | None = None,
        analysis: Analysis | None = None,
    ) -> tuple[int, str]:
        analysis = analysis or analyse(pages_for_analysis(doc), title=doc.title)
        was_there = self.ctx.files.has(sha)
        if data is not None:
            self.ctx.files.put_bytes(data)
        else:
            assert path is not None
            self.ctx.files.put_file(path, sha)
        try:
            with self.ctx.db.session() as session:
                row = Document(
                    sha256=sha,
                    filename=filename or (path.name if path else "attachment"),
                    size=len(data) if data is not None else path.stat().st_size,  # type: ignore[union-attr]
                    mime=doc.mime,
                    title=analysis.title or doc.title,
                    doc_type=analysis.type,
                    type_confidence=analysis.confidence,
                    doc_date=date.fromisoformat(analysis.date) if analysis.date else None,
                    page_count=len(doc.pages),
                    ocr_pages=doc.ocr_pages,
                    needs_ocr=doc.needs_ocr,
                    parent_id=parent_id,
                    analysis_json=analysis_payload(analysis, doc.needs_ocr_pages),
                )
                session.add(row)
                session.flush()
                # Core inserts: a 2 000-page document is one executemany, not 2 000 ORM objects.
                session.execute(
                    insert(Page),
                    [
                        {
                            "document_id": row.id,
                            "number": p.number,
                            "text": p.body if p.margin else p.text,
                            "margin": p.margin,
                            "method": p.method,
                        }
                        for p in doc.pages
                    ],
                )
                if analysis.references:
                    session.execute(
                        insert(Reference),
                        [
                            {
                                "document_id": row.id,
                                "kind": r.kind,
                                "value": r.value,
                                "role": r.role,
                                "page": r.page,
                                "raw": r.raw or None,
                            }
                            for r in analysis.references
                        ],
                    )
                return row.id, row.doc_type
        except BaseException:
            if not was_there:  # the transaction failed: leave no file without its row
                self.ctx.files.remove(sha)
            raise

    def _store_attachment(self, attachment, parent_id: int) -> None:  # type: ignore[no-untyped-def]
        import tempfile

        sha = sha256_bytes(attachment.data)
        if self._existing(sha) is not None:
            return
        suffix = Path(attachment.name).suffix or ".bin"
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp) / f"attachment{suffix}"
            tmp_path.write_bytes(attachment.data)
            try:
                doc = extract(tmp_path)
            except IngestError:
                return  # the mail itself is stored; an unreadable attachment is not fatal
        self._store(None, sha, doc, parent_id, data=attachment.data, filename=attachment.name)

    def _link(self, document_id: int, request_id: int | None) -> int | None:
        from woo_tracker.services.linking import LinkingService

        return LinkingService(self.ctx).link_document(document_id, request_id)
