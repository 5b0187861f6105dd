"""The study store's tables (SQLAlchemy Core). Changes go through migrations."""

from __future__ import annotations

from sqlalchemy import (
    Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint,
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
