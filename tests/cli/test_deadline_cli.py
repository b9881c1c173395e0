from __future__ import annotations

import json

import pytest

from woo_tracker import cli


def _deadline(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict, str]:
    code = cli.main(["--json", "deadline", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else {}), err


def test_woo_with_verdaging_prints_the_contract_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = _deadline(capsys, "--kind", "woo", "--date", "2025-04-25", "--extended")
    assert code == 0
    assert list(data)[:5] == ["kind", "start", "due", "due_extended", "basis"]
    assert (data["kind"], data["start"], data["due"], data["due_extended"]) == (
        "woo",
        "2025-04-25",
        "2025-05-23",
        "2025-06-06",
    )
    assert "Woo art. 4.4 lid 1" in data["basis"]


@pytest.mark.parametrize(
    ("kind", "start", "due"),
    [
        ("woo", "2025-04-08", "2025-05-06"),
        ("woo", "2025-05-02", "2025-06-02"),
        ("woo", "2025-03-21", "2025-04-22"),
        ("wob", "2021-03-16", "2021-04-13"),
        ("kamervragen", "2025-08-27", "2025-09-17"),
        ("bezwaar", "2025-10-31", "2025-12-12"),
        ("beroep", "2025-10-31", "2025-12-12"),
    ],
)
def test_deadline_kinds(
    capsys: pytest.CaptureFixture[str], kind: str, start: str, due: str
) -> None:
    code, data, _ = _deadline(capsys, "--kind", kind, "--date", start)
    assert code == 0 and data["due"] == due and "due_extended" not in data


def test_unknown_kind_and_bad_date_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert _deadline(capsys, "--kind", "wet", "--date", "2025-01-01")[0] == 1
    code, data, err = _deadline(capsys, "--kind", "woo", "--date", "31-02-2025")
    assert code == 1 and data == {} and "date" in err and "Traceback" not in err
