"""Journey stages: stage sets as data files, and a stage for every statement.

A stage set is a YAML or CSV file (see `data/stages/`): stages in journey
order, each with an id, a phase (before/during/after), a label per language,
a description, example phrases and optional cue phrases.

`assign_stages` combines five kinds of evidence per statement:

1. cue phrases of each stage found in the statement (bilingual lexicon shipped
   in the stage file, plus distinctive words of its description and examples);
2. the same for the moderator question before it, which weighs more because a
   question that names a stage ("Hur hittade ni information?") frames the answers;
3. with embeddings: similarity of the statement to each stage's prototype
   (labels + description + examples), then to centroids of the study's own
   confidently placed statements (a second pass); weak on their own, since
   general-purpose embeddings place topics better than journey moments. In a
   mixed-language study the languages' mean vectors are aligned first, so a
   minority language is not placed by the majority's centroids;
4. with the bundled stage probe (`probe.StageProbe`, for the generic journey's
   stage ids and the e5 model): what a journey moment sounds like, learned from
   the sample studies' gold stages, read off the statement and its answer in
   context; it knows journeys in services no cue list was written for;
5. the conversation: a small hidden Markov model per source smooths along the
   talk (statements of one turn, and turns answering one question, tend to
   share a stage; journeys mostly move forward), and a weak prior expects each
   stage where in a session this study talks about it (learned from the other
   evidence: mostly early stages early, but a care service's sessions dwell on
   the care itself).

Where the evidence stays weak the stage is `unknown` rather than a guess.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from insights.embed import align_languages
from insights.errors import InvalidOption

UNKNOWN = "unknown"
PHASES = ("before", "during", "after")
STAGES_DIR = Path(__file__).resolve().parents[1] / "data" / "stages"
DEFAULT_STAGE_SET = "service-journey"
DEFAULT_MIN_CONFIDENCE = 0.4
FULL_SESSION = 30  # statements: from this length on, a session's order is trusted fully
_STAGE_SUFFIXES = (".yaml", ".yml", ".csv")


# --------------------------------------------------------------------------- stage sets


@dataclass
class Stage:
    """One journey stage.

    `label` maps a language code to the label in that language; `cues` are
    phrases that point to the stage (a trailing `*` matches any word ending).
    """

    id: str
    phase: str
    label: dict[str, str]
    description: str
    examples: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)

    def label_for(self, language: str) -> str:
        """The label in `language`, else the default or English one, else the id.

        Examples:
            >>> Stage("apply", "during", {"sv": "Ansöka", "en": "Applying"}, "").label_for("sv")
            'Ansöka'
            >>> Stage("apply", "during", {"en": "Applying"}, "").label_for("de")
            'Applying'
        """
        for key in (language, "default", "en"):
            if self.label.get(key):
                return self.label[key]
        return next((text for text in self.label.values() if text), self.id)

    @property
    def prototype_texts(self) -> list[str]:
        """The texts that describe the stage: labels, description and examples."""
        labels = list(dict.fromkeys(text for text in self.label.values() if text))
        return [*labels, *([self.description] if self.description else []), *self.examples]


@dataclass
class StageSet:
    """Stages in journey order."""

    name: str
    stages: list[Stage]
    description: dict[str, str] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [stage.id for stage in self.stages]

    def get(self, stage_id: str) -> Stage:
        """The stage with this id; InvalidOption naming the ids there are."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise InvalidOption(f"stage {stage_id!r} is not in stage set {self.name!r} (stages: {', '.join(self.ids)})")

    def __len__(self) -> int:
        return len(self.stages)

    @property
    def situation_stage(self) -> str | None:
        """The stage where the need arises, when the set has one: its first stage, if it comes before the service.

        What is said there is the person's life (an illness, a family that outgrew the
        house), not yet an experience of the service.
        """
        return self.stages[0].id if self.stages and self.stages[0].phase == "before" else None


