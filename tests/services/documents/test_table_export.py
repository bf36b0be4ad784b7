from pathlib import Path

import pytest

from est_desktop.errors import KnownError
from est_desktop.services.documents.table_export import as_tab_separated, write_csv, write_xlsx


def test_pasted_table_has_one_line_per_row_and_tabs_between_cells() -> None:
    text = as_tab_separated(["Plats", "Antal"], [["Östra torget", "12"], ["Skegrie\tby", "3"]])
    assert text.splitlines() == ["Plats\tAntal", "Östra torget\t12", "Skegrie by\t3"]


def test_csv_opens_in_swedish_excel_with_a_bom_and_semicolons(tmp_path: Path) -> None:
    target = write_csv(tmp_path / "platser.csv", ["Plats", "Andel"], [["Köpmansgatan", "12,5 %"]])
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ["Plats;Andel", "Köpmansgatan;12,5 %"]


def test_csv_into_a_missing_folder_says_so_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as raised:
        write_csv(tmp_path / "saknas" / "platser.csv", ["Plats"], [["Torget"]])
    assert "folder does not exist" in raised.value.text
    assert not (tmp_path / "saknas").exists()


def test_an_excel_list_holds_text_only_never_a_formula(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "register.xlsx"
    rows = [
        ['=HYPERLINK("http://x","klicka")', "Socialförvaltningen", "2026-12-18"],
        ["+46 410 73 30 00", "Polisen", ""],
    ]
    write_xlsx(target, ["Åtgärd", "Ansvarig", "Klart senast"], rows, sheet="Åtgärdsregister")
    book = load_workbook(target)
    sheet = book["Åtgärdsregister"]
    read = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert read[0] == ["Åtgärd", "Ansvarig", "Klart senast"]
    assert read[1][0] == '=HYPERLINK("http://x","klicka")'
    assert all(cell.data_type == "s" for line in sheet.iter_rows() for cell in line if cell.value)
    assert sheet.freeze_panes == "A2"


def test_a_failed_excel_save_leaves_the_earlier_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "register.xlsx"
    write_xlsx(target, ["A"], [["först"]], sheet="Lista")
    before = target.read_bytes()

    def broken(self, filename):
        raise OSError(28, "No space left on device")

    from openpyxl import Workbook

    monkeypatch.setattr(Workbook, "save", broken)
    with pytest.raises(KnownError):
        write_xlsx(target, ["A"], [["sedan"]], sheet="Lista")
    assert target.read_bytes() == before
