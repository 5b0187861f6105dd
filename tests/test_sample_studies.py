"""The bundled sample studies parse as their gold labels say.

gold.csv keys each participant turn by source + turn; these tests are what
keep the readers' turn numbering and the gold labels in step.
"""

from __future__ import annotations

import re
import yaml

import pandas as pd
import pytest

from insights.ingest import collect_files, read_participants, read_transcript
from insights.models import PARTICIPANT
from insights.study import listed_moderators
from tests.conftest import DATA, SAMPLE_STUDIES

STUDIES = sorted(p.name for p in SAMPLE_STUDIES.iterdir() if (p / "gold.csv").exists())
STAGES = {stage["id"] for stage in yaml.safe_load((DATA / "stages" / "service-journey.yaml").read_text())["stages"]}
KINDS = {"pain", "praise", "suggestion", "question", "neutral"}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module", params=STUDIES)
def study(request):
    folder = SAMPLE_STUDIES / request.param
    batch = collect_files([folder / "transcripts"])
    # as `insights ingest` reads a folder: the moderators its participants.csv names moderate
    moderators = listed_moderators(read_participants(batch.participants[0].read_bytes(), name="participants.csv"))
    transcripts = {path.name: read_transcript(path, moderators=moderators) for path in batch.transcripts}
    gold = pd.read_csv(folder / "gold.csv", dtype={"theme": str, "journey_stage": str}, keep_default_na=False)
    codebook = pd.read_csv(folder / "codebook.csv")
    return folder, batch, transcripts, gold, codebook


def test_sample_studies_exist():
    assert {"bygglov", "blue-badge"} <= set(STUDIES)


def test_sample_study_every_file_reads(study):
    _folder, batch, transcripts, _gold, _codebook = study
    assert not batch.skipped
    assert len(transcripts) >= 5
    assert len(batch.participants) == 1


def test_sample_study_gold_rows_are_the_participant_turns(study):
    _folder, _batch, transcripts, gold, _codebook = study
    for source, transcript in transcripts.items():
        parsed = [(u.turn, u.speaker) for u in transcript.utterances if u.role == PARTICIPANT]
        labelled = [(row.turn, row.speaker) for row in gold[gold.source == source].itertuples()]
        assert parsed == labelled, source


def test_sample_study_gold_texts_match_the_parsed_turns(study):
    _folder, _batch, transcripts, gold, _codebook = study
    for row in gold.itertuples():
        utterance = transcripts[row.source].utterances[row.turn]
        assert squash(utterance.text) == squash(row.text), (row.source, row.turn)


def test_sample_study_gold_labels_use_the_codebook_and_stage_set(study):
    _folder, _batch, _transcripts, gold, codebook = study
    themed = gold[gold.theme != ""]
    assert set(themed.theme) <= set(codebook.id)
    assert set(themed.journey_stage) <= STAGES
    assert set(gold.kind) <= KINDS
    assert set(gold.sentiment) <= {-1, 0, 1}
    sizes = themed.theme.value_counts(normalize=True)
    assert sizes.max() >= 1.5 * sizes.min(), "themes should differ in size, as in real studies"


def test_sample_study_has_enough_people_and_a_participants_table(study):
    _folder, batch, transcripts, gold, _codebook = study
    speakers = {u.speaker for t in transcripts.values() for u in t.utterances if u.role == PARTICIPANT}
    assert len(speakers) >= 8
    people = read_participants(batch.participants[0].read_bytes(), name="participants.csv")
    assert speakers - {"unknown"} <= set(people.speaker)  # a file without labels cannot name its speaker
    assert "segment" in people.columns  # what the insight cards compare
