# chipwire: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STACK := bash deploy/local/stack.sh

.PHONY: help install lint typecheck unit integration test up down status run bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/chipwire: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	@touch $@

install: $(BIN)/chipwire ## create .venv with chipwire and its dev tools

lint: install ## ruff and mypy --strict
	$(BIN)/ruff check shared services tests
	$(BIN)/mypy

unit: install ## unit tests (pure logic, no servers)
	$(BIN)/pytest -q tests/unit
