"""Use case: file a document with the request it belongs to, from the references it contains.

Strong evidence (the Kamervraag number, the organisation's kenmerk, the Aanhangsel number equal
to what the request records) links at once and records what the document means for the
timeline: answers → ``answered`` on the document's date, a besluit → ``decided``, a verdaging →
``extended``… so status and deadlines update. Weak evidence (title words, the organisation's
name) only suggests; the user accepts or rejects in the inbox. An answer to Kamervragen nobody
tracks yet creates the Kamervragen request from the document itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from woo_tracker.domain import kinds
from woo_tracker.domain.dates import iso
from woo_tracker.services.context import AppContext
from woo_tracker.services.errors import NotFound
from woo_tracker.services.requests import refresh_state
from woo_tracker.store.models import (
    Document,
    Event,
    LinkSuggestion,
    Organisation,
    Person,
    Request,
    Response,
    request_documents,
)

SURE = 0.9
SUGGEST = 0.35

#: What a document of a type means for its request's timeline: (event type, response type).
TIMELINE_OF_TYPE: dict[str, tuple[str, str]] = {
    "kamervragen_antwoord": ("answered", "antwoorden"),
    "kamervragen_uitstel": ("postponed", "uitstelbericht"),
    "woo_besluit": ("decided", "besluit"),
    "wob_besluit": ("decided", "besluit"),
    "verdagingsbesluit": ("extended", "verdagingsbesluit"),
    "ontvangstbevestiging": ("acknowledged", "ontvangstbevestiging"),
}

#: Reference kinds that identify a request when they equal its number, with their weight.
IDENTIFYING: tuple[tuple[str, float, str], ...] = (
    ("kamervraag", 1.0, "mentions {value}"),
    ("kenmerk", 0.95, "kenmerk {value}"),
    ("aanhangsel", 0.95, "Aanhangsel {value}"),
    ("tk_document", 0.9, "Kamer document {value}"),
)

_STOP = frozenset(
    "de het een en van in op voor over met aan bij door te tot om als is zijn naar uit the of and to".split()
)
_ASKER = re.compile(r"(?:lid|leden)\s+([A-Z][\w'’.\- ]{1,60}?)\s*\(([A-Za-z0-9\-]{2,20})\)")
_MINISTRY = re.compile(
    r"aan\s+de\s+(?:minister|staatssecretaris)\s+van\s+((?:[A-Z][\w-]*|en|voor|\s)+?)\s+(?:over|\(|inzake|betreffende)",
)
_MINISTER = re.compile(
    r"(?:antwoord(?:en)?\s+(?:van|door)\s+(?:de\s+)?)((?:minister|staatssecretaris)\s+[^\n(]{3,80}?)\s*(?:\(|\n|ontvangen|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    request_id: int
    score: float
    reason: str


def _words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-zà-ÿ0-9]{3,}", (text or "").lower()) if w not in _STOP)


#: Every ingested document is compared with every request title; the titles rarely change, so
#: their words are computed once per process, not once per document.
_title_words = lru_cache(maxsize=200_000)(_words)


def _norm_number(value: str | None) -> str:
    return re.sub(r"[\s.]", "", (value or "")).upper()


class LinkingService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- matching ----------------------------------------------------------------------------
    def candidates(self, session: Session, doc: Document) -> list[Candidate]:
        found: dict[int, Candidate] = {}

        def offer(c: Candidate) -> None:
            if c.request_id not in found or found[c.request_id].score < c.score:
                found[c.request_id] = c

        # Only the requests whose number equals one of the document's identifying references,
        # normalised the same way on both sides (spaces and dots dropped, upper case).
        wanted = {_norm_number(r.value) for r in doc.references if r.kind in {k for k, _, _ in IDENTIFYING}}
        stored = func.upper(func.replace(func.replace(Request.number, " ", ""), ".", ""))
        by_number: dict[str, list[int]] = {}
        if wanted:
            for rid, number in session.execute(select(Request.id, Request.number).where(stored.in_(wanted))):
                by_number.setdefault(_norm_number(number), []).append(rid)
        for ref in doc.references:
            for kind, weight, reason in IDENTIFYING:
                if ref.kind == kind:
                    for rid in by_number.get(_norm_number(ref.value), []):
                        offer(Candidate(rid, weight, reason.format(value=ref.value)))
        if not found:
            text = " ".join(p.text for p in doc.pages[:3]).lower()
            doc_words = _words(doc.title) | _words(text[:5000])
            rows = session.execute(
                select(Request.id, Request.title, Organisation.name).outerjoin(Request.organisation)
            )
            for rid, title, org in rows:
                title_words = _title_words(title)
                if not title_words:
                    continue
                share = len(title_words & doc_words) / len(title_words)
                score, reasons = 0.0, []
                if share >= 0.5:
                    score += 0.5 * share
                    reasons.append(f"shares title words ({', '.join(sorted(title_words & doc_words)[:4])})")
                if org and org.lower() in text:
                    score += 0.25
                    reasons.append(f"names {org}")
                if score >= SUGGEST:
                    offer(Candidate(rid, round(min(score, SURE - 0.05), 2), "; ".join(reasons)))
        return sorted(found.values(), key=lambda c: -c.score)

    def link_document(self, document_id: int, request_id: int | None = None) -> int | None:
        """Link after ingest; returns the request the document was filed with, if any."""
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise NotFound(f"There is no document with id {document_id}.")
            if request_id is not None:
                req = session.get(Request, request_id)
                if req is None:
                    raise NotFound(f"There is no request with id {request_id} in this library.")
                self._attach(session, doc, req, today)
                return req.id
            if doc.requests:
                return doc.requests[0].id
            cands = self.candidates(session, doc)
            sure = [c for c in cands if c.score >= SURE]
            if sure:
                req = session.get(Request, sure[0].request_id)
                assert req is not None
                self._attach(session, doc, req, today)
                return req.id
            if not cands and doc.doc_type == "kamervragen_antwoord":
                req = self._request_from_kamervragen(session, doc)
                if req is not None:
                    self._attach(session, doc, req, today)
                    return req.id
            for c in cands:
                if session.scalar(select(LinkSuggestion).where(
                        LinkSuggestion.document_id == doc.id, LinkSuggestion.request_id == c.request_id)) is None:
                    session.add(LinkSuggestion(document_id=doc.id, request_id=c.request_id,
                                               score=c.score, reason=c.reason))
            return None

    # -- the user's decisions ----------------------------------------------------------------
    def link(self, document_id: int, request_id: int) -> dict[str, Any]:
        self.link_document(document_id, request_id)
        with self.ctx.db.session() as session:
            for s in session.scalars(select(LinkSuggestion).where(LinkSuggestion.document_id == document_id)):
                s.state = "accepted" if s.request_id == request_id else "rejected"
        return {"document_id": document_id, "request_id": request_id}

    def accept(self, suggestion_id: int) -> dict[str, Any]:
        with self.ctx.db.session() as session:
            s = session.get(LinkSuggestion, suggestion_id)
            if s is None:
                raise NotFound(f"There is no suggestion {suggestion_id}.")
            document_id, request_id = s.document_id, s.request_id
        return self.link(document_id, request_id)

    def reject(self, suggestion_id: int) -> None:
        with self.ctx.db.session() as session:
            s = session.get(LinkSuggestion, suggestion_id)
            if s is None:
                raise NotFound(f"There is no suggestion {suggestion_id}.")
            s.state = "rejected"

    def unlink(self, document_id: int, request_id: int) -> None:
        with self.ctx.db.session() as session:
            doc, req = session.get(Document, document_id), session.get(Request, request_id)
            if doc is None or req is None or req not in doc.requests:
                raise NotFound(f"Document {document_id} is not linked to request {request_id}.")
            doc.requests.remove(req)

    def create_request(self, document_id: int) -> int:
        """Create a request from what a document says (the inbox's "create request" action)."""
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise NotFound(f"There is no document with id {document_id}.")
            req = self._request_from_kamervragen(session, doc) if doc.doc_type.startswith("kamervragen") else None
            if req is None:
                kind = kinds.WOB if doc.doc_type == "wob_besluit" else kinds.WOO
                if doc.doc_type.startswith("kamervragen"):
                    kind = kinds.KAMERVRAGEN
                ours = next((r.value for r in doc.references if r.kind == "kenmerk" and r.role == "ours"), None)
                req = Request(kind=kind, title=doc.title or doc.filename, number=ours)
                session.add(req)
            self._attach(session, doc, req, today)
            session.flush()
            return req.id

    def inbox(self) -> list[dict[str, Any]]:
        """Documents filed with no request, each with its open suggestions and why."""
        with self.ctx.db.session() as session:
            linked = select(request_documents.c.document_id)
            docs = session.scalars(
                select(Document).where(Document.id.not_in(linked), Document.parent_id.is_(None)).order_by(Document.id)
            ).all()
            out = []
            for doc in docs:
                suggestions = session.execute(
                    select(LinkSuggestion, Request.title, Request.number)
                    .join(Request, Request.id == LinkSuggestion.request_id)
                    .where(LinkSuggestion.document_id == doc.id, LinkSuggestion.state == "open")
                    .order_by(LinkSuggestion.score.desc())
                ).all()
                out.append({
                    "document_id": doc.id, "title": doc.title or doc.filename, "type": doc.doc_type,
                    "date": iso(doc.doc_date), "filename": doc.filename,
                    "suggestions": [
                        {"id": s.id, "request_id": s.request_id, "request_title": t, "request_number": n,
                         "score": s.score, "reason": s.reason}
                        for s, t, n in suggestions
                    ],
                })
            return out

    def inbox_count(self) -> int:
        with self.ctx.db.session() as session:
            linked = select(request_documents.c.document_id)
            return int(session.scalar(select(func.count(Document.id)).where(
                Document.id.not_in(linked), Document.parent_id.is_(None))) or 0)

    # -- internals ---------------------------------------------------------------------------
    def _attach(self, session: Session, doc: Document, req: Request, today: date) -> None:
        if req not in doc.requests:
            doc.requests.append(req)
        for child in session.scalars(select(Document).where(Document.parent_id == doc.id)):
            if req not in child.requests:
                child.requests.append(req)
        self._fill_dates(session, doc, req)
        timeline = TIMELINE_OF_TYPE.get(doc.doc_type) if doc.doc_date else None
        start = min((d for d in (req.submitted, req.received) if d), default=None)
        if timeline and start and doc.doc_date < start:
            timeline = None  # a document older than the request says nothing about its timeline
        if timeline:
            event_type, response_type = timeline
            if not any(e.type == event_type and (e.document_id == doc.id or e.date == doc.doc_date) for e in req.events):
                req.events.append(Event(type=event_type, date=doc.doc_date, document_id=doc.id,
                                        note=f"from {doc.filename}"))
            response = next((r for r in req.responses if doc in r.documents), None)
            if response is None:
                response = Response(type=response_type, date=doc.doc_date, outcome=self._outcome(doc))
                response.documents.append(doc)
                req.responses.append(response)
        refresh_state(session, req, today)

    @staticmethod
    def _outcome(doc: Document) -> str | None:
        if not doc.analysis_json:
            return None
        inventory = json.loads(doc.analysis_json).get("inventory") or {}
        counts = inventory.get("counts_by_beoordeling") or {}
        if not counts:
            return None
        if set(counts) == {"openbaar"}:
            return "openbaar"
        if set(counts) == {"niet openbaar"}:
            return "niet openbaar"
        return "deels openbaar"

    @staticmethod
    def _fill_dates(session: Session, doc: Document, req: Request) -> None:
        if req.kind != kinds.KAMERVRAGEN or any(e.type == "submitted" for e in req.events):
            return
        submitted = next((r.value for r in doc.references if r.kind == "date" and r.role == "submitted"), None)
        if submitted:
            req.events.append(Event(type="submitted", date=date.fromisoformat(submitted), document_id=doc.id,
                                    note=f"ingezonden, from {doc.filename}"))

    def _request_from_kamervragen(self, session: Session, doc: Document) -> Request | None:
        number = next((r.value for r in doc.references if r.kind == "kamervraag"), None)
        if number is None:
            return None
        existing = session.scalar(select(Request).where(Request.number == number))
        if existing is not None:
            return existing
        text = "\n".join(p.text for p in doc.pages[:2])
        req = Request(kind=kinds.KAMERVRAGEN, title=doc.title or f"Kamervragen {number}", number=number)
        if m := _ASKER.search(text):
            name, party = " ".join(m.group(1).split()), m.group(2)
            person = session.scalar(select(Person).where(Person.name == name, Person.role == "kamerlid"))
            req.requester = person or Person(name=name, role="kamerlid", party=party)
        if m := _MINISTRY.search(text):
            name = "Ministerie van " + " ".join(m.group(1).split())
            org = session.scalar(select(Organisation).where(Organisation.name == name))
            req.organisation = org or Organisation(name=name, kind="ministerie")
        if m := _MINISTER.search(text):
            name = " ".join(m.group(1).split())
            person = session.scalar(select(Person).where(Person.name == name, Person.role == "minister"))
            req.addressee = person or Person(name=name, role="minister")
        session.add(req)
        session.flush()
        return req

