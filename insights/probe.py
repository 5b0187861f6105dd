"""A sentiment probe: sentiment read linearly off a statement's embedding, learned from labelled studies.

The lexicons see the words that carry sentiment. Participants often complain
without them: "Inte ett ljud.", "then you sit in the entrance until quarter to
four", "I've been late for work five times this autumn". A ridge regression from
the statement's vector (centred per language within its study, as everywhere)
to the sentiment a coder gave its turn catches some of that; `painpoints` adds
its learned direction, and a little of its lean, to the lexicon score.

A probe belongs to one embedding model: it is used only when the study's vectors
come from a model it lists (`probe_for`). `pipelines/train_sentiment_probe.py`
trains the bundled one on the sample studies' gold labels;
`benchmarks/sentiment_probe.py` measures it on each study with a probe trained
on the others.

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
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from insights.embed import E5_MODEL_IDS, centre_by_language

PROBE_DIR = Path(__file__).resolve().parent / "probes"
BUNDLED = PROBE_DIR / "sentiment-multilingual-e5-small.json"
E5_IDS = tuple(E5_MODEL_IDS.values())  # both engines give the same vectors (cosine >= 0.9998)
ALPHA = 10.0  # ridge penalty: 3 and 10 scored alike leaving one study out
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
        counts = pd.Series(languages).value_counts()
        usable = np.array([language in self.languages and counts[language] >= MIN_LANGUAGE_ROWS
                           for language in languages])
        predicted = np.zeros(len(vectors))
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


@lru_cache(maxsize=1)
def bundled_probe() -> SentimentProbe | None:
    return SentimentProbe.load(BUNDLED) if BUNDLED.exists() else None


def probe_for(model_id: str) -> SentimentProbe | None:
    """The bundled probe when it reads this model's vectors, else None (the lexicons work alone)."""
    probe = bundled_probe()
    return probe if probe is not None and probe.fits(model_id) else None
