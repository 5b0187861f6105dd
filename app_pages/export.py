"""Export: download what the study holds (the export issue adds reports, spreadsheets and REFI-QDA)."""

import streamlit as st

from app_pages import common
from insights import explore

context = common.page_context(analysed=False, statements=True)
t = context.t
st.header(t("export.title"))
statements = context.statements

with st.container(border=True):
    st.markdown(f"**{t('export.statements')}**")
    st.caption(t("export.statements_help", count=len(statements)))
    st.download_button(t("export.download_csv"), explore.statements_csv(statements),
                       file_name=f"{context.study}.statements.csv", mime="text/csv", key="export_statements",
                       icon=":material/download:", on_click="ignore")

with st.container(border=True):
    st.markdown(f"**{t('export.cards')}**")
    if context.run is None:
        st.caption(t("info.no_analysis", study=context.study))
    else:
        st.caption(t("export.cards_help", count=len(context.cards)))
        st.download_button(t("export.download_json"), explore.insight_cards_json(context.cards),
                           file_name=f"{context.study}.insights.json", mime="application/json", key="export_cards",
                           icon=":material/download:", on_click="ignore")
