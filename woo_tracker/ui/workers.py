"""Background jobs: long work runs on a QThreadPool, never on the UI thread.

A ``Job`` is a QRunnable whose ``work()`` runs in a pool thread. It reports progress with
``report(done, total, message)``, checks ``check_cancelled()`` between steps, and hands its result
or its failure back through ``signals`` (queued to the UI thread, so slots may touch widgets).
Expected failures (``ServiceError`` and friends) arrive as the sentence a person can act on;
anything else as a short generic sentence with the exception attached for logging.

    job = FunctionJob(lambda job: export(..., progress=job.report))
    job.signals.progress.connect(bar.setValue)
    job.signals.failed.connect(message_bar.show_error)
    runner.start(job)
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from woo_tracker.services.errors import ServiceError


class JobCancelled(Exception):
    """Raised inside ``work()`` by ``check_cancelled`` to stop at a safe point."""


class JobSignals(QObject):
    """Signals of one job; created in the UI thread so slots run there."""

    started = Signal()
    #: done, total (0 when unknown), a short message for the status bar
    progress = Signal(int, int, str)
    #: the value ``work()`` returned
    finished = Signal(object)
    #: a sentence for the user, and the exception
    failed = Signal(str, object)
    cancelled = Signal()
    #: always emitted last, whatever the outcome
    done = Signal()


class Job(QRunnable):
    """Subclass and implement ``work``; or use ``FunctionJob`` for a callable."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it alive until ``done``
        self.name = name
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    # -- called from the UI thread --------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def is_done(self) -> bool:
        return self._ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``run`` has ended (for callers that need the result now); False on timeout."""
        return self._ended.wait(timeout)

    # -- called from the worker -----------------------------------------------------------------
    def report(self, done: int, total: int = 0, message: str = "") -> None:
        self.check_cancelled()
        self.signals.progress.emit(int(done), int(total), message)

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    def work(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def run(self) -> None:
        self.signals.started.emit()
        try:
            self.check_cancelled()
            self.result = self.work()
        except JobCancelled:
            self.signals.cancelled.emit()
        except ServiceError as exc:
            self.error = exc
            self.signals.failed.emit(str(exc), exc)
        except Exception as exc:  # a bug or an unexpected environment: never kill the app
            self.error = exc
            traceback.print_exc()
            message = QCoreApplication.translate(
                "Job",
                "Something went wrong in the background ({0}). Try again; if it happens again, please report it.",
            ).replace("{0}", f"{type(exc).__name__}: {exc}")
            self.signals.failed.emit(message, exc)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(self.result)
        finally:
            self._ended.set()
            self.signals.done.emit()


class FunctionJob(Job):
    """A job around ``fn(job)``; the function may call ``job.report`` and ``job.check_cancelled``."""

    def __init__(self, fn: Callable[[Job], Any], name: str = "") -> None:
        super().__init__(name)
        self._fn = fn

    def work(self) -> Any:
        return self._fn(self)


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they are done."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._running.add(job)
        # Queued to this (UI-thread) object: the job is forgotten only after it has finished.
        job.signals.done.connect(self._forget_finished)
        self.pool.start(job)
        return job

    def _forget_finished(self) -> None:
        sender = self.sender()
        for job in list(self._running):
            if job.signals is sender:
                self._running.discard(job)

    @property
    def running(self) -> list[Job]:
        return list(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (used when closing the window and in tests)."""
        return self.pool.waitForDone(msecs)
