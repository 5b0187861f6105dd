"""WhatsApp chats exported as text ("Export chat", without media), from an iPhone or from Android.

    [19/11/2025, 19:09:44] Kai: im kai im 17          (iPhone: date and time in brackets)
    19/11/2025, 19:09 - Kai: im kai im 17             (Android: date, time and a dash)
    11/19/25, 7:09 PM - Kai: im kai im 17             (either, in a US phone's date and time)

A line opening with the date and time is a message; a line without them is the next line of the
message above. A turn is the run of messages one person sent. What WhatsApp writes itself is no
one's words: the encryption notice (the iPhone puts it under the contact's name), what stands for
a picture or a file (`image omitted`, `<Media omitted>`, `<attached: …>`), a deleted message, and
the mark left on an edited one (`<This message was edited>`); so are the U+200E marks it puts
before them.
"""

from __future__ import annotations

import re

from insights.ingest.speakers import merge_runs, parse_time
from insights.models import Utterance

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]?[AaPp]\.?\s?[Mm]\.?)?"
_MESSAGE = re.compile(rf"^[\u200e\u200f]?(?:\[(?P<date>{_DATE}),?\s+(?P<time>{_CLOCK})\]\s"
                      rf"|(?P<date2>{_DATE}),?\s+(?P<time2>{_CLOCK})\s[-–]\s)(?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<name>[^:]{1,80}?):\s(?P<text>.*)$")
_NO_ONES_WORDS = re.compile(
    r"^(?:Messages and calls are end-to-end encrypted\b.*|Messages to this group are now secured\b.*"
    r"|(?:image|video|audio|sticker|GIF|document|Contact card) omitted|<Media omitted>|<attached: [^>]*>"
    r"|This message was deleted\.?|You deleted this message\.?|Missed (?:voice|video) call\b.*"
    r"|Meddelanden och samtal är end-to-end-krypterade\b.*|(?:bild|video|ljud|dokument) utelämnad"
    r"|Det här meddelandet raderades\.?|<Media utelämnat>)$", re.IGNORECASE)
_EDITED = re.compile(r"\s*[\u200e\u200f]?<(?:This message was edited|Meddelandet har redigerats)>\s*$",
                     re.IGNORECASE)
_MARKS = re.compile(r"[\u200e\u200f]")
_DOTTED = re.compile(r"(?<=\d)\.(?=\d)")  # "19.09.44", as some phones write the time


def is_whatsapp_export(lines: list[str]) -> bool:
    """Messages make up the file: three at least, from two senders or more, and the lines that are not
    messages (the next lines of one) fewer than the messages."""
    filled = [line for line in lines[:500] if line.strip()]
    messages = [found for line in filled if (found := _MESSAGE.match(line)) and _SENDER.match(found.group("rest"))]
    senders = {_SENDER.match(found.group("rest")).group("name") for found in messages}
    return len(messages) >= 3 and len(senders) >= 2 and len(messages) > len(filled) / 2


def whatsapp_turns(lines: list[str]) -> list[Utterance]:
    """The turns of a WhatsApp export (`is_whatsapp_export`): one person's run of messages is one turn, each
    message a line of it; the time of the first message is the turn's start (in seconds of its day).

    Examples:
        >>> chat = ["[19/11/2025, 19:01:38] Kai: \u200eMessages and calls are end-to-end encrypted.",
        ...         "[19/11/2025, 19:05:30] Ruth: Hi Kai!", "Is now ok?", "[19/11/2025, 19:06:10] Kai: yeah",
        ...         "[19/11/2025, 19:06:20] Kai: \u200eimage omitted", "[19/11/2025, 19:06:40] Kai: fine \u200e<This message was edited>"]
        >>> [(turn.speaker, turn.text) for turn in whatsapp_turns(chat)]
        [('Ruth', 'Hi Kai!\\nIs now ok?'), ('Kai', 'yeah\\nfine')]
    """
    messages: list[Utterance] = []
    next_lines: list[list[str]] = []  # each message's lines after its first, joined once at the end
    continuing = False  # whether a line without a date goes on the message above (not on a dropped one)
    for line in lines:
        found = _MESSAGE.match(line)
        sender = _SENDER.match(found.group("rest")) if found else None
        if not found:
            if continuing and line.strip():
                next_lines[-1].append(_MARKS.sub("", line).strip())
            continue
        said = sender.group("text") if sender else ""
        text = _MARKS.sub("", _EDITED.sub("", said) if said.rstrip().endswith(">") else said).strip()
        continuing = bool(sender) and bool(text) and not _NO_ONES_WORDS.match(text)
        if continuing:
            messages.append(Utterance(speaker=_MARKS.sub("", sender.group("name")).strip(), text=text,
                                      turn=len(messages),
                                      start_s=_clock_seconds(found.group("time") or found.group("time2"))))
            next_lines.append([])
    for message, more in zip(messages, next_lines):
        if more:
            message.text = "\n".join([message.text, *more])
    return merge_runs(messages, merge_untimed=True)


def whatsapp_header(lines: list[str]) -> dict[str, str]:
    """What someone typed above the first message ("Interview 3, 12/03/2024"): the transcript's header.

    Examples:
        >>> whatsapp_header(["Interview 3, 12/03/2024", "", "[19/11/2025, 19:05:30] Ruth: Hi Kai!"])
        {'header': 'Interview 3, 12/03/2024'}
    """
    first = next((row for row, line in enumerate(lines) if _MESSAGE.match(line)), len(lines))
    header = "\n".join(line.strip() for line in lines[:first] if line.strip())
    return {"header": header} if header else {}


def _clock_seconds(time: str) -> float | None:
    """A message's time of day in seconds; a time without seconds is hours and minutes, not minutes and seconds.

    Examples:
        >>> _clock_seconds("19:09:44"), _clock_seconds("19.09"), _clock_seconds("7:09 PM")
        (68984.0, 68940.0, 68940.0)
    """
    time = _DOTTED.sub(":", time)
    return parse_time(re.sub(r"^(\d{1,2}:\d{2})(?!:)", r"\1:00", time))

