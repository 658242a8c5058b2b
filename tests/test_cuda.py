"""CUDA: without a GPU, the generated code of every test model compiles with nvcc, the GPU
schedule space stays inside the device's limits, and the module file records its target.
Tests that need a GPU are marked `gpu` and skipped, with the reason, where there is none."""

import json
import shutil
import time
import zipfile

import pytest

from jitc import compiler, schedules
from jitc.build import build
from jitc.backends import cuda
from jitc.target import parse, webgpu_spec

MODELS = ["mlp", "cnn", "encoder"]
needs_nvcc = pytest.mark.skipif(shutil.which("nvcc") is None, reason="nvcc is not installed")
needs_gpu = pytest.mark.skipif(not cuda.available(), reason=f"{cuda.unavailable_reason()} (the device tool lends a "
                               "GPU to some sessions; run `pytest -m gpu` there)")


@needs_nvcc
@pytest.mark.parametrize("arch", ["sm_80", "sm_90"])
@pytest.mark.parametrize("name", MODELS)
def test_generated_cuda_compiles(name, arch, example_path):
    spec = parse(f"cuda -arch={arch}")
    low = compiler.lower(example_path(name), spec)
    lib, _, used, _ = build(low, compiler.choose_configs(low))
    assert all(c["rule"].startswith("gpu.") for c in used.values())
    assert cuda.compile_check(lib, arch) > 0


@pytest.mark.parametrize("spec", [parse("cuda -arch=sm_90"), webgpu_spec()], ids=["cuda", "webgpu"])
@pytest.mark.parametrize("name", MODELS)
def test_gpu_space_within_limits(name, spec, example_path):
    from jitc.schedules.gpu.limits import check_limits, max_shared, max_threads

    low = compiler.lower(example_path(name), spec)
    for k in low.kernels.values():
        space = schedules.space(k, spec)
        assert 1 <= len(space) <= 64
        applied = 0
        for cfg in space:
            try:
                f = schedules.apply(k, cfg, spec)
            except schedules.ScheduleError:
                continue
            applied += 1
            got = check_limits(f, spec, k.name)
            assert got["threads"] <= max_threads(spec) and got["shared_bytes"] <= max_shared(spec)
        assert applied >= 1, k.name


def test_limit_error_names_kernel_and_limit(example_path):
    from jitc.schedules.gpu.limits import LimitError, check_limits

    spec = parse("cuda -arch=sm_90")
    low = compiler.lower(example_path("encoder"), spec)
    k = next(k for k in low.kernels.values() if k.kind == "matmul")
    f = schedules.apply(k, schedules.default_config(k, spec), spec)
    tiny = webgpu_spec({**spec.limits, "maxComputeInvocationsPerWorkgroup": 4})
    with pytest.raises(LimitError, match=r"threads per workgroup exceed the limit of 4"):
        check_limits(f, tiny, k.name)


def _dense(dtype, m=256, k=128, n=256):
    from jitc.cost_model.workloads import onnx_for

    return onnx_for({"op": "dense", "m": m, "k": k, "n": n, "dtype": dtype})


def _matmul(spec, dtype):
    low = compiler.lower(_dense(dtype), spec)
    return next(k for k in low.kernels.values() if k.kind == "matmul")


def test_half_precision_matmuls_accumulate_in_float32_on_cuda():
    """As cuBLAS does for torch: the sum in float32, rounded once (on CUDA only)."""
    cuda_k = _matmul(parse("cuda -arch=sm_80"), "float16")
    assert 'T.Cast("float32", x' in cuda_k.func.script() and cuda_k.args[-1][1] == "float16"
    from jitc.target import host

    cpu_k = _matmul(host(), "float16")
    assert 'T.Cast("float32"' not in cpu_k.func.script()


