"""What every page shares: the store location, the chosen study, cached readers, session state.

Tables are read through `st.cache_data`, keyed by the store, the study, the
latest analysis run and the sessions in it, so drawing a page never re-reads a
table that has not changed and never re-runs the analysis. Engines and models
are `st.cache_resource`.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from insights import explore, i18n
from insights.embed import CachedEmbedder, make_embedder
from insights.insights import insight_cards
from insights.store import Store, StoreLocation

# Session state, initialised once per browser session.
DEFAULTS = {
    "lang_chosen": False,  # the user picked a language: stop following the study's
    "lang_study": None,  # the study the language was last set from
    "pending_study": None,  # a study to select on the next run (set by Studies & upload)
    "upload_results": None,
    "flash": [],  # messages to show once, after a rerun
}


def init_state() -> None:
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = copy.deepcopy(value)


def location() -> StoreLocation:
    """Where studies live: INSIGHTS_DB (one database) or INSIGHTS_HOME (a SQLite file per study)."""
    url = os.environ.get("INSIGHTS_DB") or None
    home = os.environ.get("INSIGHTS_HOME")
    return _location(url, home)


@st.cache_resource(show_spinner=False)
def _location(url: str | None, home: str | None) -> StoreLocation:
    return StoreLocation(url=url, home=Path(home) if home else None)


@st.cache_resource(show_spinner=False)
def store_for(_location: StoreLocation, url: str | None, home: str | None, study: str) -> Store:
    return _location.store_for(study)


@st.cache_resource(show_spinner=False)
def embedder(name: str):
    """The embedding model a study was analysed with, loaded once per process."""
    return make_embedder(name)


# --------------------------------------------------------------------------- the sidebar


def sidebar() -> tuple[str | None, str]:
    """Study picker and language switch; returns (study or None, interface language)."""
    names = location().study_names()
    pending = st.session_state.get("pending_study")
    if pending:
        st.session_state["study"] = pending
        st.session_state["pending_study"] = None
    if names and st.session_state.get("study") not in names:
        st.session_state["study"] = names[0]
    study = None
    lang = st.session_state.get("lang") or _browser_language()
    if names:
        study = st.sidebar.selectbox(i18n.t("sidebar.study", lang), names, key="study")
    if study and not st.session_state["lang_chosen"] and st.session_state["lang_study"] != study:
        language = explore.study_language(_sessions_now(study))
        if language:  # an empty study says nothing yet: decide once it has transcripts
            st.session_state["lang"] = language
            st.session_state["lang_study"] = study
    if st.session_state.get("lang") not in i18n.LANGUAGES:
        st.session_state["lang"] = lang
    lang = st.sidebar.radio(i18n.t("sidebar.language", lang), i18n.LANGUAGES, key="lang", horizontal=True,
                            format_func=i18n.language_name, on_change=_language_chosen)
    if not names:
        st.sidebar.caption(i18n.t("sidebar.no_studies", lang))
    return study, lang


def _language_chosen() -> None:
    st.session_state["lang_chosen"] = True


def _browser_language() -> str:
    locale = st.context.locale or ""
    return "sv" if locale.lower().startswith("sv") else "en"


def _sessions_now(study: str) -> pd.DataFrame:
    store = store_for(location(), *env(), study)
    return store.sessions_table(study)


def env() -> tuple[str | None, str | None]:
    return os.environ.get("INSIGHTS_DB") or None, os.environ.get("INSIGHTS_HOME")


# --------------------------------------------------------------------------- the page context


@dataclass
class Context:
    """The study a page shows, in which language, and its tables (read through the caches)."""

    store: Store
    study: str
    lang: str
    run: dict | None
    sessions: pd.DataFrame
    key: tuple  # (store url, study, latest run id, sessions fingerprint): the cache key of every table

    def t(self, key: str, **values) -> str:
        return i18n.t(key, self.lang, **values)

    @property
    def statements(self) -> pd.DataFrame:
        return _statements(self.store, self.key)

    @property
    def themes(self) -> pd.DataFrame:
        return _themes(self.store, self.key)

    @property
    def results(self) -> pd.DataFrame:
        return _results(self.store, self.key)

    @property
    def utterances(self) -> pd.DataFrame:
        return _utterances(self.store, self.key)

    @property
    def cards(self) -> list:
        return _cards(self.store, self.key)

    @property
    def stage_set(self):
        return explore.run_stage_set(self.run)

    @property
    def stage_names(self) -> dict[str, str]:
        return explore.stage_labels(self.stage_set, self.lang, self.t("stage.unknown"))

    def kind_name(self, kind: str) -> str:
        return self.t(f"kind.{kind}") if kind in explore.KINDS else str(kind)

    def vectors(self, model: str):
        return _vectors(self.store, self.key, model)


def page_context(*, analysed: bool = True, statements: bool = False) -> Context:
    """The current study's context; stops the page with a hint when there is nothing to show."""
    lang = st.session_state.get("lang") or "en"
    study = st.session_state.get("study")
    if not study:
        st.info(i18n.t("info.no_study", lang))
        st.page_link("app_pages/studies.py", label=i18n.t("page.studies", lang), icon=":material/upload_file:")
        st.stop()
    store = store_for(location(), *env(), study)
    sessions = store.sessions_table(study)
    run = store.latest_run(study)
    context = Context(store, study, lang, run, sessions,
                      (store.url, study, run and run["id"], store.data_version(study)))
    show_flash()
    if (analysed or statements) and sessions.empty:
        st.info(context.t("info.no_sessions", study=study))
        st.page_link("app_pages/studies.py", label=context.t("page.studies"), icon=":material/upload_file:")
        st.stop()
    if analysed and run is None:
        st.info(context.t("info.no_analysis", study=study))
        st.page_link("app_pages/studies.py", label=context.t("page.studies"), icon=":material/upload_file:")
        st.stop()
    return context


