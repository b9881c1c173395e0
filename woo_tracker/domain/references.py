"""Reference value objects and their normal forms (DOMAIN.md §4).

Pure functions only: every normaliser takes text (as found, possibly with OCR noise) and returns the
normal ``value`` or ``None`` when the text is not a valid reference of that kind.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

KINDS = (
    "kamervraag",
    "tk_document",
    "aanhangsel",
    "kamerstuk",
    "kenmerk",
    "date",
    "law_article",
    "law",
    "url",
    "email",
    "ecli",
)

DATE_ROLES = ("document", "submitted", "letter", "received")
KENMERK_ROLES = ("ours", "yours")


@dataclass(frozen=True)
class Reference:
    """One reference found in a document: ``kind`` and normal ``value``, where it was found."""

    kind: str
    value: str
    page: int | None
    role: str | None = None
    raw: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "value": self.value}
        if self.role:
            out["role"] = self.role
        out["page"] = self.page
        return out


# --- OCR helpers --------------------------------------------------------------------------------

_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "i": "1", "S": "5"})


def ocr_digits(text: str) -> str:
    """Digits as OCR reads them: drop spaces, O→0, l/I/|→1."""
    return re.sub(r"\s+", "", text).translate(_OCR_DIGITS)


# --- Parliamentary numbers ----------------------------------------------------------------------


def _zaak_like(text: str, letter: str) -> str | None:
    compact = re.sub(r"\s+", "", text)
    m = re.fullmatch(r"nr\.?(.*)", compact, re.IGNORECASE)
    if m:
        compact = m.group(1)
    m = re.fullmatch(rf"(.{{4}})[{letter}{letter.lower()}](.{{5}})", compact)
    if not m:
        return None
    year, number = ocr_digits(m.group(1)), ocr_digits(m.group(2))
    if not (year.isdigit() and number.isdigit()):
        return None
    if not 1990 <= int(year) <= 2099:
        return None
    return f"{year}{letter}{number}"


def normalise_kamervraag(text: str) -> str | None:
    """'nr 2025Z15452', '2025Z1 5452', '2025 Z 15452', '2O25Z15452' → '2025Z15452'."""
    return _zaak_like(text, "Z")


def normalise_tk_document(text: str) -> str | None:
    """'2025D12345' → '2025D12345'."""
    return _zaak_like(text, "D")


def _session(year1: str, year2: str) -> str | None:
    y1 = ocr_digits(year1)
    y2 = ocr_digits(year2)
    if not (y1.isdigit() and y2.isdigit()) or len(y1) != 4:
        return None
    if len(y2) == 2:
        y2 = y1[:2] + y2
    if len(y2) != 4 or int(y2) != int(y1) + 1:
        return None
    return y1 + y2


def normalise_aanhangsel(chamber: str, year1: str, year2: str, number: str) -> str | None:
    """Aanhangsel Handelingen II, vergaderjaar 2024-2025, nr. 2877 → 'ah-tk-20242025-2877'.

    ``chamber``: 'II' / 'tk' / 'Tweede' for the Tweede Kamer, 'I' / 'ek' / 'Eerste' for the Eerste.
    """
    c = chamber.strip().lower()
    if c in ("ii", "il", "li", "ll", "tk", "tweede", "11", "2"):
        house = "tk"
    elif c in ("i", "ek", "eerste", "1"):
        house = "ek"
    else:
        return None
    session = _session(year1, year2)
    nr = ocr_digits(number)
    if session is None or not nr.isdigit():
        return None
    return f"ah-{house}-{session}-{int(nr)}"


def normalise_kamerstuk(dossier: str, number: str) -> str | None:
    """Kamerstukken II 2020/21, 25 295, nr. 1234 → 'kst-25295-1234'; 21501-20 nr. 270 → 'kst-21501-20-270'."""
    d = re.sub(r"\s+", "", dossier).upper()
    m = re.fullmatch(r"([0-9OlI]{4,6})(?:-([A-Z0-9]{1,4}))?", d)
    nr = ocr_digits(number)
    if not m or not nr.isdigit():
        return None
    main = ocr_digits(m.group(1))
    if not main.isdigit():
        return None
    suffix = f"-{m.group(2)}" if m.group(2) else ""
    return f"kst-{int(main)}{suffix}-{int(nr)}"


def normalise_kenmerk(text: str) -> str | None:
    """A kenmerk as written, trimmed of surrounding spaces and punctuation."""
    value = re.sub(r"\s+", " ", text).strip().strip(".,;:()[]'\"")
    return value or None


# --- Dates --------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# characters OCR confuses inside month names
_OCR_LETTER_CLASSES = {"o": "[o0]", "i": "[il1í]", "l": "[l1i]", "e": "[eé]", "u": "[uü]"}


def _ocr_word(word: str) -> str:
    return "".join(_OCR_LETTER_CLASSES.get(ch, re.escape(ch)) for ch in word)


_MONTH_REGEXES = [
    (re.compile(_ocr_word(name) + r"\.?", re.IGNORECASE), num)
    for name, num in sorted(MONTHS.items(), key=lambda kv: -len(kv[0]))
]
#: regex source matching any (OCR-tolerant) Dutch month name; longest names first
MONTH_PATTERN = (
    "(?:" + "|".join(_ocr_word(n) for n in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
)


def month_number(text: str) -> int | None:
    """'oktober', '0ktober', 'okt.', 'ju1i' → month number."""
    t = text.strip()
    for rx, num in _MONTH_REGEXES:
        if rx.fullmatch(t):
            return num
    return None


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date_parts(day: str, month: str, year: str) -> str | None:
    """('31', 'oktober', '2025') or ('31', '10', '2025') → '2025-10-31'; None if not a real date."""
    d = ocr_digits(day)
    y = ocr_digits(year)
    m_num = int(ocr_digits(month)) if ocr_digits(month).isdigit() else month_number(month)
    if not (d.isdigit() and y.isdigit()) or m_num is None:
        return None
    if len(y) == 2:
        y = "20" + y if int(y) < 70 else "19" + y
    if not 1900 <= int(y) <= 2099:
        return None
    return iso_date(int(y), m_num, int(d))


_DATE_TEXT = re.compile(
    rf"^\s*([0-3]?[0-9OIl])\s*({MONTH_PATTERN})\s*([12][0-9OIl]{{3}})\s*$|^\s*(\d{{1,2}})[-./](\d{{1,2}})[-./](\d{{4}})\s*$"
    r"|^\s*(\d{4})-(\d{2})-(\d{2})\s*$",
    re.IGNORECASE,
)


def normalise_date(text: str) -> str | None:
    """'31 oktober 2025', '31-10-2025', '2025-10-31' → '2025-10-31'."""
    m = _DATE_TEXT.match(text)
    if not m:
        return None
    g = m.groups()
    if g[0]:
        return normalise_date_parts(g[0], g[1], g[2])
    if g[3]:
        return normalise_date_parts(g[3], g[4], g[5])
    return normalise_date_parts(g[8], g[7], g[6])


# --- Laws and articles --------------------------------------------------------------------------

#: long names (lower case, without diacritics) → usual abbreviation
LAW_NAMES: dict[str, str] = {
    "wet politiegegevens": "Wpg",
    "wpg": "Wpg",
    "wet open overheid": "Woo",
    "woo": "Woo",
    "wet openbaarheid van bestuur": "Wob",
    "wob": "Wob",
    "algemene verordening gegevensbescherming": "AVG",
    "avg": "AVG",
    "uitvoeringswet avg": "UAVG",
    "uavg": "UAVG",
    "algemene wet bestuursrecht": "Awb",
    "awb": "Awb",
    "algemene termijnenwet": "Atw",
    "archiefwet": "Archiefwet",
    "wet justitiele en strafvorderlijke gegevens": "Wjsg",
    "wjsg": "Wjsg",
    "wet op de inlichtingen- en veiligheidsdiensten": "Wiv",
    "wiv": "Wiv",
    "wet veiligheidsregio's": "Wvr",
    "wet veiligheidsregios": "Wvr",
    "wvr": "Wvr",
    "wet hergebruik van overheidsinformatie": "Who",
    "wet bescherming persoonsgegevens": "Wbp",
    "wbp": "Wbp",
}


def normalise_law(text: str) -> str | None:
    """'Wet politiegegevens', 'Wpg', 'WOB' → 'Wpg', 'Wpg', 'Wob'."""
    key = re.sub(r"\s+", " ", text).strip().lower()
    key = key.replace("ë", "e").replace("é", "e").replace("’", "'")
    return LAW_NAMES.get(key)


ORDINALS: dict[str, int] = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
}


def lid_number(text: str) -> int | None:
    """'tweede' → 2, '2' → 2, '2e' → 2."""
    t = text.strip().lower()
    if t in ORDINALS:
        return ORDINALS[t]
    digits = ocr_digits(t.rstrip("e"))
    return int(digits) if digits.isdigit() else None


def law_article_value(
    law: str, article: str, lid: int | str | None = None, sub: str | None = None
) -> str | None:
    """('Woo', '5.1', 2, 'e') → 'woo:5.1.2.e'; ('Wob', '10', 2, 'e') → 'wob:10.2.e'; ('Woo', '5.2') → 'woo:5.2'."""
    law_key = (normalise_law(law) or law).lower()
    art = re.sub(r"\s+", "", article).replace(":", ".")
    art = ".".join(ocr_digits(p) for p in art.split("."))
    if not re.fullmatch(r"\d+[a-z]?(?:\.\d+[a-z]?)*", art):
        return None
    parts = [art]
    if lid is not None and lid != "":
        n = lid if isinstance(lid, int) else lid_number(lid)
        if n is None:
            return None
        parts.append(str(n))
    if sub:
        s = sub.strip().lower().rstrip(".")
        if s == "¢":
            s = "e"
        if not re.fullmatch(r"[a-z]", s):
            return None
        parts.append(s)
    return f"{law_key}:{'.'.join(parts)}"


def law_for_article(article: str, hint: str | None = None) -> str | None:
    """Which openness law a bare weigeringsgrond number belongs to.

    Woo articles are numbered chapter.article (5.1, 5.2); the Wob's grounds are articles 10 and 11.
    """
    art = article.strip()
    if re.fullmatch(r"5\.\d+", art):
        return "woo"
    if art in ("10", "11"):
        return "wob"
    return hint


_SHORT_WOO = re.compile(r"^5\.?(\d)\.?(\d)?\.?\s*([a-i¢])?$")
_SHORT_WOB = re.compile(r"^(10|11)\.(\d)(?:\.?([a-g]))?$")
_BZ_WOB = re.compile(r"^\((10|11)\)\((\d)([a-g])?\)$")


def normalise_ground_code(code: str, law: str | None = None) -> str | None:
    """Short redaction codes → normal form.

    '5.1.2e', '5.1.2.e', '5.1.2 e' → 'woo:5.1.2.e'; '5.1.5' → 'woo:5.1.5'; '5.2' → 'woo:5.2';
    '10.2.e' → 'wob:10.2.e'; '11.1' → 'wob:11.1'; '(10)(2e)' → 'wob:10.2.e'.
    """
    c = re.sub(r"\s+", "", code).lower().replace("¢", "e")
    m = _BZ_WOB.match(c)
    if m:
        return law_article_value("wob", m.group(1), int(m.group(2)), m.group(3))
    m = _SHORT_WOB.match(c)
    if m and (law in (None, "wob")):
        return law_article_value("wob", m.group(1), int(m.group(2)), m.group(3))
    m = _SHORT_WOO.match(c)
    if m:
        first, second, sub = m.group(1), m.group(2), m.group(3)
        if second is None:
            # '5.2' (article 5.2) or '5.1' without lid
            return None if sub else f"woo:5.{first}"
        if first == "1" and second in "12" and sub:
            return f"woo:5.1.{second}.{sub}"
        if first == "1" and not sub:
            return f"woo:5.1.{second}"
        return None
    return None


# --- URLs, e-mail, ECLI -------------------------------------------------------------------------


def normalise_url(text: str) -> str | None:
    """Strip trailing punctuation (also '?' with nothing after it): '…/algoritme?' → '…/algoritme'."""
    value = text.strip()
    while value and value[-1] in ".,;:!?)]}>'\"’”":
        if value[-1] == ")" and value.count("(") >= value.count(")"):
            break
        value = value[:-1]
    if not re.match(r"https?://[^/\s]+\.[^/\s]+", value, re.IGNORECASE):
        return None
    return value


def normalise_email(text: str) -> str | None:
    value = text.strip().strip(".,;:<>()").lower()
    return value if re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value) else None


def normalise_ecli(text: str) -> str | None:
    value = re.sub(r"\s+", "", text).upper().rstrip(".,;")
    return value if re.fullmatch(r"ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+", value) else None
