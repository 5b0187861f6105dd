"""Word documents: speaker paragraphs, speaker/time/text tables, or subtitles opened in Word."""

from __future__ import annotations

import io
from collections import Counter
from typing import NamedTuple

import docx
import pandas as pd
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from insights.errors import UnreadableFile
from insights.ingest.archive import is_zip_with, open_office_zip
from insights.ingest.colours import colour_family
from insights.ingest.columns import match_columns
from insights.ingest.mail import MAIL_SENDER, QUOTED_MAIL, mail_field
from insights.ingest.registry import Reader, register
from insights.ingest.speakers import looks_like_label, merge_runs, parse_time, split_turns
from insights.ingest.subtitles import cues_to_utterances, is_cue_list, parse_cues, timing
from insights.ingest.tables import (
    HEADER_SEARCH_ROWS,
    column_transcript,
    exchange_columns,
    is_header,
    is_note,
    question_and_answer_columns,
    question_answer_turns,
    speaker_column_turns,
)
from insights.models import Transcript, Utterance

_DOCUMENT_XML = "word/document.xml"


class _Paragraph(NamedTuple):
    text: str
    bold: bool  # every run with text is bold
    heading: bool = False  # a Heading, Title or Subtitle style
    colour: str | None = None  # the one font colour of every run with text; None for black, automatic or mixed
    italic: bool = False  # every run with text is italic


def read(data: bytes, *, name: str) -> Transcript:
    open_office_zip(data, name, required_member=_DOCUMENT_XML, kind="Word (.docx)")
    paragraphs: list[_Paragraph] = []
    table_turns: list[Utterance] = []
    # From tables that may be an aside to labelled talk: labels inside a text column (`_text_column_turns`), or a
    # column per speaker guessed from the header alone (`exchange_columns`).
    column_turns: list[Utterance] = []
    for block in _blocks(data, name):
        if isinstance(block, _Paragraph):
            paragraphs.append(block)
        else:
            turns, aside = _table_turns(block)
            (column_turns if aside else table_turns).extend(turns)
    lines = _lines(paragraphs)
    if column_turns and not _labelled_speech(paragraphs):  # else a table of excerpts or questions beside the talk
        table_turns += column_turns
    if table_turns:
        table_turns = merge_runs(table_turns)
        header = "\n".join(line.strip() for line in lines if line.strip())
        metadata = {"header": header} if header else {}
        return Transcript(source=name, utterances=table_turns, metadata=metadata, format="docx")
    if is_cue_list(cue_lines := _cue_lines(paragraphs)) and (cues := subtitle_turns(cue_lines)):
        return Transcript(source=name, utterances=cues[1], metadata=cues[0], format="docx")
    paragraphs, first_mail = _mail_headers_out(paragraphs)
    metadata, utterances = split_turns(_lines(paragraphs, without_section_headings=True))
    if all(turn.speaker == "unknown" for turn in utterances):
        metadata, utterances = (_bold_questions(paragraphs) or _capital_questions(paragraphs)
                                or _coloured_questions(paragraphs) or _italic_questions(paragraphs)
                                or _coloured_answers(paragraphs, first_mail) or (metadata, utterances))
    if not utterances:
        raise UnreadableFile(name, "the document has no text")
    return Transcript(source=name, utterances=utterances, metadata=metadata, format="docx")


def subtitle_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]] | None:
    """(metadata, turns) of subtitles opened in Word and saved as a document (Zoom's .vtt: a paragraph per line, an
    empty one between cues): read as the .vtt, each cue's `Name: ` its speaker's label, the cues of one speaker one
    turn. What is typed above the subtitles (a heading, and `WEBVTT`) is the header. None without turns.

    Examples:
        >>> _meta, turns = subtitle_turns(["FG2, not edited", "", "WEBVTT", "", "1", "00:00:04.100 --> 00:00:09.322",
        ...                                "Ann Lee: Hello.", "", "2", "00:00:09.522 --> 00:00:13.252", "Ann Lee: Hi all.",
        ...                                "", "3", "00:00:14.000 --> 00:00:15.000", "Bo: Hi."])
        >>> _meta, [(turn.speaker, turn.text) for turn in turns]
        ({'header': 'FG2, not edited'}, [('Ann Lee', 'Hello. Hi all.'), ('Bo', 'Hi.')])
    """
    turns = cues_to_utterances(parse_cues(lines))
    if not turns:
        return None
    first = next(index for index, line in enumerate(lines) if timing(line))
    above = [line.strip() for line in lines[:first] if line.strip() and not line.strip().isdigit()]
    header = "\n".join(line for line in above if not line.startswith("WEBVTT"))
    return ({"header": header} if header else {}), turns


