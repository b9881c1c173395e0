from __future__ import annotations

from datetime import date

import pytest

from woo_tracker.services.errors import NotFound, ValidationError
from woo_tracker.services.requests import RequestService


@pytest.fixture
def service(ctx) -> RequestService:  # type: ignore[no-untyped-def]
    return RequestService(ctx)


def test_woo_request_is_awaiting_decision_and_overdue_after_its_term(
    service: RequestService,
) -> None:
    row = service.add(kind="woo", title="Palantir", received=date(2025, 4, 25))
    assert row.status == "awaiting_decision"
    assert row.due == date(2025, 5, 23)
    assert row.overdue is True
    assert row.days_open == (date(2025, 11, 24) - date(2025, 4, 25)).days


def test_verdaging_in_time_moves_the_due_date(service: RequestService) -> None:
    row = service.add(kind="woo", title="x", received=date(2025, 4, 25))
    result = service.add_event(row.id, type="extended", date=date(2025, 5, 20))
    assert result["request"]["status"] == "extended"
    assert result["request"]["due"] == "2025-06-06"
    assert result["warnings"] == []
    shown = service.show(row.id)
    verdaging = next(d for d in shown["deadlines"] if d["key"] == "verdaging")
    assert verdaging["due"] == "2025-06-06" and "4.4 lid 2" in verdaging["basis"]


def test_late_verdaging_does_not_count_and_warns(service: RequestService) -> None:
    row = service.add(kind="woo", title="x", received=date(2025, 4, 25))
    result = service.add_event(row.id, type="extended", date=date(2025, 5, 26))
    assert result["request"]["due"] == "2025-05-23"
    assert any("late" in w for w in result["warnings"])


def test_decision_closes_the_request_and_opens_the_bezwaartermijn(service: RequestService) -> None:
    row = service.add(kind="wob", title="Palantir", received=date(2021, 3, 16))
    service.add_event(row.id, type="extended", date=date(2021, 4, 13))
    result = service.add_event(row.id, type="decided", date=date(2021, 5, 12))
    assert result["request"]["status"] == "decided"
    assert result["request"]["overdue"] is False
    keys = {d["key"]: d for d in service.show(row.id)["deadlines"]}
    assert keys["verdaging"]["due"] == "2021-05-11"  # decided one day after the extended term
    assert keys["bezwaartermijn"]["due"] == "2021-06-23"


def test_override_replaces_due_and_keeps_the_computed_date_visible(service: RequestService) -> None:
    row = service.add(kind="woo", title="x", received=date(2025, 4, 25))
    with pytest.raises(ValidationError):
        service.override_deadline(row.id, "beslistermijn", date(2025, 12, 1), "")
    after = service.override_deadline(row.id, "beslistermijn", date(2025, 12, 1), "agreed by phone")
    assert after.due == date(2025, 12, 1) and after.overdue is False
    dl = service.show(row.id)["deadlines"][0]
    assert dl["due"] == "2025-05-23" and dl["override"] == "2025-12-01"
    assert dl["override_reason"] == "agreed by phone"
    cleared = service.override_deadline(row.id, "beslistermijn", None)
    assert cleared.due == date(2025, 5, 23)


def test_deleting_an_event_recomputes_the_status(service: RequestService) -> None:
    row = service.add(kind="kamervragen", title="Vragen", submitted=date(2025, 8, 27))
    event = service.add_event(row.id, type="answered", date=date(2025, 10, 31))
    assert event["request"]["status"] == "answered"
    back = service.delete_event(event["id"])
    assert back.status == "awaiting_answer" and back.due == date(2025, 9, 17)


def test_views_and_due_soon(service: RequestService, ctx) -> None:  # type: ignore[no-untyped-def]
    today = ctx.today()
    late = service.add(kind="woo", title="late", received=date(2025, 1, 6))
    soon = service.add(
        kind="kamervragen", title="soon", submitted=today.replace(day=today.day - 18)
    )
    done = service.add(kind="kamervragen", title="done", submitted=date(2025, 8, 27))
    service.add_event(done.id, type="answered", date=date(2025, 10, 31))
    assert [r.id for r in service.list("overdue")] == [late.id]
    assert [r.id for r in service.list("due_this_week")] == [soon.id]
    assert [r.id for r in service.list("closed")] == [done.id]
    assert [r.id for r in service.list("kamervragen", order_by="title")] == [done.id, soon.id]
    assert [r.id for r in service.due_soon(7)] == [late.id, soon.id]
    assert service.count("awaiting") == 2
    assert [r.title for r in service.list(text="LAT")] == ["late"]


def test_unknown_ids_raise_not_found(service: RequestService) -> None:
    with pytest.raises(NotFound):
        service.show(42)
    with pytest.raises(NotFound):
        service.add_event(42, type="received", date=date(2025, 1, 1))


def test_received_before_submitted_is_refused(service: RequestService) -> None:
    with pytest.raises(ValidationError, match="before"):
        service.add(kind="woo", title="x", submitted=date(2025, 5, 1), received=date(2025, 4, 1))
    assert service.count() == 0


def test_stats_count_requests_per_status_and_organisation(service: RequestService) -> None:
    service.add(kind="woo", title="a", organisation="Gemeente Utrecht", received=date(2025, 4, 25))
    service.add(kind="woo", title="b", organisation="Gemeente Utrecht")
    service.add(kind="kamervragen", title="c", submitted=date(2025, 8, 27))
    stats = service.stats()
    assert stats["by_status"] == {"awaiting_decision": 1, "draft": 1, "awaiting_answer": 1}
    assert stats["by_organisation"] == {"Gemeente Utrecht": 2, "": 1}


def test_empty_due_dates_sort_last_both_ways(service: RequestService) -> None:
    none = service.add(kind="woo", title="no dates")
    early = service.add(kind="woo", title="early", received=date(2025, 1, 6))
    late = service.add(kind="woo", title="late", received=date(2025, 6, 2))
    assert [r.id for r in service.list(order_by="due")] == [early.id, late.id, none.id]
    assert [r.id for r in service.list(order_by="due", descending=True)] == [late.id, early.id, none.id]


def test_only_requests_with_documents_are_offered_as_a_search_filter(ctx, service: RequestService) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.store.models import Document, Request

    with_doc = service.add(kind="woo", title="B met document", number="K-1")
    service.add(kind="woo", title="A zonder document")
    with ctx.db.session() as session:
        doc = Document(sha256="0" * 64, filename="x.pdf", size=1, mime="application/pdf")
        doc.requests.append(session.get(Request, with_doc.id))
        session.add(doc)
    assert service.with_documents() == [(with_doc.id, "K-1", "B met document")]


def test_due_this_week_ends_on_sunday(ctx, service: RequestService) -> None:  # type: ignore[no-untyped-def]
    # the test clock stands on Monday 2025-11-24; Kamervragen are due 21 days after ingezonden
    sunday = service.add(kind="kamervragen", title="zondag", submitted=date(2025, 11, 9))
    service.add(kind="kamervragen", title="maandag erna", submitted=date(2025, 11, 10))
    assert [r.id for r in service.list("due_this_week")] == [sunday.id]
