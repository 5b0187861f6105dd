"""Real public transcripts from ../shared/corpora (see each corpus's README.md).

Expected values come from the files themselves, counted with simple
independent regexes here, not copied from the library's output.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import docx
import pytest

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
if not CORPORA.is_dir():
    pytest.skip(f"shared corpora not found at {CORPORA} (they live next to the checkout, in ../shared/corpora)",
                allow_module_level=True)

from insights.errors import UnreadableFile  # noqa: E402
from insights.ingest import read_transcript  # noqa: E402
from insights.models import MODERATOR, PARTICIPANT, Transcript  # noqa: E402
from insights.segment import segment  # noqa: E402

PDPILOT = CORPORA / "pdpilot-interviews" / "derived-text"
RIKSDAGEN = CORPORA / "riksdagen-interpellation-2023-03-07"
RIKSDAGEN_TXT = RIKSDAGEN / "prot-202223-070_par11_interpellationsdebatt.txt"
RIKSDAGEN_CSV = RIKSDAGEN / "prot-202223-070_par11_utterances.csv"
QUALCODER = CORPORA / "qualcoder-examples"
WEBVTT = CORPORA / "webvtt-py-subtitles"


@lru_cache(maxsize=None)
def read(path: Path) -> Transcript:
    return read_transcript(path)


@lru_cache(maxsize=None)
def statements(path: Path):
    return segment(read(path))


def words(text: str) -> str:
    return " ".join(text.split())


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(word == other for other in remaining) for word in part)


# =========================================================================== PDPilot interviews

INTERVIEWS = [f"P{n}" for n in range(1, 8)]
_NUMBERED_LABEL = re.compile(r"^\s*(\d+)\s+(\w+):\s*(.*)$")  # "12   Dan: text" (\s also eats the \f of a new page)
_FOOTER = re.compile(r"^\s*\d+/\d+\s*$")


def numbered_labels(name: str) -> list[tuple[str, str]]:
    """(speaker, first line of text) of every numbered "N   Speaker:" line of the file."""
    lines = (PDPILOT / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    return [(m.group(2), m.group(3)) for line in lines if (m := _NUMBERED_LABEL.match(line))]


def numbered_turn_texts(name: str, count: int) -> list[tuple[str, str]]:
    """The first `count` turns as the file shows them: label line plus the indented lines below."""
    turns: list[tuple[str, list[str]]] = []
    for line in (PDPILOT / f"{name}.txt").read_text(encoding="utf-8").split("\n"):
        found = _NUMBERED_LABEL.match(line)
        if found:
            if len(turns) == count:
                break
            turns.append((found.group(2), [found.group(3)]))
        elif turns and line.strip() and not _FOOTER.match(line) and not line.strip().isdigit():
            turns[-1][1].append(line.strip())
    return [(speaker, words(" ".join(text))) for speaker, text in turns]


def test_pdpilot_corpus_is_there():
    assert sorted(p.stem for p in PDPILOT.glob("P*.txt")) == INTERVIEWS


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_speakers_are_what_the_file_says(name):
    transcript = read(PDPILOT / f"{name}.txt")
    in_file = {speaker for speaker, _ in numbered_labels(name)}
    expected = {"Dan", "Participant", "Particpant"} if name == "P5" else {"Dan", "Participant"}
    assert in_file == expected  # the P5 typo is in the source, once
    assert set(transcript.speakers) == expected
    assert transcript.speakers[0] == "Dan"
    assert transcript.language == "en"
    assert transcript.format == "txt"


def test_pdpilot_p5_typo_is_one_turn():
    transcript = read(PDPILOT / "P5.txt")
    typo = [u for u in transcript.utterances if u.speaker == "Particpant"]
    assert len(typo) == 1
    assert typo[0].text == "Right."
    assert typo[0].role == PARTICIPANT


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_one_turn_per_numbered_label(name):
    """A turn that runs over a page break is repeated at the top of the next page: still one turn."""
    labels = numbered_labels(name)
    transcript = read(PDPILOT / f"{name}.txt")
    assert Counter(u.speaker for u in transcript.utterances) == Counter(speaker for speaker, _ in labels)
    assert len(transcript.utterances) == len(labels)
    assert [u.speaker for u in transcript.utterances] == [speaker for speaker, _ in labels]


def test_pdpilot_turn_counts_in_readme_range():
    """The README says 47-84 participant turns per interview."""
    for name in INTERVIEWS:
        participant_labels = [s for s, _ in numbered_labels(name) if s != "Dan"]
        assert 47 <= len(participant_labels) <= 84, name
    assert len(numbered_labels("P1")) == 94
    assert Counter(s for s, _ in numbered_labels("P2")) == {"Participant": 84, "Dan": 81}


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_dan_is_the_moderator(name):
    transcript = read(PDPILOT / f"{name}.txt")
    roles = {(u.speaker, u.role) for u in transcript.utterances}
    assert {role for speaker, role in roles if speaker == "Dan"} == {MODERATOR}
    assert {role for speaker, role in roles if speaker != "Dan"} == {PARTICIPANT}
    for utterance in transcript.utterances:
        assert utterance.start_s is None and utterance.end_s is None  # the PDFs have no times


def test_pdpilot_p1_first_turns_verbatim():
    turns = read(PDPILOT / "P1.txt").utterances
    assert (turns[0].speaker, turns[0].text) == (
        "Dan", "Okay. So now you can stop sharing your screen and then we'll just end up with a few questions "
               "that I have for you.")
    assert (turns[1].speaker, turns[1].text) == ("Participant", "Okay.")
    assert turns[2].text == "Okay. Okay. So my first question is if you currently use ICE plots in your work?"
    assert turns[3].text == ("Ah, yeah. Not all the time, so it's not the main thing we do, but in our initial data "
                             "explorations, we tend to use ICE plots.")
    assert [u.turn for u in turns[:4]] == [0, 1, 2, 3]
    assert read(PDPILOT / "P1.txt").metadata["header"] == "Interview"


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_first_turns_match_the_file(name):
    transcript = read(PDPILOT / f"{name}.txt")
    expected = numbered_turn_texts(name, 3)
    got = [(u.speaker, words(u.text)) for u in transcript.utterances[:3]]
    assert got == expected


_LINE_NUMBER_IN_TEXT = re.compile(r"(^|\n)\s*\d+(\s{2,}|$)")


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_no_line_numbers_left_in_texts(name):
    for utterance in read(PDPILOT / f"{name}.txt").utterances:
        assert not _LINE_NUMBER_IN_TEXT.search(utterance.text), (utterance.turn, utterance.text[:120])
        assert "\f" not in utterance.text
        assert not re.match(r"\d+\s", utterance.text), utterance.text[:80]


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_no_page_footers_left_in_texts(name):
    for utterance in read(PDPILOT / f"{name}.txt").utterances:
        for line in utterance.text.split("\n"):
            assert not _FOOTER.match(line), (utterance.turn, line)


@pytest.mark.parametrize("name", INTERVIEWS)
def test_pdpilot_statements_come_from_participants_with_dans_question(name):
    transcript = read(PDPILOT / f"{name}.txt")
    by_turn = {u.turn: u for u in transcript.utterances}
    found = statements(PDPILOT / f"{name}.txt")
    assert len(found) > 40
    assert {s.speaker for s in found} <= {"Participant", "Particpant"}
    assert {s.role for s in found} == {PARTICIPANT}
    assert {s.language for s in found} == {"en"}
    for statement in found:
        turn = by_turn[statement.turn]
        assert turn.role == PARTICIPANT
        # From the turn's words, in order; filler sentences ("Well, thank you.") may be left out.
        assert is_subsequence(re.findall(r"\w+", statement.text), re.findall(r"\w+", turn.text)), statement.text
        assert statement.source == f"{name}.txt" and statement.session == name
        # The question is from the latest Dan turn before it that asks something.
        dan_before = [u for u in transcript.utterances if u.speaker == "Dan" and u.turn < statement.turn]
        if not dan_before:
            assert statement.question == ""
            continue
        asking = [u for u in dan_before if "?" in u.text]
        last_sentence = statement.question.rsplit("? ", 1)[-1]
        assert last_sentence, statement
        source = next(u for u in reversed(dan_before) if last_sentence in u.text)
        assert not [u for u in asking if u.turn > source.turn], (statement, source)
    # Every participant turn with real content yields statements.
    with_statements = {s.turn for s in found}
    long_turns = {u.turn for u in transcript.utterances if u.role == PARTICIPANT and len(u.text.split()) >= 12}
    assert long_turns <= with_statements


def test_pdpilot_statements_keep_annotations_verbatim():
    broken = [(name, s.turn, s.text) for name in INTERVIEWS for s in statements(PDPILOT / f"{name}.txt")
              if "( " in s.text or s.text.endswith("(") or re.match(r"\w+\)", s.text)]
    assert broken == []


def test_pdpilot_p1_first_statement_carries_the_question():
    first = statements(PDPILOT / "P1.txt")[0]
    assert first.speaker == "Participant"
    assert first.turn == 3
    assert first.question == "So my first question is if you currently use ICE plots in your work?"
    assert "we tend to use ICE plots" in first.text


# =========================================================================== Riksdagen interpellation

MINISTER = "Energi- och näringsminister EBBA BUSCH (KD)"
MP = "MONICA HAIDER (S)"


def test_riksdagen_txt_seven_alternating_turns():
    transcript = read(RIKSDAGEN_TXT)
    speech_lines = re.findall(r"^Anf\. \d+ (.+):$", RIKSDAGEN_TXT.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(speech_lines) == 7
    assert [u.speaker for u in transcript.utterances] == speech_lines
    assert [u.speaker for u in transcript.utterances] == [MINISTER, MP] * 3 + [MINISTER]
    assert [u.turn for u in transcript.utterances] == list(range(7))
    assert all(u.text.startswith("Herr talman!") for u in transcript.utterances)
    assert transcript.language == "sv"


def test_riksdagen_txt_title_is_header_not_a_turn():
    transcript = read(RIKSDAGEN_TXT)
    title = "§ 11 Svar på interpellation 2022/23:207 om tillståndsprocesser för vindkraft och elnät"
    assert transcript.metadata["header"] == title
    assert not any("§ 11" in u.text for u in transcript.utterances)
    assert not any(u.speaker.startswith("§") for u in transcript.utterances)


def test_riksdagen_txt_colon_inside_a_speech_stays_text():
    transcript = read(RIKSDAGEN_TXT)
    second = transcript.utterances[1]
    assert second.speaker == MP
    assert second.text.endswith("Min fråga är därför: När kommer förslagen?")
    assert "Det finns de som undrar: Finns det ett konkret svar?" in transcript.utterances[2].text
    assert not any(u.speaker.startswith(("Min fråga", "Det finns")) for u in transcript.utterances)
    # Source artefacts are kept verbatim.
    assert "s tärkta" in transcript.utterances[0].text


def test_riksdagen_txt_statements_are_swedish():
    found = statements(RIKSDAGEN_TXT)
    assert found
    assert {s.language for s in found} == {"sv"}
    assert {s.speaker for s in found} <= {MINISTER, MP}


def _riksdagen_rows() -> list[dict[str, str]]:
    with RIKSDAGEN_CSV.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_riksdagen_csv_one_turn_per_row():
    rows = _riksdagen_rows()
    transcript = read(RIKSDAGEN_CSV)
    assert len(rows) == 56
    assert len(transcript.utterances) == 56
    assert transcript.format == "csv"
    assert transcript.language == "sv"
    assert transcript.speakers == ["Ebba Busch", "Monica Haider"]
    for row, utterance in zip(rows, transcript.utterances):
        assert utterance.speaker == row["speaker"]
        assert utterance.text == row["text"].strip()
    assert [u.turn for u in transcript.utterances] == list(range(56))


def test_riksdagen_csv_other_columns_kept_in_metadata():
    rows = _riksdagen_rows()
    transcript = read(RIKSDAGEN_CSV)
    for row, utterance in zip(rows, transcript.utterances):
        for column in ("anf", "speaker_label", "party", "paragraph_index"):
            assert utterance.metadata[column] == row[column]
    assert transcript.utterances[0].metadata["party"] == "KD"
    assert transcript.utterances[0].metadata["speaker_label"] == "Anf. 1 Energi- och näringsminister EBBA BUSCH (KD)"


def test_riksdagen_csv_role_column_value_kept():
    rows = _riksdagen_rows()
    transcript = read(RIKSDAGEN_CSV)
    for row, utterance in zip(rows, transcript.utterances):
        assert row["role"] in utterance.metadata.values(), utterance.metadata


# =========================================================================== QualCoder examples


def test_qualcoder_bracket_speakers():
    path = QUALCODER / "transcript.txt"
    in_file = re.findall(r"^\[(\w+)\] (.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    transcript = read(path)
    assert len(in_file) == 7
    assert [(u.speaker, u.text) for u in transcript.utterances] == [(s, t.strip()) for s, t in in_file]
    assert transcript.speakers == ["id1", "id2", "id3"]
    assert transcript.utterances[0].text.startswith("hello, I like the course.")
    assert "wrtitten assignments" in transcript.utterances[3].text  # typos kept verbatim
    assert transcript.language == "en"


def test_qualcoder_survey_csv_rows():
    path = QUALCODER / "survey456.csv"
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    transcript = read(path)
    assert len(rows) == 3
    assert [u.speaker for u in transcript.utterances] == [row["Case"] for row in rows] == ["ID4", "ID5", "ID6"]
    assert [u.text for u in transcript.utterances] == [row["freetext"].strip() for row in rows]
    assert transcript.utterances[0].metadata == {"Age": "24", "Gender": "f", "Interest": "shopping"}
    assert "Age" not in transcript.utterances[1].metadata  # the empty cell
    assert transcript.utterances[1].metadata["Interest"] == "golf"


def test_qualcoder_docx_text():
    path = QUALCODER / "ID1.docx"
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    transcript = read(path)
    assert transcript.format == "docx"
    assert transcript.speakers == ["unknown"]
    text = "\n".join(u.text for u in transcript.utterances)
    assert text.startswith("I really like learning new things.")
    for paragraph in paragraphs:
        assert paragraph.strip() in text
    assert "€200" in text
    assert transcript.language == "en"


def test_qualcoder_odt_is_refused_as_unsupported():
    with pytest.raises(UnreadableFile) as raised:
        read_transcript(QUALCODER / "ID2.odt")
    message = str(raised.value)
    assert message.startswith("ID2.odt: ")
    assert "unsupported" in message and ".odt" in message
    assert ".docx" in message  # says what would work
    assert "\n" not in message


# =========================================================================== webvtt-py subtitles


def test_teams_voice_tags_and_unpadded_times():
    transcript = read(WEBVTT / "teams_timeframe.vtt")
    assert [(u.speaker, u.text, u.start_s, u.end_s) for u in transcript.utterances] == [
        ("Yuri Bakulin", "There you go.", 0.0, 0.57),
        ("Adrian Petrescu", "Why hello there, Yuri.", 0.21, 1.13),
    ]
    assert transcript.format == "vtt"


def test_vtt_with_bom_reads():
    transcript = read(WEBVTT / "captions_with_bom.vtt")
    text = " ".join(u.text for u in transcript.utterances)
    assert text == "Caption text #1 Caption text #2 Caption text #3 Caption text #4"
    assert "\ufeff" not in text
    assert transcript.utterances[0].start_s == 0.5
    assert transcript.utterances[-1].end_s == 21.58


def test_youtube_auto_captions_without_rolling_duplicates_or_tags():
    transcript = read(WEBVTT / "youtube_dl.vtt")
    text = " ".join(u.text for u in transcript.utterances)
    assert text == "yeah what this will happen is I'm telling"
    assert all(count == 1 for count in Counter(text.split()).values())
    assert "<" not in text and ">" not in text
    assert not re.search(r"\d+:\d+", text)
    assert "align:" not in text and "::cue" not in text
    assert transcript.metadata == {"Kind": "captions", "Language": "en"}
    assert transcript.utterances[0].start_s == pytest.approx(4 * 60 + 46.07)


@pytest.mark.parametrize(("name", "reason"), [
    ("empty.vtt", "empty"),
    ("invalid.vtt", "WEBVTT"),
    ("no_captions.vtt", "no cues"),
    ("invalid_format1.srt", "SubRip"),
    ("invalid_format2.srt", "SubRip"),
    ("invalid_format3.srt", "SubRip"),
    ("invalid_format4.srt", "no cues"),
])
def test_broken_subtitles_give_a_clear_error(name, reason):
    with pytest.raises(UnreadableFile) as raised:
        read_transcript(WEBVTT / name)
    message = str(raised.value)
    assert message.startswith(f"{name}: ")
    assert raised.value.name == name
    assert reason in message
    assert "\n" not in message


def test_srt_sample_text():
    path = WEBVTT / "sample.srt"
    cue_texts = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")
                 if line.strip() and "-->" not in line and not line.strip().isdigit()]
    transcript = read(path)
    assert transcript.format == "srt"
    assert len(cue_texts) == 5
    assert " ".join(u.text for u in transcript.utterances) == " ".join(cue_texts)
    assert transcript.utterances[0].start_s == 0.5
    assert transcript.utterances[-1].end_s == 23.88


def test_vtt_cue_identifiers_are_not_text():
    transcript = read(WEBVTT / "using_identifiers.vtt")
    text = " ".join(u.text for u in transcript.utterances)
    assert text == " ".join(f"Caption text #{n}" for n in range(1, 7))
    assert "second caption" not in text
    assert not re.search(r"(^|\s)4(\s|$)", text)
