"""Documents find their request: sure matches link and update the timeline, others wait."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from corpus_files import ANSWER, NEWS, WOB


def test_answer_links_to_tracked_kamervragen_and_marks_them_answered(ingest, requests_, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    req = requests_.add(kind="kamervragen", title="Vragen over AI bij de politie", number="2025Z15452",
                        submitted=date(2025, 8, 27))
    [result] = ingest.ingest([corpus / ANSWER], ocr=False)
    assert result.request_id == req.id and result.type == "kamervragen_antwoord"
    shown = requests_.show(req.id)
    assert shown["status"] == "answered"
    assert ("answered", "2025-10-31") in [(e["type"], e["date"]) for e in shown["events"]]
    assert shown["days_open"] == 65
    assert len(shown["questions"]) == 5
    assert any(r["kind"] == "kamervraag" and r["value"] == "2025Z15452" for r in shown["references"])


def test_an_answer_to_untracked_kamervragen_creates_the_request(ingest, requests_, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / ANSWER], ocr=False)
    assert result.request_id is not None
    shown = requests_.show(result.request_id)
    assert shown["kind"] == "kamervragen" and shown["number"] == "2025Z15452"
    assert shown["submitted"] == "2025-08-27"
    assert shown["status"] == "answered"
    assert shown["organisation"] == "Ministerie van Justitie en Veiligheid"
    assert shown["requester"] == "Van Houwelingen"


def test_a_besluit_with_its_kenmerk_is_filed_and_decides_the_request(ingest, requests_, corpus: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.documents import DocumentService

    extracted = [r for r in _refs(ctx, ingest, corpus / WOB) if r["kind"] == "kenmerk" and r["role"] == "ours"]
    assert extracted, "the Wob besluit carries our kenmerk"
    req = requests_.add(kind="wob", title="Palantir bij de veiligheidsregio", number=extracted[0]["value"],
                        received=date(2021, 3, 16))
    doc_id = DocumentService(ctx).list()[0]["id"]
    from woo_tracker.services.linking import LinkingService

    LinkingService(ctx).link_document(doc_id)
    shown = requests_.show(req.id)
    assert shown["status"] == "decided"
    assert [d["id"] for d in shown["documents"]] == [doc_id]


def _refs(ctx, ingest, path: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    from woo_tracker.services.documents import DocumentService

    [result] = ingest.ingest([path], ocr=False)
    return DocumentService(ctx).get(result.document_id)["references"]


def test_weak_evidence_becomes_a_suggestion_the_user_accepts(ingest, requests_, corpus: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.linking import LinkingService

    req = requests_.add(kind="wob", title="Palantir veiligheidsregio's", organisation="Follow the Money")
    [result] = ingest.ingest([corpus / NEWS], ocr=False)
    assert result.request_id is None
    linking = LinkingService(ctx)
    [entry] = linking.inbox()
    assert entry["document_id"] == result.document_id
    [suggestion] = entry["suggestions"]
    assert suggestion["request_id"] == req.id and "palantir" in suggestion["reason"].lower()
    linking.accept(suggestion["id"])
    assert linking.inbox() == []
    assert [d["id"] for d in requests_.show(req.id)["documents"]] == [result.document_id]


def test_ingest_with_request_files_it_there(ingest, requests_, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    req = requests_.add(kind="woo", title="Iets anders")
    [result] = ingest.ingest([corpus / NEWS], request_id=req.id, ocr=False)
    assert result.request_id == req.id


def test_show_lists_the_responses_with_their_documents(ingest, requests_, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    [result] = ingest.ingest([corpus / ANSWER], ocr=False)
    shown = requests_.show(result.request_id)
    [response] = shown["responses"]
    assert response["type"] == "antwoorden" and response["date"] == "2025-10-31"
    assert response["document_ids"] == [result.document_id]


def test_a_document_older_than_the_request_is_filed_but_changes_no_timeline(ingest, requests_, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    req = requests_.add(kind="woo", title="Nieuw verzoek", received=date(2025, 4, 25))
    [result] = ingest.ingest([corpus / WOB], request_id=req.id, ocr=False)  # a besluit of 2021
    shown = requests_.show(req.id)
    assert [d["id"] for d in shown["documents"]] == [result.document_id]
    assert [e["type"] for e in shown["events"]] == ["received"]
    assert shown["status"] == "awaiting_decision"
