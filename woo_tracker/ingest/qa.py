"""Question / answer pairs of Kamervragen and their answers.

Formats: the ministry letter ("Vraag 1" / "Antwoord op vraag 1"), the Aanhangsel ("Vraag 1" /
"Antwoord 1"), plain numbering ("1." questions listed first, then the answers), and joint answers
("Antwoord op vraag 2 en 3", "Antwoord op de vragen 2, 3 en 4") which every question shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from woo_tracker.domain.references import MONTH_PATTERN
from woo_tracker.ingest.analysis_types import PageInput, as_pages


@dataclass(frozen=True)
class QA:
    number: int
    question: str
    answer: str | None

    def to_json(self) -> dict:
        return {"number": self.number, "question": self.question, "answer": self.answer}


N = r"[0-9lI|O]{1,3}"  # a question number as OCR may read it
_NUMS = rf"{N}(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*{N})*"
QUESTION_MARK = re.compile(rf"^\s*Vraag\s+(?P<n>{N})\s*[:.]?(?:\s+(?P<rest>.*))?$")
ANSWER_MARK = re.compile(
    rf"^\s*Antwoord(?:en)?(?:\s+op)?(?:\s+de)?(?:\s+vra(?:ag|gen))?\s+(?P<ns>{_NUMS})\s*[:.]?(?:\s+(?P<rest>.*))?$"
)
#: "Antwoord vraa" with the number lost to OCR: the answer to the question just asked.
GARBLED_ANSWER = re.compile(r"^\s*Antwoord\b", re.IGNORECASE)
ANSWERS_HEADING = re.compile(r"^\s*(?:Antwoord(?:en)?|Beantwoording)\s*:?\s*$", re.IGNORECASE)
PLAIN_MARK = re.compile(r"^\s*(?P<ns>\d{1,2}(?:\s*(?:,|en)\s*\d{1,2})*)\s*[.)]\s+(?P<rest>\S.*)$")
STOP = re.compile(
    r"^\s*(?:Toelichting\s*:|Mededeling\b|Hoogachtend|De\s+(?:Minister|Staatssecretaris)\s+van\b"
    r"|Bijlage\s*\d*\s*$)",
    re.IGNORECASE,
)

# lines that are page furniture, not text
JUNK_LINE = re.compile(
    r"^\s*(?:Pagina\s+\d+\s+van\s+\d+|\d{1,3}|Tweede\s+Kamer,\s+vergaderjaar\b.*|Eerste\s+Kamer,\s+vergaderjaar\b.*"
    r"|ah-(?:tk|ek)-\d+-\d+|kv-(?:tk|ek)-\S+|ISSN\b.*|[’']s-Gravenhage\s+\d{4}.*|Aanhangsel\s+van\s+de\s+Handelingen"
    r"|Datum|Onze\s+referentie|Ons\s+kenmerk|Uw\s+kenmerk|Uw\s+brief|Kenmerk|Bijlage\(?n?\)?|Contactpersoon"
    r"|Directoraat-Generaal\b.*|Directie\b.*|Portefeuille\b.*|Ministerie\s+van\b.*|Postbus\s+\d+.*|-\s?Middelen"
    r"|en\s+Veiligheidsregio[’']s)\s*$",
    re.IGNORECASE,
)
MARGIN_LABEL = re.compile(
    r"^\s*(?:Datum|Onze\s+referentie|Ons\s+kenmerk|Uw\s+kenmerk|Kenmerk)\s*:?\s*$", re.IGNORECASE
)
FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*?%’'‘°]\s)\s*\S")
DATE_TEXT = rf"[0-3]?\d\s+{MONTH_PATTERN}\s+[12]\d{{3}}"
TRAILING_DATE = re.compile(rf"\s+(?P<d>{DATE_TEXT})\s*$", re.IGNORECASE)
LONE_VALUE = re.compile(rf"^\s*(?:{DATE_TEXT}|[A-Z0-9][\w./-]*\d[\w./-]*)\s*$", re.IGNORECASE)
TRAILING_TOKEN = re.compile(r"\s+(?P<v>(?=\S{4,}\s*$)[A-Z0-9][\w./-]*\d[\w./-]*)\s*$")
TRAILING_LABEL = re.compile(
    r"\s+(?:(?P<label>Datum|Onze\s+referentie|Ons\s+kenmerk)|Directoraat-Generaal\b.*|Directie\s+[A-Z].*)\s*$"
)
MARGIN_TAIL = re.compile(r"\S(\s{3,})\S.{0,40}$")
WIDE_GAP = re.compile(r"\S(\s{8,})\S")


def _number(text: str) -> int | None:
    t = text.strip().translate(str.maketrans("lI|O", "1110"))
    return int(t) if t.isdigit() else None


def _numbers(text: str) -> list[int]:
    parts = re.split(r"\s*(?:,|\ben\b)\s*", text.strip())
    out: list[int] = []
    for part in parts:
        rng = re.split(r"\s*(?:t/m|tot\s+en\s+met|-|–)\s*", part)
        if len(rng) == 2:
            a, b = _number(rng[0]), _number(rng[1])
            if a is not None and b is not None and a <= b <= a + 30:
                out.extend(range(a, b + 1))
                continue
        n = _number(part)
        if n is not None:
            out.append(n)
    return out


def _clean_lines(pages: Sequence[PageInput]) -> list[str]:
    """Body lines without page furniture and margin values mixed into the text."""
    raw: list[str] = []
    for p in pages:
        for line in p.body.splitlines():
            if re.match(r"^\s{40,}\S", line):
                continue  # only the margin column on this line (layout text)
            m = WIDE_GAP.search(line)
            if not m:
                m = MARGIN_TAIL.search(line)
                m = m if m and m.end(1) >= 60 else None
            if m:  # a margin column on the same line (layout text): keep the body part
                line = line[: m.start(1)]
            raw.append(line.rstrip())
        raw.append("")
    # dates that stand in the margin (repeated on pages, or alone on a line) are not text
    margin_dates = {
        m.group(0).lower()
        for line in raw
        for m in [re.fullmatch(rf"\s*{DATE_TEXT}\s*", line, re.I)]
        if m
    }
    margin_dates = {d.strip() for d in margin_dates}
    out: list[str] = []
    strip_next = False
    for line in raw:
        tail = TRAILING_LABEL.search(line)
        if tail and line[: tail.start()].strip():
            line = line[: tail.start()]  # "… en/of Datum": the margin label read into the body line
            if tail.group("label"):
                out.append(line)
                strip_next = True
                continue
        if MARGIN_LABEL.match(line):
            strip_next = True
            continue
        if strip_next and line.strip():
            strip_next = False
            if LONE_VALUE.match(line):
                continue
            m = TRAILING_DATE.search(line) or TRAILING_TOKEN.search(line)
            if m:  # "Vraag 5 6702756": the margin value that followed the label
                line = line[: m.start()]
        if JUNK_LINE.match(line) or FOOTNOTE.match(line):
            continue
        m = TRAILING_DATE.search(line)
        if m and m.group("d").lower() in margin_dates:
            line = line[: m.start()]
        out.append(line)
    return out


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        s = line.strip()
        if not s:
            if re.search(r"(?<![A-Z])[a-z]{3,}-$", text):
                continue  # a word broken over a page: no paragraph break
            if text and not text.endswith("\n\n"):
                text += "\n\n"
            continue
        if text and not text.endswith("\n"):
            if re.search(r"(?<![A-Z])[a-z]{3,}-$", text) and s[:1].islower():
                text = text[:-1] + s  # "beperk-" + "tere"
                continue
            text += " "
        text += s
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def extract_qa(pages: Sequence[PageInput]) -> list[QA]:
    """Question/answer pairs, numbered as in the document; jointly answered questions share the answer."""
    lines = _clean_lines(as_pages(pages))
    if any(QUESTION_MARK.match(line) or ANSWER_MARK.match(line) for line in lines):
        return _marked(lines)
    return _plain(lines)


def _marked(lines: list[str]) -> list[QA]:
    questions: dict[int, list[str]] = {}
    answers: list[tuple[list[int], list[str]]] = []
    inferred: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    last_question: int | None = None
    for line in lines:
        qm = QUESTION_MARK.match(line)
        am = None if qm else ANSWER_MARK.match(line)
        if qm and _number(qm.group("n")) is not None:
            n = _number(qm.group("n"))
            last_question = n
            current = questions.setdefault(n, [])
            if qm.group("rest"):
                current.append(qm.group("rest"))
            continue
        if am and _numbers(am.group("ns")):
            current = []
            answers.append((_numbers(am.group("ns")), current))
            if am.group("rest"):
                current.append(am.group("rest"))
            continue
        if not am and last_question is not None and GARBLED_ANSWER.match(line):
            current = []
            inferred.append((last_question, current))
            continue
        if STOP.match(line):
            current = None
            continue
        if current is not None:
            current.append(line)
    answer_of: dict[int, str] = {}
    for numbers, body in answers:
        text = _join(body)
        for n in numbers:
            answer_of.setdefault(n, text)
    for n, body in inferred:  # only where no numbered answer was found
        while body and not re.search(r"[a-zà-ÿ]{4,}", body[0]):  # the rest of the garbled marker
            body = body[1:]
        if body and n not in answer_of:
            answer_of[n] = _join(body)
    numbers = sorted(set(questions) | set(answer_of))
    return [QA(n, _join(questions.get(n, [])), answer_of.get(n)) for n in numbers]


def _plain(lines: list[str]) -> list[QA]:
    """'1.' … 'n.' questions, then the answers numbered again from 1 (or after an 'Antwoorden' heading)."""
    blocks: list[tuple[list[int], list[str]]] = []
    heading_at: int | None = None
    current: list[str] | None = None
    for line in lines:
        if ANSWERS_HEADING.match(line):
            heading_at = len(blocks)
            current = None
            continue
        m = PLAIN_MARK.match(line)
        if m:
            nums = _numbers(m.group("ns"))
            expected_next = blocks[-1][0][-1] + 1 if blocks else 1
            restart = bool(blocks) and nums[0] == 1
            if nums and (
                nums[0] == expected_next or restart or (heading_at == len(blocks) and blocks)
            ):
                current = [m.group("rest")]
                blocks.append((nums, current))
                continue
        if STOP.match(line):
            current = None
            continue
        if current is not None:
            current.append(line)
    if not blocks:
        return []
    split = heading_at
    if split is None:
        for i in range(1, len(blocks)):
            if blocks[i][0][0] == 1:
                split = i
                break
    if split is None:
        return [QA(ns[0], _join(b), None) for ns, b in blocks]
    questions = {ns[0]: _join(b) for ns, b in blocks[:split]}
    answer_of: dict[int, str] = {}
    for ns, b in blocks[split:]:
        text = _join(b)
        for n in ns:
            answer_of.setdefault(n, text)
    numbers = sorted(set(questions) | set(answer_of))
    return [QA(n, questions.get(n, ""), answer_of.get(n)) for n in numbers]