def _cue_lines(paragraphs: list[_Paragraph]) -> list[str]:
    r"""The paragraphs' lines as subtitle lines: a paragraph that opens with a cue's timing and holds the cue's
    lines apart by line breaks (Teams' transcript downloaded as .docx, no empty paragraph between cues) ends its
    cue, as a blank line would.

    Examples:
        >>> _cue_lines([_Paragraph("0:0:0.0 --> 0:0:1.510\nAnn Lee\nOK.", False),
        ...             _Paragraph("0:0:3.270 --> 0:0:4.250", False)])
        ['0:0:0.0 --> 0:0:1.510', 'Ann Lee', 'OK.', '', '0:0:3.270 --> 0:0:4.250']
    """
    lines: list[str] = []
    for paragraph in paragraphs:
        cue = paragraph.text.split("\n")
        lines.extend(cue + [""] if len(cue) > 1 and timing(cue[0]) else cue)
    return lines


def _lines(paragraphs: list[_Paragraph], *, without_section_headings: bool = False) -> list[str]:
    """The paragraphs' lines; with `without_section_headings`, a heading below the first paragraph of text
    whose words are not another heading's too (an interview guide's "Del 2 – Hur det började" as Heading 3
    between turns) is a blank line: it is not speech. Headings that come back are speakers' names
    (NVivo's auto-coding wants each turn below its speaker as a heading) and stay."""
    counts = Counter(" ".join(p.text.split()) for p in paragraphs if p.heading)
    first_text = next((i for i, p in enumerate(paragraphs) if p.text.strip() and not p.heading), len(paragraphs))
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        section = paragraph.heading and index > first_text and counts[" ".join(paragraph.text.split())] == 1
        lines.extend([""] if without_section_headings and section else paragraph.text.split("\n"))
    return lines


def _is_heading(paragraph, styles: _Styles) -> bool:
    return styles.paragraph(paragraph).name.lower().startswith(("heading", "title", "subtitle"))


def _bold_questions(paragraphs: list[_Paragraph]) -> tuple[dict[str, str], list[Utterance]] | None:
    """An interview typed without labels, the questions in bold: (metadata, turns), or None if it is not one.

    The talk starts at the first bold question (a title above it is bold too); what comes
    before is the header. Bold paragraphs are the interviewer's, the plain ones below each
    are one answer by an unnamed speaker ("unknown").
    """
    texts = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    start = next((i for i, p in enumerate(texts) if p.bold and p.text.rstrip().endswith("?")), None)
    if start is None:
        return None
    talk = texts[start:]
    questions = [p for p in talk if p.bold]
    asking = sum("?" in p.text for p in questions)
    if len(questions) < 3 or len(talk) - len(questions) < 3 or asking < len(questions) / 2:
        return None
    return _question_turns(texts, start, [p.bold for p in texts])


def _capital_questions(paragraphs: list[_Paragraph]) -> tuple[dict[str, str], list[Utterance]] | None:
    """An interview without labels whose questions are typed in CAPITALS (the answers dictated or typed as
    they came): (metadata, turns) as for bold questions, or None. The questions have two words or more
    and nearly each is followed by an answer, so a document with headings in capitals is not one."""
    texts = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    return _marked_questions(texts, [_in_capitals(p.text) for p in texts])


