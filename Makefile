# jitc — the README's two commands: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup system-deps demo test conformance bench cost-model cost-model-webgpu gpu cost-model-cuda clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch: the CPU wheel, pinned (an unpinned torch pulls a multi-GB CUDA build)
	$(BIN)/python -m pip install -q -e ".[test,torch,bench,web,rpc,serve]"
	touch $(STAMP)

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

# The CI suite (no GPU): unit, model, CLI and a fixed subset of onnx's node tests.
test: setup system-deps
	$(BIN)/python -m pytest -q tests

conformance: setup
	$(BIN)/python bench/conformance.py

bench: setup
	$(BIN)/python bench/latency.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

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
