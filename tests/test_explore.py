"""The dashboard's data shaping (insights.explore) on the English sample study, analysed without a model."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest

from conftest import SAMPLE_STUDIES
from insights import explore, journey
from insights.analysis import AnalysisSettings, analyse
from insights.embed import HashingEmbedder
from insights.insights import people
from insights.store import StoreLocation
from insights.study import IngestOptions, ingest_paths

STUDY = "blue-badge"


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    store = StoreLocation(home=tmp_path_factory.mktemp("explore-home")).store_for(STUDY)
    ingest_paths(store, STUDY, [SAMPLE_STUDIES / STUDY / "transcripts"])
    analyse(store, STUDY, AnalysisSettings(embedder="hashing", stages=STUDY))
    return store


@pytest.fixture(scope="module")
def tables(study):
    return {"statements": study.statements_table(STUDY), "themes": study.themes_table(STUDY),
            "results": study.results_table(STUDY), "run": study.latest_run(STUDY),
            "utterances": study.utterances_table(STUDY), "sessions": study.sessions_table(STUDY)}


@pytest.fixture(scope="module")
def stage_set(tables):
    return explore.run_stage_set(tables["run"])


# --------------------------------------------------------------------------- the study at a glance


def test_counts_are_the_stores(tables):
    counts = explore.study_counts(tables["statements"], tables["themes"])
    assert counts == {"sessions": 5, "speakers": 9, "statements": len(tables["statements"]),
                      "themes": tables["run"]["summary"]["themes"]}


def test_study_language_and_attributes(tables):
    assert explore.study_language(tables["sessions"]) == "en"
    assert explore.attribute_columns(tables["statements"]) == ["segment", "age_group", "district", "relationship"]


@pytest.mark.parametrize("run, expected", [
    (None, "service-journey"),
    ({"settings": {"stages": "blue-badge"}}, "blue-badge"),
    ({"settings": {"stages": "/nowhere/moved-stages.yaml"}}, "service-journey"),  # file gone: still drawable
])
def test_run_stage_set(run, expected):
    assert explore.run_stage_set(run).name == expected


def test_map_points_have_coordinates(tables):
    points = explore.with_coordinates(tables["statements"], tables["results"])
    assert len(points) == len(tables["statements"])
    assert points[["x", "y"]].notna().all().all()


def test_theme_styles_tell_48_themes_apart():
    styles = explore.theme_styles(list(range(48)) + [explore.OUTLIER])
    assert len(set(styles.values())) == 49
    assert {colour for colour, _ in styles.values()} <= {*explore.OKABE_ITO, explore.OUTLIER_COLOUR}


# --------------------------------------------------------------------------- journey


def test_journey_matrix_adds_up(tables, stage_set):
    statements = tables["statements"]
    matrix = explore.journey_matrix(statements, tables["themes"], stage_set)
    placed = statements[(statements["theme_id"] >= 0) & (statements["journey_stage"] != journey.UNKNOWN)]
    assert matrix["statements"].sum() == len(placed)
    assert matrix["reach"].between(0, 1).all() and matrix["pain_share"].between(0, 1).all()
    assert set(matrix["stage"]) <= set(stage_set.ids)
    assert (matrix["stage_index"] == matrix["stage"].map(stage_set.ids.index)).all()


def test_journey_cell_numbers(tables, stage_set):
    statements = tables["statements"]
    matrix = explore.journey_matrix(statements, tables["themes"], stage_set)
    cell = matrix.sort_values("statements").iloc[-1]
    members = statements[(statements["theme_id"] == cell["theme_id"]) & (statements["journey_stage"] == cell["stage"])]
    assert cell["statements"] == len(members)
    assert cell["people"] == people(members).nunique()
    assert cell["pain_share"] == pytest.approx((members["kind"] == "pain").mean(), abs=1e-3)
    assert cell["reach"] == pytest.approx(cell["people"] / 9, abs=1e-3)


def test_journey_themes_ordered_by_their_peak_stage(tables, stage_set):
    matrix = explore.journey_matrix(tables["statements"], tables["themes"], stage_set)
    peaks = (matrix.sort_values(["statements", "stage_index"], ascending=[False, True])
             .drop_duplicates("theme_id").sort_values("theme_order"))
    assert list(peaks["theme_order"]) == list(range(len(peaks)))
    assert peaks["stage_index"].is_monotonic_increasing
    theme, stage = explore.hottest_cell(matrix)
    hot = matrix[(matrix["theme_id"] == theme) & (matrix["stage"] == stage)].iloc[0]
    assert hot["pain"] * hot["people"] == (matrix["pain"] * matrix["people"]).max()


def test_emotion_curve(tables, stage_set):
    statements = tables["statements"]
    curve = explore.emotion_curve(statements, stage_set)
    assert list(curve["stage"]) == stage_set.ids
    expected = statements.groupby("journey_stage")["sentiment"].mean()
    for row in curve.itertuples():
        assert row.mean_sentiment == pytest.approx(expected[row.stage], abs=1e-3)
        assert -1 <= row.mean_sentiment <= 1


# --------------------------------------------------------------------------- segments


def test_segment_crosstab_flags_small_groups(tables):
    grid = explore.segment_crosstab(tables["statements"], "segment", tables["themes"]).set_index("segment")
    assert grid["people"].to_dict() == {"badge holder": 5, "carer": 3, "professional": 1}
    assert grid["small_group"].to_dict() == {"badge holder": False, "carer": False, "professional": True}
    themes = [c for c in grid.columns if c not in ("people", "small_group")]
    assert len(themes) == tables["run"]["summary"]["themes"]
    assert (grid[themes].le(grid["people"], axis=0)).all().all()


def test_segment_crosstab_counts_people_not_statements(tables):
    statements = tables["statements"]
    grid = explore.segment_crosstab(statements, "segment", tables["themes"]).set_index("segment")
    label = explore.theme_names(tables["themes"])[0]
    carers = statements[(statements["segment"] == "carer") & (statements["theme_id"] == 0)]
    assert grid.at["carer", label] == people(carers).nunique()


def test_segment_crosstab_without_the_column(tables):
    assert explore.segment_crosstab(tables["statements"], "no_such_column").empty


def test_people_table(tables):
    who = explore.people_table(tables["statements"], tables["themes"]).set_index("person")
    assert len(who) == 9 and who["statements"].sum() == len(tables["statements"])
    assert who.at["P4", "segment"] == "professional"


# --------------------------------------------------------------------------- filters and search


@pytest.mark.parametrize("filters, column, allowed", [
    ({"kinds": ["pain"]}, "kind", {"pain"}),
    ({"sessions": ["interview-1", "interview-3"]}, "session", {"interview-1", "interview-3"}),
    ({"segments": ["carer"]}, "segment", {"carer"}),
    ({"stages": ["apply", "decision"]}, "journey_stage", {"apply", "decision"}),
    ({"languages": ["en"]}, "language", {"en"}),
])
def test_filter_statements(tables, filters, column, allowed):
    statements = tables["statements"]
    kept = explore.filter_statements(statements, **filters)
    assert len(kept) and set(kept[column]) == allowed
    assert len(kept) == statements[column].isin(allowed).sum()


def test_empty_filters_keep_everything(tables):
    statements = tables["statements"]
    assert len(explore.filter_statements(statements, kinds=[], sessions=None)) == len(statements)


@pytest.mark.parametrize("query, must_contain", [
    ("blue badge", ["blue", "badge"]),
    ("BLUE Badge", ["blue", "badge"]),  # case does not matter
    ('"contact centre"', ["contact centre"]),
    ("council phone", ["council", "phone"]),
])
def test_keyword_search(tables, query, must_contain):
    found = explore.search_statements(tables["statements"], query)
    assert len(found)
    for text in found["text"].str.casefold():
        assert all(word in text for word in must_contain)
    assert found["score"].is_monotonic_decreasing


@pytest.mark.parametrize("query", ["", "   ", "zzqxj nonexistentword"])
def test_keyword_search_finds_nothing(tables, query):
    assert explore.search_statements(tables["statements"], query).empty


def test_semantic_search_finds_the_statement_itself(tables):
    statements = tables["statements"]
    embedder = HashingEmbedder()
    vectors = embedder.encode(list(statements["text"]))
    target = statements.iloc[100]
    found = explore.search_statements(statements, target["text"], vectors=vectors, embedder=embedder,
                                      mode="semantic", limit=5)
    assert found["statement_id"].iloc[0] == target["statement_id"]
    assert found["score"].iloc[0] == pytest.approx(1.0, abs=1e-3)


def test_semantic_search_needs_vectors(tables):
    with pytest.raises(ValueError, match="vectors"):
        explore.search_statements(tables["statements"], "badge", mode="semantic")


def test_quote_context(study, tables):
    statements = tables["statements"].set_index("statement_id")
    statement_id = next(s for s in statements.index if s.startswith("interview-1:") and statements.at[s, "turn"] == 7)
    found = explore.quote_context(study, STUDY, statement_id, window=1)
    assert found["question"] == "And where did you go from there?"
    assert statements.at[statement_id, "question"] == found["question"]
    turns = found["turns"]
    assert list(turns["turn"]) == [6, 7, 8]
    assert list(turns["is_quote"]) == [False, True, False]
    assert turns.loc[turns["is_quote"], "speaker"].item() == "Janet"


def test_quote_context_at_the_start_of_a_session(tables):
    found = explore.turn_context(tables["utterances"], "focus-group-1:1:0", window=2)
    assert found["question"].startswith("Okay, I think that's everyone in.")
    assert list(found["turns"]["turn"]) == [0, 1, 2, 3]


# --------------------------------------------------------------------------- uploads


def test_uploads_go_on_past_bad_files(tmp_path):
    store = StoreLocation(home=tmp_path / "home").store_for("uploads")
    explore.create_study(store, "uploads")
    folder = SAMPLE_STUDIES / STUDY / "transcripts"
    uploads = [("interview-1.txt", (folder / "interview-1.txt").read_bytes()),
               ("notes.pdf", b"%PDF-1.4 not a transcript"),
               ("../../escape/broken.docx", b"this is not a zip file"),
               ("participants.csv", (folder / "participants.csv").read_bytes())]
    results = {r.name: r for r in explore.add_uploads(store, "uploads", uploads)}
    assert list(results) == ["participants.csv", "interview-1.txt", "notes.pdf", "broken.docx"]
    assert results["interview-1.txt"].status == "added" and results["interview-1.txt"].statements > 50
    assert results["participants.csv"].status == "participants"
    assert results["notes.pdf"].status == "skipped" and "unsupported file type .pdf" in results["notes.pdf"].detail
    assert results["broken.docx"].status == "skipped" and results["broken.docx"].detail
    assert not (tmp_path / "escape").exists()
    assert sorted(p.name for p in (tmp_path / "home").iterdir()) == ["uploads.sqlite"]
    assert store.sessions_table("uploads")["source"].tolist() == ["interview-1.txt"]
    again = explore.add_uploads(store, "uploads", uploads[:1])
    assert again[0].status == "duplicate"


@pytest.mark.parametrize("name, expected", [
    ("intervju-1.docx", "intervju-1.docx"),
    ("C:\\Users\\eva\\Desktop\\fokusgrupp 2.vtt", "fokusgrupp 2.vtt"),
    ("../../etc/passwd", "passwd"),
    ("/", "upload"),
])
def test_upload_name(name, expected):
    assert explore.upload_name(name) == expected


# --------------------------------------------------------------------------- display helpers and exports


@pytest.mark.parametrize("text", [
    "<script>alert('x')</script>",
    "**bold** and _italic_ and `code`",
    "# not a heading",
    "1. not a list",
    "- not a bullet",
    ":red[not red] and $x^2$",
    "[a link](https://example.com)",
])
def test_escape_markdown_escapes_every_special_character(text):
    escaped = explore.escape_markdown(text)
    unescaped = [c for i, c in enumerate(escaped) if c in "<>*_`#-[]()$:." and (i == 0 or escaped[i - 1] != "\\")]
    assert not unescaped
    assert escaped.replace("\\", "") == text.replace("\\", "")


@pytest.mark.parametrize("text, expected", [
    ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
    ("Tom & Jerry", "Tom &amp; Jerry"),
    ("a " * 40, "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a<br>a a a a a a a a a a"),
])
def test_hover_text(text, expected):
    assert explore.hover_text(text) == expected


@pytest.mark.parametrize("seconds, expected", [(0, "0:00"), (59.9, "0:59"), (61, "1:01"), (3600, "1:00:00"),
                                               (None, ""), (np.nan, "")])
def test_format_time(seconds, expected):
    assert explore.format_time(seconds) == expected


def test_quotes_table(tables, stage_set):
    statements = tables["statements"].head(3)
    quotes = explore.quotes_table(statements, explore.stage_labels(stage_set, "sv"),
                                  explore.theme_names(tables["themes"]))
    assert list(quotes.columns) == ["speaker", "session", "time", "stage", "kind", "theme", "text", "statement_id"]
    assert quotes["time"].tolist()[0] == "0:32"
    assert quotes["stage"].tolist()[0] == "Behov uppstår"


def test_edits_summary():
    ledger = pd.DataFrame({"id": [1, 2], "created_at": ["t1", "t2"], "action": ["merge", "move"], "undone": [0, 1],
                           "payload": [{"members": [["a:1:0"], ["b:2:0", "b:3:0"]]},
                                       {"statement_id": "a:1:0", "text": "x", "members": ["b:2:0"]}]})
    summary = explore.edits_summary(ledger)
    assert summary["detail"].tolist() == ["members: 2 themes", "members: 1 statements; statement_id: a:1:0"]
    assert summary["undone"].tolist() == [False, True]


def test_explore_theme_names_are_unique_even_against_human_labels():
    import pandas as pd

    from insights.explore import theme_names

    themes = pd.DataFrame({"theme_id": [0, 1, 2], "label": ["X", "X", "X (0)"], "origin": ["discovered"] * 3})
    names = theme_names(themes)
    assert len(set(names.values())) == 3


def test_explore_study_language_waits_for_transcripts():
    import pandas as pd

    from insights.explore import study_language

    assert study_language(pd.DataFrame({"language": []})) is None
    assert study_language(pd.DataFrame({"language": ["sv"]})) == "sv"


def test_uploads_take_the_moderators_participants_csv_names_also_redacted(tmp_path):
    """The note-taker Erik asks nothing; participants.csv says he moderates, so his turns are no statements,
    and a redacted upload (transcripts stored before the participants) knows it too."""
    from insights.redact import Redactor

    folder = SAMPLE_STUDIES / "bostadsanpassning" / "transcripts"
    uploads = [("fokusgrupp-1.docx", (folder / "fokusgrupp-1.docx").read_bytes()),
               ("participants.csv", (folder / "participants.csv").read_bytes())]
    for study, options in [("plain", None), ("hidden", IngestOptions(redactor=Redactor()))]:
        store = StoreLocation(home=tmp_path / study).store_for(study)
        explore.create_study(store, study)
        results = explore.add_uploads(store, study, uploads, options)
        assert all(result.status in ("added", "participants") and not result.warning for result in results)
        utterances = store.utterances_table(study)
        moderators = set(utterances.loc[utterances["role"] == "moderator", "speaker"])
        assert moderators == ({"Malin", "Erik"} if study == "plain" else {"M1", "M2"})
        assert len(utterances[utterances["role"] == "participant"]) == 73  # gold.csv's participant turns


def test_an_unknown_layout_is_read_but_flagged(tmp_path):
    """A header's "Samtalsledare: Malin" and no other label: the file reads as one turn, and the report says so."""
    store = StoreLocation(home=tmp_path / "home").store_for("odd")
    explore.create_study(store, "odd")
    story = " ".join(["Det började med att jag ramlade i badrummet och bröt handleden."] * 15)
    text = f"Samtalsledare: Malin\n\n-- Malin --\nVälkomna!\n\n-- Gunnel --\n{story}\n\n-- Malin --\nTack.\n"
    (result,) = explore.add_uploads(store, "odd", [("fokusgrupp.txt", text.encode())])
    assert result.status == "added"
    assert result.warning.startswith("only one speaker recognised")
    assert "Malin" not in result.warning
