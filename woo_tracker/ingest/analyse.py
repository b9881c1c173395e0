"""One call that understands a document: type, title, dates, references, Q&A, inventory."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from woo_tracker.domain.references import Reference
from woo_tracker.ingest.analysis_types import PageInput, as_pages
from woo_tracker.ingest.classify import classify
from woo_tracker.ingest.inventory import Inventory, extract_inventory
from woo_tracker.ingest.qa import QA, extract_qa
from woo_tracker.ingest.refs import document_date, extract_references, submitted_date


@dataclass(frozen=True)
class Analysis:
    type: str
    confidence: float
    reasons: list[str]
    title: str | None
    date: str | None
    submitted: str | None
    references: list[Reference] = field(default_factory=list)
    questions: list[QA] = field(default_factory=list)
    inventory: Inventory | None = None

    def to_extract_json(self, pages_count: int, ocr_pages: Any) -> dict[str, Any]:
        """The ``extract`` object of DOMAIN.md §5 (plus "inventory" when rows were found)."""
        out: dict[str, Any] = {
            "type": self.type,
            "pages": pages_count,
            "ocr_pages": ocr_pages,
            "title": self.title,
            "date": self.date,
            "references": [r.to_json() for r in self.references],
            "questions": [q.to_json() for q in self.questions],
        }
        if self.inventory is not None and self.inventory.rows:
            out["inventory"] = self.inventory.to_json()
        return out


_SUBJECT = re.compile(
    r"^\s*(?:Betreft|Onderwerp|Subject)\s*:?[ \t]+(?P<t>\S.*)$", re.IGNORECASE | re.MULTILINE
)
_VRAGEN = re.compile(
    r"^\s*(?P<t>Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b.*?)(?:\s*\(\s*ingezonden\b|\n\s*\n|\Z)",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
_BAD_HINT = re.compile(
    r"^(?:microsoft\s+\w+\s*-|untitled|document\d*$|scan)|\.(?:docx?|pdf|odt|rtf)$", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"^(?:\d+|Pagina\s+\d+.*|Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal|Vergaderjaar\b.*|Ministerie\s+van\b.*)$",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    text = re.split(r"\s{3,}", text.strip())[0]  # a margin column on the same line
    text = re.sub(
        r"\s+(?:Onze\s+referentie|Ons\s+kenmerk|Uw\s+kenmerk|Uw\s+brief|Datum)\b.*$", "", text
    )
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return text[:1].upper() + text[1:] if text else text


def make_title(pages: Sequence[PageInput], doc_type: str, hint: str | None = None) -> str | None:
    """Subject line ('Betreft …', 'Onderwerp …'), the Kamervragen heading, a good metadata title, or the first heading."""
    pages = as_pages(pages)
    first = "\n".join(p.body for p in pages[:2])
    m = _SUBJECT.search(first)
    if m and len(_clean(m.group("t"))) > 3:
        return _clean(m.group("t"))
    if doc_type.startswith("kamervragen"):
        m = _VRAGEN.search(first)
        if m:
            return _clean(re.sub(r"\s+", " ", m.group("t")))[:300]
    if hint and len(hint.split()) >= 3 and not _BAD_HINT.search(hint.strip()):
        return _clean(hint)
    if not pages:
        return None
    lines = [ln.strip() for ln in pages[0].body.splitlines()]
    for i, line in enumerate(lines):
        if not line or _FURNITURE.match(line) or len(line) < 4:
            continue
        title = re.split(r"\s{3,}", line)[0]
        for nxt in lines[i + 1 : i + 3]:  # a heading wrapped over lines continues in lower case
            if nxt and nxt[:1].islower():
                title += " " + re.split(r"\s{3,}", nxt)[0]
            else:
                break
        return _clean(title)[:300]
    return None


def _inventory_refs(inventory: Inventory, known: list[Reference]) -> list[Reference]:
    """Parliamentary references in inventory descriptions (table cells wrap, so the page text misses some)."""
    seen = {(r.kind, r.value) for r in known}
    out: list[Reference] = []
    for row in inventory.rows:
        for r in extract_references([PageInput(0, row.description)]):
            if (
                r.kind in ("kamerstuk", "kamervraag", "tk_document", "aanhangsel")
                and (r.kind, r.value) not in seen
            ):
                seen.add((r.kind, r.value))
                out.append(Reference(r.kind, r.value, None, None, r.raw))
    return out


def analyse(pages: Sequence[PageInput], title: str | None = None) -> Analysis:
    pages = as_pages(pages)
    doc_type, confidence, reasons = classify(pages, title)
    refs = extract_references(pages)
    questions = extract_qa(pages) if doc_type.startswith("kamervragen") else []
    inventory = extract_inventory(pages)
    refs = refs + _inventory_refs(inventory, refs)
    d = document_date(refs)
    s = submitted_date(refs)
    return Analysis(
        type=doc_type,
        confidence=confidence,
        reasons=reasons,
        title=make_title(pages, doc_type, title),
        date=d.isoformat() if d else None,
        submitted=s.isoformat() if s else None,
        references=refs,
        questions=questions,
        inventory=inventory if inventory.rows else None,
    )
