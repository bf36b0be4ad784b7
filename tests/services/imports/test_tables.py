"""Reading the files other organisations send: CSV from Swedish Excel, workbooks by hand."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from est_desktop.services.imports import tables
from est_desktop.services.imports.tables import UnreadableFile, read_table
from est_desktop.services.imports.values import parse_date


def _rows(table: tables.SourceTable) -> list[tuple[object, ...]]:
    return [row.values for row in table.rows]


def test_semicolon_csv_from_swedish_excel_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "händelser.csv"
    data = (
        "Datum;Plats;Beskrivning;Åtgärd\r\n"
        "2026-11-24;Västra Sjöstaden;Skadegörelse på busskur;Anmält\r\n"
        "2026-11-25;Öster;Klotter, två väggar;\r\n"
    ).encode("cp1252")
    path.write_bytes(data)

    table = read_table(path)

    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.headers == ("Datum", "Plats", "Beskrivning", "Åtgärd")
    assert _rows(table) == [
        ("2026-11-24", "Västra Sjöstaden", "Skadegörelse på busskur", "Anmält"),
        ("2026-11-25", "Öster", "Klotter, två väggar", ""),
    ]
    assert [row.number for row in table.rows] == [2, 3]
    assert table.header_row == 1
    assert table.file_name == "händelser.csv"
    assert table.checksum == hashlib.sha256(data).hexdigest()


def test_utf8_with_bom_and_quoted_commas_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        (
            "Datum,Plats,Beskrivning\n"
            '2026-11-24,"Sjöstaden, västra","Ungdomar samlades, kastade sten.\nPolis kom."\n'
            '2026-11-25,Torget,"Glas, krossat"\n'
        ).encode("utf-8-sig")
    )

    table = read_table(path)

    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers == ("Datum", "Plats", "Beskrivning")
    assert _rows(table) == [
        ("2026-11-24", "Sjöstaden, västra", "Ungdomar samlades, kastade sten.\nPolis kom."),
        ("2026-11-25", "Torget", "Glas, krossat"),
    ]
    assert [row.number for row in table.rows] == [2, 3]  # as Excel numbers the rows


def test_plain_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Plats;Antal\nÅby;3\n", encoding="utf-8")
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert _rows(table) == [("Åby", "3")]


def test_unicode_text_from_excel_is_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "observationer.txt"
    path.write_bytes("Datum\tPlats\tTid\r\n24/11/2026\tÄlvängen\t21.30\r\n".encode("utf-16"))

    table = read_table(path)

    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers == ("Datum", "Plats", "Tid")
    assert _rows(table) == [("24/11/2026", "Älvängen", "21.30")]


def test_semicolons_win_over_commas_inside_quotes(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        'Datum;Plats;Beskrivning\n2026-11-24;Torget;"Sten, glas, flaskor"\n'
        '2026-11-25;Parken;"Bråk; tre personer, en skadad"\n',
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.delimiter == ";"
    assert _rows(table)[1] == ("2026-11-25", "Parken", "Bråk; tre personer, en skadad")


def test_title_and_blank_rows_above_the_headings(tmp_path: Path) -> None:
    path = tmp_path / "vecka48.csv"
    path.write_text(
        "Trygghetsvärdarnas observationer vecka 48;;\n;;\n"
        "Datum;Plats;Beskrivning\n2026-11-24;Torget;Glas\n;;\n2026-11-26;Parken;Bråk\n",
        encoding="utf-8",
    )

    table = read_table(path)

    assert table.header_row == 3
    assert table.headers == ("Datum", "Plats", "Beskrivning")
    assert [(row.number, row.values[1]) for row in table.rows] == [(4, "Torget"), (6, "Parken")]


def test_excel_sep_hint_line_is_not_a_row(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("sep=;\nPlats;Antal, ungefär\nTorget;3, kanske 4\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Plats", "Antal, ungefär")
    assert table.header_row == 1


def test_headings_blank_repeated_and_cells_beyond_them(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "Datum; Plats ;;Plats;Tid\n"
        "2026-11-24;Torget;x;Parken;21:30;;\n"  # blank cells past the headings: dropped
        "2026-11-25;Torget\n"  # a short row
        "2026-11-26;Torget;;;;extra\n",  # a value past the headings: a column of its own
        encoding="utf-8",
    )

    table = read_table(path)

    assert table.headers == ("Datum", "Plats", "Kolumn C", "Plats (2)", "Tid", "Kolumn F")
    assert _rows(table) == [
        ("2026-11-24", "Torget", "x", "Parken", "21:30", ""),
        ("2026-11-25", "Torget", "", "", "", ""),
        ("2026-11-26", "Torget", "", "", "", "extra"),
    ]


def test_headings_over_two_lines_in_a_cell_become_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('"Datum för\nhändelsen";"Plats  "\n2026-11-24;Torget\n', encoding="utf-8")
    assert read_table(path).headers == ("Datum för händelsen", "Plats")


def test_one_column(tmp_path: Path) -> None:
    path = tmp_path / "platser.csv"
    path.write_text("Plats\nTorget\n\nParken\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Plats",)
    assert _rows(table) == [("Torget",), ("Parken",)]


def test_ten_thousand_rows(tmp_path: Path) -> None:
    path = tmp_path / "stor.csv"
    line = "2026-11-24;21:30;Västra Sjöstaden;Skadegörelse;Polis;ja;nej;3;Text\n"
    path.write_text("A;B;C;D;E;F;G;H;I\n" + line * 10_000, encoding="cp1252")
    table = read_table(path)
    assert len(table.rows) == 10_000
    assert table.rows[-1].number == 10_001


def _report_workbook(path: Path) -> None:
    """A sheet as a person makes it: a merged title, a blank row, a merged heading."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Vecka 48"
    sheet["A1"] = "Trygghetsvärdarnas observationer vecka 48"
    sheet.merge_cells("A1:F1")
    headings = ["Datum", "Plats", "Tid", None, "Beskrivning", "Antal"]
    for column, heading in enumerate(headings, 1):
        sheet.cell(row=3, column=column, value=heading)
    sheet.merge_cells("C3:D3")  # "Tid" over from and to
    rows = [
        [46350, "Västra Sjöstaden", "21.30", "22.00", " Skadegörelse på busskur ", 2],
        [datetime(2026, 11, 25), "Torget", None, None, "Klotter", 1.0],
        [None, "Parken", "kl 23", None, "Bråk", None],
        [None, "Parken", None, None, "Glas", None],
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, 1):
            sheet.cell(row=4 + offset, column=column, value=value)
    sheet.merge_cells("A5:A7")  # one date for three rows
    workbook.create_sheet("Instruktioner")["A1"] = "Fyll i en rad per händelse"
    workbook.save(path)


