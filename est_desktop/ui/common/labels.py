"""Display texts for codes stored in the database, and Swedish date formats."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...models import ActionAnswer, ActionStatus, MeetingStatus, OrganisationKind, PlanStatus
from ...text import QT_TRANSLATE_NOOP

_ACTION_STATUS: dict[str, str] = {
    ActionStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
_MEETING_STATUS: dict[str, str] = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MeetingStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    MeetingStatus.FINALISED: QT_TRANSLATE_NOOP("Labels", "Finalised"),
}
_ORGANISATION_KIND: dict[str, str] = {
    OrganisationKind.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Municipal department"),
    OrganisationKind.POLICE: QT_TRANSLATE_NOOP("Labels", "Police"),
    OrganisationKind.EXTERNAL: QT_TRANSLATE_NOOP("Labels", "External actor"),
}

_PLAN_STATUS: dict[str, str] = {
    PlanStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Under way"),
    PlanStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Carried out"),
}


def _tr(text: str) -> str:
    """Translates a text marked above (lupdate only sees literals in translate/tr calls)."""
    return QCoreApplication.translate("Labels", text)


def action_status(code: str) -> str:
    return _tr(_ACTION_STATUS.get(code, code))


def meeting_status(code: str) -> str:
    return _tr(_MEETING_STATUS.get(code, code))


def organisation_kind(code: str) -> str:
    return _tr(_ORGANISATION_KIND.get(code, code))


def plan_status(code: str) -> str:
    return _tr(_PLAN_STATUS.get(code, code))


def plan_statuses() -> list[tuple[str, str]]:
    return [(str(code), _tr(text)) for code, text in _PLAN_STATUS.items()]


def action_statuses() -> list[tuple[str, str]]:
    return [(str(code), _tr(text)) for code, text in _ACTION_STATUS.items()]


def organisation_kinds() -> list[tuple[str, str]]:
    return [(str(code), _tr(text)) for code, text in _ORGANISATION_KIND.items()]


def week(day: date | None) -> str:
    """'v. 48', the way a meeting is named everywhere; nothing for no date."""
    if day is None:
        return ""
    text = QCoreApplication.translate("Labels", "w. %1")
    return text.replace("%1", str(day.isocalendar().week))


def meeting_name(day: date) -> str:
    text = QCoreApplication.translate("Labels", "EST meeting %1 (%2)")
    return text.replace("%1", day.isoformat()).replace("%2", week(day))


def overdue() -> str:
    return QCoreApplication.translate("Labels", "Overdue")


def answer_to_confirm(answer: ActionAnswer, *, key: bool = False) -> str:
    """'Klar enligt svar från Karin Lund – bekräfta': what the organisation answered, for
    the meeting to confirm (``key``: with the key that does it, on the laptop)."""
    who = answer.answered_by or QCoreApplication.translate("Labels", "the organisation")
    if answer.status in (ActionStatus.DONE, ActionStatus.CANCELLED) or answer.new_due_date is None:
        what = action_status(answer.status)
    else:
        what = QCoreApplication.translate("Labels", "New due date %1").replace(
            "%1", answer.new_due_date.isoformat()
        )
    if key:
        text = QCoreApplication.translate(
            "Labels", "%1 according to the answer from %2 – confirm (Enter)"
        )
    else:
        text = QCoreApplication.translate(
            "Labels", "%1 according to the answer from %2 – to confirm"
        )
    return text.replace("%1", what).replace("%2", who)


def overdue_rule() -> str:
    """The one rule (services.actions.rows.overdue_counted_from), said where it applies."""
    return QCoreApplication.translate(
        "Labels",
        "Overdue: open with its due date passed, counted from today "
        "(for a meeting already held, from the meeting day).",
    )