def _coloured_questions(paragraphs: list[_Paragraph]) -> tuple[dict[str, str], list[Utterance]] | None:
    """An interview without labels whose questions are typed in a colour ("Mina frågor i blått"), the answers
    in black: (metadata, turns) as for bold questions, or None. The talk starts at the first paragraph in the
    questions' colour (the colour of most coloured paragraphs that are not headings); three of them at least,
    half asking something, nearly each followed by an answer, so a document with coloured headings or a
    coloured quote here and there is not one. The interviewer's "Mm." in the colour is a turn of its own.

    Examples:
        >>> blue, black = "0070C0", None
        >>> talk = [("Intervju 4", black), ("Hur började det?", blue), ("Med ett brev.", black), ("Mm.", blue),
        ...         ("Sedan ringde jag.", black), ("Och sedan?", blue), ("Inget.", black)]
        >>> _meta, turns = _coloured_questions([_Paragraph(text, False, colour=colour) for text, colour in talk])
        >>> [(turn.speaker, turn.text) for turn in turns][:3]
        [('Interviewer', 'Hur började det?'), ('unknown', 'Med ett brev.'), ('Interviewer', 'Mm.')]
    """
    texts = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    colours = Counter(p.colour for p in texts if p.colour and not p.heading)
    if not colours:
        return None
    colour = colours.most_common(1)[0][0]
    return _marked_questions(texts, [p.colour == colour and not p.heading for p in texts], asking=True)


def _marked_questions(texts: list[_Paragraph], marked: list[bool], *,
                      asking: bool = False) -> tuple[dict[str, str], list[Utterance]] | None:
    """The turns of an interview whose questions are the `marked` paragraphs (in capitals, in a colour), or
    None unless it looks like one: three questions or more from the first on, as many answers, nearly each
    question followed by an answer, and with `asking`, half of them asking something ("?")."""
    start = next((i for i, question in enumerate(marked) if question), None)
    if start is None:
        return None
    questions = [i for i in range(start, len(texts)) if marked[i]]
    answered = sum(i + 1 < len(texts) and not marked[i + 1] for i in questions)
    asked = sum("?" in texts[i].text for i in questions)
    if (len(questions) < 3 or len(texts) - start - len(questions) < 3 or answered < 0.8 * len(questions)
            or (asking and asked < len(questions) / 2)):
        return None
    return _question_turns(texts, start, marked)


def _coloured_answers(paragraphs: list[_Paragraph], first_mail: int | None = None,
                      ) -> tuple[dict[str, str], list[Utterance]] | None:
    """An interview without labels whose answers are typed in a colour under each question in black (questions
    sent by e-mail or in a document, answered "in red below"): (metadata, turns) as for bold questions, or None.
    Consecutive paragraphs of one colour are one turn (a greeting and the first question are one). Paragraphs in
    grey are the signatures below each mail, not speech. The talk starts below the first pasted mail's header
    (`first_mail`, the paragraph after it; the reply's cover note in the colour is the first turn), else at the
    question above the first answer. Three answers at least, each below a question, half the questions asking
    something and the answers half as wordy as the rest at least, so a document with a coloured quote or note here and there
    is not one.

    Examples:
        >>> red, black = "FF0000", None
        >>> talk = [("Questions by e-mail", black), ("Hi Ann, thanks.", black), ("1. How did it start?", black),
        ...         ("With a letter.", red), ("2. And then?", black), ("I rang.", red), ("Ann Lee, Acme", "7F7F7F"),
        ...         ("3. Why?", black), ("No idea.", red)]
        >>> _meta, turns = _coloured_answers([_Paragraph(text, False, colour=colour) for text, colour in talk])
        >>> [(turn.speaker, turn.text) for turn in turns][:3]
        [('Interviewer', '1. How did it start?'), ('unknown', 'With a letter.'), ('Interviewer', '2. And then?')]
    """
    texts = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    colours = Counter(p.colour for p in texts if p.colour and not p.heading and colour_family(p.colour) != "grey")
    if not colours:
        return None
    colour = colours.most_common(1)[0][0]
    # the talk without the signatures: (paragraph, is an answer)
    talk = [(p, p.colour == colour and not p.heading) for p in texts
            if not (p.colour and colour_family(p.colour) == "grey")]
    first_answer = next(i for i, (_p, answer) in enumerate(talk) if answer)
    below_mail = None if first_mail is None else sum(1 for p in paragraphs[:first_mail] if p.text.strip())
    start = below_mail if below_mail is not None and below_mail <= first_answer else max(first_answer - 1, 0)
    kinds = [answer for _p, answer in talk[start:]]
    answers = sum(answer and (i == 0 or not kinds[i - 1]) for i, answer in enumerate(kinds))
    asked = [talk[start + i][0] for i, answer in enumerate(kinds) if not answer and i + 1 < len(kinds) and kinds[i + 1]]
    if answers < 3 or len(asked) < answers - 1 or sum("?" in p.text for p in asked) < len(asked) / 2:
        return None
    if not _answers_wordier(talk[start:]):
        return None
    return _question_turns([p for p, _answer in talk], start, [not answer for _p, answer in talk], joined=True)


