"""Human edits survive anything: a hypothesis state machine over edits, undo and re-analysis.

Rules: rename / merge / split / move / stage / kind / undo / re-analyse, a transcript added,
one removed, the model changed (hashing embedders of other sizes stand in for other models).
After every step: each edit in the ledger is applied or listed as a conflict with its reason
(never silently dropped); merging or splitting never deletes a statement (the count only
changes with transcripts); stage and kind edits hold while their statement exists; a moved
statement stays where it was put; the store passes `PRAGMA integrity_check`.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from insights import journey
from insights.analysis import AnalysisSettings, analyse, record_edit, undo_edit
from insights.edits import KINDS, apply_edits
from insights.embed import HashingEmbedder
from insights.store import StoreLocation
from insights.study import add_transcript
from insights.themes import ThemeSettings

STUDY = "edits"
TOPICS = {
    "waiting": [
        "We waited months for the permit decision and nobody called us back.",
        "The decision took months, the waiting for the permit was endless.",
        "Months passed before the permit decision finally arrived by post.",
        "Waiting months for a decision made us postpone the whole permit project.",
        "Our permit decision was delayed for months without any explanation.",
        "The months of waiting for the decision were the worst part of the permit.",
        "Every week we asked about the permit decision and waited more months.",
        "A decision on the permit came after months, far too late for the builder.",
        "We spent months waiting, the permit decision queue never moved.",
    ],
    "fees": [
        "The fee for the application was far too high and the invoice shocked us.",
        "The invoice arrived with a fee nobody had explained, a shocking invoice.",
        "We paid a high fee and the invoice was impossible to understand.",
        "The application fee doubled and the invoice listed charges we never saw.",
        "An expensive fee, and the invoice came before any decision at all.",
        "Fees on the invoice were confusing, we paid twice for one application.",
        "The invoice fee was higher than the website said it would be.",
        "Paying the fee felt unfair when the invoice had no breakdown of charges.",
        "That invoice and its fee were the biggest shock of the application.",
    ],
    "staff": [
        "The case officer was friendly and helpful on the phone every time.",
        "A helpful officer explained every step, friendly and patient with us.",
        "The staff at the counter were kind, friendly and very helpful.",
        "Our officer was helpful, answered email quickly and stayed friendly.",
        "Friendly staff made the visit easy, the officer was really helpful.",
        "The officer we met was patient, kind and helpful with the forms.",
        "Helpful and friendly, the officer called back the same afternoon.",
        "The staff were friendly and the officer helpful when we got stuck.",
        "A kind officer, friendly tone, helpful advice about the drawings.",
    ],
}
QUESTIONS = {"waiting": "How long did you wait for the decision?", "fees": "What did you think of the fee?",
             "staff": "How did the staff treat you?"}
SPEAKERS = {"a.txt": ["Anna", "Bo", "Cecilia"], "b.txt": ["David", "Eva", "Filip"], "c.txt": ["Greta", "Hugo", "Ida"]}
POOL = list(SPEAKERS)
MODELS = [HashingEmbedder(), HashingEmbedder(dim=64, model_id="hashing-64"),
          HashingEmbedder(dim=128, model_id="hashing-128")]
LABELS = ["Waiting", "Fees and invoices", "Kind staff", "Väntan på beslut", "Avgifter"]
THEME_SETTINGS = AnalysisSettings(embedder="hashing", themes=ThemeSettings(n_themes=3, min_theme_size=2))
MEMBERSHIP = ("merge", "split", "move")


def transcript(name: str) -> bytes:
    """Three speakers answer three questions; every answer is a unique one-sentence statement."""
    offset = POOL.index(name) * 3
    lines = []
    for topic, answers in TOPICS.items():
        lines.append(f"Moderator: {QUESTIONS[topic]}")
        lines += [f"{speaker}: {answers[offset + i]}" for i, speaker in enumerate(SPEAKERS[name])]
    return "\n".join(lines).encode()


class EditMachine(RuleBasedStateMachine):
    """One study, its transcripts, its model and its ledger, driven through the public functions."""

    base: Path = Path(tempfile.gettempdir())

    def __init__(self):
        super().__init__()
        self.home = Path(tempfile.mkdtemp(dir=self.base))
        self.store = StoreLocation(home=self.home).store_for(STUDY)
        self.present: dict[str, int] = {}  # source -> statements it added
        self.embedder = MODELS[0]
        self.run = None

    def teardown(self):
        self.store.engine.dispose()
        shutil.rmtree(self.home, ignore_errors=True)

    # --- helpers -----------------------------------------------------------------------

    def analyse(self):
        self.run = analyse(self.store, STUDY, THEME_SETTINGS, embedder=self.embedder)

    def table(self):
        return self.store.statements_table(STUDY)

    def themes(self) -> list[int]:
        return sorted(t for t in set(self.table()["theme_id"].dropna().astype(int)) if t >= 0)

    def members(self, theme: int) -> list[str]:
        table = self.table()
        return sorted(table.loc[table["theme_id"] == theme, "statement_id"])

    def edit(self, action: str, **arguments) -> int:
        edit_id, self.run = record_edit(self.store, STUDY, action, embedder=self.embedder, **arguments)
        # An edit made on the latest run applies to the run it triggers: same data, same model.
        assert edit_id in self.run.summary["edits_applied"], self.run.summary["conflicts"]
        return edit_id

    def theme_of(self) -> dict[str, int]:
        table = self.table()
        return dict(zip(table["statement_id"], table["theme_id"].astype(int)))

    # --- rules -------------------------------------------------------------------------

    @initialize()
    def start(self):
        for name in POOL[:2]:
            self.present[name] = add_transcript(self.store, STUDY, transcript(name), name).statements
        self.analyse()

    @rule(pick=st.integers(0, 99), label=st.sampled_from(LABELS))
    def rename(self, pick, label):
        themes = self.themes()
        if not themes:
            return
        theme = themes[pick % len(themes)]
        members = self.members(theme)
        self.edit("rename", theme=theme, label=label)
        labels = self.table().set_index("statement_id")["theme_label"]
        assert {labels[m] for m in members} == {label}

    @rule(first=st.integers(0, 99), second=st.integers(0, 99))
    def merge(self, first, second):
        themes = self.themes()
        if len(themes) < 2:
            return
        a = themes[first % len(themes)]
        b = [t for t in themes if t != a][second % (len(themes) - 1)]
        members = self.members(a) + self.members(b)
        self.edit("merge", themes=[a, b])
        after = self.theme_of()
        assert len({after[m] for m in members}) == 1

    @rule(pick=st.integers(0, 99), chosen=st.sets(st.integers(0, 99), min_size=1, max_size=4), auto=st.booleans())
    def split(self, pick, chosen, auto):
        themes = [t for t in self.themes() if len(self.members(t)) >= 2]
        if not themes:
            return
        theme = themes[pick % len(themes)]
        members = self.members(theme)
        part = sorted({members[i % len(members)] for i in chosen})
        if auto:
            part = None
        elif len(part) == len(members):
            part = part[1:]
        self.edit("split", theme=theme, statements=part)
        after = self.theme_of()
        if part is None:
            assert len({after[m] for m in members}) == 2
        else:
            rest = sorted(set(members) - set(part))
            assert len({after[m] for m in part}) == 1 and len({after[m] for m in rest}) == 1
            assert after[part[0]] != after[rest[0]]

    @rule(which=st.integers(0, 999), pick=st.integers(0, 99))
    def move(self, which, pick):
        table = self.table()
        statement = table["statement_id"].iloc[which % len(table)]
        here = int(table["theme_id"].iloc[which % len(table)])
        themes = [t for t in self.themes() if t != here]
        if not themes:
            return
        target = themes[pick % len(themes)]
        members = self.members(target)
        self.edit("move", statement=statement, theme=target)
        after = self.theme_of()
        assert after[statement] == after[members[0]] >= 0

    @rule(which=st.integers(0, 999), stage=st.sampled_from(journey.default_stage_set().ids))
    def stage(self, which, stage):
        table = self.table()
        statement = table["statement_id"].iloc[which % len(table)]
        self.edit("stage", statement=statement, stage=stage)
        assert self.table().set_index("statement_id").loc[statement, "journey_stage"] == stage

    @rule(which=st.integers(0, 999), kind=st.sampled_from(KINDS))
    def kind(self, which, kind):
        table = self.table()
        statement = table["statement_id"].iloc[which % len(table)]
        self.edit("kind", statement=statement, kind=kind)
        assert self.table().set_index("statement_id").loc[statement, "kind"] == kind

    @rule()
    def undo(self):
        before = list(self.store.edits_table(STUDY)["id"])
        undone, run = undo_edit(self.store, STUDY, embedder=self.embedder)
        if undone is None:
            assert before == []
            return
        self.run = run
        assert undone["id"] == before[-1] and list(self.store.edits_table(STUDY)["id"]) == before[:-1]

    @rule()
    def reanalyse(self):
        before = self.store.results_table(STUDY).drop(columns=["x", "y"]).sort_values("statement_id")
        self.analyse()
        after = self.store.results_table(STUDY).drop(columns=["x", "y"]).sort_values("statement_id")
        assert before.reset_index(drop=True).equals(after.reset_index(drop=True))  # same inputs, same result

    @precondition(lambda self: len(self.present) < len(POOL))
    @rule(pick=st.integers(0, 9))
    def add_transcript(self, pick):
        missing = [name for name in POOL if name not in self.present]
        name = missing[pick % len(missing)]
        self.present[name] = add_transcript(self.store, STUDY, transcript(name), name).statements
        self.analyse()

    @precondition(lambda self: len(self.present) > 1)
    @rule(pick=st.integers(0, 9))
    def remove_transcript(self, pick):
        # The store has no "remove a session" function yet; this is what one would do.
        name = sorted(self.present)[pick % len(self.present)]
        with self.store.transaction() as connection:
            study_id = self.store.study_id(connection, STUDY)
            session = self.store.find_session(connection, study_id, session=Path(name).stem)
            self.store.delete_session(connection, session["id"])
        del self.present[name]
        self.analyse()

    @rule(model=st.sampled_from(MODELS))
    def change_model(self, model):
        self.embedder = model
        self.analyse()
        assert self.run.summary["provenance"]["model"]["id"] == model.model_id

    # --- invariants: one read of the store, then each property -------------------------

    @invariant()
    def edits_survive(self):
        table = self.table()
        ledger = self.store.edits_table(STUDY)
        self.statements_only_change_with_transcripts(table)
        self.every_edit_applied_or_a_conflict(ledger)
        self.edits_hold_while_their_statements_exist(table.set_index("text"), ledger)
        with sqlite3.connect(self.home / f"{STUDY}.sqlite") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def statements_only_change_with_transcripts(self, table):
        assert len(table) == sum(self.present.values()) == self.run.summary["statements"]
        assert table["statement_id"].is_unique and table["theme_id"].notna().all()
        named = set(self.store.themes_table(STUDY).query("origin != 'group'")["theme_id"])
        assert {t for t in table["theme_id"] if t >= 0} <= named

    def every_edit_applied_or_a_conflict(self, ledger):
        ids = list(ledger["id"])
        applied = self.run.summary["edits_applied"]
        conflicts = self.run.summary["conflicts"]
        assert sorted(applied + [c["edit"] for c in conflicts]) == ids  # each once: none dropped
        assert all(c["reason"] and c["action"] for c in conflicts)
        assert self.run.summary["provenance"]["edits"] == ids

    def edits_hold_while_their_statements_exist(self, table, ledger):
        present_ids = set(table["statement_id"])
        conflicts = {c["edit"] for c in self.run.summary["conflicts"]}
        last: dict[tuple[str, str], object] = {}
        for edit in ledger.itertuples():
            payload = edit.payload
            if edit.action in ("stage", "kind"):
                exists = payload["text"] in table.index
                assert (edit.id in conflicts) != exists, (edit, self.run.summary["conflicts"])
                if exists:
                    last[(edit.action, payload["text"])] = payload[edit.action]
            else:
                groups = payload["members"] if edit.action == "merge" else [payload["members"]]
                if not any(set(group) & present_ids for group in groups):
                    assert edit.id in conflicts  # its theme is gone with its transcript
        column = {"stage": "journey_stage", "kind": "kind"}
        for (action, text), value in last.items():
            assert table.loc[text, column[action]] == value

        # The latest applied move holds (its statement shares a theme with the target's
        # statements) while no later edit splits or moves; merges carry both along.
        for edit in reversed(list(ledger.itertuples())):
            if edit.action == "split":
                break
            if edit.action == "move":
                if edit.id not in conflicts:
                    theme = table.loc[edit.payload["text"], "theme_id"]
                    alongside = set(table.loc[table["statement_id"].isin(edit.payload["members"]), "theme_id"])
                    assert theme >= 0 and theme in alongside
                break

        # The latest applied rename keeps its label while no later edit merges or moves.
        for edit in reversed(list(ledger.itertuples())):
            if edit.action in ("merge", "move"):
                break
            if edit.action == "rename":
                if edit.id not in conflicts:
                    assert edit.payload["label"] in set(self.store.themes_table(STUDY)["label"])
                break


@pytest.fixture
def machine(tmp_path, monkeypatch):
    # Loading the default stage set and compiling its cue patterns take most of a tiny analysis;
    # both are pure, so do them once (the results are the same, only faster).
    monkeypatch.setattr(journey, "default_stage_set", functools.cache(journey.default_stage_set))
    compiled = functools.cache(lambda cues: cue_pattern(list(cues)))
    cue_pattern = journey._cue_pattern
    monkeypatch.setattr(journey, "_cue_pattern", lambda cues: compiled(tuple(cues)))
    monkeypatch.setattr(EditMachine, "base", tmp_path)
    return EditMachine


def test_edit_machine_edits_survive(machine):
    run_state_machine_as_test(machine, settings=settings(
        max_examples=10, stateful_step_count=6, deadline=None, derandomize=True, database=None,
        suppress_health_check=list(HealthCheck)))


@pytest.mark.slow
def test_edit_machine_edits_survive_long_runs(machine):
    run_state_machine_as_test(machine, settings=settings(
        max_examples=30, stateful_step_count=12, deadline=None, database=None, derandomize=True,
        suppress_health_check=list(HealthCheck)))  # derandomized: a CI failure replays the same steps


# --- the ledger on its own: each way an edit can fail to apply, and its reason ------------

def _results(themes: dict[str, int]):
    import pandas as pd

    ids = list(themes)
    return pd.DataFrame({"statement_id": ids, "text": [f"text {i}" for i in ids], "theme_id": list(themes.values()),
                         "journey_stage": "unknown", "kind": "neutral"})


def _ledger(*edits):
    import pandas as pd

    return pd.DataFrame([{"id": i + 1, "action": a, "payload": p} for i, (a, p) in enumerate(edits)])


@pytest.mark.parametrize(("action", "payload", "reason"), [
    ("rename", {"members": ["x1", "x2"], "label": "Gone"}, "the theme is gone"),
    ("merge", {"members": [["x1"], ["a1", "a2"]]}, "the theme to merge into is gone"),
    ("merge", {"members": [["a1", "a2"], ["x1"], ["x2"]]}, "the themes to merge are gone"),
    ("merge", {"members": [["a1", "a2"], ["b1", "b2"], ["x1"]]}, "partly applied: 1 of the 2"),
    ("split", {"members": ["x1", "x2"], "part": ["x1"]}, "the theme is gone"),
    ("split", {"members": ["a1", "a2"], "part": ["b1"]}, "no longer in that theme"),
    ("split", {"members": ["a1", "a2"], "part": ["a1", "a2"]}, "now the whole theme"),
    ("move", {"statement_id": "x9", "text": "text x9", "members": ["a1", "a2"]}, "the statement is gone"),
    ("move", {"statement_id": "a1", "text": "text a1", "members": ["x1", "x2"]}, "the target theme is gone"),
    ("stage", {"statement_id": "x9", "text": "text x9", "stage": "apply"}, "the statement is gone"),
    ("kind", {"statement_id": "x9", "text": "text x9", "kind": "pain"}, "the statement is gone"),
])
def test_edit_machine_conflicts_name_the_reason(action, payload, reason):
    results = _results({"a1": 0, "a2": 0, "b1": 1, "b2": 1})
    outcome = apply_edits(results, _ledger((action, payload)))
    assert outcome.applied == []
    assert [(c["edit"], c["action"]) for c in outcome.conflicts] == [(1, action)]
    assert reason in outcome.conflicts[0]["reason"]
    assert len(results) == 4  # no edit ever removes a statement


def test_edit_machine_split_of_a_whole_theme_keeps_its_label():
    results = _results({"a1": 0, "a2": 0, "b1": 1, "b2": 1})
    outcome = apply_edits(results, _ledger(("rename", {"members": ["a1", "a2"], "label": "Kept"}),
                                           ("split", {"members": ["a1", "a2"], "part": ["a1", "a2"]})))
    assert outcome.applied == [1] and outcome.unmatched == [2]
    assert outcome.labels == {0: "Kept"} and list(results["theme_id"]) == [0, 0, 1, 1]


def test_edit_machine_edits_on_a_removed_transcript_become_conflicts(machine):
    """The machine's rules in a fixed order: every kind of edit, then its transcript goes, then the model."""
    state = machine()
    try:
        state.start()
        table = state.table()
        mine = table.loc[table["source"] == "b.txt", "statement_id"]
        for statement in mine[:2]:
            state.stage(int(table.index[table["statement_id"] == statement][0]), "apply")
        state.kind(int(table.index[table["statement_id"] == mine.iloc[2]][0]), "suggestion")
        state.move(int(table.index[table["statement_id"] == mine.iloc[3]][0]), 0)
        state.rename(0, "Kept label")
        state.merge(0, 0)
        state.edits_survive()
        ledger = list(state.store.edits_table(STUDY)["id"])
        assert state.run.summary["edits_applied"] == ledger and state.run.summary["conflicts"] == []

        state.remove_transcript(1)  # sorted(present) == ["a.txt", "b.txt"]
        state.edits_survive()
        conflicts = {c["edit"]: c["reason"] for c in state.run.summary["conflicts"]}
        assert set(conflicts) == set(ledger[:4])  # the stage, kind and move edits on b.txt's statements
        assert all("the statement is gone" in reason for reason in conflicts.values())
        assert state.run.summary["edits_applied"] == ledger[4:]  # rename and merge hold on a.txt's statements

        state.add_transcript(0)  # b.txt again: the same statements, so its statement edits apply again
        state.change_model(MODELS[2])
        state.edits_survive()  # whatever the other model's themes, each edit is applied or a conflict
        assert set(ledger[:3]) <= set(state.run.summary["edits_applied"])
    finally:
        state.teardown()
