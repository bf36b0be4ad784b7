"""Which agreement and focus areas apply on a date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import Agreement, FocusArea, saved_id


def agreement_in_force(*, session: Session, on: date) -> Agreement | None:
    """The agreement covering ``on``; after the last period ends, the latest one still applies."""
    covering = session.scalars(
        select(Agreement)
        .where(col(Agreement.start_date) <= on, col(Agreement.end_date) >= on)
        .order_by(col(Agreement.start_date).desc())
    ).first()
    if covering is not None:
        return covering
    return (
        session.scalars(
            select(Agreement)
            .where(col(Agreement.start_date) <= on)
            .order_by(col(Agreement.start_date).desc())
        ).first()
        or session.scalars(select(Agreement).order_by(col(Agreement.start_date))).first()
    )


def focus_areas(*, session: Session, agreement_id: int) -> list[FocusArea]:
    return list(
        session.scalars(
            select(FocusArea)
            .where(col(FocusArea.agreement_id) == agreement_id)
            .order_by(col(FocusArea.position))
        )
    )


def focus_areas_on(*, session: Session, on: date) -> list[FocusArea]:
    agreement = agreement_in_force(session=session, on=on)
    if agreement is None:
        return []
    return focus_areas(session=session, agreement_id=saved_id(agreement))
