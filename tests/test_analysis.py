"""The analysis engine end to end on a tiny study, with a model-free embedder."""

from __future__ import annotations

import numpy as np
import pytest

from insights.analysis import AnalysisSettings, analyse, record_edit, undo_edit
from insights.embed import HashingEmbedder, embed_cached
from insights.insights import insight_cards, theme_overview
from insights.study import add_transcript
from insights.themes import SMALL_TALK, ThemeSettings

WAITING = [
    "Vi väntade i flera månader på beslutet om bygglovet.",
    "Beslutet dröjde månader och ingen hörde av sig om bygglovet.",
    "Det tog månader innan beslutet om bygglovet kom.",
    "Månader av väntan på beslutet, bygglovet kom sent.",
]
FEES = [
    "Avgiften för ansökan var orimligt hög, fakturan chockade oss.",
    "Fakturan och avgiften kom som en chock, för hög avgift.",
    "Avgiften var dyr och fakturan saknade förklaring.",
    "Vi betalade en hög avgift och fakturan var svår att förstå.",
]


def transcript(answers_a: list[str], answers_b: list[str]) -> bytes:
    lines = []
    for speaker, (a, b) in zip(["Anna", "Bo", "Cecilia", "David"], zip(answers_a, answers_b)):
        lines += [f"Moderator: Hur länge fick ni vänta på beslutet, {speaker}?", f"{speaker}: {a}",
                  "Moderator: Och vad tyckte ni om avgiften?", f"{speaker}: {b}"]
    return "\n".join(lines).encode()


class CountingEmbedder(HashingEmbedder):
    """A HashingEmbedder that counts what it is asked to embed."""

    def __init__(self):
        super().__init__()
        self.embedded: list[str] = []

    def encode(self, texts, progress=None):
        self.embedded += list(texts)
        return super().encode(texts, progress)


@pytest.fixture
def study(location):
    store = location.store_for("tiny")
    add_transcript(store, "tiny", transcript(WAITING, FEES), "fokusgrupp.txt")
    return store


def settings(**themes) -> AnalysisSettings:
    return AnalysisSettings(embedder="hashing", themes=ThemeSettings(n_themes=2, min_theme_size=2, **themes))


def themes_of(store) -> dict[str, int]:
    table = store.statements_table("tiny")
    return dict(zip(table["text"], table["theme_id"]))


def test_analysis_two_clear_topics_become_two_themes(study):
    run = analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    themes = themes_of(study)
    assert len({themes[text] for text in WAITING}) == 1
    assert len({themes[text] for text in FEES}) == 1
    assert themes[WAITING[0]] != themes[FEES[0]]
    assert run.summary["themes"] == 2 and run.summary["outlier_share"] == 0


