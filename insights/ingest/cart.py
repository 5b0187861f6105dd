"""Live captions by a remote speech-to-text (CART) reporter, the rough draft saved as text.

    HARROWFIELD DISTRICT COUNCIL
    * * * * *
    This is an unedited rough draft of live captions. …
    * * * * *
    >> ROSIE: Okay, I think we're good. Can everyone see the
    captions on the screen? Alan, is that working for you?
    >> ALAN: It's working.
    (Captioner change: Jo Whitlock to Kam Pillai)
    >> ROSIE: Let's talk about when payments get missed.
    (End of live captioning)

Stenocaptioners write `>>` at each change of speaker and the name, in capitals, when they know it. A line
opening `>> NAME: ` starts NAME's turn and every line below it until the next `>>` goes on with it (the
reporter's software wraps lines at a fixed width, with no indent and no blank line between turns); a `>>`
without a name is a turn of a speaker the reporter could not name (`unknown`). What comes before the first
`>>` is the header (the session, the provider and reporters, the disclaimer). A reporter's note on a line of
its own, wholly in brackets and three words or more (`(Captioner change: Jo Whitlock to Kam Pillai)`, `(End of
live captioning)`), is not speech; a sound inside the words (`(Laughter) Open and shut.`) stays as written.
"""

from __future__ import annotations

import re
from collections import Counter

from insights.ingest.speakers import clean_label, looks_like_label, looks_like_name, merge_runs
from insights.models import Utterance

_CHANGE = re.compile(r"^\s*>>(?!>)\s*(?P<rest>.*)$")
_NAMED = re.compile(r"^(?P<name>[^:\[\]()]{1,60}?):(?:\s+(?P<text>.*)|\s*$)")
_REPORTER_NOTE = re.compile(r"^\s*[(\[](?=(?:[^()\[\]\s]+\s+){2})[^()\[\]]+[)\]]\s*$")


def _named_changes(lines: list[str]) -> Counter[str]:
    """How often each name follows a `>> `."""
    return Counter(clean_label(named.group("name")) for line in lines
                   if (change := _CHANGE.match(line)) and (named := _NAMED.match(change.group("rest"))))


def caption_names(lines: list[str]) -> set[str]:
    """The names the `>> NAME: ` lines give: seen twice, or once and like a name (`>> GUEST 2:`); a `>> So
    the point is: …` line is a speaker change without a name."""
    return {name for name, count in _named_changes(lines).items()
            if looks_like_label(name) and (count >= 2 or looks_like_name(name))}


def is_live_captions(lines: list[str]) -> bool:
    """Speaker changes marked `>> NAME: `: three at least, two names or more seen twice each, and few `Name: `
    lines without the `>>` (a labelled transcript that quotes an e-mail's `>> Ann: …` lines is no captions).

    Examples:
        >>> is_live_captions([">> ANN: Hi.", ">> BO: Hello, how", "are you?", ">> ANN: Fine.", ">> BO: Good."])
        True
        >>> is_live_captions(["> Ann: quoted in a reply", ">> Ann: quoted twice", "My answer."])
        False
        >>> is_live_captions(["Jo: Your reply said:", ">> ANN: Hi.", ">> BO: Hello.", ">> ANN: Fine.", ">> BO: Good.",
        ...                   "Jo: Thanks.", "Ann: Ok."])
        False
    """
    counts = _named_changes(lines)
    recurring = [name for name, count in counts.items() if count >= 2 and looks_like_label(name)]
    changes = sum(counts.values())
    return len(recurring) >= 2 and changes >= 3 and _plain_labels(lines) < max(2, changes / 5)


def _plain_labels(lines: list[str]) -> int:
    """How many lines without a `>>` open with a label (`Jo: `) that opens two such lines at least."""
    counts = Counter(clean_label(named.group("name")) for line in lines
                     if not _CHANGE.match(line) and (named := _NAMED.match(line.strip())))
    return sum(count for name, count in counts.items() if count >= 2 and looks_like_label(name))


def caption_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    """(metadata, turns) of live captions (`is_live_captions`): the lines above the first `>>` are the header,
    each `>>` starts a turn, the lines below it go on with it, joined by a space; a reporter's note on a line of
    its own is no one's words.

    Examples:
        >>> lines = ["COUNCIL TAX FG1", "* * * * *", ">> ROSIE: Can everyone see the", "captions?",
        ...          ">> ALAN: (Laughter) Yes.", "(Captioner change: Jo Whitlock to Kam Pillai)",
        ...          ">> Thanks from the back.", ">> ROSIE: Good.", "(End of live captioning)"]
        >>> metadata, turns = caption_turns(lines)
        >>> metadata, [(turn.speaker, turn.text) for turn in turns]
        ({'header': 'COUNCIL TAX FG1\\n* * * * *'}, [('ROSIE', 'Can everyone see the captions?'), \
('ALAN', '(Laughter) Yes.'), ('unknown', 'Thanks from the back.'), ('ROSIE', 'Good.')])
    """
    names = caption_names(lines)
    header: list[str] = []
    turns: list[Utterance] = []
    pieces: list[list[str]] = []  # each turn's lines, joined once at the end
    for line in lines:
        line = line.strip()
        change = _CHANGE.match(line)
        if change:
            named = _NAMED.match(change.group("rest"))
            if named and clean_label(named.group("name")) in names:
                speaker, text = clean_label(named.group("name")), named.group("text") or ""
            else:
                speaker, text = "unknown", change.group("rest")
            turns.append(Utterance(speaker=speaker, text="", turn=len(turns)))
            pieces.append([text.strip()] if text.strip() else [])
        elif not turns:
            if line:
                header.append(line)
        elif line and not _REPORTER_NOTE.match(line):
            pieces[-1].append(line)
    for turn, words in zip(turns, pieces):
        turn.text = " ".join(words)
    metadata = {"header": "\n".join(header)} if header else {}
    return metadata, merge_runs([turn for turn in turns if turn.text], merge_untimed=True)
