"""Markdown written for pandoc with a fenced div per turn, the speaker named only by the div's Word style:

    ---
    title: "Intervju 2"
    reference-doc: transkriptmall.docx
    ---

    Intervju i köket, ca 50 minuter.

    ::: {custom-style="Intervjuare"}
    Hur började det?
    :::

    ::: {custom-style="Informant"}
    Med ett brev från banken.
    :::

pandoc gives a div's paragraphs the Word style its `custom-style` names when it writes a .docx, so a typist who
must hand over Word files in an agency's or a department's template (a style for the interviewer's words, one for
the informant's) types each turn so, in any text editor. The style is the speaker; the div's paragraphs are one
turn, a wrapped line goes on its paragraph. What is outside the styled divs is no one's words: above the first, the
front matter and an opening paragraph (the header), below it the document's own paragraphs (kept as notes). So is a
div styled as a note (`Anteckning`, `Note`, `Kommentar`) or holding only a remark in brackets (`(Telefonen ringer.)`).
"""

from __future__ import annotations

import re
from collections import Counter

from insights.ingest.speakers import NOTE_LABELS, merge_runs
from insights.ingest.tables import is_note
from insights.models import Utterance

# `::: {custom-style="Informant"}`, `::::{#q1 custom-style='Intervjuare'}`; a fence with anything after it opens a
# div, a bare fence of three colons or more closes the innermost.
_FENCE = re.compile(r"^ {0,3}:{3,}(?P<rest>.*)$")
_CUSTOM_STYLE = re.compile(r"""^\{[^{}]*?\bcustom-style\s*+=\s*+(?:"(?P<double>[^"]*+)"|'(?P<single>[^']*+)'"""
                           r"""|(?P<bare>[^\s"'{}]++))[^{}]*+\}\s*+:*+$""")  # possessive: a brace left open fails at once
_NOTE_STYLE = re.compile(r"^(?:anteckning\w*|kommentar\w*|comments?|notes?|remarks?|memo|anm\w*)$")
_HARD_BREAK = re.compile(r"(?:\\| {2,})$")  # pandoc's line break at a line's end


def _style(rest: str) -> str | None:
    """The `custom-style` an opening fence's attributes give, or None (a div of another kind, `::: {.note}`).

    Examples:
        >>> _style('{custom-style="Informant"}'), _style("{#q1 custom-style='Intervjuare' lang=sv}"), _style("{.aside}")
        ('Informant', 'Intervjuare', None)
    """
    found = _CUSTOM_STYLE.match(rest)
    if not found:
        return None
    return " ".join((found.group("double") or found.group("single") or found.group("bare") or "").split()) or None


def _styles(lines: list[str]) -> Counter[str]:
    return Counter(style for line in lines if (fence := _FENCE.match(line)) and (style := _style(fence.group("rest").strip())))


def is_styled_turns(lines: list[str]) -> bool:
    """Three divs with a `custom-style` at least, two styles (the interviewer's and the informant's) used twice each.

    Examples:
        >>> div = lambda style, text: ['::: {custom-style="' + style + '"}', text, ":::", ""]
        >>> is_styled_turns(div("Intervjuare", "Hur?") + div("Informant", "Så.") + div("Intervjuare", "Och?")
        ...                 + div("Informant", "Bra."))
        True
        >>> is_styled_turns(div("Citat", "Ett citat.") + div("Citat", "Ett till."))
        False
    """
    counts = _styles(lines)
    return sum(counts.values()) >= 3 and sum(count >= 2 for count in counts.values()) >= 2


def _is_note_style(style: str) -> bool:
    name = style.lower().strip()
    return name in NOTE_LABELS or bool(_NOTE_STYLE.match(name))


def styled_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    """(metadata, turns) of Markdown with a styled div per turn (`is_styled_turns`): a turn per div, its style the
    speaker, its paragraphs joined by a line break and a paragraph's lines by a space; one style's divs in a row are
    one turn. Lines above the first styled div are the header, other lines outside them and the note divs the notes.

    Examples:
        >>> lines = ["---", "title: FG", "---", "", "Intro.", "", '::: {custom-style="Q"}', "Hur", "började det?",
        ...          ":::", '::: {custom-style="Anteckning"}', "Telefonen ringer.", ":::",
        ...          '::: {custom-style="A"}', "Med ett brev.", "", "Sen ett till.", ":::"]
        >>> metadata, turns = styled_turns(lines)
        >>> metadata, [(turn.speaker, turn.text) for turn in turns]
        ({'header': '---\\ntitle: FG\\n---\\nIntro.', 'notes': 'Telefonen ringer.'}, \
[('Q', 'Hur började det?'), ('A', 'Med ett brev.\\nSen ett till.')])
    """
    header: list[str] = []
    notes: list[str] = []
    turns: list[Utterance] = []
    stack: list[tuple[str | None, list[list[str]] | None]] = []  # each open div's style and paragraphs
    for line in lines:
        fence = _FENCE.match(line)
        if fence and fence.group("rest").strip():
            style = _style(fence.group("rest").strip())
            stack.append((style, [[]] if style else None))
            continue
        if fence:
            if stack:
                style, closed = stack.pop()
                if style is not None:
                    _close_div(style, closed, turns, notes)
            continue
        inner = next((pieces for style, pieces in reversed(stack) if pieces is not None), None)
        text = _HARD_BREAK.sub("", line.rstrip()).strip()
        if inner is None:
            if text:
                (header if not turns and not notes else notes).append(text)
        elif not text:
            if inner[-1]:
                inner.append([])
        else:
            inner[-1].append(text)
    for style, open_div in reversed(stack):  # a div left open at the end of the file closes there
        if style is not None:
            _close_div(style, open_div, turns, notes)
    metadata = {key: "\n".join(value) for key, value in (("header", header), ("notes", notes)) if value}
    return metadata, merge_runs(turns, merge_untimed=True)


def _close_div(style: str, paragraphs: list[list[str]] | None, turns: list[Utterance], notes: list[str]) -> None:
    text = "\n".join(" ".join(paragraph) for paragraph in paragraphs or [] if paragraph)
    if not text:
        return
    if _is_note_style(style) or is_note(" ".join(text.split())):
        notes.append(text)
    else:
        turns.append(Utterance(speaker=style, text=text, turn=len(turns)))
