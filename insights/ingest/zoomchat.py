"""Zoom's in-meeting chat saved as text ("Save chat" in the chat panel, or the chat file of a recording), as
when an interview is done in writing.

    18:31:41 From Ella to Everyone:               (Zoom 5 and later: the message on the next lines,
    \thi!                                          each indented by a tab)
    18:31:59 From Rosie Marchant to Everyone:
    \tReacted to "yes I can see it. thanks for l..." with 👍
    00:02:29\t From  Ella : hi!                  (earlier versions: the message on the same line)

Each `hh:mm:ss From Name to Whom:` line names the sender of the message below it (or after its colon); a
turn is one sender's run of messages. A reaction (`Reacted to "…" with 👍`) is no one's words and does
not end the sender's run it falls in.
"""

from __future__ import annotations

import re

from insights.ingest.speakers import merge_runs, parse_time, split_turns
from insights.models import Utterance

# The runs of spaces possessive (`\s++`) and a name ending in no space: a run of spaces is not tried split every
# way, which on a line of many spaces and no colon is slow.
_MESSAGE = re.compile(r"^(?P<time>\d{1,2}:\d{2}:\d{2})\s++From\s++(?P<name>[^:\t]{0,79}?[^:\s])"
                      r"(?:\s++to\s++(?P<to>[^:\t]{0,79}?[^:\s]))?\s*+:(?:[ \t]++(?P<text>\S.*)|\s*$)")
_REACTION = re.compile(r'^Reacted to ".*" with \S{1,12}$')


def is_zoom_chat(lines: list[str]) -> bool:
    """Zoom's chat: three messages at least from two senders or more, and fewer lines outside the messages
    (neither a sender's line nor one indented below it) than messages, none of them above the first message
    a speaker's labelled turn (a transcript with the meeting's chat pasted below it is read as a transcript).

    Examples:
        >>> is_zoom_chat(["10:00:01 From Ann to Everyone:", "\\tHi", "10:00:09 From Bo to Everyone:", "\\tHello",
        ...               "10:00:15 From Ann to Everyone:", "\\tGood."])
        True
        >>> is_zoom_chat(["Notes", "10:00 From Ann: she rang", "It was late.", "10:05 From Bo: again"])
        False
        >>> is_zoom_chat(["Jo: Can you see it?", "Bo: Yes.", "10:00:01 From Jo to Everyone: link", "10:00:09 From Bo to"
        ...               " Everyone: ok", "10:00:15 From Jo to Everyone: bye"])
        False
    """
    filled = [line.rstrip("\r") for line in lines[:500] if line.strip()]
    messages = [found for line in filled if (found := _MESSAGE.match(line))]
    outside = sum(not _MESSAGE.match(line) and not line.startswith("\t") for line in filled)
    if len(messages) < 3 or len({found.group("name") for found in messages}) < 2 or outside >= len(messages):
        return False
    above = next(index for index, line in enumerate(filled) if _MESSAGE.match(line))
    return not above or all(turn.speaker == "unknown" for turn in split_turns(filled[:above])[1])


def zoom_chat_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    """(metadata, turns) of a Zoom chat (`is_zoom_chat`): the lines above the first message are the header; a
    message's lines (their tab gone) are joined by a line break, one sender's messages in a row are one turn,
    its start the first message's time.

    Examples:
        >>> chat = ["10:00:01 From Rosie Marchant to Everyone:", "\\tHi Ella!", "10:00:09 From Ella to Everyone:",
        ...         "\\thi!", "10:00:12 From Rosie Marchant to Everyone:", '\\tReacted to "hi!" with 👍',
        ...         "10:00:15 From Ella to Everyone:", "\\tready when you are", "10:00:20 From Rosie Marchant to Everyone:",
        ...         "\\tGreat."]
        >>> _meta, turns = zoom_chat_turns(chat)
        >>> [(turn.speaker, turn.text, turn.start_s) for turn in turns]
        [('Rosie Marchant', 'Hi Ella!', 36001.0), ('Ella', 'hi!\\nready when you are', 36009.0), ('Rosie Marchant', 'Great.', 36020.0)]
    """
    header: list[str] = []
    messages: list[Utterance] = []
    lines_of: list[list[str]] = []  # each message's lines, joined once at the end
    for line in lines:
        found = _MESSAGE.match(line.rstrip("\r"))
        if found:
            messages.append(Utterance(speaker=" ".join(found.group("name").split()), text="", turn=len(messages),
                                      start_s=parse_time(found.group("time"))))
            lines_of.append([found.group("text").strip()] if found.group("text") else [])
        elif messages and line.strip():
            lines_of[-1].append(line.strip())
        elif line.strip():
            header.append(line.strip())
    for message, said in zip(messages, lines_of):
        message.text = "\n".join(said)
    spoken = [message for message in messages if message.text and not _REACTION.match(message.text)]
    return ({"header": "\n".join(header)} if header else {}), merge_runs(spoken, merge_untimed=True)
