"""A library with the requests a researcher really has — and text that tries to break exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

EVIL_TITLE = '=HYPERLINK("http://evil","x")'
EVIL_NOTE = "<script>alert(1)</script>"
ANSWER = "antwoorden-kamervragen-2025Z15452.pdf"


@dataclass
class Filled:
    evil: int  # woo, overdue, title is a formula, note is a script
    kamervragen: int  # answered late, with the corpus answer PDF
    upcoming: int  # woo received 2025-11-10, due 2025-12-08
    wob: int  # decided one day after the extended term
    decided: int  # woo decided 2025-11-20: bezwaartermijn still to come
    document_id: int | None


def store_document(
    ctx, request_id: int, filename: str, data: bytes, title: str | None = None
) -> int:  # type: ignore[no-untyped-def]
    """A document row + stored bytes, as ingest would leave them (no text analysis)."""
    from woo_tracker.store.models import Document, Request

    sha = ctx.files.put_bytes(data)
    with ctx.db.session() as session:
        doc = Document(
            sha256=sha,
            filename=filename,
            size=len(data),
            mime="application/pdf",
            title=title,
            doc_type="other",
        )
        session.add(doc)
        req = session.get(Request, request_id)
        req.documents.append(doc)
        session.flush()
        return doc.id


def ingest_answer(ctx, request_id: int, corpus: Path | None) -> int | None:  # type: ignore[no-untyped-def]
    if corpus is None or not (corpus / ANSWER).is_file():
        return None
    try:
        from woo_tracker.services.ingest import IngestService
    except ImportError:  # pragma: no cover - ingest not there yet
        return store_document(ctx, request_id, ANSWER, (corpus / ANSWER).read_bytes())
    [result] = IngestService(ctx).ingest([corpus / ANSWER], request_id=request_id, ocr=False)
    assert result.status in ("added", "duplicate"), result
    return result.document_id


@pytest.fixture
def corpus_or_none(request: pytest.FixtureRequest) -> Path | None:
    """The shared corpus when it is there; without it the exports are tested without the PDF."""
    try:
        return request.getfixturevalue("corpus")
    except pytest.skip.Exception:
        return None


@pytest.fixture
def filled(ctx, corpus_or_none) -> Filled:  # type: ignore[no-untyped-def]
    from woo_tracker.services.requests import RequestService

    rs = RequestService(ctx)
    evil = rs.add(
        kind="woo",
        title=EVIL_TITLE,
        organisation="Ministerie van BZK",
        received=date(2025, 4, 25),
        investigation="Palantir",
        notes=EVIL_NOTE,
    )
    rs.add_event(evil.id, type="acknowledged", date=date(2025, 4, 28), note=EVIL_NOTE)
    kv = rs.add(
        kind="kamervragen",
        title="Vragen over Palantir bij de politie",
        number="2025Z15452",
        organisation="Ministerie van JenV",
        submitted=date(2025, 8, 27),
        investigation="Palantir",
    )
    rs.add_event(kv.id, type="answered", date=date(2025, 10, 31))
    upcoming = rs.add(
        kind="woo",
        title="Algoritmes veiligheidsregio’s — “Ëxtra”",
        organisation="Veiligheidsregio Twente",
        received=date(2025, 11, 10),
    )
    wob = rs.add(
        kind="wob",
        title="Palantir contracten",
        organisation="Ministerie van BZK",
        received=date(2021, 3, 16),
    )
    rs.add_event(wob.id, type="extended", date=date(2021, 4, 13))
    rs.add_event(wob.id, type="decided", date=date(2021, 5, 12))
    decided = rs.add(
        kind="woo",
        title="Camera's op het plein",
        organisation="Gemeente Enschede",
        received=date(2025, 10, 1),
    )
    rs.add_event(decided.id, type="decided", date=date(2025, 11, 20))
    doc_id = ingest_answer(ctx, kv.id, corpus_or_none)
    return Filled(evil.id, kv.id, upcoming.id, wob.id, decided.id, doc_id)


@pytest.fixture
def store_doc(ctx):  # type: ignore[no-untyped-def]
    """``store_doc(request_id, filename, data, title=None)`` → document id."""
    return lambda *a, **k: store_document(ctx, *a, **k)


@pytest.fixture
def export(ctx):  # type: ignore[no-untyped-def]
    from woo_tracker.services.export import ExportService

    return ExportService(ctx)
