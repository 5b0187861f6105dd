"""What CSV and Excel transcripts share: a table with speaker and text columns."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest.columns import COLUMN_NAMES, match_columns, normalise
from insights.ingest.speakers import (
    joined_metadata,
    looks_like_label,
    looks_like_name,
    merge_runs,
    parse_time,
    split_turns,
)
from insights.ingest.subtitles import Cue, cues_to_utterances
from insights.models import Transcript, Utterance

HEADER_SEARCH_ROWS = 10  # a title, notes or blank rows above the header: exports and hand-made sheets have them


def table_to_transcript(table: pd.DataFrame, *, name: str, format: str) -> Transcript:
    table = without_video_markers(with_header_found(table))
    columns = _without_unordered_stamps(table, _without_count_text(table, match_columns(list(table.columns))))
    for layout in (_speaker_coded_read, _question_answer_read, _speaker_columns_read, _word_rows_read,
                   _segments_read, _pasted_transcript_read, _dialogue_read, _phrase_offsets_read):
        if (read := layout(table, columns)) is not None:
            metadata, utterances = read
            return Transcript(source=name, utterances=utterances, metadata=metadata, format=format)
    if "speaker" in columns and "text" not in columns:
        columns = {**columns, **_wordiest_column(table, columns)}
    return Transcript(source=name, utterances=_row_turns(table, columns, name), format=format)


# The layouts a table may hold besides a row per turn, most particular first. Each reads (metadata, turns) or
# returns None.

def _speaker_coded_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    if (found := speaker_coded_columns(table)) is not None:
        return {}, speaker_coded_turns(table, *found)
    return None


def _question_answer_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    if not {"speaker", "text"} <= columns.keys() and question_and_answer_columns(list(table.columns)):
        return {}, question_answer_turns(table)
    return None


def _speaker_columns_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    if "text" not in columns and (per_speaker := speaker_columns(table) or exchange_columns(table)):
        return {}, merge_runs(speaker_column_turns(table, per_speaker))
    return None


def _word_rows_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    """A word per row; "Words" names a text column too, so only one of single words is read so."""
    if "speaker" in columns and (word := word_column(table)) is not None and columns.get("text", word) == word:
        return {}, word_turns(table, columns, word)
    return None


def _segments_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    if "speaker" not in columns and {"text", "start"} <= columns.keys():
        return {}, segment_turns(table, columns)
    return None


def _pasted_transcript_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    """Labelled lines inside the column named as the text, read before a comments column's "Conceptual: ..."."""
    if "speaker" in columns or "text" not in columns:
        return None
    pasted = column_transcript([_cell(value) for value in table.iloc[:, columns["text"]]])
    if pasted is None:
        return None
    header, turns = pasted
    return header, _row_metadata_added(turns, table, columns["text"])


def _dialogue_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    if "speaker" not in columns and (dialogue := dialogue_column(table)) is not None:
        return {}, merge_runs(dialogue_turns(table, dialogue), merge_untimed=True)
    return None


def _phrase_offsets_read(table: pd.DataFrame, columns: dict[str, int]) -> tuple[dict[str, str], list[Utterance]] | None:
    if {"speaker", "text"} <= columns.keys() and "start" not in columns and (offsets := offset_columns(table)):
        return {}, offset_turns(table, columns, *offsets)
    return None


_OFFSET = re.compile(r"^offset(?: ?in ?ticks)?$")
_DURATION = re.compile(r"^duration(?: ?in ?ticks)?$")


def offset_columns(table: pd.DataFrame) -> tuple[int, int | None] | None:
    """(offset, duration or None) column positions of a table of recognised phrases timed as Azure AI Speech times
    them (its results' `Offset` and `Duration`, or `OffsetInTicks`, written out as they are: whole numbers of
    ticks), or None: an Offset column of whole numbers that rise down the table, and a Duration column beside it
    (an `Offset` alone, a line or character offset in a coding sheet, is no time).

    Examples:
        >>> offset_columns(pd.DataFrame({"SpeakerId": ["Guest-1"] * 2, "Offset": ["32000000", "72683761"],
        ...                              "Duration": ["38183761", "49638889"], "Text": ["Hej.", "Välkomna."]}))
        (1, 2)
        >>> offset_columns(pd.DataFrame({"Speaker": ["Ann", "Bo"], "Offset": ["0", "12"], "Text": ["Hi.", "Yes."]}))
    """
    names = [normalise(name) for name in table.columns]
    offset = next((index for index, name in enumerate(names) if _OFFSET.match(name)), None)
    if offset is None:
        return None
    values = [_cell(value) for value in table.iloc[:, offset]]
    whole = [int(value) for value in values if value.isdigit()]
    if len(whole) < 2 or len(whole) < 0.9 * sum(bool(value) for value in values) or whole != sorted(whole):
        return None
    duration = next((index for index, name in enumerate(names) if _DURATION.match(name)), None)
    return (offset, duration) if duration is not None else None


