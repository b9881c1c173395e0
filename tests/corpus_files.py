"""Names of the shared corpus files the tests use (importable thanks to pytest's pythonpath)."""

import os
import shutil
from pathlib import Path

import pytest

ANSWER = "antwoorden-kamervragen-2025Z15452.pdf"
SCAN = "antwoorden-kamervragen-2025Z15452-scan.pdf"
OCR_TEXT = "antwoorden-kamervragen-2025Z15452-ocr.txt"
WOB = "wob-besluit-veiligheidsregio-2021.pdf"
NEWS = "ftm-palantir-veiligheidsregios-2021.pdf"

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def find_corpus() -> Path:
    """The shared corpus: WOO_TRACKER_CORPUS, else ``shared/corpus`` beside any parent folder."""
    if env := os.environ.get("WOO_TRACKER_CORPUS"):
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return here.parents[2] / "shared" / "corpus"
