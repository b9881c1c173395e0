from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from woo_tracker import cli

Run = Callable[..., tuple[int, Any, str]]


@pytest.fixture
def run(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, today: date
) -> Run:
    """Run the CLI in-process on a fresh library with ``--json``; returns (exit code, JSON, stderr)."""
    import woo_tracker.services.context as context

    real = context.open_library
    monkeypatch.setattr(
        context, "open_library", lambda *a, **k: real(*a, **{**k, "today": lambda: today})
    )

    def _run(*argv: str, as_json: bool = True) -> tuple[int, Any, str]:
        args = ["--library", str(library)] + (["--json"] if as_json else []) + list(argv)
        code = cli.main(args)
        out, err = capsys.readouterr()
        data = json.loads(out) if as_json and out.strip() else out
        return code, data, err

    return _run
