"""Which agreement and focus areas apply on a date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from ...models import Agreement, FocusArea


def agreement_in_force(*, session: Session, on: date) -> Agreement | None:
    """The agreement covering ``on``; after the last period ends, the latest one still applies."""
    covering = session.scalars(
        select(Agreement)
        .where(Agreement.start_date <= on, Agreement.end_date >= on)
        .order_by(Agreement.start_date.desc())
    ).first()
    if covering is not None:
        return covering
    return (
        session.scalars(
            select(Agreement)
            .where(Agreement.start_date <= on)
            .order_by(Agreement.start_date.desc())
        ).first()
        or session.scalars(select(Agreement).order_by(Agreement.start_date)).first()
    )


def focus_areas(*, session: Session, agreement_id: int) -> list[FocusArea]:
    return list(
        session.scalars(
            select(FocusArea)
            .where(FocusArea.agreement_id == agreement_id)
            .order_by(FocusArea.position)
        )
    )


def focus_areas_on(*, session: Session, on: date) -> list[FocusArea]:
    agreement = agreement_in_force(session=session, on=on)
    return [] if agreement is None else focus_areas(session=session, agreement_id=agreement.id)
