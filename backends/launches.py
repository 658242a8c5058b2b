"""The kernel launches in TVM's host code, read as data: per function, each device kernel it
launches and the launch parameters (grid and block extents, dynamic shared memory). Needs no
device: the host code is lowered, not run. The WebGPU backend records its dispatches from
this; the CUDA tests read the dynamic shared memory a launch asks for."""

from __future__ import annotations

import re

import tvm
from tvm.tirx.build import split_host_device_mods

_CALL = re.compile(r'T\.call_ffi_kernel\("(\w+)", (.*?), launch_params=\[(.*?)\]')


def _value(v: str):
    """A launch value: an int when static ("4", "T.int64(1)"), else its text."""
    try:
        return int(re.sub(r"^T\.u?int\d+\((\d+)\)$", r"\1", v))
    except ValueError:
        return v


def host_launches(funcs: dict, target) -> dict[str, list[tuple[str, dict]]]:
    """{function name: [(kernel entry, {launch tag: value}), ...] in launch order} for
    PrimFuncs whose global symbols are their names."""
    mod = tvm.IRModule(funcs)
    pipe, _, _ = tvm.tirx.get_tir_pipeline("s_tir")
    host, _ = split_host_device_mods(pipe(tvm.tirx.transform.BindTarget(target.tvm_target())(mod)))
    names = {g.name_hint for g in host.get_global_vars()}
    out = {}
    for n in funcs:
        calls = []
        for entry, args, tags in _CALL.findall(host[n].script() if n in names else ""):
            tags = [t.strip().strip('"') for t in tags.split(",") if t.strip()]
            tags = [t for t in tags if not t.startswith("paramWriteAccess")]  # no value of their own
            vals = [a.strip() for a in args.split(",")]
            ext = vals[len(vals) - len(tags):] if tags else []
            calls.append((entry, {t: _value(v) for t, v in zip(tags, ext)}))
        out[n] = calls
    return out
