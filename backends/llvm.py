"""LLVM backend: CPU kernels for the host (or a named -mcpu) through TVM's bundled LLVM."""

from __future__ import annotations

import tvm

from ..target import TargetSpec


def _module(funcs: dict) -> tvm.IRModule:
    return tvm.IRModule({name: f.with_attr("global_symbol", name) for name, f in funcs.items()})


def build(funcs: dict, target: TargetSpec):
    """One runtime library holding every kernel of `funcs` ({symbol: scheduled PrimFunc})."""
    return tvm.tirx.build(_module(funcs), target.tvm_target())


def export(lib, path: str) -> None:
    """Write the library as a shared object."""
    lib.export_library(path)


def load(path: str):
    return tvm.runtime.load_module(path)


def device(target: TargetSpec):
    return tvm.cpu(0)
