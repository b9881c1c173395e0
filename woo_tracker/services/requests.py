"""Use cases on requests and their timeline: record, list, show, add events, override deadlines.

Every write ends with ``refresh_state`` so the cached status, due date and deadline rows always
follow from the events (domain.status), and lists can sort and filter on them in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from woo_tracker.domain import kinds
from woo_tracker.domain.dates import iso
from woo_tracker.domain.status import ComputedDeadline, EventFact, evaluate
from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import NotFound, ValidationError
from woo_tracker.store.models import (
    Deadline,
    Event,
    Investigation,
    Organisation,
    Person,
    Request,
)

#: Views of the request list (GUI left pane, CLI filters); investigations are "investigation:<id>".
VIEWS: tuple[str, ...] = (
    "all",
    "due_this_week",
    "overdue",
    "awaiting",
    "woo",
    "wob",
    "kamervragen",
    "closed",
)
OPEN_STATUSES = tuple(s for s in kinds.STATUSES if s not in kinds.FINISHED_STATUSES)
SORT_COLUMNS = ("id", "kind", "number", "title", "organisation", "submitted", "due", "status")


@dataclass(frozen=True)
class RequestRow:
    """One line of the overview; ``to_json`` is the request object of the CLI contract."""

    id: int
    kind: str
    title: str
    organisation: str | None
    number: str | None
    submitted: date | None
    received: date | None
    status: str
    due: date | None
    overdue: bool
    days_open: int | None
    days_left: int | None
    investigation: str | None = None
    requester: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "organisation": self.organisation,
            "number": self.number,
            "submitted": iso(self.submitted),
            "received": iso(self.received),
            "status": self.status,
            "due": iso(self.due),
            "overdue": self.overdue,
            "days_open": self.days_open,
            "requester": self.requester,
            "investigation": self.investigation,
        }


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _organisation(session: Session, name: str | None) -> Organisation | None:
    if not (name := _clean(name)):
        return None
    org = session.scalar(select(Organisation).where(Organisation.name == name))
    if org is None:
        org = Organisation(name=name)
        session.add(org)
    return org


def _person(session: Session, name: str | None, role: str) -> Person | None:
    if not (name := _clean(name)):
        return None
    person = session.scalar(select(Person).where(Person.name == name, Person.role == role))
    if person is None:
        person = Person(name=name, role=role)
        session.add(person)
    return person


def _investigation(session: Session, name: str | None) -> Investigation | None:
    if not (name := _clean(name)):
        return None
    inv = session.scalar(select(Investigation).where(Investigation.name == name))
    if inv is None:
        inv = Investigation(name=name)
        session.add(inv)
    return inv


def _check_kind(kind: str) -> str:
    kind = (kind or "").strip().lower()
    if not kinds.is_kind(kind):
        raise ValidationError(
            f"'{kind}' is not a request kind; use one of {', '.join(kinds.REQUEST_KINDS)}.", "kind"
        )
    return kind


def _check_event_type(type_: str) -> str:
    type_ = (type_ or "").strip().lower()
    if not kinds.is_event_type(type_):
        raise ValidationError(
            f"'{type_}' is not an event type; use one of {', '.join(kinds.EVENT_TYPES)}.", "type"
        )
    return type_


def _load(session: Session, request_id: int) -> Request:
    req = session.get(Request, request_id)
    if req is None:
        raise NotFound(f"There is no request with id {request_id} in this library.")
    return req


def _days_open(submitted: date | None, closed_on: date | None, today: date) -> int | None:
    if submitted is None:
        return None
    return ((closed_on or today) - submitted).days


def row_of(req: Request, today: date) -> RequestRow:
    finished = req.status in kinds.FINISHED_STATUSES
    start = req.submitted or req.received
    return RequestRow(
        id=req.id,
        kind=req.kind,
        title=req.title,
        organisation=req.organisation.name if req.organisation else None,
        number=req.number,
        submitted=req.submitted,
        received=req.received,
        status=req.status,
        due=req.due,
        overdue=bool(req.due and not finished and today > req.due),
        days_open=_days_open(start, req.closed_on, today),
        days_left=(req.due - today).days if req.due and not finished else None,
        investigation=req.investigation.name if req.investigation else None,
        requester=req.requester.name if req.requester else None,
    )


def basis_text(computed: ComputedDeadline) -> str:
    """The legal basis of the date this deadline stands for, saying when a day was assumed."""
    d = computed.deadline
    is_extension = computed.computed is not None and computed.computed == d.due_extended
    basis = (d.basis_extended or d.basis) if is_extension else d.basis
    if d.assumed:
        basis += " (a gelijkgestelde dag was assumed: no decree covers that year yet)"
    return basis


def refresh_state(session: Session, req: Request, today: date) -> list[str]:
    """Recompute status, due and the deadline rows from the events; returns the warnings."""
    session.flush()
    facts = [EventFact(e.type, e.date, e.note) for e in req.events]
    first = {
        t: min((e.date for e in req.events if e.type == t), default=None)
        for t in ("submitted", "received")
    }
    req.submitted = first["submitted"]
    req.received = first["received"]
    existing = {d.key: d for d in req.deadlines}
    overrides = {k: d.override_due for k, d in existing.items() if d.override_due}
    state = evaluate(
        req.kind,
        facts,
        today=today,
        submitted=req.submitted,
        received=req.received,
        overrides=overrides,
        advisory_committee=req.advisory_committee,
    )
    req.status = state.status
    req.due = state.due
    finishing = [
        e.date for e in req.events if e.type in ("decided", "answered", "withdrawn", "closed")
    ]
    req.closed_on = (
        max(finishing) if state.status in kinds.FINISHED_STATUSES and finishing else None
    )
    seen = set()
    for computed in state.deadlines:
        seen.add(computed.key)
        row = existing.get(computed.key)
        if row is None:
            row = Deadline(key=computed.key)
            req.deadlines.append(row)
        row.start = computed.deadline.start
        row.due = computed.computed_due
        row.basis = basis_text(computed)
        row.started_by = computed.started_by
    for key, row in existing.items():
        if key not in seen and row.override_due is None:
            req.deadlines.remove(row)
    return list(state.warnings)


class RequestService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- writing -----------------------------------------------------------------------------
    def add(
        self,
        *,
        kind: str,
        title: str,
        organisation: str | None = None,
        number: str | None = None,
        submitted: date | None = None,
        received: date | None = None,
        requester: str | None = None,
        addressee: str | None = None,
        investigation: str | None = None,
        notes: str | None = None,
    ) -> RequestRow:
        kind = _check_kind(kind)
        if not (title := _clean(title)):
            raise ValidationError("A request needs a title; give one with --title.", "title")
        if submitted and received and received < submitted:
            raise ValidationError(
                "The received date lies before the submitted date; check both dates.", "received"
            )
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            req = Request(
                kind=kind,
                title=title,
                number=_clean(number),
                notes=_clean(notes),
                organisation=_organisation(session, organisation),
                requester=_person(
                    session, requester, "kamerlid" if kind == kinds.KAMERVRAGEN else "requester"
                ),
                addressee=_person(session, addressee, "minister"),
                investigation=_investigation(session, investigation),
            )
            session.add(req)
            if submitted:
                req.events.append(Event(type="submitted", date=submitted))
            if received:
                req.events.append(Event(type="received", date=received))
            refresh_state(session, req, today)
            session.flush()
            return row_of(req, today)

    def update(self, request_id: int, **fields: Any) -> RequestRow:
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            req = _load(session, request_id)
            if "kind" in fields:
                req.kind = _check_kind(fields.pop("kind"))
            if "title" in fields:
                if not (title := _clean(fields.pop("title"))):
                    raise ValidationError("A request needs a title.", "title")
                req.title = title
            if "organisation" in fields:
                req.organisation = _organisation(session, fields.pop("organisation"))
            if "requester" in fields:
                role = "kamerlid" if req.kind == kinds.KAMERVRAGEN else "requester"
                req.requester = _person(session, fields.pop("requester"), role)
            if "addressee" in fields:
                req.addressee = _person(session, fields.pop("addressee"), "minister")
            if "investigation" in fields:
                req.investigation = _investigation(session, fields.pop("investigation"))
            for name in ("number", "notes"):
                if name in fields:
                    setattr(req, name, _clean(fields.pop(name)))
            if "advisory_committee" in fields:
                req.advisory_committee = bool(fields.pop("advisory_committee"))
            if fields:
                raise ValidationError(f"Unknown field(s): {', '.join(sorted(fields))}.")
            refresh_state(session, req, today)
            return row_of(req, today)

    def delete(self, request_id: int) -> None:
        with self.ctx.db.session() as session:
            session.delete(_load(session, request_id))

    def add_event(
        self,
        request_id: int,
        *,
        type: str,
        date: date,
        note: str | None = None,
        document_id: int | None = None,
    ) -> dict[str, Any]:
        type_ = _check_event_type(type)
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            req = _load(session, request_id)
            event = Event(type=type_, date=date, note=_clean(note), document_id=document_id)
            req.events.append(event)
            warnings = refresh_state(session, req, today)
            session.flush()
            return {
                "id": event.id,
                "request_id": req.id,
                "type": event.type,
                "date": iso(event.date),
                "note": event.note,
                "request": row_of(req, today).to_json(),
                "warnings": warnings,
            }

    def delete_event(self, event_id: int) -> RequestRow:
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFound(f"There is no event with id {event_id} in this library.")
            req = event.request
            req.events.remove(event)
            refresh_state(session, req, today)
            return row_of(req, today)

    def override_deadline(
        self, request_id: int, key: str, due: date | None, reason: str | None = None
    ) -> RequestRow:
        """Set (or with ``due=None`` clear) a user's override; the computed date stays beside it."""
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            req = _load(session, request_id)
            row = next((d for d in req.deadlines if d.key == key), None)
            if row is None:
                raise NotFound(f"Request {request_id} has no deadline '{key}'.")
            if due is not None and not _clean(reason):
                raise ValidationError(
                    "Say why you override this deadline (a reason is required).", "reason"
                )
            row.override_due = due
            row.override_reason = _clean(reason) if due else None
            refresh_state(session, req, today)
            return row_of(req, today)

    # -- reading -----------------------------------------------------------------------------
    def _query(self, view: str, text: str | None, today: date) -> Select[tuple[Request]]:
        q = select(Request).outerjoin(Request.organisation)
        if view == "overdue":
            q = q.where(Request.due < today, Request.status.in_(OPEN_STATUSES))
        elif view == "due_this_week":  # the calendar week, as the deadline overview groups it
            q = q.where(
                Request.due >= today,
                Request.due <= today + timedelta(days=6 - today.weekday()),
                Request.status.in_(OPEN_STATUSES),
            )
        elif view == "awaiting":
            q = q.where(Request.status.in_(OPEN_STATUSES), Request.status != "draft")
        elif view in kinds.REQUEST_KINDS:
            q = q.where(Request.kind == view)
        elif view == "closed":
            q = q.where(Request.status.in_(kinds.FINISHED_STATUSES))
        elif view.startswith("investigation:"):
            q = q.where(Request.investigation_id == int(view.split(":", 1)[1]))
        elif view.startswith("due_within:"):
            q = q.where(
                Request.due <= today + timedelta(days=int(view.split(":", 1)[1])),
                Request.status.in_(OPEN_STATUSES),
            )
        elif view != "all":
            raise ValidationError(f"'{view}' is not a view; use one of {', '.join(VIEWS)}.")
        if text := _clean(text):
            like = f"%{text}%"
            q = q.where(
                or_(
                    Request.title.ilike(like),
                    Request.number.ilike(like),
                    Organisation.name.ilike(like),
                )
            )
        return q

    def list(
        self,
        view: str = "all",
        *,
        text: str | None = None,
        order_by: str = "id",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[RequestRow]:
        today = self.ctx.today()
        column = {
            "organisation": Organisation.name,
            "id": Request.id,
        }.get(order_by) or getattr(Request, order_by if order_by in SORT_COLUMNS else "id")
        # NULLS LAST (empty dates at the end in both directions) keeps SQLite on the column's index.
        order = (column.desc() if descending else column.asc()).nulls_last()
        q = (
            self._query(view, text, today)
            .options(
                selectinload(Request.organisation),
                selectinload(Request.investigation),
                selectinload(Request.requester),
            )
            .order_by(order, Request.id)
            .offset(offset)
        )
        if limit is not None:
            q = q.limit(limit)
        with self.ctx.db.session() as session:
            return [row_of(r, today) for r in session.scalars(q)]

    def count(self, view: str = "all", *, text: str | None = None) -> int:
        q = self._query(view, text, self.ctx.today()).with_only_columns(func.count(Request.id))
        with self.ctx.db.session() as session:
            return int(session.scalar(q) or 0)

    def due_soon(self, within_days: int | None = None) -> list[RequestRow]:
        """What is due or overdue, soonest first (the researcher's daily question)."""
        view = f"due_within:{within_days}" if within_days is not None else "awaiting"
        return [r for r in self.list(view, order_by="due") if r.due]

    def show(self, request_id: int) -> dict[str, Any]:
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            req = _load(session, request_id)
            state_warnings = refresh_state(session, req, today)
            data = row_of(req, today).to_json()
            data.update(
                addressee=req.addressee.name if req.addressee else None,
                notes=req.notes,
                advisory_committee=req.advisory_committee,
                warnings=state_warnings,
                events=[
                    {
                        "id": e.id,
                        "type": e.type,
                        "date": iso(e.date),
                        "note": e.note,
                        "document_id": e.document_id,
                    }
                    for e in sorted(req.events, key=lambda e: (e.date, e.id))
                ],
                deadlines=[
                    {
                        "key": d.key,
                        "start": iso(d.start),
                        "due": iso(d.due),
                        "basis": d.basis,
                        "started_by": d.started_by,
                        "override": iso(d.override_due),
                        "override_reason": d.override_reason,
                    }
                    for d in sorted(req.deadlines, key=lambda d: d.due)
                ],
                documents=[
                    {
                        "id": doc.id,
                        "title": doc.title,
                        "filename": doc.filename,
                        "type": doc.doc_type,
                        "date": iso(doc.doc_date),
                        "pages": doc.page_count,
                    }
                    for doc in sorted(req.documents, key=lambda d: d.id)
                ],
                responses=[
                    {
                        "id": r.id,
                        "type": r.type,
                        "date": iso(r.date),
                        "outcome": r.outcome,
                        "note": r.note,
                        "document_ids": sorted(d.id for d in r.documents),
                    }
                    for r in sorted(req.responses, key=lambda r: (r.date or date.min, r.id))
                ],
                references=_references(req.documents),
                questions=_questions(req.documents),
            )
            return data

    def with_documents(self) -> list[tuple[int, str | None, str]]:
        """(id, number, title) of the requests that have documents, by title: what search can
        be narrowed to. A library of 50 000 requests has far fewer with documents."""
        from woo_tracker.store.models import request_documents

        with self.ctx.db.session() as session:
            rows = session.execute(
                select(Request.id, Request.number, Request.title)
                .where(Request.id.in_(select(request_documents.c.request_id)))
                .order_by(Request.title, Request.id)
            )
            return [(i, n, t) for i, n, t in rows]

    def stats(self) -> dict[str, dict[str, int]]:
        """Requests per status and per organisation, for the overview chart and the report."""
        with self.ctx.db.session() as session:
            by_status = dict(session.execute(select(Request.status, func.count()).group_by(Request.status)).all())
            by_org = session.execute(
                select(func.coalesce(Organisation.name, ""), func.count())
                .select_from(Request)
                .outerjoin(Request.organisation)
                .group_by(Organisation.name)
                .order_by(func.count().desc())
            ).all()
            return {"by_status": by_status, "by_organisation": dict(by_org)}

    def investigations(self) -> list[dict[str, Any]]:
        with self.ctx.db.session() as session:
            rows = session.execute(
                select(Investigation.id, Investigation.name, func.count(Request.id))
                .outerjoin(Request, Request.investigation_id == Investigation.id)
                .group_by(Investigation.id)
                .order_by(Investigation.name)
            )
            return [{"id": i, "name": n, "requests": c} for i, n, c in rows]

    def organisations(self) -> list[str]:
        with self.ctx.db.session() as session:
            return list(session.scalars(select(Organisation.name).order_by(Organisation.name)))


def _references(documents: Sequence[Any]) -> list[dict[str, Any]]:
    """Each reference once, from the first document (by id) that has it: a scan and its original
    say the same thing, and the user wants to read it once."""
    seen: set[tuple[str, str, str | None]] = set()
    out: list[dict[str, Any]] = []
    for doc in sorted(documents, key=lambda d: d.id):
        for ref in sorted(doc.references, key=lambda r: (r.page or 0, r.id)):
            key = (ref.kind, ref.value, ref.role)
            if key not in seen:
                seen.add(key)
                out.append({"kind": ref.kind, "value": ref.value, "role": ref.role, "page": ref.page,
                            "document_id": doc.id})
    return out


def _questions(documents: Sequence[Any]) -> list[dict[str, Any]]:
    """The Q&A of the document that has the most answered questions (the best-read copy)."""
    best: list[dict[str, Any]] = []
    for doc in sorted(documents, key=lambda d: d.id):
        if not doc.analysis_json:
            continue
        pairs = [{**qa, "document_id": doc.id} for qa in json.loads(doc.analysis_json).get("questions", [])]
        if sum(1 for q in pairs if q.get("answer")) > sum(1 for q in best if q.get("answer")):
            best = pairs
    return best