@pytest.mark.parametrize("dtype", ["float16", "bfloat16"])
def test_tensor_core_candidates_in_the_space(dtype):
    spec = parse("cuda -arch=sm_80")
    k = _matmul(spec, dtype)
    space = schedules.space(k, spec)
    tc = [c for c in space if c["rule"] == "gpu.tensorcore"]
    assert 1 <= len(tc) and len(space) <= 64
    # the default is a tensor-core tile (checked against torch on an H200 by the gpu tests below;
    # the SIMT default ran fp16 GEMMs at 2-5% of cuBLAS there), and tensor-core tiles come first
    assert schedules.default_config(k, spec)["rule"] == "gpu.tensorcore" and space[0]["rule"] == "gpu.tensorcore"
    f = schedules.apply(k, tc[0], spec)
    src = cuda.cuda_source(cuda.build({"k": f}, spec))
    assert "nvcuda::wmma::mma_sync" in src and "wmma::accumulator, 16, 16, 16, float>" in src
    piped = next(c for c in tc if c["stages"] == 2)  # double buffered, cp.async on sm_80
    assert "cp.async" in cuda.cuda_source(cuda.build({"k": schedules.apply(k, piped, spec)}, spec))
    # no tensor cores before Volta, bfloat16 ones from Ampere, none for float32 or on WebGPU
    assert not [c for c in schedules.space(k, parse("cuda -arch=sm_61")) if c["rule"] == "gpu.tensorcore"]
    if dtype == "bfloat16":
        assert not [c for c in schedules.space(k, parse("cuda -arch=sm_75")) if c["rule"] == "gpu.tensorcore"]
    assert not [c for c in schedules.space(_matmul(spec, "float32"), spec) if c["rule"] == "gpu.tensorcore"]
    wk = _matmul(webgpu_spec(), "float32")
    assert all(c["rule"] != "gpu.tensorcore" for c in schedules.space(wk, webgpu_spec()))


def _kernels_by_kind(example_path, spec):
    """One kernel of each class: the encoder's first matmul, the cnn's first convolution, the
    encoder's softmax-like reduction, an elementwise kernel, and a float16 dense (tensor cores)."""
    out = {}
    for name in ("encoder", "cnn"):
        for k in compiler.lower(example_path(name), spec).kernels.values():
            out.setdefault(k.kind, k)
    out["matmul-fp16"] = _matmul(spec, "float16")
    return out


@needs_nvcc
def test_every_candidate_compiles_within_registers_and_shared_memory(example_path):
    """ptxas on every candidate of one kernel per class: no register spills, the block's
    registers within the SM's 64 Ki, static shared memory within 48 KiB (the pruning rules'
    promises, checked on the compiled code)."""
    spec = parse("cuda -arch=sm_80")
    for kind, k in _kernels_by_kind(example_path, spec).items():
        space = schedules.space(k, spec)
        funcs = {f"c{i}": schedules.apply(k, cfg, spec) for i, cfg in enumerate(space)}
        usage = cuda.resource_usage(cuda.build(funcs, spec), "sm_80")
        dynamic = cuda.dynamic_shared_bytes(funcs, spec)
        from jitc.schedules.gpu.limits import check_limits

        for i, cfg in enumerate(space):
            u = usage[f"c{i}_kernel"]
            threads = check_limits(funcs[f"c{i}"], spec, k.name)["threads"]
            assert u["spill_bytes"] == 0, (kind, cfg, u)
            assert u["registers"] * threads <= 65536, (kind, cfg, u, threads)
            assert u["shared_bytes"] <= 48 * 1024, (kind, cfg, u)
            # past 48 KiB only dynamically, within what an A100 (sm_80) block may opt into
            assert u["shared_bytes"] + dynamic[f"c{i}"] <= 163 * 1024, (kind, cfg, u, dynamic[f"c{i}"])


def test_module_file_records_cuda_target(tmp_path, example_path):
    import jitc
    from jitc.errors import ModuleFileError

    m = compiler.compile(example_path("mlp"), "cuda -arch=sm_90", db=None)
    p = tmp_path / "mlp.cuda.jitc"
    m.save(p)
    man = json.loads(zipfile.ZipFile(p).read("manifest.json"))
    assert man["target"]["kind"] == "cuda" and man["target"]["arch"] == "sm_90"
    if not cuda.available():
        with pytest.raises(ModuleFileError, match="no CUDA GPU"):
            jitc.load(p)


@pytest.mark.gpu
@needs_gpu
@pytest.mark.parametrize("name", MODELS)
def test_models_on_gpu_match_torch(name):
    torch = pytest.importorskip("torch")
    import models

    from jitc.reference import compare

    module, args = models.MODELS[name]()
    m = compiler.compile(module, "cuda", example_inputs=args, db=None)
    with torch.no_grad():
        want = module(*args).numpy()
    got = m(*[a.numpy() for a in args])
    assert compare(got, want, "float32", rtol=1e-3, atol=1e-4) is None


