"""Journey: stages across, themes down; colour is pain share, size is reach; an emotion curve below."""

import plotly.graph_objects as go
import streamlit as st

from app_pages import common
from insights import explore

context = common.page_context()
t = context.t
stage_set = context.stage_set
stage_names = context.stage_names
st.header(t("journey.title"))
description = stage_set.description.get(context.lang) or stage_set.description.get("en") or stage_set.name
st.caption(explore.escape_markdown(description))

matrix = explore.journey_matrix(context.statements, context.themes, stage_set)
if matrix.empty:
    st.info(t("info.no_journey"))
    st.stop()
theme_rows = matrix.drop_duplicates("theme_id").sort_values("theme_order")
theme_ids = [int(i) for i in theme_rows["theme_id"]]
theme_labels = dict(zip(theme_ids, theme_rows["theme_label"]))
cells = {(int(row.stage_index), int(row.theme_order)): (int(row.theme_id), row.stage) for row in matrix.itertuples()}


def _pick_cell() -> None:
    """A clicked bubble selects its theme and stage below."""
    points = st.session_state["journey_chart"].selection.points
    if points:
        found = cells.get((round(points[0]["x"]), round(points[0]["y"])))
        if found:
            st.session_state["journey_theme"], st.session_state["journey_stage"] = found


figure = go.Figure(go.Scatter(
    x=matrix["stage_index"], y=matrix["theme_order"], mode="markers",
    marker={
        "size": matrix["reach"], "sizemode": "area", "sizeref": max(matrix["reach"].max(), 0.01) / 38 ** 2,
        "sizemin": 4, "color": matrix["pain_share"], "cmin": 0, "cmax": 1,
        "colorscale": [[float(stop), colour] for stop, colour in explore.PAIN_SCALE],
        "line": {"width": 1, "color": "#555555"},
        "colorbar": {"title": {"text": t("col.pain_share")}, "tickformat": ".0%", "thickness": 12},
    },
    customdata=list(zip(matrix["statements"], matrix["people"], matrix["reach"], matrix["pain_share"])),
    hovertext=[f"{explore.hover_text(theme_labels[row.theme_id], 50)}<br>{explore.hover_text(stage_names[row.stage])}"
               for row in matrix.itertuples()],
    hovertemplate=("%{hovertext}<br>" + t("journey.hover") + "<extra></extra>"),
))
figure.update_layout(
    height=max(320, 36 * len(theme_ids) + 120), margin={"l": 10, "r": 10, "t": 30, "b": 10},
    xaxis={"tickmode": "array", "tickvals": list(range(len(stage_set.ids))), "side": "top",
           "ticktext": [explore.hover_text(stage_names[s], 16) for s in stage_set.ids],
           "range": [-0.5, len(stage_set.ids) - 0.5], "showgrid": True},
    yaxis={"tickmode": "array", "tickvals": list(range(len(theme_ids))), "autorange": "reversed",
           "ticktext": [explore.hover_text(theme_labels[i], 40, 1) for i in theme_ids], "showgrid": True},
)
st.caption(t("journey.help"))
st.plotly_chart(figure, key="journey_chart", on_select=_pick_cell, selection_mode="points",
                config={"displaylogo": False})

# --- the quotes of one cell ---------------------------------------------------------------------
st.subheader(t("journey.cell"))
if "journey_theme" not in st.session_state:
    st.session_state["journey_theme"], st.session_state["journey_stage"] = explore.hottest_cell(matrix)
common.keep_choice("journey_theme", theme_ids)
common.keep_choice("journey_stage", stage_set.ids)
left, right = st.columns(2)
theme_id = left.selectbox(t("col.theme"), theme_ids, key="journey_theme", format_func=theme_labels.get)
stage = right.selectbox(t("col.stage"), stage_set.ids, key="journey_stage", format_func=stage_names.get)
members = explore.filter_statements(context.statements, themes=[theme_id], stages=[stage])
if members.empty:
    st.info(t("info.empty_cell"))
else:
    cell = matrix[(matrix["theme_id"] == theme_id) & (matrix["stage"] == stage)].iloc[0]
    st.caption(t("journey.cell_numbers", statements=int(cell["statements"]), people=int(cell["people"]),
                 reach=f"{cell['reach']:.0%}", pain=f"{cell['pain_share']:.0%}"))
    quotes = explore.quotes_table(members, stage_names)
    quotes["kind"] = [context.kind_name(k) for k in quotes["kind"]]
    st.dataframe(quotes.drop(columns=["stage"]), hide_index=True, key="journey_quotes", column_config={
        "speaker": t("col.speaker"), "session": t("col.session"), "time": t("col.time"), "kind": t("col.kind"),
        "text": st.column_config.TextColumn(t("col.text"), width="large"), "statement_id": t("col.statement_id")})

# --- the emotion curve ----------------------------------------------------------------------------
st.subheader(t("journey.emotion"))
curve = explore.emotion_curve(context.statements, stage_set)
line = go.Figure()
line.add_trace(go.Bar(
    x=[stage_names[s] for s in curve["stage"]], y=curve["pain_share"], name=t("col.pain_share"),
    marker={"color": explore.OKABE_ITO[5], "opacity": 0.35}, yaxis="y2",
    hovertemplate="%{x}: %{y:.0%}<extra></extra>",
))
line.add_trace(go.Scatter(
    x=[stage_names[s] for s in curve["stage"]], y=curve["mean_sentiment"], name=t("journey.mean_sentiment"),
    mode="lines+markers", line={"color": explore.OKABE_ITO[4], "width": 3}, marker={"size": 9},
    customdata=curve["statements"], hovertemplate="%{x}: %{y:.2f} (n=%{customdata})<extra></extra>",
))
line.add_hline(y=0, line={"color": "#888888", "dash": "dot"})
line.update_layout(
    height=320, margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h", "y": -0.2},
    yaxis={"title": t("journey.mean_sentiment"), "range": [-1, 1]},
    yaxis2={"title": t("col.pain_share"), "overlaying": "y", "side": "right", "range": [0, 1], "tickformat": ".0%",
            "showgrid": False},
)
st.plotly_chart(line, key="journey_emotion", config={"displaylogo": False})

with st.expander(t("journey.as_table"), icon=":material/table:"):
    grid = matrix.pivot(index="theme_label", columns="stage", values="pain_share")
    grid = grid.reindex(index=[theme_labels[i] for i in theme_ids],
                        columns=[s for s in stage_set.ids if s in grid.columns])
    grid.columns = [stage_names[s] for s in grid.columns]
    st.dataframe(grid, column_config={name: st.column_config.NumberColumn(format="percent")
                                      for name in grid.columns})
