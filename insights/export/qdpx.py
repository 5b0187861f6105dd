"""REFI-QDA project (.qdpx): the study for NVivo, ATLAS.ti, MAXQDA and QualCoder.

The archive holds `project.qde` (QDA-XML, urn:QDA-XML:project:1.0) and one
plain-text source per session under `sources/`. The source is the transcript
rebuilt from the stored turns, one `Speaker: text` line per turn, so every
statement can be pointed at by character offsets (Unicode code points, as
the standard counts them).

Codes: the themes (groups as parents of their member themes), the journey
stages and the statement kinds, each under one top-level code. Every
statement is one `PlainTextSelection` coded with its theme, its stage and its
kind; outliers, the unknown stage and neutral statements stay uncoded there.
Participants become cases with their attributes as text variables.

GUIDs are uuid5 over (study, kind, id) and dates come from the bundle, so
the same export gives the same bytes.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pandas as pd
from lxml import etree

from insights import explore
from insights.export.bundle import StudyExport, tool_version
from insights.journey import UNKNOWN

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_MEMBER = "project.qde"
SOURCES_FOLDER = "sources"
USER_NAME = "insights"
# Fixed, so GUIDs depend only on the study and the object (and never on the machine or the time).
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://insights.invalid/refi-qda")

CODED_KINDS = ("pain", "praise", "suggestion", "question")  # "neutral" says nothing a researcher would code
PHASE_COLOURS = {"before": "#56B4E9", "during": "#E69F00", "after": "#009E73"}
ROOT_COLOUR = "#777777"

TEXTS = {
    "sv": {
        "themes": "Teman", "stages": "Kundresans steg", "kinds": "Typ av utsaga",
        "kind.pain": "Problem", "kind.praise": "Beröm", "kind.suggestion": "Förslag", "kind.question": "Fråga",
        "themes.about": "Teman som analysen hittade: förslag att granska, inte slutsatser.",
        "stages.about": "Stegen i kundresan ({stage_set}); utsagor med okänt steg är inte kodade här.",
        "kinds.about": "Utsagans typ enligt analysen; neutrala utsagor är inte kodade här.",
        "keywords": "Nyckelord: {keywords}",
        "source.about": "Transkriptet återskapat ur {source} ({language}): en rad per replik, \"Talare: text\".",
        "case.about": "Deltar i: {sessions}.",
        "project": ("Exporterad av insights {version} från studien {study}: analyskörning {run} "
                    "(modell {model}, frö {seed}, klar {analysed_at}), exporterad {exported_at}."),
        "redacted": "Personuppgifter är maskerade.",
        "fallbacks": ("{count} utsagor hittades inte i sin replik; "
                      "deras kodning täcker hela repliken."),
    },
    "en": {
        "themes": "Themes", "stages": "Journey stages", "kinds": "Statement kind",
        "kind.pain": "Pain point", "kind.praise": "Praise", "kind.suggestion": "Suggestion",
        "kind.question": "Question",
        "themes.about": "Themes found by the analysis: suggestions to review, not conclusions.",
        "stages.about": "Stages of the journey ({stage_set}); statements of unknown stage are not coded here.",
        "kinds.about": "The kind of statement as the analysis judged it; neutral statements are not coded here.",
        "keywords": "Keywords: {keywords}",
        "source.about": "The transcript rebuilt from {source} ({language}): one line per turn, \"Speaker: text\".",
        "case.about": "Takes part in: {sessions}.",
        "project": ("Exported by insights {version} from study {study}: analysis run {run} "
                    "(model {model}, seed {seed}, finished {analysed_at}), exported {exported_at}."),
        "redacted": "Personal data is redacted.",
        "fallbacks": ("{count} statements were not found in their turn; "
                      "their coding covers the whole turn."),
    },
}

# Characters XML 1.0 cannot carry at all (lxml refuses them); tab, LF and CR are allowed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Everything str.splitlines() breaks on: a turn must stay one line in any reader.
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


# --------------------------------------------------------------------------- what an export holds


@dataclass
class Placement:
    """Where one statement sits in its session's source text."""

    statement_id: str
    session: str
    start: int
    end: int
    fallback: bool = False  # not found: the span is the whole turn
    verbatim: bool = True  # False: found with different spacing, so the span's text differs in white space only


@dataclass
class SourceText:
    """One session's transcript as plain text, with the span of each turn's words."""

    session: str
    text: str
    turns: dict[int, tuple[int, int]]  # turn -> (start, end) of the turn's text, after "Speaker: "


