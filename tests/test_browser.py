"""The dashboard in a real headless browser: Debian's Chromium driven by Playwright.

Starts the app on a free port with an empty study home, creates a study,
uploads transcripts, runs the analysis (the default multilingual model),
opens every page, checks what a person would see, and saves a screenshot of
each page in test-output/screenshots/. Skips only where Chromium is missing
(.ci/run installs it).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_STUDIES

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-output" / "screenshots"
UPLOADS = [SAMPLE_STUDIES / "blue-badge" / "transcripts" / name
           for name in ("interview-1.txt", "interview-4.txt", "participants.csv")]
PAGES = [  # link text, text that must be visible, screenshot name
    ("Overview", "Statements", "overview"),
    ("Themes", "Pain share", "themes"),
    ("Journey", "Applying", "journey"),
    ("Participants", "badge holder", "participants"),
    ("Search", "Keyword", "search"),
    ("Export", "CSV", "export"),
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed "
                                "(apt-get install chromium); .ci/run installs it")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def app_url(tmp_path):
    port = free_port()
    env = {**os.environ, "INSIGHTS_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("INSIGHTS_DB", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"the app did not start: {server.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
    yield url
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def wait_until_idle(page) -> None:
    """Wait until the app's script has finished its rerun (Streamlit marks its root element)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=120_000)


def test_browser_upload_analyse_and_visit_every_page(app_url):
    from playwright.sync_api import expect, sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):  # only this run's pictures count
        old.unlink()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en-GB")
        page.set_default_timeout(30_000)
        expect.set_options(timeout=30_000)
        page.goto(app_url + "/studies")

        page.get_by_label("New study").fill("badge")
        page.get_by_role("button", name="Create study").click()
        expect(page.get_by_text("Study badge created.")).to_be_visible()
        wait_until_idle(page)

        page.locator('input[type="file"]').set_input_files([str(path) for path in UPLOADS])
        for path in UPLOADS:  # uploaded: the file's name shows in the uploader
            expect(page.get_by_test_id("stFileUploader").get_by_text(path.name, exact=True)).to_be_visible()
        page.get_by_test_id("stBaseButton-primaryFormSubmit").filter(has_text="Add files").click()
        # The first upload of a process loads spaCy and the language models: slow on a busy machine.
        expect(page.get_by_text("3 file(s) read")).to_be_visible(timeout=120_000)
        expect(page.get_by_text("interview-4.txt").first).to_be_attached()  # a cell of the results grid

        page.get_by_test_id("stBaseButton-primaryFormSubmit").filter(has_text="Run the analysis").click()
        expect(page.get_by_text("Analysis done (run")).to_be_visible(timeout=240_000)
        page.screenshot(path=str(SCREENSHOTS / "studies.png"), full_page=True)

        for link, visible, name in PAGES:
            page.get_by_role("link", name=link).click()
            expect(page.get_by_role("heading", name=link).first).to_be_visible()
            expect(page.get_by_text(visible).first).to_be_attached()
            expect(page.get_by_text("Traceback")).to_have_count(0)
            page.wait_for_timeout(1500)  # let charts finish drawing before the picture
            page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
        browser.close()
    assert {path.stem for path in SCREENSHOTS.glob("*.png")} >= {"studies", *(name for _, _, name in PAGES)}
