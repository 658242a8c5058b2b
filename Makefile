# jitc — the README's two commands: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-all conformance bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch: the CPU wheel, pinned (an unpinned torch pulls a multi-GB CUDA build)
	$(BIN)/python -m pip install -q -e ".[test,torch]"
	touch $(STAMP)

demo: setup
	$(BIN)/python examples/demo.py

# The CI suite (no GPU): unit, model, CLI and a fixed subset of onnx's node tests.
test: setup
	$(BIN)/python -m pytest -q tests

conformance: setup
	$(BIN)/python bench/conformance.py

bench: setup
	$(BIN)/python bench/latency.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
