"""Input type shared by the document-understanding functions (refs, classify, qa, inventory)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PageInput:
    """One page of extracted text.

    ``margin`` is the right-hand margin column of a Rijksoverheid letter (Datum, Onze referentie …)
    when the PDF layer could separate it, else "" (OCR text mixes margin and body).
    """

    number: int
    body: str
    margin: str = ""


def as_pages(pages: Iterable[PageInput | tuple] | Sequence[PageInput]) -> list[PageInput]:
    """Accept PageInput objects or plain ``(number, body[, margin])`` tuples."""
    out: list[PageInput] = []
    for p in pages:
        if isinstance(p, PageInput):
            out.append(p)
        else:
            out.append(PageInput(*p))
    return out
