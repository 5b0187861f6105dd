"""The dashboard: a thin frame over the pages in app_pages/.

Run it with `insights dashboard` or `streamlit run app.py`. Studies are read
from INSIGHTS_DB (a database URL) or INSIGHTS_HOME (one SQLite file per study),
as on the command line. All logic lives in the `insights` library.
"""

import streamlit as st

from app_pages import common
from insights.i18n import t

st.set_page_config(page_title="Insights", page_icon=":material/forum:", layout="wide")
common.init_state()
study, lang = common.sidebar()

PAGES = [  # file, title key, icon, url path
    ("app_pages/studies.py", "page.studies", ":material/upload_file:", "studies"),
    ("app_pages/overview.py", "page.overview", ":material/dashboard:", "overview"),
    ("app_pages/themes.py", "page.themes", ":material/category:", "themes"),
    ("app_pages/journey.py", "page.journey", ":material/route:", "journey"),
    ("app_pages/participants.py", "page.participants", ":material/groups:", "participants"),
    ("app_pages/search.py", "page.search", ":material/search:", "search"),
    ("app_pages/export.py", "page.export", ":material/download:", "export"),
]
pages = [st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=(url == "overview"))
         for path, title, icon, url in PAGES]
st.navigation(pages).run()
