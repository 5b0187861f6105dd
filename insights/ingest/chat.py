"""CHAT transcripts (CLAN, TalkBank): `@` header lines, one `*COD:` main tier per utterance, `%` dependent tiers.

    @Begin
    @Participants:	INV Ida Investigator, PAR Johan Participant
    *INV:	kan du berätta lite om dig själv ? 21111_27664
    *PAR:	jag heter Johan . 28566_31510
    *PAR:	jag har CP .
    %com:	Johan skriver med en pekpinne .
    @End

The speaker is the three-letter code; consecutive main tiers of one code are one turn. A line opening with
a tab continues the tier above. Dependent tiers (`%com:`, `%mor:` …) and the media bullets (U+0015
`start_end` U+0015, in milliseconds) are not speech; the first bullet gives the tier its times. The text keeps
CHAT's own marks (` .`, `(.)`, `xxx`, `&-eh`, `+...`). A CHAT file saved as `.txt` is read as CHAT too.
"""

from __future__ import annotations

import re

from insights.errors import UnreadableFile
from insights.ingest.decode import decode_text
from insights.ingest.registry import Reader, register
from insights.ingest.speakers import merge_runs
from insights.models import Transcript, Utterance

_MAIN_TIER = re.compile(r"^\*(?P<code>[^:\s]{1,20}):\s*(?P<text>.*)$")
_MEDIA_BULLET = re.compile(r"\x15(?:[^\x15\n]*?_)?(?P<start>\d+)_(?P<end>\d+)\x15")
_HEADER = re.compile(r"^@(?P<key>[^:\t]+):?\s*(?P<value>.*)$")
_SIGNATURE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*@(?:UTF8|Begin)\s*$", re.MULTILINE)


def read(data: bytes, *, name: str) -> Transcript:
    lines = decode_text(data, name).lstrip("\ufeff").split("\n")
    metadata, utterances = chat_turns(lines)
    if not utterances:
        raise UnreadableFile(name, "no main tiers (*PAR: …) with text found in this CHAT file")
    return Transcript(source=name, utterances=utterances, metadata=metadata, format="chat")


def chat_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    r"""(header fields, turns) of a CHAT file's lines.

    Examples:
        >>> _header, turns = chat_turns(["@Begin", "*INV:\tja ? \x152000_5893\x15", "*PAR:\tnej .", "%com:\tler",
        ...                              "*PAR:\tinte alls", "\t+... .", "@End"])
        >>> [(turn.speaker, turn.text, turn.start_s) for turn in turns]
        [('INV', 'ja ?', 2.0), ('PAR', 'nej .\ninte alls +... .', None)]
    """
    metadata: dict[str, str] = {}
    tiers: list[Utterance] = []
    # A tab-indented line continues the line above: a main tier, a header field, or a dependent tier (dropped).
    in_main_tier, header_key = False, None
    for line in lines:
        if line.startswith("\t"):
            if in_main_tier:
                tiers[-1].text += " " + line.strip()
            elif header_key:
                metadata[header_key] += " " + line.strip()
            continue
        main = _MAIN_TIER.match(line)
        in_main_tier, header_key = main is not None, None
        if main:
            tiers.append(Utterance(speaker=main.group("code"), text=main.group("text"), turn=len(tiers)))
        elif (header := _HEADER.match(line)) and header.group("value").strip():
            header_key, value = header.group("key").strip(), header.group("value").strip()
            # @ID: one line per speaker
            metadata[header_key] = f"{metadata[header_key]}\n{value}" if header_key in metadata else value
    for tier in tiers:
        _timed(tier)
    return metadata, merge_runs([tier for tier in tiers if tier.text and not _no_speech(tier.text)],
                                merge_untimed=True)


def _no_speech(text: str) -> bool:
    """CHAT's `0`: a tier for an action without words (`0 [=! skrattar] .`), not speech.

    Examples:
        >>> _no_speech("0 [=! laughs] ."), _no_speech("0 ."), _no_speech("0 kronor .")
        (True, True, False)
    """
    return re.sub(r"\[[^\]]*\]|[.?!]", " ", text).split() == ["0"]


def _timed(tier: Utterance) -> None:
    """The tier's media bullets dropped from its text; its first bullet's start and last bullet's end are the
    tier's times (milliseconds in CHAT)."""
    bullets = list(_MEDIA_BULLET.finditer(tier.text))
    if bullets:
        tier.start_s, tier.end_s = int(bullets[0].group("start")) / 1000, int(bullets[-1].group("end")) / 1000
    tier.text = " ".join(_MEDIA_BULLET.sub(" ", tier.text).replace("\x15", " ").split())


def looks_like(data: bytes) -> bool:
    """CHAT opens with `@UTF8` and `@Begin` (or `@Begin` alone), whatever the file is called."""
    head = data[:1024]
    return bool(_SIGNATURE.match(head)) and b"@Begin" in head


register(Reader("chat", (".cha",), read, looks_like))
