"""A personal identity number is caught however it is written, in every free-text field
at save and in every document at export, the reports included (issue 17, point 3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import (
    ActionAnswer,
    AgendaItem,
    Agreement,
    Meeting,
    MeetingCreate,
    MeetingEvent,
    PlanStatus,
)
from est_desktop.services import reference, settings
from est_desktop.services.action_lists.answers import ProposedChange, apply_answers
from est_desktop.services.actions import decisions as actions
from est_desktop.services.agreements import follow_up
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.services.personal_numbers import (
    FOUND_IN_TEXT,
    PersonalNumbersFound,
    PersonalNumbersInExport,
    find_personal_numbers,
    remove_personal_numbers,
)
from est_desktop.services.reports.write import write_report
from tests.services.records import action_data

TODAY = date(2026, 11, 26)
NUMBER = "880320-0016"  # Skatteverket's example, valid check digit


# --- the detector, on normalised text --------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "8803\u200b20-0016",  # zero-width space
        "880320\u200c-\u200d0016",  # zero-width non-joiner and joiner
        "88\u20600320-0016",  # word joiner
        "880320\ufeff-00\ufeff16",  # byte order mark
        "880320\u00ad0016",  # soft hyphen as the separator
        "88\u00ad03\u00ad20-0016",  # soft hyphens inside the date
        "８８０３２０－００１６",  # fullwidth digits and hyphen
        "８８０３２０-００１６",  # fullwidth digits, ASCII hyphen
        "١٩٨٨٠٣٢٠-٠٠١٦",  # Arabic-Indic digits
        "880320.0016",
        "880320/0016",
        "880320_0016",
        "19880320.0016",
        "88 03 20-0016",  # spaces inside the date
        "19 88 03 20-0016",
        "1988 03 20 0016",
        "88\u00a003\u00a020-0016",  # no-break spaces
    ],
)
def test_an_evasive_form_is_found_where_it_is_written(written: str) -> None:
    text = f"Anmälare {written} vid torget"
    found = find_personal_numbers(text, today=TODAY)
    assert [f.number for f in found] == [written]
    assert remove_personal_numbers(text, "[borttaget]") == "Anmälare [borttaget] vid torget"


def test_a_number_right_after_other_numbers_is_still_found() -> None:
    # A candidate that fails is not allowed to swallow the real number after it.
    for text in (f"år 20 {NUMBER}", f"nr 12 34 {NUMBER}", f"Rum 19 {NUMBER}"):
        found = find_personal_numbers(text, today=TODAY)
        assert len(found) == 1 and found[0].number.endswith(NUMBER)


@pytest.mark.parametrize(
    "text",
    [
        "Ring 0410-73 30 00 eller 046-15 00 00.",
        "Mobil 070-123 45 67, växel 0410-73 50 00",
        "Möte 2026.03.10 kl. 18.30, ärende 2026/1234 och KS 2026_0123.",
        "Född 1988-03-20, eller 19 88 03 20, eller 88 03 20.",  # a date alone
        "Anmälan 88 03 20-0017 vid torget",  # wrong check digit
        "Anmälan 880320.0017 och 880320/0017",
        "Diarienummer 88032000161 (elva siffror)",
        "Ordernummer ８８０３２０００１６１",  # eleven fullwidth digits
        "Kontonummer 1234-5678901",
        "SFS 2010:800, 12 kap. 3 §",
        "Lax\u00adtrappa",  # a soft hyphen in a word
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert find_personal_numbers(text, today=TODAY) == []


# --- every free-text field at save -----------------------------------------------------------


def _field_error(error: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    return error.value.errors[field]


def _org(session: Session, name: str = "Polisen") -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def test_an_attendance_name_with_a_number_is_refused(session: Session, meeting: Meeting) -> None:
    with pytest.raises(ValidationError) as refused:
        participants.add_attendee(
            session=session,
            meeting_id=meeting.id,
            person_name=f"Anna Berg {NUMBER}",
            organisation_id=_org(session),
        )
    assert _field_error(refused, "person_name") == FOUND_IN_TEXT
    assert participants.attendance(session=session, meeting_id=meeting.id) == []


@pytest.mark.parametrize("field", ["location", "convener"])
def test_a_meeting_location_or_convener_with_a_number_is_refused(
    session: Session, meeting: Meeting, field: str
) -> None:
    data = MeetingCreate(date=date(2026, 12, 1), **{field: "Kontakt 8803\u200b20-0016"})
    with pytest.raises(ValidationError) as refused:
        meetings.create_meeting(session=session, data=data)
    assert _field_error(refused, field) == FOUND_IN_TEXT
    assert meetings.meeting_on(session=session, day=date(2026, 12, 1)) is None

    changed = MeetingCreate(date=meeting.date, **{field: f"Kontakt {NUMBER}"})
    with pytest.raises(ValidationError) as refused:
        meetings.update_meeting(session=session, meeting_id=meeting.id, data=changed)
    assert _field_error(refused, field) == FOUND_IN_TEXT


@pytest.mark.parametrize("field", ["location", "convener", "organisation_name"])
def test_meeting_defaults_with_a_number_are_refused(session: Session, field: str) -> None:
    defaults = replace(settings.MeetingDefaults(), **{field: f"Kontakt {NUMBER}"})
    with pytest.raises(ValidationError) as refused:
        settings.save_meeting_defaults(session=session, defaults=defaults)
    assert _field_error(refused, field) == FOUND_IN_TEXT
    assert NUMBER not in getattr(settings.meeting_defaults(session=session), field)


def test_an_agenda_item_title_with_a_number_is_refused(
    session: Session, meeting: Meeting, item: AgendaItem
) -> None:
    before = [i.title for i in meetings.agenda(session=session, meeting_id=meeting.id)]
    with pytest.raises(ValidationError) as refused:
        meetings.add_item(session=session, meeting_id=meeting.id, title=f"Ärende {NUMBER}")
    assert _field_error(refused, "title") == FOUND_IN_TEXT
    with pytest.raises(ValidationError) as refused:
        meetings.rename_item(session=session, item_id=item.id, title="Ärende 880320/0016")
    assert _field_error(refused, "title") == FOUND_IN_TEXT
    assert [i.title for i in meetings.agenda(session=session, meeting_id=meeting.id)] == before


def test_place_and_organisation_names_with_a_number_are_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        reference.save_place(session=session, name=f"Hos {NUMBER}")
    assert _field_error(refused, "name") == FOUND_IN_TEXT
    with pytest.raises(ValidationError) as refused:
        reference.save_organisation(
            session=session, name="Firma ８８０３２０-００１６", kind="other"
        )
    assert _field_error(refused, "name") == FOUND_IN_TEXT
    names = [p.name for p in reference.places(session=session, include_inactive=True)]
    names += [o.name for o in reference.organisations(session=session, include_inactive=True)]
    assert not any("0016" in n or "００１６" in n for n in names)


def test_a_reopen_reason_with_a_number_is_not_saved_without_confirmation(
    session: Session, meeting: Meeting
) -> None:
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="test", confirm_no_attendance=True
    )
    reason = f"Rättelse gällande {NUMBER}"
    with pytest.raises(PersonalNumbersFound) as asked:
        meetings.reopen_meeting(session=session, meeting_id=meeting.id, user="test", reason=reason)
    assert asked.value.fields == ["reason"]
    assert meetings.get_meeting(session=session, meeting_id=meeting.id).status == "finalised"

    meetings.reopen_meeting(
        session=session,
        meeting_id=meeting.id,
        user="test",
        reason=reason,
        allow_personal_numbers=True,
    )
    events = session.scalars(select(MeetingEvent).where(MeetingEvent.meeting_id == meeting.id))
    assert reason in [e.reason for e in events]


def _plan_row(session: Session) -> follow_up.PlanRow:
    agreement = session.scalars(select(Agreement)).one()
    return follow_up.plan_rows(session=session, agreement_id=agreement.id, year=2026)[0]


def test_a_plan_note_with_a_number_is_not_saved_without_confirmation(session: Session) -> None:
    row = _plan_row(session)
    note = "Kontakt med 19 88 03 20-0016 om klottret"
    with pytest.raises(PersonalNumbersFound) as asked:
        follow_up.set_plan_status(
            session=session,
            plan_activity_id=row.id,
            year=2026,
            status=PlanStatus.DONE,
            note=note,
        )
    assert asked.value.fields == ["note"]
    assert _plan_row(session).note == ""
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=row.id,
        year=2026,
        status=PlanStatus.DONE,
        note=note,
        allow_personal_numbers=True,
    )
    assert _plan_row(session).note == note


def _goal(session: Session) -> follow_up.GoalEvidence:
    agreement = session.scalars(select(Agreement)).one()
    return follow_up.goal_evidence(session=session, agreement_id=agreement.id, today=TODAY)[0]


def test_a_goal_note_with_a_number_is_not_saved_without_confirmation(session: Session) -> None:
    goal = _goal(session)
    note = f"Uppgift från {NUMBER}"
    with pytest.raises(PersonalNumbersFound) as asked:
        follow_up.set_goal_note(session=session, goal_id=goal.id, note=note)
    assert asked.value.fields == ["note"]
    assert _goal(session).note == ""
    follow_up.set_goal_note(
        session=session, goal_id=goal.id, note=note, allow_personal_numbers=True
    )
    assert _goal(session).note == note


def test_imported_answers_with_a_number_are_not_applied_without_confirmation(
    session: Session, item: AgendaItem
) -> None:
    action = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    answered_at = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
    change = ProposedChange(
        file="Åtgärdslista Polisen.xlsx",
        row=5,
        action_id=action.id,
        description=action.description,
        owner="Polisen",
        current_status=action.status,
        current_due=action.due_date,
        new_status="in_progress",
        new_due=None,
        comment=f"Pratat med {NUMBER}",
        answered_by="Anna Berg",
        answered_on=answered_at.date(),
        answer_key="svar-1",
        export_id="export-1",
        answered_at=answered_at,
    )
    with pytest.raises(PersonalNumbersFound) as asked:
        apply_answers(session=session, changes=[change], now=answered_at)
    assert asked.value.fields == ["Åtgärdslista Polisen.xlsx:5"]
    assert session.scalars(select(ActionAnswer)).all() == []

    by_name = replace(change, comment="", answered_by="Anna 880320.0016", answer_key="svar-2")
    with pytest.raises(PersonalNumbersFound):
        apply_answers(session=session, changes=[by_name], now=answered_at)

    assert (
        apply_answers(
            session=session, changes=[change], now=answered_at, allow_personal_numbers=True
        )
        == 1
    )
    assert [a.comment for a in session.scalars(select(ActionAnswer))] == [change.comment]


# --- the reports -----------------------------------------------------------------------------


def _report(session: Session, kind: str, target: Path, **options) -> Path:
    period = (
        (date(2026, 9, 1), date(2026, 11, 23))
        if kind == "uppfoljning"
        else (
            date(2023, 1, 1),
            date(2026, 12, 31),
        )
    )
    return write_report(
        session=session,
        kind=kind,
        date_from=period[0],
        date_to=period[1],
        target=target,
        today=TODAY,
        **options,
    )


@pytest.mark.parametrize("kind", ["uppfoljning", "slutrapport"])
def test_a_plan_note_with_a_number_stops_both_reports_until_allowed(
    session: Session, tmp_path: Path, kind: str
) -> None:
    row = _plan_row(session)
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=row.id,
        year=2026,
        status=PlanStatus.DONE,
        note="Kontakt med 8803\u200b20-0016",
        allow_personal_numbers=True,
    )
    target = tmp_path / "rapport.docx"
    with pytest.raises(PersonalNumbersInExport) as refused:
        _report(session, kind, target)
    assert row.focus_area in refused.value.detail
    assert "0016" not in str(refused.value)
    assert not target.exists()

    assert _report(session, kind, target, allow_personal_numbers=True) == target
    assert target.exists()


def test_a_goal_note_with_a_number_stops_the_final_report(session: Session, tmp_path: Path) -> None:
    follow_up.set_goal_note(
        session=session,
        goal_id=_goal(session).id,
        note=f"Uppgift från {NUMBER}",
        allow_personal_numbers=True,
    )
    target = tmp_path / "slutrapport.docx"
    with pytest.raises(PersonalNumbersInExport) as refused:
        _report(session, "slutrapport", target)
    assert refused.value.detail == "Övergripande mål"
    assert not target.exists()


def test_a_report_without_numbers_is_written_as_before(session: Session, tmp_path: Path) -> None:
    assert _report(session, "uppfoljning", tmp_path / "rapport.docx").exists()
    assert _report(session, "slutrapport", tmp_path / "slut.docx").exists()
