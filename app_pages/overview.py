"""Overview: the study in numbers, a map of every statement, theme sizes and the top insights."""

import plotly.graph_objects as go
import streamlit as st

from app_pages import common
from insights import explore

TOP_CARDS = 5

context = common.page_context()
st.header(context.t("overview.title", study=context.study))

counts = explore.study_counts(context.statements, context.themes)
for column, name in zip(st.columns(4), ("sessions", "speakers", "statements", "themes")):
    column.metric(context.t(f"count.{name}"), counts[name])

points = explore.with_coordinates(context.statements, context.results)
styles = explore.theme_styles(points["theme_id"].fillna(explore.OUTLIER).astype(int).tolist())
names = explore.theme_names(context.themes)
names[explore.OUTLIER] = context.t("theme.outliers")
sizes = points["theme_id"].fillna(explore.OUTLIER).astype(int).value_counts()

map_column, size_column = st.columns([3, 2])
with map_column:
    st.subheader(context.t("overview.map"))
    st.caption(context.t("overview.map_help"))
    figure = go.Figure()
    trace = go.Scattergl if len(points) > 2000 else go.Scatter
    for theme_id in sorted(styles, key=lambda t: (t == explore.OUTLIER, -sizes.get(t, 0))):
        members = points[points["theme_id"].fillna(explore.OUTLIER).astype(int) == theme_id]
        colour, symbol = styles[theme_id]
        figure.add_trace(trace(
            x=members["x"], y=members["y"], mode="markers",
            name=explore.hover_text(names.get(theme_id, str(theme_id)), width=40, max_lines=1),
            marker={"color": colour, "symbol": symbol, "size": 7, "opacity": 0.8,
                    "line": {"width": 0.5, "color": "#FFFFFF"}},
            hovertext=[f"{explore.hover_text(text)}<br><i>{explore.hover_text(speaker)}, "
                       f"{explore.hover_text(session)}</i>"
                       for text, speaker, session in zip(members["text"], members["speaker"], members["session"])],
            hoverinfo="text",
        ))
    figure.update_layout(height=520, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                         legend={"orientation": "h", "y": -0.05, "font": {"size": 11}},
                         xaxis={"visible": False}, yaxis={"visible": False})
    st.plotly_chart(figure, key="overview_map", config={"displaylogo": False})

with size_column:
    st.subheader(context.t("overview.sizes"))
    overview = explore.themed(context.statements)["theme_id"].value_counts().sort_values()
    bars = go.Figure(go.Bar(
        x=overview.to_numpy(), y=[explore.hover_text(names.get(t, str(t))) for t in overview.index],
        orientation="h", marker={"color": [styles.get(t, (explore.OUTLIER_COLOUR, ""))[0] for t in overview.index]},
        hovertemplate="%{y}: %{x}<extra></extra>",
    ))
    bars.update_layout(height=max(240, 28 * len(overview) + 60), margin={"l": 10, "r": 10, "t": 10, "b": 10},
                       xaxis_title=context.t("count.statements"))
    st.plotly_chart(bars, key="overview_sizes", config={"displaylogo": False})

st.subheader(context.t("overview.top_insights"))
if not context.cards:
    st.info(context.t("info.no_themes"))
for card in context.cards[:TOP_CARDS]:
    with st.container(border=True):
        st.markdown(f"**{card.rank}.** {explore.escape_markdown(card.title)}")
        st.caption(context.t("card.numbers", statements=card.statements, people=card.speakers,
                             sessions=card.sessions, pain=f"{card.pain_share:.0%}",
                             stage=context.stage_names.get(card.top_stage, card.top_stage)))
        for item in card.quotes[:3]:
            common.quote(context, item.text, item.speaker, item.session, item.start_s)
        small = [s.segment for s in card.segments if s.small_group]
        if small:
            st.caption(explore.escape_markdown(context.t("card.small_groups", segments=", ".join(small))))
