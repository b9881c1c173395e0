"""Words for people: the display names of kinds, statuses, event types, views and deadlines.

The domain speaks in stable identifiers (``awaiting_decision``); these functions turn them into
the user's language at the moment they are shown, so switching the language at runtime only needs
a repaint. Every string is a literal inside ``translate`` so ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from woo_tracker.domain import kinds


def kind_label(kind: str) -> str:
    names = {
        "woo": QCoreApplication.translate("Labels", "Woo"),
        "wob": QCoreApplication.translate("Labels", "Wob"),
        "kamervragen": QCoreApplication.translate("Labels", "Kamervragen"),
    }
    return names.get(kind, kind)


def kind_long_label(kind: str) -> str:
    names = {
        "woo": QCoreApplication.translate("Labels", "Woo request"),
        "wob": QCoreApplication.translate("Labels", "Wob request"),
        "kamervragen": QCoreApplication.translate("Labels", "Kamervragen"),
    }
    return names.get(kind, kind)


def status_label(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "submitted": QCoreApplication.translate("Labels", "Submitted"),
        "awaiting_decision": QCoreApplication.translate("Labels", "Awaiting decision"),
        "suspended": QCoreApplication.translate("Labels", "Suspended"),
        "extended": QCoreApplication.translate("Labels", "Extended"),
        "awaiting_answer": QCoreApplication.translate("Labels", "Awaiting answer"),
        "postponed": QCoreApplication.translate("Labels", "Postponed"),
        "decided": QCoreApplication.translate("Labels", "Decided"),
        "answered": QCoreApplication.translate("Labels", "Answered"),
        "in_objection": QCoreApplication.translate("Labels", "In objection"),
        "objection_decided": QCoreApplication.translate("Labels", "Objection decided"),
        "in_appeal": QCoreApplication.translate("Labels", "In appeal"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return names.get(status, status)


def event_label(event_type: str) -> str:
    names = {
        "submitted": QCoreApplication.translate("Labels", "Submitted"),
        "received": QCoreApplication.translate("Labels", "Received"),
        "acknowledged": QCoreApplication.translate("Labels", "Acknowledged"),
        "suspended": QCoreApplication.translate("Labels", "Suspended (opschorting)"),
        "resumed": QCoreApplication.translate("Labels", "Resumed"),
        "extended": QCoreApplication.translate("Labels", "Extended (verdaging)"),
        "postponed": QCoreApplication.translate("Labels", "Postponed (uitstelbericht)"),
        "decided": QCoreApplication.translate("Labels", "Decision (besluit)"),
        "answered": QCoreApplication.translate("Labels", "Answer received"),
        "objection_filed": QCoreApplication.translate("Labels", "Objection filed (bezwaar)"),
        "objection_decided": QCoreApplication.translate("Labels", "Decision on objection"),
        "appeal_filed": QCoreApplication.translate("Labels", "Appeal filed (beroep)"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
        "ingebrekestelling": QCoreApplication.translate(
            "Labels", "Notice of default (ingebrekestelling)"
        ),
    }
    return names.get(event_type, event_type)


def view_label(view: str) -> str:
    names = {
        "all": QCoreApplication.translate("Labels", "All requests"),
        "due_this_week": QCoreApplication.translate("Labels", "Due this week"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "awaiting": QCoreApplication.translate("Labels", "Awaiting answer"),
        "woo": QCoreApplication.translate("Labels", "Woo"),
        "wob": QCoreApplication.translate("Labels", "Wob"),
        "kamervragen": QCoreApplication.translate("Labels", "Kamervragen"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return names.get(view, view)


def deadline_label(key: str) -> str:
    names = {
        "beslistermijn": QCoreApplication.translate("Labels", "Decision term"),
        "verdaging": QCoreApplication.translate("Labels", "Extended decision term"),
        "bezwaartermijn": QCoreApplication.translate("Labels", "Objection period"),
        "beslissing_op_bezwaar": QCoreApplication.translate("Labels", "Decision on objection"),
        "beslissing_op_bezwaar_verdaging": QCoreApplication.translate(
            "Labels", "Decision on objection (extended)"
        ),
        "beroepstermijn": QCoreApplication.translate("Labels", "Appeal period"),
        "antwoordtermijn": QCoreApplication.translate("Labels", "Answer term (3 weeks)"),
        "antwoordtermijn_uitstel": QCoreApplication.translate(
            "Labels", "Answer term after postponement (6 weeks)"
        ),
        "beroep_niet_tijdig": QCoreApplication.translate("Labels", "Appeal for failure to decide"),
        "openbaarmaking": QCoreApplication.translate("Labels", "Disclosure"),
    }
    return names.get(key, key.replace("_", " "))


def days_label(days_left: int | None, overdue: bool) -> str:
    """'3 days overdue', 'due today', '12 days' — the days-left column and the overview."""
    if days_left is None:
        return ""
    if overdue or days_left < 0:
        n = abs(days_left)
        if n == 1:
            return QCoreApplication.translate("Labels", "1 day overdue")
        return QCoreApplication.translate("Labels", "%1 days overdue").replace("%1", str(n))
    if days_left == 0:
        return QCoreApplication.translate("Labels", "due today")
    if days_left == 1:
        return QCoreApplication.translate("Labels", "1 day")
    return QCoreApplication.translate("Labels", "%1 days").replace("%1", str(days_left))


DOC_TYPES = kinds.DOCUMENT_TYPES


def doc_type_label(doc_type: str | None) -> str:

    names = {
        "kamervragen": QCoreApplication.translate("Labels", "Kamervragen (questions)"),
        "kamervragen_antwoord": QCoreApplication.translate("Labels", "Answers to Kamervragen"),
        "kamervragen_uitstel": QCoreApplication.translate("Labels", "Postponement of answers"),
        "ontvangstbevestiging": QCoreApplication.translate("Labels", "Acknowledgement of receipt"),
        "verdagingsbesluit": QCoreApplication.translate("Labels", "Extension (verdagingsbesluit)"),
        "woo_besluit": QCoreApplication.translate("Labels", "Woo decision (besluit)"),
        "wob_besluit": QCoreApplication.translate("Labels", "Wob decision (besluit)"),
        "inventarislijst": QCoreApplication.translate("Labels", "Inventory list"),
        "released_document": QCoreApplication.translate("Labels", "Released document"),
        "bezwaar": QCoreApplication.translate("Labels", "Objection (bezwaar)"),
        "news_article": QCoreApplication.translate("Labels", "News article"),
        "other": QCoreApplication.translate("Labels", "Other document"),
    }
    return names.get(doc_type or "", doc_type or "")


def response_label(response_type: str) -> str:

    names = {
        "antwoorden": QCoreApplication.translate("Labels", "Answers"),
        "uitstelbericht": QCoreApplication.translate("Labels", "Postponement notice"),
        "besluit": QCoreApplication.translate("Labels", "Decision (besluit)"),
        "verdagingsbesluit": QCoreApplication.translate("Labels", "Extension (verdagingsbesluit)"),
        "ontvangstbevestiging": QCoreApplication.translate("Labels", "Acknowledgement of receipt"),
        "inventarislijst": QCoreApplication.translate("Labels", "Inventory list"),
    }
    return names.get(response_type, response_type.replace("_", " "))


def reference_kind_label(kind: str) -> str:

    names = {
        "kamervraag": QCoreApplication.translate("Labels", "Kamervragen number"),
        "tk_document": QCoreApplication.translate("Labels", "Kamer document"),
        "aanhangsel": QCoreApplication.translate("Labels", "Aanhangsel Handelingen"),
        "kamerstuk": QCoreApplication.translate("Labels", "Kamerstuk"),
        "kenmerk": QCoreApplication.translate("Labels", "Kenmerk"),
        "date": QCoreApplication.translate("Labels", "Date"),
        "law_article": QCoreApplication.translate("Labels", "Article of law"),
        "law": QCoreApplication.translate("Labels", "Law"),
        "url": QCoreApplication.translate("Labels", "Web address"),
        "email": QCoreApplication.translate("Labels", "E-mail address"),
        "ecli": QCoreApplication.translate("Labels", "Court ruling (ECLI)"),
    }
    return names.get(kind, kind)


def reference_role_label(role: str | None) -> str:

    names = {
        "ours": QCoreApplication.translate("Labels", "theirs (ons kenmerk)"),
        "yours": QCoreApplication.translate("Labels", "yours (uw kenmerk)"),
        "document": QCoreApplication.translate("Labels", "document date"),
        "submitted": QCoreApplication.translate("Labels", "submitted"),
        "letter": QCoreApplication.translate("Labels", "letter answered"),
        "received": QCoreApplication.translate("Labels", "received"),
    }
    return names.get(role or "", role or "")


def ingest_failure(code: str | None, name: str, detail: str) -> str:
    """Why a file was not added, in the user's language; the service's own (English) sentence
    is kept where no translation exists, because it says more (e.g. "an HTML page named .pdf")."""
    sources = {
        "unreadable": QT_TRANSLATE_NOOP(
            "Labels",
            "“%1” is damaged, incomplete or not the kind of file its name says; get a fresh copy from its source.",
        ),
        "password": QT_TRANSLATE_NOOP(
            "Labels", "“%1” is protected by a password; add it again with the password."
        ),
        "unsupported": QT_TRANSLATE_NOOP(
            "Labels",
            "“%1” is of a type woo-tracker cannot read; save it as PDF, e-mail, Word, HTML or text.",
        ),
        "missing": QT_TRANSLATE_NOOP(
            "Labels", "“%1” does not exist or cannot be read; check the file."
        ),
        "ocr_unavailable": QT_TRANSLATE_NOOP(
            "Labels", "“%1” needs OCR, and tesseract is not installed."
        ),
    }
    source = sources.get(code or "")
    if source is None:
        return detail
    translated = QCoreApplication.translate("Labels", source)
    if translated == source:  # no translation loaded: English, where the detail is better
        return detail or source.replace("%1", name)
    return translated.replace("%1", name)
