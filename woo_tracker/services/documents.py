"""Use cases on stored documents: read one, search them all, analyse a file, verify the library."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from woo_tracker.domain.dates import iso
from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import NotFound, ValidationError
from woo_tracker.services.ingest_workers import read_and_analyse
from woo_tracker.store import search as fts
from woo_tracker.store.models import Document, Page


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    documents: int
    pages: int
    problems: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "documents": self.documents, "pages": self.pages, "problems": self.problems}


def extract_file(path: Path, *, password: str | None = None, ocr: bool = True) -> dict[str, Any]:
    """The ``extract`` command: the full analysis of one file, storing nothing."""
    doc, analysis = read_and_analyse(str(path), password, ocr)
    data = analysis.to_extract_json(len(doc.pages), doc.ocr_pages)
    if doc.needs_ocr_pages:
        data["needs_ocr_pages"] = doc.needs_ocr_pages
    if doc.warnings:
        data["warnings"] = doc.warnings
    return data


class DocumentService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        request_id: int | None = None,
        doc_type: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[fts.SearchHit]:
        if limit < 1:
            raise ValidationError("The limit must be at least 1.")
        with self.ctx.db.session() as session:
            try:
                return fts.search(session, query, limit=limit, request_id=request_id, doc_type=doc_type,
                                  date_from=date_from, date_to=date_to)
            except fts.SearchQueryError as exc:
                raise ValidationError(str(exc), "query") from None

    def get(self, document_id: int) -> dict[str, Any]:
        with self.ctx.db.session() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise NotFound(f"There is no document with id {document_id}.")
            extra = json.loads(doc.analysis_json) if doc.analysis_json else {}
            return {
                "id": doc.id, "title": doc.title, "filename": doc.filename, "type": doc.doc_type,
                "mime": doc.mime, "size": doc.size, "sha256": doc.sha256, "date": iso(doc.doc_date),
                "ingested_at": doc.ingested_at.isoformat(), "pages": doc.page_count,
                "ocr_pages": doc.ocr_pages, "needs_ocr": doc.needs_ocr, "parent_id": doc.parent_id,
                "requests": [{"id": r.id, "title": r.title, "number": r.number} for r in doc.requests],
                "references": [
                    {"kind": r.kind, "value": r.value, "role": r.role, "page": r.page, "raw": r.raw}
                    for r in sorted(doc.references, key=lambda r: (r.page or 0, r.kind))
                ],
                "questions": extra.get("questions", []),
                "inventory": extra.get("inventory"),
                "reasons": extra.get("reasons", []),
                "path": str(self.ctx.files.path_for(doc.sha256)),
            }

    def page_texts(self, document_id: int) -> list[dict[str, Any]]:
        with self.ctx.db.session() as session:
            rows = session.execute(
                select(Page.number, Page.text, Page.margin, Page.method)
                .where(Page.document_id == document_id).order_by(Page.number)
            )
            return [{"number": n, "text": t, "margin": m, "method": meth} for n, t, m, meth in rows]

    def render_page(self, document_id: int, page: int, dpi: float = 110) -> dict[str, Any]:
        """Page ``page`` (1-based) of a stored PDF as an 8-bit grey image for a viewer:
        ``{"width", "height", "dpi", "data"}`` with ``width`` bytes per row, no padding."""
        from woo_tracker.ingest.errors import IngestError
        from woo_tracker.ingest.pdf import render_page

        with self.ctx.db.session() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise NotFound(f"There is no document with id {document_id}.")
            mime, pages, sha = doc.mime, doc.page_count, doc.sha256
        if mime != "application/pdf":
            raise ValidationError("Only PDF documents have page images; read the text beside it.", "page")
        if not 1 <= page <= pages:
            raise ValidationError(f"The document has pages 1 to {pages}; page {page} does not exist.", "page")
        if not 10 <= dpi <= 600:
            raise ValidationError("The resolution must lie between 10 and 600 dpi.", "dpi")
        path = self.ctx.files.path_for(sha)
        if not path.is_file():
            raise NotFound(f"The stored file of document {document_id} is missing; ingest the original again.")
        try:
            image = render_page(path, page, dpi)
        except IngestError as exc:
            raise ValidationError(f"The page cannot be shown: {exc}", "page") from None
        return {"width": image.width, "height": image.height, "dpi": image.dpi, "data": image.data}

    def files_of(self, document_ids: list[int]) -> dict[int, dict[str, Any]]:
        """File name and OCR facts of several documents in one query (to tell apart search hits
        of a scan and its original, which share a title)."""
        if not document_ids:
            return {}
        with self.ctx.db.session() as session:
            rows = session.execute(
                select(Document.id, Document.filename, Document.ocr_pages, Document.needs_ocr)
                .where(Document.id.in_(set(document_ids)))
            )
            return {i: {"filename": f, "ocr_pages": o, "needs_ocr": n} for i, f, o, n in rows}

    def stored_path(self, document_id: int) -> Path:
        with self.ctx.db.session() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise NotFound(f"There is no document with id {document_id}.")
            return self.ctx.files.path_for(doc.sha256)

    def list(self, *, doc_type: str | None = None) -> list[dict[str, Any]]:
        with self.ctx.db.session() as session:
            q = select(Document).order_by(Document.id)
            if doc_type:
                q = q.where(Document.doc_type == doc_type)
            return [
                {"id": d.id, "title": d.title or d.filename, "filename": d.filename, "type": d.doc_type,
                 "date": iso(d.doc_date), "pages": d.page_count, "needs_ocr": d.needs_ocr,
                 "requests": [r.id for r in d.requests]}
                for d in session.scalars(q)
            ]

    def verify(self) -> VerifyReport:
        """Database integrity, every stored file present and unaltered, nothing orphaned."""
        problems: list[str] = []
        with self.ctx.db.session() as session:
            if session.get_bind().dialect.name == "sqlite":
                result = session.execute(text("PRAGMA integrity_check")).scalar()
                if result != "ok":
                    problems.append(f"The database reports damage: {result}.")
                for row in session.execute(text("PRAGMA foreign_key_check")):
                    problems.append(f"Table {row[0]} row {row[1]} points at a missing {row[2]} row.")
            docs = session.execute(select(Document.id, Document.sha256, Document.filename, Document.page_count)).all()
            page_counts = dict(session.execute(select(Page.document_id, func.count(Page.id)).group_by(Page.document_id)).all())
            pages = sum(page_counts.values())
        known = set()
        for doc_id, sha, name, page_count in docs:
            known.add(sha)
            path = self.ctx.files.path_for(sha)
            if not path.is_file():
                problems.append(f"Document {doc_id} ({name}): its stored file is missing; ingest the file again.")
            elif not self.ctx.files.is_intact(sha):
                problems.append(f"Document {doc_id} ({name}): its stored file was altered; ingest the original again.")
            if page_counts.get(doc_id, 0) != page_count:
                problems.append(f"Document {doc_id} ({name}): {page_counts.get(doc_id, 0)} pages stored of {page_count}.")
        for sha in self.ctx.files.stored_hashes():
            if sha not in known:
                problems.append(f"Stored file {sha[:12]}… belongs to no document (left by an interrupted ingest).")
        for leftover in self.ctx.files.leftovers():
            problems.append(f"Unfinished temporary file {leftover.name} (left by an interrupted ingest).")
        return VerifyReport(ok=not problems, documents=len(docs), pages=pages, problems=problems)