@dataclass
class QdpxBuild:
    """A built project: the archive's bytes and what went into it.

    `fallbacks` lists statements not found in their turn (their coding
    covers the whole turn); `respaced` those found with other white space
    than the statement has (segmentation added or dropped a space);
    `unplaced` those whose turn is not in the transcript (left out).
    """

    data: bytes
    sources: int
    codes: int
    selections: int
    codings: int
    cases: int
    fallbacks: list[str] = field(default_factory=list)
    respaced: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


@dataclass
class _Code:
    guid: str
    name: str
    codable: bool = True
    colour: str | None = None
    description: str = ""
    children: list[_Code] = field(default_factory=list)


# --------------------------------------------------------------------------- entry points


def qdpx_export(export: StudyExport, *, kinds: bool = True) -> bytes:
    """The study as a REFI-QDA project archive (.qdpx bytes).

    Args:
        export: the analysed study.
        kinds: also code statement kinds (pain, praise, suggestion, question) as a third code group.

    Raises:
        InsightsError: the study has no transcripts or has not been analysed.
    """
    return build_qdpx(export, kinds=kinds).data


def build_qdpx(export: StudyExport, *, kinds: bool = True) -> QdpxBuild:
    """Like `qdpx_export`, and also say how many statements were placed, and which only approximately."""
    export.require_analysis()
    ids = _Guids(export.study)
    sources = source_texts(export.utterances)
    statements = _ordered(export.statements)
    placements, unplaced = place_statements(statements, sources)
    text = TEXTS[export.language]
    roots, theme_codes, stage_codes, kind_codes = _codebook(export, ids, text, kinds)
    codes_by_statement = _statement_codes(statements, theme_codes, stage_codes, kind_codes)
    fallbacks = [p.statement_id for p in placements if p.fallback]

    project = _project_element(export, ids)
    _sub(project, "Users").append(_element("User", guid=ids.user, name=USER_NAME))
    codebook = _sub(_sub(project, "CodeBook"), "Codes")
    for root in roots:
        codebook.append(_code_element(root))
    cases = _cases(export, ids, text, statements, placements)
    if cases:
        variables = _variable_names(export.participants)
        if variables:
            project.append(_variables_element(variables, ids))
        project.append(_cases_element(cases, ids))
    project.append(_sources_element(export, ids, text, sources, placements, codes_by_statement))
    _sub(project, "Description").text = _xml_text(_project_description(export, text, fallbacks))

    xml = etree.tostring(project, xml_declaration=True, encoding="UTF-8", pretty_print=True, standalone=True)
    files = {f"{SOURCES_FOLDER}/{ids.source(session)}.txt": source.text.encode("utf-8")
             for session, source in sources.items()}
    codings = sum(len(codes_by_statement.get(p.statement_id, ())) for p in placements)
    return QdpxBuild(
        data=_zip({PROJECT_MEMBER: xml, **files}, export.exported_at),
        sources=len(sources), codes=_count_codes(roots), selections=len(placements), codings=codings,
        cases=len(cases), fallbacks=fallbacks, unplaced=unplaced,
        respaced=[p.statement_id for p in placements if not p.verbatim and not p.fallback])


# --------------------------------------------------------------------------- sources and offsets


def one_line(text) -> str:
    """Text with every line break turned into a space, so a turn stays one line.

    Examples:
        >>> one_line("Hej.\\r\\nJag heter Leila.\\u2028Bra.")
        'Hej. Jag heter Leila. Bra.'
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return _LINE_BREAKS.sub(" ", str(text))


def source_texts(utterances: pd.DataFrame) -> dict[str, SourceText]:
    """Each session's transcript as text: one `Speaker: text` line per turn, LF, ending in a newline."""
    sources = {}
    for session, turns in utterances.sort_values(["session", "turn"], kind="stable").groupby("session", sort=True):
        lines, spans, offset = [], {}, 0
        for row in turns.itertuples(index=False):
            prefix, words = f"{one_line(row.speaker)}: ", one_line(row.text)
            spans[int(row.turn)] = (offset + len(prefix), offset + len(prefix) + len(words))
            lines.append(prefix + words)
            offset += len(prefix) + len(words) + 1
        sources[str(session)] = SourceText(str(session), "\n".join(lines) + "\n", spans)
    return sources


