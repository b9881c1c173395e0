"""The vocabulary shared by every layer: request kinds, event types and statuses.

Kept as plain strings (not Enums) because they travel through the database, the CLI JSON
contract (DOMAIN.md §5) and the GUI unchanged; the tuples here are the single list of what is
allowed, so validation everywhere asks the same question.
"""

from __future__ import annotations

from datetime import date

WOO = "woo"
WOB = "wob"
KAMERVRAGEN = "kamervragen"
REQUEST_KINDS: tuple[str, ...] = (WOO, WOB, KAMERVRAGEN)

#: The Woo entered into force on 1 May 2022; a request received before it is handled under the Wob.
WOO_IN_FORCE = date(2022, 5, 1)

#: Timeline events of a request, in the order they usually happen (DOMAIN.md §5 `event add`).
EVENT_TYPES: tuple[str, ...] = (
    "submitted",
    "received",
    "acknowledged",
    "suspended",
    "resumed",
    "extended",
    "postponed",
    "decided",
    "ingebrekestelling",  # notice of default after the term passed (Awb 4:17, 6:12)
    "answered",
    "objection_filed",
    "objection_decided",
    "appeal_filed",
    "withdrawn",
    "closed",
)

#: Statuses a request can be in; computed from its events by domain.status, never typed in.
STATUSES: tuple[str, ...] = (
    "draft",  # no submission date known yet
    "submitted",  # sent, receipt not (yet) recorded
    "awaiting_decision",  # woo/wob: received, no besluit yet
    "suspended",  # woo: term stands still (zienswijze / aanvulling)
    "extended",  # woo/wob: verdaging recorded in time
    "awaiting_answer",  # kamervragen: ingezonden, no answer
    "postponed",  # kamervragen: uitstelbericht received
    "decided",  # woo/wob: besluit taken
    "answered",  # kamervragen: antwoorden received
    "in_objection",  # bezwaar filed
    "objection_decided",  # beslissing op bezwaar taken
    "in_appeal",  # beroep filed
    "withdrawn",
    "closed",
)

#: Statuses in which nobody owes the requester anything any more.
FINISHED_STATUSES: frozenset[str] = frozenset(
    {"decided", "answered", "objection_decided", "withdrawn", "closed"}
)

#: Document types (DOMAIN.md §3), in the order people look for them.
DOCUMENT_TYPES: tuple[str, ...] = (
    "kamervragen",
    "kamervragen_antwoord",
    "kamervragen_uitstel",
    "ontvangstbevestiging",
    "verdagingsbesluit",
    "woo_besluit",
    "wob_besluit",
    "inventarislijst",
    "released_document",
    "bezwaar",
    "news_article",
    "other",
)

#: Deadline kinds the engine knows (DOMAIN.md §2 and §5 `deadline --kind`).
DEADLINE_KINDS: tuple[str, ...] = (
    "woo",
    "wob",
    "kamervragen",
    "bezwaar",
    "beslissing_op_bezwaar",
    "beroep",
)


def regime_for(received: date) -> str:
    """Which law governs a freedom-of-information request: it follows from the day it was received."""
    return WOB if received < WOO_IN_FORCE else WOO


def is_kind(value: str) -> bool:
    return value in REQUEST_KINDS


def is_event_type(value: str) -> bool:
    return value in EVENT_TYPES
