"""How the desktop app copes with a large library: 50 000 requests, offscreen.

Builds the library once (bulk insert straight through SQLAlchemy: a benchmark may; the app never
does), then measures opening the main window, showing the first rows, scrolling to the very end
(every page loaded), sorting by a column, filtering as you type, switching views, counting the
views and gathering the deadline overview. Prints figures; asserts nothing.

    .venv/bin/python bench/open_library.py [--requests 50000] [--library DIR] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from woo_tracker.domain import deadlines, kinds
from woo_tracker.services.context import open_library
from woo_tracker.store.models import Event, Organisation, Request

TODAY = date(2025, 11, 24)
ORGANISATIONS = (
    [f"Gemeente {n}" for n in ("Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Zwolle")]
    + [f"Veiligheidsregio {n}" for n in ("Utrecht", "Brabant-Noord", "Brabant-Zuidoost", "Twente")]
    + [f"Ministerie {i}" for i in range(40)]
    + [f"Gemeente {i}" for i in range(300)]
)
WORDS = (
    "Palantir algoritme camerabeelden drones contracten licenties risicoprofilering politie "
    "coronadashboard subsidies stikstof jeugdzorg toeslagen datalek inkoop"
).split()


def build(root: Path, n: int) -> None:
    """``n`` requests with a receipt event each; status and due as the service would cache them."""
    rng = random.Random(20251124)
    ctx = open_library(root, today=lambda: TODAY)
    with ctx.db.session() as session:
        session.execute(insert(Organisation), [{"name": name} for name in ORGANISATIONS])
        org_ids = list(session.scalars(select(Organisation.id)))
        requests, events = [], []
        for i in range(1, n + 1):
            kind = rng.choices(kinds.REQUEST_KINDS, weights=(6, 1, 3))[0]
            start = TODAY - timedelta(days=rng.randint(0, 1500 if kind == "wob" else 400))
            if kind == "wob":
                start = min(start, date(2022, 4, 30))
            regime = kinds.KAMERVRAGEN if kind == kinds.KAMERVRAGEN else kinds.regime_for(start)
            due = deadlines.compute(regime, start).due
            finished = rng.random() < 0.45
            status = (
                ("answered" if kind == kinds.KAMERVRAGEN else "decided")
                if finished
                else ("awaiting_answer" if kind == kinds.KAMERVRAGEN else "awaiting_decision")
            )
            title = " ".join(rng.sample(WORDS, 3)).capitalize() + f" ({i})"
            requests.append(
                {
                    "id": i,
                    "kind": kind,
                    "title": title,
                    "number": f"{start.year}Z{rng.randint(10000, 99999)}"
                    if kind == kinds.KAMERVRAGEN
                    else f"K-{i:06d}",
                    "organisation_id": rng.choice(org_ids),
                    "submitted": start if kind == kinds.KAMERVRAGEN else None,
                    "received": None if kind == kinds.KAMERVRAGEN else start,
                    "status": status,
                    "due": due,
                    "closed_on": due if finished else None,
                    "advisory_committee": False,
                }
            )
            events.append(
                {
                    "request_id": i,
                    "type": "submitted" if kind == kinds.KAMERVRAGEN else "received",
                    "date": start,
                }
            )
        session.execute(insert(Request), requests)
        session.execute(insert(Event), events)
    ctx.close()


def timed(label: str, fn: Callable[[], object], results: list[tuple[str, float]]) -> object:
    start = time.perf_counter()
    value = fn()
    results.append((label, time.perf_counter() - start))
    return value


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    root = args.library or Path(tempfile.gettempdir()) / f"woo-tracker-bench-{args.requests}"

    ctx = open_library(root, today=lambda: TODAY)
    with ctx.db.session() as session:
        existing = session.scalar(select(func.count(Request.id))) or 0
    ctx.close()
    if args.rebuild or existing != args.requests:
        if existing:
            import shutil

            shutil.rmtree(root)
        t0 = time.perf_counter()
        build(root, args.requests)
        print(f"built {args.requests} requests in {time.perf_counter() - t0:.1f} s at {root}")
    else:
        print(f"reusing {existing} requests at {root}")

    from PySide6.QtCore import QModelIndex, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from woo_tracker.ui.app import application

    app = application(["bench"])
    from woo_tracker.ui.main_window import MainWindow

    results: list[tuple[str, float]] = []
    ctx = open_library(root, today=lambda: TODAY)
    holder: dict[str, MainWindow] = {}

    def open_window() -> None:
        window = MainWindow(ctx, demo_location=Path(tempfile.mkdtemp()) / "demo")
        window.resize(1560, 880)
        window.show()
        holder["w"] = window

    timed("open the main window (counts, first page)", open_window, results)
    window = holder["w"]
    model, table = window.table_model, window.table

    def first_rows() -> None:
        app.processEvents()
        table.viewport().repaint()

    timed("show the first rows (paint)", first_rows, results)

    stalls: list[float] = []

    def scroll_to_end(pause: float) -> None:
        """Jump to the bottom again and again (as a held End key would), every ``pause`` s."""
        stalls.clear()
        while True:
            t0 = time.perf_counter()
            table.scrollToBottom()
            app.processEvents()
            table.viewport().repaint()
            stalls.append(time.perf_counter() - t0)
            if not model.canFetchMore(QModelIndex()):
                break
            if pause:
                time.sleep(pause)

    timed("scroll to the end, as fast as possible", lambda: scroll_to_end(0), results)
    fast_stalls = sorted(stalls)
    loaded = model.rowCount()
    model.reload()
    timed("scroll to the end, a page every 0.3 s (reading)", lambda: scroll_to_end(0.3), results)
    reading_stalls = sorted(stalls)

    def sort_by_title() -> None:
        table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        table.viewport().repaint()

    timed("sort by title, descending (click header)", sort_by_title, results)

    def filter_text() -> None:
        window.filter_edit.setText("palantir drones")
        window._apply_filter()
        app.processEvents()
        table.viewport().repaint()

    timed("filter 'palantir drones'", filter_text, results)
    matched = model.total

    def clear_filter() -> None:
        window.filter_edit.setText("")
        window._apply_filter()
        app.processEvents()

    timed("clear the filter", clear_filter, results)
    timed(
        "switch to the Overdue view",
        lambda: (window.set_view("overdue"), app.processEvents()),
        results,
    )
    overdue = model.total
    timed("count all views (left pane)", window.views_model.refresh, results)
    timed(
        "select a request (detail pane)",
        lambda: (window.move_selection(1), app.processEvents()),
        results,
    )

    def overview() -> None:
        done = []
        window.overview.loaded.connect(lambda: done.append(1))
        window.middle_tabs.setCurrentIndex(1)
        while not done:
            app.processEvents()
            time.sleep(0.005)

    timed("deadline overview (background job, charts)", overview, results)

    print(
        f"\n{args.requests} requests; rows loaded after scrolling: {loaded}; "
        f"filter matched {matched}; overdue {overdue}"
    )
    for label, values in (
        ("as fast as possible", fast_stalls),
        ("a page every 0.3 s", reading_stalls),
    ):
        median = values[len(values) // 2]
        print(
            f"  UI stall per page while scrolling {label}: median {median * 1000:.0f} ms, "
            f"worst {values[-1] * 1000:.0f} ms over {len(values)} pages"
        )
    width = max(len(label) for label, _ in results)
    for label, seconds in results:
        print(f"  {label:<{width}}  {seconds * 1000:8.0f} ms")
    window.close()
    ctx.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
