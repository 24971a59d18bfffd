# Two commands on a fresh machine (only Python 3.10+ needed):
#   make run    - set up .venv and chat with the bot in the terminal (Telegram when TELEGRAM_BOT_TOKEN is set)
#   make test   - set up .venv and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test bench validate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

run: $(VENV)/.installed
	$(BIN)/python -m bot

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks

validate: $(VENV)/.installed
	$(BIN)/python -m bot validate

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
