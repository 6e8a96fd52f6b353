# The daily verbs: `make run` and `make test`. Everything else supports them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Newest Python 3.12+ that actually runs (a pyenv shim can exist without a working interpreter).
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV) python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)

.PHONY: run test install lint format migrations-check demo browsers clean

$(VENV)/.installed: requirements.txt
	@if [ -z "$(PYTHON)" ]; then echo "error: Python 3.12 or newer is required (Django 6). Install it, or run: make PYTHON=/path/to/python3.12 run" >&2; exit 1; fi
	@test -x $(PY) || { echo "Creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

install: $(VENV)/.installed

demo: install
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py load_demo

# The web server, the task worker (e-mail outbox, search indexing, translation notices)
# and the scheduler of periodic commands share the durable database queue; Ctrl+C stops all three.
run: demo
	@echo ""
	@echo "  VET2B is starting on http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/  (demo login printed above)"
	@echo "  Background worker: started beside the web server (e-mails appear in this console)"
	@echo ""
	@trap 'kill $$(jobs -p) 2>/dev/null' INT TERM EXIT; \
	TASK_QUEUE=database $(PY) manage.py db_worker --queue-name '*' --interval 1 & \
	TASK_QUEUE=database $(PY) manage.py run_schedule & \
	TASK_QUEUE=database $(PY) manage.py runserver 127.0.0.1:$(PORT) & \
	wait

# axe-core for the browser tests, when npm is there; without it those tests are skipped.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund; else echo "npm not found: browser tests will be skipped"; fi

# One pytest worker per core (pytest-xdist); TEST_WORKERS=0 runs in a single process.
TEST_WORKERS ?= auto
test: install node_modules/.package-lock.json
	$(VENV)/bin/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 media static