def load_stage_set(path: str | Path, *, _seen: tuple[Path, ...] = ()) -> StageSet:
    """Read a stage set from a YAML file or a CSV file (by suffix).

    CSV columns: `id,label,description` required; optional `examples` and
    `cues` (items separated by `|`), `phase`, and `label_<lang>` for a label
    per language. Rows are in journey order.

    A YAML set may start with `extends: <shipped name or relative path>`: it
    then refines the stages of that set (same ids, same order): its
    descriptions and labels replace the base's, its examples and cues add to them.

    Examples:
        >>> stage_set = load_stage_set(STAGES_DIR / "service-journey.csv")
        >>> stage_set.ids[:3], stage_set.get("find_info").label_for("sv")
        (['need', 'find_info', 'apply'], 'Söka information')
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _STAGE_SUFFIXES:
        raise InvalidOption(f"{path.name}: a stage set must be a .yaml, .yml or .csv file")
    if not path.is_file():
        raise InvalidOption(f"{path.name}: stage set file not found ({path})")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidOption(f"{path.name}: cannot read the stage set ({error.__class__.__name__})") from None
    if suffix == ".csv":
        name, description, stages = _stages_from_csv(text, path.name)
        return _checked(StageSet(name=path.stem, stages=stages, description=description), path.name)
    data = _yaml_mapping(text, path.name)
    name, description, stages = _stages_from_yaml(data, path.name)
    stage_set = StageSet(name=name or path.stem, stages=stages, description=description)
    if data.get("extends"):
        stage_set = _extend(_base_stage_set(str(data["extends"]), path, _seen), stage_set, path.name)
    return _checked(stage_set, path.name)


def default_stage_set() -> StageSet:
    """The generic public-service journey (`data/stages/service-journey.yaml`)."""
    return load_stage_set(STAGES_DIR / f"{DEFAULT_STAGE_SET}.yaml")


def available_stage_sets() -> list[str]:
    """Names of the stage sets shipped in `data/stages/`."""
    return sorted({p.stem for p in STAGES_DIR.glob("*") if p.suffix.lower() in _STAGE_SUFFIXES})


def named_stage_set(name_or_path: str | Path) -> StageSet:
    """A shipped stage set by name (`bygglov`), or any stage set file by path."""
    path = Path(name_or_path)
    if path.suffix.lower() in _STAGE_SUFFIXES:
        return load_stage_set(path)
    for suffix in _STAGE_SUFFIXES:
        if (STAGES_DIR / f"{name_or_path}{suffix}").is_file():
            return load_stage_set(STAGES_DIR / f"{name_or_path}{suffix}")
    raise InvalidOption(f"stage set {str(name_or_path)!r} not found "
                        f"(stage sets: {', '.join(available_stage_sets())}; or give a .yaml/.csv path)")


def _yaml_mapping(text: str, file_name: str) -> dict:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise InvalidOption(f"{file_name}: not valid YAML{line}") from None
    if isinstance(data, list):
        data = {"stages": data}
    if not isinstance(data, dict) or not isinstance(data.get("stages"), list):
        raise InvalidOption(f"{file_name}: expected a top-level 'stages:' list of stages")
    return data


def _stages_from_yaml(data: dict, file_name: str) -> tuple[str, dict[str, str], list[Stage]]:
    # A refinement of another set only names the stage ids it adds to.
    required = ("id",) if data.get("extends") else ("id", "label")
    stages = []
    for number, item in enumerate(data["stages"], start=1):
        if not isinstance(item, dict):
            raise InvalidOption(f"{file_name}: stage {number} is not a mapping with id, label, description")
        missing = [key for key in required if not item.get(key)]
        if missing:
            raise InvalidOption(f"{file_name}: stage {number} has no {' or '.join(missing)}")
        label = item.get("label") or {}
        label = label if isinstance(label, dict) else {"default": label}
        stages.append(Stage(
            id=str(item["id"]).strip(), phase=str(item.get("phase") or "").strip(),
            label={str(k): str(v) for k, v in label.items()},
            description=" ".join(str(item.get("description") or "").split()),
            examples=[str(e) for e in _as_list(item.get("examples"))],
            cues=[str(c) for c in _as_list(item.get("cues"))],
        ))
    description = data.get("description") or {}
    description = description if isinstance(description, dict) else {"default": str(description)}
    return str(data.get("name") or ""), description, stages


def _stages_from_csv(text: str, file_name: str) -> tuple[str, dict[str, str], list[Stage]]:
    header = text.partition("\n")[0]
    # Spreadsheets in Swedish locales save with ";": take the commonest separator of the header.
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    language_labels = [c for c in columns if c.startswith("label_")]
    required = ["id", "description"] + ([] if language_labels else ["label"])
    missing = [c for c in required if c not in columns]
    if missing:
        raise InvalidOption(f"{file_name}: missing column {', '.join(missing)} "
                            f"(columns needed: id,label,description; optional: examples,cues,phase,label_<lang>)")
    stages = []
    for number, raw in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        if not any(row.values()):
            continue
        if not row.get("id"):
            raise InvalidOption(f"{file_name}: line {number} has an empty id")
        label = {c.removeprefix("label_"): row[c] for c in language_labels if row.get(c)}
        if row.get("label"):
            label["default"] = row["label"]
        if not label:
            raise InvalidOption(f"{file_name}: line {number} (stage {row['id']!r}) has no label")
        stages.append(Stage(id=row["id"], phase=row.get("phase", ""), label=label, description=row["description"],
                            examples=_split_bar(row.get("examples", "")), cues=_split_bar(row.get("cues", ""))))
    return "", {}, stages


def _base_stage_set(reference: str, path: Path, seen: tuple[Path, ...]) -> StageSet:
    candidates = [path.parent / reference, path.parent / f"{reference}.yaml", STAGES_DIR / f"{reference}.yaml"]
    base = next((c.resolve() for c in candidates if c.is_file()), None)
    if base is None:
        raise InvalidOption(f"{path.name}: extends {reference!r}, which is neither a file next to it "
                            f"nor a shipped stage set ({', '.join(available_stage_sets())})")
    if base in seen or base == path.resolve():
        raise InvalidOption(f"{path.name}: extends {reference!r} in a loop")
    return load_stage_set(base, _seen=(*seen, path.resolve()))


def _extend(base: StageSet, refinement: StageSet, file_name: str) -> StageSet:
    """The base stages, each refined by the stage of the same id."""
    by_id = {stage.id: stage for stage in refinement.stages}
    unknown = [stage_id for stage_id in by_id if stage_id not in base.ids]
    if unknown:
        raise InvalidOption(f"{file_name}: stage {unknown[0]!r} is not in the extended set {base.name!r} "
                            f"(stages: {', '.join(base.ids)}); write a full stage set to add stages")
    stages = []
    for stage in base.stages:
        extra = by_id.get(stage.id)
        if extra is None:
            stages.append(stage)
            continue
        stages.append(Stage(id=stage.id, phase=extra.phase or stage.phase, label={**stage.label, **extra.label},
                            description=extra.description or stage.description,
                            examples=[*stage.examples, *extra.examples], cues=[*stage.cues, *extra.cues]))
    description = refinement.description or base.description
    return StageSet(name=refinement.name, stages=stages, description=description)


def _checked(stage_set: StageSet, file_name: str) -> StageSet:
    if not stage_set.stages:
        raise InvalidOption(f"{file_name}: the stage set is empty; give at least one stage")
    seen: set[str] = set()
    for stage in stage_set.stages:
        if stage.id in seen:
            raise InvalidOption(f"{file_name}: duplicate stage id {stage.id!r}; ids must be unique")
        if stage.id == UNKNOWN:
            raise InvalidOption(f"{file_name}: {UNKNOWN!r} is reserved for statements without a stage")
        if stage.phase and stage.phase not in PHASES:
            raise InvalidOption(f"{file_name}: stage {stage.id!r} has phase {stage.phase!r}; "
                                f"use one of {', '.join(PHASES)}")
        seen.add(stage.id)
    return stage_set


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, dict):  # per language: {sv: [...], en: [...]}
        return [item for items in value.values() for item in _as_list(items)]
    if isinstance(value, str):
        return _split_bar(value)
    return [item for item in value if item is not None and str(item).strip()]


def _split_bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


# --------------------------------------------------------------------------- lexical evidence


_WORD = re.compile(r"\w+")

# "After you had submitted…" is about the step after applying, "innan beslutet"
# about the one before the decision: for the stages of the process itself
# (phase "during"), these words move a cue one stage on or back.
_AFTER = re.compile(r"(?<!\w)(?:after|efter|once (?:you|i|we|she|he|they)\S*|when (?:you|i|we|they) had"
                    r"|when (?:you|i|we|they)'d|när (?:ni|du|jag|vi|man) (?:hade|har))(?:\s+\S+){0,2}\s+$")
_BEFORE = re.compile(r"(?<!\w)(?:before|prior to|innan|före)(?:\s+\S+){0,2}\s+$")

# Questions that ask for a judgement over the whole journey rather than about one
# moment of it: their answers are placed by what they say, not by the question,
# their place in the session, or the answers around them.
OPEN_QUESTIONS = re.compile("|".join([
    r"(?:change|improve|fix) (?:one|a single|any|some)\w* thing", r"if you could change", r"if you could (?:wave|ask)",
    r"anything else", r"anything (?:you'd|you would) like to add", r"anything to add", r"looking back",
    r"what would you (?:tell|say to|change)", r"one thing", r"any(?:thing)? positive", r"what worked well",
    r"ändra (?:en|någon|nån) (?:sak|grej)", r"ändra en sak", r"om (?:ni|du) fick ändra", r"om (?:ni|du) kunde ändra",
    r"något (?:mer|annat) (?:ni|du) vill", r"nåt (?:mer|annat) (?:ni|du) vill", r"något att tillägga",
    r"nåt att tillägga", r"vill (?:ni|du) tillägga", r"i efterhand,? vad", r"vad skulle (?:ni|du) (?:säga|ändra|önska)",
    r"om (?:ni|du) (?:fick|kunde) önska", r"vad fungerade bra", r"en (?:sak|grej) (?:ni|du) skulle",
    r"^\W*(?:något|nåt) (?:mer|annat)\W*$", r"^\W*anything else\W*$", r"(?:ser|se|blickar) tillbaka",
    r"ett råd", r"what advice", r"(?:någon|nån) (?:sista|avslutande)", r"final thoughts", r"last thing",
]), re.IGNORECASE)


@dataclass
class CueMatcher:
    """Counts, per stage, the cue phrases found in texts.

    Cues come from the stage set (`cues`) and, with a lower weight, from the
    words that only one stage's label, description and examples use: so a
    user's own stage set without cues still gives lexical evidence. Where cues
    of several stages overlap, the longest wins ("after you submitted" over
    "submit").
    """

    stage_set: StageSet
    derived_weight: float = 0.35

    @cached_property
    def _stage_patterns(self) -> list[re.Pattern | None]:
        return [_cue_pattern(stage.cues) for stage in self.stage_set.stages]

    @cached_property
    def _any_cue(self) -> re.Pattern | None:
        return _cue_pattern([cue for stage in self.stage_set.stages for cue in stage.cues])

    @cached_property
    def _derived(self) -> list[re.Pattern | None]:
        return [_cue_pattern(sorted(words)) for words in _distinctive_stems(self.stage_set)]

    @cached_property
    def _any_derived(self) -> re.Pattern | None:
        return _cue_pattern([stem for stems in _distinctive_stems(self.stage_set) for stem in stems])

    def scores(self, texts: list[str]) -> np.ndarray:
        """(len(texts), n_stages) evidence: log(1 + weighted cue hits)."""
        hits = np.zeros((len(texts), len(self.stage_set)), dtype=float)
        for row, text in enumerate(texts):
            text = _normalised(text)
            for column in self.matches(text):
                hits[row, column] += 1.0
            for column in self._derived_matches(text):
                hits[row, column] += self.derived_weight
        return np.log1p(hits)

    def _derived_matches(self, text: str) -> list[int]:
        """Stage index of every distinctive stage word in `text` (each stem belongs to one stage)."""
        if self._any_derived is None:
            return []
        return [column for match in self._any_derived.finditer(text)
                for column, pattern in enumerate(self._derived)
                if pattern is not None and pattern.fullmatch(match.group())]

    def matches(self, text: str) -> list[int]:
        """Stage index of every cue found in `text`, after temporal shifts."""
        if self._any_cue is None:
            return []
        text = _normalised(text)
        found = []
        last = len(self.stage_set) - 1
        for match in self._any_cue.finditer(text):
            for column, pattern in enumerate(self._stage_patterns):
                if pattern is None or not pattern.fullmatch(match.group()):
                    continue
                if self.stage_set.stages[column].phase == "during":
                    before = text[max(0, match.start() - 60):match.start()]
                    if _AFTER.search(before):
                        column = min(column + 1, last)
                    elif _BEFORE.search(before):
                        column = max(column - 1, 0)
                found.append(column)
        return found


def _normalised(text) -> str:
    return " ".join(str(text or "").lower().replace("’", "'").split())


def is_open_question(question: str) -> bool:
    """True for a question about the whole journey ("If you could change one thing…").

    Examples:
        >>> is_open_question("Om ni fick ändra en sak, vad skulle det vara?")
        True
        >>> is_open_question("Hur hittade ni information?")
        False
    """
    return bool(OPEN_QUESTIONS.search(_normalised(question)))


def _cue_pattern(cues: list[str]) -> re.Pattern | None:
    """One pattern matching any of the cues (compiled once per cue list: every analysis asks again)."""
    return _compiled_cues(tuple(cues))


@lru_cache(maxsize=256)
def _compiled_cues(cues: tuple[str, ...]) -> re.Pattern | None:
    """One pattern matching any of the cues; a trailing `*` on a word matches any word ending.

    The cues are compiled as a character trie: a plain alternation of hundreds of
    cues makes the regex engine try each one at every position (about 1 ms per
    statement); the trie tries only the cues that share the text's next letter.
    Longer cues win where several match at one place ("fill in" over "fill").
    """
    sequences = [atoms for atoms in (_cue_atoms(cue) for cue in cues) if atoms]
    if not sequences:
        return None
    trie: dict = {}
    for atoms in sequences:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_TERMINAL] = {}
    return re.compile(_trie_regex(trie))


_WORD_START, _WORD_END = r"(?<!\w)", r"(?!\w)"
_SEPARATOR, _ANY_ENDING = r"[\s,]+", r"[\w-]*"
_TERMINAL = ""


def _cue_atoms(cue: str) -> list[str]:
    words = cue.lower().split()
    if not words:
        return []
    atoms = [_WORD_START] if re.match(r"\w", words[0]) else []
    for index, word in enumerate(words):
        if index:
            atoms.append(_SEPARATOR)
        wildcard = word.endswith("*")
        atoms += [re.escape(ch) for ch in (word[:-1] if wildcard else word)]
        if wildcard:
            atoms.append(_ANY_ENDING)
    if re.search(r"\w$", words[-1]):
        atoms.append(_WORD_END)
    return atoms


def _trie_regex(node: dict) -> str:
    branches = sorted((atom for atom in node if atom != _TERMINAL),
                      key=lambda atom: (atom == _WORD_END, -_depth(node[atom]), atom))
    parts = [atom + _trie_regex(node[atom]) for atom in branches]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _TERMINAL in node:  # a cue may end here; longer ones are tried first (greedy)
        return "(?:" + body + ")?" if len(parts) == 1 else body + "?"
    return body


def _depth(node: dict) -> int:
    return 1 + max((_depth(child) for child in node.values()), default=0) if node else 0


def _distinctive_stems(stage_set: StageSet, stem_length: int = 6, min_length: int = 4) -> list[set[str]]:
    stop_words = _stop_words()
    per_stage = []
    for stage in stage_set.stages:
        words = {w for text in stage.prototype_texts for w in _WORD.findall(text.lower())}
        per_stage.append({w[:stem_length] + ("*" if len(w) > stem_length else "")
                          for w in words if len(w) >= min_length and w not in stop_words and not w.isdigit()})
    counts: dict[str, int] = {}
    for stems in per_stage:
        for stem in stems:
            counts[stem] = counts.get(stem, 0) + 1
    return [{s for s in stems if counts[s] == 1} for stems in per_stage]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as english
    from spacy.lang.sv.stop_words import STOP_WORDS as swedish

    return frozenset(english | swedish)


# --------------------------------------------------------------------------- assignment


@dataclass(frozen=True)
class StageWeights:
    """How much each kind of evidence counts, in log-odds units, and how sticky stages are.

    Set from what interviews are like, then checked (not fitted) on the first two
    sample studies: each part was kept only when removing it made both worse. The
    learned position prior (session 6) was measured on all five; its pseudo-count was
    chosen there (5 / 20 / 50: mean stage accuracy 0.708 / 0.726 / 0.730).
    """

    text_cues: float = 1.5
    derived_cues: float = 0.2  # words only one stage's description and examples use
    question_cues: float = 2.0
    question_decay: float = 0.85  # per later answer to the same question: talk drifts
    # An answer with a cue of its own halves the question's pull (one cue: 1 + 1 x 1). Stage accuracy on six
    # studies 0.685 -> 0.693, none lower; a plain lower question weight left lone answers unknown.
    question_yield: float = 1.0
    text_embedding: float = 0.2
    question_embedding: float = 0.0  # with e5 a question's cue words place it better; kept for other models
    study_centroids: float = 0.3
    # The stage probe's log-probabilities. Leaving each of fourteen studies out of its training: mean stage
    # accuracy 0.606 -> 0.631 at 0.5 (0.25 / 1.0: 0.628 / 0.617), the lowest 0.40 -> 0.49.
    learned: float = 0.5
    position: float = 0.6
    position_width: float = 0.3  # of a stage in the plain journey order
    position_width_range: tuple[float, float] = (0.1, 0.5)  # of a stage learned from the study
    position_pseudo_count: float = 20.0  # statements the plain journey order counts for, per stage
    stay_in_turn: float = 0.92
    stay_same_question: float = 0.7
    stay_new_question: float = 0.35
    forward_share: float = 0.75


def assign_stages(statements: pd.DataFrame, stage_set: StageSet, vectors: np.ndarray | None = None,
                  embedder=None, min_confidence: float = DEFAULT_MIN_CONFIDENCE, *,
                  weights: StageWeights | None = None, learned: np.ndarray | None = None) -> pd.DataFrame:
    """A journey stage and a confidence for each statement.

    Args:
        statements: columns text, question, source, turn; rows in conversation
            order within each source.
        stage_set: the stages to choose from.
        vectors: optional L2-normalised embeddings, row-aligned with `statements`.
            With a `language` column in `statements`, the mean vectors of a mixed
            study's languages are aligned first (`embed.align_languages`).
        embedder: optional object with `.encode(texts)`, the model of `vectors`;
            embeds the stage prototypes (and the statements when `vectors` is
            not given). Without it, `vectors` still feed the study centroids.
        min_confidence: below this posterior probability the stage is `unknown`.
        weights: evidence weights; the defaults suit most studies.
        learned: optional (n, n_stages) log-evidence from a stage probe, columns in
            `stage_set.ids` order (`probe.StageProbe.log_evidence`).

    Returns:
        A DataFrame with the index of `statements` and columns `journey_stage`
        (a stage id or "unknown") and `stage_confidence` (0..1).

    Examples:
        >>> rows = pd.DataFrame({"text": ["Jag letade på kommunens hemsida i flera kvällar."],
        ...                      "question": ["Hur hittade ni information?"],
        ...                      "source": ["fg.txt"], "turn": [3], "language": ["sv"]})
        >>> assign_stages(rows, default_stage_set()).journey_stage.tolist()
        ['find_info']
    """
    weights = weights or StageWeights()
    n = len(statements)
    if n == 0:
        return pd.DataFrame({"journey_stage": pd.Series([], dtype=object),
                             "stage_confidence": pd.Series([], dtype=float)}, index=statements.index)
    table = _conversation(statements)
    if vectors is None and embedder is not None:
        vectors = _encode(embedder, table["text"].tolist())
    if vectors is not None and len(vectors) != n:
        raise InvalidOption(f"got {len(vectors)} vectors for {n} statements; they must be row-aligned")
    if vectors is not None and "language" in statements.columns:
        # Otherwise the study's centroids of a stage lean to the language most of its statements are in.
        vectors = align_languages(np.asarray(vectors), statements["language"].tolist())
    evidence = _lexical_evidence(table, stage_set, weights)
    if embedder is not None:
        evidence += _embedding_evidence(table, stage_set, vectors, embedder, weights)
    if learned is not None:
        if np.shape(learned) != evidence.shape:
            raise InvalidOption(f"got learned stage evidence of shape {np.shape(learned)}, "
                                f"not {evidence.shape} (statements x stages)")
        evidence += weights.learned * np.asarray(learned, dtype=float)
    if weights.position:
        evidence += _position_evidence(table, _smooth(evidence, table, weights), weights, min_confidence)
    posterior = _smooth(evidence, table, weights)
    if vectors is not None and weights.study_centroids:
        refined = evidence + weights.study_centroids * _centroid_evidence(vectors, posterior, min_confidence)
        posterior = _smooth(refined, table, weights)
    best = posterior.argmax(axis=1)
    confidence = posterior[np.arange(n), best]
    stages = np.array(stage_set.ids, dtype=object)[best]
    stages[confidence < min_confidence] = UNKNOWN
    return pd.DataFrame({"journey_stage": stages, "stage_confidence": confidence.round(4)}, index=statements.index)


def _lexical_evidence(table: pd.DataFrame, stage_set: StageSet, weights: StageWeights) -> np.ndarray:
    """(n, n_stages) log-evidence from cue phrases in the statement and in the question.

    The question frames an answer that names no stage itself at full weight; an answer
    with cues of its own is about what it says: the question's weight is divided by
    1 + `question_yield` x the answer's strongest cue score.
    """
    matcher = CueMatcher(stage_set, derived_weight=weights.derived_cues)
    own = matcher.scores(table["text"].tolist())
    yielding = 1.0 + weights.question_yield * np.clip(own.max(axis=1, keepdims=True), 0, None)
    question = _per_unique(table["question"].tolist(), matcher.scores)
    return weights.text_cues * own + weights.question_cues * _question_weight(table, weights) * question / yielding


def _position_evidence(table: pd.DataFrame, posterior: np.ndarray, weights: StageWeights,
                       min_confidence: float) -> np.ndarray:
    """(n, n_stages) log-prior from where in its session a statement sits, as this study talks.

    Interview guides walk through the journey, but not evenly: a study of a care
    service spends most of each session on the care itself, one of a permit on the
    application. So where each stage is talked about is learned from the study's own
    evidence without the prior (`posterior`), from the statements it places with
    `min_confidence` and that the prior applies to: not answers to open questions, and
    short sessions only in part (their order says little).
    """
    framed = ~table["open_question"].to_numpy()
    trust = framed * table["position_weight"].to_numpy()
    confident = posterior.max(axis=1) >= min_confidence
    learned_from = posterior * (trust * confident)[:, None]
    prior = _position_prior(table["position"].to_numpy(), learned_from, weights)
    return weights.position * trust[:, None] * prior


def _embedding_evidence(table: pd.DataFrame, stage_set: StageSet, vectors: np.ndarray, embedder,
                        weights: StageWeights) -> np.ndarray:
    """(n, n_stages) log-evidence from similarity to the stage prototypes."""
    prototypes = _prototypes(stage_set, embedder)
    evidence = weights.text_embedding * _standardised(_encode_rows(np.asarray(vectors, dtype=float)) @ prototypes.T)
    if weights.question_embedding:
        questions = table["question"].tolist()
        asked = np.array([bool(q.strip()) for q in questions])[:, None]
        similarity = _per_unique(questions, lambda unique: _encode(embedder, unique) @ prototypes.T)
        evidence += weights.question_embedding * _question_weight(table, weights) * asked * _standardised(similarity)
    return evidence


def _question_weight(table: pd.DataFrame, weights: StageWeights) -> np.ndarray:
    framed = ~table["open_question"].to_numpy()
    return (framed * weights.question_decay ** table["answer_rank"].to_numpy())[:, None]


def _conversation(statements: pd.DataFrame) -> pd.DataFrame:
    """Per statement: its source, turn, question and where it sits in the session."""
    if "text" not in statements.columns:
        raise InvalidOption("statements table has no column 'text'")
    n = len(statements)

    def column(name, default):
        return statements[name].to_numpy() if name in statements.columns else default

    table = pd.DataFrame({
        "text": pd.Series(column("text", [""] * n)).fillna("").astype(str).to_numpy(),
        "question": pd.Series(column("question", [""] * n)).fillna("").astype(str).to_numpy(),
        "source": pd.Series(column("source", [""] * n)).fillna("").astype(str).to_numpy(),
        "turn": pd.to_numeric(pd.Series(column("turn", np.arange(n))), errors="coerce").fillna(-1).to_numpy(),
    })
    by_source = table.groupby("source", sort=False)
    size = by_source["text"].transform("size")
    table["position"] = by_source.cumcount() / (size - 1).clip(lower=1)
    # Only a whole session follows its interview guide through the journey; a few lines do not.
    table["position_weight"] = (size / FULL_SESSION).clip(upper=1.0)
    first = by_source.cumcount() == 0
    new_turn = first | table["turn"].ne(by_source["turn"].shift())
    new_question = first | table["question"].ne(by_source["question"].shift())
    # Which answer to its question a turn is (0 = the first): later answers drift from it.
    block = (new_question.astype(int).groupby(table["source"], sort=False).cumsum().astype(str)
             + "\x00" + table["source"])
    table["answer_rank"] = new_turn.astype(int).groupby(block).cumsum() - 1
    table["open_question"] = [is_open_question(q) for q in table["question"]]
    table["boundary"] = np.select([first, new_turn & table["open_question"], new_question, new_turn],
                                  ["source", "open", "question", "turn"], default="statement")
    return table


def _per_unique(texts: list[str], score) -> np.ndarray:
    unique = list(dict.fromkeys(texts))
    scores = np.asarray(score(unique), dtype=float)
    index = {text: row for row, text in enumerate(unique)}
    return scores[[index[text] for text in texts]]


def _position_prior(position: np.ndarray, placed: np.ndarray, weights: StageWeights) -> np.ndarray:
    """Log-prior of each stage at each relative position (0..1) of a session: a normal density per stage.

    `placed` (n, K) says how much each statement counts for each stage. A stage's mean
    and spread are those of its statements' positions, shrunk towards the plain journey
    order (stage k of K around k/(K-1), spread `position_width`) as if that order had
    `position_pseudo_count` statements of its own: with no placed statements the prior
    is the journey order, with many it is the study's. Being a density (the -log width
    term), a stage talked about in a narrow stretch of the sessions wins there over one
    talked about everywhere; that term carries much of the gain below.

    Measured on five sample studies (stage accuracy per turn, with the languages aligned),
    against the fixed journey order: 0.777 / 0.793 / 0.699 / 0.637 / 0.522 -> 0.799 / 0.798 /
    0.716 / 0.643 / 0.673 (blue-badge, bygglov, fardtjanst, school-admissions, hemtjanst);
    the home-care study talks about the care itself through most of every session.
    """
    n_stages = placed.shape[1]
    if n_stages < 2:
        return np.zeros((len(position), n_stages))
    order, pseudo = np.linspace(0, 1, n_stages), weights.position_pseudo_count
    mass = placed.sum(axis=0) + pseudo
    centres = ((placed * position[:, None]).sum(axis=0) + pseudo * order) / mass
    variance = ((placed * (position[:, None] - centres) ** 2).sum(axis=0)
                + pseudo * ((order - centres) ** 2 + weights.position_width ** 2)) / mass
    widths = np.clip(np.sqrt(variance), *weights.position_width_range)
    prior = -((position[:, None] - centres) ** 2) / (2 * widths ** 2) - np.log(widths)
    return prior - prior.max(axis=1, keepdims=True)


def _encode(embedder, texts: list[str]) -> np.ndarray:
    vectors = np.asarray(embedder.encode(texts), dtype=float)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def _prototypes(stage_set: StageSet, embedder) -> np.ndarray:
    """One unit vector per stage: the mean of its label, description and examples."""
    texts = [stage.prototype_texts for stage in stage_set.stages]
    vectors = _encode(embedder, [t for group in texts for t in group])
    rows, start = [], 0
    for group in texts:
        rows.append(vectors[start:start + len(group)].mean(axis=0))
        start += len(group)
    return _encode_rows(np.vstack(rows))


def _encode_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def _standardised(similarities: np.ndarray) -> np.ndarray:
    """Similarities as evidence: each row centred, scaled by the spread of the whole table.

    Centring a row removes what a statement shares with every stage; scaling by
    the table's spread makes the weights mean the same for any embedding model.
    """
    centred = similarities - similarities.mean(axis=1, keepdims=True)
    spread = centred.std()
    return centred / spread if spread > 1e-9 else np.zeros_like(centred)


def _centroid_evidence(vectors: np.ndarray, posterior: np.ndarray, min_confidence: float) -> np.ndarray:
    """Similarity to centroids of the study's own confidently placed statements."""
    vectors = _encode_rows(np.asarray(vectors, dtype=float))
    confident = posterior * (posterior.max(axis=1, keepdims=True) >= min_confidence)
    mass = confident.sum(axis=0)
    centroids = _encode_rows(confident.T @ vectors)
    evidence = _standardised(vectors @ centroids.T)
    # A stage without confident statements has no centroid: no evidence either way.
    evidence[:, mass < 1.0] = 0.0
    return evidence


