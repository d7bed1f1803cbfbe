# Each target is one command. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_WEEK ?= 2026-W48

.PHONY: install demo test lint fmt pytest bench lock clean screenshots

$(BIN)/newsletter: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(BIN)/newsletter

install: $(BIN)/newsletter

demo: install
	$(BIN)/python -m newsletter.demo --week $(DEMO_WEEK)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# axe-core and doiuse-email for the browser and email-compatibility tests (they skip without npm).
NPM := $(shell command -v npm 2>/dev/null)
node_modules/.package-lock.json: package-lock.json
ifdef NPM
	npm ci --no-audit --no-fund --loglevel=error
else
	@echo "npm not found: the axe-core and doiuse-email tests will skip (apt-get install npm)"
endif

pytest: install node_modules/.package-lock.json
	$(BIN)/pytest

test: lint pytest

fmt: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python benchmarks/collect.py
	$(BIN)/python benchmarks/render.py
	$(BIN)/python benchmarks/send.py
	$(BIN)/python benchmarks/unsubscribe.py
	$(BIN)/python benchmarks/import.py

screenshots: install
	$(BIN)/python scripts/screenshots.py

lock: install
	$(BIN)/pip freeze --exclude-editable > constraints.txt

clean:
	rm -rf $(VENV) newsletter.db* outbox preview .pytest_cache .mypy_cache .ruff_cache
