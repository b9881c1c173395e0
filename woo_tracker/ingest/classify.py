"""Document type (DOMAIN.md §3) from weighted cues.

:data:`CUES` is the table: (type, weight, regex, reason). Every cue counts once per document. A few
rules after the scoring encode what the table cannot: a besluit with its inventarislijst attached
is a besluit, answers outrank the repeated questions, the law decides woo_besluit vs wob_besluit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from woo_tracker.domain.kinds import DOCUMENT_TYPES
from woo_tracker.ingest.analysis_types import PageInput, as_pages

TYPES = DOCUMENT_TYPES


class Cue(NamedTuple):
    type: str  # a type of TYPES, or "besluit" (woo/wob decided afterwards)
    weight: float
    regex: re.Pattern[str]
    reason: str


def _c(
    type_: str, weight: float, pattern: str, reason: str, flags: int = re.IGNORECASE | re.MULTILINE
) -> Cue:
    return Cue(type_, weight, re.compile(pattern, flags), reason)


CUES: list[Cue] = [
    # Kamervragen (questions)
    _c(
        "kamervragen",
        2,
        r"\bVragen\s+van\s+(?:het\s+lid|de\s+leden)\b",
        "heading 'Vragen van het lid …'",
    ),
    _c("kamervragen", 2, r"\(?\s*ingezonden\s+[0-3]?\d\s+\w+\s+\d{4}", "'ingezonden' date"),
    _c("kamervragen", 1, r"^\s*Vraag\s+[0-9lI]{1,2}\b", "'Vraag 1' numbering"),
    _c("kamervragen", 1, r"\b[12]\d{3}\s?Z\s?\d[\d ]{4,5}", "Kamervraag number (…Z…)"),
    _c("kamervragen", 1, r"\bschriftelijke\s+vragen\b", "'schriftelijke vragen'"),
    # answers
    _c(
        "kamervragen_antwoord",
        4,
        r"\b(?:Betreft|Onderwerp)\s*:?\s*(?:Beantwoording|Antwoord(?:en)?)\b[^\n]{0,40}\b(?:Kamer)?vragen",
        "subject 'Antwoorden Kamervragen'",
    ),
    _c(
        "kamervragen_antwoord",
        3,
        r"^\s*Antwoord\s+op\s+(?:de\s+)?vra(?:ag|gen)\s+[0-9lI]",
        "heading 'Antwoord op vraag'",
    ),
    _c("kamervragen_antwoord", 2, r"^\s*Antwoord\s+[0-9lI]{1,2}\b", "heading 'Antwoord 1'"),
    _c(
        "kamervragen_antwoord",
        3,
        r"\(\s*ontvangen\s+[0-3]?\d\s+\w+\s+\d{4}",
        "Aanhangsel 'ontvangen' date of the answer",
    ),
    _c(
        "kamervragen_antwoord",
        2,
        r"Aanhangsel\s+van\s+de\s+Handelingen",
        "published as Aanhangsel Handelingen",
    ),
    _c(
        "kamervragen_antwoord",
        2,
        r"\bworden\s+beantwoord\s+zoals\s+aangegeven",
        "'worden beantwoord zoals aangegeven'",
    ),
    _c(
        "kamervragen_antwoord",
        2,
        r"^\s*Antwoord\s+van\s+(?:de\s+)?(?:minister|staatssecretaris)",
        "'Antwoord van minister …'",
    ),
    # postponement
    _c(
        "kamervragen_uitstel",
        5,
        r"\buitstel\s+(?:van\s+(?:de\s+)?)?beantwoording\b",
        "'uitstel beantwoording'",
    ),
    _c(
        "kamervragen_uitstel",
        4,
        r"\bniet\s+binnen\s+de\s+(?:gebruikelijke\s+)?termijn\s+(?:van\s+drie\s+weken\s+)?(?:worden\s+)?beantwoord",
        "'niet binnen de termijn beantwoord'",
    ),
    _c(
        "kamervragen_uitstel",
        2,
        r"\bzo\s+spoedig\s+mogelijk\s+(?:worden\s+)?beantwoord|\bbeantwoording\s+(?:zal\s+)?meer\s+tijd",
        "'zo spoedig mogelijk beantwoord'",
    ),
    # receipt
    _c("ontvangstbevestiging", 5, r"\bontvangstbevestiging\b", "word 'ontvangstbevestiging'"),
    _c(
        "ontvangstbevestiging",
        4,
        r"\bbevestig(?:en)?\s+(?:ik|wij|we)?\s*(?:hierbij\s+)?(?:graag\s+)?de\s+ontvangst\b",
        "'bevestigen de ontvangst'",
    ),
    _c(
        "ontvangstbevestiging",
        3,
        r"\b(?:heb|hebben)\s+(?:ik|wij|we)\s+uw\s+(?:verzoek|brief|e-?mail|aanvraag)[^.]{0,60}\bontvangen\b",
        "'hebben uw verzoek ontvangen'",
    ),
    _c(
        "ontvangstbevestiging",
        2,
        r"\bu\s+(?:ontvangt|krijgt)\s+(?:uiterlijk\s+|binnen\s+)[^.]{0,60}\b(?:besluit|beslissing)\b",
        "announces when the besluit follows",
    ),
    # extension
    _c("verdagingsbesluit", 3, r"\b(?:verdaag|verdaging|verdagen)\w*", "word 'verdaging'"),
    _c(
        "verdagingsbesluit",
        3,
        r"\b(?:besluit\s+tot\s+verdaging|verdagingsbesluit)\b",
        "'besluit tot verdaging'",
    ),
    _c(
        "verdagingsbesluit",
        2,
        r"\bbeslistermijn\b[^.]{0,80}\b(?:verdaagd|verlengd|verdagen|verlengen)\b",
        "beslistermijn extended",
    ),
    # decision on a Woo/Wob request
    _c(
        "besluit",
        4,
        r"\bbesluit\s+op\s+(?:uw|het)\s+(?:\w+\s+)?(?:wob|woo)?-?(?:verzoek|informatieverzoek)|\b(?:Wob|Woo)-besluit\b|\bbesluit\s+op\s+uw\s+verzoek\b",
        "'besluit op uw Woo/Wob-verzoek'",
    ),
    _c(
        "besluit",
        3,
        r"\b(?:ik|wij|we)\s+(?:heb|hebben)\s+besloten\b|\bbesluit\s+(?:ik|wij)\b|\b(?:ik|wij)\s+besluit\b",
        "'heb besloten'",
    ),
    _c(
        "besluit",
        2,
        r"\b(?:maak|maken)\s+(?:ik|wij|we)\s+[^.]{0,60}\bopenbaar\b|\bniet\s+openbaar\s+op\s+grond\s+van\b|\b(?:maak|maken)\s+(?:wij|ik)\s+niet\s+openbaar",
        "decides what becomes public",
    ),
    _c(
        "besluit",
        2,
        r"\bartikel\s+(?:10|11|5\.[12])\b[^.]{0,40}\b(?:lid|onder|sub)\b",
        "cites weigeringsgronden",
    ),
    _c(
        "besluit",
        1,
        r"\bbezwaar\s+(?:maken|indienen)\b|\bbinnen\s+zes\s+weken\b[^.]{0,60}\bbezwaar",
        "rechtsmiddelenclausule (bezwaar)",
    ),
    _c(
        "besluit",
        1,
        r"\b(?:documenten\s+aangetroffen|aangetroffen\s+documenten)\b",
        "'documenten aangetroffen'",
    ),
    # inventory
    _c(
        "inventarislijst",
        4,
        r"^\s*(?:Bijlage\s+\w+\s*[-–:]?\s*)?Inventari(?:s|satie)lijst\b",
        "heading 'Inventarislijst'",
    ),
    _c(
        "inventarislijst",
        3,
        r"^.*\b(?:Nr\.?|Volgnum\w*|Nummer|ID)\b.*\bBeoordeling\b.*$",
        "table header with 'Beoordeling'",
    ),
    _c("inventarislijst", 2, r"\bWeigeringsgrond(?:en)?\b", "column 'Weigeringsgrond'"),
    # released documents (e-mails, notes with redaction codes)
    _c("released_document", 1.5, r"^\s*(?:Van|From)\s*:", "e-mail header 'Van:'"),
    _c(
        "released_document",
        1.5,
        r"^\s*(?:Verzonden|Sent|Datum|Date)\s*:\s*\S",
        "e-mail header 'Verzonden:'",
    ),
    _c("released_document", 1, r"^\s*(?:Aan|To|CC)\s*:", "e-mail header 'Aan:'"),
    _c("released_document", 1, r"^\s*(?:Onderwerp|Subject)\s*:", "e-mail header 'Onderwerp:'"),
    _c(
        "released_document",
        2,
        r"(?:5\.1\.[12]\s?[a-i]|10\.[12]\.?[a-g])(?:[^\n]*\n){0,40}?[^\n]*(?:5\.1\.[12]\s?[a-i]|10\.[12]\.?[a-g])",
        "redaction codes in the text",
    ),
    _c("released_document", 3, r"\b(?:VWS|[A-Z]{2,5})-WOO-\d{4,}", "Woo document id stamp"),
    # objection
    _c("bezwaar", 5, r"\bbezwaarschrift\b", "word 'bezwaarschrift'"),
    _c(
        "bezwaar",
        4,
        r"\b(?:maak|teken|dien)\s+(?:ik|wij)\s+(?:hierbij\s+)?(?:pro\s+forma\s+)?bezwaar\b",
        "'maak ik bezwaar'",
    ),
    _c("bezwaar", 2, r"\bbezwaar\s+tegen\s+(?:het|uw)\s+besluit\b", "'bezwaar tegen het besluit'"),
    # news
    _c(
        "news_article",
        3,
        r"^[^\n]{2,60}\s[-–|]\s[0-3]?\d\s+\w+\s+\d{4}\s[-–|]\s",
        "news byline (medium - date - author)",
    ),
    _c(
        "news_article",
        3,
        r"\b(?:Follow the Money|NOS|NRC|de Volkskrant|Trouw|Het Parool|RTL Nieuws|Nieuwsuur|Argos|Investico|De Correspondent)\b",
        "news medium named",
    ),
    _c(
        "news_article",
        2,
        r"\bmet\s+een\s+beroep\s+op\s+de\s+(?:Wet\s+open\w*|Wob|Woo)",
        "'met een beroep op de Wob' (reporting on a request)",
    ),
    _c(
        "news_article",
        2,
        r"\bdocumenten\s+in\s+handen\s+van\b|\bzo\s+blijkt\s+uit\b|\bGerelateerde\s+artikelen\b|\bLees\s+ook\b",
        "journalistic phrasing",
    ),
    _c(
        "news_article",
        1,
        r"\b(?:zegt|aldus|vertelt|laat\s+\w+\s+weten)\b",
        "quotes sources ('zegt')",
    ),
]

_WOB = re.compile(
    r"(?<![-\w])(?:Wob|WOB)(?![\w])|wet\s+openbaarheid\s+van\s+bestuur|\bartikel\s+1[01]\b",
    re.IGNORECASE,
)
_WOO = re.compile(
    r"(?<![-\w])(?:Woo|WOO)(?![\w])|wet\s+open\s+overheid|\bartikel\s+5\.[12]\b|\b5\.1\.[12]\s?[a-i]\b",
    re.IGNORECASE,
)
_INVENTORY_ROW = re.compile(
    r"^\s*\d{1,4}[a-z]?\.?\s+.*\b(?:(?:deels|gedeeltelijke?|niet|geheel|reeds)\s+)?openbaar\b",
    re.IGNORECASE | re.MULTILINE,
)


def _which_law(text: str) -> str:
    wob = len(_WOB.findall(text))
    woo = len(_WOO.findall(text))
    return "wob_besluit" if wob > woo else "woo_besluit"


def classify(pages: Sequence[PageInput], title: str | None = None) -> tuple[str, float, list[str]]:
    """(type, confidence 0..1, reasons) for the document."""
    pages = as_pages(pages)
    text = "\n".join(p.body + "\n" + p.margin for p in pages)
    if title:
        text = title + "\n" + text
    if not text.strip():
        return "other", 0.0, ["no text"]

    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    for cue in CUES:
        if cue.regex.search(text):
            scores[cue.type] = scores.get(cue.type, 0.0) + cue.weight
            reasons.setdefault(cue.type, []).append(cue.reason)

    rows = len(_INVENTORY_ROW.findall(text))
    if rows >= 3:
        scores["inventarislijst"] = scores.get("inventarislijst", 0.0) + 3
        reasons.setdefault("inventarislijst", []).append(f"{rows} inventory rows")

    # answers repeat the questions: the question cues support the answer type
    if scores.get("kamervragen_antwoord"):
        scores["kamervragen_antwoord"] += scores.get("kamervragen", 0.0)
        reasons["kamervragen_antwoord"] += reasons.get("kamervragen", [])
    # a postponement notice names the questions too
    if scores.get("kamervragen_uitstel"):
        scores["kamervragen_uitstel"] += 0.5 * scores.get("kamervragen", 0.0)

    besluit = scores.pop("besluit", 0.0)
    besluit_reasons = reasons.pop("besluit", [])
    extra: list[str] = []
    if besluit >= 4 and scores.get("inventarislijst"):
        # a besluit with its inventarislijst attached stays a besluit
        besluit += scores["inventarislijst"]
        extra.append("inventarislijst attached to the besluit")
        scores["inventarislijst"] = min(scores["inventarislijst"], besluit - 1)
    if besluit and scores.get("verdagingsbesluit") and besluit >= 5:
        # a besluit tells the history, including the verdaging
        scores["verdagingsbesluit"] = min(scores["verdagingsbesluit"], besluit - 1)
    if besluit:
        law_type = _which_law(text)
        scores[law_type] = besluit
        reasons[law_type] = [
            *besluit_reasons,
            *extra,
            "law: " + ("Wob" if law_type == "wob_besluit" else "Woo"),
        ]

    if not scores:
        return "other", 0.2, ["no cue of any known type"]
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < 2:
        return "other", 0.3, [f"weak evidence only ({', '.join(reasons.get(best, []))})"]
    confidence = min(1.0, top / 8) * (top - second) / top
    confidence = round(
        max(0.05, min(1.0, 0.5 + confidence / 2 if top - second >= 2 else confidence)), 2
    )
    return best, confidence, reasons.get(best, [])
