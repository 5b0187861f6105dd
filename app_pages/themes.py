"""Themes: the theme list, a theme's quotes, filters, and edits (rename, merge, split, move, undo)."""

import streamlit as st

from app_pages import common
from insights import explore
from insights.analysis import record_edit, undo_edit
from insights.errors import InsightsError
from insights.insights import theme_overview

context = common.page_context()
t = context.t
st.header(t("themes.title"))
statements = context.statements
stage_names = context.stage_names
attributes = explore.attribute_columns(statements)
segment_column = attributes[0] if attributes else None

# --- filters -------------------------------------------------------------------------------------
with st.expander(t("filters.title"), expanded=False, icon=":material/filter_list:"):
    columns = st.columns(5)
    segments = []
    if segment_column:
        values = sorted(str(v) for v in statements[segment_column].dropna().unique() if str(v).strip())
        segments = columns[0].multiselect(t("filters.segment", column=explore.escape_markdown(segment_column)), values,
                                          key="filter_segment")
    stages = columns[1].multiselect(t("filters.stage"), list(stage_names), format_func=stage_names.get,
                                    key="filter_stage")
    sessions = columns[2].multiselect(t("filters.session"), sorted(statements["session"].unique()),
                                      key="filter_session")
    languages = columns[3].multiselect(t("filters.language"), sorted(statements["language"].unique()),
                                       key="filter_language")
    kinds = columns[4].multiselect(t("filters.kind"), list(explore.KINDS), format_func=context.kind_name,
                                   key="filter_kind")
filtered = explore.filter_statements(statements, segments=segments, segment_column=segment_column or "segment",
                                     stages=stages, sessions=sessions, languages=languages, kinds=kinds)
if len(filtered) < len(statements):
    st.caption(t("filters.showing", shown=len(filtered), total=len(statements)))

# --- the theme list ------------------------------------------------------------------------------
overview = theme_overview(filtered, context.themes)
overview = overview[overview["size"] > 0].sort_values(["size", "theme_id"], ascending=[False, True])
if overview.empty:
    st.info(t("info.no_themes_filtered") if len(filtered) < len(statements) else t("info.no_themes"))
    st.stop()
theme_ids = [int(i) for i in overview["theme_id"]]
labels = explore.theme_names(context.themes)


def _pick_from_table(ids=tuple(theme_ids)) -> None:
    rows = st.session_state["theme_table"].selection.rows
    if rows and rows[0] < len(ids):
        st.session_state["theme_pick"] = ids[rows[0]]


listing = overview.assign(
    label=[labels.get(i, str(i)) for i in theme_ids],
    top_stage=[stage_names.get(s, s) for s in overview["top_stage"]],
)[["theme_id", "label", "size", "speakers", "sessions", "pain_share", "top_stage"]]
st.dataframe(
    listing, hide_index=True, key="theme_table", on_select=_pick_from_table, selection_mode="single-row",
    column_config={
        "theme_id": st.column_config.NumberColumn(t("col.id"), width="small"),
        "label": st.column_config.TextColumn(t("col.theme"), width="large"),
        "size": st.column_config.NumberColumn(t("col.statements")),
        "speakers": st.column_config.NumberColumn(t("col.people")),
        "sessions": st.column_config.NumberColumn(t("col.sessions")),
        "pain_share": st.column_config.ProgressColumn(t("col.pain_share"), format="percent", min_value=0,
                                                      max_value=1),
        "top_stage": st.column_config.TextColumn(t("col.top_stage")),
    },
)

common.keep_choice("theme_pick", theme_ids)
sizes = dict(zip(theme_ids, overview["size"]))
theme_id = st.selectbox(t("themes.pick"), theme_ids, key="theme_pick",
                        format_func=lambda i: f"{labels.get(i, i)} ({sizes.get(i, 0)})")
theme_row = context.themes.set_index("theme_id").loc[theme_id]
members = filtered[filtered["theme_id"] == theme_id]

st.subheader(explore.escape_markdown(labels.get(theme_id, str(theme_id))))
if theme_row["keywords"]:
    st.caption(explore.escape_markdown(t("themes.keywords", words=", ".join(theme_row["keywords"][:10]))))
quotes = explore.quotes_table(members, stage_names)
quotes["kind"] = [context.kind_name(k) for k in quotes["kind"]]
st.dataframe(quotes, hide_index=True, key="theme_quotes", column_config={
    "speaker": t("col.speaker"), "session": t("col.session"), "time": t("col.time"), "stage": t("col.stage"),
    "kind": t("col.kind"), "text": st.column_config.TextColumn(t("col.text"), width="large"),
    "statement_id": t("col.statement_id"),
})


