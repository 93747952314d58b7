# chipwire: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STACK := bash deploy/local/stack.sh
SERVICES := bash deploy/local/services.sh
PYTEST_ARGS ?=

.PHONY: help install lint typecheck unit integration test up down status topics reset \
        services-up services-down run bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/chipwire: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	@touch $@

install: $(BIN)/chipwire ## create .venv with chipwire and its dev tools

lint: install ## ruff and mypy --strict
	$(BIN)/ruff check shared services tests
	$(BIN)/mypy

up: install ## start Kafka, Elasticsearch and Prometheus on loopback (idempotent)
	$(STACK) up

down: ## stop the services and the local stack (idempotent)
	-$(SERVICES) stop
	$(STACK) down

status: ## what is running
	@$(STACK) status
	@$(SERVICES) status

reset: down ## stop everything and delete var/ data (keeps downloaded jars)
	$(STACK) reset

services-up: up ## start the stream workers in the background
	$(SERVICES) start

services-down: ## stop the stream workers
	$(SERVICES) stop

run: install ## the main job: stack, workers, the sample wire, a summary; Ctrl-C stops all
	bash deploy/local/run.sh

unit: install ## unit tests (pure logic, no servers)
	$(BIN)/pytest -q -m "not integration" tests $(PYTEST_ARGS)

integration: up ## integration tests against the real local stack
	$(BIN)/pytest -q -m integration tests $(PYTEST_ARGS)

test: install ## everything: lint, unit and integration tests; the stack is torn down after
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory unit
	@$(STACK) up
	@set -o pipefail; status=0; \
	  $(BIN)/pytest -q -m integration tests $(PYTEST_ARGS) || status=$$?; \
	  $(SERVICES) stop >/dev/null 2>&1 || true; $(STACK) down || true; exit $$status

bench: up ## end-to-end and raw-limit benchmark (see README; BENCH_ARGS="--stories N")
	$(BIN)/python -m shared.bench $(BENCH_ARGS)

clean: down ## remove the virtualenv and all local state
	rm -rf $(VENV) var