@pytest.mark.gpu
@needs_gpu
@pytest.mark.parametrize("dtype", ["float16", "bfloat16"])
def test_tensor_core_candidates_correct_on_gpu(dtype):
    """Every tensor-core candidate of a float16 / bfloat16 dense runs on the GPU and matches
    the CPU reference (the measuring worker's check)."""
    from jitc.tuning.measure import Measurer

    spec = parse("cuda")
    if int(spec.arch.split("_")[1]) < (80 if dtype == "bfloat16" else 70):
        pytest.skip(f"{spec.arch} has no {dtype} tensor cores")
    k = _matmul(spec, dtype)
    space = [c for c in schedules.space(k, spec) if c["rule"] == "gpu.tensorcore"]
    with Measurer(spec) as m:
        res = m.measure(k, space)
    assert [r.status for r in res] == ["ok"] * len(space), [(r.config, r.error) for r in res if not r.ok][:3]


@pytest.mark.gpu
@needs_gpu
def test_tune_cuda_from_the_cli(tmp_path, example_path):
    import subprocess
    import sys

    db = tmp_path / "k.db"
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("encoder"), "--target", "cuda",
                        "--budget", "20s", "--db", str(db), "-o", str(tmp_path / "e.jitc")],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    from jitc.db.store import Database

    assert len(Database(str(db)).records(status="ok")) > 0


def _nk_matmul_func(m=64, n=64, k=32, dtype="float32"):
    """C[i, j] = sum_k A[i, k] * B[j, k] (B stored [n, k]: the column-major tensor-core load)."""
    from tvm.script import tirx as T

    @T.prim_func(s_tir=True)
    def func(A: T.Buffer((m, k), dtype), B: T.Buffer((n, k), dtype), C: T.Buffer((m, n), dtype)):
        T.func_attr({"tirx.noalias": True})
        for i, j, kk in T.grid(m, n, k):
            with T.sblock("matmul"):
                vi, vj, vk = T.axis.remap("SSR", [i, j, kk])
                with T.init():
                    C[vi, vj] = T.cast(0, dtype)
                C[vi, vj] = C[vi, vj] + A[vi, vk] * B[vj, vk]

    return func


def _webgpu_reason():
    try:
        from jitc.backends.webgpu_runner import adapter
    except ImportError:
        return "wgpu is not installed"
    return None if adapter() is not None else "no WebGPU adapter (apt-get install mesa-vulkan-drivers)"


@pytest.mark.skipif(_webgpu_reason() is not None, reason=str(_webgpu_reason()))
def test_tensor_core_schedule_logic_runs_correctly_emulated_on_webgpu(example_path):
    """Without tensor cores at hand, the tensor-core schedule's tiling, shared-memory staging,
    fragment indexing and epilogue run on WebGPU (lavapipe) with the fragments in per-thread
    memory (`emulate`), checked against the unscheduled kernel on the CPU: dense + bias, batch
    matmul, and B stored [n, k]."""
    import numpy as np
    import tvm

    from jitc.backends import llvm, webgpu
    from jitc.backends.webgpu_runner import KernelRunner
    from jitc.cost_model.workloads import onnx_for
    from jitc.tuning.kernel_data import kernel_arrays
    from jitc.schedules.gpu.tensorcore import GpuTensorCore
    from jitc.target import host

    spec, cpu = webgpu_spec(), host()
    funcs = []
    for w in ({"op": "dense", "m": 64, "k": 64, "n": 96}, {"op": "bmm", "b": 2, "m": 32, "k": 48, "n": 64}):
        k = next(x for x in compiler.lower(onnx_for(w), spec).kernels.values() if x.kind == "matmul")
        funcs.append((k.func, kernel_arrays(k)))
    rng = np.random.default_rng(0)
    nk = _nk_matmul_func()
    funcs.append((nk, [rng.standard_normal(s).astype("float32") for s in ((64, 32), (64, 32))]
                  + [np.zeros((64, 64), "float32")]))
    runner = KernelRunner()
    rule = GpuTensorCore()
    configs = ({"bm": 32, "bn": 32, "bk": 16, "wm": 1, "wn": 1, "vec": 1},
               {"bm": 32, "bn": 32, "bk": 16, "wm": 2, "wn": 2, "vec": 1},
               {"bm": 32, "bn": 32, "bk": 16, "wm": 2, "wn": 1, "vec": 4},
               {"bm": 32, "bn": 32, "bk": 16, "wm": 2, "wn": 1, "vec": 4, "stages": 2})
    # every config on one kernel and every kernel under one config or two: an emulated
    # tensor-core shader takes lavapipe seconds to compile (all 12 pairs took 110 s of the suite)
    plan = ((0, 3), (1,), (2,))
    for (func, arrays), picks in zip(funcs, plan):
        ref = llvm.build_candidates({"r": func}, cpu)
        rt = [tvm.runtime.tensor(a) for a in arrays]
        ref["r"](*rt)
        want = rt[-1].numpy()
        for cfg in (configs[i] for i in picks):
            f = rule.apply(func, {"rule": rule.name, **cfg}, spec, emulate=True)
            lib = webgpu.build({"k": f}, spec)
            ts = [runner.tensor(a) for a in arrays]
            runner.run(lib["k"], ts)
            np.testing.assert_allclose(ts[-1].numpy(), want, rtol=1e-4, atol=1e-4, err_msg=str(cfg))


