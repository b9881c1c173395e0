"""Inventarislijst rows (number, date, description, beoordeling, weigeringsgronden).

Works on layout text (one table row per line, cells separated by runs of spaces; cells may wrap
above and below the numbered line) and, as a fallback, on a stream with one cell per line.
Rows are only looked for after a table header ("Nr … Beoordeling", "Weigeringsgrond") or an
"Inventarislijst" heading, and their numbers must follow each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from woo_tracker.domain.references import normalise_date_parts
from woo_tracker.ingest.analysis_types import PageInput, as_pages
from woo_tracker.ingest.refs import (
    DATE,
    LAW_ARTICLE,
    SHORT_GROUND,
    Context,
    _law_article,
    _short_ground,
)

BEOORDELINGEN = ("openbaar", "deels openbaar", "niet openbaar")


@dataclass(frozen=True)
class InventoryRow:
    number: str
    date: str | None
    description: str
    beoordeling: str | None
    gronden: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "date": self.date,
            "description": self.description,
            "beoordeling": self.beoordeling,
            "gronden": list(self.gronden),
        }


@dataclass(frozen=True)
class Inventory:
    rows: list[InventoryRow]
    counts_by_ground: dict[str, int]
    counts_by_beoordeling: dict[str, int]

    def to_json(self) -> dict:
        return {
            "rows": [r.to_json() for r in self.rows],
            "counts_by_ground": dict(self.counts_by_ground),
            "counts_by_beoordeling": dict(self.counts_by_beoordeling),
        }


HEADER = re.compile(
    r"^.*\b(?:Beoordeling(?!\s+door)|Weigeringsgrond(?:en)?|Beslissing\s+conform)\b.*$"
    r"|^.*\b(?:Nr\.?|Nummer|Volgnum\w*)\s.*\b(?:Document|Omschrijving|Titel|Datum)\b.*$",
)
TITLE = re.compile(
    r"^\s*(?:Bijlage\s+\w+\s*[-–:]?\s*)?Inventari(?:s|satie)lijst\b.*$", re.IGNORECASE
)


def _furniture(line: str) -> bool:
    return bool((HEADER.match(line) and not ROW_START.match(line)) or TITLE.match(line))


ROW_START = re.compile(r"^(?P<indent>\s{0,24})(?P<n>\d{1,4}[a-z]?)\.?(?=\s)(?P<rest>\s+\S.*)$")
DATE_RX = re.compile(DATE, re.IGNORECASE)
LEADING_DATE = re.compile(r"^\s*" + DATE, re.IGNORECASE)
SEGMENT = re.compile(r"\S+(?: \S+)*")
BEOORDELING_CELL = re.compile(
    r"^(?:(?:geheel|gedeeltelijke?|deels|niet|reeds|volledig)\b|openbaar\b|weiger|geweigerd|buiten\b|reikwijdte|zie\s+document|beoordeling\s+door)",
    re.IGNORECASE,
)
GROUND_CELL = re.compile(
    r"^(?:artikel\b|art\.|\d{1,2}\.\d|\(\d+\)\(|lid\b|sub\b|aanhef\b|onder\s+[a-i]\b|en\s+(?:onder|artikel)\b|(?:eerste|tweede|derde)\s*l\s?i?d\b"
    r"|(?:eerste|tweede|derde)\b|\d{1,2}\s+(?:Wob|Woo)\b|Wob\b|Woo\b|[a-i](?:\s+(?:Wob|Woo))?$)",
    re.IGNORECASE,
)


#: The beoordeling and grounds at the end of a row whose cells are separated by one space only.
ROW_TAIL = re.compile(
    r"\s(?P<b>(?:(?:geheel|reeds|volledig)\s+)?openbaar|(?:deels|gedeeltelijke?)\s+openbaar|niet\s+openbaar|geweigerd)"
    r"(?P<g>(?:\s*(?:,|;|en)?\s*\d+(?:\.\d+)*(?:\.[a-i])?)*)\s*$",
    re.IGNORECASE,
)


def beoordeling_value(text: str) -> str | None:
    """'Deels openbaar', 'Gedeeltelijk Openbaar', 'gedeeltelijke openbaar', 'Deels' → 'deels openbaar' …"""
    t = re.sub(r"\s+", " ", text).strip().lower()
    if not t:
        return None
    if re.match(r"(?:niet|geen)\b|weiger|geweigerd", t):
        return "niet openbaar"
    if re.match(r"(?:deels|gedeeltelijke?|gedeeltelijk)\b", t):
        return "deels openbaar"
    if re.match(r"(?:geheel\s+|reeds\s+|volledig\s+)?openbaar\b", t):
        return "openbaar"
    return None


def grounds_in(text: str, law_hint: str | None = None) -> list[str]:
    """Normal forms of the weigeringsgronden in a cell: '10.2.e, 11.1', 'artikel 10, tweede lid, aanhef en onder e Wob'."""
    ctx = Context(law_hint=law_hint)
    found: list[tuple[int, str]] = []
    flat = re.sub(r"\s+", " ", text)
    for m in re.finditer(LAW_ARTICLE, flat):
        for v in _law_article(m, ctx) or []:
            found.append((m.start(), v))
    for m in re.finditer(SHORT_GROUND, flat):
        v = _short_ground(m, ctx)
        if v:
            found.append((m.start(), v))
    out: list[str] = []
    for _, v in sorted(found):
        if v not in out:
            out.append(v)
    return out


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    if g.get("d1"):
        return normalise_date_parts(g["d1"], g["m1"], g["y1"])
    if g.get("d2"):
        return normalise_date_parts(g["d2"], g["m2"], g["y2"])
    if g.get("d3"):
        return normalise_date_parts(g["d3"], g["m3"], g["y3"])
    return None


def _follows(prev: str | None, n: str) -> bool:
    m = re.fullmatch(r"(\d+)([a-z]?)", n)
    if not m:
        return False
    num, suffix = int(m.group(1)), m.group(2)
    if prev is None:
        return num <= 10
    pm = re.fullmatch(r"(\d+)([a-z]?)", prev)
    assert pm
    pnum, psuffix = int(pm.group(1)), pm.group(2)
    if num == pnum:
        return bool(suffix) and suffix > psuffix
    return pnum < num <= pnum + 3


@dataclass
class _Row:
    number: str
    line_index: int
    date: str | None
    cells: list[tuple[int, int, str]] = field(default_factory=list)  # (line index, column, text)


def extract_inventory(pages: Sequence[PageInput]) -> Inventory:
    pages = as_pages(pages)
    text = "\n".join(p.body for p in pages)
    law = (
        "woo"
        if re.search(r"\b5\.1\.[12]\s?[a-i]\b|\bWoo\b|wet open overheid", text, re.I)
        else "wob"
    )
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if HEADER.match(line)), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if TITLE.match(line)), None)
    if start is None:
        return _inventory([])
    lines = [("" if i > start and _furniture(line) else line) for i, line in enumerate(lines)]
    rows = _layout_rows(lines, start + 1, law)
    if len(rows) < 2:
        stream = _stream_rows(lines, start + 1, law)
        if len(stream) > len(rows):
            rows = stream
    return _inventory(rows)


def _inventory(rows: list[InventoryRow]) -> Inventory:
    grounds: Counter[str] = Counter()
    beoordelingen: Counter[str] = Counter()
    for r in rows:
        grounds.update(set(r.gronden))
        if r.beoordeling:
            beoordelingen[r.beoordeling] += 1
    return Inventory(rows, dict(grounds), dict(beoordelingen))


def _segments(line: str, offset: int = 0) -> list[tuple[int, str]]:
    return [(m.start() + offset, m.group(0)) for m in SEGMENT.finditer(line)]


def _layout_rows(lines: list[str], start: int, law: str) -> list[InventoryRow]:
    rows: list[_Row] = []
    prev: str | None = None
    for i in range(start, len(lines)):
        m = ROW_START.match(lines[i])
        if not m or not _follows(prev, m.group("n")):
            continue
        rest = m.group("rest")
        offset = m.start("rest")
        dm = LEADING_DATE.match(rest)
        date = None
        if dm:
            date = _iso(dm)
            offset += dm.end()
            rest = rest[dm.end() :]
        row = _Row(m.group("n"), i, date)
        row.cells = [(i, col, seg) for col, seg in _segments(rest, offset)]
        rows.append(row)
        prev = m.group("n")
    if not rows:
        return []
    row_at = {r.line_index: r for r in rows}
    # the other lines of a paragraph (no blank line between) belong to its nearest row (ties: the
    # row above); a paragraph without a row continues the row above it (a wrapped cell)
    first, last = rows[0].line_index, rows[-1].line_index
    end = last + 1
    while end < len(lines) and end - last <= 6 and lines[end].strip() != "\f":
        end += 1
    i = first
    while i > start and lines[i - 1].strip():
        i -= 1
    previous: _Row | None = None
    while i < end:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < end and lines[j].strip():
            j += 1
        block_rows = [k for k in range(i, j) if k in row_at]
        for k in range(i, j):
            if k in row_at:
                continue
            if block_rows:
                owner = min(block_rows, key=lambda r: (abs(r - k), r > k))
                target = row_at[owner]
            elif previous is not None:
                target = previous
            else:
                continue
            target.cells.extend((k, col, seg) for col, seg in _segments(lines[k]))
        if block_rows:
            previous = row_at[block_rows[-1]]
        i = j
    return [_finish(r, law) for r in rows]


def _finish(row: _Row, law: str) -> InventoryRow:
    cells = sorted(row.cells)
    beo = [(line, col, t) for line, col, t in cells if BEOORDELING_CELL.match(t)]
    grounds = [
        (line, col, t)
        for line, col, t in cells
        if GROUND_CELL.match(t) and (line, col, t) not in beo
    ]
    boundary = min([c for _, c, _ in beo] or [c for _, c, _ in grounds] or [10**6])
    description_cells = [
        t
        for line, col, t in cells
        if col < boundary - 1 and (line, col, t) not in beo and (line, col, t) not in grounds
    ]
    description = re.sub(r"\s+", " ", " ".join(description_cells)).strip()
    beoordeling = beoordeling_value(" ".join(t for _, _, t in beo))
    gronden = grounds_in(" ".join(t for _, _, t in grounds), law)
    if beoordeling is None and (tail := ROW_TAIL.search(description)):
        # a text layer without column gaps: "… netwerk Deels openbaar 10.2.e, 11.1"
        description = description[: tail.start()].strip()
        beoordeling = beoordeling_value(tail.group("b"))
        gronden = gronden or grounds_in(tail.group("g"), law)
    date = row.date
    if date is None:
        m = DATE_RX.search(description)
        if m:
            date = _iso(m)
    return InventoryRow(
        number=row.number,
        date=date,
        description=description,
        beoordeling=beoordeling,
        gronden=gronden,
    )


def _stream_rows(lines: list[str], start: int, law: str) -> list[InventoryRow]:
    """One cell per line (text extracted without layout): number, date, description, beoordeling, grond."""
    cells = [line.strip() for line in lines[start:] if line.strip()]
    rows: list[InventoryRow] = []
    prev: str | None = None
    i = 0
    while i < len(cells):
        n = cells[i]
        if re.fullmatch(r"\d{1,4}[a-z]?\.?", n) and _follows(prev, n.rstrip(".")):
            j = i + 1
            body: list[str] = []
            while j < len(cells):
                nxt = cells[j]
                if re.fullmatch(r"\d{1,4}[a-z]?\.?", nxt) and _follows(
                    n.rstrip("."), nxt.rstrip(".")
                ):
                    break
                body.append(nxt)
                j += 1
            date = None
            desc: list[str] = []
            beo: list[str] = []
            grounds: list[str] = []
            for c in body:
                dm = re.fullmatch(r"\s*" + DATE + r"\s*", c, re.IGNORECASE)
                if dm and date is None:
                    date = _iso(dm)
                elif BEOORDELING_CELL.match(c):
                    beo.append(c)
                elif GROUND_CELL.match(c):
                    grounds.append(c)
                elif not beo and not grounds:
                    desc.append(c)
            rows.append(
                InventoryRow(
                    n.rstrip("."),
                    date,
                    " ".join(desc),
                    beoordeling_value(" ".join(beo)),
                    grounds_in(" ".join(grounds), law),
                )
            )
            prev = n.rstrip(".")
            i = j
        else:
            i += 1
    return rows
