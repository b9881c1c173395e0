"""Names of the shared corpus files the tests use (importable thanks to pytest's pythonpath)."""

import shutil

import pytest

ANSWER = "antwoorden-kamervragen-2025Z15452.pdf"
SCAN = "antwoorden-kamervragen-2025Z15452-scan.pdf"
OCR_TEXT = "antwoorden-kamervragen-2025Z15452-ocr.txt"
WOB = "wob-besluit-veiligheidsregio-2021.pdf"
NEWS = "ftm-palantir-veiligheidsregios-2021.pdf"

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
