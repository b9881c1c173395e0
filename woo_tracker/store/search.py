"""Full-text search over page texts: SQLite FTS5, with a LIKE fallback on other databases.

People type searches, not FTS5 expressions, so the query is parsed here into a safe expression:
words (all must occur), "exact phrases", OR between alternatives, -word to exclude, prefix*.
Every term is quoted before it reaches FTS5, so punctuation in a kenmerk ("2025-0004567") or a
stray colon can never turn into a syntax error; the only errors left are explained sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from woo_tracker.store.models import Document, Page, request_documents

HIT_START, HIT_END = "«", "»"
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


class SearchQueryError(ValueError):
    """The query cannot be understood; the message says how to write it."""


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    title: str
    page: int
    snippet: str
    doc_type: str
    doc_date: date | None

    def to_json(self) -> dict[str, object]:
        return {"document_id": self.document_id, "title": self.title, "page": self.page,
                "snippet": self.snippet}


@dataclass(frozen=True)
class _Term:
    text: str
    phrase: bool = False
    prefix: bool = False
    negated: bool = False


def parse_query(query: str) -> list[list[_Term]]:
    """Split into OR-groups of AND-ed terms; raise SearchQueryError with a sentence when unusable."""
    query = (query or "").strip()
    if not query:
        raise SearchQueryError("The search is empty; type one or more words.")
    if query.count('"') % 2:
        raise SearchQueryError(
            'The search has an opening quote without a closing one; add the closing " or remove it.'
        )
    groups: list[list[_Term]] = [[]]
    for m in _TOKEN.finditer(query):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            groups.append([])
            continue
        negated = False
        if word and word.startswith("-") and len(word) > 1:
            negated, word = True, word[1:]
        prefix = bool(word and word.endswith("*"))
        raw = phrase if phrase is not None else word.rstrip("*")
        cleaned = " ".join(re.findall(r"\w+", raw or ""))
        if cleaned:
            groups[-1].append(_Term(cleaned, phrase=phrase is not None, prefix=prefix, negated=negated))
    groups = [g for g in groups if g]
    if not groups:
        raise SearchQueryError("The search has no words to look for; type letters or digits.")
    for group in groups:
        if all(t.negated for t in group):
            raise SearchQueryError(
                "A search cannot only exclude words; add a word to look for beside the -word."
            )
    return groups


def to_fts5(groups: list[list[_Term]]) -> str:
    def term(t: _Term) -> str:
        quoted = '"' + t.text.replace('"', '""') + '"'
        return quoted + ("*" if t.prefix else "")

    parts = []
    for group in groups:
        positive = " AND ".join(term(t) for t in group if not t.negated)
        negative = "".join(f" NOT {term(t)}" for t in group if t.negated)
        parts.append(f"({positive}{negative})")
    return " OR ".join(parts)


def search(
    session: Session,
    query: str,
    *,
    limit: int = 20,
    request_id: int | None = None,
    doc_type: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[SearchHit]:
    groups = parse_query(query)
    if session.get_bind().dialect.name == "sqlite":
        rows = _search_fts5(session, to_fts5(groups), limit, request_id, doc_type, date_from, date_to)
    else:
        rows = _search_like(session, groups, limit, request_id, doc_type, date_from, date_to)
    return [
        SearchHit(document_id=r[0], title=r[1] or r[2], page=r[3], snippet=r[4], doc_type=r[5],
                  doc_date=date.fromisoformat(r[6]) if isinstance(r[6], str) else r[6])
        for r in rows
    ]


def _filters(request_id, doc_type, date_from, date_to) -> tuple[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    where, params = [], {}
    if request_id is not None:
        where.append("d.id IN (SELECT document_id FROM request_documents WHERE request_id = :rid)")
        params["rid"] = request_id
    if doc_type:
        where.append("d.doc_type = :dtype")
        params["dtype"] = doc_type
    if date_from:
        where.append("d.doc_date >= :dfrom")
        params["dfrom"] = date_from.isoformat()
    if date_to:
        where.append("d.doc_date <= :dto")
        params["dto"] = date_to.isoformat()
    return "".join(f" AND {w}" for w in where), params


def _search_fts5(session, expression, limit, request_id, doc_type, date_from, date_to):  # type: ignore[no-untyped-def]
    extra, params = _filters(request_id, doc_type, date_from, date_to)
    sql = text(
        "SELECT d.id, d.title, d.filename, p.number, "
        f"snippet(pages_fts, -1, '{HIT_START}', '{HIT_END}', '…', 16), d.doc_type, d.doc_date "
        "FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id "
        f"WHERE pages_fts MATCH :q{extra} ORDER BY bm25(pages_fts), d.id, p.number LIMIT :limit"
    )
    try:
        return session.execute(sql, {"q": expression, "limit": limit, **params}).all()
    except Exception as exc:  # FTS5 reports problems as OperationalError with its own wording
        raise SearchQueryError(
            f"The search could not be run ({exc.__class__.__name__}); simplify it to plain words."
        ) from exc


def _search_like(session, groups, limit, request_id, doc_type, date_from, date_to):  # type: ignore[no-untyped-def]
    from sqlalchemy import and_, not_, or_

    conditions = []
    for group in groups:
        parts = [Page.text.ilike(f"%{t.text}%") for t in group if not t.negated]
        parts += [not_(Page.text.ilike(f"%{t.text}%")) for t in group if t.negated]
        conditions.append(and_(*parts))
    q = (
        select(Document.id, Document.title, Document.filename, Page.number, Page.text,
               Document.doc_type, Document.doc_date)
        .join(Page, Page.document_id == Document.id)
        .where(or_(*conditions))
        .order_by(Document.id, Page.number)
        .limit(limit)
    )
    if request_id is not None:
        q = q.where(Document.id.in_(select(request_documents.c.document_id).where(
            request_documents.c.request_id == request_id)))
    if doc_type:
        q = q.where(Document.doc_type == doc_type)
    if date_from:
        q = q.where(Document.doc_date >= date_from)
    if date_to:
        q = q.where(Document.doc_date <= date_to)
    first = next(t.text for g in groups for t in g if not t.negated)
    return [(*r[:4], _snippet(r[4], first), *r[5:]) for r in session.execute(q)]


def _snippet(body: str, word: str, width: int = 80) -> str:
    at = body.lower().find(word.lower())
    if at < 0:
        return body[:width]
    start = max(0, at - width // 2)
    return ("…" if start else "") + body[start:at] + HIT_START + body[at:at + len(word)] + HIT_END + body[at + len(word):at + width // 2] + "…"
