"""Failures a person can act on, raised by services and shown as one sentence by CLI and GUI."""


class ServiceError(Exception):
    """Base: ``str(exc)`` is a complete sentence saying what is wrong and what to do."""


class ValidationError(ServiceError):
    """The input cannot be accepted as given (unknown kind, impossible date, missing title…)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(ServiceError):
    """An id that does not exist in this library."""