def offset_turns(table: pd.DataFrame, columns: dict[str, int], offset: int, duration: int | None) -> list[Utterance]:
    r"""The turns of a table of timed phrases (`offset_columns`): consecutive phrases of one speaker are one turn,
    from its first phrase's offset to its last phrase's end (offset and duration). The numbers are in ticks of
    100 ns as Azure writes them (a phrase's offset steps by 100,000 ticks or more, 10 ms: the median step), else
    milliseconds or seconds as `_seconds` reads them. Azure's `Unknown`, a voice it could not tell, is `unknown`.

    Examples:
        >>> phrases = pd.DataFrame({"SpeakerId": ["Guest-1", "Guest-2", "Guest-2"], "Offset": ["32000000",
        ...                         "72683761", "124822650"], "Duration": ["38183761", "49638889", "49638889"],
        ...                         "Text": ["Hur var det?", "Bra.", "Det gick fort."]})
        >>> turns = offset_turns(phrases, {"speaker": 0, "text": 3}, 1, 2)
        >>> [(turn.speaker, turn.text, turn.start_s, turn.end_s) for turn in turns]
        [('Guest-1', 'Hur var det?', 3.2, 7.018), ('Guest-2', 'Bra.\nDet gick fort.', 7.268, 17.446)]
    """
    rows = [row for row in table.itertuples(index=False) if _cell(row[columns["text"]])]
    offsets = [_cell(row[offset]) for row in rows]
    whole = [int(value) for value in offsets if value.isdigit()]
    steps = sorted(b - a for a, b in zip(whole, whole[1:]) if b > a)
    if steps and steps[len(steps) // 2] >= 100_000:
        scale: float | None = 1e-7
    else:
        scale = 1e-3 if steps and steps[len(steps) // 2] >= 100 else None
    turns = []
    for row, start in zip(rows, offsets):
        length = _cell(row[duration]) if duration is not None else ""
        speaker = _cell(row[columns["speaker"]]) or "unknown"
        start_s = round(int(start) * scale, 3) if scale and start.isdigit() else parse_time(start)
        end_s = (round((int(start) + int(length)) * scale, 3) if scale and start.isdigit() and length.isdigit()
                 else None)
        turns.append(Utterance(speaker="unknown" if speaker == "Unknown" else speaker,
                               text=_cell(row[columns["text"]]), turn=len(turns), start_s=start_s, end_s=end_s))
    return merge_runs(turns)


def _row_turns(table: pd.DataFrame, columns: dict[str, int], name: str) -> list[Utterance]:
    """A turn per row with a speaker; a row without one goes on with the turn above."""
    missing = [field for field in ("speaker", "text") if field not in columns]
    if missing:
        expected = " / ".join(COLUMN_NAMES[missing[0]][:4])
        found = ", ".join(" ".join(str(c).split()) for c in table.columns)[:200]  # one line, however odd the header
        raise UnreadableFile(name, f"no {missing[0]} column (expected a column named {expected}; found: {found})")
    table = without_totals_row(table, columns)
    names = list(table.columns)
    known = set(columns.values())
    extra = [i for i in range(len(names)) if i not in known]
    utterances = []
    for row in table.itertuples(index=False):
        text, speaker = _cell(row[columns["text"]]), _cell(row[columns["speaker"]])
        if not text or (not speaker and is_note(text)):
            continue
        if utterances and utterances[-1].speaker != "unknown" and (not speaker or is_ditto(speaker)):
            # the turn above goes on (in a sheet that names its speakers; one that names none keeps its rows)
            _continue_turn(utterances[-1], text, parse_time(_cell(row[columns["end"]])) if "end" in columns else None,
                           {str(names[i]): _cell(row[i]) for i in extra if _cell(row[i])})
            continue
        utterance = Utterance(
            speaker=speaker if speaker and not is_ditto(speaker) else "unknown",
            text=text,
            turn=len(utterances),
            start_s=row_time(_cell(row[columns["start"]])) if "start" in columns else None,
            end_s=parse_time(_cell(row[columns["end"]])) if "end" in columns else None,
            metadata={str(names[i]): _cell(row[i]) for i in extra if _cell(row[i])},
        )
        if "role" in columns and _cell(row[columns["role"]]):
            utterance.metadata["role"] = _cell(row[columns["role"]])
        utterances.append(utterance)
    if not utterances:
        raise UnreadableFile(name, "the text column is empty")
    return merge_runs(utterances)


def _without_count_text(table: pd.DataFrame, columns: dict[str, int]) -> dict[str, int]:
    """The columns found by name, less a "text" column of numbers only (`Words` beside `Response`: a word count).

    Examples:
        >>> table = pd.DataFrame({"Participant": ["P1", "P2"], "Comment": ["Slow.", "Fine."], "Words": ["1", "1"]})
        >>> _without_count_text(table, {"speaker": 0, "text": 2})
        {'speaker': 0}
    """
    if "text" not in columns:
        return columns
    cells = [cell for cell in table.iloc[:, columns["text"]].map(_cell) if cell]
    if cells and all(_NUMBER.match(cell) for cell in cells):
        return {field: index for field, index in columns.items() if field != "text"}
    return columns


_MARKER_TYPE = "marker type"
_VIDEO_MARKERS = frozenset({"chapter", "segmentation", "web link", "flash cue point"})


def without_video_markers(table: pd.DataFrame) -> pd.DataFrame:
    """A marker list (Premiere Pro's exported markers) without the markers that structure the video (a `Chapter`
    such as `Tagning 2`, `Segmentation`, `Web Link`): only its `Comment` markers log what is said.

    Examples:
        >>> markers = pd.DataFrame({"Marker Name": ["Fråga", "Tagning 2", "Ingrid"], "Description": ["Hur?", "Om", "Så."],
        ...                         "Marker Type": ["Comment", "Chapter", "Comment"]})
        >>> without_video_markers(markers)["Marker Name"].tolist()
        ['Fråga', 'Ingrid']
    """
    kind = next((index for index, name in enumerate(table.columns) if normalise(name) == _MARKER_TYPE), None)
    if kind is None:
        return table
    return table[~table.iloc[:, kind].map(lambda value: _cell(value).lower() in _VIDEO_MARKERS)].reset_index(drop=True)


_STAMP_COLUMNS = frozenset({"created time", "created at", "created"})


def _without_unordered_stamps(table: pd.DataFrame, columns: dict[str, int]) -> dict[str, int]:
    """The columns found by name, less a "start" that is a database's stamp on each record (`Created time`) where
    the stamps do not rise down the rows, or are all one: records imported at once, or sorted otherwise, were not
    typed in the order said, so their stamps are not the talk's times and do not join a speaker's rows into a turn.

    Examples:
        >>> table = pd.DataFrame({"Speaker": ["Ann", "Bo", "Bo"], "Text": ["Hi.", "Yes.", "Ok."],
        ...                       "Created": ["2025-03-05 14:00", "2025-03-01 09:00", "2025-03-02 16:30"]})
        >>> _without_unordered_stamps(table, {"speaker": 0, "text": 1, "start": 2})
        {'speaker': 0, 'text': 1}
    """
    if "start" not in columns or normalise(str(table.columns[columns["start"]])) not in _STAMP_COLUMNS:
        return columns
    cells = [cell for cell in table.iloc[:, columns["start"]].map(_cell) if cell]
    if all(_DATE_TIME.match(cell) for cell in cells):
        stamps = pd.to_datetime(pd.Series(cells), errors="coerce", format="mixed", utc=True)
        if not stamps.isna().any() and stamps.nunique() >= 2 and stamps.is_monotonic_increasing:
            return columns
    elif all(row_time(cell) is not None for cell in cells):  # times alone: read as any time column is
        return columns
    return {field: index for field, index in columns.items() if field != "start"}


_DATE_TIME = re.compile(r"^(?P<date>[^:]{0,30}?\b\d{4}\b[^:]{0,30}?)[T\s,]+"
                        r"(?P<clock>\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?)(?P<half>\s?[AaPp]\.?[Mm]\.?)?"
                        r"\s*(?:Z|[+-]\d{2}:?\d{2})?$")


def row_time(value: str) -> float | None:
    """A row's time in seconds: a time (`parse_time`), or the time of day of a date and time, as a database
    stamps each record (Notion's `Created time`, `November 21, 2025 9:04 AM`; `2025-11-21 09:04:00`). So a
    database's records are timed pieces, and one speaker's records in a row are one turn (`merge_runs`).

    Examples:
        >>> row_time("00:01:02"), row_time("November 21, 2025 9:04 AM"), row_time("2025-11-21T09:04:30Z")
        (62.0, 32640.0, 32670.0)
    """
    found = _DATE_TIME.match(value)
    if not found:
        return parse_time(value)
    clock = found.group("clock") + (":00" if found.group("clock").count(":") == 1 else "")
    return parse_time(clock + (found.group("half") or ""))


_TOTALS_LABEL = re.compile(r"^(?:total|totals|grand total|sum|summa|totalt|count|antal)$")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def without_totals_row(table: pd.DataFrame, columns: dict[str, int]) -> pd.DataFrame:
    """The table without the Total row of an Excel Table at its foot: no speaker, Excel's label (`Total`, `Summa`)
    in a cell, and in the text column nothing or only the count the row's formula shows (`=SUBTOTAL(103,
    tblFG1[Verbatim])` as `114`). It is not the words of the turn above.

    Examples:
        >>> log = pd.DataFrame({"Ref": ["1", "2", "Total"], "Seat": ["Fac", "Seat 1", ""],
        ...                     "Verbatim": ["Welcome.", "Thanks.", "2"]})
        >>> without_totals_row(log, {"speaker": 1, "text": 2})["Verbatim"].tolist()
        ['Welcome.', 'Thanks.']
    """
    if len(table) < 2:
        return table
    last = [_cell(value) for value in table.iloc[-1]]
    text = last[columns["text"]]
    if (not last[columns["speaker"]] and (not text or _NUMBER.match(text))
            and any(_TOTALS_LABEL.match(cell.lower()) for cell in last)):
        return table.iloc[:-1]
    return table


_WORD_COLUMN = re.compile(r"^(?:words?|ord|tokens?)$")


def word_column(table: pd.DataFrame) -> int | None:
    """The position of a column of single words (`Word`, `ord`, `token`), in an export with one row per word
    (Sonix's CSV: `Word,Start Timecode,End Timecode,Speaker`), or None. Nearly every cell holds one word: a
    column named `Words` that holds sentences is a text column by another name."""
    for index, name in enumerate(table.columns):
        if _WORD_COLUMN.match(normalise(name)):
            cells = [cell for cell in table.iloc[:, index].map(_cell) if cell]
            words = sum(len(cell.split()) == 1 and not _NUMBER.match(cell) for cell in cells)
            if cells and words >= 0.9 * len(cells):  # of numbers it is a word count
                return index
    return None


def word_turns(table: pd.DataFrame, columns: dict[str, int], word: int) -> list[Utterance]:
    """Turns from a table of one word per row: consecutive words of one speaker, joined with a space, are
    one turn (its first word's start, its last word's end); a word without a speaker goes on the turn.

    Examples:
        >>> words = pd.DataFrame({"Word": ["Hej.", "Hur", "mår", "du?", "Bra."],
        ...                       "Speaker": ["Anna", "Anna", "", "Anna", "Bo"]})
        >>> [(turn.speaker, turn.text) for turn in word_turns(words, {"speaker": 1}, 0)]
        [('Anna', 'Hej. Hur mår du?'), ('Bo', 'Bra.')]
    """
    turns: list[Utterance] = []
    words: list[str] = []
    for row in table.itertuples(index=False):
        text, speaker = _cell(row[word]), _cell(row[columns["speaker"]])
        if not text:
            continue
        start = parse_time(_cell(row[columns["start"]])) if "start" in columns else None
        end = parse_time(_cell(row[columns["end"]])) if "end" in columns else None
        if turns and (not speaker or speaker == turns[-1].speaker):
            words.append(text)
            turns[-1].end_s = end if end is not None else turns[-1].end_s
            continue
        if turns:
            turns[-1].text = " ".join(words)
        words = [text]
        turns.append(Utterance(speaker=speaker or "unknown", text="", turn=len(turns), start_s=start, end_s=end))
    if turns:
        turns[-1].text = " ".join(words)
    return turns


_CODES_COLUMN = re.compile(r"^(?:codes?|kod|koder|kode)$")
_CODED_TEXT_COLUMN = re.compile(r"^(?:segment|kodat segment|coded segment|quotation content|quotation|content)$")
_SKIPPED_CODED_COLUMNS = ("color", "colour", "färg", "quotation name")  # a colour; the content cut short
# The parent code a researcher codes each speaker's turns under: MAXQDA's `Talare\Jessica`, ATLAS.ti's `Talare: Kjell`.
_SPEAKER_PARENT = (r"(?:speakers?|talare|talarna|deltagare|deltagarna|participants?|respondents?"
                   r"|informant(?:s|er|erna)?|personer|persons?|people|sprecher(?:in|innen)?)")
_SPEAKER_CODE = re.compile(rf"^(?:.*\\)?{_SPEAKER_PARENT}\s*+(?:\\|:)\s*+(?P<name>[^\\]*[^\\\s])\s*+$",
                           re.IGNORECASE)  # possessive spaces: a run of them is not tried split every way


def speaker_coded_columns(table: pd.DataFrame) -> tuple[int, int] | None:
    r"""(codes, text) column positions of a QDA tool's coded segments exported to Excel when a speaker code holds
    the turns, or None (an overview of themes, a list of quotes: no transcript). MAXQDA's Overview of Coded
    Segments (`Color | Document name | Code | Begin | End | ... | Segment | Comment`) and ATLAS.ti's quotations
    (`ID | Quotation Name | Document | Codes | Start | End | Quotation Content | Comment`): half the rows at least
    carry a speaker code (`speaker_code`), of two speakers or more.

    Examples:
        >>> overview = pd.DataFrame({"Code": ["Talare\\SL", "Talare\\Jessica", "Talare\\SL"],
        ...                          "Segment": ["Välkomna.", "Tack.", "Vem börjar?"]})
        >>> speaker_coded_columns(overview), speaker_coded_columns(overview.replace("Talare", "Teman", regex=True))
        ((0, 1), None)
    """
    names = [normalise(name) for name in table.columns]
    codes = next((i for i, name in enumerate(names) if _CODES_COLUMN.match(name)), None)
    text = next((i for i, name in enumerate(names) if _CODED_TEXT_COLUMN.match(name)), None)
    if codes is None or text is None:
        return None
    speakers = [speaker_code(_cell(value)) for value in table.iloc[:, codes]]
    coded = [speaker for speaker in speakers if speaker]
    return (codes, text) if len(set(coded)) >= 2 and len(coded) >= len(speakers) / 2 else None


def speaker_code(codes: str) -> str:
    r"""The speaker a row's speaker code names (one code a line), or "".

    Examples:
        >>> speaker_code("Talare\\Jessica"), speaker_code("Talare: Kjell\nÅrsräkning"), speaker_code("Anteckning")
        ('Jessica', 'Kjell', '')
    """
    return next((found.group("name") for line in codes.split("\n") if (found := _SPEAKER_CODE.match(line.strip()))), "")


def speaker_coded_turns(table: pd.DataFrame, codes: int, text: int) -> list[Utterance]:
    r"""The turns of segments coded by speaker (`speaker_coded_columns`), in the rows' order: each segment a turn of
    the speaker its code names, one speaker's segments in a row one turn. A segment without a speaker code (a theme
    coded on the same words, a note coded `Anteckning`) is not speech. The other codes and columns (document,
    `Begin`/`End` paragraphs, no times, the coder's `Comment`) are the turn's metadata.

    Examples:
        >>> quotations = pd.DataFrame({"Codes": ["Talare: T", "Talare: Eva\nÅrsräkning", "Talare: Eva", "Anteckning"],
        ...                            "Quotation Content": ["Hur gick det?", "Bra.", "Till slut.", "(Paus)"]})
        >>> [(turn.speaker, turn.text, turn.metadata) for turn in speaker_coded_turns(quotations, 0, 1)]
        [('T', 'Hur gick det?', {}), ('Eva', 'Bra.\nTill slut.', {'Codes': 'Årsräkning'})]
    """
    names = [str(name) for name in table.columns]
    others = [i for i, name in enumerate(names) if i not in (codes, text) and normalise(name) not in _SKIPPED_CODED_COLUMNS]
    turns = []
    for row in table.itertuples(index=False):
        speaker, said = speaker_code(_cell(row[codes])), _cell(row[text])
        if not speaker or not said:
            continue
        metadata = {names[i]: _cell(row[i]) for i in others if _cell(row[i])}
        themes = "\n".join(line.strip() for line in _cell(row[codes]).split("\n")
                           if line.strip() and not _SPEAKER_CODE.match(line.strip()))
        if themes:
            metadata[names[codes]] = themes
        turns.append(Utterance(speaker=speaker, text=said, turn=len(turns), metadata=metadata))
    return merge_runs(turns, merge_untimed=True)


_CELL_LABEL = re.compile(r"^(?P<name>[^:\n]{1,60}?):\s+(?P<text>\S.*)$")


def dialogue_column(table: pd.DataFrame) -> int | None:
    """The position of the column that holds the talk as `Name: text` lines, in a sheet without a speaker
    column (a note-taker's grid: a row per part of the guide, the whole exchange in one cell, a line per
    turn), or None. Two names or more are believed (`_cell_labels`) and their lines are half the column's
    lines from the first of them on, so a column of notes with an `Obs: ...` here and there is not one."""
    best, most = None, 0
    for index in range(table.shape[1]):
        lines = [line.strip() for cell in table.iloc[:, index].map(_cell) for line in cell.split("\n") if line.strip()]
        names = _cell_labels(lines)
        labelled = [i for i, line in enumerate(lines) if _cell_label(line, names)]
        if len(names) >= 2 and len(labelled) >= 3 and len(labelled) >= (len(lines) - labelled[0]) / 2 \
                and len(labelled) > most:  # of several, the column with most labelled lines
            best, most = index, len(labelled)
    return best


def _cell_labels(lines: list[str]) -> set[str]:
    """The names believed as labels of `Name: text` lines: like a label and seen twice, or like a name
    (`Lina`, who asks once); "Det sa hon: nej." is neither."""
    counts = Counter(found.group("name").strip() for line in lines if (found := _CELL_LABEL.match(line)))
    return {name for name, count in counts.items()
            if looks_like_label(name) and (count >= 2 or looks_like_name(name))}


def _cell_label(line: str, names: set[str]) -> re.Match | None:
    found = _CELL_LABEL.match(line)
    return found if found and found.group("name").strip() in names else None


def dialogue_turns(table: pd.DataFrame, column: int) -> list[Utterance]:
    r"""The turns of a dialogue column (`dialogue_column`): a line opening with a believed `Name: ` starts
    that speaker's turn, a line without one goes on the turn above (a long answer typed on two lines).
    Cells above the first label are a title or the header; the row's other cells (the part of the guide,
    the note-taker's comment) are kept as metadata of the turns that start in it, under the header's names.

    Examples:
        >>> grid = pd.DataFrame({"Del": ["1. Start"], "Samtalet": ["Eva: Hur var det?\nAli: Bra.\nDet gick fort."]})
        >>> [(turn.speaker, turn.text, turn.metadata) for turn in dialogue_turns(grid, 1)]
        [('Eva', 'Hur var det?', {'Del': '1. Start'}), ('Ali', 'Bra.\nDet gick fort.', {'Del': '1. Start'})]
    """
    cells = [_cell(value) for value in table.iloc[:, column]]
    names = _cell_labels([line.strip() for cell in cells for line in cell.split("\n") if line.strip()])
    first = next(index for index, cell in enumerate(cells)
                 if any(_cell_label(line.strip(), names) for line in cell.split("\n")))
    header = _header_above(table, first)
    turns: list[Utterance] = []
    for position in range(first, len(table)):
        row = table.iloc[position]
        metadata = {header[i]: _cell(row.iloc[i]) for i in range(len(header)) if i != column and _cell(row.iloc[i])}
        for line in cells[position].split("\n"):
            label = _cell_label(line.strip(), names)
            if label:
                turns.append(Utterance(speaker=label.group("name").strip(), text=label.group("text").strip(),
                                       turn=len(turns), metadata=dict(metadata)))
            elif line.strip() and turns:
                turns[-1].text += "\n" + line.strip()
    return turns


def _header_above(table: pd.DataFrame, first: int) -> list[str]:
    """The column names of a grid whose talk starts at row `first`: the row right above it when its cells
    are short names (`Del | Samtalet | Kommentar`, below a title) and the table has no header of its own,
    else the table's header."""
    has_header = not all(str(name).startswith("Unnamed:") for name in list(table.columns)[1:])
    if first > 0 and not has_header:
        above = [_cell(value) for value in table.iloc[first - 1]]
        if sum(bool(cell) for cell in above) >= 2 and all(len(cell.split()) <= 3 for cell in above):
            return [cell or f"Unnamed: {index}" for index, cell in enumerate(above)]
    return [str(name) for name in table.columns]


def column_transcript(cells: list[str]) -> tuple[dict[str, str], list[Utterance]] | None:
    """(header, turns) of a transcript kept whole in one column, its labels inside it, one line or paragraph a
    cell: a Teams transcript pasted into column A (a row `Name   0:01:07`, the speech in the row below), an IPA
    table's transcript column (`I: ` on a turn's first line, its next lines below); or None. The cells are read
    as the lines of a text file (`split_turns`); two speakers at least and no unlabelled turn, so a column of
    notes or answers is not one.

    Examples:
        >>> _header, turns = column_transcript(["Team meeting", "Ruth Ashworth   0:00:04", "Hello all.",
        ...                                     "Gary Pollitt   0:00:09", "Hi.", "Ruth Ashworth   0:00:12", "So."])
        >>> [(turn.speaker, turn.text) for turn in turns]
        [('Ruth Ashworth', 'Hello all.'), ('Gary Pollitt', 'Hi.'), ('Ruth Ashworth', 'So.')]
    """
    header, turns = split_turns([line for cell in cells for line in cell.split("\n")])
    speakers = {turn.speaker for turn in turns}
    if len(turns) < 3 or len(speakers) < 2 or "unknown" in speakers:
        return None
    return header, turns


_ROW_SEARCH_TURNS = 4  # how many turns on a row's text is looked for (a label row holds no one's words)


def _row_metadata_added(turns: list[Utterance], table: pd.DataFrame, column: int) -> list[Utterance]:
    """The turns of a column transcript (`column_transcript`) with each row's other cells (a first-pass code, a
    memo) as metadata of the turn its text went into: each row's text looked for from the turn of the row above
    on, its own `Name: ` label left out. Rows whose text is in none of the next few turns (labels, a header)
    add nothing and move nothing."""
    names = [str(name) for name in table.columns]
    texts = [" ".join(turn.text.split()) for turn in turns]
    at, offset = 0, 0  # where the row above was found: a long turn is not searched from its start again
    for row in table.itertuples(index=False):
        spoken = " ".join(_cell(row[column]).split())
        if not spoken:
            continue
        label = _CELL_LABEL.match(spoken)
        pieces = [spoken, label.group("text")] if label else [spoken]
        found = None
        for index in range(at, min(at + _ROW_SEARCH_TURNS, len(turns))):
            start = offset if index == at else 0
            match = next(((where, piece) for piece in pieces if (where := texts[index].find(piece, start)) >= 0),
                         None)
            if match:  # the next row is searched after this one's text: a short reply is not found inside it
                found, offset = index, match[0] + len(match[1])
                break
        if found is None:
            continue
        at = found
        metadata = {names[i]: _cell(row[i]) for i in range(len(names)) if i != column and _cell(row[i])}
        if metadata:
            turns[found].metadata = joined_metadata(turns[found].metadata, metadata)
    return turns


def segment_turns(table: pd.DataFrame, columns: dict[str, int]) -> list[Utterance]:
    """A table of times and text without a speaker column (MacWhisper's CSV: `start,end,text`, one row per
    segment): read as subtitle cues, so a segment opening with a believed `Name: ` label starts that
    speaker's turn and one without continues the turn above. Where no segment names anyone, each is a turn
    of `unknown`, as the tool cut them (one turn of the whole file would hide every answer)."""
    rows = [row for row in table.itertuples(index=False) if _cell(row[columns["text"]])]
    starts = _seconds([_cell(row[columns["start"]]) for row in rows])
    ends = _seconds([_cell(row[columns["end"]]) for row in rows]) if "end" in columns else [None] * len(rows)
    texts = [" ".join(_cell(row[columns["text"]]).split()) for row in rows]
    cues = [Cue(start, end, text) for text, start, end in zip(texts, starts, ends)]
    turns = cues_to_utterances(cues)
    if all(turn.speaker == "unknown" for turn in turns):
        turns = [Utterance(speaker="unknown", text=cue.text, turn=index, start_s=cue.start_s, end_s=cue.end_s)
                 for index, cue in enumerate(cues)]
    return turns


def _seconds(values: list[str]) -> list[float | None]:
    """Times in seconds. A column of whole numbers that step by a hundred or more from one segment to the
    next (the median step) is in milliseconds, as MacWhisper writes them: no one speaks for minutes a segment."""
    times = [parse_time(value) for value in values]
    if not all(value.isdigit() for value in values if value):
        return times
    whole = [int(value) for value in values if value]
    steps = sorted(b - a for a, b in zip(whole, whole[1:]) if b > a)
    if steps and steps[len(steps) // 2] >= 100:
        return [None if time is None else round(time / 1000, 3) for time in times]
    return times


_DITTO = re.compile(r'^(?:-?["”″〃]-?|\'\'|,,|dito|ditto|d:o|do\.)$', re.IGNORECASE)


def is_ditto(speaker: str) -> bool:
    """The ditto mark a typist puts for "the same speaker as above" (`-"-`, `"`, `〃`, `d:o`).

    Examples:
        >>> is_ditto('-"-'), is_ditto("d:o"), is_ditto("Dora")
        (True, True, False)
    """
    return bool(_DITTO.match(speaker.strip()))


def _continue_turn(turn: Utterance, text: str, end: float | None, metadata: dict[str, str]) -> None:
    """A row without a speaker (a second paragraph pasted on a row of its own) or with a ditto mark adds to
    the turn above: its text, its end, its other columns."""
    turn.text += "\n" + text
    turn.end_s = end if end is not None else turn.end_s
    turn.metadata = joined_metadata(turn.metadata, metadata)


def _wordiest_column(table: pd.DataFrame, columns: dict[str, int]) -> dict[str, int]:
    """{"text": the one other column that holds words}, in a timed table whose speakers come back (Amazon
    Transcribe via tscribe calls the text "comment"); else {}: a codebook or a list of people is no transcript."""
    speakers = table.iloc[:, columns["speaker"]].map(_cell)
    if "start" not in columns or speakers[speakers != ""].duplicated().sum() < len(speakers) / 3:
        return {}
    wordy = [i for i in range(table.shape[1]) if i not in columns.values() and _holds_words(table.iloc[:, i])]
    if len(wordy) > 1:  # beside the words said, notes are not what was said
        wordy = [i for i in wordy if not _NOTE_COLUMN.match(normalise(table.columns[i]))]
    return {"text": wordy[0]} if len(wordy) == 1 else {}


def with_header_found(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its header row: the first row when it is a header (`is_header`), else the first of
    the next `HEADER_SEARCH_ROWS` rows that is (the rows above it are a title or notes)."""
    if is_header(list(table.columns)):
        return table
    for position in range(min(HEADER_SEARCH_ROWS, len(table))):
        header = [_cell(value) or f"Unnamed: {index}" for index, value in enumerate(table.iloc[position])]
        if is_header(header):
            body = table.iloc[position + 1:].reset_index(drop=True)
            body.columns = header
            return body
    return table


def has_transcript_columns(names: list[object]) -> bool:
    return {"speaker", "text"} <= match_columns(names).keys()


def is_header(names: list[object]) -> bool:
    """Does this row name a transcript's columns: speaker and text, or a question and an answer?"""
    return has_transcript_columns(names) or question_and_answer_columns(names) is not None


_QUESTION = re.compile(r"\b(?:questions?|frågor|fråga|frågan)\b")
_ANSWER = re.compile(r"\b(?:answers?|svar|svaret|responses?|reply)\b")
_NUMBERING = re.compile(r"\b(?:no|nr|number|num|id)\b|#")  # "Q no.", "Fråga nr": the question's number
_NOT_A_SPEAKER = frozenset("text texts verbatim transcript transcribed full asked given written the of to".split())


def question_and_answer_columns(names: list[object]) -> tuple[int, int] | None:
    """(question, answer) column positions of a grid with one row per question and its answer, if it is one.

    Examples:
        >>> question_and_answer_columns(["Q no.", "Topic", "Interviewer question", "Answer (JA)", "Notes"])
        (2, 3)
        >>> question_and_answer_columns(["Talare", "Text"]) is None
        True
    """
    normalised = [normalise(name) for name in names]
    question = next((i for i, name in enumerate(normalised)
                     if _QUESTION.search(name) and not _NUMBERING.search(name)), None)
    answer = next((i for i, name in enumerate(normalised)
                   if _ANSWER.search(name) and not _NUMBERING.search(name) and i != question), None)
    return None if question is None or answer is None else (question, answer)


def question_answer_turns(table: pd.DataFrame) -> list[Utterance]:
    r"""Each row's question (the interviewer's turn) and answer (the respondent's), in that order.

    The speakers come from the headers: "Answer (JA)" is JA, "Interviewer question" the
    Interviewer; a bare "Question" / "Answer" gives Interviewer / Respondent. A cell all in brackets
    ("[Telefonen ringer, frågan kom inte tillbaka.]") is the note-taker's, not a turn; a question whose
    answer is missing so goes on into the next question, one turn of the interviewer's.

    Examples:
        >>> grid = pd.DataFrame({"Fråga (SW)": ["Hur ofta?", "Och korttids?"],
        ...                      "Svar (JÅ)": ["[Telefonen ringer.]", "En bro."]})
        >>> [(turn.speaker, turn.text) for turn in question_answer_turns(grid)]
        [('SW', 'Hur ofta?\nOch korttids?'), ('JÅ', 'En bro.')]
    """
    names = list(table.columns)
    question, answer = question_and_answer_columns(names)
    asker = _speaker_in_header(names[question], _QUESTION) or "Interviewer"
    answerer = _speaker_in_header(names[answer], _ANSWER) or "Respondent"
    others = [i for i in range(len(names)) if i not in (question, answer)]
    turns = []
    for row in table.itertuples(index=False):
        metadata = {str(names[i]): _cell(row[i]) for i in others if _cell(row[i])}
        for column, speaker in ((question, asker), (answer, answerer)):
            text = _cell(row[column])
            if not text or is_note(text):
                continue
            if turns and turns[-1].speaker == speaker:
                _continue_turn(turns[-1], text, None, metadata)
            else:
                turns.append(Utterance(speaker=speaker, text=text, turn=len(turns), metadata=dict(metadata)))
    return turns


_NOTE_COLUMN = re.compile(r"^(?:kommentar\w*|comments?|notes?|noter\w*|anteckning\w*|anm\w*|remarks?|memo)$")
# Titles of a guide's, a form's or a grid's columns, never speakers (`Question | Probes`, `Frågor | Följdfrågor`).
_COLUMN_TITLE = re.compile(r"^(?:questions?|probes?|prompts?|answers?|responses?|replies|reply|consent|initials?"
                           r"|topics?|themes?|summary|items?|descriptions?|details?|follow ?ups?|signatures?|dates?"
                           r"|yes|no|fr[aå]g(?:a|or|an|orna)?|f[oö]ljdfr[aå]g\w*|svar\w*|tema\w*|[aä]mne\w*"
                           r"|samtycke|initialer|underskrift|datum|beskrivning)$")


def speaker_columns(table: pd.DataFrame) -> list[int]:
    """Positions of the columns that each hold one speaker's words (`Tid | Intervjuare | Informant`), or [].

    Such a sheet has no speaker column: the header names the speaker, and nearly every row
    holds text in exactly one of these columns. Times, roles and notes are not speakers.
    """
    names = list(table.columns)
    # A column named like a speaker ("Informant") may be one of them; times and roles are not.
    known = {index for field, index in match_columns(names).items() if field in ("start", "end", "role")}
    candidates = [i for i, name in enumerate(names) if i not in known and not str(name).startswith("Unnamed")
                  and not _NOTE_COLUMN.match(normalise(name)) and _holds_words(table.iloc[:, i])]
    if len(candidates) < 2:
        return []
    filled = table.iloc[:, candidates].map(_cell).ne("").sum(axis=1)
    spoken = filled[filled > 0]
    return candidates if len(spoken) >= 2 and (spoken == 1).mean() >= 0.8 else []


def exchange_columns(table: pd.DataFrame) -> list[int]:
    """Positions of the two columns of a table with one row per exchange, a column per speaker and the header
    naming them (`Claire | Kirsty`: a question on the left, its answer beside it), or []. Two columns whose names
    look like names and are no text, time or notes column; three rows at least, nearly every one with words in
    both, and half the left column's cells asking something, so a table of terms and meanings is not one.

    Examples:
        >>> grid = pd.DataFrame({"Claire": ["Where do you live?", "Since when?", "And now?"],
        ...                      "Kirsty": ["In Shepcote, for now.", "Since May.", "Still waiting."]})
        >>> exchange_columns(grid), exchange_columns(grid.rename(columns={"Kirsty": "Notes"}))
        ([0, 1], [])
        >>> exchange_columns(grid.set_axis(["Question", "Probes"], axis=1))  # an interview guide
        []
    """
    names = [" ".join(str(name).split()) for name in table.columns]
    if len(names) != 2 or len(table) < 3 or any(field != "speaker" for field in match_columns(names)):
        return []
    if not all(looks_like_name(name) and not _NOTE_COLUMN.match(normalise(name)) and not _COLUMN_TITLE.match(normalise(name))
               for name in names):
        return []
    cells = table.map(_cell)
    both = (cells.ne("").sum(axis=1) == 2).sum()
    asking = sum("?" in cell for cell in cells.iloc[:, 0])
    return [0, 1] if both >= 0.8 * len(cells) and asking >= len(cells) / 2 else []


def _holds_words(column: pd.Series) -> bool:
    cells = [_cell(value) for value in column]
    texts = [cell for cell in cells if cell]
    return bool(texts) and sum(len(cell.split()) >= 2 for cell in texts) >= len(texts) / 2


def speaker_column_turns(table: pd.DataFrame, per_speaker: list[int]) -> list[Utterance]:
    """The turns of a table with a column per speaker (`speaker_columns`, `exchange_columns`): row by row, its
    speakers' cells from left to right, each a turn of the speaker its column is named after."""
    names = list(table.columns)
    columns = {field: index for field, index in match_columns(names).items() if index not in per_speaker}
    others = [i for i in range(len(names)) if i not in per_speaker and i not in columns.values()]
    turns = []
    for row in table.itertuples(index=False):
        start = parse_time(_cell(row[columns["start"]])) if "start" in columns else None
        metadata = {str(names[i]): _cell(row[i]) for i in others if _cell(row[i])}
        for column in per_speaker:
            if _cell(row[column]):
                turns.append(Utterance(speaker=" ".join(str(names[column]).split()), text=_cell(row[column]),
                                       turn=len(turns), start_s=start, metadata=dict(metadata)))
    return turns


def _speaker_in_header(header: object, role_word: re.Pattern) -> str:
    """"Answer (JA)" -> "JA", "Interviewer question" -> "Interviewer", "Question text" -> "".

    Examples:
        >>> _speaker_in_header("Answer (verbatim)", _ANSWER), _speaker_in_header("Svar (Karin)", _ANSWER)
        ('', 'Karin')
    """
    text = " ".join(str(header).split())
    bracketed = re.search(r"\(([^()]{1,40})\)", text)
    if bracketed and bracketed.group(1).strip()[:1].isupper():
        return bracketed.group(1).strip()
    rest = re.sub(r"\([^()]*\)", " ", text)
    rest = re.sub(role_word.pattern, " ", rest, flags=re.IGNORECASE)
    words = re.sub(r"[^\w\s'-]", " ", rest).split()
    return " ".join(word for word in words if word.lower() not in _NOT_A_SPEAKER)


_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def is_note(text: str) -> bool:
    """A row without a speaker that is all in brackets is the transcriber's note, not a turn.

    Examples:
        >>> is_note("(paus, Marie svarar i telefonen)"), is_note("[Paus, tio minuter.]"), is_note("(Ja.) Och sen?")
        (True, True, False)
    """
    return bool(_NOTE.fullmatch(text.strip()))


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()