@needs_nvcc
def test_tensor_core_column_major_b_compiles():
    from jitc.schedules.gpu.tensorcore import GpuTensorCore

    spec = parse("cuda -arch=sm_80")
    f = GpuTensorCore().apply(_nk_matmul_func(128, 128, 64, "float16"),
                              {"rule": "gpu.tensorcore", "bm": 64, "bn": 64, "bk": 32, "wm": 2, "wn": 2, "vec": 8}, spec)
    lib = cuda.build({"k": f}, spec)
    assert "wmma::col_major" in cuda.cuda_source(lib)
    assert cuda.compile_check(lib, "sm_80") > 0


@pytest.mark.skipif(cuda.available(), reason="this machine has a CUDA GPU")
def test_tune_for_cuda_without_a_gpu_says_why(tmp_path, example_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--target", "cuda",
                        "--budget", "5s", "--db", str(tmp_path / "k.db")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 2
    assert "measures every candidate on the GPU" in r.stderr and "jitc compile" in r.stderr


def test_cli_arch_cross_compiles_for_cuda(tmp_path, example_path):
    import subprocess
    import sys

    out = tmp_path / "m.jitc"
    r = subprocess.run([sys.executable, "-m", "jitc", "compile", example_path("mlp"), "--arch", "sm_90", "--no-db",
                        "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-1500:]
    man = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert man["target"]["kind"] == "cuda" and man["target"]["arch"] == "sm_90"
    r = subprocess.run([sys.executable, "-m", "jitc", "compile", example_path("mlp"), "--target", "llvm -mcpu=znver4",
                        "--arch", "sm_90", "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "CUDA architecture" in r.stderr


@pytest.mark.gpu
@needs_gpu
def test_cuda_module_file_round_trip_on_gpu(tmp_path, example_path):
    """A .jitc built for this GPU loads and runs, and matches onnxruntime."""
    import numpy as np

    import jitc
    from jitc.reference import compare, onnxruntime_outputs

    m = compiler.compile(example_path("encoder"), "cuda", db=None)
    p = tmp_path / "e.jitc"
    m.save(p)
    loaded = jitc.load(p)
    x = loaded.random_inputs(0)
    want = onnxruntime_outputs(example_path("encoder"), {s.name: a for s, a in zip(loaded.inputs, x)})[0]
    assert compare(np.asarray(loaded(*x)), want, "float32", rtol=1e-3, atol=1e-4) is None


@needs_nvcc
def test_bench_cuda_check_builds_everything_without_a_gpu():
    """`python bench/cuda.py --check`: the GPU benchmark's workloads, spaces, MetaSchedule
    target and encoder layers build here, so the benchmark does not rot between GPU sessions."""
    import os
    import subprocess
    import sys

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    r = subprocess.run([sys.executable, os.path.join(root, "bench", "cuda.py"), "--check"], capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "MetaSchedule design space" in r.stdout and "encoder layer float16" in r.stdout


@pytest.mark.gpu
@needs_gpu
def test_jit_on_the_gpu_serves_while_tuning(tmp_path, example_path):
    """jitc.jit with target cuda: runs at once, tunes in the background, outputs stay right."""
    import numpy as np

    import jitc
    from jitc.reference import compare, onnxruntime_outputs

    m = jitc.jit(example_path("encoder"), "cuda", budget="20s", db=str(tmp_path / "k.db"))
    x = m.random_inputs(0)
    want = onnxruntime_outputs(example_path("encoder"), {s.name: a for s, a in zip(m.inputs, x)})[0]
    while m.tuning:  # calls with gaps: the tuner works only in idle time (jitc.tuning.serving_gate)
        assert compare(np.asarray(m(*x)), want, "float32", rtol=1e-3, atol=1e-4) is None
        time.sleep(0.05)
    m.wait()
    assert compare(np.asarray(m(*x)), want, "float32", rtol=1e-3, atol=1e-4) is None
    assert m.stats()["kernels"] > 0