def flash(message: str) -> None:
    """A success message to show after the next rerun."""
    st.session_state["flash"] = [*st.session_state.get("flash", []), message]


def show_flash() -> None:
    for message in st.session_state.get("flash", []):
        st.success(message, icon=":material/check_circle:")
    st.session_state["flash"] = []


def keep_choice(key: str, options: list, default=None) -> None:
    """Reset a widget's remembered value that is no longer among its options (e.g. after a re-run)."""
    if key in st.session_state and st.session_state[key] not in options and st.session_state[key] is not None:
        st.session_state[key] = default if default in options else (options[0] if options else None)


def keep_choices(key: str, options: list) -> None:
    """Drop remembered multiselect values that are no longer among its options."""
    if isinstance(st.session_state.get(key), list):
        st.session_state[key] = [value for value in st.session_state[key] if value in options]


def clear_caches() -> None:
    """After an upload or an analysis the tables change: read them again."""
    for reader in (_statements, _themes, _results, _utterances, _cards, _vectors):
        reader.clear()


def quote(context: Context, text: str, speaker: str, session: str, start_s=None, note: str = "") -> None:
    """One quote, shown as text (never Markdown or HTML), with who said it and when."""
    with st.container(border=True):
        st.text(f"“{text}”")
        when = explore.format_time(start_s)
        byline = ", ".join(part for part in (speaker, session, when) if part)
        st.caption(explore.escape_markdown(f"— {byline}{note}"))


# --------------------------------------------------------------------------- cached readers


@st.cache_data(show_spinner=False, max_entries=32)
def _statements(_store: Store, key: tuple) -> pd.DataFrame:
    return _store.statements_table(key[1])


@st.cache_data(show_spinner=False, max_entries=32)
def _themes(_store: Store, key: tuple) -> pd.DataFrame:
    return _store.themes_table(key[1], run_id=key[2])


@st.cache_data(show_spinner=False, max_entries=32)
def _results(_store: Store, key: tuple) -> pd.DataFrame:
    return _store.results_table(key[1], run_id=key[2])


@st.cache_data(show_spinner=False, max_entries=32)
def _utterances(_store: Store, key: tuple) -> pd.DataFrame:
    return _store.utterances_table(key[1])


@st.cache_data(show_spinner=False, max_entries=32)
def _cards(_store: Store, key: tuple) -> list:
    return insight_cards(_statements(_store, key), _themes(_store, key))


@st.cache_data(show_spinner=False, max_entries=8)
def _vectors(_store: Store, key: tuple, model: str):
    """Statement vectors from the store's embedding cache (the analysis put them there)."""
    texts = list(_statements(_store, key)["text"])
    return CachedEmbedder(embedder(model), _store).encode(texts)
