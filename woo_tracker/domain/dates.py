"""Reading dates typed by people: ISO first (the CLI contract), Dutch day-month-year as courtesy."""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_date(text: str) -> date:
    """Parse ``2025-04-25`` or ``25-04-2025``; raise ValueError with a sentence a user understands."""
    value = (text or "").strip()
    try:
        if m := _DMY.match(value):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"'{text}' is not a valid date; write it as YYYY-MM-DD, e.g. 2025-04-25."
        ) from None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
