# Two commands on a fresh machine (only Python 3.10+ needed):
#   make run    - set up .venv and chat with the bot in the terminal (Telegram when TELEGRAM_BOT_TOKEN is set)
#   make test   - set up .venv, lint (as `make lint`), then run the whole test suite
#   make lint   - ruff and mypy (installed into .venv with the test extra), configured in pyproject.toml
#   make prebuilt - rebuild knowledge/_prebuilt.json and intents/_prebuilt.json after editing the YAML
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test lint bench validate prebuilt clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# Byte-compile first: where PYTHONDONTWRITEBYTECODE is set, every start would compile the package again.
run: $(VENV)/.installed
	@$(BIN)/python -m compileall -q bot >/dev/null
	$(BIN)/python -m bot

# Lint first: a ruff or mypy finding fails the run before the tests start.
test: $(VENV)/.installed lint
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(VENV)/.installed
	@$(BIN)/python -m compileall -q bot benchmarks >/dev/null
	$(BIN)/python -m benchmarks

validate: $(VENV)/.installed
	$(BIN)/python -m bot validate

# After editing knowledge/*.yaml or intents/: the prebuilt form the bot starts from (else it reads the YAML).
prebuilt: $(VENV)/.installed
	$(BIN)/python scripts/build_prebuilt.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .mypy_cache .ruff_cache
