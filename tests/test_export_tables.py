"""Spreadsheet exports: the xlsx workbook's sheets, rows and safety, and the statements CSV."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import pandas as pd
import pytest
from openpyxl import load_workbook

from conftest import HOSTILE_STATEMENT
from insights import explore
from insights.export import load_export
from insights.export.tables import MAX_WIDTH, SHEETS, pain_colour, statements_csv, xlsx_export
from insights.store import STATEMENT_COLUMNS

EXPORTED_AT = datetime(2026, 3, 14, 9, 26, 53, tzinfo=timezone.utc)
STUDIES = ("bygglov", "blue-badge")


@pytest.fixture(scope="module")
def bundles(analysed_studies):
    return {study: load_export(analysed_studies.store_for(study), study, now=EXPORTED_AT) for study in STUDIES}


@pytest.fixture(scope="module")
def workbooks(bundles):
    return {study: load_workbook(io.BytesIO(xlsx_export(bundle))) for study, bundle in bundles.items()}


def rows(sheet) -> list[tuple]:
    return list(sheet.iter_rows(values_only=True))


def listed_and_unlisted(bundle) -> int:
    """People on the participants sheet: everyone listed, plus anyone who spoke without being listed."""
    spoke = set(explore.people(bundle.statements))
    return len(bundle.participants) + len(spoke - set(bundle.participants["speaker"]))


# --------------------------------------------------------------------------- sheets, rows, tables


@pytest.mark.parametrize("study", STUDIES)
def test_xlsx_has_the_sheets_with_one_row_per_item(bundles, workbooks, study):
    bundle, book = bundles[study], workbooks[study]
    assert book.sheetnames == list(SHEETS)
    expected = {
        "statements": len(bundle.statements),
        "themes": len(bundle.theme_overview()),
        "insights": len(bundle.cards),
        "participants": listed_and_unlisted(bundle),
    }
    for name, count in expected.items():
        assert book[name].max_row == count + 1, name
        assert count > 0
    matrix_rows = int(book["journey matrix"].auto_filter.ref.split(":")[1].lstrip("ABCDEFGHIJ"))
    assert matrix_rows == len(bundle.theme_overview()) + 1


@pytest.mark.parametrize("study", STUDIES)
@pytest.mark.parametrize("sheet, frozen", [("statements", "A2"), ("themes", "A2"), ("insights", "A2"),
                                           ("journey matrix", "B2"), ("participants", "A2"), ("about", "A2")])
def test_xlsx_tables_have_frozen_bold_headers_and_filters(workbooks, study, sheet, frozen):
    worksheet = workbooks[study][sheet]
    assert worksheet.freeze_panes == frozen
    ref = worksheet.auto_filter.ref
    assert ref and ref.startswith("A1:")
    last_column = ref.split(":")[1].rstrip("0123456789")
    assert worksheet[f"{last_column}1"].value is not None  # the filter spans the whole header
    assert all(cell.font.bold for cell in worksheet[1] if cell.value is not None)


@pytest.mark.parametrize("study", STUDIES)
def test_xlsx_statements_sheet_is_the_statements_table(bundles, workbooks, study):
    bundle = bundles[study]
    table = rows(workbooks[study]["statements"])
    attributes = [c for c in bundle.statements.columns if c not in STATEMENT_COLUMNS]
    assert list(table[0]) == [*STATEMENT_COLUMNS, *attributes]
    assert [row[0] for row in table[1:]] == bundle.statements["statement_id"].tolist()
    assert [row[10] for row in table[1:]] == bundle.statements["text"].tolist()
    first = bundle.statements.iloc[0]
    assert table[1][12] == first["theme_id"] and table[1][6] == first["turn"]


def test_xlsx_keeps_swedish_letters_and_headings(workbooks, bundles):
    book = workbooks["bygglov"]
    texts = [row[10] for row in rows(book["statements"])[1:]]
    assert any(letter in text for text in texts for letter in "åäöÅÄÖ")
    assert rows(book["insights"])[0][:3] == ("Rang", "Tema-id", "Rubrik")
    assert rows(workbooks["blue-badge"]["insights"])[0][:3] == ("Rank", "Theme id", "Title")
    english = load_workbook(io.BytesIO(xlsx_export(bundles["bygglov"].with_changes(language="en"))))
    assert rows(english["insights"])[0][2] == "Title"
    assert "Need arises" in rows(english["journey matrix"])[0]


@pytest.mark.parametrize("study", STUDIES)
def test_xlsx_insights_sheet_has_ranked_cards_with_quotes(bundles, workbooks, study):
    cards = bundles[study].cards
    table = rows(workbooks[study]["insights"])[1:]
    assert [row[0] for row in table] == [card.rank for card in cards] == list(range(1, len(cards) + 1))
    assert [row[2] for row in table] == [card.title for card in cards]
    for row, card in zip(table, cards):
        assert row[7] == card.pain_share
        for quote in card.quotes:
            assert quote.text in row[10] and quote.speaker in row[10]
    assert workbooks[study]["insights"]["H2"].number_format == "0%"


@pytest.mark.parametrize("study", STUDIES)
def test_xlsx_journey_matrix_counts_and_shades_each_cell(bundles, workbooks, study):
    bundle, sheet = bundles[study], workbooks[study]["journey matrix"]
    stage_ids = bundle.stage_set.ids
    header = rows(sheet)[0]
    assert list(header[1:-1]) == [bundle.stage_names[s] for s in stage_ids]
    theme_row = {row[0].value: row for row in sheet.iter_rows(min_row=2, max_row=len(bundle.theme_overview()) + 1)}
    names = explore.theme_names(bundle.themes)
    matrix = bundle.journey_matrix()
    for cell in matrix.itertuples():
        shown = theme_row[names[cell.theme_id]][1 + stage_ids.index(cell.stage)]
        assert shown.value == cell.statements
        assert shown.fill.start_color.rgb.endswith(pain_colour(cell.pain_share))
    filled = sum(1 for row in theme_row.values() for cell in row[1:-1] if cell.value is not None)
    empty = [cell for row in theme_row.values() for cell in row[1:-1] if cell.value is None]
    assert filled == len(matrix)
    assert all(cell.fill.fill_type is None for cell in empty)
    totals = {row[0].value: row[-1].value for row in theme_row.values()}
    assert sum(totals.values()) == matrix["statements"].sum()


@pytest.mark.parametrize("share, colour", [(0, "F2F2F2"), (0.5, "E69F00"), (1, "A33A00"), (2, "A33A00"),
                                           (-1, "F2F2F2"), (0.75, "C46C00")])
def test_pain_colour_follows_the_dashboard_scale(share, colour):
    assert pain_colour(share) == colour


@pytest.mark.parametrize("study", STUDIES)
def test_xlsx_participants_sheet_has_attributes_and_counts(bundles, workbooks, study):
    bundle = bundles[study]
    table = rows(workbooks[study]["participants"])
    by_person = {row[0]: row for row in table[1:]}
    attributes = [c for c in bundle.participants.columns if c != "speaker"]
    assert list(table[0][1:1 + len(attributes)]) == attributes
    said = explore.people_table(bundle.statements, bundle.themes, column=None)
    for person in said.itertuples():
        assert by_person[person.person][1 + len(attributes):1 + len(attributes) + 3] == (
            person.sessions, person.statements, person.pain)
    assert sum(row[1 + len(attributes) + 1] for row in table[1:]) == len(bundle.statements)


def test_xlsx_participants_sheet_lists_speakers_missing_from_participants_csv(workbooks):
    robin = [row for row in rows(workbooks["blue-badge"]["participants"]) if row[0] == "Robin"]
    assert len(robin) == 1 and robin[0][-4] == 2  # the two statements of odd-input.txt


@pytest.mark.parametrize("study", STUDIES)
def test_xlsx_about_sheet_names_the_run_and_the_export(bundles, workbooks, study):
    provenance = bundles[study].provenance
    values = [row[1] for row in rows(workbooks[study]["about"])[1:]]
    for key in ("study", "analysis_run", "model", "seed", "exported_at", "insights_version", "analysed_at"):
        assert provenance[key] in values, key
    assert "2026-03-14T09:26:53+00:00" in values
    assert any(isinstance(value, str) and '"embedder": "hashing"' in value for value in values)


def test_xlsx_columns_fit_their_content_and_wrap_long_text(workbooks):
    sheet = workbooks["bygglov"]["statements"]
    widths = {cell.value: sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]}
    assert widths["text"] == MAX_WIDTH and widths["question"] == MAX_WIDTH
    assert widths["turn"] < 10 and widths["language"] < 12
    assert sheet["K2"].alignment.wrap_text and not sheet["G2"].alignment.wrap_text


# --------------------------------------------------------------------------- safety


def test_xlsx_stores_the_hostile_statement_as_text(workbooks):
    cells = [cell for row in workbooks["blue-badge"]["statements"].iter_rows() for cell in row]
    hostile = [cell for cell in cells if cell.value == HOSTILE_STATEMENT]
    assert len(hostile) == 1 and hostile[0].data_type == "s"
    assert not [cell for sheet in workbooks["blue-badge"] for row in sheet.iter_rows() for cell in row
                if cell.data_type == "f"]


FORMULAS = ["=HYPERLINK(\"http://evil\",\"click\")", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=1+1", "=1+1"]


@pytest.fixture(scope="module")
def hostile_bundle(bundles):
    """blue-badge with statements, a theme label and an attribute column name that look like formulas."""
    bundle = bundles["blue-badge"]
    statements = bundle.statements.copy()
    statements.loc[statements.index[:len(FORMULAS)], "text"] = FORMULAS
    statements = statements.rename(columns={"district": "=district"})
    themes = bundle.themes.copy()
    themes.loc[0, "label"] = "=cmd|' /C calc'!A0"
    return bundle.with_changes(statements=statements, themes=themes)


@pytest.fixture(scope="module")
def hostile_book(hostile_bundle):
    return load_workbook(io.BytesIO(xlsx_export(hostile_bundle)))


@pytest.mark.parametrize("position, formula", list(enumerate(FORMULAS)))
def test_xlsx_formula_like_cells_become_text(hostile_book, position, formula):
    cell = hostile_book["statements"].cell(2 + position, 11)
    assert cell.value == "'" + formula and cell.data_type == "s"


def test_xlsx_no_cell_anywhere_is_a_formula(hostile_book):
    book = hostile_book
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    values = {cell.value for cell in cells}
    assert "'=district" in values and "'=cmd|' /C calc'!A0" in values


def test_csv_formula_like_cells_become_text(hostile_bundle):
    table = pd.read_csv(io.BytesIO(statements_csv(hostile_bundle)), encoding="utf-8-sig", keep_default_na=False)
    assert table["text"].tolist()[:len(FORMULAS)] == ["'" + f for f in FORMULAS]
    assert "'=district" in table.columns


def test_xlsx_drops_control_characters_the_file_format_forbids(bundles):
    bundle = bundles["bygglov"]
    statements = bundle.statements.copy()
    statements.loc[statements.index[0], "text"] = "Rad ett\x0bRad två\x00 slut"
    book = load_workbook(io.BytesIO(xlsx_export(bundle.with_changes(statements=statements))))
    assert book["statements"]["K2"].value == "Rad ettRad två slut"


# --------------------------------------------------------------------------- determinism


def test_xlsx_same_export_same_bytes_dated_by_the_export(bundles):
    first, second = xlsx_export(bundles["bygglov"]), xlsx_export(bundles["bygglov"])
    assert first == second
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {info.date_time for info in archive.infolist()} == {(2026, 3, 14, 9, 26, 52)}  # zip times: 2 s steps
    properties = load_workbook(io.BytesIO(first)).properties
    assert properties.created == properties.modified == datetime(2026, 3, 14, 9, 26, 53)
    later = xlsx_export(bundles["bygglov"].with_changes(exported_at=datetime(2027, 1, 1, tzinfo=timezone.utc)))
    assert later != first


# --------------------------------------------------------------------------- csv


@pytest.mark.parametrize("study", STUDIES)
def test_csv_is_the_statements_table_with_a_bom(bundles, study):
    bundle = bundles[study]
    data = statements_csv(bundle)
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header.startswith("statement_id,study,source,session,speaker,role,turn,start_s,end_s,language,text")
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert len(table) == len(bundle.statements)
    assert table["statement_id"].tolist() == bundle.statements["statement_id"].tolist()
    assert table["text"].tolist() == bundle.statements["text"].tolist()
    assert list(table.columns) == list(bundle.statements.columns)
    assert (table["study"] == study).all()  # no provenance rows mixed into the table


def test_csv_keeps_swedish_letters(bundles):
    data = statements_csv(bundles["bygglov"])
    text = data.decode("utf-8-sig")
    swedish = [t for t in bundles["bygglov"].statements["text"] if any(ch in t for ch in "åäö") and '"' not in t]
    assert swedish and all(t in text for t in swedish[:20])
    assert "Ã¥" not in text  # no double encoding


def test_csv_and_xlsx_of_a_study_not_yet_analysed(store):
    from insights.study import add_transcript

    transcript = "Moderator: Hur gick ansökan?\nÅsa: Blanketten på sidan var svår att förstå.\n".encode()
    add_transcript(store, "s", transcript, "intervju.txt")
    bundle = load_export(store, "s", now=EXPORTED_AT)
    table = pd.read_csv(io.BytesIO(statements_csv(bundle)), encoding="utf-8-sig", keep_default_na=False)
    assert table["speaker"].tolist() == ["Åsa"] * len(table) and len(table) >= 1
    book = load_workbook(io.BytesIO(xlsx_export(bundle)))
    assert book["insights"].max_row == 1 and book["statements"].max_row == len(table) + 1
    assert "inte analyserad" in [row[1] for row in rows(book["about"])]
