"""Plain-text transcripts in any of the speaker shapes of `speakers.py`; tab tables, Markdown pipe, grid and HTML
tables, subtitle cues, Audacity label tracks, InqScribe's tab-delimited records, WhatsApp and Zoom chats,
imessage-exporter's iMessage conversations, e-mails, live captions (CART), Markdown for pandoc with a styled div
per turn and fixed-width typescripts with the initials in a margin and screenplays, saved as text."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from html.parser import HTMLParser

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest.cart import caption_turns, is_live_captions
from insights.ingest.decode import decode_text
from insights.ingest.fenced_divs import is_styled_turns, styled_turns
from insights.ingest.imessage import imessage_turns, is_imessage_export
from insights.ingest.mail import MAIL_SENDER, QUOTED_MAIL, mail_field
from insights.ingest.registry import Reader, register
from insights.ingest.screenplay import is_screenplay, screenplay_turns
from insights.ingest.speakers import merge_runs, parse_time, split_turns
from insights.ingest.subtitles import Cue, cues_to_utterances, is_cue_list, parse_cues
from insights.ingest.tables import is_note, table_to_transcript
from insights.ingest.typescript import typescript_layout, typescript_turns
from insights.ingest.whatsapp import is_whatsapp_export, whatsapp_header, whatsapp_turns
from insights.ingest.zoomchat import is_zoom_chat, zoom_chat_turns
from insights.models import Transcript, Utterance


def read(data: bytes, *, name: str) -> Transcript:
    text, comments = html_comments_out(decode_text(data, name).lstrip("\ufeff"))
    lines, footnotes = markdown_footnotes_out(text.split("\n"))
    text = "\n".join(lines) if footnotes else text
    transcript = next((read for layout in _LAYOUTS if (read := layout(text, lines, name)) is not None), None)
    if transcript is None:
        metadata, utterances = split_turns(lines)
        transcript = Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    notes = {**({"footnotes": footnotes} if footnotes else {}), **({"comments": comments} if comments else {})}
    return replace(transcript, metadata={**transcript.metadata, **notes}) if notes else transcript


def html_comments_out(text: str) -> tuple[str, str]:
    r"""(the text without HTML comments, the comments): Markdown shows nothing of a `<!-- … -->`, so a researcher
    keeps the typist's notes and time marks in them (`<!-- 04:00 on the recording -->`), none of it anyone's
    words. A `<!--` never closed is left as written.

    Examples:
        >>> html_comments_out("Ann: Yes. <!-- checked -->\n<!-- 04:00\n on the tape -->\nBo: No. <!-- open")
        ('Ann: Yes. \n\n\nBo: No. <!-- open', 'checked\n04:00 on the tape')
    """
    if "<!--" not in text:
        return text, ""
    kept: list[str] = []
    comments: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        comment = text[start + 4:end]
        kept.append(text[position:start] + "\n" * comment.count("\n"))  # its lines stay, blank
        comments.append(" ".join(comment.split()))
        position = end + 3
    kept.append(text[position:])
    return "".join(kept), "\n".join(comment for comment in comments if comment)


_FOOTNOTE = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]?(?P<text>.*)$")
_FOOTNOTE_GOES_ON = re.compile(r"^(?: {4}|\t)\s*\S")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\]")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


def _rule_above_out(lines: list[str], index: int) -> None:
    """The rule (`---`) typed above the footnotes, blank lines between allowed, blanked: it closes the talk."""
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and _RULE.match(lines[above].rstrip()):
        lines[above] = ""


def markdown_footnotes_out(lines: list[str]) -> tuple[list[str], str]:
    r"""(the lines without Markdown footnotes, the footnotes): a note typed up in Typora or Obsidian keeps the
    typist's remarks as footnotes, `[^2]` in the words and `[^2]: He checked the figure.` at the end (its next
    lines indented, a `---` rule above them); none of it is anyone's words. Only references with a definition
    go (`[^x]` without one is left as written), and only where the file defines footnotes at all.

    Examples:
        >>> markdown_footnotes_out(["Ann: Six weeks.[^1] Then more.", "---", "[^1]: He checked.", "    Twice."])
        (['Ann: Six weeks. Then more.', '', '', ''], '[^1]: He checked. Twice.')
    """
    if not any("[^" in line for line in lines):
        return lines, ""
    kept: list[str] = []
    notes: list[str] = []
    labels: set[str] = set()
    in_note = False
    for line in lines:
        found = _FOOTNOTE.match(line.rstrip("\r"))
        if found:
            labels.add(found.group("label"))
            notes.append(f"[^{found.group('label')}]: {found.group('text').strip()}")
        elif in_note and _FOOTNOTE_GOES_ON.match(line):
            notes[-1] += " " + line.strip()
        elif in_note and not line.strip():  # a footnote's next paragraph may follow a blank line
            kept.append("")
            continue
        else:
            in_note = False
            kept.append(line)
            continue
        in_note = True
        kept.append("")
    if not labels:
        return lines, ""
    _rule_above_out(kept, next(index for index, line in enumerate(lines) if _FOOTNOTE.match(line.rstrip("\r"))))
    def defined(reference: re.Match) -> str:  # a set looked up, not an alternation of every label: linear
        return "" if reference.group("label") in labels else reference.group(0)

    return [_FOOTNOTE_REFERENCE.sub(defined, line) if "[^" in line else line for line in kept], "\n".join(notes)


# The readers of the layouts a .txt may hold (`_LAYOUTS`, at the end of the module: they are tried in its order).

def _whatsapp_read(text: str, lines: list[str], name: str) -> Transcript | None:
    if is_whatsapp_export(lines) and (utterances := whatsapp_turns(lines)):
        return Transcript(source=name, utterances=utterances, metadata=whatsapp_header(lines), format="txt")
    return None


def _zoom_chat_read(text: str, lines: list[str], name: str) -> Transcript | None:
    if is_zoom_chat(lines) and (read := zoom_chat_turns(lines))[1]:
        metadata, utterances = read
        return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    return None


def _live_captions_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """A CART reporter's rough draft: its wrapped lines are no labels, so it is not read line by line. Tried after
    the cue lists: broadcast captions saved as cues write `>> NAME: ` too."""
    if is_live_captions(lines) and (read := caption_turns(lines))[1]:
        metadata, utterances = read
        return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    return None


def _imessage_read(text: str, lines: list[str], name: str) -> Transcript | None:
    if is_imessage_export(lines) and (utterances := imessage_turns(lines)):
        return Transcript(source=name, utterances=utterances, format="txt")
    return None


def _styled_divs_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """Markdown for pandoc, a fenced div per turn styled as its speaker (`::: {custom-style="Informant"}`)."""
    if is_styled_turns(lines) and (read := styled_turns(lines))[1]:
        metadata, utterances = read
        return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    return None


def _typescript_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """A fixed-width typescript, the initials in a margin: it has no `Name:` labels to read line by line."""
    if (layout := typescript_layout(lines)) and (read := typescript_turns(lines, *layout))[1]:
        metadata, utterances = read
        return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    return None


def _screenplay_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """A filmed interview typed up as a screenplay (Final Draft's text export): its labels are indented capitals
    above the dialogue, not line openings."""
    if is_screenplay(lines) and (read := screenplay_turns(lines))[1]:
        metadata, utterances = read
        return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    return None


def _label_track_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """Audacity's labels exported as text: no header, so tried before the tab tables."""
    if _is_label_track(lines):
        metadata, utterances = label_track_turns(lines)
        if utterances:
            return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")
    return None


def _tab_table_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """ELAN and other tools export tab-separated tables as .txt."""
    if not _is_tab_table(text):
        return None
    try:
        table = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
        return replace(table_to_transcript(table, name=name, format="txt"), format="txt")
    except (UnreadableFile, pd.errors.ParserError, ValueError):
        return None  # not a transcript table after all: read the lines as they are


_MAIL_SUBJECT = frozenset({"subject", "ämne", "sent", "skickat", "date", "datum"})  # one beside the sender
# A sign-off: "/Jonas" (as Swedes sign), "Mvh", "Best regards," ...; the signature is below it.
_SIGN_OFF = re.compile(r"^\s*(?:/\s*[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*)?|(?:mvh|med vänlig(?:a)? hälsning(?:ar)?"
                       r"|vänliga hälsningar|hälsningar|kram|best regards|kind regards|regards|best wishes|best"
                       r"|many thanks|thanks|cheers)[,!]?)\s*$", re.IGNORECASE)


def _is_sign_off(lines: list[str], index: int) -> bool:
    """Is the line a sign-off (`/Jonas`, `Best regards,`), a paragraph of its own start (an empty line above it)? A
    `Thanks` going on from the line above is someone's words.

    Examples:
        >>> _is_sign_off(["F: Bye.", "", "/Jo"], 2), _is_sign_off(["F:", "Thanks"], 1)
        (True, False)
    """
    return bool(_SIGN_OFF.match(lines[index])) and (index == 0 or not lines[index - 1].strip())


def _email_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """A transcript typed into an e-mail that was saved as text (Outlook's Save As > Text Only); None where the
    file is no e-mail or the e-mail holds no labelled turns. See `email_turns`."""
    if (read := email_turns(lines)) is None:
        return None
    metadata, utterances = read
    return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")


def email_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]] | None:
    r"""(metadata, turns) of an e-mail that holds a transcript, or None. The e-mail is known by its header, its first
    lines `From:` and `Subject:` or `Sent:` (`Från:`, `Ämne:`, `Skickat:`), which look like labels but are the
    header; the talk is read in the body (`split_turns`: the greeting and the words about who is who, above the
    first label, are the header), which ends at the earlier e-mail a reply quotes (below Outlook's line of
    underscores) and at the sign-off (`/Jonas`, `Mvh`, `Best regards`): that, the signature below it and the
    writer's closing lines between the last labelled paragraph and the sign-off are the footer.

    Examples:
        >>> mail = ["From:\tJo Lund", "Sent:\t6 November 2025 16:52", "Subject:\tRE: interview", "", "Hi Lina,",
        ...         "", "J: Hello?", "", "F: Yes, I hear you.", "", "J: Thanks.", "", "F: Bye.", "", "Shout if unclear!",
        ...         "", "/Jo", "", "________________________________", "From: Lina <lina@x.se>", "Hi Jo,"]
        >>> metadata, turns = email_turns(mail)
        >>> [(turn.speaker, turn.text) for turn in turns], metadata["footer"][:17]
        ([('J', 'Hello?'), ('F', 'Yes, I hear you.'), ('J', 'Thanks.'), ('F', 'Bye.')], 'Shout if unclear!')
    """
    fields: dict[str, str] = {}
    index = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    while index < len(lines) and (field := mail_field(lines[index])):
        fields.setdefault(field.group("key").capitalize(), field.group("value").strip())
        index += 1
    keys = {key.lower() for key in fields}
    if not keys & MAIL_SENDER or not keys & _MAIL_SUBJECT:
        return None
    end = next((at for at in range(index, len(lines)) if QUOTED_MAIL.match(lines[at])), len(lines))
    body = lines[index:end]
    sign_off = next((at for at in range(len(body) - 1, -1, -1) if _is_sign_off(body, at)), len(body))
    read, turns = split_turns(body[:sign_off])
    speakers = {turn.speaker for turn in turns} - {"unknown"}
    if not speakers:
        return None
    if sign_off < len(body):  # the writer's closing above the sign-off is no one's turn
        names = "|".join(map(re.escape, sorted(speakers, key=len, reverse=True)))
        label = re.compile(rf"^\W{{0,4}}(?:{names})(?!\w)")
        last = max((at for at in range(sign_off) if label.match(body[at].strip())), default=None)
        if last is not None:
            sign_off = next((at for at in range(last, sign_off) if not body[at].strip()), sign_off)
            read, turns = split_turns(body[:sign_off])
    header = [line.strip() for line in lines[:index] if line.strip()] + ([read["header"]] if read.get("header") else [])
    footer = "\n".join(line.strip() for line in body[sign_off:] + lines[end:] if line.strip())
    metadata = {**fields, **read, "header": "\n".join(header)}
    return ({**metadata, "footer": footer} if footer else metadata), turns


