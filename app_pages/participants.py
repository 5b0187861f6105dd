"""Participants: segments x themes (how many people of each segment raised each theme), and who raised what."""

import streamlit as st

from app_pages import common
from insights import explore
from insights.insights import SMALL_GROUP

context = common.page_context()
t = context.t
st.header(t("participants.title"))
statements = context.statements
attributes = explore.attribute_columns(statements)

column = None
if not attributes:
    st.info(t("info.no_participants"))
else:
    common.keep_choice("participants_column", attributes)
    column = st.selectbox(t("participants.attribute"), attributes, key="participants_column")
    share = st.toggle(t("participants.as_share"), key="participants_share")
    grid = explore.segment_crosstab(statements, column, context.themes, missing=t("participants.missing"))
    small = grid[grid["small_group"]]
    if len(small):
        st.warning(t("participants.small_groups", minimum=SMALL_GROUP,
                     segments=explore.escape_markdown(
                         ", ".join(f"{row.segment} ({row.people})" for row in small.itertuples()))),
                   icon=":material/warning:")
    themes = [c for c in grid.columns if c not in ("segment", "people", "small_group")]
    shown = grid.copy()
    if share:
        shown[themes] = shown[themes].div(shown["people"].where(shown["people"] > 0, 1), axis=0).round(2)
    shown["small_group"] = shown["small_group"].map({True: "⚠", False: ""})
    st.caption(t("participants.help"))
    st.dataframe(shown, hide_index=True, key="segment_grid", column_config={
        "segment": st.column_config.TextColumn(column, pinned=True),
        "people": st.column_config.NumberColumn(t("col.people"), pinned=True),
        "small_group": st.column_config.TextColumn(t("col.small_group"), width="small",
                                                   help=t("participants.small_help", minimum=SMALL_GROUP)),
        **{name: st.column_config.NumberColumn(name, format="percent" if share else None) for name in themes},
    })

st.subheader(t("participants.who"))
who = explore.people_table(statements, context.themes, column)
st.dataframe(who, hide_index=True, key="people_table", column_config={
    "person": t("col.person"), "segment": column or t("col.segment"), "sessions": t("col.sessions"),
    "statements": t("col.statements"), "pain": t("col.pain"), "themes": t("col.themes"),
    "top_themes": st.column_config.TextColumn(t("col.top_themes"), width="large")})
