# The two commands of the README: `make demo` and `make test`.
# Both create the virtual environment (.venv) with pinned packages if missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_HOME := demo-output
export HF_HUB_OFFLINE := 1

.PHONY: demo test install clean-demo

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# DEMO_DASHBOARD=0 skips starting the dashboard at the end.
DEMO_DASHBOARD ?= 1

demo: $(STAMP)
	INSIGHTS_HOME=$(DEMO_HOME) $(BIN)/python -m pipelines.demo
	if [ "$(DEMO_DASHBOARD)" = 1 ]; then INSIGHTS_HOME=$(DEMO_HOME) $(BIN)/insights dashboard; fi

# The tests run in parallel, one worker per core (at most 4), a test module per worker:
# module fixtures (an analysed study) are made once. `.venv/bin/python -m pytest` runs them serially.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist loadscope

clean-demo:
	rm -rf $(DEMO_HOME)