def _cue_list_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """Captions saved as .txt (Panopto's download): read as SubRip."""
    if is_cue_list(lines) and (utterances := cues_to_utterances(parse_cues(lines))):
        return Transcript(source=name, utterances=utterances, format="txt")
    return None


_LABEL_LINE = re.compile(r"^(?P<start>\d+(?:[.,]\d+)?)\t(?P<end>\d+(?:[.,]\d+)?)\t(?P<text>[^\t]*)$")
_SPECTRAL_LINE = re.compile(r"^\\\t")  # Audacity's frequency range under a label of a spectral selection


def _is_label_track(lines: list[str]) -> bool:
    r"""An Audacity label track exported as text: `start<TAB>end<TAB>label`, seconds, no header, on three lines
    at least and nearly every line with text (its spectral `\<TAB>low<TAB>high` lines aside). Exactly three
    fields and the first line a label: a header line (`start<TAB>end<TAB>text`) or a fourth field makes it a tab
    table (`_is_tab_table`), such as Excel's "Text (Tab delimited)" or Whisper's .tsv.

    Examples:
        >>> _is_label_track(["1.0\t2.5\tRuth: Hello.", "2.5\t3.0\tWelcome.", "9.5\t11.0\tJo: Hi."])
        True
        >>> _is_label_track(["start\tend\ttext", "0\t3500\tHello.", "4000\t7500\tWelcome.", "8000\t9000\tHi."])
        False
        >>> _is_label_track(["1\t1\tI\tHello.", "2\t1\tIP\tHi.", "3\t2\tI\tWelcome."])
        False
    """
    filled = [line.rstrip("\r") for line in lines[:500] if line.strip() and not _SPECTRAL_LINE.match(line)]
    labels = sum(bool(_LABEL_LINE.match(line)) for line in filled)
    return labels >= 3 and labels >= 0.9 * len(filled) and bool(_LABEL_LINE.match(filled[0]))


