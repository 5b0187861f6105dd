"""The study store's tables (SQLAlchemy Core). Changes go through migrations."""

from __future__ import annotations

from sqlalchemy import (
    Column, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
    UniqueConstraint,
)

metadata = MetaData()

studies = Table(
    "studies", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions", metadata,
    Column("id", Integer, primary_key=True),
    Column("study_id", Integer, ForeignKey("studies.id", ondelete="CASCADE"), nullable=False),
    Column("session", String(300), nullable=False),
    Column("source", String(300), nullable=False),
    Column("format", String(20), nullable=False),
    Column("language", String(10), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("metadata", Text, nullable=False, default="{}"),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("study_id", "content_hash", name="uq_sessions_content"),
    UniqueConstraint("study_id", "session", name="uq_sessions_session"),
)

utterances = Table(
    "utterances", metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", Integer, ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("turn", Integer, nullable=False),
    Column("speaker", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("start_s", Float),
    Column("end_s", Float),
    Column("metadata", Text, nullable=False, default="{}"),
    UniqueConstraint("session_id", "turn", name="uq_utterances_turn"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", Integer, ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("statement_id", String(400), nullable=False),
    Column("turn", Integer, nullable=False),
    Column("index_in_turn", Integer, nullable=False),
    Column("speaker", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("question", Text, nullable=False, default=""),
    Column("language", String(10), nullable=False),
    Column("start_s", Float),
    Column("end_s", Float),
    UniqueConstraint("session_id", "statement_id", name="uq_statements_id"),
)
Index("ix_statements_text_hash", statements.c.text_hash)

participants = Table(
    "participants", metadata,
    Column("id", Integer, primary_key=True),
    Column("study_id", Integer, ForeignKey("studies.id", ondelete="CASCADE"), nullable=False),
    Column("speaker", String(200), nullable=False),
    Column("attributes", Text, nullable=False, default="{}"),
    UniqueConstraint("study_id", "speaker", name="uq_participants_speaker"),
)

# --- analysis (migration 0002) ----------------------------------------------

embeddings = Table(
    "embeddings", metadata,
    Column("model_id", String(200), primary_key=True),
    Column("text_hash", String(64), primary_key=True),
    Column("dim", Integer, nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

analysis_runs = Table(
    "analysis_runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("study_id", Integer, ForeignKey("studies.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("settings", Text, nullable=False),
    Column("seed", Integer, nullable=False),
    Column("model_id", String(200), nullable=False),
    Column("timings", Text, nullable=False, default="{}"),
    Column("summary", Text, nullable=False, default="{}"),
)

themes = Table(
    "themes", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("analysis_runs.id", ondelete="CASCADE"), nullable=False),
    Column("theme_id", Integer, nullable=False),
    Column("label", String(300), nullable=False),
    Column("keywords", Text, nullable=False, default="[]"),
    Column("description", Text, nullable=False, default=""),
    Column("origin", String(20), nullable=False),
    Column("parent_id", Integer),
    Column("representatives", Text, nullable=False, default="[]"),
    UniqueConstraint("run_id", "theme_id", name="uq_themes_run_theme"),
)

statement_results = Table(
    "statement_results", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("analysis_runs.id", ondelete="CASCADE"), nullable=False),
    Column("statement_id", String(400), nullable=False),
    Column("session", String(300), nullable=False),
    Column("theme_id", Integer, nullable=False),
    Column("theme_score", Float),
    Column("journey_stage", String(100), nullable=False),
    Column("stage_confidence", Float),
    Column("sentiment", Float, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("x", Float),
    Column("y", Float),
    UniqueConstraint("run_id", "session", "statement_id", name="uq_results_statement"),
)

edits = Table(
    "edits", metadata,
    Column("id", Integer, primary_key=True),
    Column("study_id", Integer, ForeignKey("studies.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("action", String(20), nullable=False),
    Column("payload", Text, nullable=False),
    Column("undone", Integer, nullable=False, default=0),
)
