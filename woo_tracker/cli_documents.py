"""CLI commands on documents: ingest, extract, search, verify, inbox (DOMAIN.md §5)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def _ctx(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from woo_tracker.services.context import open_library

    return open_library(args.library, args.database)


def _emit(args: argparse.Namespace, data: Any, human) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.cli import _emit as emit

    emit(args, data, human)


class TerminalProgress:
    """A one-line progress bar on stderr, only when stderr is a terminal (never in pipes/JSON)."""

    def __init__(self, stream=None) -> None:  # type: ignore[no-untyped-def]
        self.stream = stream or sys.stderr  # looked up now: tests and tools swap sys.stderr
        self.enabled = bool(self.stream is not None and self.stream.isatty())

    def __call__(self, p) -> None:  # type: ignore[no-untyped-def]
        if not self.enabled:
            return
        width = 24
        share = p.files_done / p.files_total if p.files_total else 1
        bar = "#" * int(share * width)
        pages = f" page {p.pages_done}/{p.pages_total}" if p.pages_total else ""
        ocr = f", {p.ocr_pages} OCR" if p.ocr_pages else ""
        line = f"\r[{bar:<{width}}] {p.files_done}/{p.files_total} files{pages}{ocr}  {p.current[:40]}"
        self.stream.write(line.ljust(100))
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    from woo_tracker.services.ingest import IngestService

    service = IngestService(_ctx(args))
    passwords = {Path(f).name: args.password for f in args.files} if args.password else None
    progress = TerminalProgress()
    try:
        if args.resume:
            jobs = service.unfinished_jobs()
            results = [r for job in jobs for r in service.resume(job["id"], on_progress=progress)]
        else:
            results = service.ingest(args.files, request_id=args.request, passwords=passwords,
                                     ocr=not args.no_ocr, on_progress=progress)
    finally:
        progress.close()

    def human(rows: list[dict[str, Any]]) -> str:
        lines = []
        for r in rows:
            extra = f" → request #{r['request_id']}" if r.get("request_id") else ""
            what = f"#{r['document_id']} {r.get('type') or ''}" if r.get("document_id") else ""
            lines.append(f"{r['status']:<9} {r['file']} {what}{extra}" + (f"\n          {r['error']}" if r.get("error") else ""))
        return "\n".join(lines) or "Nothing to ingest."

    for r in results:
        for w in r.warnings:
            print(f"warning: {r.file}: {w}", file=sys.stderr)
    _emit(args, [r.to_json() for r in results], human)
    return 1 if any(r.status == "failed" for r in results) else 0


def cmd_ocr(args: argparse.Namespace) -> int:
    from woo_tracker.services.documents import DocumentService
    from woo_tracker.services.ingest import IngestService

    ctx = _ctx(args)
    ids = args.documents or [d["id"] for d in DocumentService(ctx).list() if d["needs_ocr"]]
    service, progress = IngestService(ctx), TerminalProgress()
    try:
        results = [service.ocr_document(i, on_progress=progress) for i in ids]
    finally:
        progress.close()
    _emit(args, [r.to_json() for r in results],
          lambda rows: "\n".join(f"{r['status']:<9} #{r['document_id']} {r['file']}" + (f"\n          {r['error']}" if r.get("error") else "")
                                 for r in rows) or "No document needs OCR.")
    return 1 if any(r.status == "failed" for r in results) else 0


def cmd_extract(args: argparse.Namespace) -> None:
    from woo_tracker.services.documents import extract_file

    path = Path(args.file)
    if not path.is_file():
        from woo_tracker.cli import UserError

        raise UserError(f"“{args.file}” does not exist or is not a file; check the path.")
    data = extract_file(path, password=args.password, ocr=not args.no_ocr)

    def human(d: dict[str, Any]) -> str:
        lines = [f"type: {d['type']}", f"title: {d['title']}", f"date: {d['date']}",
                 f"pages: {d['pages']} ({d['ocr_pages']} by OCR)"]
        lines += [f"  {r['kind']:<12} {r['value']}" + (f" ({r['role']})" if r.get("role") else "") + f"  p.{r['page']}"
                  for r in d["references"]]
        lines += [f"  Vraag {q['number']}: {q['question'][:90]}" for q in d["questions"]]
        return "\n".join(lines)

    _emit(args, data, human)


def cmd_search(args: argparse.Namespace) -> None:
    from woo_tracker.services.documents import DocumentService

    hits = DocumentService(_ctx(args)).search(args.query, limit=args.limit, request_id=args.request,
                                              doc_type=args.type)
    _emit(args, [h.to_json() for h in hits],
          lambda rows: "\n".join(f"#{h['document_id']} p.{h['page']}  {h['title']}\n    {h['snippet']}" for h in rows)
          or "No matches.")


def cmd_verify(args: argparse.Namespace) -> int:
    from woo_tracker.services.documents import DocumentService

    report = DocumentService(_ctx(args)).verify()
    _emit(args, report.to_json(),
          lambda d: (f"OK: {d['documents']} documents, {d['pages']} pages." if d["ok"] else
                     "Problems found:\n" + "\n".join(f"  - {p}" for p in d["problems"])))
    return 0 if report.ok else 1


def cmd_inbox(args: argparse.Namespace) -> None:
    from woo_tracker.services.linking import LinkingService

    service = LinkingService(_ctx(args))
    if args.accept is not None:
        data: Any = service.accept(args.accept)
    elif args.reject is not None:
        service.reject(args.reject)
        data = {"rejected": args.reject}
    elif args.link:
        data = service.link(args.link[0], args.link[1])
    elif args.create is not None:
        data = {"document_id": args.create, "request_id": service.create_request(args.create)}
    else:
        data = service.inbox()

    def human(d: Any) -> str:
        if isinstance(d, dict):
            return ", ".join(f"{k} {v}" for k, v in d.items())
        lines = []
        for doc in d:
            lines.append(f"#{doc['document_id']} {doc['type']:<20} {doc['title']}")
            lines += [f"    suggestion {s['id']}: request #{s['request_id']} {s['request_title']} ({s['reason']})"
                      for s in doc["suggestions"]]
        return "\n".join(lines) or "The inbox is empty."

    _emit(args, data, human)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    ing = sub.add_parser("ingest", help="store documents, read their text and file them", parents=[common])
    ing.add_argument("files", nargs="*", help="files or folders")
    ing.add_argument("--request", type=int, help="file them with this request")
    ing.add_argument("--password", help="password of an encrypted PDF")
    ing.add_argument("--no-ocr", action="store_true", help="do not OCR pages without text (mark them 'needs OCR')")
    ing.add_argument("--resume", action="store_true", help="finish ingest jobs that were cancelled or interrupted")
    ing.set_defaults(func=cmd_ingest)

    oc = sub.add_parser("ocr", help="read stored pages that still need OCR (e.g. after installing tesseract)",
                        parents=[common])
    oc.add_argument("documents", nargs="*", type=int, help="document ids (default: every document that needs OCR)")
    oc.set_defaults(func=cmd_ocr)

    ext = sub.add_parser("extract", help="analyse one file without storing it", parents=[common])
    ext.add_argument("file")
    ext.add_argument("--password")
    ext.add_argument("--no-ocr", action="store_true")
    ext.set_defaults(func=cmd_extract)

    se = sub.add_parser("search", help="full-text search over all documents", parents=[common])
    se.add_argument("query", help='words, "a phrase", OR, -exclude, prefix*')
    se.add_argument("--limit", type=int, default=20)
    se.add_argument("--request", type=int, help="only documents of this request")
    se.add_argument("--type", help="only documents of this type")
    se.set_defaults(func=cmd_search)

    ve = sub.add_parser("verify", help="check the database and every stored file", parents=[common])
    ve.set_defaults(func=cmd_verify)

    ib = sub.add_parser("inbox", help="documents not yet filed with a request, and suggestions", parents=[common])
    ib.add_argument("--accept", type=int, metavar="SUGGESTION")
    ib.add_argument("--reject", type=int, metavar="SUGGESTION")
    ib.add_argument("--link", type=int, nargs=2, metavar=("DOCUMENT", "REQUEST"))
    ib.add_argument("--create", type=int, metavar="DOCUMENT", help="create a request from this document")
    ib.set_defaults(func=cmd_inbox)
