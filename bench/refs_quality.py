"""Precision and recall of reference extraction on the hand-written ground truth, run by hand.

``python bench/refs_quality.py`` compares ``extract_references`` on every fixture text of
``tests/ingest/fixtures`` with the references written down (by reading the documents) in
``tests/ingest/ground_truth``, per kind and overall. Prints figures, asserts nothing. A match
is the same (kind, value, role); pages are reported separately.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from woo_tracker.ingest.analysis_types import PageInput  # noqa: E402
from woo_tracker.ingest.refs import extract_references  # noqa: E402

TESTS = ROOT / "tests" / "ingest"


def load(fixture: str) -> list[PageInput]:
    data = json.loads((TESTS / "fixtures" / fixture).read_text(encoding="utf-8"))
    return [PageInput(p["number"], p["body"], p["margin"]) for p in data["pages"]]


def main() -> None:
    tp, fp, fn = Counter(), Counter(), Counter()
    page_right = page_total = 0
    for truth_file in sorted((TESTS / "ground_truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        if "references" not in truth:
            continue
        want = {(r["kind"], r["value"], r.get("role")): r.get("page") for r in truth["references"]}
        for fixture in truth.get("fixtures_exact", []) + truth.get("fixtures_ocr", []):
            got = {(r.kind, r.value, r.role): r.page for r in extract_references(load(fixture))}
            for key in got.keys() & want.keys():
                tp[key[0]] += 1
                page_total += 1
                page_right += got[key] == want[key]
            for key in got.keys() - want.keys():
                fp[key[0]] += 1
            for key in want.keys() - got.keys():
                fn[key[0]] += 1
            print(f"{fixture:<36} found {len(got.keys() & want.keys()):>3}/{len(want):<3} "
                  f"extra {len(got.keys() - want.keys())}")
    print(f"\n{'kind':<12} {'precision':>9} {'recall':>7}   (tp / fp / fn)")
    for kind in sorted(tp.keys() | fp.keys() | fn.keys()):
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
        print(f"{kind:<12} {p:9.2f} {r:7.2f}   ({tp[kind]} / {fp[kind]} / {fn[kind]})")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':<12} {T / (T + F):9.2f} {T / (T + N):7.2f}   ({T} / {F} / {N})")
    print(f"pages right for {page_right}/{page_total} matched references")


if __name__ == "__main__":
    main()
