"""Issue 7 item 4: big inputs ingest within a memory budget, or stop at once.

Limits (insights/ingest/__init__.py): a file over MAX_FILE_BYTES (64 MB) is refused
before any of it is read, with "file too large: N MB (limit 64 MB)". Any file up to the
limit ingests within MEMORY_BUDGET_MB of peak memory, measured as the peak RSS of an
`insights ingest` subprocess (resource.getrusage(RUSAGE_CHILDREN) in a wrapper process
whose only child is the ingest). The segmenter hands spaCy chunks far under its
max_length and cuts a "sentence" without punctuation into statements of at most
MAX_STATEMENT_WORDS words. The files are generated in tmp, never committed; the heavy
ones run with --slow.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from insights.ingest import MAX_FILE_BYTES, parse_transcript
from insights.segment import CHUNK_CHARS, MAX_STATEMENT_WORDS, chunks, split_statements

MEMORY_BUDGET_MB = 2048
MB = 2**20
WORDS = ["vi", "väntade", "länge", "på", "beslutet", "och", "ingen", "ringde", "tillbaka", "om", "ansökan", "till", "bygglovet", "handläggaren", "we", "waited", "a", "long", "time", "for", "the", "decision", "and", "nobody", "called", "us", "back", "about", "the", "application"]
# The wrapper's only child is the ingest, so RUSAGE_CHILDREN's peak is the ingest's peak RSS.
MEASURE = ("import json, resource, subprocess, sys, time\n"
           "start = time.perf_counter()\n"
           "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
           "print(json.dumps({'rc': done.returncode, 'seconds': round(time.perf_counter() - start, 1),\n"
           "                  'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,\n"
           "                  'output': done.stdout + done.stderr}))\n")


def words(count: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(count))


def no_punctuation_text(path: Path, size: int) -> Path:
    """One line, one speaker, not a single full stop: an auto-transcript at its worst."""
    block = (words(50_000) + " ").encode()
    path.write_bytes((block * (size // len(block) + 1))[:size].rsplit(b" ", 1)[0])
    return path


def vtt(path: Path, size: int) -> Path:
    """A Teams-style WebVTT of `size` bytes: voice tags, a moderator every third cue."""
    rng = random.Random(1)
    with path.open("wb") as out:
        out.write(b"WEBVTT\n\n")
        cue, written = 0, 8
        while written < size:
            hours, rest = divmod(cue, 3600)
            stamp = f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
            speaker = "Moderator" if cue % 3 == 0 else f"Deltagare {cue % 7}"
            text = " ".join(rng.choice(WORDS) for _ in range(12))
            cue_bytes = f"{cue + 1}\n{stamp}.000 --> {stamp}.900\n<v {speaker}>{text.capitalize()}.</v>\n\n".encode()
            written += out.write(cue_bytes)
            cue += 1
    return path


def interview(path: Path, turns: int, seed: int) -> Path:
    rng = random.Random(seed)
    lines = []
    for turn in range(turns):
        if turn % 2 == 0:
            lines.append(f"Intervjuare: Hur gick det när ni {rng.choice(WORDS)} {rng.choice(WORDS)}?")
        else:
            sentences = [words(rng.randint(6, 25), seed * 1000 + turn * 10 + k).capitalize() + "."
                         for k in range(rng.randint(1, 5))]
            lines.append(f"Deltagare {seed % 5}: {' '.join(sentences)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measured_ingest(home: Path, *paths: Path, study: str = "big") -> dict:
    """Run `insights ingest` in a subprocess; its exit code, seconds, peak RSS (MB) and output."""
    env = {**os.environ, "INSIGHTS_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-c", MEASURE, sys.executable, "-m", "insights.cli", "ingest",
               *map(str, paths), "--study", study]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True, timeout=900)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\n{[p.name for p in paths][:3]}: {measured['seconds']} s, peak {measured['peak_mb']} MB")
    assert "Traceback" not in measured["output"], measured["output"]
    return measured


def study_counts(home: Path, study: str = "big") -> tuple[str, int, int, int]:
    with sqlite3.connect(home / f"{study}.sqlite") as connection:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        sessions, = connection.execute("SELECT count(*) FROM sessions").fetchone()
        statements, longest = connection.execute(
            "SELECT count(*), max(length(text) - length(replace(text, ' ', '')) + 1) FROM statements").fetchone()
    return check, sessions, statements, longest or 0


# --------------------------------------------------------------------------- the segmenter, in process


@pytest.mark.parametrize("text, size", [
    (words(300_000), CHUNK_CHARS),
    ("Kort mening. " * 20_000, CHUNK_CHARS),
    (words(40, 1) + " " + "x" * 250_000 + " " + words(40, 2), CHUNK_CHARS),  # one "word" longer than a chunk
    ("Ja. Nej! Kanske? " * 3, 10),
])
def test_big_inputs_chunks_are_bounded_and_lossless(text, size):
    pieces = chunks(text, size)
    assert "".join(pieces) == text
    assert max(map(len, pieces)) <= size


@pytest.mark.parametrize("text, language, fewest, most", [
    # 1.3 MB in one turn without punctuation, over spaCy's max_length (1,000,000 characters):
    # 200,000 words make 1,334 statements of 150 words, plus at most one short piece per 100 kB chunk.
    (words(200_000), "sv", 1334, 1334 + 14),
    (words(151), "en", 2, 2),
    (words(150), "en", 1, 1),
    # 1.3 MB of sentences in one turn: about one statement each (the tokenizer keeps "a." whole).
    (" ".join(f"{words(20, seed).capitalize()}." for seed in range(10_000)), "sv", 9000, 10_000),
])
def test_big_inputs_one_huge_turn_is_split_sensibly(text, language, fewest, most):
    found = split_statements(text, language)
    assert fewest <= len(found) <= most
    assert max(len(s.split()) for s in found) <= MAX_STATEMENT_WORDS
    assert " ".join(found).split() == text.split()  # verbatim: every word kept, in order


# --------------------------------------------------------------------------- whole files, in a subprocess


def test_big_inputs_5mb_text_without_punctuation(tmp_path):
    path = no_punctuation_text(tmp_path / "auto-transkript.txt", 5 * MB)
    measured = measured_ingest(tmp_path / "home", path)
    check, sessions, statements, longest = study_counts(tmp_path / "home")
    assert measured["rc"] == 0, measured["output"]
    assert (check, sessions) == ("ok", 1)
    assert statements >= len(path.read_text().split()) // MAX_STATEMENT_WORDS and longest <= MAX_STATEMENT_WORDS
    assert measured["peak_mb"] < MEMORY_BUDGET_MB


def test_big_inputs_just_over_the_limit_stops_at_once(tmp_path):
    path = vtt(tmp_path / "fokusgrupp.vtt", MAX_FILE_BYTES + 1)
    measured = measured_ingest(tmp_path / "home", path)
    assert measured["rc"] == 3  # skipped
    assert "fokusgrupp.vtt: file too large: 65 MB (limit 64 MB)" in " ".join(measured["output"].split())
    assert study_counts(tmp_path / "home")[:2] == ("ok", 0)


@pytest.mark.slow
def test_big_inputs_200mb_vtt_stops_at_once(tmp_path):
    path = vtt(tmp_path / "heldag.vtt", 200 * MB)
    measured = measured_ingest(tmp_path / "home", path)
    assert measured["rc"] == 3
    size = -(-path.stat().st_size // MB)  # 200 MB and the last cue
    assert f"heldag.vtt: file too large: {size} MB (limit 64 MB)" in " ".join(measured["output"].split())
    assert study_counts(tmp_path / "home")[:2] == ("ok", 0)
    # Never read: the bare command peaks at about 255 MB (Python, pandas, SQLAlchemy); reading would add 200 MB.
    assert measured["peak_mb"] < 400


@pytest.mark.slow
@pytest.mark.parametrize("make, size", [
    pytest.param(no_punctuation_text, 50 * MB, id="50mb-txt-no-punctuation"),
    pytest.param(vtt, MAX_FILE_BYTES - MB, id="63mb-vtt"),
])
def test_big_inputs_up_to_the_limit_ingest_within_budget(tmp_path, make, size):
    path = make(tmp_path / f"big.{'vtt' if make is vtt else 'txt'}", size)
    measured = measured_ingest(tmp_path / "home", path)
    check, sessions, statements, longest = study_counts(tmp_path / "home")
    assert measured["rc"] == 0, measured["output"]
    assert (check, sessions) == ("ok", 1) and statements > 0 and longest <= MAX_STATEMENT_WORDS
    assert measured["peak_mb"] < MEMORY_BUDGET_MB


@pytest.mark.slow
def test_big_inputs_40_file_study(tmp_path):
    folder = tmp_path / "transkript"
    folder.mkdir()
    for index in range(40):  # one-hour interviews: about 200 turns, 60-80 kB each
        interview(folder / f"intervju-{index + 1:02d}.txt", 200, index)
    measured = measured_ingest(tmp_path / "home", folder)
    check, sessions, statements, _longest = study_counts(tmp_path / "home")
    assert measured["rc"] == 0, measured["output"]
    assert (check, sessions) == ("ok", 40) and statements > 40 * 100
    assert measured["peak_mb"] < MEMORY_BUDGET_MB


def test_big_inputs_long_runs_of_tabs_read_in_linear_time():
    """A line of a pasted table holds thousands of tabs: rules with a leading \\s* (time marks, page footers)
    once tried every start in the run (200 such lines took 18 s)."""
    line = "Anna: hej" + "\t" * 5000 + "x 5\n"
    start = time.perf_counter()
    transcript = parse_transcript(("Anna: Hej där.\nBo: Hej.\n" + line * 200).encode(), name="t.txt")
    assert time.perf_counter() - start < 5
    assert [u.speaker for u in transcript.utterances] == ["Anna", "Bo", "Anna"]