def label_track_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    r"""(metadata, turns) of an Audacity label track (`_is_label_track`), as a transcription plugin (OpenVINO's
    Whisper) writes it, a label per segment, and a researcher names the speakers: each label is a cue, so one
    opening with a believed `Name: ` starts that speaker's turn and one without goes on with the turn above.
    Labels before the first name are a note about the file (the header); a point label (start = end) wholly in
    brackets is the researcher's note (`[tea break]`), not a turn.

    Examples:
        >>> track = ["0.000000\t0.000000\tFG1, Whisper small.", "1.0\t2.5\tRuth: Hello.", "2.5\t3.0\tWelcome.",
        ...          "9.0\t9.0\t[tea break]", "9.5\t11.0\tJo: Hi."]
        >>> _meta, turns = label_track_turns(track)
        >>> _meta, [(turn.speaker, turn.text, turn.start_s) for turn in turns]
        ({'header': 'FG1, Whisper small.'}, [('Ruth', 'Hello. Welcome.', 1.0), ('Jo', 'Hi.', 9.5)])
    """
    cues = []
    for line in lines:
        found = _LABEL_LINE.match(line.rstrip("\r"))
        if not found or not found.group("text").strip():
            continue
        start, end = (float(found.group(key).replace(",", ".")) for key in ("start", "end"))
        text = " ".join(found.group("text").split())
        if start == end and is_note(text):
            continue
        cues.append(Cue(start, end, text))
    turns = cues_to_utterances(cues)
    named = next((index for index, turn in enumerate(turns) if turn.speaker != "unknown"), 0)
    header = "\n".join(turn.text for turn in turns[:named])
    turns = [replace(turn, turn=index) for index, turn in enumerate(turns[named:])]
    return ({"header": header} if header else {}), turns