def _answers_wordier(talk: list[tuple[_Paragraph, bool]]) -> bool:
    """Do the coloured answers hold half as many words as the black paragraphs between them at least? Answers typed
    under questions do; quotes a typist coloured in an unlabelled transcript (its answers in black too) do not.

    Examples:
        >>> _answers_wordier([(_Paragraph("How?", False), False), (_Paragraph("By bus, every day.", False), True)])
        True
    """
    said = sum(len(p.text.split()) for p, answer in talk if answer)
    return 2 * said >= sum(len(p.text.split()) for p, answer in talk if not answer)


def _opens_mail(text: str) -> bool:
    """Does the paragraph open an e-mail's header (`From: Ann Lee <ann@x.org>`)?"""
    field = mail_field(text.strip().split("\n", 1)[0])
    return field is not None and field.group("key").lower() in MAIL_SENDER


def _mail_headers_out(paragraphs: list[_Paragraph]) -> tuple[list[_Paragraph], int | None]:
    """The paragraphs with the headers of e-mails pasted into the document (Outlook's `From:` / `Sent:` / `To:` /
    `Subject:` lines, in Swedish `Från:` / `Skickat:` / `Till:` / `Ämne:`, and its `____` separator) made empty,
    not speech; and the position below the first header, where the first mail's text starts (None without mails).
    A header starts with `From:` and has three lines at least.

    Examples:
        >>> mail = ["Interview by e-mail", "From: Ann Lee <ann@x.org>", "Sent: 17 November 2025 10:05",
        ...         "To: Bo <bo@x.org>", "Subject: RE: Questions", "", "Answers below.", "________________"]
        >>> paragraphs, first = _mail_headers_out([_Paragraph(text, False) for text in mail])
        >>> [p.text for p in paragraphs], first
        (['Interview by e-mail', '', '', '', '', '', 'Answers below.', ''], 5)
    """
    def header_lines(paragraph: _Paragraph) -> list[str]:
        lines = [line.strip() for line in paragraph.text.strip().splitlines()]
        return lines if lines and all(mail_field(line) for line in lines) else []

    out = [False] * len(paragraphs)
    first = None
    index = 0
    while index < len(paragraphs):
        end, lines = index, []
        if _opens_mail(paragraphs[index].text):
            while end < len(paragraphs) and (more := header_lines(paragraphs[end])):
                lines += more
                end += 1
        if len(lines) >= 3:
            out[index:end] = [True] * (end - index)
            first = end if first is None else first
            index = end
        else:
            out[index] = QUOTED_MAIL.match(paragraphs[index].text.strip()) is not None
            index += 1
    if first is None:
        return paragraphs, None
    return [p._replace(text="") if blank else p for p, blank in zip(paragraphs, out)], first


def _italic_questions(paragraphs: list[_Paragraph]) -> tuple[dict[str, str], list[Utterance]] | None:
    """An interview without labels whose questions and comments are typed in italics, the answers in plain text:
    (metadata, turns) as for bold questions, or None. A paragraph wholly in italics is the interviewer's, so an
    italic word inside an answer is emphasis; three of them at least, half asking something, nearly each
    followed by an answer, so a document with an italic quote here and there is not one. The guide's parts as
    headings between turns are not speech.

    Examples:
        >>> talk = [("Interview 1", False), ("How did it start?", True), ("With a letter.", False), ("Mm.", True),
        ...         ("Then I rang.", False), ("And then?", True), ("Nothing.", False), ("Really?", True),
        ...         ("Really.", False)]
        >>> _meta, turns = _italic_questions([_Paragraph(text, False, italic=italic) for text, italic in talk])
        >>> [(turn.speaker, turn.text) for turn in turns][:3]
        [('Interviewer', 'How did it start?'), ('unknown', 'With a letter.'), ('Interviewer', 'Mm.')]
    """
    texts = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    # A researcher's notes set participants' words in italics inside quotation marks; questions are not quoted.
    return _marked_questions(texts, [p.italic and not p.heading and not _quoted(p.text) for p in texts], asking=True)


