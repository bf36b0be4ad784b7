"""The answer file's contract is declared once, in ``answer_file``: the writer puts what it
says where it says, the reader reads a file made from it alone, and no other module (test
helpers included) spells its sheet names, headers or meta keys again."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from est_desktop.models import ActionStatus
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.data import (
    ActionList,
    ClosedAction,
    OpenAction,
    list_period,
)
from est_desktop.services.action_lists.from_xlsx import (
    AnsweredRow,
    Reason,
    Refused,
    parse_status,
    read_file,
)
from est_desktop.services.action_lists.to_xlsx import render_action_list_xlsx
from est_desktop.services.actions.rows import ActionRow
from est_desktop.services.documents.english import ENGLISH
from est_desktop.services.documents.options import LANGUAGES, DocumentOptions
from est_desktop.services.documents.wording import translated, writing_in

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "est_desktop"
CONTRACT = PACKAGE / "services" / "action_lists" / "answer_file.py"
CATALOGUE = PACKAGE / "services" / "documents" / "english.py"  # Swedish → English
TODAY = date(2026, 11, 17)


def _literals(path: Path) -> set[str]:
    """The module's string literals, docstrings aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


def _imports_the_contract(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return any(
        isinstance(node, ast.ImportFrom)
        and (
            (node.module or "").endswith("answer_file")
            or any(alias.name == "answer_file" for alias in node.names)
        )
        for node in ast.walk(tree)
    )


def _spelled(paths: list[Path], texts: set[str]) -> dict[str, set[str]]:
    found = {str(p.relative_to(ROOT)): _literals(p) & texts for p in paths}
    return {path: texts for path, texts in found.items() if texts}


def _all_texts() -> set[str]:
    columns = (*contract.COLUMNS, *contract.CLOSED_COLUMNS, contract.CLOSED_OWNER)
    return {
        contract.ACTIONS_SHEET,
        contract.CLOSED_SHEET,
        contract.META_SHEET,
        *contract.META_KEYS,
        *(column.header for column in columns),
    }


def _own_texts() -> set[str]:
    """The texts only the answer file has: no Word document or report shares them."""
    only_here = (contract.NEW_STATUS, contract.NEW_DUE, *contract.IDENTITY_COLUMNS)
    return {
        contract.META_SHEET,
        contract.META_FORMAT_VERSION,
        *(column.header for column in only_here),
    }


# --- declared once ------------------------------------------------------------------------


def test_the_modules_using_the_contract_spell_none_of_it() -> None:
    users = [p for p in sorted(PACKAGE.rglob("*.py")) if p != CONTRACT and _imports_the_contract(p)]
    names = {p.stem for p in users}
    assert {"to_xlsx", "from_xlsx", "answers"} <= names  # the scan found the writer and reader
    assert _spelled(users, _all_texts()) == {}


def test_the_answer_files_own_texts_are_nowhere_else() -> None:
    assert {contract.META_SHEET, contract.META_FORMAT_VERSION} <= _literals(CONTRACT)
    package = [p for p in sorted(PACKAGE.rglob("*.py")) if p not in (CONTRACT, CATALOGUE)]
    tests = sorted(Path(__file__).parent.glob("*.py"))
    assert _spelled(package + tests, _own_texts()) == {}


def test_no_other_action_list_module_declares_a_name_of_the_contract() -> None:
    declared = {name for name in vars(contract) if name.isupper()}
    assert {"FORMAT_VERSION", "ACTIONS_SHEET", "META_SHEET", "ANSWER_COLUMNS"} <= declared
    clashes = {}
    for path in sorted(CONTRACT.parent.glob("*.py")):
        if path == CONTRACT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        if bound & declared:
            clashes[path.name] = bound & declared
    assert clashes == {}


def test_the_contract_holds_together() -> None:
    assert [c.letter for c in contract.COLUMNS] == [chr(ord("A") + i) for i in range(15)]
    assert [c.number for c in contract.COLUMNS] == list(range(1, 16))
    assert len({c.header for c in contract.COLUMNS}) == len(contract.COLUMNS)
    assert set(contract.ANSWER_COLUMNS) | set(contract.IDENTITY_COLUMNS) <= set(contract.COLUMNS)
    # The reader reads one block of neighbouring columns.
    numbers = [c.number for c in contract.READ_COLUMNS]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert len(set(contract.META_KEYS)) == len(contract.META_KEYS)
    assert contract.FIRST_ROW == contract.HEADER_ROW + 1
    translated_texts = _all_texts() - {contract.META_SHEET, *contract.META_KEYS}
    assert [text for text in translated_texts if text not in ENGLISH] == []
    assert len(contract.in_every_language(contract.ACTIONS_SHEET)) == len(LANGUAGES)
    for status in contract.ANSWER_STATUSES:
        labels = [label for label, value in contract.STATUS_BY_LABEL.items() if value == status]
        assert len(labels) == len(LANGUAGES), status


# --- the writer ---------------------------------------------------------------------------


def _action(number: int, status: str) -> ActionRow:
    return ActionRow(
        id=number,
        description=f"Åtgärd {number}",
        owner_id=1,
        owner="Polisen",
        contact_person="Kim",
        due_date=date(2026, 11, 12),
        status=status,
        focus_area_id=1,
        focus_area="Skadegörelse",
        decided_on=date(2026, 11, 3),
        agenda_item_id=1,
    )


def _list() -> ActionList:
    return ActionList(
        organisation_id=None,  # the combined list: its closed sheet has the owner too
        organisation="",
        subject="alla organisationer",
        author="Trelleborgs kommun",
        today=TODAY,
        period=list_period([date(2026, 11, 10), TODAY], TODAY),
        open=[OpenAction(_action(7, "in_progress"), True, None)],
        closed=[ClosedAction(_action(8, "done"), date(2026, 11, 15))],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_written_workbook_is_what_the_contract_says(language: str, tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    render_action_list_xlsx(
        _list(),
        database_id="d" * 32,
        export_id="e" * 32,
        now=datetime(2026, 11, 17, 12),
        options=DocumentOptions(language=language),
    ).save(path)
    workbook = load_workbook(path)
    with writing_in(language):
        headings = {c: c.heading() for c in (*contract.COLUMNS, *contract.CLOSED_COLUMNS)}
        headings[contract.CLOSED_OWNER] = contract.CLOSED_OWNER.heading()
        labels = contract.status_labels()
    assert workbook.sheetnames == [
        translated(contract.ACTIONS_SHEET, language),
        translated(contract.CLOSED_SHEET, language),
        contract.META_SHEET,
    ]

    sheet = workbook.worksheets[0]
    header, first = contract.HEADER_ROW, contract.FIRST_ROW
    assert {c: sheet[f"{c.letter}{header}"].value for c in contract.COLUMNS} == {
        c: headings[c] for c in contract.COLUMNS
    }
    assert sheet.max_column == len(contract.COLUMNS)
    for column in contract.COLUMNS:
        cell = sheet[f"{column.letter}{first}"]
        answered = column in contract.ANSWER_COLUMNS
        assert cell.protection.locked is not answered, column
        assert (cell.fill.fgColor.rgb == "00FFF2A8") is answered, column
        hidden = column in contract.IDENTITY_COLUMNS
        assert sheet.column_dimensions[column.letter].hidden is hidden, column
    assert sheet[f"{contract.ACTION_ID.letter}{first}"].value == 7
    assert sheet[f"{contract.STATUS_AT_EXPORT.letter}{first}"].value == "in_progress"
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations[f"{contract.NEW_STATUS.letter}{first}"] == '"' + ",".join(labels) + '"'
    assert f"{contract.NEW_DUE.letter}{first}" in validations
    assert {parse_status(label) for label in labels} == set(contract.ANSWER_STATUSES)

    closed = workbook.worksheets[1]
    columns = (*contract.CLOSED_COLUMNS, contract.CLOSED_OWNER)
    assert [closed[f"{c.letter}{header}"].value for c in columns] == [headings[c] for c in columns]

    meta = list(workbook[contract.META_SHEET].iter_rows(values_only=True))
    assert [key for key, _ in meta] == list(contract.META_KEYS)
    assert dict(meta)[contract.META_FORMAT_VERSION] == contract.FORMAT_VERSION


# --- the reader ---------------------------------------------------------------------------


def _file_from_the_contract(path: Path, language: str, *, version: int | None = None) -> Path:
    """An answered list made from the contract alone, as another tool might write it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translated(contract.ACTIONS_SHEET, language)
    for column in contract.COLUMNS:
        sheet[f"{column.letter}{contract.HEADER_ROW}"] = translated(column.header, language)
    row = {
        contract.DESCRIPTION: "Sanera klotter",
        contract.NEW_STATUS: _label(ActionStatus.DONE, language),
        contract.NEW_DUE: datetime(2026, 12, 15),
        contract.COMMENT: "Sanerat",
        contract.ANSWERED_BY: "Kim",
        contract.ACTION_ID: 7,
        contract.STATUS_AT_EXPORT: "in_progress",
    }
    for column, value in row.items():
        sheet[f"{column.letter}{contract.FIRST_ROW}"] = value
    meta = workbook.create_sheet(contract.META_SHEET)
    values = {
        contract.META_FORMAT_VERSION: contract.FORMAT_VERSION if version is None else version,
        contract.META_DATABASE_ID: "d" * 32,
        contract.META_EXPORT_ID: "e" * 32,
        contract.META_EXPORTED_AT: TODAY.isoformat(),
        contract.META_ORGANISATION: "Polisen",
    }
    for key in contract.META_KEYS:
        meta.append((key, values[key]))
    workbook.save(path)
    return path


def _label(status: ActionStatus, language: str) -> str:
    """``status`` as the drop-down of a list in ``language`` offers it."""
    with writing_in(language):
        return dict(zip(contract.ANSWER_STATUSES, contract.status_labels(), strict=True))[status]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reader_reads_a_file_made_from_the_contract(language: str, tmp_path: Path) -> None:
    answered = read_file(_file_from_the_contract(tmp_path / "svar.xlsx", language))
    assert (answered.database_id, answered.export_id) == ("d" * 32, "e" * 32)
    assert answered.answers == [
        AnsweredRow(
            row=contract.FIRST_ROW,
            action_id=7,
            status=_label(ActionStatus.DONE, language),
            due=datetime(2026, 12, 15),
            comment="Sanerat",
            answered_by="Kim",
        )
    ]
    assert parse_status(answered.answers[0].status) == ActionStatus.DONE


@pytest.mark.parametrize("column", contract.READ_COLUMNS, ids=lambda c: c.letter)
def test_a_file_missing_a_header_the_reader_needs_is_refused(
    column: contract.Column, tmp_path: Path
) -> None:
    path = _file_from_the_contract(tmp_path / "svar.xlsx", "sv")
    workbook = load_workbook(path)
    workbook.worksheets[0][f"{column.letter}{contract.HEADER_ROW}"] = "Något annat"
    workbook.save(path)
    with pytest.raises(Refused) as refused:
        read_file(path)
    assert refused.value.reason == Reason.NOT_AN_ACTION_LIST


def test_a_file_of_a_newer_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "svar.xlsx"
    _file_from_the_contract(path, "en", version=contract.FORMAT_VERSION + 1)
    with pytest.raises(Refused) as refused:
        read_file(path)
    assert refused.value.reason == Reason.NOT_AN_ACTION_LIST
    assert "newer version" in refused.value.message


def test_what_the_reader_relies_on_changes_only_with_the_format_version() -> None:
    """Lists sent out weeks ago must still read: the parts the reader relies on are pinned
    for format 1 by their digest (not copied here, so the contract stays declared once).
    Changing any of them means a new FORMAT_VERSION and a reader that still reads 1."""
    import hashlib

    from est_desktop.services.action_lists import answer_file as contract

    statuses = [getattr(s, "value", s) for s in contract.ANSWER_STATUSES]
    shape = repr(
        (
            contract.FORMAT_VERSION,
            contract.ACTIONS_SHEET,
            contract.META_SHEET,
            contract.META_KEYS,
            contract.HEADER_ROW,
            contract.FIRST_ROW,
            [(column.letter, column.header) for column in contract.READ_COLUMNS],
            statuses,
        )
    )
    pinned = {1: "a81377a5f18014e2fa429fad751d57c598ea53b9c31b2fc56ba1a20b9eb61338"}
    assert hashlib.sha256(shape.encode()).hexdigest() == pinned[contract.FORMAT_VERSION]
