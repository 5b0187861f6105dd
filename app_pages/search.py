"""Search: keyword or semantic search over the study's statements, with each quote's context."""

import streamlit as st

from app_pages import common
from insights import explore
from insights.errors import InsightsError

context = common.page_context(analysed=False, statements=True)
t = context.t
st.header(t("search.title"))
statements = context.statements

MODES = ["keyword", "semantic"]
query_column, mode_column = st.columns([3, 1])
query = query_column.text_input(t("search.query"), key="search_query", placeholder=t("search.placeholder"))
mode = mode_column.radio(t("search.mode"), MODES, key="search_mode", format_func=lambda m: t(f"search.{m}"),
                         horizontal=True)
if not (query or "").strip():
    st.caption(t("search.help"))
    st.stop()

if mode == "semantic":
    if context.run is None:
        st.info(t("info.semantic_needs_analysis"))
        st.stop()
    model = context.run["settings"].get("embedder", "e5")
    try:
        with st.spinner(t("search.embedding")):
            found = explore.search_statements(statements, query, vectors=context.vectors(model),
                                              embedder=common.embedder(model), mode="semantic")
    except InsightsError as error:
        st.error(str(error))
        st.stop()
else:
    found = explore.search_statements(statements, query, mode="keyword")

if found.empty:
    st.info(t("search.nothing", query=explore.escape_markdown(query)))
    st.stop()
st.caption(t("search.found", count=len(found)))
names = explore.theme_names(context.themes) if context.run else {}
table = explore.quotes_table(found, context.stage_names, names).assign(score=found["score"].to_numpy())
table["kind"] = [context.kind_name(k) for k in table["kind"]]
st.dataframe(table[["score", "speaker", "session", "time", "theme", "text", "statement_id"]], hide_index=True,
             key="search_results", column_config={
                 "score": st.column_config.NumberColumn(t("col.score"), format="%.2f", width="small"),
                 "speaker": t("col.speaker"), "session": t("col.session"), "time": t("col.time"),
                 "theme": t("col.theme"), "text": st.column_config.TextColumn(t("col.text"), width="large"),
                 "statement_id": t("col.statement_id")})

# --- context of one result ------------------------------------------------------------------------
ids = list(found["statement_id"])
texts = dict(zip(found["statement_id"], found["text"]))
common.keep_choice("search_pick", ids)
picked = st.selectbox(t("search.context_for"), ids, key="search_pick",
                      format_func=lambda s: f"{s}: {texts.get(s, '')[:90]}")
around = explore.quote_context(context.store, context.study, picked, utterances=context.utterances)
st.subheader(t("search.context"))
if around["question"]:
    st.caption(t("search.question"))
    st.text(around["question"])
for turn in around["turns"].itertuples():
    byline = f"{turn.speaker} {explore.format_time(turn.start_s)}".strip()
    if turn.is_quote:
        with st.container(border=True):
            st.text(f"{byline}: {turn.text}")
    else:
        st.text(f"{byline}: {turn.text}")
