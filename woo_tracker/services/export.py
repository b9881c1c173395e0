"""Export use case: gather the overview from the library, hand it to a writer in woo_tracker.export.

One read-only session collects plain dataclasses (export.data); the writers never see the
database. Every writer writes to a temporary file next to the target and renames it when done, so
a failed or cancelled export leaves the target as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from woo_tracker.domain import kinds
from woo_tracker.domain import status as st
from woo_tracker.export.data import (
    DeadlineItem,
    DocumentItem,
    OverviewRow,
    Progress,
    ReferenceItem,
    Report,
    RequestDetail,
    TimelineEvent,
    summarise,
)
from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import NotFound, ServiceError, ValidationError
from woo_tracker.services.requests import row_of
from woo_tracker.store.models import Document, Investigation, Request

FORMATS: tuple[str, ...] = ("csv", "xlsx", "html", "pdf", "ics", "zip")
EXTENSIONS = {f: f".{f}" for f in FORMATS}
#: What the count in the result means for each format.
COUNT_KEY = {
    "csv": "rows",
    "xlsx": "rows",
    "html": "rows",
    "pdf": "rows",
    "ics": "events",
    "zip": "files",
}

#: The deadline an answer/besluit is measured against, most specific first.
ANSWER_KEYS = {
    kinds.WOO: (st.VERDAGING, st.BESLISTERMIJN),
    kinds.WOB: (st.VERDAGING, st.BESLISTERMIJN),
    kinds.KAMERVRAGEN: (st.ANTWOORDTERMIJN_UITSTEL, st.ANTWOORDTERMIJN),
}
#: Deadlines that no longer matter once one of these events is on the timeline.
MET_BY = {
    st.BESLISTERMIJN: {"decided", "withdrawn", "closed"},
    st.VERDAGING: {"decided", "withdrawn", "closed"},
    st.BEROEP_NIET_TIJDIG: {"decided", "withdrawn", "closed", "appeal_filed"},
    st.ANTWOORDTERMIJN: {"answered", "withdrawn", "closed"},
    st.ANTWOORDTERMIJN_UITSTEL: {"answered", "withdrawn", "closed"},
    st.BEZWAARTERMIJN: {"objection_filed", "withdrawn", "closed"},
    st.BESLISSING_OP_BEZWAAR: {"objection_decided", "withdrawn", "closed"},
    st.BESLISSING_OP_BEZWAAR_VERDAGING: {"objection_decided", "withdrawn", "closed"},
    st.BEROEPSTERMIJN: {"appeal_filed", "withdrawn", "closed"},
}


class ExportCancelled(ServiceError):
    """The user stopped the export; nothing was written."""


def _effective(d: Any) -> date:
    return d.override_due or d.due


def _answer(req: Request) -> tuple[date | None, date | None]:
    """(the day the besluit/antwoorden came, the term it was due by)."""
    finishing = "answered" if req.kind == kinds.KAMERVRAGEN else "decided"
    answered_on = min((e.date for e in req.events if e.type == finishing), default=None)
    by_key = {d.key: d for d in req.deadlines}
    due = next((_effective(by_key[k]) for k in ANSWER_KEYS.get(req.kind, ()) if k in by_key), None)
    return answered_on, due


def _overview_row(req: Request, today: date) -> OverviewRow:
    base = row_of(req, today)
    answered_on, answer_due = _answer(req)
    last = max(req.events, key=lambda e: (e.date, e.id or 0), default=None)
    return OverviewRow(
        id=req.id,
        kind=req.kind,
        title=req.title,
        number=req.number,
        organisation=base.organisation,
        investigation=base.investigation,
        requester=base.requester,
        submitted=req.submitted,
        received=req.received,
        status=req.status,
        finished=req.status in kinds.FINISHED_STATUSES,
        due=req.due,
        overdue_days=(today - req.due).days if base.overdue and req.due else None,
        days_open=base.days_open,
        answered_on=answered_on,
        answer_due=answer_due,
        documents=len(req.documents),
        last_event=last.type if last else None,
        last_event_date=last.date if last else None,
    )


def _deadline_items(req: Request) -> tuple[DeadlineItem, ...]:
    items = [
        DeadlineItem(
            request_id=req.id,
            key=d.key,
            start=d.start,
            due=_effective(d),
            computed_due=d.due,
            basis=d.basis,
            override_reason=d.override_reason,
            request_title=req.title,
            request_number=req.number,
            request_kind=req.kind,
            organisation=req.organisation.name if req.organisation else None,
            status=req.status,
            last_modified=req.updated_at,
        )
        for d in req.deadlines
    ]
    return tuple(sorted(items, key=lambda d: (d.due, d.key)))


def _is_pending(item: DeadlineItem, req: Request) -> bool:
    """A deadline still to be met: nothing on the timeline has answered it yet."""
    if req.status in ("withdrawn", "closed"):
        return False
    done = MET_BY.get(item.key, set())
    return not any(e.type in done for e in req.events)


def _detail(req: Request, today: date, files: Any) -> RequestDetail:
    docs = sorted(req.documents, key=lambda d: d.id)
    return RequestDetail(
        row=_overview_row(req, today),
        events=tuple(
            TimelineEvent(e.date, e.type, e.note)
            for e in sorted(req.events, key=lambda e: (e.date, e.id or 0))
        ),
        deadlines=_deadline_items(req),
        documents=tuple(
            DocumentItem(
                id=d.id,
                filename=d.filename,
                title=d.title,
                doc_type=d.doc_type,
                doc_date=d.doc_date,
                pages=d.page_count,
                sha256=d.sha256,
                source=str(files.path_for(d.sha256)) if files.has(d.sha256) else None,
            )
            for d in docs
        ),
        references=tuple(
            ReferenceItem(r.kind, r.value, r.role, r.page, d.id)
            for d in docs
            for r in sorted(d.references, key=lambda r: (r.page or 0, r.kind, r.value))
        ),
        notes=req.notes,
    )


class ExportService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- checks ------------------------------------------------------------------------------
    @staticmethod
    def check_format(fmt: str) -> str:
        value = (fmt or "").strip().lower().lstrip(".")
        value = {"excel": "xlsx", "ical": "ics", "icalendar": "ics", "dossier": "zip"}.get(
            value, value
        )
        if value not in FORMATS:
            raise ValidationError(
                f"'{fmt}' is not an export format; use one of {', '.join(FORMATS)}.", "format"
            )
        return value

    @staticmethod
    def check_output(output: str | Path) -> Path:
        if not str(output or "").strip():
            raise ValidationError("Say where the export goes with --output PATH.", "output")
        path = Path(output).expanduser()
        if path.is_dir():
            raise ValidationError(
                f"“{path}” is a folder; give a file name inside it, e.g. {path / 'overview.xlsx'}.",
                "output",
            )
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise ValidationError(
                f"The folder “{parent}” does not exist; create it or choose another place.",
                "output",
            )
        return path.absolute()

    @staticmethod
    def check_separator(separator: str) -> str:
        from woo_tracker.export.tabular import SEPARATORS

        sep = SEPARATORS.get(separator or ",")
        if sep is None:
            raise ValidationError(
                f"'{separator}' cannot separate CSV columns; use ',' or ';' (or 'tab').",
                "separator",
            )
        return sep

    @classmethod
    def validate(
        cls, fmt: str, output: str | Path, *, request_id: int | None = None, separator: str = ","
    ) -> tuple[str, Path, str]:
        """Check the arguments before anything is opened: (format, absolute path, separator)."""
        fmt = cls.check_format(fmt)
        path = cls.check_output(output)
        sep = cls.check_separator(separator) if fmt == "csv" else ","
        if fmt == "zip" and request_id is None:
            raise ValidationError(
                "A dossier is made of one request; say which with --request ID.", "request"
            )
        return fmt, path, sep

    # -- gathering ---------------------------------------------------------------------------
    def _requests(
        self, session: Any, request_id: int | None, investigation: str | None
    ) -> list[Request]:
        q = (
            select(Request)
            .options(
                selectinload(Request.organisation),
                selectinload(Request.investigation),
                selectinload(Request.requester),
                selectinload(Request.events),
                selectinload(Request.deadlines),
                selectinload(Request.documents).selectinload(Document.references),
            )
            .order_by(Request.id)
        )
        if request_id is not None:
            q = q.where(Request.id == request_id)
        if investigation is not None:
            name = investigation.strip()
            inv = session.scalar(select(Investigation).where(Investigation.name == name))
            if inv is None:
                known = list(
                    session.scalars(select(Investigation.name).order_by(Investigation.name))
                )
                hint = f" Known: {', '.join(known)}." if known else " This library has none yet."
                raise NotFound(f"There is no investigation called “{name}”.{hint}")
            q = q.where(Request.investigation_id == inv.id)
        found = list(session.scalars(q))
        if request_id is not None and not found:
            raise NotFound(f"There is no request with id {request_id} in this library.")
        return found

    def _scope(
        self, request_id: int | None, investigation: str | None, reqs: list[Request]
    ) -> tuple[str, str]:
        if request_id is not None and reqs:
            return f"Request #{request_id}: {reqs[0].title}", f"Request #{request_id}"
        if investigation:
            return (
                f"Investigation: {investigation.strip()}",
                f"Investigation “{investigation.strip()}”",
            )
        return "Status overview", "All requests"

    # -- the use case ------------------------------------------------------------------------
    def export(
        self,
        fmt: str,
        output: str | Path,
        *,
        request_id: int | None = None,
        investigation: str | None = None,
        separator: str = ",",
        on_progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> dict[str, Any]:
        """Write one export; returns ``{"format", "output", "rows"|"events"|"files"}``."""
        fmt, path, sep = self.validate(fmt, output, request_id=request_id, separator=separator)
        if investigation is not None and not investigation.strip():
            investigation = None

        def progress(done: int, total: int, message: str = "") -> None:
            if should_cancel is not None and should_cancel():
                raise ExportCancelled("The export was cancelled; nothing was written.")
            if on_progress is not None:
                on_progress(done, total, message)

        today = self.ctx.today()
        progress(0, 0, "Reading the library")
        with self.ctx.db.session() as session:
            reqs = self._requests(session, request_id, investigation)
            title, scope = self._scope(request_id, investigation, reqs)
            rows = [_overview_row(r, today) for r in reqs]
            details: list[RequestDetail] = []
            deadlines: list[DeadlineItem] = []
            if fmt in ("html", "pdf", "zip"):
                details = [_detail(r, today, self.ctx.files) for r in reqs]
            if fmt == "ics":
                for r in reqs:
                    deadlines += [
                        d for d in _deadline_items(r) if d.due >= today and _is_pending(d, r)
                    ]
            session.rollback()  # read only: leave nothing for the commit
        progress(0, 0, "Writing")
        try:
            result = self._write(
                fmt, path, rows, details, deadlines, title, scope, today, sep, progress
            )
        except ServiceError:
            raise
        except PermissionError:
            raise ServiceError(
                f"Cannot write to “{path}”: permission denied; choose another folder."
            ) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ServiceError(
                f"Cannot write “{path}”: {reason}; check the folder and the free space, "
                "or choose another place."
            ) from None
        if on_progress is not None:  # written: too late to cancel
            on_progress(1, 1, "Done")
        return {"format": fmt, "output": str(path), **result}

    def _write(
        self,
        fmt: str,
        path: Path,
        rows: list[OverviewRow],
        details: list[RequestDetail],
        deadlines: list[DeadlineItem],
        title: str,
        scope: str,
        today: date,
        separator: str,
        progress: Progress,
    ) -> dict[str, Any]:
        from woo_tracker.export import dossier, html_report, ics, pdf_report, tabular

        if fmt == "csv":
            return {"rows": tabular.write_csv(rows, path, separator=separator, progress=progress)}
        if fmt == "xlsx":
            return {"rows": tabular.write_xlsx(rows, path, title=title, progress=progress)}
        if fmt in ("html", "pdf"):
            report = Report(
                title=title,
                generated_on=today,
                rows=tuple(rows),
                details=tuple(details),
                summary=summarise(rows),
                scope=scope,
            )
            writer = html_report.write_html if fmt == "html" else pdf_report.write_pdf
            return {"rows": writer(report, path, progress=progress)}
        if fmt == "ics":
            name = "Woo deadlines" if scope == "All requests" else f"Woo deadlines — {scope}"
            return {"events": ics.write_ics(deadlines, path, name=name, progress=progress)}
        result = dossier.write_dossier(details[0], path, progress=progress)
        out: dict[str, Any] = {"files": result.files, "documents": result.documents}
        if result.missing:
            out["missing"] = list(result.missing)
        return out
