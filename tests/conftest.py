import os
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
sys.path.insert(0, EXAMPLES)  # examples/models.py builds the torch versions of the bundled models


# `make test` runs the suite in two parts: the tests not marked `serial` on every core
# (pytest-xdist, a worker per file), then the `serial` ones alone. Serial: what tunes within a
# budget, times a kernel or serves while tuning, and what leans on a timeout, whose result
# depends on having the machine to itself (under a second worker's load the JIT measured 5 of
# the 10 kernels its test asks for). Whole modules here; single tests carry the mark.
SERIAL_MODULES = {
    "test_jit", "test_serving_gate", "test_tune", "test_measure", "test_rpc", "test_db", "test_db_service",
    "test_cost_model",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module.__name__.rpartition(".")[2] in SERIAL_MODULES:
            item.add_marker(pytest.mark.serial)


def example(name: str) -> str:
    return os.path.join(EXAMPLES, f"{name}.onnx")


@pytest.fixture(scope="session", autouse=True)
def isolated_kernel_db(tmp_path_factory):
    """Tests never read or write the user's kernel database."""
    os.environ["JITC_DB"] = str(tmp_path_factory.mktemp("db") / "kernels.db")


@pytest.fixture(scope="session")
def example_path():
    return example


@pytest.fixture(scope="session")
def compiled():
    """Compiled example modules, built once per test session."""
    import jitc

    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = jitc.compile(example(name))
        return cache[name]

    return get


def make_onnx(nodes, inputs, outputs, initializers=(), opset=17, name="test"):
    """A small ONNX model from helper-made nodes and (name, elem_type, shape) tuples."""
    from onnx import helper

    g = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info(n, t, s) for n, t, s in inputs],
        [helper.make_tensor_value_info(n, t, s) for n, t, s in outputs],
        initializer=list(initializers),
    )
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


@pytest.fixture
def rng():
    return np.random.default_rng(0)


class SharedDbService:
    """`jitc db serve` in a subprocess on a free port with one write token, stopped by the test."""

    def __init__(self, where, tokens, *extra):
        import subprocess

        from jitc.db.service.tokens import issue_token

        self.token = issue_token(str(tokens), "ci")
        self.proc = subprocess.Popen([sys.executable, "-m", "jitc", "db", "serve", "--db", str(where), "--port", "0",
                                      "--tokens", str(tokens), *extra], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()  # "serving ... at http://127.0.0.1:PORT/v1/ ..."
        assert "serving the shared kernel database" in line, line + self.proc.stderr.read()
        self.url = line.split(" at ")[1].split("/v1/")[0]

    def close(self):
        self.proc.kill()
        self.proc.wait(10)


@pytest.fixture
def shared_db(tmp_path):
    """A factory of shared kernel database services (extra `jitc db serve` flags as arguments)."""
    pytest.importorskip("tornado", reason="the service runs on tornado (pip install 'jitc[serve]')")
    made = []

    def start(*extra, where=None):
        s = SharedDbService(where or tmp_path / f"shared{len(made)}.db", tmp_path / f"tokens{len(made)}.txt", *extra)
        made.append(s)
        return s

    yield start
    for s in made:
        s.close()
