"""A typescript in a fixed width: the speaker's initials in a margin, the words in a column beside it.

    MÖ = Maria Öberg (intervjuare)   CH = Carina Holm (förvaltare)
    ========================================================================

    MÖ      Du är förvaltare, professionellt. Kan du berätta lite om hur du
            jobbar?

    CH      Ja, jag driver en liten byrå med två kollegor. Vi har runt
            sjuttio huvudmän tillsammans.
    ␌Intervju 3 – förvaltare                                      Sida 2

            Det är en konstig känsla efter sju år.

As a typist lays out a dictation (and a typewriter or a word processor's plain-text output keeps it): no colon after
the label, its words wrapped at a fixed width and the lines below indented to the margin, a blank line between turns.
A line with a label in the margin starts that speaker's turn, the indented lines below go on with it. A form feed
starts a new page: the running header on its first line is the page's, not speech, and the turn cut by the page goes
on below it. What comes above the first label (the title, a key to the initials) is the header.
"""

from __future__ import annotations

from collections import Counter

from insights.ingest.speakers import looks_like_label, merge_runs
from insights.models import Utterance

_MARGINS = range(4, 17)  # where the words start: a tab stop or two, or a few spaces past the longest initials
_PAGE = "\f"


def _margin(lines: list[str]) -> int | None:
    """The column the indented lines start at, the most common indent, if it is a margin's width."""
    indents = Counter(len(line) - len(line.lstrip(" ")) for line in lines if line.startswith(" ") and line.strip())
    if not indents:
        return None
    width, _count = indents.most_common(1)[0]
    return width if width in _MARGINS else None


def _label(line: str, margin: int) -> str | None:
    """The label in the margin of a line whose words start at the margin, or None.

    Examples:
        >>> _label("CH      Ja, jag driver en liten byrå.", 8), _label("        jobbar?", 8)
        ('CH', None)
        >>> _label("Obs: ljudet bröts här.", 8), _label("MÖ = Maria Öberg (intervjuare)", 8)
        (None, None)
    """
    if len(line) <= margin or line[:1].isspace() or line[margin - 1] != " " or line[margin].isspace():
        return None
    name = line[:margin].strip()
    if ":" in name or len(name.split()) > 3 or not looks_like_label(name):  # `Name:` labels are read line by line
        return None
    return name


def _expanded(lines: list[str]) -> list[str]:
    return [line.expandtabs(8).rstrip() for line in lines]


def typescript_layout(lines: list[str]) -> tuple[int, set[str]] | None:
    """(the margin, the names in it) of a typescript with labels in a margin, or None: two names or more recur in
    the margin, three labelled lines at least, and from the first of them on nearly every line with words is a
    labelled line, indented to the margin or further, or a new page's.

    Examples:
        >>> margin, names = typescript_layout(["AB      Hur?", "", "CD      Så här, sa", "        hon.", "",
        ...                                    "AB      Och?", "", "CD      Bra."])
        >>> margin, sorted(names)
        (8, ['AB', 'CD'])
        >>> typescript_layout(["Det var så här.", "        Ett citat.", "Och sen.", "AB      Hur?"]) is None
        True
    """
    lines = _expanded(lines[:2000])
    margin = _margin(lines)
    if margin is None:
        return None
    labels = [_label(line, margin) for line in lines]
    counts = Counter(label for label in labels if label)
    names = {name for name, count in counts.items() if count >= 2}
    if len(names) < 2 or sum(counts[name] for name in names) < 3:
        return None
    first = next(index for index, label in enumerate(labels) if label in names)
    body = [(line, label) for line, label in zip(lines[first:], labels[first:]) if line.strip()]
    laid_out = sum(label in names or line.startswith(_PAGE) or len(line) - len(line.lstrip(" ")) >= margin
                   for line, label in body)
    return (margin, names) if laid_out >= 0.9 * len(body) else None


def typescript_turns(lines: list[str], margin: int, names: set[str]) -> tuple[dict[str, str], list[Utterance]]:
    """(metadata, turns) of a typescript (`typescript_layout`): a labelled line starts a turn, the lines below go
    on with it (a blank line between two of its paragraphs), the line a form feed opens is the page's header (unless
    it is labelled or indented: words typed on at the top of the page) and the turn goes on below it.

    Examples:
        >>> lines = ["INTERVJU 3", "AB      Hur gick", "        det?", "", "CD      Det tog", "\\fIntervju 3    Sida 2",
        ...          "", "        sju år.", "", "AB      Mm."]
        >>> metadata, turns = typescript_turns(lines, 8, {"AB", "CD"})
        >>> metadata, [(turn.speaker, turn.text) for turn in turns]
        ({'header': 'INTERVJU 3'}, [('AB', 'Hur gick det?'), ('CD', 'Det tog sju år.'), ('AB', 'Mm.')])
    """
    header: list[str] = []
    turns: list[Utterance] = []
    pieces: list[list[list[str]]] = []  # each turn's paragraphs, each a list of lines
    top_of_page = new_page = False  # a form feed seen: its line may be the page's header; blank lines are layout
    for line in _expanded(lines):
        if line.startswith(_PAGE):
            line, top_of_page, new_page = line.lstrip(_PAGE), True, True
        label = _label(line, margin)
        if label in names:
            turns.append(Utterance(speaker=label, text="", turn=len(turns)))
            pieces.append([[line[margin:].strip()]])
        elif not turns:
            if line.strip():
                header.append(line.strip())
        elif not line.strip():
            if not new_page and pieces[-1][-1]:
                pieces[-1].append([])
            continue
        elif top_of_page and len(line) - len(line.lstrip(" ")) < margin:
            top_of_page = False  # the page's running header
            continue
        else:
            pieces[-1][-1].append(line.strip())
        top_of_page = new_page = False
    for turn, paragraphs in zip(turns, pieces):
        turn.text = "\n".join(" ".join(paragraph) for paragraph in paragraphs if paragraph)
    metadata = {"header": "\n".join(header)} if header else {}
    return metadata, merge_runs([turn for turn in turns if turn.text], merge_untimed=True)