def place_statements(statements: pd.DataFrame, sources: dict[str, SourceText]
                     ) -> tuple[list[Placement], list[str]]:
    """Find each statement in its turn's line: (placements, ids of statements whose turn is missing).

    Statements of one turn are searched in order from where the previous one
    ended, so a sentence said twice maps to each saying in turn. A statement
    whose words are there with other spacing is placed on them (`verbatim`
    False); one not found at all is placed on the whole turn (`fallback`).
    """
    placements, unplaced = [], []
    for (session, turn), group in statements.groupby(["session", "turn"], sort=False):
        source = sources.get(str(session))
        span = source.turns.get(int(turn)) if source else None
        if span is None:
            unplaced.extend(group["statement_id"])
            continue
        start, end = span
        words, cursor = source.text[start:end], 0
        for statement_id, text in zip(group["statement_id"], group["text"]):
            found = _find(words, one_line(text), cursor)
            if found is None:
                placements.append(Placement(statement_id, str(session), start, end, fallback=True))
                continue
            cursor = found[1]
            placements.append(Placement(statement_id, str(session), start + found[0], start + found[1],
                                        verbatim=found[2]))
    return placements, unplaced


def _find(words: str, needle: str, cursor: int) -> tuple[int, int, bool] | None:
    """(start, end, verbatim) of `needle` in `words`, searching from `cursor` first."""
    if not needle.strip():
        return None
    for start_at in (cursor, 0):  # from 0 too: segmentation may have reordered, and any match beats the whole turn
        position = words.find(needle, start_at)
        if position >= 0:
            return position, position + len(needle), True
    # Segmentation sometimes adds or drops a space (after a quote mark, say): match the words, not the spacing.
    pattern = re.compile(r"\s*".join(map(re.escape, needle.split())))
    for start_at in (cursor, 0):
        match = pattern.search(words, start_at)
        if match:
            return match.start(), match.end(), False
    return None


