"""Analysis: embedding cache, analysis runs, themes, per-statement results, edits.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "embeddings",
        sa.Column("model_id", sa.String(200), primary_key=True),
        sa.Column("text_hash", sa.String(64), primary_key=True),
        sa.Column("dim", sa.Integer, nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "analysis_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("study_id", sa.Integer, sa.ForeignKey("studies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("settings", sa.Text, nullable=False),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("model_id", sa.String(200), nullable=False),
        sa.Column("timings", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("analysis_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("theme_id", sa.Integer, nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("keywords", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("parent_id", sa.Integer),
        sa.Column("representatives", sa.Text, nullable=False),
        sa.UniqueConstraint("run_id", "theme_id", name="uq_themes_run_theme"),
    )
    op.create_table(
        "statement_results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("analysis_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("statement_id", sa.String(400), nullable=False),
        sa.Column("session", sa.String(300), nullable=False),
        sa.Column("theme_id", sa.Integer, nullable=False),
        sa.Column("theme_score", sa.Float),
        sa.Column("journey_stage", sa.String(100), nullable=False),
        sa.Column("stage_confidence", sa.Float),
        sa.Column("sentiment", sa.Float, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("x", sa.Float),
        sa.Column("y", sa.Float),
        sa.UniqueConstraint("run_id", "session", "statement_id", name="uq_results_statement"),
    )
    op.create_table(
        "edits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("study_id", sa.Integer, sa.ForeignKey("studies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("undone", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in ("edits", "statement_results", "themes", "analysis_runs", "embeddings"):
        op.drop_table(table)
