from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from woo_tracker import __version__, cli

CONTRACT_KEYS = {
    "id",
    "kind",
    "title",
    "organisation",
    "number",
    "submitted",
    "received",
    "status",
    "due",
    "overdue",
    "days_open",
}


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_request_add_prints_the_request_object_of_the_contract(run) -> None:  # type: ignore[no-untyped-def]
    code, data, err = run(
        "request",
        "add",
        "--kind",
        "woo",
        "--title",
        "Palantir-contracten",
        "--organisation",
        "Veiligheidsregio Utrecht",
        "--number",
        "VRU-2025-12",
        "--received",
        "2025-04-25",
    )
    assert code == 0, err
    assert data.keys() >= CONTRACT_KEYS
    assert data["kind"] == "woo" and data["title"] == "Palantir-contracten"
    assert data["organisation"] == "Veiligheidsregio Utrecht" and data["number"] == "VRU-2025-12"
    assert data["received"] == "2025-04-25" and data["submitted"] is None
    assert data["status"] == "awaiting_decision"
    assert data["due"] == "2025-05-23"
    assert data["overdue"] is True  # the test clock stands on 2025-11-24


def test_request_list_and_show(run) -> None:  # type: ignore[no-untyped-def]
    run(
        "request",
        "add",
        "--kind",
        "kamervragen",
        "--title",
        "Vragen over AI-systeem",
        "--number",
        "2025Z15452",
        "--submitted",
        "2025-08-27",
    )
    run("request", "add", "--kind", "wob", "--title", "Palantir", "--received", "2021-03-16")
    code, rows, _ = run("request", "list")
    assert code == 0
    assert [r["kind"] for r in rows] == ["kamervragen", "wob"]
    assert all(r.keys() >= CONTRACT_KEYS for r in rows)
    code, shown, _ = run("request", "show", str(rows[0]["id"]))
    assert code == 0
    assert shown["number"] == "2025Z15452"
    assert [e["type"] for e in shown["events"]] == ["submitted"]
    assert shown["deadlines"][0]["due"] == "2025-09-17"
    assert {"documents", "references", "questions"} <= shown.keys()


def test_event_add_changes_status_and_closes_the_clock(run) -> None:  # type: ignore[no-untyped-def]
    _, req, _ = run(
        "request", "add", "--kind", "kamervragen", "--title", "Vragen", "--submitted", "2025-08-27"
    )
    assert req["status"] == "awaiting_answer" and req["overdue"] is True
    code, ev, err = run(
        "event", "add", str(req["id"]), "--type", "answered", "--date", "2025-10-31"
    )
    assert code == 0, err
    assert ev["type"] == "answered" and ev["date"] == "2025-10-31"
    assert ev["request"]["status"] == "answered"
    assert ev["request"]["overdue"] is False
    assert ev["request"]["days_open"] == 65


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("request", "add", "--kind", "foia", "--title", "x"), "kind"),
        (("request", "add", "--kind", "woo", "--title", "x", "--received", "2025-02-30"), "date"),
        (("request", "add", "--kind", "woo", "--title", "  "), "title"),
        (("request", "show", "999"), "999"),
        (("event", "add", "999", "--type", "received", "--date", "2025-01-01"), "999"),
    ],
)
def test_invalid_input_exits_1_with_one_sentence_and_writes_nothing(run, argv, needle) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(*argv)
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and needle in err.lower()
    assert run("request", "list")[1] == []


def test_unknown_event_type_leaves_the_timeline_untouched(run) -> None:  # type: ignore[no-untyped-def]
    _, req, _ = run("request", "add", "--kind", "woo", "--title", "x", "--received", "2025-04-25")
    code, _, err = run("event", "add", str(req["id"]), "--type", "bribed", "--date", "2025-05-01")
    assert code == 1 and "event type" in err
    assert [e["type"] for e in run("request", "show", str(req["id"]))[1]["events"]] == ["received"]


def test_human_output_without_json(run) -> None:  # type: ignore[no-untyped-def]
    run("request", "add", "--kind", "woo", "--title", "Leesbaar", "--received", "2025-04-25")
    code, out, _ = run("request", "list", as_json=False)
    assert code == 0 and "Leesbaar" in out and "2025-05-23" in out


def test_installed_entry_point_runs_in_a_fresh_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "woo_tracker",
            "--library",
            str(tmp_path / "lib"),
            "--json",
            "request",
            "add",
            "--kind",
            "woo",
            "--title",
            "Echt",
            "--received",
            "not-a-date",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "not-a-date" in proc.stderr and "Traceback" not in proc.stderr


def test_a_recorded_request_is_listed_after_the_process_restarts(tmp_path: Path) -> None:
    import json

    base = [sys.executable, "-m", "woo_tracker", "--library", str(tmp_path / "x")]
    add = subprocess.run(
        [*base, "request", "add", "--kind", "kamervragen", "--title", "Vragen over Palantir",
         "--number", "2025Z15452", "--submitted", "2025-08-27", "--json"],
        capture_output=True, text=True, timeout=60, check=True,
    )
    created = json.loads(add.stdout)
    listed = subprocess.run([*base, "request", "list", "--json"], capture_output=True, text=True,
                            timeout=60, check=True)
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["number"], r["submitted"]) for r in rows] == [
        (created["id"], "2025Z15452", "2025-08-27")]


def test_without_a_screen_the_app_says_so_instead_of_crashing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["--library", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no screen" in err and "Traceback" not in err