_TIMECODE = r"\d{1,2}:\d{2}:\d{2}(?:[.:;,]\d{1,3})?"
_RECORD = re.compile(rf"^(?P<start>{_TIMECODE})\t(?P<end>{_TIMECODE})\t(?P<speaker>[^\t]*)\t(?P<text>[^\t]*)$")


def _timed_records_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """InqScribe's File > Export > Tab-delimited Text: no header, so tried before the tab tables."""
    if _is_timed_record_list(lines) and (utterances := timed_record_turns(lines)):
        return Transcript(source=name, utterances=utterances, format="txt")
    return None


def _is_timed_record_list(lines: list[str]) -> bool:
    r"""Records of `start<TAB>end<TAB>speaker<TAB>text` with timecodes (InqScribe's `00:03:12.14`, frames after
    the dot), no header: three at least, nearly every line with text one, the first line too (a header line
    `Start<TAB>End<TAB>Speaker<TAB>Text` makes it a tab table, read by its column names).

    Examples:
        >>> _is_timed_record_list(["00:00:06.00\t00:00:19.13\tKARIN\tHej.", "00:00:19.14\t00:00:34.08\t\tVi börjar.",
        ...                        "00:00:34.09\t00:00:36.24\tEMMA\tJa."])
        True
        >>> _is_timed_record_list(["Start\tEnd\tSpeaker\tText", "00:00:06.00\t00:00:19.13\tKARIN\tHej.",
        ...                        "00:00:19.14\t00:00:34.08\t\tVi börjar.", "00:00:34.09\t00:00:36.24\tEMMA\tJa."])
        False
    """
    filled = [line.rstrip("\r") for line in lines[:500] if line.strip()]
    records = sum(bool(_RECORD.match(line)) for line in filled)
    return records >= 3 and records >= 0.9 * len(filled) and bool(_RECORD.match(filled[0]))


