"""The README documents what the project has: commands, formats, the two make targets."""

from __future__ import annotations

import re

from insights.cli import app
from insights.ingest import supported_suffixes
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_readme_starts_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.DOTALL).group(1)
    assert first_block.splitlines()[0].startswith("make demo")
    assert first_block.splitlines()[1].startswith("make test")


def test_docs_every_cli_command_is_in_the_readme():
    commands = [command.name or command.callback.__name__ for command in app.registered_commands]
    assert commands
    for command in commands:
        assert f"insights {command}" in README, command


def test_docs_every_supported_suffix_is_in_the_readme():
    for suffix in supported_suffixes():
        assert f"`{suffix}`" in README, suffix


def test_docs_ci_runs_the_readme_test_command():
    assert (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1] == "make test"
