"""Analysis speed and memory for studies of 1,000, 10,000 and 50,000 statements.

For each size, in a fresh process (so peak memory is that size's own), builds
a study from sentences of the sample studies recombined into new statements,
then times: embedding throughput, theme clustering, the whole analysis cold
(empty vector cache) and warm (vectors cached, as when re-analysing after an
edit), and the peak resident memory.

    .venv/bin/python benchmarks/speed.py [--sizes 1000 10000 50000] [--embedder e5]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ingest import sample_sentences  # noqa: E402


def build_study(folder: Path, statements: int, seed: int = 0) -> None:
    """Write transcripts of about `statements` participant statements (20 turns of 5 per file)."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    languages = sorted(sentences)
    per_file = 100
    for index in range(max(1, statements // per_file)):
        language = languages[index % len(languages)]
        lines = []
        for turn in range(per_file // 5):
            lines.append(f"Moderator: {rng.choice(sentences[language]).rstrip('.!')}?")
            answer = " ".join(f"{rng.choice(sentences[language])} ({rng.randrange(10**6)})" for _ in range(5))
            lines.append(f"Deltagare {turn % 6 + 1}: {answer}")
        (folder / f"session-{index:04d}.txt").write_text("\n".join(lines), encoding="utf-8")


def measure(size: int, embedder_name: str) -> dict:
    from insights.analysis import AnalysisSettings, analyse
    from insights.embed import make_embedder
    from insights.store import StoreLocation
    from insights.study import ingest_paths

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "study").mkdir()
        build_study(folder / "study", size)
        store = StoreLocation(home=folder / "home").store_for("speed")
        ingest_paths(store, "speed", [folder / "study"])
        n = len(store.statements_table("speed"))
        settings = AnalysisSettings(embedder=embedder_name)
        started = time.perf_counter()
        cold = analyse(store, "speed", settings)
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        warm = analyse(store, "speed", settings)
        warm_s = time.perf_counter() - started
        sample = list(store.statements_table("speed")["text"].sample(min(n, 300), random_state=0) + " x")
        embedder = make_embedder(embedder_name)
        started = time.perf_counter()
        embedder.encode(sample)
        throughput = len(sample) / (time.perf_counter() - started)
    return {"statements": n, "embed statements/s": round(throughput, 1),
            "themes s (warm)": warm.timings["themes"], "stages s (warm)": warm.timings["journey"],
            "labels s (warm)": warm.timings["labels"], "cold s": round(cold_s, 1), "warm s": round(warm_s, 1),
            "themes": cold.summary["themes"],
            "peak MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description="Analysis speed and memory.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--embedder", default="e5")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.embedder)))
        return
    rows = []
    for size in args.sizes:
        done = subprocess.run([sys.executable, __file__, "--one", str(size), "--embedder", args.embedder],
                              stdout=subprocess.PIPE, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(rows[-1], file=sys.stderr)
    import pandas as pd

    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