def _quoted(text: str) -> bool:
    """“Why does nobody call back?” as a quote: the whole paragraph inside quotation marks."""
    text = text.strip()
    return len(text) > 2 and text[0] in "“\"«„'‘" and text[-1] in "”\"»“'’"


def _in_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(char.isupper() for char in letters)


def _question_turns(texts: list[_Paragraph], start: int, asked: list[bool], *,
                    joined: bool = False) -> tuple[dict[str, str], list[Utterance]]:
    """The interviewer's marked questions and the unknown speaker's answers from paragraph `start` on (the
    paragraphs below one question are one answer; with `joined`, the marked paragraphs in a row are one turn
    too); the paragraphs above are the header."""
    turns: list[Utterance] = []
    for paragraph, question in zip(texts[start:], asked[start:]):
        if paragraph.heading and not question:  # the guide's part between turns ("Background" as Heading 2)
            continue
        if not question and is_note(paragraph.text):  # "(The recording pauses. …)": the typist's, not the answer's
            continue
        speaker = "Interviewer" if question else "unknown"
        text = " ".join(paragraph.text.split())
        if turns and turns[-1].speaker == speaker and (joined or speaker == "unknown"):
            turns[-1].text += "\n" + text
        else:
            turns.append(Utterance(speaker=speaker, text=text, turn=len(turns)))
    header = "\n".join(p.text.strip() for p in texts[:start])
    return ({"header": header} if header else {}), turns


def _blocks(data: bytes, name: str) -> list[_Paragraph | list[list[str]]]:
    """The document's top-level paragraphs (their text) and tables (rows of cell texts), in order.

    All of python-docx's work happens here, so a damaged package fails as one
    UnreadableFile wherever python-docx notices it: on opening, or only while
    walking a body it took from the wrong part (members swapped in the zip).
    """
    try:
        document = docx.Document(io.BytesIO(data))
        root = document.element.tag.rpartition("}")[2]
        if root != "document":  # e.g. the numbering part's XML put in word/document.xml's place
            raise UnreadableFile(name, f"corrupt Word document (its main part holds <{root[:40]}>, not <document>)")
        styles = _Styles(document)
        return [[_row_texts(row) for row in block.rows] if isinstance(block, Table)
                else _Paragraph(_accepted_text(block), _all_bold(block, styles), _is_heading(block, styles),
                                _one_colour(block, styles), _all_italic(block, styles))
                for block in _body_blocks(document)]
    except UnreadableFile:
        raise
    except Exception as error:  # noqa: BLE001  (python-docx raises many kinds on damaged XML)
        raise UnreadableFile(name, f"corrupt Word document ({_first_line(error)})") from None


# The body's paragraphs and tables, those inside block-level content controls (`w:sdt`) too, in document order
# (lxml gives an XPath union in document order): not inside another paragraph or table, not in a table of contents
# (its entries are the headings again), not in a control still showing its placeholder ("Click or tap here to
# enter text.": nothing was typed).
_BODY_BLOCKS = ("./w:p | ./w:tbl | .//w:sdtContent/*[self::w:p or self::w:tbl][not(ancestor::w:p or ancestor::w:tbl)]"
                "[not(ancestor::w:sdt[w:sdtPr/w:showingPlcHdr or w:sdtPr/w:docPartObj/w:docPartGallery"
                "[@w:val='Table of Contents']])]")


