"""Where kernels ran, and so where their timings hold: the `Device` a kernel-database record is
keyed by, and `device_for`, this machine's device for a target (its display name asked of the
target's backend, the OS's CPU flags where they matter)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from . import backends
from .host import os_flags
from .target import TargetSpec, target_machine
from .version import JITC_VERSION, tvm_version


@dataclass(frozen=True)
class Device:
    """Where kernels ran (and so where their timings hold). `cpu_model` is a display name
    (the CPU's, the adapter's, the GPU's); it keys nothing, except a WebGPU adapter's."""

    target: TargetSpec
    cpu_model: str
    flags: tuple[str, ...]
    tvm_version: str
    jitc_version: str
    machine: str = ""

    def identity(self) -> dict:
        """What generated code and its timings depend on (TargetSpec.device_identity)."""
        return self.target.device_identity(self.cpu_model, self.machine)

    @property
    def fingerprint(self) -> str:
        return json.dumps(self.identity(), sort_keys=True)

    @property
    def isa(self) -> str:
        """Machines with the same ISA key run the same code; their best configs are hints."""
        return json.dumps(self.target.isa_identity(self.cpu_model, self.machine), sort_keys=True)

    def to_json(self) -> dict:
        return {"target": self.target.to_json(), "cpu_model": self.cpu_model, "flags": list(self.flags),
                "tvm_version": self.tvm_version, "jitc_version": self.jitc_version, "machine": self.machine}

    @staticmethod
    def from_json(d: dict) -> "Device":
        return Device(TargetSpec.from_json(d["target"]), d.get("cpu_model", ""), tuple(d.get("flags", ())),
                      d.get("tvm_version", ""), d.get("jitc_version", ""), d.get("machine", ""))


def device_for(target: TargetSpec) -> Device:
    """This machine's device for `target`: its display name from the target's backend (the CPU
    model, the WebGPU adapter, the GPU), the OS's CPU flags where they matter."""
    flags = tuple(sorted(os_flags() or ())) if target.keeps_os_flags else ()
    machine = target_machine(target) if target.keeps_os_flags else ""
    name = backends.for_target(target).device_name(target)
    return Device(target, name, flags, tvm_version(), JITC_VERSION, machine)
