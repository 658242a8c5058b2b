"""gpu.dlight: TVM's dlight rules (Matmul, GEMV, Reduction, GeneralReduction, Fallback), the GPU
default for reductions, convolutions and the rest; where dlight's grid is past the per-dimension
limit, the thread-per-output schedule (gpu.fallback) instead."""

from __future__ import annotations

import tvm
from tvm.s_tir import dlight as dl

from .fallback import GpuFallback
from .limits import GridLimitError, check_limits


def _dlight_rules():
    return [dl.gpu.Matmul(), dl.gpu.GEMV(), dl.gpu.Reduction(), dl.gpu.GeneralReduction(), dl.gpu.Fallback()]


class GpuDlight:
    name = "gpu.dlight"
    kinds = ("matmul", "conv", "reduction", "elementwise", "other")

    def default(self, kernel, target) -> dict:
        return {"rule": self.name}

    def space(self, kernel, target) -> list[dict]:
        return [self.default(kernel, target)]

    def apply(self, func, cfg, target):
        mod = tvm.IRModule({"main": func})
        with target.tvm_target():
            mod = dl.ApplyDefaultSchedule(*_dlight_rules())(mod)
        f = mod["main"]
        try:
            check_limits(f, target)
        except GridLimitError:
            # dlight binds a whole output to blockIdx.x (SegFormer's patch embedding: 524,288
            # workgroups, WebGPU allows 65,535): the thread-per-output schedule spreads its grid
            return GpuFallback().apply(func, GpuFallback().default(None, target), target)
        return f
