"""What an e-mail pasted or saved into a transcript looks like: the header fields Outlook and other mail clients
write (in English and Swedish) and the line above the earlier e-mail a reply quotes. Read by the Word reader
(`docx._mail_headers_out`) and the plain-text reader (`text.email_turns`)."""

from __future__ import annotations

import re

# "From:<TAB>name", "Sent:", "To:", "Subject:" (Swedish Outlook "Från:", "Skickat:", "Till:", "Ämne:"); "Date:" too.
# The colon is followed by a space, a tab or nothing: "to:do" is no field.
MAIL_FIELD = re.compile(r"^(?P<key>from|sent|date|to|cc|bcc|subject|importance|attachments|från|skickat|datum|till"
                        r"|kopia|ämne|prioritet|bifogade filer):(?!\S)[ \t]*(?P<value>.*)$", re.IGNORECASE)
MAIL_SENDER = frozenset({"from", "från"})
# Where a reply quotes the e-mail it answers: Outlook's line of underscores, or an "Original Message" line.
QUOTED_MAIL = re.compile(r"^\s*(?:_{10,}|-{2,}\s*(?:original message|ursprungligt meddelande|originalmeddelande)\s*-{2,})"
                         r"\s*$", re.IGNORECASE)


def mail_field(line: str) -> re.Match | None:
    """The header field a line is (`From: Ann Lee`: key `From`, value `Ann Lee`), or None.

    Examples:
        >>> mail_field("Från:\\tJonas Lund").group("key", "value"), mail_field("to:do list")
        (('Från', 'Jonas Lund'), None)
    """
    return MAIL_FIELD.match(line.strip())
