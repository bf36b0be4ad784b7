"""Personal identity numbers in free text: found when real, refused until confirmed,
and checked again before a document leaves the app."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from est_desktop.errors import KnownError
from est_desktop.models import AgendaItem, Meeting, MeetingCreate
from est_desktop.services import incidents
from est_desktop.services.action_lists import gather as action_lists
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes import gather as minutes
from est_desktop.services.personal_numbers import (
    PERSONNUMMER,
    REMOVED,
    SAMORDNINGSNUMMER,
    PersonalNumbersFound,
    PersonalNumbersInExport,
    find_personal_numbers,
    remove_personal_numbers,
    scan_texts,
)
from tests.services.records import MEETING_DAY, action_data, incident_data

TODAY = date(2026, 11, 26)


def luhn_digit(nine: str) -> str:
    """The check digit of YYMMDDNNN, written out here so the library is checked, not trusted."""
    total = 0
    for position, digit in enumerate(nine):
        product = int(digit) * (2 if position % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return str((10 - total % 10) % 10)


def number(born: date, serial: str, *, century: bool, separator: str, coordination: bool) -> str:
    day = born.day + 60 if coordination else born.day
    birth = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    digits = birth + serial + luhn_digit(birth + serial)
    prefix = f"{born.year // 100}" if century else ""
    return f"{prefix}{digits[:6]}{separator}{digits[6:]}"


def test_the_helper_agrees_with_a_published_example() -> None:
    # The example of Skatteverket's leaflet and of python-stdnum's documentation.
    assert luhn_digit("880320001") == "6"


# Words around the number: no digits, so nothing is glued to it.
surrounding = st.text(
    alphabet=st.sampled_from(list("abcåäö ÅÄÖ.,:;!?()/\n\t–") + ["🙂", "ש", "ל", "\u200f"]),
    max_size=20,
)


@st.composite
def written_numbers(draw) -> tuple[str, str]:
    coordination = draw(st.booleans())
    century = draw(st.booleans())
    born = draw(st.dates(min_value=date(1927, 1, 1), max_value=TODAY - timedelta(days=1)))
    separator = draw(st.sampled_from(["-", "", " ", " - ", "\u2013"]))
    if not century and draw(st.booleans()):
        # Over 100 years old: '+' tells the century when it is not written out.
        born = draw(st.dates(min_value=date(1900, 3, 1), max_value=date(1926, 11, 25)))
        separator = "+"
    serial = draw(st.from_regex(r"\A[0-9]{3}\Z"))
    kind = SAMORDNINGSNUMMER if coordination else PERSONNUMMER
    written = number(born, serial, century=century, separator=separator, coordination=coordination)
    return written, kind


@settings(max_examples=300)
@given(written_numbers(), surrounding, surrounding)
def test_a_valid_number_inside_text_is_found(
    written: tuple[str, str], before: str, after: str
) -> None:
    text, kind = written
    found = find_personal_numbers(before + text + after, today=TODAY)
    assert [(f.start, f.end, f.number, f.kind) for f in found] == [
        (len(before), len(before) + len(text), text, kind)
    ]


@settings(max_examples=200)
@given(written_numbers(), st.integers(1, 9))
def test_a_wrong_check_digit_is_not_a_number(written: tuple[str, str], shift: int) -> None:
    text, _kind = written
    wrong = text[:-1] + str((int(text[-1]) + shift) % 10)
    assert find_personal_numbers(f"Anmälan {wrong} vid torget", today=TODAY) == []


@pytest.mark.parametrize(
    "birth",
    [
        "881320",  # month 13
        "880020",  # month 0
        "880230",  # 30 February
        "890229",  # 29 February in a year that is not a leap year
        "880431",  # 31 April
        "880300",  # day 0
        "880332",  # day 32
        "880360",  # samordningsnummer for day 0
        "880392",  # samordningsnummer for day 32
    ],
)
@pytest.mark.parametrize("century", ["", "19"])
def test_an_impossible_date_is_not_a_number(birth: str, century: str) -> None:
    serial = "123"
    text = f"{century}{birth}-{serial}{luhn_digit(birth + serial)}"
    assert find_personal_numbers(f"Anmälan {text} vid torget", today=TODAY) == []


def test_a_birth_after_today_is_not_a_number_when_the_century_is_written() -> None:
    text = number(date(2027, 1, 5), "123", century=True, separator="", coordination=False)
    assert find_personal_numbers(text, today=TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ring 0410-73 30 00 eller 046-15 00 00.",  # phone numbers
        "Möte 2026-03-10 kl. 18.30, ärende 2026/123.",
        "Diarienummer 88032000161 (elva siffror)",
        "Kontonummer 1234-5678901",
        "",
    ],
)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    assert find_personal_numbers(text, today=TODAY) == []


def test_a_number_glued_to_other_digits_is_not_read_out_of_it() -> None:
    valid = number(date(1988, 3, 20), "001", century=False, separator="", coordination=False)
    assert find_personal_numbers(valid, today=TODAY)
    assert find_personal_numbers("7" + valid, today=TODAY) == []
    assert find_personal_numbers(valid + "7", today=TODAY) == []


def test_removing_keeps_the_rest_of_the_text() -> None:
    text = "Anmälare 880320-0016 och 19880320-0016, vid torget."
    assert remove_personal_numbers(text, "[borttaget]") == (
        "Anmälare [borttaget] och [borttaget], vid torget."
    )
    assert remove_personal_numbers("Ingenting här", "[borttaget]") == "Ingenting här"
    assert "0016" not in remove_personal_numbers(text)
    assert REMOVED in remove_personal_numbers(text)


def test_scanning_several_texts_names_where_each_was_found() -> None:
    found = scan_texts({"description": "Anmälan 880320-0016", "location_detail": "Torget"})
    assert [(f.where, f.number) for f in found] == [("description", "880320-0016")]


# --- saving ------------------------------------------------------------------------------------


def test_an_incident_with_a_number_is_not_saved_without_confirmation(
    session: Session, item: AgendaItem
) -> None:
    data = incident_data(
        session, description="Anmälare 880320-0016 såg det", location_detail="vid 8803200016"
    )
    with pytest.raises(PersonalNumbersFound) as asked:
        incidents.record_incident(session=session, item_id=item.id, data=data, today=MEETING_DAY)
    assert asked.value.fields == ["description", "location_detail"]
    assert incidents.incident_rows_for_item(session=session, item_id=item.id) == []

    saved = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=data,
        today=MEETING_DAY,
        allow_personal_numbers=True,
    )
    assert "880320-0016" in saved.description


def test_correcting_an_incident_asks_again(session: Session, item: AgendaItem) -> None:
    saved = incidents.record_incident(
        session=session, item_id=item.id, data=incident_data(session), today=MEETING_DAY
    )
    with pytest.raises(PersonalNumbersFound):
        incidents.update_incident(
            session=session,
            incident_id=saved.id,
            data=incident_data(session, description="Gäller 19880320-0016"),
            today=MEETING_DAY,
        )


def test_a_field_error_is_reported_before_the_question(session: Session, item: AgendaItem) -> None:
    from est_desktop.errors import ValidationError

    data = incident_data(session, description="880320-0016", source_id=None)
    with pytest.raises(ValidationError):
        incidents.record_incident(session=session, item_id=item.id, data=data, today=MEETING_DAY)


def test_an_action_with_a_number_in_its_contact_is_not_saved_without_confirmation(
    session: Session, item: AgendaItem
) -> None:
    data = action_data(session, contact_person="Kalle, 880320-0016")
    with pytest.raises(PersonalNumbersFound) as asked:
        actions.decide_action(session=session, item_id=item.id, data=data)
    assert asked.value.fields == ["contact_person"]
    assert action_rows.action_rows_for_item(session=session, item_id=item.id) == []

    action = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    with pytest.raises(PersonalNumbersFound):
        actions.update_action(
            session=session,
            action_id=action.id,
            data=action_data(session, description="Kontakta 880320-0016"),
        )
    actions.update_action(
        session=session,
        action_id=action.id,
        data=action_data(session, description="Kontakta 880320-0016"),
        allow_personal_numbers=True,
    )


# --- exports -----------------------------------------------------------------------------------


def test_minutes_with_a_number_are_not_exported_without_confirmation(
    session: Session, meeting: Meeting, item: AgendaItem, tmp_path: Path
) -> None:
    incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, description="Anmälare 880320-0016"),
        today=MEETING_DAY,
        allow_personal_numbers=True,
    )
    target = tmp_path / "protokoll.docx"

    with pytest.raises(PersonalNumbersInExport) as refused:
        minutes.export_minutes(session=session, meeting_id=meeting.id, out_path=target)

    assert isinstance(refused.value, KnownError)  # shown as a message where nobody asks yet
    assert refused.value.detail == f"{_heading_number(session, item)} {item.title}"
    assert "0016" not in str(refused.value)
    assert not target.exists()

    minutes.export_minutes(
        session=session, meeting_id=meeting.id, out_path=target, allow_personal_numbers=True
    )
    assert target.exists()


def _heading_number(session: Session, item: AgendaItem) -> str:
    ids = [i.id for i in meetings.agenda(session=session, meeting_id=item.meeting_id)]
    return f"§ {ids.index(item.id) + 1}"


def test_a_confidential_incident_left_out_of_the_minutes_does_not_stop_them(
    session: Session, meeting: Meeting, item: AgendaItem, tmp_path: Path
) -> None:
    incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, description="Anmälare 880320-0016", confidential=True),
        today=MEETING_DAY,
        allow_personal_numbers=True,
    )
    minutes.export_minutes(session=session, meeting_id=meeting.id, out_path=tmp_path)
    with pytest.raises(PersonalNumbersInExport):
        minutes.export_minutes(
            session=session, meeting_id=meeting.id, out_path=tmp_path, include_confidential=True
        )


def test_action_lists_with_a_number_are_not_exported_without_confirmation(
    session: Session, item: AgendaItem, tmp_path: Path
) -> None:
    actions.decide_action(
        session=session,
        item_id=item.id,
        data=action_data(session, contact_person="Kalle 880320-0016"),
        allow_personal_numbers=True,
    )
    out = tmp_path / "delad mapp"
    out.mkdir()
    with pytest.raises(PersonalNumbersInExport) as refused:
        action_lists.export_action_lists(session=session, out_dir=out, today=MEETING_DAY)
    assert refused.value.detail.startswith("Åtgärdslista – ")
    assert list(out.iterdir()) == []

    written = action_lists.export_action_lists(
        session=session, out_dir=out, today=MEETING_DAY, allow_personal_numbers=True
    )
    assert written


def test_meeting_notes_with_a_number_are_not_saved_without_confirmation(
    session: Session, item: AgendaItem
) -> None:
    notes = "Anmälan gällde 19880320-0016, kontakt via socialtjänsten."
    with pytest.raises(PersonalNumbersFound) as asked:
        meetings.set_item_notes(session=session, item_id=item.id, notes=notes)
    assert asked.value.fields == ["notes"]
    assert meetings.get_item(session=session, item_id=item.id).notes == ""
    meetings.set_item_notes(
        session=session, item_id=item.id, notes=notes, allow_personal_numbers=True
    )
    assert meetings.get_item(session=session, item_id=item.id).notes == notes


def test_a_review_note_with_a_number_is_not_saved_without_confirmation(
    session: Session, item: AgendaItem
) -> None:
    from est_desktop.services.actions.decisions import ReviewOutcome

    action = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    later = meetings.create_meeting(
        session=session, data=MeetingCreate(date=MEETING_DAY + timedelta(days=7))
    )
    note = "Kontakt tagen med 880320-0016"
    with pytest.raises(PersonalNumbersFound):
        actions.record_review(
            session=session,
            meeting_id=later.id,
            action_id=action.id,
            outcome=ReviewOutcome.IN_PROGRESS,
            note=note,
        )
    assert actions.get_action(session=session, action_id=action.id).status == "new"
    update = actions.record_review(
        session=session,
        meeting_id=later.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note=note,
        allow_personal_numbers=True,
    )
    assert update.note == note
