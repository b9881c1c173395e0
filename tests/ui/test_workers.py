"""Background jobs report progress, can be cancelled and hand errors back as sentences."""

from __future__ import annotations

import threading
from typing import Any

from woo_tracker.services.errors import ServiceError
from woo_tracker.ui.workers import FunctionJob, Job, JobRunner


def test_job_reports_progress_and_its_result_on_the_ui_thread(qtbot: Any) -> None:
    runner = JobRunner()
    seen: list[tuple[int, int, str]] = []
    threads: list[bool] = []

    def work(job: Job) -> str:
        for i in range(1, 4):
            job.report(i, 3, f"file {i}")
        return "ok"

    job = FunctionJob(work)
    job.signals.progress.connect(
        lambda d, t, m: (
            seen.append((d, t, m)),
            threads.append(threading.current_thread() is threading.main_thread()),
        )
    )
    with qtbot.waitSignal(job.signals.finished, timeout=5000) as blocker:
        runner.start(job)
    assert blocker.args == ["ok"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3, "file 1"), (2, 3, "file 2"), (3, 3, "file 3")]
    assert all(threads)
    qtbot.waitUntil(lambda: not runner.running)


def test_cancelled_job_stops_at_the_next_check(qtbot: Any) -> None:
    runner = JobRunner()
    started = threading.Event()
    release = threading.Event()
    steps: list[int] = []

    def work(job: Job) -> None:
        started.set()
        release.wait(5)
        for i in range(100):
            job.report(i, 100)
            steps.append(i)

    job = FunctionJob(work)
    finished: list[Any] = []
    job.signals.finished.connect(finished.append)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        runner.start(job)
        assert started.wait(5)
        job.cancel()
        release.set()
    assert steps == [] and finished == []
    assert job.is_cancelled


def test_service_error_arrives_as_its_sentence(qtbot: Any) -> None:
    runner = JobRunner()

    def work(_job: Job) -> None:
        raise ServiceError("The file is locked by another program; close it and try again.")

    job = FunctionJob(work)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        runner.start(job)
    message, exc = blocker.args
    assert message == "The file is locked by another program; close it and try again."
    assert isinstance(exc, ServiceError)


def test_unexpected_error_is_a_sentence_not_a_crash(qtbot: Any) -> None:
    runner = JobRunner()
    job = FunctionJob(lambda _job: 1 / 0)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        runner.start(job)
    message, exc = blocker.args
    assert isinstance(exc, ZeroDivisionError)
    assert message.startswith("Something went wrong in the background (ZeroDivisionError")
    with qtbot.waitSignal(job.signals.done, timeout=1000, raising=False):
        pass
    runner.wait()
