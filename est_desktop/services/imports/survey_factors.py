"""The weekly survey's factors: what the rapportörer are asked about, each tied to the
focus area whose agenda item shows it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import FocusArea, SurveyFactor, SurveyResult
from ...text import QT_TRANSLATE_NOOP
from ..limits import check_name, one_line
from ..personal_numbers import check_no_personal_number

IN_USE = QT_TRANSLATE_NOOP(
    "Validation",
    "The factor has survey answers and cannot be deleted. Untick Active to stop using it.",
)


@dataclass(frozen=True)
class FactorRow:
    id: int
    name: str
    focus_area_id: int | None
    focus_area: str
    position: int
    active: bool
    weeks: int  # weeks with answers


def factor_rows(*, session: Session, include_inactive: bool = True) -> list[FactorRow]:
    weeks = dict(
        session.execute(
            select(col(SurveyResult.factor_id), func.count()).group_by(col(SurveyResult.factor_id))
        ).all()
    )
    query = (
        select(SurveyFactor, col(FocusArea.name))
        .outerjoin(FocusArea, col(FocusArea.id) == SurveyFactor.focus_area_id)
        .order_by(col(SurveyFactor.position), col(SurveyFactor.id))
    )
    if not include_inactive:
        query = query.where(col(SurveyFactor.active).is_(True))
    return [
        FactorRow(
            f.id, f.name, f.focus_area_id, area or "", f.position, f.active, weeks.get(f.id, 0)
        )
        for f, area in session.execute(query)
        if f.id is not None
    ]


def save_factor(
    *,
    session: Session,
    name: str,
    focus_area_id: int | None,
    active: bool = True,
    factor_id: int | None = None,
) -> SurveyFactor:
    name = one_line(name)
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP(
            "Validation", "Name the factor as the survey asks it, for example Hot och våld."
        )
    check_name(errors, "name", name)
    check_no_personal_number(errors, "name", name)
    others = session.execute(select(col(SurveyFactor.id), col(SurveyFactor.name))).all()
    if any(n.casefold() == name.casefold() and i != factor_id for i, n in others):
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "That name is already in the list.")
    if focus_area_id is not None and session.get(FocusArea, focus_area_id) is None:
        errors["focus_area_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose a focus area from the list."
        )
    if errors:
        raise ValidationError(errors)
    if factor_id is None:
        last = session.scalar(select(func.max(SurveyFactor.position))) or 0
        factor = SurveyFactor(name=name, position=last + 1)
    else:
        factor = _get(session, factor_id)
    factor.name, factor.focus_area_id, factor.active = name, focus_area_id, active
    session.add(factor)
    session.flush()
    return factor


def delete_factor(*, session: Session, factor_id: int) -> None:
    factor = _get(session, factor_id)
    if session.scalar(select(func.count()).where(col(SurveyResult.factor_id) == factor_id)):
        raise ValidationError.single(IN_USE)
    session.delete(factor)
    session.flush()


def _get(session: Session, factor_id: int) -> SurveyFactor:
    factor = session.get(SurveyFactor, factor_id)
    if factor is None:
        raise NotFound(f"survey factor {factor_id}")
    return factor
