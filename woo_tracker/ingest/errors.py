"""Typed ingest failures, each with one English sentence saying what is wrong and what to do.

The UI maps the class (and ``code``) to a translated sentence; the CLI prints ``str(exc)``.
``Cancelled`` is deliberately *not* an :class:`IngestError`: a user who presses Cancel has not
hit a failure, and services must not record the file as "failed".
"""

from __future__ import annotations

TESSERACT_INSTALL_HINT = (
    "install it with `sudo apt install tesseract-ocr tesseract-ocr-nld` (Debian/Ubuntu), "
    "`brew install tesseract tesseract-lang` (macOS) or the Windows installer from "
    "https://github.com/UB-Mannheim/tesseract/wiki, then try again"
)


class IngestError(Exception):
    """Base class: an expected failure while reading a document."""

    code = "ingest_error"

    def __init__(self, message: str, *, name: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.name = name


def _label(name: str | None) -> str:
    return f"“{name}”" if name else "The file"


class UnreadableDocument(IngestError):
    """Empty, truncated, damaged, or not the type its name claims (e.g. HTML named .pdf)."""

    code = "unreadable"

    def __init__(self, name: str | None = None, reason: str = "is damaged or incomplete") -> None:
        self.reason = reason
        super().__init__(
            f"{_label(name)} {reason}; get a fresh copy of the document from its source "
            "and ingest that.",
            name=name,
        )


class PasswordProtected(IngestError):
    """The document needs a user (open) password that was not given, or the one given is wrong."""

    code = "password"

    def __init__(self, name: str | None = None, *, wrong_password: bool = False) -> None:
        self.wrong_password = wrong_password
        if wrong_password:
            message = (
                f"The password given for {_label(name)} is not correct; "
                "ingest it again with the right password."
            )
        else:
            message = (
                f"{_label(name)} is protected by a password; ingest it again with the password."
            )
        super().__init__(message, name=name)


class UnsupportedFormat(IngestError):
    """A file type this program cannot read."""

    code = "unsupported"

    def __init__(self, name: str | None = None, kind: str = "of a type this program cannot read"):
        self.kind = kind
        super().__init__(
            f"{_label(name)} is {kind}; save it as PDF, e-mail (.eml), Word (.docx), HTML or "
            "plain text and ingest that.",
            name=name,
        )


class OcrUnavailable(IngestError):
    """Pages need OCR but tesseract (or its Dutch language data) is not installed."""

    code = "ocr_unavailable"

    def __init__(self, detail: str = "The OCR program tesseract is not installed") -> None:
        self.detail = detail
        super().__init__(f"{detail}; {TESSERACT_INSTALL_HINT}.")


class Cancelled(Exception):
    """The caller's ``should_cancel()`` returned True; the work stopped early."""

    def __init__(self, message: str = "Cancelled by the user.") -> None:
        super().__init__(message)
