"""The result types every extractor returns: a document as pages of text, plus what came with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Method = Literal["text", "ocr", "none"]

PAGE_SEPARATOR = "\f"
"""Between pages in :attr:`ExtractedDocument.text` (as pdftotext does); ``\\s`` matches it."""


@dataclass
class PageText:
    """One page. ``text`` is everything on it: ``body`` then, after a blank line, ``margin``.

    ``margin`` is the side column of a letter (Datum, Onze referentie, Kenmerk, sender address,
    "Pagina 1 van 3") when the layout has one; otherwise it is empty and ``body == text``.
    ``method`` says where the text came from: the PDF's text layer, OCR, or nowhere (a page
    that still needs OCR, or a blank page).
    """

    number: int  # 1-based
    text: str
    body: str
    margin: str = ""
    method: Method = "text"

    @classmethod
    def from_parts(cls, number: int, body: str, margin: str = "", method: Method = "text"):
        text = f"{body}\n\n{margin}" if body and margin else (body or margin)
        return cls(number=number, text=text, body=body, margin=margin, method=method)


@dataclass
class Attachment:
    """A file that came inside another one (e-mail attachment, PDF embedded file).

    The caller ingests it as a document of its own.
    """

    name: str
    data: bytes
    mime: str


@dataclass
class ExtractedDocument:
    mime: str
    pages: list[PageText] = field(default_factory=list)
    title: str | None = None
    metadata: dict = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    needs_ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers, still unread
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All pages' text, separated by a form feed."""
        return PAGE_SEPARATOR.join(page.text for page in self.pages)

    @property
    def ocr_pages(self) -> int:
        """How many pages were read by OCR."""
        return sum(1 for page in self.pages if page.method == "ocr")

    @property
    def needs_ocr(self) -> bool:
        return bool(self.needs_ocr_pages)