def _body_blocks(document) -> list:
    """The document's top-level paragraphs and tables (python-docx's), also those inside a block-level content
    control: a form's answer typed in a rich-text control (`w:sdt`, "Type the answer in the grey box") holds
    paragraphs that python-docx's `document.paragraphs` and `iter_inner_content` never return, so an interview
    record form would lose every answer."""
    body = document._body
    return [Table(element, body) if element.tag == qn("w:tbl") else Paragraph(element, body)
            for element in body._element.xpath(_BODY_BLOCKS)]


def _accepted_text(paragraph) -> str:
    """The paragraph's text with its tracked changes accepted: what was inserted (`w:ins`, `w:moveTo`) is read,
    what was deleted (`w:del`, `w:moveFrom`) is not. python-docx's `paragraph.text` reads neither, so a
    reviewed transcript would lose its corrections, a corrected speaker label among them. What is typed in an
    inline content control (a form's `Date: [4 December 2025]`) is read too, unless it still shows its placeholder."""
    return "".join(element.text for element in paragraph._p.xpath(
        "w:r | w:hyperlink | w:ins/w:r | w:ins/w:hyperlink | w:moveTo/w:r | w:moveTo/w:hyperlink"
        " | w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/*[self::w:r or self::w:hyperlink]"))


def _cell_text(cell) -> str:
    """The cell's paragraphs, those inside a content control too (a form laid out as a table, the answer in a
    control in the cell beside each question), as `_body_blocks` reads the body."""
    paragraphs = cell._tc.xpath("./w:p | ./w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/w:p")
    return "\n".join(_accepted_text(Paragraph(paragraph, cell)) for paragraph in paragraphs).strip()


def _row_texts(row) -> list[str]:
    """A table row's cell texts, one per column of the grid: a cell merged across columns (`w:gridSpan`) gives its
    text to each, and a cell that continues a merge down the rows (`w:vMerge`) is empty, as Word shows it. A table
    for line-by-line coding (`Line | Speaker | Transcript | Initial codes`, a sentence a row) merges each turn's
    `Speaker` cell down over its rows: the rows below the name go on with that turn. (python-docx's `row.cells`
    repeats the merged cell's text in every row, so each sentence would read as a turn.)"""
    texts: list[str] = []
    for tc in row._tr.tc_lst:
        text = "" if tc.vMerge == "continue" else _cell_text(_Cell(tc, row.table))
        texts.extend([text] * tc.grid_span)
    return texts


class _StyleFormat(NamedTuple):
    name: str
    bold: bool | None  # as the style or the styles it is based on set it; None where none does
    colour: str | None  # likewise
    italic: bool | None  # likewise


class _Styles:
    """A document's paragraph and character styles, each looked up once: python-docx finds a paragraph's or a
    run's style among all the document's styles on every call (the default one by scanning them all), about
    a millisecond a paragraph, which made a long transcript slow to read."""

    def __init__(self, document) -> None:
        self._part = document.part
        self._found: dict[tuple[str | None, WD_STYLE_TYPE], _StyleFormat] = {}

    def paragraph(self, paragraph) -> _StyleFormat:
        return self._format(paragraph._p.style, WD_STYLE_TYPE.PARAGRAPH)

    def run(self, run) -> _StyleFormat:
        return self._format(run._r.style, WD_STYLE_TYPE.CHARACTER)

    def _format(self, style_id: str | None, kind: WD_STYLE_TYPE) -> _StyleFormat:
        key = (style_id, kind)
        if key not in self._found:
            style = self._part.get_style(style_id, kind)
            name = (style.name if style is not None else "") or ""
            self._found[key] = _StyleFormat(name, _style_flag(style, "bold"), _style_colour(style),
                                            _style_flag(style, "italic"))
        return self._found[key]


def _all_bold(paragraph, styles: _Styles) -> bool:
    """Every run with text is bold: by its own formatting, else its character style ("Strong"), else its
    paragraph style (each style as it inherits from its base)."""
    return _all_runs(paragraph, styles, "bold")


def _all_italic(paragraph, styles: _Styles) -> bool:
    """Every run with text is italic, as `_all_bold` finds bold ("Emphasis" as a character style too)."""
    return _all_runs(paragraph, styles, "italic")


