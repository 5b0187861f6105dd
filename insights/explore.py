"""Data shaping for the dashboard: pure functions over the store's tables.

The dashboard's pages only present what these functions return, so every
number a page shows can be checked here, without Streamlit. Inputs are the
DataFrames `Store` returns (statements with analysis columns, themes,
results, utterances, sessions); nothing here reads files or the network.

Examples:
    >>> import pandas as pd
    >>> statements = pd.DataFrame({
    ...     "statement_id": ["a:1:0", "a:1:1", "b:3:0"], "session": ["a", "a", "b"],
    ...     "speaker": ["Anna", "Anna", "Bo"], "turn": [1, 1, 3], "theme_id": [0, 1, 0],
    ...     "theme_label": ["Fees", "Forms", "Fees"], "journey_stage": ["apply", "apply", "decision"],
    ...     "kind": ["pain", "neutral", "pain"], "sentiment": [-0.5, 0.0, -0.25],
    ...     "text": ["The fee was high.", "The form was long.", "High fees again."]})
    >>> search_statements(statements, "fee")["statement_id"].tolist()
    ['a:1:0', 'b:3:0']
    >>> filter_statements(statements, kinds=["pain"], sessions=["b"])["text"].tolist()
    ['High fees again.']
"""

from __future__ import annotations

import html
import re
import textwrap
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import asdict, replace
from pathlib import PurePath

import numpy as np
import pandas as pd

from insights import journey
from insights.errors import InsightsError, UnreadableFile
from insights.ingest import MAX_FILE_BYTES, too_large
from insights.ingest.participants import is_participants_file
from insights.insights import SMALL_GROUP, people
from insights.journey import StageSet
from insights.store import Store, check_study_name
from insights.study import FileResult, IngestOptions, add_participants, add_transcript, moderators_in

KINDS = ("pain", "praise", "suggestion", "question", "neutral")
OUTLIER = -1

# Okabe & Ito (2008): eight colours told apart with every common colour-vision deficiency.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
OUTLIER_COLOUR = "#BBBBBB"
# With more themes than colours, the marker shape tells themes of one colour apart.
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star")
# Pain share 0 -> 1 as lightness falling towards vermillion: readable without hue vision and in greyscale.
PAIN_SCALE = (("0.0", "#F2F2F2"), ("0.5", "#E69F00"), ("1.0", "#A33A00"))
KIND_COLOURS = {"pain": "#D55E00", "praise": "#009E73", "suggestion": "#0072B2", "question": "#CC79A7",
                "neutral": "#999999"}

SEARCH_LIMIT = 50
CONTEXT_TURNS = 2
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


# --------------------------------------------------------------------------- the study at a glance


def study_counts(statements: pd.DataFrame, themes: pd.DataFrame) -> dict[str, int]:
    """Sessions, speakers (people, as insight cards count them), statements and themes.

    Examples:
        >>> statements = pd.DataFrame({"session": ["i1", "i2", "i2"], "speaker": ["Respondent", "Respondent", "Eva"]})
        >>> themes = pd.DataFrame({"theme_id": [0, 1, 100], "origin": ["discovered", "codebook", "group"]})
        >>> study_counts(statements, themes)
        {'sessions': 2, 'speakers': 3, 'statements': 3, 'themes': 2}
    """
    return {
        "sessions": int(statements["session"].nunique()),
        "speakers": int(people(statements).nunique()) if len(statements) else 0,
        "statements": int(len(statements)),
        "themes": int((themes["origin"] != "group").sum()) if len(themes) else 0,
    }


def study_language(sessions: pd.DataFrame) -> str | None:
    """The interface language that suits a study: Swedish when most of its sessions are, else
    English; None while it has no sessions (nothing to go by yet).

    Examples:
        >>> study_language(pd.DataFrame({"language": ["sv", "sv", "en"]}))
        'sv'
        >>> study_language(pd.DataFrame({"language": []})) is None
        True
    """
    languages = sessions["language"].dropna()
    languages = languages[languages != ""]
    if languages.empty:
        return None
    return "sv" if languages.value_counts().index[0] == "sv" else "en"


