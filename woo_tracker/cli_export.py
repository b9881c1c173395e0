"""CLI command ``export``: the status overview, a report, calendar deadlines or a dossier."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from woo_tracker.cli_documents import _ctx, _emit

FORMAT_HELP = "csv, xlsx, html, pdf, ics (deadlines) or zip (dossier of one request)"


class _TerminalProgress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, stream=None) -> None:  # type: ignore[no-untyped-def]
        self.stream = stream or sys.stderr  # looked up now: tests swap sys.stderr
        self.enabled = self.stream.isatty()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if self.enabled and total:
            self.stream.write(f"\r{done}/{total} {message[:60]}".ljust(80))
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 80 + "\r")


def cmd_export(args: argparse.Namespace) -> None:
    from woo_tracker.services.export import ExportService

    # Check the arguments before the library is opened (or created).
    ExportService.validate(
        args.format, args.output, request_id=args.request, separator=args.separator
    )
    progress = _TerminalProgress()
    try:
        result = ExportService(_ctx(args)).export(
            args.format,
            args.output,
            request_id=args.request,
            investigation=args.investigation,
            separator=args.separator,
            on_progress=progress,
        )
    finally:
        progress.close()

    def human(d: dict[str, Any]) -> str:
        if "events" in d:
            what = f"{d['events']} deadline(s)"
        elif "files" in d:
            what = f"{d['files']} file(s), {d.get('documents', 0)} document(s)"
            if d.get("missing"):
                what += f"; missing from the library: {', '.join(d['missing'])}"
        else:
            what = f"{d['rows']} request(s)"
        return f"Exported {what} to {d['output']} ({d['format']})."

    _emit(args, result, human)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    ex = sub.add_parser(
        "export",
        help="write the status overview, a report, calendar deadlines or a dossier",
        parents=[common],
    )
    ex.add_argument("--format", required=True, help=FORMAT_HELP)
    ex.add_argument("--output", required=True, metavar="PATH", help="file to write")
    ex.add_argument(
        "--request", type=int, metavar="ID", help="only this request (required for zip)"
    )
    ex.add_argument(
        "--investigation", metavar="NAME", help="only the requests of this investigation"
    )
    ex.add_argument(
        "--separator",
        default=",",
        help="CSV column separator: ',' (default) or ';' for a Dutch-language Excel, or 'tab'",
    )
    ex.set_defaults(func=cmd_export)