def _all_runs(paragraph, styles: _Styles, flag: str) -> bool:
    paragraph_setting = getattr(styles.paragraph(paragraph), flag)
    runs = [run for run in paragraph.runs if run.text.strip()]

    def setting(run) -> bool:
        for value in (getattr(run, flag), getattr(styles.run(run), flag), paragraph_setting):
            if value is not None:
                return value
        return False

    return bool(runs) and all(setting(run) for run in runs)


def _one_colour(paragraph, styles: _Styles) -> str | None:
    """The font colour all its runs with text share (`0070C0`, or a theme colour's name such as `ACCENT_1`): by the
    run's own formatting, else its character style, else its paragraph style. None where it is black or
    automatic, where the runs differ (a coloured word is emphasis), or where there is no text."""
    paragraph_colour = styles.paragraph(paragraph).colour
    colours = {_font_colour(run.font) or styles.run(run).colour or paragraph_colour
               for run in paragraph.runs if run.text.strip()}
    colour = colours.pop() if len(colours) == 1 else None
    return None if colour in (None, "000000", "TEXT_1") else colour


def _font_colour(font) -> str | None:
    """A font's colour as set: its RGB value in hex, or its theme colour's name; None where it sets none."""
    try:
        color = font.color
        if color is None or color.type is None:
            return None
        if color.theme_color is not None:
            return color.theme_color.name
        return str(color.rgb) if color.rgb is not None else None
    except Exception:  # noqa: BLE001  (a damaged colour value is no reason to refuse the words)
        return None


def _style_colour(style) -> str | None:
    """The colour the style or the styles it is based on set; None where none does."""
    while style is not None:
        if (colour := _font_colour(style.font)) is not None:
            return colour
        style = style.base_style
    return None


def _style_flag(style, flag: str) -> bool | None:
    """Bold or italic (`flag`) as the style or the styles it is based on set it; None where none does."""
    while style is not None:
        if (value := getattr(style.font, flag)) is not None:
            return value
        style = style.base_style
    return None


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:160]


def looks_like(data: bytes) -> bool:
    return is_zip_with(data, _DOCUMENT_XML)


def _labelled_speech(paragraphs: list[_Paragraph]) -> bool:
    """The paragraphs read as turns of two or more named speakers."""
    _metadata, turns = split_turns(_lines(paragraphs, without_section_headings=True))
    return len({turn.speaker for turn in turns} - {"unknown"}) >= 2


def _table_turns(rows: list[list[str]]) -> tuple[list[Utterance], bool]:
    """The table's turns, and whether they may be an aside to labelled paragraphs: labels read from inside a text
    column, or speakers guessed from a header without a speaker column (`exchange_columns`)."""
    rows = [row for row in rows if any(row) and not _spans_the_table(row)]
    if not rows or len(rows[0]) < 2:
        return [], False
    width = max(len(row) for row in rows)  # rows of a damaged or merged table differ in length
    rows = _stacked_times_apart([row + [""] * (width - len(row)) for row in rows])
    # A title or note row may sit above the header inside the table, as in spreadsheets.
    header = next((index for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if is_header(row)), None)
    if header is not None:
        body = [row for row in rows[header + 1:] if not _repeats_header(row, rows[header])]
        if question_and_answer_columns(rows[header]):  # one row per question and answer
            return question_answer_turns(pd.DataFrame(body, columns=rows[header])), False
        columns = match_columns(rows[header])
        rows = body
    elif len(rows) > 1 and (per_speaker := exchange_columns(frame := pd.DataFrame(rows[1:], columns=rows[0]))):
        return speaker_column_turns(frame, per_speaker), True
    else:
        columns = _guess_columns(rows)
        if columns is None:
            return _text_column_turns(rows), True
    turns = []
    for row in rows:
        speaker, text = row[columns["speaker"]], row[columns["text"]]
        if not text or (not speaker and is_note(text)):
            continue
        if turns and not speaker:  # a row that continues the turn above
            turns[-1].text += "\n" + text
            continue
        start = parse_time(row[columns["start"]]) if "start" in columns else None
        turns.append(Utterance(speaker=speaker or "unknown", text=text, start_s=start))
    return turns, False


