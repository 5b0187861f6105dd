"""A filmed interview typed up as a screenplay, saved as text (Final Draft's "Export as Text", and the same layout
from other screenwriting tools).

                         LIFT
                 Transcribed from the rushes

    INT. MARJORIE'S HOUSE - HALLWAY - DAY

    A narrow hall. MARJORIE PELL (81) sits in the lift.

                          JO (O.S.)
              How long have you lived here?

                          MARJORIE
                   (smiling)
              Since 1971. My husband Frank
              built the porch.

    She looks at the camera.

                          MARJORIE (CONT'D)
              He had his stroke in this hall.

                                                    CUT TO:

The layout is the structure: a character cue in capitals, indented further than the dialogue below it, right
above the dialogue (no blank line between), each block ending at a blank line. A cue starts that character's turn,
labelled as written (`JO (O.S.)`: the extension for off screen is part of the label), except that `(CONT'D)` says
the turn goes on after an action line: it is left out of the label and the turn continues. The dialogue's wrapped
lines are joined; a parenthetical (`(smiling)`, also `(MORE)` at a page break) is no one's words, kept as the
turn's `parenthetical`. Scene headings, action lines and transitions (`CUT TO:`) at other indents are not speech:
what comes above the first cue (the title page, `FADE IN:`) is the header, the rest the `directions`.
"""

from __future__ import annotations

import re
from collections import Counter

from insights.models import Utterance

_CONTINUED = re.compile(r"\s*\((?:CONT['’]?D|CONT\.?|CONTINUED|CONTINUING)\)", re.IGNORECASE)
_MIN_CUE_INDENT = 8  # Final Draft indents a character cue about 22 spaces, its dialogue about 10


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _cue_name(lines: list[str], index: int) -> str | None:
    """The character a line cues, as written without `(CONT'D)`, or None: capitals (no small letter), indented
    eight spaces or more, not a transition (`CUT TO:`) nor wholly in brackets, and right above a line indented less
    but indented still (the dialogue or a parenthetical)."""
    line = lines[index]
    text = line.strip()
    if (not text or len(text) > 50 or text != text.upper() or not any(char.isalpha() for char in text)
            or text.endswith(":") or text.startswith("(") or _indent(line) < _MIN_CUE_INDENT
            or index + 1 >= len(lines) or not lines[index + 1].strip()
            or not 0 < _indent(lines[index + 1]) < _indent(line)):
        return None
    return " ".join(_CONTINUED.sub("", text).split()) or None


def _cues(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, name) of the character cues, from the first whose name comes back: a title above it in
    capitals over a line indented less is the title page's."""
    found = [(index, name) for index in range(len(lines)) if (name := _cue_name(lines, index))]
    counts = Counter(name for _index, name in found)
    first = next((position for position, (_index, name) in enumerate(found) if counts[name] >= 2), len(found))
    return found[first:]


def is_screenplay(lines: list[str]) -> bool:
    """A screenplay's text (the module's docstring): three character cues at least and two characters who speak
    twice or more each.

    Examples:
        >>> play = ["INT. HALL - DAY", "", "          JO", "     Hello?", "", "          ANN", "     Hi.", "",
        ...         "          JO", "     Tea?", "", "          ANN", "     Yes."]
        >>> is_screenplay(play), is_screenplay([line.strip() for line in play])
        (True, False)
    """
    lines = [line.rstrip("\r").expandtabs() for line in lines]
    cues = _cues(lines)
    counts = Counter(name for _index, name in cues)
    return len(cues) >= 3 and sum(count >= 2 for count in counts.values()) >= 2


def screenplay_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    """(metadata, turns) of a screenplay (`is_screenplay`).

    Examples:
        >>> play = ["TITLE PAGE", "", "          JO (O.S.)", "     Hello?", "", "          ANN", "        (waving)",
        ...         "     Hi, come", "     in.", "", "She sits.", "", "          ANN (CONT'D)", "     Tea?", "", "CUT TO:"]
        >>> metadata, turns = screenplay_turns(play + ["", "          JO (O.S.)", "     Yes."])
        >>> [(turn.speaker, turn.text, turn.metadata) for turn in turns]
        [('JO (O.S.)', 'Hello?', {}), ('ANN', 'Hi, come in.\\nTea?', {'parenthetical': 'waving'}), ('JO (O.S.)', 'Yes.', {})]
        >>> metadata
        {'header': 'TITLE PAGE', 'directions': 'She sits.\\nCUT TO:'}
    """
    lines = [line.rstrip("\r").expandtabs() for line in lines]
    cues = dict(_cues(lines))
    first = min(cues, default=len(lines))
    directions: list[str] = []
    turns: list[Utterance] = []
    index = first
    while index < len(lines):
        if index not in cues:
            if lines[index].strip():
                directions.append(lines[index].strip())
            index += 1
            continue
        speaker = cues[index]
        speech, parentheticals, index = _dialogue(lines, index + 1)
        if turns and turns[-1].speaker == speaker:  # `(CONT'D)`, or the name again after an action line
            turns[-1].text = "\n".join(filter(None, (turns[-1].text, speech)))
        elif speech or parentheticals:
            turns.append(Utterance(speaker=speaker, text=speech, turn=len(turns)))
        if parentheticals:
            previous = turns[-1].metadata.get("parenthetical")
            turns[-1].metadata["parenthetical"] = " | ".join(filter(None, (previous, *parentheticals)))
    header = "\n".join(line.strip() for line in lines[:first] if line.strip())
    metadata = {**({"header": header} if header else {}), **({"directions": "\n".join(directions)} if directions else {})}
    return metadata, [turn for turn in turns if turn.text]


def _dialogue(lines: list[str], index: int) -> tuple[str, list[str], int]:
    """(the words, the parentheticals, the index after the block) of the dialogue block starting at `index`: its
    lines up to a blank one, wrapped lines joined; a parenthetical may wrap over lines, from the line opening with
    `(` to the one closing it."""
    words: list[str] = []
    parentheticals: list[str] = []
    aside: list[str] | None = None
    while index < len(lines) and lines[index].strip():
        text = lines[index].strip()
        if aside is None and text.startswith("(") and ")" not in text[:-1]:
            aside = []
        if aside is not None:
            aside.append(text)
            if text.endswith(")"):
                parentheticals.append(" ".join(aside)[1:-1].strip())
                aside = None
        else:
            words.append(text)
        index += 1
    if aside:  # never closed: words after all
        words.extend(aside)
    return " ".join(words), parentheticals, index