# --------------------------------------------------------------------------- smoothing


def _smooth(evidence: np.ndarray, table: pd.DataFrame, weights: StageWeights) -> np.ndarray:
    """Posterior stage probabilities from forward-backward over each source's statements."""
    n_stages = evidence.shape[1]
    transitions = {kind: _transition_matrix(n_stages, stay, weights.forward_share)
                   for kind, stay in (("statement", weights.stay_in_turn), ("turn", weights.stay_same_question),
                                      ("question", weights.stay_new_question))}
    # Answers to an open question each stand alone: nothing carries over between turns.
    transitions["open"] = np.full((n_stages, n_stages), 1.0 / n_stages)
    kinds = table["boundary"].to_numpy()
    posterior = np.zeros_like(evidence)
    for rows in table.groupby("source", sort=False).indices.values():
        rows = np.sort(rows)
        posterior[rows] = _forward_backward(evidence[rows], [transitions[kind] for kind in kinds[rows[1:]]])
    return posterior


def _transition_matrix(n_stages: int, stay: float, forward_share: float) -> np.ndarray:
    """Stay with `stay`; otherwise move forward (nearer stages likelier) or, less often, back."""
    matrix = np.zeros((n_stages, n_stages))
    for i in range(n_stages):
        forward = np.array([0.5 ** (j - i - 1) for j in range(i + 1, n_stages)])
        backward = np.ones(i)
        share_forward = forward_share if len(backward) else 1.0
        share_backward = 1.0 - forward_share if len(forward) else 1.0
        if len(forward):
            matrix[i, i + 1:] = (1 - stay) * share_forward * forward / forward.sum()
        if len(backward):
            matrix[i, :i] = (1 - stay) * share_backward * backward / backward.sum()
        matrix[i, i] = stay if n_stages > 1 else 1.0
    return matrix


def _forward_backward(evidence: np.ndarray, transitions: list[np.ndarray]) -> np.ndarray:
    likelihood = np.exp(evidence - evidence.max(axis=1, keepdims=True))
    n, k = likelihood.shape
    alpha = np.zeros((n, k))
    alpha[0] = likelihood[0] / likelihood[0].sum()
    for t in range(1, n):
        alpha[t] = likelihood[t] * (alpha[t - 1] @ transitions[t - 1])
        alpha[t] /= alpha[t].sum()
    beta = np.ones((n, k))
    for t in range(n - 2, -1, -1):
        beta[t] = transitions[t] @ (likelihood[t + 1] * beta[t + 1])
        beta[t] /= beta[t].sum()
    posterior = alpha * beta
    return posterior / posterior.sum(axis=1, keepdims=True)
