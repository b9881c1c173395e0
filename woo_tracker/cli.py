"""The ``woo-tracker`` command line: every data operation of the GUI, scriptable, with ``--json``.

The JSON printed here is a contract (DOMAIN.md §5) that outside tools read; the object shapes
come from the services so CLI and GUI can never disagree. Expected failures print one sentence
on stderr and exit 1; argparse usage errors exit 2; no command opens the GUI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from woo_tracker import __version__
from woo_tracker.domain.dates import parse_date

Handler = Callable[[argparse.Namespace], Any]


class UserError(Exception):
    """A problem with what the user typed, reported as one sentence."""


def _date(value: str | None, option: str) -> Any:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise UserError(f"{option}: {exc}") from None


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from woo_tracker.services.context import open_library

    return open_library(args.library, args.database)


def _emit(args: argparse.Namespace, data: Any, human: Callable[[Any], str]) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=None))
    else:
        text = human(data)
        if text:
            print(text)


# -- request / event ---------------------------------------------------------------------------
def _fmt_rows(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return "No requests."
    lines = [f"{'id':>5}  {'kind':<11} {'number':<14} {'status':<18} {'due':<10}  title"]
    for r in rows:
        due = (r["due"] or "") + (" !" if r["overdue"] else "")
        lines.append(
            f"{r['id']:>5}  {r['kind']:<11} {(r['number'] or '')[:14]:<14} {r['status']:<18} "
            f"{due:<12}{r['title']}"
        )
    return "\n".join(lines)


def _fmt_show(d: dict[str, Any]) -> str:
    lines = [f"#{d['id']} [{d['kind']}] {d['title']}"]
    for key in ("number", "organisation", "requester", "submitted", "received", "status", "due"):
        if d.get(key):
            lines.append(f"  {key:<13} {d[key]}")
    if d["overdue"]:
        lines.append("  OVERDUE")
    for w in d.get("warnings", []):
        lines.append(f"  warning: {w}")
    if d["events"]:
        lines.append("Timeline:")
        lines += [f"  {e['date']}  {e['type']}" + (f" — {e['note']}" if e["note"] else "") for e in d["events"]]
    if d["deadlines"]:
        lines.append("Deadlines:")
        for dl in d["deadlines"]:
            over = f" (override {dl['override']}: {dl['override_reason']})" if dl["override"] else ""
            lines.append(f"  {dl['due']}  {dl['key']:<24} {dl['basis']}{over}")
    if d["documents"]:
        lines.append("Documents:")
        lines += [f"  {x['id']:>4}  {x['type']:<22} {x['title'] or x['filename']}" for x in d["documents"]]
    if d["references"]:
        lines.append("References:")
        lines += [f"  {r['kind']:<12} {r['value']}" + (f" ({r['role']})" if r["role"] else "") for r in d["references"]]
    if d["questions"]:
        lines.append("Questions and answers:")
        for qa in d["questions"]:
            lines.append(f"  Vraag {qa['number']}: {qa['question'][:100]}")
            lines.append(f"  Antwoord: {(qa['answer'] or '—')[:100]}")
    return "\n".join(lines)


def cmd_request_add(args: argparse.Namespace) -> None:
    from woo_tracker.services.requests import RequestService

    submitted = _date(args.submitted, "--submitted")
    received = _date(args.received, "--received")
    ctx = _context(args)
    row = RequestService(ctx).add(
        kind=args.kind, title=args.title, organisation=args.organisation, number=args.number,
        submitted=submitted, received=received, requester=args.requester,
        investigation=args.investigation,
    )
    _emit(args, row.to_json(), lambda r: f"Recorded request #{r['id']}: {r['title']} ({r['status']}).")


def cmd_request_list(args: argparse.Namespace) -> None:
    from woo_tracker.services.requests import RequestService

    service = RequestService(_context(args))
    if args.due_within is not None:
        rows = service.due_soon(args.due_within)
    else:
        rows = service.list(args.view, text=args.filter, order_by=args.sort)
    _emit(args, [r.to_json() for r in rows], _fmt_rows)


def cmd_deadlines(args: argparse.Namespace) -> None:
    from woo_tracker.services.requests import RequestService

    rows = RequestService(_context(args)).due_soon(args.within)
    _emit(args, [r.to_json() for r in rows], _fmt_rows)


def cmd_request_show(args: argparse.Namespace) -> None:
    from woo_tracker.services.requests import RequestService

    _emit(args, RequestService(_context(args)).show(args.id), _fmt_show)


def cmd_event_add(args: argparse.Namespace) -> None:
    from woo_tracker.services.requests import RequestService

    when = _date(args.date, "--date")
    result = RequestService(_context(args)).add_event(args.id, type=args.type, date=when, note=args.note)
    for warning in result["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    _emit(
        args, result,
        lambda r: f"Added {r['type']} on {r['date']} to request #{r['request_id']}; "
        f"status {r['request']['status']}, due {r['request']['due'] or '—'}.",
    )


def cmd_deadline_override(args: argparse.Namespace) -> None:
    from woo_tracker.services.requests import RequestService

    due = None if args.clear else _date(args.due, "--due")
    if due is None and not args.clear:
        raise UserError("Give --due DATE with --reason, or --clear to remove the override.")
    row = RequestService(_context(args)).override_deadline(args.id, args.key, due, args.reason)
    _emit(args, row.to_json(), lambda r: f"Request #{r['id']} now due {r['due'] or '—'}.")


def cmd_deadline(args: argparse.Namespace) -> None:
    from woo_tracker.domain import kinds
    from woo_tracker.domain.deadlines import compute, to_json

    if args.kind not in kinds.DEADLINE_KINDS:
        raise UserError(f"'{args.kind}' is not a deadline kind; use one of {', '.join(kinds.DEADLINE_KINDS)}.")
    start = _date(args.date, "--date")
    result = compute(args.kind, start, extended=args.extended, advisory_committee=args.advisory_committee)
    data = to_json(result)
    _emit(
        args, data,
        lambda d: f"{d['kind']}: from {d['start']} due {d['due']}"
        + (f", extended {d['due_extended']}" if d.get("due_extended") else "")
        + f"\n  basis: {d['basis']}",
    )


def _no_screen() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the process with its own message."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_screen():
        raise UserError(
            "There is no screen to open the desktop app on (no DISPLAY); use the commands "
            "(woo-tracker --help) or run it inside a desktop session."
        )
    try:
        from woo_tracker.ui.app import main as gui_main
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise UserError(f"The desktop app cannot start ({exc}); reinstall with the README's first command.") from None
    argv = [sys.argv[0]]
    if args.library:
        argv += ["--library", str(args.library)]
    if args.database:
        argv += ["--database", args.database]
    return gui_main(argv)


# -- parser ------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON on stdout")
    common.add_argument("--library", default=argparse.SUPPRESS, help="library folder")
    common.add_argument("--database", default=argparse.SUPPRESS, help="SQLAlchemy database URL")

    parser = argparse.ArgumentParser(
        prog="woo-tracker",
        description="Track Woo/Wob requests and Kamervragen, their legal deadlines and documents. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"woo-tracker {__version__}")
    parser.add_argument("--library", default=None, help="library folder (default: WOO_TRACKER_LIBRARY or the user data folder)")
    parser.add_argument("--database", default=None, help="SQLAlchemy URL of the database (team mode)")
    parser.add_argument("--json", action="store_true", default=False, help="print JSON on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    req = sub.add_parser("request", help="record, list and show requests", parents=[common])
    rsub = req.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = rsub.add_parser("add", help="record a new request", parents=[common])
    add.add_argument("--kind", required=True, help="woo, wob or kamervragen")
    add.add_argument("--title", default="")
    add.add_argument("--organisation")
    add.add_argument("--number", help="kenmerk or Kamervraag number (e.g. 2025Z15452)")
    add.add_argument("--submitted", help="date sent / ingezonden (YYYY-MM-DD)")
    add.add_argument("--received", help="date the organisation received it (YYYY-MM-DD)")
    add.add_argument("--requester", help="requester, or the Kamerlid who asked")
    add.add_argument("--investigation", help="group it in this investigation")
    add.set_defaults(func=cmd_request_add)
    lst = rsub.add_parser("list", help="list requests with status and due date", parents=[common])
    lst.add_argument("--view", default="all", help="all, due_this_week, overdue, awaiting, woo, wob, kamervragen, closed")
    lst.add_argument("--filter", help="text in title, number or organisation")
    lst.add_argument("--sort", default="id", help="id, kind, number, title, organisation, submitted, due, status")
    lst.add_argument("--due-within", type=int, help="only what is due within N days or overdue, soonest first")
    lst.set_defaults(func=cmd_request_list)
    show = rsub.add_parser("show", help="one request with events, deadlines, documents, references", parents=[common])
    show.add_argument("id", type=int)
    show.set_defaults(func=cmd_request_show)

    ev = sub.add_parser("event", help="add to a request's timeline", parents=[common])
    esub = ev.add_subparsers(dest="action", metavar="ACTION", required=True)
    eadd = esub.add_parser("add", help="add an event", parents=[common])
    eadd.add_argument("id", type=int)
    eadd.add_argument("--type", required=True)
    eadd.add_argument("--date", required=True)
    eadd.add_argument("--note")
    eadd.set_defaults(func=cmd_event_add)

    dl = sub.add_parser("deadline", help="compute a legal deadline", parents=[common])
    dl.add_argument("--kind", required=True, help="woo, wob, kamervragen, bezwaar, beslissing_op_bezwaar, beroep")
    dl.add_argument("--date", required=True, help="day of the starting event")
    dl.add_argument("--extended", action="store_true", help="include the verdaging / uitstel term")
    dl.add_argument("--advisory-committee", action="store_true", help="bezwaar with an advisory committee (12 weeks)")
    dl.set_defaults(func=cmd_deadline)

    dls = sub.add_parser("deadlines", help="what is due or overdue, soonest first", parents=[common])
    dls.add_argument("--within", type=int, default=None, help="only due within N days (overdue always shown)")
    dls.set_defaults(func=cmd_deadlines)

    ov = sub.add_parser("override", help="override a computed deadline with a reason", parents=[common])
    ov.add_argument("id", type=int)
    ov.add_argument("key", help="deadline key as shown by request show, e.g. beslistermijn")
    ov.add_argument("--due")
    ov.add_argument("--reason")
    ov.add_argument("--clear", action="store_true")
    ov.set_defaults(func=cmd_deadline_override)

    gui = sub.add_parser("gui", help="open the desktop app", parents=[common])
    gui.set_defaults(func=cmd_gui)

    from woo_tracker import cli_documents, cli_export

    cli_documents.register(sub, common)
    cli_export.register(sub, common)
    return parser


def _merge_globals(args: argparse.Namespace) -> None:
    for name, default in (("json", False), ("library", None), ("database", None)):
        if not hasattr(args, name):
            setattr(args, name, default)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _merge_globals(args)
    func: Handler | None = getattr(args, "func", None)
    if func is None:
        func = cmd_gui
    from woo_tracker.ingest.errors import IngestError
    from woo_tracker.services.errors import ServiceError
    from woo_tracker.store.database import DatabaseError

    try:
        result = func(args)
    except (UserError, ServiceError, DatabaseError, IngestError) as exc:
        print(f"woo-tracker: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("woo-tracker: interrupted; run the same command again to finish.", file=sys.stderr)
        return 1
    except Exception as exc:  # the contract promises no tracebacks
        if os.environ.get("WOO_TRACKER_DEBUG"):
            raise
        print(f"woo-tracker: unexpected error ({type(exc).__name__}: {exc}); "
              "set WOO_TRACKER_DEBUG=1 for details and please report it.", file=sys.stderr)
        return 1
    return result if isinstance(result, int) else 0