def timed_record_turns(lines: list[str]) -> list[Utterance]:
    r"""The turns of InqScribe's tab-delimited records (`_is_timed_record_list`): the typist puts a timecode at each
    change of speaker and inside long turns, so a record with a speaker starts that speaker's turn and one without
    goes on with the turn above, except a record wholly in brackets (`[Paus – uppkopplingen bröts]`), the typist's
    note; a vertical tab (ASCII 11), InqScribe's line break inside a record, is a space. Where no record names a
    speaker, each record is a turn of `unknown`, as typed.

    Examples:
        >>> turns = timed_record_turns(["00:00:06.00\t00:00:19.13\tKARIN\tHej och\x0bvälkomna.",
        ...                             "00:00:19.14\t00:00:34.08\t\tVi börjar.", "00:00:34.09\t00:00:35.00\t\t[Paus]",
        ...                             "00:00:35.01\t00:00:36.24\tEMMA\tJa."])
        >>> [(turn.speaker, turn.text, turn.start_s) for turn in turns]
        [('KARIN', 'Hej och välkomna. Vi börjar.', 6.0), ('EMMA', 'Ja.', 35.01)]
    """
    records = [found for line in lines if (found := _RECORD.match(line.rstrip("\r")))]
    named = any(record.group("speaker").strip() for record in records)
    turns: list[Utterance] = []
    for record in records:
        text = " ".join(record.group("text").replace("\x0b", " ").split())
        speaker = " ".join(record.group("speaker").split())
        start, end = parse_time(record.group("start")), parse_time(record.group("end"))
        if not text or (not speaker and is_note(text)):
            continue
        if named and not speaker and turns:
            turns[-1].text += " " + text
            turns[-1].end_s = end
            continue
        turns.append(Utterance(speaker=speaker or "unknown", text=text, turn=len(turns), start_s=start, end_s=end))
    return merge_runs(turns) if named else turns


_TABLE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s{0,3}\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")


