"""The lists the convener keeps: organisations and places."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import ActionCreate, IncidentCreate, MeetingCreate, OrganisationKind
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.text import swedish_sort_key

DAY = date(2026, 3, 10)


def _org_names(session: Session, include_inactive: bool = False) -> list[str]:
    return [
        o.name for o in reference.organisations(session=session, include_inactive=include_inactive)
    ]


def _place_names(session: Session, include_inactive: bool = False) -> list[str]:
    return [p.name for p in reference.places(session=session, include_inactive=include_inactive)]


# --- organisations --------------------------------------------------------------------


def test_new_organisation_is_offered(session: Session) -> None:
    added = reference.save_organisation(
        session=session, name="  Trygghetsvärdarna   Syd ", kind=OrganisationKind.EXTERNAL
    )
    assert added.name == "Trygghetsvärdarna Syd"
    assert "Trygghetsvärdarna Syd" in _org_names(session)


def test_rename_organisation(session: Session) -> None:
    tull = next(o for o in reference.organisations(session=session) if o.name == "Tullverket")
    reference.save_organisation(
        session=session, organisation_id=tull.id, name="Tullverket Trelleborg", kind="extern"
    )
    names = _org_names(session)
    assert "Tullverket Trelleborg" in names
    assert "Tullverket" not in names


def test_deactivated_organisation_leaves_the_choices_but_not_history(session: Session) -> None:
    hem = next(o for o in reference.organisations(session=session) if o.name == "Trelleborgshem")
    reference.save_organisation(
        session=session, organisation_id=hem.id, name=hem.name, kind=hem.kind, active=False
    )
    assert "Trelleborgshem" not in _org_names(session)
    assert "Trelleborgshem" in _org_names(session, include_inactive=True)


@pytest.mark.parametrize("name", ["Polisen", "polisen", "  POLISEN ", "Räddningstjänsten syd"])
def test_duplicate_organisation_is_refused(session: Session, name: str) -> None:
    before = _org_names(session, include_inactive=True)
    with pytest.raises(ValidationError) as refused:
        reference.save_organisation(session=session, name=name, kind="extern")
    assert set(refused.value.errors) == {"name"}
    assert _org_names(session, include_inactive=True) == before


def test_renaming_onto_another_organisation_is_refused(session: Session) -> None:
    tull = next(o for o in reference.organisations(session=session) if o.name == "Tullverket")
    with pytest.raises(ValidationError) as refused:
        reference.save_organisation(
            session=session, organisation_id=tull.id, name="trafikverket", kind="extern"
        )
    assert set(refused.value.errors) == {"name"}


def test_changing_only_the_case_of_its_own_name_is_allowed(session: Session) -> None:
    tull = next(o for o in reference.organisations(session=session) if o.name == "Tullverket")
    reference.save_organisation(
        session=session, organisation_id=tull.id, name="TULLVERKET", kind="extern"
    )
    assert "TULLVERKET" in _org_names(session)


@pytest.mark.parametrize(
    ("name", "kind", "field"), [("  ", "extern", "name"), ("Kustbevakningen", "annat", "kind")]
)
def test_organisation_needs_a_name_and_a_known_kind(
    session: Session, name: str, kind: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        reference.save_organisation(session=session, name=name, kind=kind)
    assert set(refused.value.errors) == {field}
    assert "Kustbevakningen" not in _org_names(session, include_inactive=True)


def _use_organisation(session: Session, how: str, organisation_id: int) -> None:
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=DAY))
    item = meetings.agenda(session=session, meeting_id=meeting.id)[2]
    if how == "attendance":
        participants.add_attendee(
            session=session,
            meeting_id=meeting.id,
            person_name="Lena Holm",
            organisation_id=organisation_id,
        )
    elif how == "action":
        actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(description="Utred", owner_organisation_id=organisation_id),
        )
    else:
        incidents.record_incident(
            session=session,
            item_id=item.id,
            data=IncidentCreate(
                occurred_on=DAY,
                place_id=reference.places(session=session)[0].id,
                source_id=reference.sources(session=session)[0].id,
                reporting_organisation_id=organisation_id,
                description="Rapport om otrygg plats",
            ),
            today=DAY,
        )


@pytest.mark.parametrize("how", ["attendance", "action", "incident"])
def test_organisation_in_use_cannot_be_deleted(session: Session, how: str) -> None:
    hamn = next(o for o in reference.organisations(session=session) if o.name == "Trelleborgs Hamn")
    _use_organisation(session, how, hamn.id)
    with pytest.raises(ValidationError) as refused:
        reference.delete_organisation(session=session, organisation_id=hamn.id)
    assert "Deactivate it instead" in refused.value.errors[""]
    assert "Trelleborgs Hamn" in _org_names(session)


def test_unused_organisation_can_be_deleted(session: Session) -> None:
    added = reference.save_organisation(session=session, name="Kustbevakningen", kind="extern")
    reference.delete_organisation(session=session, organisation_id=added.id)
    assert "Kustbevakningen" not in _org_names(session, include_inactive=True)


# --- places ----------------------------------------------------------------------------


def test_new_place_is_offered_and_found(session: Session) -> None:
    reference.save_place(session=session, name="Söderslätts gymnasium", kind="plats")
    assert "Söderslätts gymnasium" in _place_names(session)
    assert reference.find_place(session=session, text="söderslätts  GYMNASIUM").name == (
        "Söderslätts gymnasium"
    )


def test_rename_and_deactivate_place(session: Session) -> None:
    torget = reference.find_place(session=session, text="Stortorget")
    reference.save_place(session=session, place_id=torget.id, name="Stortorget norra")
    assert "Stortorget norra" in _place_names(session)
    assert "Stortorget" not in _place_names(session)

    reference.save_place(session=session, place_id=torget.id, name="Stortorget norra", active=False)
    assert "Stortorget norra" not in _place_names(session)
    assert "Stortorget norra" in _place_names(session, include_inactive=True)
    assert reference.find_place(session=session, text="Stortorget norra") is None


@pytest.mark.parametrize(
    "name", ["östra torp", "ÖSTRA TORP", " Östra  Torp ", "önnarp", "anderslöv"]
)
def test_duplicate_place_is_refused_whatever_the_case(session: Session, name: str) -> None:
    before = _place_names(session, include_inactive=True)
    with pytest.raises(ValidationError) as refused:
        reference.save_place(session=session, name=name)
    assert set(refused.value.errors) == {"name"}
    assert _place_names(session, include_inactive=True) == before


def test_place_in_use_cannot_be_deleted(session: Session) -> None:
    skegrie = reference.find_place(session=session, text="Skegrie")
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=DAY))
    incidents.record_incident(
        session=session,
        item_id=meetings.agenda(session=session, meeting_id=meeting.id)[6].id,
        data=IncidentCreate(
            occurred_on=DAY,
            place_id=skegrie.id,
            source_id=reference.sources(session=session)[0].id,
            description="Stöld av diesel",
        ),
        today=DAY,
    )
    with pytest.raises(ValidationError) as refused:
        reference.delete_place(session=session, place_id=skegrie.id)
    assert "Deactivate it instead" in refused.value.errors[""]
    assert "Skegrie" in _place_names(session)


def test_unused_place_can_be_deleted(session: Session) -> None:
    alstad = reference.find_place(session=session, text="Alstad")
    reference.delete_place(session=session, place_id=alstad.id)
    assert "Alstad" not in _place_names(session, include_inactive=True)
    assert reference.find_place(session=session, text="Alstad") is None


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Östra Torp", "Östra Torp"),
        ("  östra   torp ", "Östra Torp"),
        ("HAMNEN", "Hamnen"),
        ("Hamn", None),
        ("", None),
    ],
)
def test_find_place_matches_the_whole_name_ignoring_case(
    session: Session, typed: str, found: str | None
) -> None:
    place = reference.find_place(session=session, text=typed)
    assert (place.name if place else None) == found


def test_sources_and_categories_can_be_added_renamed_and_deactivated(session: Session) -> None:
    source = reference.save_source(session=session, name="Fältassistenter")
    assert reference.sources(session=session)[-1].name == "Fältassistenter"
    reference.save_source(
        session=session, source_id=source.id, name="Fältsekreterare", active=False
    )
    assert "Fältsekreterare" not in [s.name for s in reference.sources(session=session)]
    assert "Fältsekreterare" in [
        s.name for s in reference.sources(session=session, include_inactive=True)
    ]
    category = reference.save_category(session=session, name="Nedskräpning")
    with pytest.raises(ValidationError):
        reference.save_category(session=session, name="nedskräpning")
    reference.delete_category(session=session, category_id=category.id)
    assert "Nedskräpning" not in [c.name for c in reference.categories(session=session)]


def test_a_source_used_by_an_incident_cannot_be_deleted(session: Session) -> None:
    from datetime import date

    from est_desktop.models import IncidentCreate, MeetingCreate
    from est_desktop.services import incidents
    from est_desktop.services.meetings import agenda as meetings

    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 3, 3)))
    item = meetings.agenda(session=session, meeting_id=meeting.id)[3]
    source = reference.sources(session=session)[0]
    incidents.record_incident(
        session=session,
        item_id=item.id,
        today=date(2026, 3, 3),
        data=IncidentCreate(
            occurred_on=date(2026, 3, 2),
            place_id=reference.places(session=session)[0].id,
            source_id=source.id,
            description="Klotter",
        ),
    )
    with pytest.raises(ValidationError, match="Deactivate"):
        reference.delete_source(session=session, source_id=source.id)
    assert source.name in [s.name for s in reference.sources(session=session)]


def test_organisations_come_in_alphabetical_order_as_in_the_settings(session) -> None:
    """Every drop-down lists them so: not the police after the last förvaltning."""
    names = [o.name for o in reference.organisations(session=session)]
    assert names == sorted(names, key=swedish_sort_key)
    assert names.index("Polisen") < names.index("Samhällsbyggnadsförvaltningen")