def attribute_columns(statements: pd.DataFrame) -> list[str]:
    """Participant attributes joined onto the statements (segment first when there is one)."""
    from insights.store import STATEMENT_COLUMNS

    found = [c for c in statements.columns if c not in STATEMENT_COLUMNS]
    return sorted(found, key=lambda column: (column != "segment", found.index(column)))


def run_stage_set(run: dict | None) -> StageSet:
    """The stage set an analysis run used; the generic journey when it cannot be found any more."""
    name = ((run or {}).get("settings") or {}).get("stages")
    if not name:
        return journey.default_stage_set()
    try:
        return journey.named_stage_set(name)
    except InsightsError:  # a custom stage file moved since the run; stage ids still show
        return journey.default_stage_set()


def default_stage_choice(study: str, run: dict | None, available: Sequence[str]) -> str:
    """Stage set to offer for the next run: the last run's, else one named like the study, else the generic one.

    Examples:
        >>> default_stage_choice("bygglov", None, ["bygglov", "service-journey"])
        'bygglov'
        >>> default_stage_choice("parking", {"settings": {"stages": "blue-badge"}}, ["blue-badge", "service-journey"])
        'blue-badge'
    """
    previous = ((run or {}).get("settings") or {}).get("stages")
    if previous in available:
        return previous
    if study in available:
        return study
    return journey.DEFAULT_STAGE_SET


def stage_labels(stage_set: StageSet, language: str, unknown: str = journey.UNKNOWN) -> dict[str, str]:
    """Stage id -> label in the interface language, journey order kept, `unknown` last."""
    labels = {stage.id: stage.label_for(language) for stage in stage_set.stages}
    labels[journey.UNKNOWN] = unknown
    return labels


def with_coordinates(statements: pd.DataFrame, results: pd.DataFrame) -> pd.DataFrame:
    """Statements with the 2-D map position (x, y) of the analysis run."""
    return statements.merge(results[["statement_id", "x", "y"]], on="statement_id", how="inner")


