"""Probes: what a coder read, learned linearly from a statement's embedding on labelled studies.

Two probes ship, each learned from the sample studies' gold labels.

A sentiment probe (`SentimentProbe`):

The lexicons see the words that carry sentiment. Participants often complain
without them: "Inte ett ljud.", "then you sit in the entrance until quarter to
four", "I've been late for work five times this autumn". A ridge regression from
the statement's vector (centred per language within its study, as everywhere)
to the sentiment a coder gave its turn catches some of that; `painpoints` adds
its learned direction, and a little of its lean, to the lexicon score.

A stage probe (`StageProbe`): a multinomial logistic regression from a
statement's vector and its answer in context (question + whole turn) to the
journey stage a coder gave its turn. The cue phrases know the words of a
stage; what a journey moment sounds like in a service nobody wrote cues for
("the letter came on a Friday", "vi fick en tid till handläggaren") is what
it adds. Its log-probabilities are one more kind of stage evidence
(`journey.assign_stages`), used only with the stage ids it learned.

A kind probe (`KindProbe`): a multinomial logistic regression per participant
turn, stacked on the rules. It reads the turn's answer in context and the mean
of its statements' vectors, and what the rules said of the turn (its kind, its
statements' lowest, highest and summed sentiment, its sentiment) and its length, and learns
the kind the coder gave the turn. Coders call a complaining question ("why
does nobody ring back?"), a complaining suggestion or a short sour reaction a
pain point; the words alone often do not. `painpoints.follow_turn_kinds`
makes the turn's statements agree with it on pain.

A theme metric (`ThemeMetric`): the directions of the discovery feature along
which statements of one gold theme differ most from each other, pooled over
the sample studies (how something is said: its mood, its length, who says
it, rather than what it is about). Discovery shrinks them before it clusters,
so statements meet on their topic more than on their manner. Themes differ
from study to study; these directions are what the studies share.

A probe belongs to one embedding model: it is used only when the study's vectors
come from a model it lists (`probe_for`, `stage_probe_for`).
`pipelines/train_sentiment_probe.py`, `pipelines/train_stage_probe.py`,
`pipelines/train_kind_probe.py` and `pipelines/train_theme_metric.py` train
the bundled ones on the sample studies' gold labels;
`benchmarks/sentiment_probe.py`, `benchmarks/stage_probe.py`,
`benchmarks/kind_probe.py` and `benchmarks/theme_metric.py` measure each on
every study with one trained on the others.

Examples:
    >>> vectors = np.array([[1.0, 0.0], [0.0, 1.0]] * 5)
    >>> probe = fit_probe(vectors, ["en"] * 10, np.array([-1.0, 1.0] * 5), ["a"] * 10, model_ids=("toy",), alpha=0.1)
    >>> [round(float(s), 1) for s in probe.predict(vectors, ["en"] * 10)[:2]]
    [-1.0, 1.0]
    >>> probe.predict(vectors, ["de"] * 10)[:2].tolist()  # a language it never learned: no opinion
    [0.0, 0.0]
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from insights.embed import E5_MODEL_IDS, centre_by_language, normalise

PROBE_DIR = Path(__file__).resolve().parent / "probes"
BUNDLED = PROBE_DIR / "sentiment-multilingual-e5-small.json"
BUNDLED_STAGES = PROBE_DIR / "stages-multilingual-e5-small.json"
BUNDLED_KINDS = PROBE_DIR / "kinds-multilingual-e5-small.json"
BUNDLED_THEME_METRIC = PROBE_DIR / "theme-metric-multilingual-e5-small.json"
E5_IDS = tuple(E5_MODEL_IDS.values())  # both engines give the same vectors (cosine >= 0.9998)
ALPHA = 10.0  # ridge penalty: 3 and 10 scored alike leaving one study out
STAGE_C = 0.3  # inverse L2 penalty of the stage probe; 0.1 / 0.3 / 1 scored alike leaving one study out
KIND_C = 0.3  # inverse L2 penalty of the kind probe; as measured in benchmarks/kind_probe.py
RULE_WEIGHT = 3.0  # the rules' outputs scaled against the unit-length vectors: 1 and 3 measured, 3 kept
METRIC_DIRECTIONS = 8  # within-theme directions the theme metric shrinks: 8, 16, 32 and all scored alike
METRIC_SHRINK = 5.0  # λ: a direction with within-theme variance w (mean 1) keeps sqrt(λ / (w + λ)); 3-10 alike
MIN_LANGUAGE_ROWS = 10  # fewer statements of a language than this: too few to centre, no prediction


@dataclass(frozen=True)
class SentimentProbe:
    model_ids: tuple[str, ...]  # the embedding models whose vectors it reads
    coef: np.ndarray
    intercept: float
    alpha: float
    languages: tuple[str, ...]  # the languages it learned from
    trained_on: tuple[str, ...] = ()  # the studies (and number of statements) it learned from
    sha256: str = ""  # of the file it was loaded from

    def fits(self, model_id: str) -> bool:
        return model_id in self.model_ids

    def predict(self, vectors: np.ndarray, languages: Sequence[str], *, weight: float = 1.0,
                lean: float = 1.0) -> np.ndarray:
        """Sentiment per row, roughly in [-1, 1]; `vectors` are one study's, as embedded.

        Rows are centred per language, as in training, so the learned direction says
        how much more or less negative a statement sounds than the study's others;
        `weight` scales it, and `lean` times the intercept (the training studies'
        average sentiment) is added. A language the probe never learned, or one with fewer than
        MIN_LANGUAGE_ROWS rows here (its centre would be the rows themselves), gets 0:
        no opinion.
        """
        vectors = np.asarray(vectors)
        if len(vectors) == 0:
            return np.zeros(0)
        if vectors.shape[1] != len(self.coef):
            raise ValueError(f"the sentiment probe reads {len(self.coef)}-dimensional vectors of "
                             f"{self.model_ids[0]}, not {vectors.shape[1]}-dimensional ones")
        languages = np.asarray(languages, dtype=object)
        predicted = np.zeros(len(vectors))
        usable = _usable_rows(languages, self.languages)
        if usable.any():
            direction = centre_by_language(vectors[usable], languages[usable]) @ self.coef
            predicted[usable] = weight * direction + lean * self.intercept
        return predicted

    def save(self, path: Path) -> None:
        record = {"model_ids": list(self.model_ids), "alpha": self.alpha, "languages": list(self.languages),
                  "trained_on": list(self.trained_on), "intercept": self.intercept,
                  "coef": [round(float(c), 6) for c in self.coef]}
        path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> SentimentProbe:
        data = path.read_bytes()
        record = json.loads(data)
        return cls(tuple(record["model_ids"]), np.asarray(record["coef"], dtype=np.float32),
                   float(record["intercept"]), float(record["alpha"]), tuple(record["languages"]),
                   tuple(record.get("trained_on", ())), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class StageProbe:
    model_ids: tuple[str, ...]  # the embedding models whose vectors it reads
    stage_ids: tuple[str, ...]  # the stages it tells apart, in its rows' order
    coef: np.ndarray  # (stages, 2 x dimensions): the statement's vector, then its answer in context
    intercept: np.ndarray  # (stages,)
    c: float
    languages: tuple[str, ...]
    trained_on: tuple[str, ...] = ()
    sha256: str = ""

    def fits(self, model_id: str, stage_ids: Sequence[str]) -> bool:
        """True when it reads this model's vectors and knows exactly these stages (in any order)."""
        return model_id in self.model_ids and set(stage_ids) == set(self.stage_ids)

    def log_evidence(self, text_vectors: np.ndarray, context_vectors: np.ndarray, languages: Sequence[str],
                     stage_ids: Sequence[str]) -> np.ndarray:
        """(rows, stages) log-probabilities, each row's mean taken off, columns in `stage_ids` order.

        Rows are one study's statements, centred per language as in training (so what is
        common to the whole study, its service, is taken away). A row whose language the
        probe never learned, or has fewer than MIN_LANGUAGE_ROWS rows, gets zeros.
        """
        text_vectors, context_vectors = np.asarray(text_vectors), np.asarray(context_vectors)
        evidence = np.zeros((len(text_vectors), len(stage_ids)))
        if len(text_vectors) == 0:
            return evidence
        if text_vectors.shape[1] * 2 != self.coef.shape[1]:
            raise ValueError(f"the stage probe reads {self.coef.shape[1] // 2}-dimensional vectors of "
                             f"{self.model_ids[0]}, not {text_vectors.shape[1]}-dimensional ones")
        languages = np.asarray(languages, dtype=object)
        usable = _usable_rows(languages, self.languages)
        if not usable.any():
            return evidence
        features = _stage_features(text_vectors[usable], context_vectors[usable], languages[usable])
        scores = features @ self.coef.T + self.intercept
        log_probability = scores - _log_sum_exp(scores)
        columns = [self.stage_ids.index(stage) for stage in stage_ids]
        learned = log_probability[:, columns]
        evidence[usable] = learned - learned.mean(axis=1, keepdims=True)
        return evidence

    def save(self, path: Path) -> None:
        record = {"model_ids": list(self.model_ids), "stage_ids": list(self.stage_ids), "c": self.c,
                  "languages": list(self.languages), "trained_on": list(self.trained_on),
                  "intercept": [round(float(b), 6) for b in self.intercept],
                  "coef": [[round(float(c), 6) for c in row] for row in self.coef]}
        path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> StageProbe:
        data = path.read_bytes()
        record = json.loads(data)
        return cls(tuple(record["model_ids"]), tuple(record["stage_ids"]),
                   np.asarray(record["coef"], dtype=np.float32), np.asarray(record["intercept"], dtype=np.float32),
                   float(record["c"]), tuple(record["languages"]), tuple(record.get("trained_on", ())),
                   hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class KindProbe:
    model_ids: tuple[str, ...]  # the embedding models whose vectors it reads
    kinds: tuple[str, ...]  # the kinds it tells apart, in its rows' order
    coef: np.ndarray  # (kinds, features): answer in context, mean statement vector, then the rules' outputs
    intercept: np.ndarray  # (kinds,)
    c: float
    rule_weight: float
    languages: tuple[str, ...]
    trained_on: tuple[str, ...] = ()
    sha256: str = ""

    def fits(self, model_id: str) -> bool:
        return model_id in self.model_ids

    def turn_kinds(self, statements: pd.DataFrame, text_vectors: np.ndarray, context_vectors: np.ndarray,
                   statement_labels: pd.DataFrame, rules: pd.DataFrame) -> pd.Series:
        """The learned kind of each turn, indexed by (source, turn).

        `statements` are one study's (with `source`, `turn`, `language`), row-aligned with
        the vectors and with `statement_labels` (the rules' `sentiment` of each statement);
        `rules` has a row per turn (`painpoints.turn_labels`). Turns in a language the probe
        never learned, or with fewer than MIN_LANGUAGE_ROWS statements here, are left out.
        """
        keys, features = kind_features(statements, text_vectors, context_vectors, statement_labels, rules,
                                       self.rule_weight, self.languages)
        if features.shape[1] != self.coef.shape[1]:
            raise ValueError(f"the kind probe reads {self.coef.shape[1]} features, not {features.shape[1]}: "
                             f"vectors of {self.model_ids[0]} and the rules of painpoints.KINDS")
        scores = features @ self.coef.T + self.intercept
        return pd.Series(np.asarray(self.kinds, dtype=object)[scores.argmax(axis=1)] if len(keys) else [],
                         index=keys, dtype=object)

    def save(self, path: Path) -> None:
        record = {"model_ids": list(self.model_ids), "kinds": list(self.kinds), "c": self.c,
                  "rule_weight": self.rule_weight, "languages": list(self.languages),
                  "trained_on": list(self.trained_on), "intercept": [round(float(b), 6) for b in self.intercept],
                  "coef": [[round(float(c), 6) for c in row] for row in self.coef]}
        path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> KindProbe:
        data = path.read_bytes()
        record = json.loads(data)
        return cls(tuple(record["model_ids"]), tuple(record["kinds"]), np.asarray(record["coef"], dtype=np.float32),
                   np.asarray(record["intercept"], dtype=np.float32), float(record["c"]),
                   float(record["rule_weight"]), tuple(record["languages"]), tuple(record.get("trained_on", ())),
                   hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class ThemeMetric:
    model_ids: tuple[str, ...]  # the embedding models whose discovery features it reads
    directions: np.ndarray  # (k, dimensions), orthonormal: where one theme's statements vary most
    keep: np.ndarray  # (k,): the share of each direction kept, in (0, 1]
    shrink: float  # λ it was fitted with
    trained_on: tuple[str, ...] = ()
    sha256: str = ""

    def fits(self, model_id: str) -> bool:
        return model_id in self.model_ids

    def apply(self, features: np.ndarray) -> np.ndarray:
        """`features` with each learned direction scaled down to its `keep` share, re-normalised."""
        features = np.asarray(features, dtype=np.float32)
        if features.shape[1] != self.directions.shape[1]:
            raise ValueError(f"the theme metric reads {self.directions.shape[1]}-dimensional features of "
                             f"{self.model_ids[0]}, not {features.shape[1]}-dimensional ones")
        along = features @ self.directions.T
        return normalise(features - (along * (1.0 - self.keep)) @ self.directions)

    def save(self, path: Path) -> None:
        record = {"model_ids": list(self.model_ids), "shrink": self.shrink, "trained_on": list(self.trained_on),
                  "keep": [round(float(k), 6) for k in self.keep],
                  "directions": [[round(float(c), 6) for c in row] for row in self.directions]}
        path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ThemeMetric:
        data = path.read_bytes()
        record = json.loads(data)
        return cls(tuple(record["model_ids"]), np.asarray(record["directions"], dtype=np.float32),
                   np.asarray(record["keep"], dtype=np.float32), float(record["shrink"]),
                   tuple(record.get("trained_on", ())), hashlib.sha256(data).hexdigest())


def fit_theme_metric(features: np.ndarray, themes: Sequence[str], study_keys: Sequence[str],
                     model_ids: tuple[str, ...], directions: int = METRIC_DIRECTIONS, shrink: float = METRIC_SHRINK,
                     trained_on: tuple[str, ...] = ()) -> ThemeMetric:
    """The top `directions` of the within-theme scatter (each study's themes apart; "" rows are unlabelled).

    The scatter is scaled to a mean eigenvalue of 1; a direction of variance w keeps
    sqrt(shrink / (w + shrink)) of itself, as whitening with a ridge of `shrink` would
    (whitening the other, flatter directions changes little).
    """
    features, themes, keys = np.asarray(features, dtype=np.float64), np.asarray(themes), np.asarray(study_keys)
    scatter, rows = np.zeros((features.shape[1], features.shape[1])), 0
    for key in np.unique(keys):
        for theme in np.unique(themes[(keys == key) & (themes != "")]):
            members = features[(keys == key) & (themes == theme)]
            residuals = members - members.mean(axis=0)
            scatter += residuals.T @ residuals
            rows += len(members)
    scatter *= features.shape[1] / np.trace(scatter)
    variances, vectors = np.linalg.eigh(scatter)
    top = np.argsort(variances)[::-1][:directions]
    keep = np.sqrt(shrink / (variances[top] + shrink))
    return ThemeMetric(model_ids, vectors[:, top].T.astype(np.float32), keep.astype(np.float32), shrink, trained_on)


RULE_KINDS = ("pain", "praise", "suggestion", "question", "neutral")  # painpoints.KINDS (not imported: it imports us)


def kind_features(statements: pd.DataFrame, text_vectors: np.ndarray, context_vectors: np.ndarray,
                  statement_labels: pd.DataFrame, rules: pd.DataFrame, rule_weight: float,
                  languages: Sequence[str] | None = None) -> tuple[pd.MultiIndex, np.ndarray]:
    """(turn keys, features) of one study's turns that `rules` names, for a kind probe.

    Per turn: its answer in context and the mean of its statements' vectors (each centred
    per language within the study), then `rule_weight` times what the rules said: the
    turn's kind one-hot, its statements' lowest, highest and summed sentiment, and its
    sentiment; and the turn's length (log of its words), since coders call a short sour
    reaction ("Typical.", "Same here.") a pain point more often than the words show. With `languages`, only turns whose language is among them and has at least
    MIN_LANGUAGE_ROWS statements (enough to centre) are kept.
    """
    by_turn = [statements["source"].to_numpy(), statements["turn"].to_numpy()]
    spoken = list(statements["language"])
    usable = _usable_rows(np.asarray(spoken, dtype=object), languages if languages is not None else sorted(set(spoken)))
    context = pd.DataFrame(centre_by_language(np.asarray(context_vectors), spoken)).groupby(by_turn).first()
    text = pd.DataFrame(centre_by_language(np.asarray(text_vectors), spoken)).groupby(by_turn).mean()
    sentiment = pd.Series(statement_labels["sentiment"].to_numpy(dtype=float)).groupby(by_turn).agg(["min", "max", "sum"])
    length = np.log1p(statements["text"].str.split().str.len().fillna(0).groupby(by_turn).sum()) / 3
    known = pd.Series(usable).groupby(by_turn).first()
    rules = rules[[bool(known.get((source, turn), False)) for source, turn in zip(rules["source"], rules["turn"])]]
    keys = pd.MultiIndex.from_frame(rules[["source", "turn"]])
    said = np.array([[kind == k for k in RULE_KINDS] for kind in rules["kind"]], dtype=float).reshape(-1, len(RULE_KINDS))
    outputs = np.hstack([said, sentiment.loc[keys].to_numpy().reshape(-1, 3),
                         rules[["sentiment"]].to_numpy(dtype=float), length.loc[keys].to_numpy().reshape(-1, 1)])
    width = np.asarray(text_vectors).shape[1]
    features = np.hstack([context.loc[keys].to_numpy().reshape(-1, width), text.loc[keys].to_numpy().reshape(-1, width),
                          rule_weight * outputs])
    return keys, features.astype(np.float32)


def fit_kind_probe(features: np.ndarray, kinds: Sequence[str], languages: Sequence[str],
                   model_ids: tuple[str, ...], c: float = KIND_C, rule_weight: float = RULE_WEIGHT,
                   trained_on: tuple[str, ...] = ()) -> KindProbe:
    """Logistic regression from turn features (`kind_features`) to the coders' kinds."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000).fit(features, np.asarray(kinds))
    coef, intercept = _rows_per_class(model)
    order = [list(model.classes_).index(kind) for kind in RULE_KINDS if kind in model.classes_]
    return KindProbe(model_ids, tuple(model.classes_[order]), coef[order].astype(np.float32),
                     intercept[order].astype(np.float32), c, rule_weight,
                     tuple(sorted(set(languages))), trained_on)


def _rows_per_class(model) -> tuple[np.ndarray, np.ndarray]:
    """A fitted logistic regression's coefficients and intercepts, one row per class."""
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # one row for the second class against the first: the same as softmax over halves
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
    return coef, intercept


def _usable_rows(languages: np.ndarray, known: Sequence[str]) -> np.ndarray:
    """Rows in a language the probe learned that has enough rows here to be centred."""
    counts = pd.Series(languages).value_counts()
    return np.array([language in known and counts[language] >= MIN_LANGUAGE_ROWS for language in languages],
                    dtype=bool)


def _stage_features(text_vectors: np.ndarray, context_vectors: np.ndarray, languages: Sequence[str]) -> np.ndarray:
    return np.hstack([centre_by_language(text_vectors, languages), centre_by_language(context_vectors, languages)])


def _log_sum_exp(scores: np.ndarray) -> np.ndarray:
    top = scores.max(axis=1, keepdims=True)
    return top + np.log(np.exp(scores - top).sum(axis=1, keepdims=True))


def fit_stage_probe(text_vectors: np.ndarray, context_vectors: np.ndarray, languages: Sequence[str],
                    stages: Sequence[str], study_keys: Sequence[str], model_ids: tuple[str, ...],
                    stage_ids: Sequence[str], c: float = STAGE_C, trained_on: tuple[str, ...] = ()) -> StageProbe:
    """Logistic regression from statement and context vectors (centred per language within each study) to stages.

    Each study is centred on its own before its rows are selected, so pass every
    statement of a study and mark the unlabelled ones with a stage outside `stage_ids`
    (e.g. ""): they shape the centre but are not learned from.
    """
    from sklearn.linear_model import LogisticRegression

    keys, languages, stages = np.asarray(study_keys), np.asarray(languages, dtype=object), np.asarray(stages)
    features = np.zeros((len(keys), np.asarray(text_vectors).shape[1] * 2), dtype=np.float32)
    for key in np.unique(keys):
        rows = keys == key
        features[rows] = _stage_features(np.asarray(text_vectors)[rows], np.asarray(context_vectors)[rows],
                                         languages[rows])
    labelled = np.isin(stages, list(stage_ids))
    model = LogisticRegression(C=c, max_iter=3000).fit(features[labelled], stages[labelled])
    coef, intercept = _rows_per_class(model)
    order = [list(model.classes_).index(stage) for stage in stage_ids if stage in model.classes_]
    return StageProbe(model_ids, tuple(model.classes_[order]), coef[order].astype(np.float32),
                      intercept[order].astype(np.float32), c, tuple(sorted(set(languages[labelled]))), trained_on)


def fit_probe(vectors: np.ndarray, languages: Sequence[str], targets: np.ndarray, study_keys: Sequence[str],
              model_ids: tuple[str, ...], alpha: float = ALPHA, trained_on: tuple[str, ...] = ()) -> SentimentProbe:
    """Ridge regression from vectors (centred per language within each study) to sentiment targets."""
    from sklearn.linear_model import Ridge

    centred = _centred_per_study(vectors, languages, study_keys)
    model = Ridge(alpha=alpha).fit(centred, np.asarray(targets, dtype=float))
    return SentimentProbe(model_ids, model.coef_.astype(np.float32), float(model.intercept_), alpha,
                          tuple(sorted(set(languages))), trained_on)


def _centred_per_study(vectors: np.ndarray, languages: Sequence[str], study_keys: Sequence[str]) -> np.ndarray:
    keys, languages = np.asarray(study_keys), np.asarray(languages)
    centred = np.zeros_like(vectors, dtype=np.float32)
    for key in np.unique(keys):
        rows = keys == key
        centred[rows] = centre_by_language(vectors[rows], languages[rows])
    return centred


@cache
def _bundled(path: Path, kind: type):
    """The probe saved at `path` (loaded once per process), or None where the file is not shipped."""
    return kind.load(path) if path.exists() else None


def bundled_probe() -> SentimentProbe | None:
    return _bundled(BUNDLED, SentimentProbe)


def bundled_stage_probe() -> StageProbe | None:
    return _bundled(BUNDLED_STAGES, StageProbe)


def bundled_kind_probe() -> KindProbe | None:
    return _bundled(BUNDLED_KINDS, KindProbe)


def bundled_theme_metric() -> ThemeMetric | None:
    return _bundled(BUNDLED_THEME_METRIC, ThemeMetric)


def probe_for(model_id: str) -> SentimentProbe | None:
    """The bundled probe when it reads this model's vectors, else None (the lexicons work alone)."""
    probe = bundled_probe()
    return probe if probe is not None and probe.fits(model_id) else None


def stage_probe_for(model_id: str, stage_ids: Sequence[str]) -> StageProbe | None:
    """The bundled stage probe when it reads this model's vectors and knows these stages, else None."""
    probe = bundled_stage_probe()
    return probe if probe is not None and probe.fits(model_id, stage_ids) else None


def kind_probe_for(model_id: str) -> KindProbe | None:
    """The bundled kind probe when it reads this model's vectors, else None (the rules decide alone)."""
    probe = bundled_kind_probe()
    return probe if probe is not None and probe.fits(model_id) else None


def theme_metric_for(model_id: str) -> ThemeMetric | None:
    """The bundled theme metric when it reads this model's features, else None (discovery reads them as they are)."""
    metric = bundled_theme_metric()
    return metric if metric is not None and metric.fits(model_id) else None
