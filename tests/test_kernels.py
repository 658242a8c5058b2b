"""Kernels: classes, FLOP counts, workload keys; and every default schedule is correct."""

import numpy as np
import pytest
from conftest import make_onnx
from onnx import TensorProto, helper, numpy_helper

from jitc import compiler, schedules
from jitc.kernels import workload_key
from jitc.reference import compare


def test_kernel_classes_and_flops(example_path):
    low = compiler.lower(example_path("mlp"))
    ks = list(low.kernels.values())
    assert [k.kind for k in ks] == ["matmul", "matmul", "reduction"]
    # 8x64 @ 64x128: 2*M*N*K multiply-adds, plus the bias add and relu per output element
    assert ks[0].flops == 2 * 8 * 128 * 64 + 2 * 8 * 128
    assert ks[0].bytes == 4 * (8 * 64 + 64 * 128 + 128 + 8 * 128)
    kinds = {k.kind for k in compiler.lower(example_path("cnn")).kernels.values()}
    assert kinds >= {"conv", "reduction", "matmul"}
    kinds = {k.kind for k in compiler.lower(example_path("encoder")).kernels.values()}
    assert kinds >= {"matmul", "reduction", "elementwise"}


def _dense_model(m, k, n, seed):
    rng = np.random.default_rng(seed)
    w = numpy_helper.from_array(rng.standard_normal((k, n)).astype("float32"), "w")
    nodes = [helper.make_node("MatMul", ["x", "w"], ["y"])]
    return make_onnx(nodes, [("x", TensorProto.FLOAT, [m, k])], [("y", TensorProto.FLOAT, [m, n])], [w])


def test_workload_key_is_structural():
    """Same computation and shapes -> same key, whatever the weights or names; other shapes differ."""
    a = compiler.lower(_dense_model(16, 32, 48, 0)).kernels
    b = compiler.lower(_dense_model(16, 32, 48, 1)).kernels
    c = compiler.lower(_dense_model(16, 32, 64, 0)).kernels
    ka, kb, kc = (next(iter(x.values())).key for x in (a, b, c))
    assert ka == kb and ka != kc
    f = next(iter(a.values())).func
    assert workload_key(f) == workload_key(f.with_attr("global_symbol", "other_name"))


@pytest.mark.parametrize("name", ["mlp", "cnn", "encoder"])
def test_default_schedule_of_every_kernel_matches_unscheduled(name, example_path):
    """Each kernel's default schedule against the same kernel unscheduled (a reference
    that onnxruntime checks end to end in test_models)."""
    from jitc.backends import llvm
    from jitc.tuning.kernel_data import kernel_inputs

    low = compiler.lower(example_path(name))
    for k in low.kernels.values():
        cfg = schedules.default_config(k, low.target)
        f = schedules.apply(k, cfg, low.target)
        ref = llvm.build({"f": k.func}, low.target)["f"]
        got = llvm.build({"f": f}, low.target)["f"]
        args_ref, n_out = kernel_inputs(k, seed=1)
        args_got, _ = kernel_inputs(k, seed=1)
        ref(*args_ref)
        got(*args_got)
        for a, b in zip(args_got[-n_out:], args_ref[-n_out:]):
            assert compare(a.numpy(), b.numpy(), str(b.dtype)) is None, (k.name, cfg)


def test_schedule_falls_back_when_a_config_does_not_fit(example_path):
    low = compiler.lower(example_path("mlp"))
    k = next(iter(low.kernels.values()))
    bad = {"rule": "cpu.matmul", "mr": 7, "nr": 13, "kc": 5, "order": "goto", "pack_b": False}
    with pytest.raises(schedules.ScheduleError, match="does not apply"):
        schedules.apply(k, bad, low.target)
    f, used = schedules.schedule(k, low.target, bad)
    assert used == schedules.default_config(k, low.target)
