"""Export: a report, spreadsheets, JSON, a REFI-QDA project or an effect map, made on request."""

import streamlit as st

from app_pages import common
from insights import i18n
from insights.export.formats import FORMATS, export_bytes, file_name

context = common.page_context(analysed=False, statements=True)
t = context.t
st.header(t("export.title"))
if context.run is None:
    st.info(t("export.only_statements", study=context.study))

offered = [name for name, chosen in FORMATS.items() if context.run is not None or not chosen.needs_analysis]
with st.form("export"):
    format_name = st.radio(t("export.format"), offered, key="export_format",
                           format_func=lambda name: t(f"export.format.{name}"))
    language = st.radio(t("export.language"), ["sv", "en"], key="export_language", horizontal=True,
                        index=0 if context.lang == "sv" else 1, format_func=i18n.language_name)
    purpose = st.text_input(t("export.purpose"), key="export_purpose", help=t("export.purpose_help"))
    redact = st.toggle(t("export.redact"), key="export_redact", help=t("export.redact_help"))
    made = st.form_submit_button(t("export.make"), icon=":material/description:")

request = (context.key, format_name, language, redact, purpose.strip())
if made:
    with st.spinner(t("export.making")):
        data = export_bytes(context.store, context.study, format_name, language=language, redact=redact,
                            purpose=purpose.strip() or None)
    st.session_state["export_file"] = (request, data)

ready = st.session_state.get("export_file")
if ready and ready[0] == request:  # a file made for other choices (or an older run) is not offered
    chosen = FORMATS[format_name]
    st.download_button(t("export.download", name=file_name(context.study, format_name)), ready[1],
                       file_name=file_name(context.study, format_name), mime=chosen.mime, key="export_download",
                       icon=":material/download:", on_click="ignore", type="primary")
    st.caption(t("export.provenance", run=context.run["id"] if context.run else "—", size=len(ready[1]) // 1024 + 1))
