"""Reference extraction: Zaak numbers, Aanhangsels, Kamerstukken, kenmerken, dates, laws …

Table driven: :data:`RULES` is a list of :class:`Rule` (kind, compiled regex, normaliser, role).
A new pattern is one line in the table (and one test). Every regex tolerates the usual OCR noise:
digits split by spaces, O for 0, l/I for 1, margin text interleaved with the body.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from woo_tracker.domain.references import (
    MONTH_PATTERN,
    Reference,
    law_article_value,
    law_for_article,
    lid_number,
    normalise_aanhangsel,
    normalise_date_parts,
    normalise_ecli,
    normalise_email,
    normalise_ground_code,
    normalise_kamerstuk,
    normalise_kamervraag,
    normalise_kenmerk,
    normalise_law,
    normalise_tk_document,
    normalise_url,
)
from woo_tracker.ingest.analysis_types import PageInput, as_pages

# --- building blocks ----------------------------------------------------------------------------

D = r"[0-9OIl]"  # a digit as OCR may read it
_MONTH = MONTH_PATTERN
#: a full date, with named groups (d1, m1, y1) for "31 oktober 2025" or (d2, m2, y2) for "31-10-2025"
DATE = (
    rf"(?P<date>(?<![\w])(?P<d1>[0-3]?{D})\s*(?P<m1>{_MONTH})(?![a-z])\s{{0,3}}(?P<y1>[12]{D}{{3}})(?!\d)"
    r"|(?<![\d\w])(?P<d2>[0-3]?\d)[-./](?P<m2>[01]?\d)[-./](?P<y2>(?:19|20)\d{2})(?!\d)"
    r"|(?<![\d\w])(?P<y3>(?:19|20)\d{2})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d))"
)
#: a date without year followed by "jl." (jongstleden): resolved against the document date
JL_DATE = rf"(?P<jdate>(?P<jd>[0-3]?\d)\s+(?P<jm>{_MONTH})\s+(?:jl|j\.l|jongstleden)\b\.?)"
DATE_OR_JL = rf"(?:{JL_DATE}|{DATE})"
_KENMERK_VALUE = r"(?P<v>[A-Za-z0-9][\w./\-]*\d[\w./\-]*)"
_SKIP = (
    r"(?:(?!Uw\b|Datum\b|Betreft\b|Ons\b|Onze\b|Bijlage|Pagina\b)(?:[^\s\d]\S*|\d{1,2}\b)\s+){0,3}?"
)

_WOB_NAMES = r"Wob|WOB|(?i:wet\s+openbaarheid\s+van\s+bestuur)"
_WOO_NAMES = r"Woo|WOO|(?i:wet\s+open\s+overheid)"
_OTHER_LAW_NAMES = (
    r"Awb|Wpg|AVG|UAVG|Bbz|Grondwet|EVRM|Wjsg|Wiv|Archiefwet|(?i:algemene\s+wet\s+bestuursrecht)"
)

LAW_ARTICLE = (
    r"\b(?:[Aa]rtikel(?:en)?|[Aa]rt\.?)\s*(?P<art>\d{1,3}(?:[.:]\d{1,2})?[a-z]?)(?![\d.:]*\d)"
    r"(?:,?\s*(?:(?P<lidw>eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|\d{1,2}e)\s*l\s?i?d\b"
    r"|lid\s*(?P<lidn>\d{1,2})))?"
    r"(?:,?\s*(?:aanhef\s+en\s+)?(?:onder|sub)\s+(?P<subs>[a-i](?:\s*(?:,|en|of)\s*[a-i])*)(?![a-z]))?"
    rf"(?:,?\s*(?:van\s+(?:de|het)\s+)?(?P<law>{_WOB_NAMES}|{_WOO_NAMES}|{_OTHER_LAW_NAMES})\b)?"
)
SHORT_GROUND = (
    r"(?<![\d.\w])(?P<code>5\.1\.[12]\.?\s?[a-i¢]|5\.1\.[3-7]|10\.[12]\.?[a-g]|11\.[12]"
    r"|\((?:10|11)\)\(\d[a-g]?\))(?![\d\w]|\.\d)"
)


@dataclass
class Context:
    """What a normaliser may know about the whole document."""

    law_hint: str | None = None  # "wob" / "woo" when the document is clearly about one of them


Normaliser = Callable[[re.Match, Context], "str | list[str] | None"]


class Rule(NamedTuple):
    kind: str
    regex: re.Pattern[str]
    normalise: Normaliser
    role: str | None = None


# --- normalisers (match → value) ----------------------------------------------------------------


def _date(m: re.Match, ctx: Context) -> str | None:
    g = m.groupdict()
    if g.get("d1") and g.get("y1"):
        return normalise_date_parts(g["d1"], g["m1"], g["y1"])
    if g.get("jd"):  # "27 augustus jl." — year resolved later
        month = normalise_date_parts(g["jd"], g["jm"], "2000")
        return None if month is None else "jl:" + month[5:]
    if g.get("d2"):
        return normalise_date_parts(g["d2"], g["m2"], g["y2"])
    if g.get("d3"):
        return normalise_date_parts(g["d3"], g["m3"], g["y3"])
    return None


def _group(name: str, fn: Callable[[str], str | None]) -> Normaliser:
    return lambda m, ctx: fn(m.group(name))


def _kenmerk_ours(m: re.Match, ctx: Context) -> str | None:
    before = m.string[max(0, m.start() - 4) : m.start()].lower()
    if re.search(r"uw\s*$", before):
        return None
    return _kenmerk_value(m.group("v"))


def _kenmerk_value(v: str) -> str | None:
    value = normalise_kenmerk(v)
    if value is None or len(value) < 4 or re.fullmatch(r"(19|20)\d\d", value):
        return None
    return value


def _aanhangsel(m: re.Match, ctx: Context) -> str | None:
    chamber = m.group("ch") or "II"
    chamber = {"tweede kamer": "II", "eerste kamer": "I"}.get(chamber.lower(), chamber)
    return normalise_aanhangsel(chamber, m.group("y1"), m.group("y2"), m.group("nr"))


def _aanhangsel_id(m: re.Match, ctx: Context) -> str | None:
    session = m.group("s")
    return normalise_aanhangsel(m.group("ch"), session[:4], session[4:], m.group("nr"))


def _law(m: re.Match, ctx: Context) -> str | None:
    return normalise_law(m.group(0))


def _law_article(m: re.Match, ctx: Context) -> list[str] | None:
    art = m.group("art").replace(":", ".")
    lid = lid_number(m.group("lidw")) if m.group("lidw") else m.group("lidn")
    subs = re.findall(r"[a-i]", m.group("subs") or "")
    law_text = m.group("law")
    law: str | None
    if law_text:
        law = (normalise_law(law_text) or "").lower()
    else:
        after = m.string[m.end() : m.end() + 40]
        other = re.match(
            rf"\s*,?\s*(?:van\s+(?:de|het)\s+)?(?:{_OTHER_LAW_NAMES}|[A-Z]\w*wet\b)", after
        )
        if other:
            return None
        law = law_for_article(art, ctx.law_hint)
        if law == "wob" and ctx.law_hint != "wob" and lid is None and not subs:
            return None  # a bare "artikel 10" in a text that is not about the Wob
    if law not in ("wob", "woo"):
        return None
    values = (
        [law_article_value(law, art, lid, s) for s in subs]
        if subs
        else [law_article_value(law, art, lid)]
    )
    return [v for v in values if v]


def _short_ground(m: re.Match, ctx: Context) -> str | None:
    code = m.group("code")
    if code.startswith("11.") and ctx.law_hint != "wob":
        return None  # "11.1" is only a ground in a Wob text
    return normalise_ground_code(code)


def _ocr_zaak(m: re.Match, ctx: Context) -> str | None:
    compact = re.sub(r"\s+", "", m.group("v"))
    return normalise_kamervraag(compact[:4] + "Z" + compact[5:])


def _url(m: re.Match, ctx: Context) -> str | None:
    return normalise_url(m.group(0))


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


IGN = re.IGNORECASE

# --- the table ----------------------------------------------------------------------------------

RULES: list[Rule] = [
    # parliamentary numbers
    Rule(
        "kamervraag",
        _rx(rf"(?<![\w])(?P<v>[12]{D}{{3}}\s?Z\s?(?:{D}\s?){{4}}{D})(?!\d)"),
        _group("v", normalise_kamervraag),
    ),
    # OCR reads the Z of a Zaak number as 2 or 7 ("nr 2025215452"): trusted only after "ingezonden … nr"
    Rule(
        "kamervraag",
        _rx(rf"ingezonden[^)]{{0,40}}?\bnr\.?\s*(?P<v>[12]{D}{{3}}\s?[27]\s?(?:{D}\s?){{4}}{D})(?!\d)", IGN),
        _ocr_zaak,
    ),
    Rule(
        "tk_document",
        _rx(rf"(?<![\w])(?P<v>[12]{D}{{3}}\s?D\s?(?:{D}\s?){{4}}{D})(?!\d)"),
        _group("v", normalise_tk_document),
    ),
    Rule(
        "aanhangsel",
        _rx(
            r"Aanhangsel\s+(?:van\s+de\s+)?Handelingen\s*(?P<ch>II|Il|lI|ll|I|11|Tweede Kamer|Eerste Kamer)?\s*,?\s*"
            r"(?:vergaderjaar\s+)?(?P<y1>[12]\d{3})\s*[-–/]\s*(?P<y2>\d{2,4})\s*,?\s*(?:nr\.?|nummer|no\.?)\s*(?P<nr>\d+)",
            IGN,
        ),
        _aanhangsel,
    ),
    Rule("aanhangsel", _rx(r"\bah-(?P<ch>tk|ek)-(?P<s>\d{8})-(?P<nr>\d+)\b", IGN), _aanhangsel_id),
    Rule(
        "kamerstuk",
        _rx(
            r"Kamerstuk(?:ken)?\s*(?:I{1,2}\b)?\s*,?\s*(?:vergaderjaar\s+)?[12]\d{3}\s*[-–/]\s*\d{2,4}\s*,?\s*"
            r"(?P<dossier>\d{2}\s?\d{3}(?:\s?-\s?[A-Z0-9]{1,4})?)\s*,?\s*(?:nr\.?|nummer)\s*(?P<nr>\d+)",
            IGN,
        ),
        lambda m, ctx: normalise_kamerstuk(m.group("dossier"), m.group("nr")),
    ),
    Rule(
        "kamerstuk",
        _rx(r"\bkst-(?P<dossier>\d+(?:-[A-Z0-9]+)?)-(?P<nr>\d+)\b", IGN),
        lambda m, ctx: normalise_kamerstuk(m.group("dossier"), m.group("nr")),
    ),
    # kenmerken
    Rule(
        "kenmerk",
        _rx(rf"\b(?:Uw\s+kenmerk|Uw\s+referentie|Uw\s+ref\.)\s*:?\s*{_SKIP}{_KENMERK_VALUE}", IGN),
        _group("v", _kenmerk_value),
        "yours",
    ),
    Rule(
        "kenmerk",
        _rx(
            r"(?:\b(?:Onze\s+referentie|Ons\s+ken\w?merk)|(?:^|(?<=\n))[ \t]*(?-i:Kenmerk|Zaaknummer|Referentie)\b|\b(?:Kenmerk|Zaaknummer)(?=\s*:))"
            rf"\s*:?\s*{_SKIP}{_KENMERK_VALUE}",
            IGN,
        ),
        _kenmerk_ours,
        "ours",
    ),
    # dates with a role: the cue before (or after) the date says which date it is
    Rule("date", _rx(rf"\bDatum\s*:?\s*(?:(?!\d)\S+\s+){{0,2}}?{DATE}", IGN), _date, "document"),
    Rule("date", _rx(rf"\(\s*ontvangen\s+(?:op\s+)?{DATE}", IGN), _date, "document"),
    Rule("date", _rx(rf"{DATE}(?=\s*(?:Onze\s+referentie|Ons\s+kenmerk))", IGN), _date, "document"),
    Rule("date", _rx(rf"\bingezonden\s+(?:op\s+)?{DATE}", IGN), _date, "submitted"),
    Rule(
        "date",
        _rx(
            r"\b(?:uw|bij|per|in|met)\s+(?:schriftelijke?\s+)?(?:brief|e-?mail|verzoek|aanvraag|mail|bericht)"
            rf"\s+(?:van|d\.d\.|gedateerd|op)\s+{DATE_OR_JL}",
            IGN,
        ),
        _date,
        "letter",
    ),
    Rule("date", _rx(rf"\bontvangen\s+(?:op\s+)?{DATE}", IGN), _date, "received"),
    Rule("date", _rx(DATE, IGN), _date),
    # law articles and laws
    Rule("law_article", _rx(LAW_ARTICLE), _law_article),
    Rule("law_article", _rx(SHORT_GROUND), _short_ground),
    Rule(
        "law",
        _rx(
            r"(?<![-\w])(?:Wpg|Woo|WOO|Wob|WOB|AVG|UAVG|Awb|Wjsg|Wvr|Wbp)(?![-\w])"
            r"|(?i:wet\s+politiegegevens|wet\s+open\s+overheid|wet\s+openbaarheid\s+van\s+bestuur"
            r"|algemene\s+verordening\s+gegevensbescherming|algemene\s+wet\s+bestuursrecht"
            r"|wet\s+justiti[eë]le\s+en\s+strafvorderlijke\s+gegevens|wet\s+veiligheidsregio['’]?s)"
        ),
        _law,
    ),
    # addresses
    Rule("url", _rx(r"https?://[^\s<>\"'\]]+", IGN), _url),
    Rule(
        "email",
        _rx(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        lambda m, ctx: normalise_email(m.group(0)),
    ),
    Rule(
        "ecli",
        _rx(r"ECLI\s?:\s?[A-Z]{2}\s?:\s?[A-Z0-9]+\s?:\s?\d{4}\s?:\s?[A-Z0-9.]*[A-Z0-9]", IGN),
        lambda m, ctx: normalise_ecli(m.group(0)),
    ),
]

#: tried on page 1 only when no rule above found the document's own date
FALLBACK_DOCUMENT_DATE: list[re.Pattern[str]] = [
    # a news byline: "Follow the Money - 2 oktober 2021 - Pieter Beens"
    re.compile(rf"^[^\n]{{2,60}}?\s[-–|]\s{DATE}", re.IGNORECASE | re.MULTILINE),
    # "Den Haag, 12 mei 2021" at the start of a line
    re.compile(rf"^\s*[A-Z][\w' -]{{1,30}},\s+{DATE}", re.MULTILINE),
]


# --- extraction ---------------------------------------------------------------------------------


def law_hint(text: str) -> str | None:
    """'wob' or 'woo' when the text is about one openness law more than the other."""
    wob = len(re.findall(rf"(?<![-\w])(?:{_WOB_NAMES})(?![\w])", text))
    woo = len(re.findall(rf"(?<![-\w])(?:{_WOO_NAMES})(?![\w])", text))
    if wob > woo:
        return "wob"
    if woo > wob:
        return "woo"
    return None


def _value_span(m: re.Match) -> tuple[int, int]:
    for name in ("date", "jdate", "v", "code"):
        if name in m.re.groupindex and m.group(name) is not None:
            return m.span(name)
    return m.span()


def extract_references(pages: Sequence[PageInput]) -> list[Reference]:
    """All references in the pages, deduplicated by (kind, value, role), first page kept."""
    pages = as_pages(pages)
    ctx = Context(law_hint=law_hint("\n".join(p.body + "\n" + p.margin for p in pages)))
    found: list[tuple[int, int, int, Reference]] = []  # (page, part, pos, ref)
    for page in pages:
        for part, text in enumerate((page.margin, page.body)):
            if not text:
                continue
            taken: dict[tuple[str, int], str | None] = {}  # (kind, start of value) → role taken
            for rule in RULES:
                for m in rule.regex.finditer(text):
                    start = _value_span(m)[0]
                    if rule.kind == "date" and ("date", start) in taken:
                        continue  # this date already has a role from an earlier, more specific rule
                    result = rule.normalise(m, ctx)
                    if not result:
                        continue
                    values = result if isinstance(result, list) else [result]
                    if rule.kind == "date":
                        taken[("date", start)] = rule.role
                    for value in values:
                        ref = Reference(
                            rule.kind, value, page.number, rule.role, m.group(0).strip()
                        )
                        found.append((page.number, part, start, ref))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    refs = [t[3] for t in found]

    if pages and not any(r.kind == "date" and r.role == "document" for r in refs):
        first = pages[0]
        for rx in FALLBACK_DOCUMENT_DATE:
            m = rx.search(first.body[:600])
            if m:
                value = _date(m, ctx)
                if value:
                    refs.insert(
                        0, Reference("date", value, first.number, "document", m.group("date"))
                    )
                    break

    refs = _resolve_jl(refs)
    return _dedupe(refs)


def _resolve_jl(refs: list[Reference]) -> list[Reference]:
    doc = document_date(refs)
    out = []
    for r in refs:
        if r.kind == "date" and r.value.startswith("jl:"):
            if doc is None:
                continue
            month, day = (int(x) for x in r.value[3:].split("-"))
            year = doc.year if (month, day) <= (doc.month, doc.day) else doc.year - 1
            try:
                r = Reference("date", _dt.date(year, month, day).isoformat(), r.page, r.role, r.raw)
            except ValueError:
                continue
        out.append(r)
    return out


def _dedupe(refs: list[Reference]) -> list[Reference]:
    seen: set[tuple[str, str, str | None]] = set()
    roled_dates = {r.value for r in refs if r.kind == "date" and r.role}
    out = []
    for r in refs:
        key = (r.kind, r.value, r.role)
        if key in seen:
            continue
        if r.kind == "date" and r.role is None and r.value in roled_dates:
            continue
        seen.add(key)
        out.append(r)
    return out


def _first_date(refs: Sequence[Reference], role: str) -> _dt.date | None:
    for r in refs:
        if r.kind == "date" and r.role == role and not r.value.startswith("jl:"):
            return _dt.date.fromisoformat(r.value)
    return None


def document_date(refs: Sequence[Reference]) -> _dt.date | None:
    """The document's own date (role 'document'), or None."""
    return _first_date(refs, "document")


def submitted_date(refs: Sequence[Reference]) -> _dt.date | None:
    """The day Kamervragen were submitted ('ingezonden'), or None."""
    return _first_date(refs, "submitted")