def test_workbook_with_title_merged_heading_and_merged_dates(tmp_path: Path) -> None:
    path = tmp_path / "observationer.xlsx"
    _report_workbook(path)

    table = read_table(path)

    assert (table.sheet, table.sheets) == ("Vecka 48", ("Vecka 48", "Instruktioner"))
    assert table.header_row == 3
    assert table.headers == ("Datum", "Plats", "Tid", "Tid (2)", "Beskrivning", "Antal")
    assert [row.number for row in table.rows] == [4, 5, 6, 7]
    first, second, third, fourth = _rows(table)
    assert first == (46350, "Västra Sjöstaden", "21.30", "22.00", "Skadegörelse på busskur", 2)
    assert second[0] == datetime(2026, 11, 25) and second[5] == 1.0
    assert third[0] == fourth[0] == datetime(2026, 11, 25)  # the merged date on every row
    assert third[3] is None
    assert [str(parse_date(row[0])) for row in _rows(table)] == [
        "2026-11-24",
        "2026-11-25",
        "2026-11-25",
        "2026-11-25",
    ]


def test_choosing_another_sheet(tmp_path: Path) -> None:
    path = tmp_path / "observationer.xlsx"
    _report_workbook(path)
    table = read_table(path, sheet="Instruktioner")
    assert table.sheet == "Instruktioner"
    assert table.headers == ("Fyll i en rad per händelse",)
    assert table.rows == ()


def test_two_row_headings_take_the_lower_row(tmp_path: Path) -> None:
    path = tmp_path / "a.XLSX"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Plats", "Händelse", None, "Beskrivning"])
    sheet.append([None, "Datum", "Tid", None])
    sheet.append(["Torget", datetime(2026, 11, 24), "21:30", "Glas"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:D2")
    workbook.save(path)

    table = read_table(path)

    assert table.header_row == 2
    assert table.headers == ("Plats", "Datum", "Tid", "Beskrivning")
    assert _rows(table) == [("Torget", datetime(2026, 11, 24), "21:30", "Glas")]


def test_formula_cells_give_their_saved_value(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Plats", "Antal"])
    sheet.append(["Torget", "=1+1"])  # never calculated: openpyxl saves no value
    workbook.save(path)
    assert _rows(read_table(path)) == [("Torget", None)]


def test_workbook_without_headings(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append([datetime(2026, 11, 24), "Torget", "Glas"])
    workbook.save(path)
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert raised.value.text.startswith("The table has no row of column headings.")


def test_csv_without_headings(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("24/11/2026;Torget;Glas\n25/11/2026;Parken;Bråk\n", encoding="utf-8")
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert raised.value.text == tables.NO_HEADINGS


def _raised(path: Path, **options: str) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as raised:
        read_table(path, **options)
    return raised.value


def test_files_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = _raised(tmp_path / "borta.csv")
    assert missing.text.startswith("The file could not be found.")
    assert missing.detail == "borta.csv"

    old = tmp_path / "gammal.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert _raised(old).text.startswith("Only Excel workbooks (.xlsx) and CSV files (.csv)")
    (tmp_path / "kalkyl.ods").write_bytes(b"PK")
    assert _raised(tmp_path / "kalkyl.ods").text == tables.UNSUPPORTED_FORMAT

    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert _raised(broken).text.startswith("The Excel file could not be read.")
    zipped = tmp_path / "annan.xlsx"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert _raised(zipped).text == tables.BROKEN_EXCEL

    protected = tmp_path / "lösenord.xlsx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert _raised(protected).text.startswith("The file is protected with a password")

    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert _raised(empty).text.startswith("The file is empty.")
    blank = tmp_path / "blank.csv"
    blank.write_text(";;\n\n ; \n", encoding="utf-8")
    assert _raised(blank).text == tables.FILE_EMPTY

    binary = tmp_path / "bild.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _raised(binary).text.startswith("The file is not a readable CSV text file.")

    def locked(self: Path) -> bytes:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(Path, "read_bytes", locked)
    assert _raised(tmp_path / "öppen.xlsx").text.startswith("The file could not be opened.")


def test_sheet_that_does_not_exist_and_an_empty_sheet(tmp_path: Path) -> None:
    path = tmp_path / "observationer.xlsx"
    _report_workbook(path)
    error = _raised(path, sheet="Vecka 49")
    assert error.text.startswith("The sheet does not exist in the file.")
    assert error.detail == "Vecka 49"

    empty = tmp_path / "tom.xlsx"
    openpyxl.Workbook().save(empty)
    assert _raised(empty).text.startswith("The sheet is empty.")


def test_column_letters() -> None:
    assert [tables.column_letter(i) for i in (0, 2, 25, 26, 27, 701, 702)] == [
        "A", "C", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