def theme_styles(theme_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """A (colour, marker symbol) per theme: Okabe-Ito colours, then shapes; outliers grey.

    Examples:
        >>> styles = theme_styles([-1, *range(9)])
        >>> styles[-1], styles[0], styles[8]
        (('#BBBBBB', 'circle'), ('#E69F00', 'circle'), ('#E69F00', 'square'))
    """
    styles = {}
    ordered = sorted(t for t in set(theme_ids) if t != OUTLIER)
    for position, theme_id in enumerate(ordered):
        styles[theme_id] = (OKABE_ITO[position % len(OKABE_ITO)],
                            SYMBOLS[(position // len(OKABE_ITO)) % len(SYMBOLS)])
    if OUTLIER in set(theme_ids):
        styles[OUTLIER] = (OUTLIER_COLOUR, "circle")
    return styles


# --------------------------------------------------------------------------- filters and search


def filter_statements(statements: pd.DataFrame, *, themes: Collection[int] | None = None,
                      segments: Collection[str] | None = None, segment_column: str = "segment",
                      stages: Collection[str] | None = None, sessions: Collection[str] | None = None,
                      languages: Collection[str] | None = None, kinds: Collection[str] | None = None,
                      speakers: Collection[str] | None = None) -> pd.DataFrame:
    """The statements that pass every filter given; an empty or missing filter lets everything through."""
    keep = pd.Series(True, index=statements.index)
    for column, allowed in (("theme_id", themes), (segment_column, segments), ("journey_stage", stages),
                            ("session", sessions), ("language", languages), ("kind", kinds),
                            ("speaker", speakers)):
        if allowed and column in statements.columns:
            keep &= statements[column].isin(list(allowed))
    return statements[keep]


def search_statements(statements: pd.DataFrame, query: str, vectors: np.ndarray | None = None, embedder=None,
                      mode: str = "keyword", limit: int = SEARCH_LIMIT) -> pd.DataFrame:
    """Statements matching a query, best first, with a `score` column.

    keyword: every word (or "quoted phrase") of the query must occur in the statement,
    case-insensitively; the score counts occurrences. semantic: cosine similarity of
    the query's embedding to the statements' `vectors` (rows aligned with `statements`),
    with the `embedder` the study was analysed with.

    Examples:
        >>> table = pd.DataFrame({"text": ["Avgiften var hög", "Blanketten var lång", "Hög avgift, hög!"]})
        >>> search_statements(table, 'hög avgift')["text"].tolist()
        ['Hög avgift, hög!', 'Avgiften var hög']
        >>> search_statements(table, '"var lång"')["text"].tolist()
        ['Blanketten var lång']
    """
    query = (query or "").strip()
    if not query or statements.empty:
        return statements.iloc[0:0].assign(score=pd.Series(dtype=float))
    if mode == "semantic":
        if vectors is None or embedder is None:
            raise ValueError("semantic search needs the statements' vectors and the study's embedder")
        query_vector = np.asarray(embedder.encode([query]), dtype=np.float32)[0]
        scores = np.asarray(vectors, dtype=np.float32) @ query_vector
        found = statements.assign(score=np.round(scores.astype(float), 4))
    elif mode == "keyword":
        terms = _query_terms(query)
        texts = statements["text"].fillna("").str.casefold()
        hits = pd.Series(0, index=statements.index)
        matched = pd.Series(True, index=statements.index)
        for term in terms:
            count = texts.str.count(re.escape(term))
            matched &= count > 0
            hits += count
        found = statements[matched].assign(score=hits[matched].astype(float))
    else:
        raise ValueError(f"unknown search mode {mode!r} (modes: keyword, semantic)")
    return found.sort_values("score", ascending=False, kind="stable").head(limit)


def _query_terms(query: str) -> list[str]:
    phrases = re.findall(r'"([^"]+)"', query)
    words = re.sub(r'"[^"]*"', " ", query).split()
    return [term.casefold() for term in [*phrases, *words] if term.strip()]


def statement_turn(statement_id: str) -> tuple[str, int]:
    """(session, turn) of a statement id `session:turn:index` (sessions may contain ':')."""
    session, turn, _index = statement_id.rsplit(":", 2)
    return session, int(turn)


def turn_context(utterances: pd.DataFrame, statement_id: str, window: int = CONTEXT_TURNS) -> dict:
    """The moderator question a statement answers and the turns around it.

    Returns `{"question": str, "turns": DataFrame}`; the turns (`window` before
    and after, every role) carry `is_quote` on the statement's own turn.

    Examples:
        >>> utterances = pd.DataFrame({"session": ["s"] * 4, "turn": [0, 1, 2, 3],
        ...     "speaker": ["Mod", "Eva", "Mod", "Eva"], "role": ["moderator", "participant"] * 2,
        ...     "start_s": [None] * 4, "text": ["Hur började det?", "Med ett brev.", "Och sen?", "Jag ringde."]})
        >>> found = turn_context(utterances, "s:3:0", window=1)
        >>> found["question"], found["turns"]["text"].tolist()
        ('Och sen?', ['Och sen?', 'Jag ringde.'])
    """
    session, turn = statement_turn(statement_id)
    talk = utterances[utterances["session"] == session].sort_values("turn")
    before = talk[(talk["turn"] < turn) & (talk["role"] == "moderator")]
    question = str(before["text"].iloc[-1]) if len(before) else ""
    near = talk[(talk["turn"] >= turn - window) & (talk["turn"] <= turn + window)]
    return {"question": question, "turns": near.assign(is_quote=near["turn"] == turn).reset_index(drop=True)}


def quote_context(store: Store, study: str, statement_id: str, window: int = CONTEXT_TURNS,
                  utterances: pd.DataFrame | None = None) -> dict:
    """`turn_context` read from the store (pass `utterances` when they are cached already)."""
    if utterances is None:
        utterances = store.utterances_table(study)
    return turn_context(utterances, statement_id, window)


# --------------------------------------------------------------------------- themes, journey, segments


def themed(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements that have a theme (not outliers, analysed)."""
    theme_ids = statements["theme_id"].astype("Int64").fillna(OUTLIER)
    return statements[theme_ids >= 0].assign(theme_id=theme_ids[theme_ids >= 0].astype("int64"))


def theme_names(themes: pd.DataFrame) -> dict[int, str]:
    """Theme id -> a label unique within the study (the id is added where two labels coincide)."""
    themes = themes[themes["origin"] != "group"] if "origin" in themes.columns else themes
    counts = themes["label"].value_counts()
    names: dict[int, str] = {}
    for row in themes.itertuples():
        name = row.label if counts[row.label] == 1 else f"{row.label} ({row.theme_id})"
        while name in names.values():  # a human label may itself look like "X (3)"
            name = f"{name} ({row.theme_id})"
        names[int(row.theme_id)] = name
    return names


def journey_matrix(statements: pd.DataFrame, themes: pd.DataFrame, stage_set: StageSet) -> pd.DataFrame:
    """One row per non-empty (theme, stage) cell, stages in journey order.

    Columns: theme_id, theme_label, theme_order, stage, stage_index, statements,
    people, reach (people in the cell / people in the study), pain, pain_share.
    Themes are ordered by the stage where they peak, then by size, so the grid reads
    as the journey from top left to bottom right. `unknown` stages are left out.
    """
    columns = ["theme_id", "theme_label", "theme_order", "stage", "stage_index", "statements", "people", "reach",
               "pain", "pain_share"]
    everyone = max(people(statements).nunique(), 1) if len(statements) else 1
    names = theme_names(themes)
    cells = themed(statements)
    cells = cells[cells["journey_stage"].isin(stage_set.ids) & cells["theme_id"].isin(list(names))]
    if cells.empty:
        return pd.DataFrame(columns=columns)
    cells = cells.assign(person=people(cells), is_pain=cells["kind"] == "pain")
    grid = (cells.groupby(["theme_id", "journey_stage"])
            .agg(statements=("statement_id", "size"), people=("person", "nunique"), pain=("is_pain", "sum"))
            .reset_index().rename(columns={"journey_stage": "stage"}))
    order = {stage_id: index for index, stage_id in enumerate(stage_set.ids)}
    grid["stage_index"] = grid["stage"].map(order)
    grid["theme_label"] = grid["theme_id"].map(names)
    grid["reach"] = (grid["people"] / everyone).round(3)
    grid["pain"] = grid["pain"].astype(int)
    grid["pain_share"] = (grid["pain"] / grid["statements"]).round(3)
    peak = grid.sort_values(["statements", "stage_index"], ascending=[False, True]).drop_duplicates("theme_id")
    size = grid.groupby("theme_id")["statements"].sum()
    ranking = sorted(peak.itertuples(), key=lambda row: (row.stage_index, -size[row.theme_id], row.theme_id))
    grid["theme_order"] = grid["theme_id"].map({row.theme_id: rank for rank, row in enumerate(ranking)})
    return grid.sort_values(["theme_order", "stage_index"])[columns].reset_index(drop=True)


def hottest_cell(matrix: pd.DataFrame) -> tuple[int, str] | None:
    """(theme id, stage) of the cell with the most pain reaching the most people: where to look first."""
    if matrix.empty:
        return None
    scored = matrix.assign(score=matrix["pain"] * matrix["people"])
    best = scored.sort_values(["score", "statements", "theme_order"], ascending=[False, False, True]).iloc[0]
    return int(best["theme_id"]), str(best["stage"])


def emotion_curve(statements: pd.DataFrame, stage_set: StageSet) -> pd.DataFrame:
    """Per stage in journey order: statements, people, mean sentiment (NaN where none) and pain share."""
    rows = []
    for index, stage_id in enumerate(stage_set.ids):
        members = statements[statements["journey_stage"] == stage_id]
        sentiment = members["sentiment"].astype(float)
        rows.append({
            "stage": stage_id, "stage_index": index, "statements": len(members),
            "people": int(people(members).nunique()) if len(members) else 0,
            "mean_sentiment": round(float(sentiment.mean()), 3) if len(members) else float("nan"),
            "pain_share": round(float((members["kind"] == "pain").mean()), 3) if len(members) else float("nan"),
        })
    return pd.DataFrame(rows, columns=["stage", "stage_index", "statements", "people", "mean_sentiment",
                                       "pain_share"])


def segment_crosstab(statements: pd.DataFrame, column: str = "segment", themes: pd.DataFrame | None = None,
                     missing: str = "—", small_group: int = SMALL_GROUP) -> pd.DataFrame:
    """Segments x themes: how many people of each segment raised each theme.

    One row per segment: `segment`, `people` (people of the segment who speak in
    the study), `small_group` (fewer than `small_group` people: read with care),
    then one column per theme (labels from `themes`, else from the statements).
    People without a value for `column` form the segment `missing`.
    """
    if column not in statements.columns or statements.empty:
        return pd.DataFrame(columns=["segment", "people", "small_group"])
    table = statements.assign(person=people(statements),
                              segment=statements[column].fillna("").astype(str).str.strip().replace("", missing))
    sizes = table.drop_duplicates("person").groupby("segment")["person"].nunique()
    raised = themed(table).drop_duplicates(["person", "theme_id"])
    counts = raised.groupby(["segment", "theme_id"]).size().unstack(fill_value=0)
    if themes is not None and len(themes):
        names = theme_names(themes)
    else:
        names = dict(zip(raised["theme_id"], raised["theme_label"].fillna("").astype(str)))
    counts = counts.reindex(index=sizes.index, columns=list(names), fill_value=0).fillna(0).astype(int)
    reserved = {"segment", "people", "small_group"}  # the grid's own columns
    counts.columns = [names[t] if names[t] not in reserved else f"{names[t]} ({t})" for t in counts.columns]
    grid = counts.reset_index().rename(columns={"index": "segment"})
    grid.insert(1, "people", grid["segment"].map(sizes).astype(int))
    grid.insert(2, "small_group", grid["people"] < small_group)
    return grid.sort_values(["people", "segment"], ascending=[False, True]).reset_index(drop=True)


def people_table(statements: pd.DataFrame, themes: pd.DataFrame, column: str | None = "segment",
                 top: int = 3) -> pd.DataFrame:
    """Who raised what: per person, their segment, sessions, statements, pain points and main themes."""
    if statements.empty:
        return pd.DataFrame(columns=["person", "segment", "sessions", "statements", "pain", "themes", "top_themes"])
    names = theme_names(themes)
    table = statements.assign(person=people(statements))
    rows = []
    for person, said in table.groupby("person", sort=True):
        theme_counts = themed(said)["theme_id"].value_counts()
        rows.append({
            "person": person,
            "segment": str(said[column].iloc[0]) if column and column in said and pd.notna(said[column].iloc[0])
            else "",
            "sessions": int(said["session"].nunique()), "statements": len(said),
            "pain": int((said["kind"] == "pain").sum()), "themes": len(theme_counts),
            "top_themes": "; ".join(names.get(int(t), str(t)) for t in theme_counts.index[:top]),
        })
    return pd.DataFrame(rows).sort_values(["statements", "person"], ascending=[False, True]).reset_index(drop=True)


def edits_summary(edits: pd.DataFrame) -> pd.DataFrame:
    """The edit ledger, one readable line per edit: lists of members become counts.

    Examples:
        >>> ledger = pd.DataFrame({"id": [1], "created_at": ["2026-01-01"], "action": ["rename"], "undone": [0],
        ...                        "payload": [{"members": ["a:1:0", "a:2:0"], "label": "Fees"}]})
        >>> edits_summary(ledger)["detail"].tolist()
        ['label: Fees; members: 2 statements']
    """
    def detail(payload: dict) -> str:
        parts = []
        for key, value in payload.items():
            if key == "text":
                continue
            if isinstance(value, list):
                value = f"{len(value)} {'themes' if value and isinstance(value[0], list) else 'statements'}"
            parts.append(f"{key}: {value}")
        return "; ".join(sorted(parts))

    return pd.DataFrame({"id": edits["id"], "created_at": edits["created_at"], "action": edits["action"],
                         "detail": [detail(p) for p in edits["payload"]], "undone": edits["undone"].astype(bool)})


def quotes_table(statements: pd.DataFrame, stage_names: dict[str, str] | None = None,
                 theme_labels: dict[int, str] | None = None) -> pd.DataFrame:
    """Statements as quotes to read: speaker, session, time, stage, kind, [theme,] text, id."""
    stage_names = stage_names or {}
    table = pd.DataFrame({
        "speaker": statements["speaker"].to_numpy(), "session": statements["session"].to_numpy(),
        "time": [format_time(s) for s in statements["start_s"]],
        "stage": [stage_names.get(s, s) for s in statements["journey_stage"].fillna("")],
        "kind": statements["kind"].fillna("").to_numpy(), "text": statements["text"].to_numpy(),
        "statement_id": statements["statement_id"].to_numpy(),
    })
    if theme_labels is not None:
        ids = statements["theme_id"].astype("Int64").fillna(OUTLIER)
        table.insert(5, "theme", [theme_labels.get(int(i), "") for i in ids])
    return table


# --------------------------------------------------------------------------- uploads and studies


def create_study(store: Store, name: str) -> str:
    """Create an empty study (nothing happens when it exists); returns the checked name."""
    check_study_name(name)
    with store.transaction() as connection:
        store.study_id(connection, name, create=True)
    return name


def upload_name(name: str) -> str:
    """The base name of an uploaded file, Unicode NFC: a browser may send a path, and it is never used as one.

    NFC makes the "å" a Mac sends (a + ring) the same name as the one Windows sends, so
    they name one session. Names that cannot name a session (control characters, the
    right-to-left override, too long) are refused with the reason when the file is added.

    Examples:
        >>> upload_name("C:\\\\Users\\\\eva\\\\intervju 1.docx"), upload_name("../../etc/passwd")
        ('intervju 1.docx', 'passwd')
        >>> upload_name("a\\u030a.txt") == upload_name("\\u00e5.txt")
        True
    """
    base = PurePath(unicodedata.normalize("NFC", name).replace("\\", "/")).name.strip()
    return base or "upload"


def add_uploads(store: Store, study: str, uploads: Sequence[tuple[str, bytes]],
                options: IngestOptions | None = None) -> list[FileResult]:
    """Add uploaded files (name, bytes) to a study: participants tables first, then transcripts.

    Each file is its own transaction, as on the command line: a bad file is reported
    with its reason and the others go on. Nothing is written to disk but the store.
    """
    named = [(upload_name(name), data) for name, data in uploads]
    options = options or IngestOptions()
    redactor = options.redactor
    # As on the command line: the moderators an uploaded participants table names moderate.
    tables = [(name, data) for name, data in named if is_participants_file(name)]
    options = replace(options, moderators=options.moderators + moderators_in(tables))
    # As on the command line: redacting, transcripts go first so participants get their pseudonyms.
    ordered = sorted(named, key=lambda item: is_participants_file(item[0]) == (redactor is not None))
    results = []
    for name, data in ordered:
        if len(data) > MAX_FILE_BYTES:
            error = too_large(name, len(data))
            results.append(FileResult(error.name, "skipped", error.reason))
            continue
        try:
            if is_participants_file(name):
                results.append(add_participants(store, study, data, name, redactor))
            else:
                results.append(add_transcript(store, study, data, name, options))
        except UnreadableFile as error:
            results.append(FileResult(error.name, "skipped", error.reason))
        except InsightsError as error:
            results.append(FileResult(name, "skipped", str(error)))
        except Exception as error:  # a bug in one reader must not cost the user the rest of the batch
            results.append(FileResult(name, "skipped", f"unexpected error, please report it: "
                                                       f"{type(error).__name__}: {error}"))
    return results


def results_table(results: Sequence[FileResult]) -> pd.DataFrame:
    return pd.DataFrame([asdict(result) for result in results],
                        columns=["name", "status", "detail", "statements", "warning"])


# --------------------------------------------------------------------------- display helpers and exports


def format_time(seconds) -> str:
    """`m:ss` (or `h:mm:ss`) from seconds; empty where the source has no times.

    Examples:
        >>> format_time(75.4), format_time(3725), format_time(None), format_time(float("nan"))
        ('1:15', '1:02:05', '', '')
    """
    if seconds is None or pd.isna(seconds):
        return ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def escape_markdown(text) -> str:
    """Text that Markdown (and Streamlit's :directives:) shows literally.

    Examples:
        >>> escape_markdown("**bold** <script>")
        '\\\\*\\\\*bold\\\\*\\\\* \\\\<script\\\\>'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", "" if text is None else str(text)).replace("\n", "  \n")


def hover_text(text, width: int = 60, max_lines: int = 6) -> str:
    """A quote for a chart tooltip: HTML-escaped (Plotly reads tags in labels), wrapped with <br>.

    Examples:
        >>> hover_text("<b>loud</b> & clear")
        '&lt;b&gt;loud&lt;/b&gt; &amp; clear'
    """
    lines = textwrap.wrap("" if text is None else str(text), width) or [""]
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], lines[max_lines - 1] + " …"]
    return "<br>".join(html.escape(line) for line in lines)