def markdown_table(lines: list[str]) -> tuple[int, int, pd.DataFrame] | None:
    r"""(its first line, the line after it, its rows) of the pipe table a Markdown transcript holds (a Word table
    converted by pandoc: `| Time | Speaker | Transcript |`, a `|---|` rule below the header), or None. Tables
    further down with the same header (a page each) go on with the first; the cells lose their Markdown escapes
    (`\[laughs\]` is `[laughs]`).

    Examples:
        >>> start, end, rows = markdown_table(["# FG2", "", "| Speaker | Text |", "|---|---|",
        ...                                    "| Ann | Hi \\[laughs\\] |", "|  | Yes. |", "", "Notes."])
        >>> start, end, rows.values.tolist()
        (2, 6, [['Ann', 'Hi [laughs]'], ['', 'Yes.']])
    """
    start = next((index for index in range(len(lines) - 1)
                  if _TABLE_ROW.match(lines[index]) and _TABLE_RULE.match(lines[index + 1])), None)
    if start is None:
        return None
    header = _table_cells(lines[start])
    rows: list[list[str]] = []
    index = end = start + 2
    while index < len(lines):
        line = lines[index]
        if _TABLE_ROW.match(line) and not (index + 1 < len(lines) and _TABLE_RULE.match(lines[index + 1])):
            cells = _table_cells(line)
            rows.append((cells + [""] * len(header))[:len(header)])
        elif _TABLE_ROW.match(line) and _table_cells(line) == header:  # the next page's table
            index += 1
        elif line.strip():
            break
        index += 1
        end = index if line.strip() else end
    return start, end, pd.DataFrame(rows, columns=header, dtype=str)


def _pipe_table_read(text: str, lines: list[str], name: str) -> Transcript | None:
    r"""The transcript a Markdown pipe table holds (a Word table converted by pandoc), the lines above it its header
    and those below it its footer (a report's paragraphs after a table of answers: nothing is dropped); None where
    the table is no transcript, or holds fewer turns than the labelled lines around it (a table of quotes or of
    the participants beside the talk), or when there is no pipe table.

    Examples:
        >>> lines = ["# Q4", "", "| Participant | Answer |", "|---|---|", "| P1 | A leaflet. |", "| P4 | A phone. |",
        ...          "| P7 | A letter. |", "", "These answers show a barrier.", "Next steps: Friday."]
        >>> transcript = _pipe_table_read("", lines, "q4.md")
        >>> [turn.speaker for turn in transcript.utterances], transcript.metadata
        (['P1', 'P4', 'P7'], {'header': '# Q4', 'footer': 'These answers show a barrier.\nNext steps: Friday.'})
    """
    return _table_between_lines(lines, markdown_table(lines), name)


def _grid_table_read(text: str, lines: list[str], name: str) -> Transcript | None:
    """The transcript a Markdown grid table holds (`grid_table`), read as a pipe table's (`_pipe_table_read`)."""
    return _table_between_lines(lines, grid_table(lines), name)


def _table_between_lines(lines: list[str], table: tuple[int, int, pd.DataFrame] | None, name: str) -> Transcript | None:
    """The transcript a table inside a text holds (its first line, the line after it, its rows), the lines above it
    the header and those below it the footer; None where there is no table, it is no transcript, or it holds fewer
    turns than the labelled lines around it."""
    if table is None:
        return None
    start, end, rows = table
    try:
        transcript = table_to_transcript(rows, name=name, format="txt")
    except UnreadableFile:
        return None
    _metadata, around = split_turns(lines[:start] + lines[end:])
    if sum(turn.speaker != "unknown" for turn in around) > len(transcript.utterances):
        return None
    header = "\n".join(line.strip() for line in lines[:start] if line.strip())
    footer = "\n".join(line.strip() for line in lines[end:] if line.strip())
    metadata = {**({"header": header} if header else {}), **transcript.metadata, **({"footer": footer} if footer else {})}
    return replace(transcript, format="txt", metadata=metadata)


_GRID_BORDER = re.compile(r"^\s{0,3}\+(?:[-=:]+\+)+\s*$")
_GRID_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")


