"""SQLAlchemy 2 typed models: the schema of a woo-tracker library.

The migrations in ``migrations/versions`` are generated from these classes and a test checks the
two never drift apart. Constraint names follow one convention so Alembic's batch mode on SQLite
and plain ALTERs on PostgreSQL can find them again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


request_documents = Table(
    "request_documents",
    Base.metadata,
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

response_documents = Table(
    "response_documents",
    Base.metadata,
    Column("response_id", ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)


class Organisation(Base):
    """A bestuursorgaan or ministry that is asked (or the Kamer that asks)."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str | None] = mapped_column(String(40))  # ministerie, gemeente, veiligheidsregio…

    requests: Mapped[list[Request]] = relationship(back_populates="organisation")


class Person(Base):
    """A requester, Kamerlid, minister or contact; ``role`` says which."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(40), default="requester")
    party: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (UniqueConstraint("name", "role"),)


class Investigation(Base):
    """A user's grouping of requests, e.g. "Palantir"."""

    __tablename__ = "investigations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)

    requests: Mapped[list[Request]] = relationship(back_populates="investigation")


class Request(Base):
    """A Woo-verzoek, Wob-verzoek or set of Kamervragen; its status is derived from its events."""

    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(500))
    number: Mapped[str | None] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    addressee_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    investigation_id: Mapped[int | None] = mapped_column(
        ForeignKey("investigations.id", ondelete="SET NULL"), index=True
    )
    submitted: Mapped[date | None] = mapped_column(Date)
    received: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    advisory_committee: Mapped[bool] = mapped_column(default=False)
    # Cached from the events by services.requests.refresh_state so lists sort and filter in SQL.
    status: Mapped[str] = mapped_column(String(30), default="draft", index=True)
    due: Mapped[date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    organisation: Mapped[Organisation | None] = relationship(back_populates="requests")
    requester: Mapped[Person | None] = relationship(foreign_keys=[requester_id])
    addressee: Mapped[Person | None] = relationship(foreign_keys=[addressee_id])
    investigation: Mapped[Investigation | None] = relationship(back_populates="requests")
    events: Mapped[list[Event]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="Event.date"
    )
    responses: Mapped[list[Response]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )
    documents: Mapped[list[Document]] = relationship(
        secondary=request_documents, back_populates="requests"
    )


class RequestLink(Base):
    """A user's link between two related requests (e.g. a Woo-verzoek and Kamervragen on it)."""

    __tablename__ = "request_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    to_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(40), default="related")


class Event(Base):
    """One step on a request's timeline; the deadline engine reads these."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)

    request: Mapped[Request] = relationship(back_populates="events")


class Response(Base):
    """What came back: ontvangstbevestiging, verdaging, besluit, antwoorden, uitstelbericht."""

    __tablename__ = "responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(40))  # openbaar, deels openbaar, …
    note: Mapped[str | None] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="responses")
    documents: Mapped[list[Document]] = relationship(secondary=response_documents)


class Deadline(Base):
    """A deadline as computed last, with its legal basis and an optional user override."""

    __tablename__ = "deadlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    start: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(Text)
    started_by: Mapped[str | None] = mapped_column(String(30))
    override_due: Mapped[date | None] = mapped_column(Date)
    override_reason: Mapped[str | None] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="deadlines")

    __table_args__ = (UniqueConstraint("request_id", "key"),)


class Document(Base):
    """A stored file; its bytes live in the library under their SHA-256."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100))
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    title: Mapped[str | None] = mapped_column(String(500))
    doc_type: Mapped[str] = mapped_column(String(40), default="other", index=True)
    type_confidence: Mapped[float | None] = mapped_column(Float)
    doc_date: Mapped[date | None] = mapped_column(Date)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    ocr_pages: Mapped[int] = mapped_column(Integer, default=0)
    needs_ocr: Mapped[bool] = mapped_column(default=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    analysis_json: Mapped[str | None] = mapped_column(Text)  # questions, inventory, reasons

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.number"
    )
    references: Mapped[list[Reference]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    requests: Mapped[list[Request]] = relationship(
        secondary=request_documents, back_populates="documents"
    )


class Page(Base):
    """Extracted text of one page; the full-text index is built from these rows."""

    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    margin: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(10), default="text")

    document: Mapped[Document] = relationship(back_populates="pages")

    __table_args__ = (UniqueConstraint("document_id", "number"),)


class Reference(Base):
    """A reference found in a document, in its normal form (DOMAIN.md §4)."""

    __tablename__ = "references"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(500), index=True)
    role: Mapped[str | None] = mapped_column(String(30))
    page: Mapped[int | None] = mapped_column(Integer)
    raw: Mapped[str | None] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="references")


class LinkSuggestion(Base):
    """An unsure match between a document and a request, waiting for the user in the inbox."""

    __tablename__ = "link_suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="open")  # open, accepted, rejected

    __table_args__ = (UniqueConstraint("document_id", "request_id"),)


class IngestJob(Base):
    """One ingest run, so a cancelled or crashed run can be resumed and its problems listed."""

    __tablename__ = "ingest_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(20), default="running")
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id", ondelete="SET NULL"))

    items: Mapped[list[IngestItem]] = relationship(back_populates="job", cascade="all, delete-orphan")


class IngestItem(Base):
    """One file of an ingest job and what became of it."""

    __tablename__ = "ingest_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("ingest_jobs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending added duplicate failed
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)

    job: Mapped[IngestJob] = relationship(back_populates="items")
