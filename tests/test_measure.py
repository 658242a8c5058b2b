"""The measuring harness: isolated worker, timeouts, and the reference check."""

import os
import sys

import pytest

from jitc import compiler, schedules
from jitc.tuning.measure import Measurer, Settings

TESTS = os.path.dirname(os.path.abspath(__file__))


@pytest.fixture(scope="module")
def low(example_path):
    return compiler.lower(example_path("mlp"))


@pytest.fixture(scope="module", autouse=True)
def fault_rules_importable():
    """The worker imports `fault_rules` by name: put tests/ on its path."""
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = TESTS + (os.pathsep + old if old else "")
    sys.path.insert(0, TESTS)
    import fault_rules  # noqa: F401 - registers the rule in this process too
    yield
    if old is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = old


def fault(kind):
    return {"rule": "test.fault", "module": "fault_rules", "fault": kind}


def test_crash_hang_wrong_are_recorded_and_tuning_goes_on(low):
    k = next(iter(low.kernels.values()))
    good = schedules.default_config(k, low.target)
    configs = [good, fault("crash"), fault("wrong"), fault("hang"), fault("build"), fault("none"), good]
    with Measurer(low.target, Settings(timeout_s=5, repeat=3, min_repeat_ms=2)) as m:
        res = m.measure(k, configs)
        restarts = m.restarts
    status = [r.status for r in res]
    assert status == ["ok", "crash", "wrong", "timeout", "build_error", "ok", "ok"], [(r.status, r.error) for r in res]
    assert res[0].median_us > 0 and res[0].spread is not None and res[0].repeats == 3
    assert "elements differ" in res[2].error
    assert restarts == 2  # after the crash and after the hang


def test_every_candidate_of_the_space_is_correct(low):
    """The rules' spaces never produce wrong code: every candidate of the MLP's kernels passes
    the reference check (and none crashes)."""
    with Measurer(low.target, Settings(repeat=1, min_repeat_ms=1)) as m:
        for k in low.kernels.values():
            space = schedules.space(k, low.target)
            assert 1 <= len(space) <= 64
            res = m.measure(k, space)
            bad = [(r.config, r.status, r.error) for r in res if r.status not in ("ok", "build_error")]
            assert not bad, bad
            assert sum(r.status == "ok" for r in res) >= max(1, len(space) // 2)


@pytest.mark.parametrize("name", ["mlp", "cnn", "encoder"])
def test_spaces_are_lite(name, example_path):
    low = compiler.lower(example_path(name))
    for k in low.kernels.values():
        space = schedules.space(k, low.target)
        assert 1 <= len(space) <= 64, (k.name, len(space))
        assert space[0] == schedules.default_config(k, low.target)
        assert len({str(sorted(c.items())) for c in space}) == len(space)  # no duplicates


def test_half_precision_check_accepts_reassociation_rejects_wrong_tiles():
    """A float16 sum of 3072 terms rounded once per 16 (a tensor core) against the same sum
    rounded at every term differs by ~1% of the output's largest magnitude: accepted. A tile
    of the output lost or shifted: rejected."""
    import numpy as np

    from jitc.tuning.worker import check_output

    rng = np.random.default_rng(0)
    a = rng.standard_normal((64, 3072)).astype(np.float16)
    b = rng.standard_normal((3072, 32)).astype(np.float16)
    prod = a.astype(np.float32)[:, :, None] * b.astype(np.float32)[None, :, :]
    step = np.zeros((64, 32), np.float16)
    for k in range(3072):
        step = (step.astype(np.float32) + prod[:, k]).astype(np.float16)
    block = np.zeros((64, 32), np.float16)
    for k in range(0, 3072, 16):
        block = (block.astype(np.float32) + prod[:, k:k + 16].sum(1)).astype(np.float16)
    assert check_output(block, step) is None
    lost = block.copy()
    lost[16:32, 16:32] = 0
    assert check_output(lost, step) is not None
    shifted = block.copy()
    shifted[:16] = block[16:32]
    assert check_output(shifted, step) is not None


def test_bfloat16_kernels_get_random_inputs():
    """ml_dtypes' bfloat16 is no numpy floating type: its inputs were all zeros once, and every
    candidate matched the reference whatever it computed."""
    from jitc import compiler
    from jitc.cost_model.workloads import onnx_for
    from jitc.tuning.kernel_data import kernel_arrays
    from jitc.target import host

    low = compiler.lower(onnx_for({"op": "dense", "m": 16, "k": 32, "n": 16, "dtype": "bfloat16"}), host())
    k = next(x for x in low.kernels.values() if x.kind == "matmul")
    arrays = kernel_arrays(k)
    assert str(arrays[0].dtype) == "bfloat16" and float(abs(arrays[0].astype("float32")).max()) > 0.5