def test_analysis_fills_the_statement_columns(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    assert table["theme_id"].notna().all() and table["theme_label"].notna().all()
    assert table["sentiment"].between(-1, 1).all()
    assert set(table["kind"]) <= {"pain", "praise", "suggestion", "question", "neutral"}
    assert table["journey_stage"].notna().all()
    fee_label = table.loc[table["text"] == FEES[0], "theme_label"].item().lower()
    wait_label = table.loc[table["text"] == WAITING[0], "theme_label"].item().lower()
    assert "avgift" in fee_label or "faktura" in fee_label
    assert "månad" in wait_label or "besluten" in wait_label or "bygglov" in wait_label


def test_analysis_same_settings_same_result(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    first = study.results_table("tiny")
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    second = study.results_table("tiny")
    assert first.drop(columns=["x", "y"]).equals(second.drop(columns=["x", "y"]))


def test_analysis_cache_avoids_re_embedding(study):
    embedder = CountingEmbedder()
    analyse(study, "tiny", settings(), embedder=embedder)
    assert len(embedder.embedded) > 0
    embedder.embedded.clear()
    add_transcript(study, "tiny", "Moderator: Något mer?\nEva: Handläggaren var vänlig och hjälpsam.".encode(),
                   "intervju.txt")
    analyse(study, "tiny", settings(), embedder=embedder)
    # the new statement, then its answer in context (question + whole turn)
    assert embedder.embedded[:2] == ["Handläggaren var vänlig och hjälpsam.",
                                     "Något mer? Handläggaren var vänlig och hjälpsam."]
    assert set(embedder.embedded[2:]) <= {"handläggare", "vänlig", "hjälpsam"}  # new lemmas only
    embedder.embedded.clear()
    analyse(study, "tiny", settings(), embedder=embedder)
    assert embedder.embedded == []


def test_analysis_rename_and_merge_survive_reanalysis(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    fees = themes_of(study)[FEES[0]]
    record_edit(study, "tiny", "rename", theme=fees, label="Avgifter")
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    assert set(table.loc[table["text"].isin(FEES), "theme_label"]) == {"Avgifter"}

    themes = themes_of(study)
    record_edit(study, "tiny", "merge", themes=[themes[WAITING[0]], themes[FEES[0]]])
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    assert len(set(themes_of(study).values())) == 1


def test_analysis_moved_statement_stays_where_it_was_put(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    moved = table.loc[table["text"] == WAITING[1], "statement_id"].item()
    fees = themes_of(study)[FEES[0]]
    record_edit(study, "tiny", "move", statement=moved, theme=fees)
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    assert themes_of(study)[WAITING[1]] == themes_of(study)[FEES[0]]
    undone, _run = undo_edit(study, "tiny")
    assert undone["action"] == "move"
    assert themes_of(study)[WAITING[1]] == themes_of(study)[WAITING[0]]


def test_analysis_stage_and_kind_edits_override(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    statement = study.statements_table("tiny")["statement_id"].iloc[0]
    record_edit(study, "tiny", "stage", statement=statement, stage="follow_up")
    record_edit(study, "tiny", "kind", statement=statement, kind="suggestion")
    row = study.statements_table("tiny").set_index("statement_id").loc[statement]
    assert (row["journey_stage"], row["kind"]) == ("follow_up", "suggestion")


def test_analysis_insight_cards_rest_on_quotes(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table, themes = study.statements_table("tiny"), study.themes_table("tiny")
    cards = insight_cards(table, themes)
    assert [card.rank for card in cards] == [1, 2]
    for card in cards:
        assert card.speakers == 4 and card.sessions == 1
        assert 3 <= len(card.quotes) <= 5
        assert len({quote.speaker for quote in card.quotes}) == len(card.quotes)
        members = set(table.loc[table["theme_id"] == card.theme_id, "text"])
        assert all(quote.text in members for quote in card.quotes)
    overview = theme_overview(table, themes)
    assert list(overview["size"]) == [4, 4]


def test_a_small_talk_theme_is_ranked_last(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table, themes = study.statements_table("tiny"), study.themes_table("tiny")
    first = insight_cards(table, themes)[0].theme_id
    table.loc[table["theme_id"] == first, "kind"] = "pain"  # greetings that react to a story: "That's awful."
    themes.loc[themes["theme_id"] == first, "origin"] = SMALL_TALK
    cards = insight_cards(table, themes)
    assert [card.theme_id for card in cards][-1] == first and cards[-1].small_talk
    assert cards[-1].score >= cards[0].score  # it reaches as many people and is all "pain", yet comes last


def test_analysis_embed_cached_reads_back_identical_vectors(study):
    embedder = HashingEmbedder()
    first = embed_cached(["en mening", "en annan mening"], embedder, study)
    second = embed_cached(["en annan mening", "en mening"], embedder, study)
    np.testing.assert_array_equal(first[::-1], second)


def test_analysis_guided_codebook_assigns_codes_and_discovers_the_rest(study, tmp_path):
    codebook = tmp_path / "codebook.csv"
    codebook.write_text(
        "id,label,description,examples\n"
        "wait,Väntetid,Månader av väntan på beslutet om bygglovet,Beslutet dröjde månader|Vi väntade på bygglovet\n"
        "fee,Avgifter,Hög avgift och fakturan,Avgiften var hög|Fakturan var dyr\n", encoding="utf-8")
    settings = AnalysisSettings(embedder="hashing", codebook=str(codebook),
                                themes=ThemeSettings(min_theme_size=1))
    analyse(study, "tiny", settings, embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    labels = dict(zip(table["text"], table["theme_label"]))
    assert sum(labels[text] == "Väntetid" for text in WAITING) >= 3
    assert sum(labels[text] == "Avgifter" for text in FEES) >= 3
    origins = set(study.themes_table("tiny")["origin"])
    assert "codebook" in origins


@pytest.mark.parametrize("content, message", [
    ("label,description\nA,b\n", "missing: id"),
    ("id,label,description\n", "no codes"),
    ("id,label,description\na,A,x\na,B,y\n", "duplicate code id 'a'"),
])
def test_analysis_codebook_errors_name_the_problem(tmp_path, content, message):
    from insights.errors import InvalidOption
    from insights.themes import read_codebook

    path = tmp_path / "codebook.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidOption, match=message):
        read_codebook(path)


def test_analysis_moderators_never_form_themes(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    assert set(table["role"]) == {"participant"}
    assert not table["text"].str.contains("Hur länge fick ni vänta").any()


def test_analysis_centring_removes_the_language_offset():
    from insights.embed import centre_by_language, normalise

    rng = np.random.default_rng(0)
    topics = normalise(rng.normal(size=(2, 32)))
    offset = {"sv": normalise(rng.normal(size=(1, 32)))[0] * 3, "en": normalise(rng.normal(size=(1, 32)))[0] * 3}
    rows, languages, topic_of = [], [], []
    for language in ("sv", "en"):
        for topic in (0, 1):
            for _ in range(5):
                rows.append(topics[topic] + offset[language] + rng.normal(scale=0.05, size=32))
                languages.append(language)
                topic_of.append(topic)
    vectors = normalise(np.vstack(rows))
    centred = centre_by_language(vectors, languages)
    from insights.themes import discover

    assert len(set(zip(discover(vectors, 2), languages))) == 2  # raw: clusters are the languages
    labels = discover(centred, 2)
    assert len(set(zip(labels, topic_of))) == 2  # centred: clusters are the topics


def test_aligning_languages_moves_their_means_together_and_leaves_one_language_alone():
    from insights.embed import align_languages, normalise

    rng = np.random.default_rng(1)
    swedish = normalise(rng.normal(size=(20, 16)) + 3 * normalise(rng.normal(size=(1, 16))))
    english = normalise(rng.normal(size=(12, 16)) + 3 * normalise(rng.normal(size=(1, 16))))
    finnish, unknown = normalise(rng.normal(size=(2, 16))), normalise(rng.normal(size=(2, 16)))
    vectors = np.vstack([swedish, english, finnish, unknown])
    languages = ["sv"] * 20 + ["en"] * 12 + ["fi"] * 2 + [None, "xx"]
    aligned = align_languages(vectors, languages)
    before = np.linalg.norm(swedish.mean(0) - english.mean(0))
    after = np.linalg.norm(aligned[:20].mean(0) - aligned[20:32].mean(0))
    assert after < 0.2 * before
    assert np.allclose(np.linalg.norm(aligned, axis=1), 1, atol=1e-5)
    # Two Finnish rows are too few for a mean; rows of no known language stay as they are.
    assert np.allclose(aligned[32:], vectors[32:])
    assert align_languages(swedish, ["sv"] * 20) is swedish  # one language: untouched
    assert np.allclose(align_languages(vectors[:25], ["sv"] * 20 + ["en"] * 5), vectors[:25])


def test_insights_generic_speaker_labels_count_per_session():
    import pandas as pd

    from insights.insights import people

    table = pd.DataFrame({"speaker": ["Respondent", "Respondent", "Anna", "Anna", "Speaker 1"],
                          "session": ["int-1", "int-2", "fg-1", "fg-2", "int-3"]})
    assert list(people(table)) == ["Respondent (int-1)", "Respondent (int-2)", "Anna", "Anna", "Speaker 1 (int-3)"]


def test_insights_pain_themes_rank_by_pain_times_reach(study):
    from insights.insights import pain_themes

    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    cards = insight_cards(study.statements_table("tiny"), study.themes_table("tiny"))
    ranked = pain_themes(cards)
    assert [c.pain_share * c.speakers for c in ranked] == sorted((c.pain_share * c.speakers for c in ranked),
                                                                   reverse=True)


def test_analysis_statement_edit_survives_a_replaced_transcript(study):
    from insights.study import IngestOptions

    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    target = table.loc[table["text"] == FEES[2], "statement_id"].item()
    record_edit(study, "tiny", "kind", statement=target, kind="suggestion")
    # Two new turns at the top shift every turn number, so every statement id (a moderator's turn
    # alone would continue her first one).
    shifted = "Moderator: Välkomna!\nAnna: Hej allihop!\n".encode() + transcript(WAITING, FEES)
    add_transcript(study, "tiny", shifted, "fokusgrupp.txt", IngestOptions(replace=True))
    run = analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny").set_index("text")
    assert table.loc[FEES[2], "statement_id"] != target
    assert table.loc[FEES[2], "kind"] == "suggestion"
    assert run.summary["edits_not_applied"] == []


def test_analysis_failed_rerun_does_not_keep_the_edit(study, monkeypatch):
    import insights.analysis as analysis_module

    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    theme = int(study.statements_table("tiny")["theme_id"].iloc[0])

    def broken(*args, **kwargs):
        raise RuntimeError("stage file moved")

    monkeypatch.setattr(analysis_module, "analyse", broken)
    with pytest.raises(RuntimeError):
        record_edit(study, "tiny", "rename", theme=theme, label="Ny etikett")
    assert study.edits_table("tiny").empty


def test_analysis_split_by_statements_makes_a_new_theme(study):
    analyse(study, "tiny", settings(), embedder=HashingEmbedder())
    table = study.statements_table("tiny")
    fees = table.loc[table["text"].isin(FEES)]
    theme = int(fees["theme_id"].iloc[0])
    part = list(fees["statement_id"][:2])
    record_edit(study, "tiny", "split", theme=theme, statements=part)
    after = study.statements_table("tiny").set_index("statement_id")
    assert after.loc[part[0], "theme_id"] == after.loc[part[1], "theme_id"] != theme
    assert len(set(after["theme_id"])) == 3


def test_analysis_runs_and_edits_on_every_backend(any_location):
    store = any_location.store_for("tiny")
    add_transcript(store, "tiny", transcript(WAITING, FEES), "fokusgrupp.txt")
    analyse(store, "tiny", settings(), embedder=HashingEmbedder())
    theme = int(store.statements_table("tiny").set_index("text").loc[FEES[0], "theme_id"])
    record_edit(store, "tiny", "rename", theme=theme, label="Avgifter")
    table = store.statements_table("tiny").set_index("text")
    assert table.loc[FEES[0], "theme_label"] == "Avgifter"
    assert store.latest_run("tiny")["summary"]["themes"] == 2


def test_analysis_pain_in_the_persons_situation_is_not_a_service_pain_point(location):
    store = location.store_for("situation")
    add_transcript(store, "situation", "\n".join([
        "Moderator: Berätta lite om dig själv och hur det började?",
        "Anna: Jag blev sjuk förra året och det var hemskt, jag kunde inte längre gå till jobbet.",
        "Moderator: Hur gick det när du skickade in ansökan?",
        "Anna: E-tjänsten var hemsk, den kraschade och allt jag skrivit försvann.",
    ]).encode(), "intervju.txt")
    analyse(store, "situation", AnalysisSettings(embedder="hashing"), embedder=HashingEmbedder())
    table = store.statements_table("situation").set_index("turn")
    assert table.loc[1, "journey_stage"] == "need" and table.loc[1, "sentiment"] < 0
    assert table.loc[1, "kind"] == "neutral"  # a hard life, not a pain with the service
    assert table.loc[3, "journey_stage"] != "need" and table.loc[3, "kind"] == "pain"


def test_themes_that_would_share_a_made_label_get_their_own_keyword():
    from insights.analysis import _tell_apart
    from insights.models import Theme

    found = [Theme(0, "Waiting times", origin="codebook"),
             Theme(1, "Small talk and reactions", ["thanks", "biscuits"], origin=SMALL_TALK),
             Theme(2, "Small talk and reactions", ["thanks", "weather"], origin=SMALL_TALK),
             Theme(3, "Waiting times", ["waiting", "phone"]),
             Theme(4, "My own name", ["form"]), Theme(5, "My own name", ["letter"])]
    _tell_apart(found, human_labels={4: "My own name", 5: "My own name"})
    assert [theme.label for theme in found] == [
        "Waiting times", "Small talk and reactions: thanks", "Small talk and reactions: weather",
        "Waiting times: phone", "My own name", "My own name"]
