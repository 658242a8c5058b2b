"""CUDA: without a GPU, the generated code of every test model compiles with nvcc, the GPU
schedule space stays inside the device's limits, and the module file records its target.
Tests that need a GPU are marked `gpu` and skipped, with the reason, where there is none."""

import json
import shutil
import zipfile

import pytest

from jitc import compiler, schedules
from jitc.backends import cuda
from jitc.target import parse, webgpu_spec

MODELS = ["mlp", "cnn", "encoder"]
needs_nvcc = pytest.mark.skipif(shutil.which("nvcc") is None, reason="nvcc is not installed")
needs_gpu = pytest.mark.skipif(not cuda.available(), reason="no CUDA GPU on this machine (the device tool lends "
                               "one to some sessions; run `pytest -m gpu` there)")


@needs_nvcc
@pytest.mark.parametrize("arch", ["sm_80", "sm_90"])
@pytest.mark.parametrize("name", MODELS)
def test_generated_cuda_compiles(name, arch, example_path):
    spec = parse(f"cuda -arch={arch}")
    low = compiler.lower(example_path(name), spec)
    lib, _, used, _ = compiler.build(low, compiler.choose_configs(low))
    assert all(c["rule"].startswith("gpu.") for c in used.values())
    assert cuda.compile_check(lib, arch) > 0


@pytest.mark.parametrize("spec", [parse("cuda -arch=sm_90"), webgpu_spec()], ids=["cuda", "webgpu"])
@pytest.mark.parametrize("name", MODELS)
def test_gpu_space_within_limits(name, spec, example_path):
    from jitc.schedules.gpu import check_limits, max_shared, max_threads

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
    from jitc.schedules.gpu import LimitError, check_limits

    spec = parse("cuda -arch=sm_90")
    low = compiler.lower(example_path("encoder"), spec)
    k = next(k for k in low.kernels.values() if k.kind == "matmul")
    f = schedules.apply(k, schedules.default_config(k, spec), spec)
    tiny = webgpu_spec({**spec.limits, "maxComputeInvocationsPerWorkgroup": 4})
    with pytest.raises(LimitError, match=r"threads per workgroup exceed the limit of 4"):
        check_limits(f, tiny, k.name)


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
