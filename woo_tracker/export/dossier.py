"""A dossier of one request as a zip: its documents, its data as JSON/CSV, and an index.html.

Layout inside the zip (everything under one folder so "extract here" stays tidy)::

    request-12/index.html          what is in here, with links
    request-12/request.json        overview row, timeline, deadlines, documents, references
    request-12/overview.csv        the request's line of the status overview
    request-12/timeline.csv        events and deadlines in date order
    request-12/references.csv      references found in its documents
    request-12/documents/…         the documents under their original (sanitised) names
"""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from woo_tracker.export.data import (
    COLUMNS,
    DocumentItem,
    Progress,
    RequestDetail,
    deadline_label,
    kind_label,
    row_values,
    status_label,
)
from woo_tracker.export.html_report import CSS, timeline_html, timeline_items
from woo_tracker.export.safety import atomic_path, safe_member
from woo_tracker.export.tabular import write_table_csv


@dataclass(frozen=True)
class DossierResult:
    files: int  # entries written into the zip
    documents: int  # documents included
    missing: tuple[str, ...] = ()  # documents whose stored file is gone


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def request_json(detail: RequestDetail, names: dict[int, str | None]) -> dict[str, Any]:
    row = dataclasses.asdict(detail.row)
    row.update(
        overdue=detail.row.overdue,
        days_to_answer=detail.row.days_to_answer,
        answered_late=detail.row.answered_late,
    )
    return _jsonable(
        {
            "request": row,
            "notes": detail.notes,
            "events": [dataclasses.asdict(e) for e in detail.events],
            "deadlines": [
                {
                    "key": d.key,
                    "label": deadline_label(d.key),
                    "start": d.start,
                    "due": d.due,
                    "computed_due": d.computed_due,
                    "basis": d.basis,
                    "override_reason": d.override_reason,
                }
                for d in detail.deadlines
            ],
            "documents": [
                {
                    "id": d.id,
                    "filename": d.filename,
                    "title": d.title,
                    "type": d.doc_type,
                    "date": d.doc_date,
                    "pages": d.pages,
                    "sha256": d.sha256,
                    "path_in_dossier": names.get(d.id),
                }
                for d in detail.documents
            ],
            "references": [dataclasses.asdict(r) for r in detail.references],
            "generator": "woo-tracker",
        }
    )


def _csv(headers: list[str], rows: list[list[object]]) -> bytes:
    buf = io.StringIO(newline="")
    write_table_csv(buf, headers, rows)
    return buf.getvalue().encode("utf-8-sig")


def _facts_table(detail: RequestDetail) -> str:
    """The overview row as label / value pairs (one request reads better downwards)."""
    rows = []
    for (_, header), value in zip(COLUMNS, row_values(detail.row), strict=True):
        if value is None or value == "":
            continue
        text = value.isoformat() if isinstance(value, date) else str(value)
        rows.append(f"<tr><th scope=row>{escape(header)}</th><td>{escape(text)}</td></tr>")
    return '<table class="facts" style="width:auto">' + "".join(rows) + "</table>"


def index_html(detail: RequestDetail, names: dict[int, str | None], root: str) -> str:
    r = detail.row
    title = f"Dossier #{r.id} [{kind_label(r.kind)}] {r.title}"
    e = escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">{e(status_label(r.status))}'
        + (f" · due {e(r.due.isoformat())}" if r.due and not r.finished else "")
        + (f" · answer received {e(r.answered_on.isoformat())}" if r.answered_on else "")
        + (f" · <b>{r.overdue_days} days overdue</b>" if r.overdue else "")
        + "</p>",
        "<h2>Overview</h2>",
        _facts_table(detail),
    ]
    if detail.notes:
        out.append(f'<p class="note">{e(detail.notes)}</p>')
    out += ["<h2>Timeline</h2>", timeline_html(detail), "<h2>Documents</h2>"]
    if detail.documents:
        out.append("<ul>")
        for doc in detail.documents:
            member = names.get(doc.id)
            label = e(doc.title or doc.filename)
            meta = e(
                ", ".join(x for x in (doc.doc_type, doc.doc_date and doc.doc_date.isoformat()) if x)
            )
            if member:
                href = quote(member[len(root) + 1 :])
                out.append(
                    f'<li><a href="{e(href)}">{label}</a> <span class=muted>'
                    f"{e(member.rsplit('/', 1)[-1])} · {meta}</span></li>"
                )
            else:
                out.append(
                    f"<li>{label} <span class=muted>— the stored file is missing "
                    "from the library (run verify)</span></li>"
                )
        out.append("</ul>")
    else:
        out.append('<p class="muted">No documents filed with this request.</p>')
    if detail.references:
        out.append(
            "<h2>References</h2><table><thead><tr><th>Kind</th><th>Value</th>"
            "<th>Role</th><th>Page</th></tr></thead><tbody>"
        )
        for ref in detail.references:
            cells = (ref.kind, ref.value, ref.role or "", "" if ref.page is None else ref.page)
            out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in cells) + "</tr>")
        out.append("</tbody></table>")
    out.append(
        '<h2>Data</h2><ul><li><a href="request.json">request.json</a></li>'
        '<li><a href="overview.csv">overview.csv</a></li>'
        '<li><a href="timeline.csv">timeline.csv</a></li>'
        '<li><a href="references.csv">references.csv</a></li></ul>'
    )
    out.append("</body></html>")
    return "\n".join(out)


def write_dossier(
    detail: RequestDetail, output: Path, *, progress: Progress | None = None
) -> DossierResult:
    root = f"request-{detail.row.id}"
    taken: set[str] = {
        "index.html",
        "request.json",
        "overview.csv",
        "timeline.csv",
        "references.csv",
    }
    names: dict[int, str | None] = {}
    present: list[tuple[DocumentItem, str]] = []
    missing: list[str] = []
    doc_taken: set[str] = set()
    for doc in detail.documents:
        if doc.source and Path(doc.source).is_file():
            member = f"{root}/{safe_member('documents', doc.filename, doc_taken)}"
            names[doc.id] = member
            present.append((doc, member))
        else:
            names[doc.id] = None
            missing.append(doc.filename)
    total = len(present) + 1
    files = 0
    with atomic_path(output) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (doc, member) in enumerate(present, 1):
            if progress:
                progress(i - 1, total, doc.filename)
            zf.write(doc.source, member)  # type: ignore[arg-type]
            files += 1
        timeline = [[when, what, text, extra] for when, what, text, extra in timeline_items(detail)]
        refs = [[r.kind, r.value, r.role, r.page, r.document_id] for r in detail.references]
        entries = {
            "index.html": index_html(detail, names, root).encode("utf-8"),
            "request.json": json.dumps(
                request_json(detail, names), ensure_ascii=False, indent=2
            ).encode("utf-8"),
            "overview.csv": _csv([h for _, h in COLUMNS], [row_values(detail.row)]),
            "timeline.csv": _csv(["Date", "Kind", "What", "Details"], timeline),
            "references.csv": _csv(["Kind", "Value", "Role", "Page", "Document"], refs),
        }
        for name, data in entries.items():
            assert name in taken
            zf.writestr(f"{root}/{name}", data)
            files += 1
        if progress:
            progress(total, total, "")
    return DossierResult(files=files, documents=len(present), missing=tuple(missing))