# --- edits ---------------------------------------------------------------------------------------
def _run_edit(action: str, **arguments) -> None:
    """Record an edit (the analysis re-runs with it) and show the page again."""
    try:
        with st.spinner(t("edit.running")):
            if action == "undo":
                undone, run = undo_edit(context.store, context.study)
            else:
                _edit_id, run = record_edit(context.store, context.study, action, **arguments)
    except InsightsError as error:
        st.error(str(error))
        return
    if action == "undo" and undone is None:
        st.info(t("edit.nothing_to_undo"))
        return
    common.flash(t("edit.done", action=t(f"edit.{action}"), run=run.run_id))
    for conflict in run.summary.get("conflicts", []):
        common.flash(t("edit.not_applied", edit=conflict["edit"], action=t(f"edit.{conflict['action']}"),
                       reason=conflict["reason"]))
    st.rerun()


st.subheader(t("edit.title"))
st.caption(t("edit.help"))
others = [i for i in theme_ids if i != theme_id]
rename_tab, merge_tab, split_tab, move_tab, undo_tab = st.tabs(
    [t("edit.rename"), t("edit.merge"), t("edit.split"), t("edit.move"), t("edit.history")])
with rename_tab:
    label = st.text_input(t("edit.new_label"), key="rename_label", max_chars=120,
                          placeholder=labels.get(theme_id, ""))
    if st.button(t("edit.rename"), key="rename_button", disabled=not (label or "").strip()):
        _run_edit("rename", theme=theme_id, label=label.strip())
with merge_tab:
    common.keep_choices("merge_others", others)
    chosen = st.multiselect(t("edit.merge_into", theme=explore.escape_markdown(labels.get(theme_id, theme_id))),
                            others, key="merge_others",
                            format_func=lambda i: labels.get(i, str(i)))
    if st.button(t("edit.merge"), key="merge_button", disabled=not chosen):
        _run_edit("merge", themes=[theme_id, *chosen])
with split_tab:
    member_ids = list(members["statement_id"])
    texts = dict(zip(members["statement_id"], members["text"]))
    common.keep_choices("split_statements", member_ids)
    part = st.multiselect(t("edit.split_statements"), member_ids, key="split_statements",
                          format_func=lambda s: f"{s}: {texts.get(s, '')[:80]}")
    st.caption(t("edit.split_help"))
    if st.button(t("edit.split"), key="split_button", disabled=len(member_ids) < 2):
        _run_edit("split", theme=theme_id, statements=part)
with move_tab:
    if not len(members):
        st.info(t("info.no_quotes"))
    else:
        common.keep_choice("move_statement", member_ids)
        statement = st.selectbox(t("edit.statement"), member_ids, key="move_statement",
                                 format_func=lambda s: f"{s}: {texts.get(s, '')[:80]}")
        left, middle, right = st.columns(3)
        with left:
            target = st.selectbox(t("edit.move_to"), others, key="move_target",
                                  format_func=lambda i: labels.get(i, str(i)))
            if st.button(t("edit.move"), key="move_button", disabled=target is None):
                _run_edit("move", statement=statement, theme=target)
        with middle:
            stage = st.selectbox(t("edit.set_stage"), context.stage_set.ids, key="stage_value",
                                 format_func=stage_names.get)
            if st.button(t("edit.stage"), key="stage_button"):
                _run_edit("stage", statement=statement, stage=stage)
        with right:
            kind = st.selectbox(t("edit.set_kind"), list(explore.KINDS), key="kind_value",
                                format_func=context.kind_name)
            if st.button(t("edit.kind"), key="kind_button"):
                _run_edit("kind", statement=statement, kind=kind)
with undo_tab:
    ledger = context.store.edits_table(context.study, include_undone=True)
    if st.button(t("edit.undo"), key="undo_button", disabled=not (ledger["undone"] == 0).any()):
        _run_edit("undo")
    if len(ledger):
        summary = explore.edits_summary(ledger)
        summary["action"] = [t(f"edit.{a}") for a in summary["action"]]
        st.dataframe(summary, hide_index=True, key="edit_ledger", column_config={
            "id": t("col.id"), "created_at": t("col.when"), "action": t("col.action"),
            "detail": st.column_config.TextColumn(t("col.detail"), width="large"), "undone": t("col.undone")})
    else:
        st.caption(t("edit.no_edits"))