def _stacked_times_apart(rows: list[list[str]]) -> list[list[str]]:
    r"""The rows with a column whose cells stack a speaker over the time, a paragraph each (a transcription
    agency's table: `D3` in bold, `00:12:40` in small grey type below it), split into a speaker column and a time
    column beside it: the time is no part of the name. Nearly every filled cell of the column is so, three at
    least; a cell of the label alone keeps an empty time.

    Examples:
        >>> rows = [["M\n00:00:12", "Välkomna."], ["D1\n00:00:38", "Tack."], ["M\n00:01:02", "Vem börjar?"]]
        >>> _stacked_times_apart(rows)[0]
        ['M', '00:00:12', 'Välkomna.']
    """
    for column in range(len(rows[0]) if rows else 0):
        cells = [row[column] for row in rows if row[column]]
        stacked = [cell for cell in cells if _stacked_time(cell)]
        if len(stacked) >= 3 and len(stacked) >= 0.9 * len(cells):
            return [row[:column] + list(_stacked_time(row[column]) or (row[column], "")) + row[column + 1:]
                    for row in rows]
    return rows


def _stacked_time(cell: str) -> tuple[str, str] | None:
    """(label, time) of a cell of two lines, a label above a time (`D3` / `00:12:40`), else None."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) != 2 or ":" not in lines[1] or parse_time(lines[1].strip("[]()")) is None:
        return None
    return (lines[0], lines[1]) if looks_like_label(lines[0]) and parse_time(lines[0]) is None else None


def _text_column_turns(rows: list[list[str]]) -> list[Utterance]:
    """The turns of a table whose header names a text column but no speaker, the labels inside the text: a
    transcript laid out for interpretative phenomenological analysis (`Emergent themes | Line | Transcript |
    Exploratory comments`, one numbered line a row, `I: ` / `P: ` on a turn's first line), or a Teams transcript
    pasted into one column (`column_transcript`); [] where the column names no speakers."""
    header = next((index for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if "text" in match_columns(row)), None)
    if header is None:
        return []
    found = column_transcript([row[match_columns(rows[header])["text"]] for row in rows[header + 1:]])
    return found[1] if found else []


def _repeats_header(row: list[str], header: list[str]) -> bool:
    """The header row again further down (where parts of a transcript were pasted together): not speech."""
    return [cell.strip().casefold() for cell in row] == [cell.strip().casefold() for cell in header]


def _spans_the_table(row: list[str]) -> bool:
    """A row merged across the table (python-docx repeats the merged cell's text in each column): a
    title above the header, or a note such as "[Paus, cirka tio minuter.]" between turns."""
    return len(row) >= 2 and len(set(row)) == 1


def _guess_columns(rows: list[list[str]]) -> dict[str, int] | None:
    """Without a header row: time = cells that parse as times, text = the longest, speaker = the
    shortest when its cells look like labels and come back (a list of terms and their meanings does not)."""
    width = len(rows[0])
    columns: dict[str, int] = {}
    for index in range(width):
        cells = [row[index] for row in rows if index < len(row) and row[index]]
        if cells and all(":" in cell and parse_time(cell) is not None for cell in cells):
            columns["start"] = index
            break
    rest = [i for i in range(width) if i not in columns.values()]
    lengths = {i: sum(len(row[i]) for row in rows if i < len(row)) for i in rest}
    if len(lengths) < 2:
        return None
    columns["text"] = max(lengths, key=lengths.get)
    speaker = min((i for i in rest if i != columns["text"]), key=lambda i: lengths[i])
    names = [row[speaker] for row in rows if speaker < len(row) and row[speaker]]
    if not names or not all(looks_like_label(name) for name in names) or not _names_come_back(names):
        return None
    columns["speaker"] = speaker
    return columns


def _names_come_back(names: list[str]) -> bool:
    """Speakers take turns: two names or more come back, in half the rows at least (a list of terms
    and their meanings names each term once)."""
    counts = Counter(names)
    again = [count for count in counts.values() if count >= 2]
    return len(again) >= 2 and sum(again) >= len(names) / 2


register(Reader("docx", (".docx",), read, looks_like))
