"""iMessage conversations exported as text by imessage-exporter (`--format txt`), a block per message:

    Nov 20, 2025  8:05:14 PM (Read by you after 3 minutes, 2 seconds)
    +46703318824
    Hej! Absolut.

The date line (`%b %d, %Y %l:%M:%S %p`: the hour padded with a space, so two spaces before a one-digit hour;
what the read receipt says after it in brackets), the sender (`Me`, a phone number, an e-mail address or the
contact's name), the message on the lines below (it may hold empty lines of its own), an empty line. A turn is
the run of messages one person sent. What the exporter writes itself is no one's words: the reactions under a
message (`Reactions:` or `Tapbacks:` and the `Loved by Me` lines below), a reply's `This message responded to an
earlier message.`, an effect's `Sent with Slam`, a picture's or a file's path (`~/Library/Messages/Attachments/…`)
or `Attachment missing!`.
"""

from __future__ import annotations

import re

from insights.ingest.speakers import merge_runs, parse_time
from insights.models import Utterance

_DATE_LINE = re.compile(r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}, \d{4} +"
                        r"(?P<time>\d{1,2}:\d{2}:\d{2} [AP]M)(?: \((?:Read|Delivered)\b[^()]*\))?\s*$")
_REACTIONS = re.compile(r"^\s*(?:Reactions|Tapbacks):\s*$")
_REACTION = re.compile(r"^\s*(?:\S+ by \S.*|Sticker from [^:]+: .*)$")
_NO_ONES_WORDS = re.compile(r"^\s*(?:This message responded to an earlier message\.|Sent with [A-Z][\w ]{2,20}"
                            r"|Attachment missing!|\S*[/\\][Aa]ttachments[/\\]\S+)\s*$")


def is_imessage_export(lines: list[str]) -> bool:
    """Messages make up the file: three date lines at least, the first line with text one of them, each with a
    sender on the next line, and a date line for every five lines with text (a block is three lines or more)."""
    filled = [line for line in lines[:600] if line.strip()]
    dates = [index for index, line in enumerate(filled) if _DATE_LINE.match(line)]
    return (len(dates) >= 3 and dates[0] == 0 and len(dates) >= len(filled) / 5
            and all(index + 1 < len(filled) and not _DATE_LINE.match(filled[index + 1]) for index in dates))


def imessage_turns(lines: list[str]) -> list[Utterance]:
    """The turns of an imessage-exporter text export (`is_imessage_export`): one person's run of messages is one
    turn, each message a line of it; the time of the first message is the turn's start (in seconds of its day).

    Examples:
        >>> chat = ["Nov 20, 2025  7:51:23 PM", "Me", "Hi Johan! First, your mum?", "",
        ...         "Nov 20, 2025  8:05:14 PM (Read by you after 3 minutes, 2 seconds)", "+46703318824", "Hi!",
        ...         "Reactions:", "Loved by Me", "", "Nov 20, 2025  8:05:29 PM", "+46703318824", "She is 89.", "",
        ...         "She lives alone."]
        >>> [(turn.speaker, turn.text, turn.start_s) for turn in imessage_turns(chat)]
        [('Me', 'Hi Johan! First, your mum?', 71483.0), ('+46703318824', 'Hi!\\nShe is 89.\\nShe lives alone.', 72314.0)]
    """
    messages: list[Utterance] = []
    pieces: list[list[str]] = []  # each message's lines, joined once at the end
    sender_next, reactions = False, False
    for line in lines:
        date = _DATE_LINE.match(line)
        if date:
            messages.append(Utterance(speaker="", text="", turn=len(messages), start_s=parse_time(date.group("time"))))
            pieces.append([])
            sender_next, reactions = True, False
        elif sender_next and line.strip():
            messages[-1].speaker, sender_next = " ".join(line.split()), False
        elif messages and not sender_next and line.strip():
            reactions = bool(_REACTIONS.match(line)) or (reactions and bool(_REACTION.match(line)))
            if not reactions and not _NO_ONES_WORDS.match(line):
                pieces[-1].append(line.strip())
    for message, text in zip(messages, pieces):
        message.text = "\n".join(text)
    return merge_runs([message for message in messages if message.speaker and message.text], merge_untimed=True)