def grid_table(lines: list[str]) -> tuple[int, int, pd.DataFrame] | None:
    r"""(its first line, the line after it, its rows) of the grid table a Markdown transcript holds, or None: pandoc
    writes a Word table so (`pandoc -t markdown`) when its cells are too long for a pipe table or hold several
    paragraphs. `+---+` lines part the rows, a `+===+` line closes the header; a cell's text is wrapped over the
    row's lines between the `|` at the border's `+` positions, its lines joined with a space and its paragraphs
    (an empty cell line between) with a newline. A table without a `+===+` line has no header.

    Examples:
        >>> start, end, rows = grid_table(["# FG1", "", "+-----+------+", "| Who | Said |", "+=====+======+",
        ...                                "| Ann | Hi,  |", "|     | all. |", "|     |      |", "|     | So.  |",
        ...                                "+-----+------+", "|     | Yes. |", "+-----+------+", "", "Notes."])
        >>> start, end, rows.columns.tolist(), rows.values.tolist()
        (2, 12, ['Who', 'Said'], [['Ann', 'Hi, all.\nSo.'], ['', 'Yes.']])
    """
    start = next((index for index in range(len(lines) - 1)
                  if _GRID_BORDER.match(lines[index]) and "=" not in lines[index] and _GRID_ROW.match(lines[index + 1])),
                 None)
    if start is None:
        return None
    border = lines[start].rstrip()
    bounds = [position for position, char in enumerate(border) if char == "+"]
    header: list[str] | None = None
    rows: list[list[str]] = []
    cells: list[list[str]] = [[] for _ in bounds[1:]]
    index = start + 1
    while index < len(lines) and (_GRID_ROW.match(lines[index]) or _GRID_BORDER.match(lines[index])):
        line = lines[index]
        if _GRID_ROW.match(line):
            for cell, piece in zip(cells, _grid_cells(line, bounds)):
                cell.append(piece)
        elif any(cells):
            row = [_cell_text(cell) for cell in cells]
            if header is None and "=" in line and not rows:
                header = [cell or f"Unnamed: {column}" for column, cell in enumerate(row)]
            else:
                rows.append(row)
            cells = [[] for _ in bounds[1:]]
        index += 1
    columns = header or [f"Unnamed: {column}" for column in range(len(bounds) - 1)]
    return start, index, pd.DataFrame(rows, columns=columns, dtype=str)


def _grid_cells(line: str, bounds: list[int]) -> list[str]:
    """A grid table row line's pieces of its cells, cut at the border's `+` positions; where the `|` are not
    there (a wide character, a cell spanning columns), cut at each `|`."""
    line = line.rstrip()
    if len(line) == bounds[-1] + 1 and all(line[position] == "|" for position in bounds):
        return [line[left + 1:right] for left, right in zip(bounds, bounds[1:])]
    pieces = _CELL_BORDER.split(line.strip()[1:-1])
    return (pieces + [""] * len(bounds))[:len(bounds) - 1]


def _cell_text(pieces: list[str]) -> str:
    """A grid cell's lines as text: wrapped lines joined with a space, paragraphs with a newline, unescaped."""
    paragraphs = re.split(r"\n\s*\n", "\n".join(piece.strip() for piece in pieces).strip())
    return "\n".join(_MARKDOWN_ESCAPE.sub(r"\1", " ".join(paragraph.split())) for paragraph in paragraphs
                     if paragraph.strip())


def _html_table_read(text: str, lines: list[str], name: str) -> Transcript | None:
    r"""The transcript a raw HTML table holds in a Markdown file, the lines above it its header and those below it
    its footer: pandoc (`-t gfm`) writes a Word table so when it cannot be a pipe table (a cell of two paragraphs, a
    merged row), `<p>` in every cell. None when there is no `<table>` or it holds no transcript.

    Examples:
        >>> lines = ["# Intervju 3", "<table>", "<thead><tr><th><p>Talare</p></th><th><p>Yttrande</p></th></tr></thead>",
        ...          "<tbody><tr><td><p>Lina</p></td><td><p>Hur b&ouml;rjade det?</p></td></tr>",
        ...          '<tr><td colspan="2"><p>[Telefonen ringer.]</p></td></tr>',
        ...          "<tr><td><p>Birgitta</p></td><td><p>Med ett brev.</p><p>Sen ingenting.</p></td></tr>",
        ...          "</tbody></table>", "", "Slut."]
        >>> transcript = _html_table_read("", lines, "i3.md")
        >>> [(turn.speaker, turn.text) for turn in transcript.utterances], transcript.metadata
        ([('Lina', 'Hur började det?'), ('Birgitta', 'Med ett brev.\nSen ingenting.')], {'header': '# Intervju 3', 'footer': 'Slut.'})
    """
    return _table_between_lines(lines, html_table(lines), name)


