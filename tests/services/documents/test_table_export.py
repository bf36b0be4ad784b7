from pathlib import Path

import pytest

from est_desktop.errors import KnownError
from est_desktop.services.documents.table_export import as_tab_separated, write_csv


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
