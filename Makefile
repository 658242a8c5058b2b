# jitc — the README's two commands: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

EXTRAS := test,torch,bench,web,rpc,serve
# Every dependency pinned (tools/lock.py). pip, the build backend and all of jitc's extras come
# from it, so a fresh clone installs what CI tested, whatever day it is.
LOCK := requirements.lock

.PHONY: setup lock test-latest system-deps demo test conformance bench cost-model cost-model-webgpu gpu cost-model-cuda clean

setup: $(STAMP)

# setuptools' notice that an editable install is one (its class is InformationOnly), not a warning
EDITABLE_QUIET := PYTHONWARNINGS="ignore:Editable installation"
# torch: pinned (an unpinned torch pulls a multi-GB CUDA build); pip takes the CPU wheel where
# the machine has one. --no-build-isolation: jitc is built by the locked setuptools.
$(STAMP): pyproject.toml $(LOCK)
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c $(LOCK) pip setuptools
	$(EDITABLE_QUIET) $(BIN)/python -m pip install -q --no-build-isolation -c $(LOCK) -e ".[$(EXTRAS)]"
	$(BIN)/python tools/lock.py --check
	touch $(STAMP)

# Resolve the lock again (newest versions pyproject.toml allows), with uv in a venv of its own.
LOCK_VENV := .venv-lock
lock:
	test -x $(LOCK_VENV)/bin/uv || ($(PY) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/python -m pip install -q "uv==0.13.10" packaging)
	$(LOCK_VENV)/bin/python tools/lock.py --uv $(LOCK_VENV)/bin/uv

# Not in CI: the suite in a scratch venv with the newest release of everything pyproject.toml
# allows, to see drift the day it happens. Prints what differs from the lock first.
LATEST := .venv-latest
test-latest: system-deps
	rm -rf $(LATEST)
	$(PY) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install -q --upgrade pip setuptools
	$(EDITABLE_QUIET) $(LATEST)/bin/python -m pip install -q --upgrade --no-build-isolation -e ".[$(EXTRAS)]"
	$(LATEST)/bin/python tools/lock.py --drift $(LATEST)/bin/python
	$(LATEST)/bin/python -m pytest -q $(PYTEST_PARALLEL) -m "not serial" tests
	$(LATEST)/bin/python -m pytest -q -m serial tests

# What the browser tests run on, from Debian: lavapipe (a software Vulkan) for WGSL through
# wgpu, Chromium for the real-browser test, Node for the WASM bundle; PostgreSQL for the shared
# kernel database's test. Best effort: without root or apt the tests that need them skip and
# say why.
SYSTEM_PACKAGES := mesa-vulkan-drivers libvulkan1 chromium nodejs postgresql
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "installing$$missing (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
			|| echo "warning: apt-get could not install$$missing; the browser tests that need them will skip"; \
	else echo "note: missing$$missing and no root apt-get; the browser tests that need them will skip"; fi

demo: setup
	$(BIN)/python examples/demo.py

# The CI suite (no GPU): unit, model, CLI and a fixed subset of onnx's node tests. Two parts:
# what times nothing on every core (pytest-xdist, one worker per test file, at most 4), then
# the tests marked `serial` (they tune within a budget, time, or lean on a timeout) alone.
PYTEST_PARALLEL := -n auto --maxprocesses 4 --dist loadfile
test: setup system-deps
	$(BIN)/python -m pytest -q $(PYTEST_PARALLEL) -m "not serial" tests
	$(BIN)/python -m pytest -q -m serial tests

conformance: setup
	$(BIN)/python bench/conformance.py

bench: setup
	$(BIN)/python bench/latency.py

clean:
	rm -rf $(VENV) $(LATEST) $(LOCK_VENV) build *.egg-info .pytest_cache

# Reproduce the pretrained CPU cost model shipped in cost_model/ (about 15 minutes here):
# measure the lite spaces of 310 generated workloads, then fit the ranker (held-out excluded).
cost-model: setup
	$(BIN)/jitc cost-model collect --db bench/results/cost_model_train.db --workloads 80 --seed 0
	$(BIN)/jitc cost-model collect --db bench/results/cost_model_train.db --workloads 170 --seed 1
	$(BIN)/jitc cost-model collect --db bench/results/cost_model_train.db --workloads 60 --seed 2 \
		--ops transpose,elementwise,softmax,reduce,layernorm,pool
	$(BIN)/jitc cost-model train --from-db bench/results/cost_model_train.db -o cost_model/pretrained_llvm.json

# The WebGPU model (cost_model/pretrained_webgpu.json, about 12 minutes here): matmul and
# elementwise candidates (the GPU rules with more than one candidate) timed on this machine's
# adapter through wgpu (lavapipe here: it ranks for a software rasterizer; collect on a real
# GPU to rank for one). export-web ranks the in-browser candidates with it.
cost-model-webgpu: setup
	$(BIN)/jitc cost-model collect --target webgpu --db bench/results/cost_model_webgpu.db --workloads 60 \
		--per-kernel 32 --seed 3 --ops dense,dense,bmm,elementwise,transpose
	$(BIN)/jitc cost-model train --target webgpu --from-db bench/results/cost_model_webgpu.db \
		-o cost_model/pretrained_webgpu.json

# On a machine with an NVIDIA GPU (README, CUDA): the GPU tests (each says why it skips), then
# bench/cuda.py, which exports its kernel-database records to bench/results/cuda_records.jsonl.
# Where pip cannot reach PyPI (a lent GPU machine), install jitc into that machine's Python
# (`pip install --no-deps --no-build-isolation -e .`, with apache-tvm and apache-tvm-ffi
# beside it) and run `make gpu PYTHON_GPU=python3`.
ifeq ($(origin PYTHON_GPU), undefined)
GPU_DEPS := setup
PYTHON_GPU := $(BIN)/python
endif
gpu: $(GPU_DEPS)
	$(PYTHON_GPU) -m pytest -q -rs -m gpu tests/test_cuda.py
	$(PYTHON_GPU) bench/cuda.py

# The CUDA cost model (cost_model/pretrained_cuda.json; `jitc tune --target cuda` ranks with it
# once it exists, in the rules' order before): candidates of generated workloads timed on the GPU.
cost-model-cuda: setup
	$(BIN)/jitc cost-model collect --target cuda --db bench/results/cost_model_cuda.db --workloads 80 \
		--per-kernel 32 --seed 4 --ops dense,dense_fp16,bmm,bmm_fp16,conv,softmax,layernorm,elementwise
	$(BIN)/jitc cost-model train --target cuda --from-db bench/results/cost_model_cuda.db \
		-o cost_model/pretrained_cuda.json
