"""The .jitc file: one zip archive holding a compiled model.

    manifest.json   inputs, outputs, target, versions, kernel table, plan, params index,
                    and the SHA-256 of the library
    kernels.so      the compiled kernels (native code)
    params.bin      the weights, each 64-byte aligned, offsets in the manifest

A .jitc holds native code and loading one runs it: load only files you trust. `load` checks
the format, the TVM version, that this machine can run the target, and the library's
checksum before it maps any code.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile

import numpy as np

from . import backends
from .errors import ModuleFileError
from .plan import Plan, c_array
from .target import TargetSpec, target_machine
from .version import JITC_VERSION, MODULE_FORMAT, tvm_version

_ALIGN = 64


def _pack_params(params: dict[int, np.ndarray]) -> tuple[bytes, list[dict]]:
    chunks, index, off = [], [], 0
    for b in sorted(params):
        a = c_array(params[b])
        pad = (-off) % _ALIGN
        if pad:
            chunks.append(b"\0" * pad)
            off += pad
        raw = a.tobytes()
        index.append({"buffer": b, "offset": off, "nbytes": len(raw), "dtype": str(a.dtype), "shape": list(a.shape)})
        chunks.append(raw)
        off += len(raw)
    return b"".join(chunks), index


def save(module, path) -> None:
    path = os.fspath(path)
    lib = module.library_for_save()
    tmp = tempfile.mkdtemp(prefix="jitc-save-")
    try:
        so = os.path.join(tmp, "kernels.so")
        backends.for_target(module.target).export(lib, so, module.target)
        with open(so, "rb") as f:
            lib_bytes = f.read()
        blob, index = _pack_params(module.plan.params)
        manifest = dict(module.manifest)
        manifest.update({
            "format": "jitc-module", "format_version": MODULE_FORMAT, "jitc_version": JITC_VERSION,
            "tvm_version": tvm_version(), "machine": target_machine(module.target),
            "target": module.target.to_json(), "plan": module.plan.to_json(), "params": index,
            "library": {"file": "kernels.so", "sha256": hashlib.sha256(lib_bytes).hexdigest(),
                        "nbytes": len(lib_bytes)},
        })
        part = path + ".part"
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED) as z:
            z.writestr("manifest.json", json.dumps(manifest, indent=1))
            z.writestr("kernels.so", lib_bytes)
            z.writestr("params.bin", blob)
        os.replace(part, path)  # never leave a half-written module under the final name
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def read_manifest(path) -> dict:
    path = os.fspath(path)
    if not os.path.exists(path):
        raise ModuleFileError(f"{path}: no such file")
    try:
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read("manifest.json"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, OSError) as e:
        raise ModuleFileError(f"{path}: not a .jitc module, or the file is corrupt ({type(e).__name__}: {e})") from None
    if manifest.get("format") != "jitc-module":
        raise ModuleFileError(f"{path}: not a .jitc module (no jitc manifest)")
    return manifest


def check_compatible(manifest: dict, path: str) -> TargetSpec:
    """The module's target, if this machine and this TVM can run it; else a ModuleFileError."""
    if manifest.get("format_version") != MODULE_FORMAT:
        raise ModuleFileError(f"{path}: module format {manifest.get('format_version')} is not this jitc's "
                              f"({MODULE_FORMAT}); recompile the model with this jitc")
    if manifest.get("tvm_version") != tvm_version():
        raise ModuleFileError(f"{path}: built with TVM {manifest.get('tvm_version')}, this is TVM {tvm_version()}; "
                              "recompile the model (jitc compile)")
    try:
        spec = TargetSpec.from_json(manifest["target"])
    except (KeyError, TypeError) as e:
        raise ModuleFileError(f"{path}: the manifest's target is unreadable ({e})") from None
    why = backends.for_target(spec).not_runnable_here(spec, manifest)
    if why is not None:
        raise ModuleFileError(f"{path}: {why}")
    return spec


def load(path, *, check_target: bool = True):
    """Load a .jitc file into a runnable Module (no frontend, no ONNX file needed)."""
    from .module import Module  # module <-> module_file: save/load import each other

    path = os.fspath(path)
    manifest = read_manifest(path)
    spec = check_compatible(manifest, path) if check_target else TargetSpec.from_json(manifest["target"])
    try:
        with zipfile.ZipFile(path) as z:
            lib_bytes = z.read(manifest["library"]["file"])
            blob = z.read("params.bin")
    except (zipfile.BadZipFile, KeyError, OSError, zipfile.LargeZipFile) as e:
        raise ModuleFileError(f"{path}: the archive is damaged ({type(e).__name__}: {e})") from None
    except Exception as e:  # noqa: BLE001 - zlib/CRC errors from a corrupt member
        raise ModuleFileError(f"{path}: the archive is damaged ({type(e).__name__}: {e})") from None
    if hashlib.sha256(lib_bytes).hexdigest() != manifest["library"].get("sha256"):
        raise ModuleFileError(f"{path}: the kernel library does not match the checksum in its manifest; the "
                              "file is corrupt or was modified. Recompile the model")
    params = {}
    for p in manifest.get("params", []):
        raw = blob[p["offset"]: p["offset"] + p["nbytes"]]
        if len(raw) != p["nbytes"]:
            raise ModuleFileError(f"{path}: params.bin is shorter than its index says; the file is truncated")
        params[int(p["buffer"])] = np.frombuffer(raw, dtype=p["dtype"]).reshape(p["shape"])
    try:
        plan = Plan.from_json(manifest["plan"], params)
    except (KeyError, TypeError, ValueError) as e:
        raise ModuleFileError(f"{path}: the manifest's plan is unreadable ({e})") from None
    backend = backends.for_target(spec)
    tmp = tempfile.mkdtemp(prefix="jitc-load-")
    try:
        so = os.path.join(tmp, "kernels.so")
        with open(so, "wb") as f:
            f.write(lib_bytes)
        try:
            lib = backend.load(so)
        except Exception as e:  # noqa: BLE001
            raise ModuleFileError(f"{path}: the kernel library cannot be loaded ({type(e).__name__}: {e})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    missing = sorted({s.kernel for s in plan.steps} - {k for k in _symbols(lib, plan)})
    if missing:
        raise ModuleFileError(f"{path}: the library lacks kernels {missing[:5]}")
    return Module(plan, lib, spec, manifest, device=backend.device(spec))


def _symbols(lib, plan) -> set[str]:
    out = set()
    for s in plan.steps:
        try:
            lib[s.kernel]
            out.add(s.kernel)
        except Exception:  # noqa: BLE001
            pass
    return out