_TABLE_OPEN = re.compile(r"^\s{0,3}<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


def html_table(lines: list[str]) -> tuple[int, int, pd.DataFrame] | None:
    """(its first line, the line after it, its rows) of the first HTML table in a text, its first row the header,
    or None. A cell's paragraphs (`<p>`, `<br>`) are its lines and entities are decoded; a row merged across the
    table (`<td colspan="3">`, a note between turns or a part of the guide) is no one's words and left out."""
    start = next((index for index, line in enumerate(lines) if _TABLE_OPEN.match(line)), None)
    if start is None:
        return None
    end = next((index + 1 for index in range(start, len(lines)) if _TABLE_CLOSE.search(lines[index])), None)
    if end is None:
        return None
    parser = _TableCells()
    parser.feed("\n".join(lines[start:end]))
    parser.close()
    rows = [row for row in parser.rows if any(row)]
    if len(rows) < 2:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    body = [row for row in rows[1:] if not (width >= 2 and len(set(row)) == 1)]
    return start, end, pd.DataFrame(body, columns=rows[0], dtype=str)


class _TableCells(HTMLParser):
    """The cells of an HTML table's rows, as text: a cell merged across columns repeats its text in each (as
    python-docx reads a merged Word cell); a table inside a cell is read as its text."""

    _BREAKS = frozenset({"p", "br", "div", "li", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._span = 1
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
        elif self._depth == 1 and tag == "tr":
            self.rows.append([])
        elif self._depth == 1 and tag in ("td", "th") and self.rows:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() and 0 < int(span) < 100 else 1
        if tag in self._BREAKS and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._depth -= 1
        elif self._depth == 1 and tag in ("td", "th") and self._cell is not None:
            paragraphs = (" ".join(line.split()) for line in "".join(self._cell).split("\n"))
            self.rows[-1].extend(["\n".join(line for line in paragraphs if line)] * self._span)
            self._cell = None
        elif tag in self._BREAKS and self._cell is not None:
            self._cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _table_cells(line: str) -> list[str]:
    r"""A pipe table row's cells, trimmed and unescaped: `| a | b \| c |` -> ['a', 'b | c']."""
    inner = line.strip()[1:]
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [_MARKDOWN_ESCAPE.sub(r"\1", cell.strip()) for cell in _CELL_BORDER.split(inner)]


def _is_tab_table(text: str) -> bool:
    """At least three lines, nearly all with the header's number (two or more) of tabs."""
    lines = [line for line in text.split("\n")[:200] if line.strip()]
    tabs = lines[0].count("\t") if lines else 0
    return len(lines) >= 3 and tabs >= 2 and sum(line.count("\t") == tabs for line in lines) >= 0.9 * len(lines)


def looks_like(data: bytes) -> bool:
    """Plain text is the fallback: anything without NUL bytes, or with a UTF-16 BOM."""
    head = data[:4096]
    return b"\x00" not in head or head[:2] in (b"\xff\xfe", b"\xfe\xff")


# The layouts a .txt may hold besides speaker lines, tried in this order (the most particular first); each reads
# the file or returns None, and a file none of them reads is read line by line (`split_turns`).
_LAYOUTS = (_whatsapp_read, _imessage_read, _zoom_chat_read, _label_track_read, _timed_records_read, _tab_table_read,
            _pipe_table_read, _grid_table_read, _html_table_read, _email_read, _cue_list_read, _live_captions_read,
            _styled_divs_read, _typescript_read, _screenplay_read)

register(Reader("txt", (".txt", ".md", ".text"), read, looks_like, has_signature=False))
