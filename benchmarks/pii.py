"""Recall and false positives of the PII detectors on the labelled set data/pii/pii-set.csv.

Each row of the set plants one item (`kind`, `value`) in a sentence (`text`);
rows of kind ``none`` plant something that is *not* personal data (a date, an
amount, a case number, "Maj", "Bygglov", a time, a percentage, a postcode).
`insights.redact.find_personal_data` runs on each text, with no speaker list
(names here are people mentioned in running text).

- **recall** per class: planted values wholly covered by spans of the
  expected detector kind (samordningsnummer are PERSONNUMMER).
- **FP rate** per detector: negatives that a span of that detector overlaps,
  over all negatives; the ``all`` row counts a negative flagged by any detector.
- **extra**: spans in positive rows that do not touch the planted value (the
  sentence around it wrongly flagged), for a look at context errors.

    .venv/bin/python benchmarks/pii.py [--set data/pii/pii-set.csv] [--misses]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("insights") is None:  # run as a script from a checkout not installed
    sys.path.insert(0, str(ROOT))

from insights.redact import EMAIL, KINDS, NAME, PERSONNUMMER, PHONE, Span, find_personal_data

PII_SET = ROOT / "data" / "pii" / "pii-set.csv"
NEGATIVE = "none"
# The set's classes -> the detector kind that must find them.
EXPECTED = {"personnummer": PERSONNUMMER, "samordningsnummer": PERSONNUMMER, "email": EMAIL, "phone": PHONE,
            "name": NAME}
STRUCTURED = ("personnummer", "samordningsnummer", "email", "phone")


@dataclass(frozen=True)
class Row:
    id: str
    language: str
    text: str
    kind: str
    value: str

    @property
    def where(self) -> tuple[int, int]:
        start = self.text.index(self.value)
        return start, start + len(self.value)


@dataclass
class Outcome:
    row: Row
    spans: list[Span]

    def covered_by(self, kinds: set[str]) -> bool:
        """The planted value wholly inside spans of `kinds` (several adjacent spans may share it)."""
        start, end = self.row.where
        chars = set(range(start, end))
        for span in self.spans:
            if span.kind in kinds:
                chars -= set(range(span.start, span.end))
        return not chars

    def touching(self) -> list[Span]:
        start, end = self.row.where
        return [s for s in self.spans if s.start < end and s.end > start]

    def extra(self) -> list[Span]:
        start, end = self.row.where
        return [s for s in self.spans if not (s.start < end and s.end > start)]


@dataclass
class Scores:
    """Per class: n, found, recall; per detector kind: negatives flagged; extras in positive rows."""

    n: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    negatives: int = 0
    flagged: Counter = field(default_factory=Counter)  # detector kind -> negatives it flagged; "all": any
    extra: Counter = field(default_factory=Counter)  # detector kind -> spans off the planted value
    misses: list[Outcome] = field(default_factory=list)
    false_positives: list[Outcome] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.n[kind] if self.n[kind] else float("nan")

    def fp_rate(self, detector: str = "all") -> float:
        return self.flagged[detector] / self.negatives if self.negatives else float("nan")


def load_set(path: Path = PII_SET) -> list[Row]:
    """The labelled rows; ValueError names the row whose value is not in its text or whose kind is unknown."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [Row(**record) for record in csv.DictReader(handle)]
    for row in rows:
        if row.kind != NEGATIVE and row.kind not in EXPECTED:
            raise ValueError(f"{path.name}: {row.id}: unknown kind {row.kind!r}")
        if row.value not in row.text:
            raise ValueError(f"{path.name}: {row.id}: value {row.value!r} is not in its text")
    return rows


def score(rows: list[Row]) -> Scores:
    scores = Scores()
    for row in rows:
        outcome = Outcome(row, find_personal_data(row.text))
        if row.kind == NEGATIVE:
            scores.negatives += 1
            touching = outcome.touching()
            for kind in {s.kind for s in touching}:
                scores.flagged[kind] += 1
            if touching:
                scores.flagged["all"] += 1
                scores.false_positives.append(outcome)
            continue
        scores.n[row.kind] += 1
        if outcome.covered_by({EXPECTED[row.kind]}):
            scores.found[row.kind] += 1
        else:
            scores.misses.append(outcome)
        for span in outcome.extra():
            scores.extra[span.kind] += 1
    return scores


def table(scores: Scores) -> str:
    """The figures as a Markdown table (what the README records)."""
    lines = ["| class | n | found | recall | detector | FP rate (negatives flagged / negatives) |",
             "|---|---|---|---|---|---|"]
    for kind, detector in EXPECTED.items():
        lines.append(f"| {kind} | {scores.n[kind]} | {scores.found[kind]} | {scores.recall(kind):.1%} | "
                     f"{detector} | {scores.flagged[detector]}/{scores.negatives} = {scores.fp_rate(detector):.1%} |")
    lines.append(f"| none (negatives) | {scores.negatives} | | | any | "
                 f"{scores.flagged['all']}/{scores.negatives} = {scores.fp_rate():.1%} |")
    return "\n".join(lines)


def describe(outcome: Outcome) -> str:
    found = ", ".join(f"{s.kind}:{s.text!r}" for s in outcome.spans) or "nothing"
    return f"  {outcome.row.id} [{outcome.row.kind}] {outcome.row.value!r} in {outcome.row.text!r} -> {found}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=PII_SET, help="the labelled CSV (default: %(default)s)")
    parser.add_argument("--misses", action="store_true", help="list every miss and false positive")
    args = parser.parse_args(argv)
    rows = load_set(args.set)
    scores = score(rows)
    languages = Counter(row.language for row in rows)
    print(f"{args.set.name}: {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(languages.items()))})")
    print(table(scores))
    extra = ", ".join(f"{kind} {scores.extra[kind]}" for kind in KINDS if scores.extra[kind]) or "none"
    print(f"spans off the planted value in positive rows: {extra}")
    if args.misses or scores.misses or scores.false_positives:
        print(f"misses ({len(scores.misses)}):")
        for outcome in scores.misses:
            print(describe(outcome))
        print(f"false positives ({len(scores.false_positives)}):")
        for outcome in scores.false_positives:
            print(describe(outcome))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