def _ordered(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements in transcript order (session, turn, index in turn), whatever order the table had."""
    index = statements["statement_id"].map(lambda sid: int(str(sid).rsplit(":", 1)[-1]))
    return (statements.assign(_index=index)
            .sort_values(["session", "turn", "_index"], kind="stable")
            .drop(columns="_index").reset_index(drop=True))


# --------------------------------------------------------------------------- codes


def _codebook(export: StudyExport, ids: _Guids, text: dict, kinds: bool):
    """(root codes, theme id -> guid, stage id -> guid, kind -> guid)."""
    themes_root, theme_codes = _theme_codes(export.themes, ids, text)
    stages_root, stage_codes = _stage_codes(export, ids, text)
    roots = [themes_root, stages_root]
    kind_codes = {}
    if kinds:
        kinds_root, kind_codes = _kind_codes(ids, text)
        roots.append(kinds_root)
    return roots, theme_codes, stage_codes, kind_codes


def _theme_codes(themes: pd.DataFrame, ids: _Guids, text: dict) -> tuple[_Code, dict[int, str]]:
    root = _Code(ids.code("root", "themes"), text["themes"], codable=False, colour=ROOT_COLOUR,
                 description=text["themes.about"])
    ordered = themes.sort_values("theme_id")
    groups = ordered[ordered["origin"] == "group"]
    colours = explore.theme_styles([int(t) for t in groups["theme_id"]])
    nodes: dict[int, _Code] = {}
    for row in ordered.itertuples(index=False):
        theme_id = int(row.theme_id)
        nodes[theme_id] = _Code(ids.code("theme", theme_id), str(row.label), colour=colours.get(theme_id, (None,))[0],
                                description=_theme_description(row, text))
    for row in ordered.itertuples(index=False):
        node, parent = nodes[int(row.theme_id)], row.parent_id
        if pd.notna(parent) and int(parent) in nodes:
            nodes[int(parent)].children.append(node)
            node.colour = nodes[int(parent)].colour
        else:
            root.children.append(node)
    return root, {theme_id: node.guid for theme_id, node in nodes.items()}


def _theme_description(row, text: dict) -> str:
    keywords = list(row.keywords) if isinstance(row.keywords, (list, tuple)) else []
    parts = [str(row.description).strip() if isinstance(row.description, str) else "",
             text["keywords"].format(keywords=", ".join(map(str, keywords))) if keywords else ""]
    return "\n".join(part for part in parts if part)


def _stage_codes(export: StudyExport, ids: _Guids, text: dict) -> tuple[_Code, dict[str, str]]:
    root = _Code(ids.code("root", "stages"), text["stages"], codable=False, colour=ROOT_COLOUR,
                 description=text["stages.about"].format(stage_set=export.stage_set.name))
    codes = {}
    for stage in export.stage_set.stages:
        code = _Code(ids.code("stage", stage.id), stage.label_for(export.language),
                     colour=PHASE_COLOURS.get(stage.phase), description=stage.description)
        root.children.append(code)
        codes[stage.id] = code.guid
    return root, codes


def _kind_codes(ids: _Guids, text: dict) -> tuple[_Code, dict[str, str]]:
    root = _Code(ids.code("root", "kinds"), text["kinds"], codable=False, colour=ROOT_COLOUR,
                 description=text["kinds.about"])
    codes = {}
    for kind in CODED_KINDS:
        code = _Code(ids.code("kind", kind), text[f"kind.{kind}"], colour=explore.KIND_COLOURS.get(kind))
        root.children.append(code)
        codes[kind] = code.guid
    return root, codes


def _statement_codes(statements: pd.DataFrame, theme_codes: dict[int, str], stage_codes: dict[str, str],
                     kind_codes: dict[str, str]) -> dict[str, list[str]]:
    """Statement id -> the code GUIDs it is coded with (theme, stage, kind; each where there is one)."""
    codes = {}
    for row in statements.itertuples(index=False):
        theme = int(row.theme_id) if pd.notna(row.theme_id) else explore.OUTLIER
        found = [theme_codes.get(theme) if theme != explore.OUTLIER else None,
                 stage_codes.get(row.journey_stage) if row.journey_stage != UNKNOWN else None,
                 kind_codes.get(row.kind)]
        codes[row.statement_id] = [guid for guid in found if guid]
    return codes


def _count_codes(codes: list[_Code]) -> int:
    return sum(1 + _count_codes(code.children) for code in codes)


# --------------------------------------------------------------------------- cases


def _cases(export: StudyExport, ids: _Guids, text: dict, statements: pd.DataFrame,
           placements: list[Placement]) -> list[dict]:
    """One case per participant who speaks: its statements' selections and, for one-person sessions, its sources."""
    utterances = export.utterances
    speaking = utterances[utterances["role"] != "moderator"]
    sessions_of = speaking.groupby("speaker", sort=False)["session"].agg(lambda s: sorted(set(map(str, s))))
    people_in = speaking.groupby("session")["speaker"].nunique()
    placed = {p.statement_id for p in placements}
    selections = defaultdict(list)
    for statement_id, speaker in zip(statements["statement_id"], statements["speaker"]):
        if statement_id in placed:
            selections[speaker].append(ids.selection(statement_id))
    attributes = _attributes(export.participants)
    cases = []
    for speaker in sorted(sessions_of.index, key=str):
        sessions = sessions_of[speaker]
        cases.append({
            "speaker": str(speaker),
            "description": text["case.about"].format(sessions=", ".join(sessions)),
            "values": attributes.get(str(speaker), {}),
            # A whole source belongs to a person only when nobody else takes part in it (an interview).
            "sources": [ids.source(s) for s in sessions if people_in.get(s, 0) == 1],
            "selections": selections.get(speaker, []),
        })
    return cases


def _variable_names(participants: pd.DataFrame) -> list[str]:
    return [str(column) for column in participants.columns if column != "speaker"]


def _attributes(participants: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Speaker -> {attribute: value}, without empty values."""
    if participants.empty or "speaker" not in participants.columns:
        return {}
    values = {}
    for row in participants.to_dict("records"):
        speaker = str(row.pop("speaker"))
        values[speaker] = {str(k): str(v) for k, v in row.items()
                           if v is not None and not pd.isna(v) and str(v).strip()}
    return values


# --------------------------------------------------------------------------- XML


def _project_element(export: StudyExport, ids: _Guids) -> etree._Element:
    stamp = _stamp(export.exported_at)
    return _element("Project", name=export.study, origin=f"insights {tool_version()}",
                    creatingUserGUID=ids.user, creationDateTime=stamp,
                    modifyingUserGUID=ids.user, modifiedDateTime=stamp)


def _project_description(export: StudyExport, text: dict, fallbacks: list[str]) -> str:
    provenance = export.provenance
    lines = [text["project"].format(
        version=provenance["insights_version"], study=export.study, run=provenance["analysis_run"],
        model=provenance["model"], seed=provenance["seed"], analysed_at=provenance["analysed_at"],
        exported_at=provenance["exported_at"])]
    if export.redacted:
        lines.append(text["redacted"])
    if fallbacks:
        lines.append(text["fallbacks"].format(count=len(fallbacks)))
    return "\n".join(lines)


def _code_element(code: _Code) -> etree._Element:
    element = _element("Code", guid=code.guid, name=code.name, isCodable="true" if code.codable else "false",
                       color=code.colour)
    if code.description:
        _sub(element, "Description").text = _xml_text(code.description)
    for child in code.children:
        element.append(_code_element(child))
    return element


def _variables_element(names: list[str], ids: _Guids) -> etree._Element:
    variables = _element("Variables")
    for name in names:
        variables.append(_element("Variable", guid=ids.variable(name), name=name, typeOfVariable="Text"))
    return variables


def _cases_element(cases: list[dict], ids: _Guids) -> etree._Element:
    element = _element("Cases")
    for case in cases:
        node = _sub(element, "Case", guid=ids.case(case["speaker"]), name=case["speaker"])
        _sub(node, "Description").text = _xml_text(case["description"])
        for name, value in case["values"].items():
            holder = _sub(node, "VariableValue")
            _sub(holder, "VariableRef", targetGUID=ids.variable(name))
            _sub(holder, "TextValue").text = _xml_text(value)
        for guid in case["sources"]:
            _sub(node, "SourceRef", targetGUID=guid)
        for guid in case["selections"]:
            _sub(node, "SelectionRef", targetGUID=guid)
    return element


def _sources_element(export: StudyExport, ids: _Guids, text: dict, sources: dict[str, SourceText],
                     placements: list[Placement], codes: dict[str, list[str]]) -> etree._Element:
    sessions = export.sessions.set_index("session")
    analysed = _stamp(export.run.get("finished_at") or export.run.get("started_at") or export.exported_at)
    by_session = defaultdict(list)
    for placement in placements:
        by_session[placement.session].append(placement)
    element = _element("Sources")
    for session in sources:
        info = sessions.loc[session] if session in sessions.index else None
        guid = ids.source(session)
        created = _stamp(info["ingested_at"]) if info is not None and pd.notna(info["ingested_at"]) else analysed
        node = _sub(element, "TextSource", guid=guid, name=f"{session}.txt",
                    plainTextPath=f"internal://{guid}.txt", creatingUser=ids.user, creationDateTime=created)
        if info is not None:
            _sub(node, "Description").text = _xml_text(text["source.about"].format(
                source=info["source"], language=info["language"]))
        for placement in sorted(by_session[session], key=lambda p: (p.start, p.end)):
            selection = _sub(node, "PlainTextSelection", guid=ids.selection(placement.statement_id),
                             name=placement.statement_id, startPosition=str(placement.start),
                             endPosition=str(placement.end), creatingUser=ids.user, creationDateTime=analysed)
            for code in codes.get(placement.statement_id, ()):
                coding = _sub(selection, "Coding", guid=ids.coding(placement.statement_id, code),
                              creatingUser=ids.user, creationDateTime=analysed)
                _sub(coding, "CodeRef", targetGUID=code)
    return element


def _element(tag: str, **attributes) -> etree._Element:
    return etree.Element(f"{{{NAMESPACE}}}{tag}", attrib=_attributes_for(**attributes), nsmap={None: NAMESPACE})


def _sub(parent: etree._Element, tag: str, **attributes) -> etree._Element:
    return etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attrib=_attributes_for(**attributes))


def _attributes_for(**attributes) -> dict[str, str]:
    return {key: _xml_text(value) for key, value in attributes.items() if value is not None}


def _xml_text(value) -> str:
    """User text as XML can carry it: lxml escapes markup, this drops the characters XML 1.0 forbids.

    Examples:
        >>> _xml_text("a\\x00b <c> & \\x07d")
        'ab <c> & d'
    """
    return _NOT_XML.sub("", str(value))


def _stamp(moment) -> str:
    """xsd:dateTime in UTC with a Z (the store keeps naive UTC times)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    moment = pd.Timestamp(moment).to_pydatetime()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- GUIDs and the archive


class _Guids:
    """Deterministic GUIDs: uuid5 over (study, kind, id), upper case as NVivo and ATLAS.ti write them."""

    def __init__(self, study: str):
        self.study = study

    def __call__(self, kind: str, key) -> str:
        return str(uuid.uuid5(GUID_NAMESPACE, f"{self.study}\x1f{kind}\x1f{key}")).upper()

    @property
    def user(self) -> str:
        return self("user", USER_NAME)

    def code(self, kind: str, key) -> str:
        return self(f"code:{kind}", key)

    def source(self, session: str) -> str:
        return self("source", session)

    def selection(self, statement_id: str) -> str:
        return self("selection", statement_id)

    def coding(self, statement_id: str, code: str) -> str:
        return self("coding", f"{statement_id}\x1f{code}")

    def case(self, speaker: str) -> str:
        return self("case", speaker)

    def variable(self, name: str) -> str:
        return self("variable", name)


def _zip(members: dict[str, bytes], moment: datetime) -> bytes:
    """A deflated zip whose bytes depend only on its members and `moment` (the export time)."""
    stamp = pd.Timestamp(moment)
    stamp = stamp.tz_convert("UTC") if stamp.tzinfo else stamp
    date_time = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
