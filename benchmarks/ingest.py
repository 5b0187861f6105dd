"""Ingest speed and memory on a large generated study.

Generates 40 transcripts of about 10,000 words each (about 400,000 words),
in mixed formats (txt, docx, vtt, srt, csv) and both languages, from the
sentences of the bundled sample studies, then times ingest + segmentation +
store into a fresh SQLite study and prints words/s and peak memory.

    .venv/bin/python benchmarks/ingest.py [--transcripts 40] [--words 10000]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this checkout's insights, not the one installed in .venv

from insights.ingest import collect_files, read_transcript  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from insights.study import ingest_paths  # noqa: E402

FORMATS = ["txt", "docx", "vtt", "srt", "csv"]


def sample_sentences() -> dict[str, list[str]]:
    """Sentences of the sample studies' participant turns, per language."""
    by_language: dict[str, list[str]] = {}
    for study in sorted((ROOT / "data" / "studies").iterdir()):
        for path in collect_files([study / "transcripts"]).transcripts:
            transcript = read_transcript(path)
            for utterance in transcript.utterances:
                parts = re.split(r"(?<=[.!?])\s+", utterance.text)
                by_language.setdefault(transcript.language, []).extend(p for p in parts if len(p.split()) > 2)
    return by_language


def make_turns(sentences: list[str], words: int, rng: random.Random) -> list[tuple[str, str]]:
    speakers = ["Moderator", *(f"Deltagare {i}" for i in range(1, 6))]
    turns, total = [], 0
    while total < words:
        speaker = speakers[len(turns) % 2 * rng.randint(1, 5)]
        text = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 8)))
        turns.append((speaker, text))
        total += len(text.split())
    return turns


def write_transcript(path: Path, turns: list[tuple[str, str]]) -> None:
    stamp = lambda s, sep: f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}{sep}000"  # noqa: E731
    if path.suffix == ".txt":
        path.write_text("\n".join(f"{speaker}: {text}" for speaker, text in turns), encoding="utf-8")
    elif path.suffix == ".docx":
        document = docx.Document()
        for speaker, text in turns:
            document.add_paragraph(f"{speaker}: {text}")
        document.save(path)
    elif path.suffix in (".vtt", ".srt"):
        sep = "." if path.suffix == ".vtt" else ","
        blocks = [f"{i + 1}\n{stamp(i * 20, sep)} --> {stamp(i * 20 + 19, sep)}\n{speaker}: {text}"
                  for i, (speaker, text) in enumerate(turns)]
        header = "WEBVTT\n\n" if path.suffix == ".vtt" else ""
        path.write_text(header + "\n\n".join(blocks) + "\n", encoding="utf-8")
    else:
        rows = ["talare;tid;yttrande"] + [f"{s};{stamp(i * 20, '.')};\"{t}\"" for i, (s, t) in enumerate(turns)]
        path.write_text("\n".join(rows), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transcripts", type=int, default=40)
    parser.add_argument("--words", type=int, default=10_000, help="words per transcript")
    args = parser.parse_args()
    rng = random.Random(0)
    sentences = sample_sentences()
    languages = sorted(sentences)
    with tempfile.TemporaryDirectory() as folder:
        study_folder = Path(folder) / "study"
        study_folder.mkdir()
        words = 0
        for index in range(args.transcripts):
            turns = make_turns(sentences[languages[index % len(languages)]], args.words, rng)
            words += sum(len(text.split()) for _speaker, text in turns)
            write_transcript(study_folder / f"session-{index:02d}.{FORMATS[index % len(FORMATS)]}", turns)
        store = StoreLocation(home=Path(folder) / "home").store_for("bench")
        started = time.perf_counter()
        report = ingest_paths(store, "bench", [study_folder])
        elapsed = time.perf_counter() - started
        statements = sum(result.statements for result in report.results)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"transcripts: {args.transcripts} ({', '.join(FORMATS)}), words: {words:,}, statements: {statements:,}")
    print(f"skipped: {len(report.skipped)}")
    print(f"ingest + segment + store: {elapsed:.1f} s, {words / elapsed:,.0f} words/s")
    print(f"peak memory (max RSS of the process): {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
