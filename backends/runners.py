"""How a measuring worker runs candidates on this machine: make tensors, run a kernel of a
built library, time it. Each backend says which runner its candidates take
(`candidate_runner(target)`); jitc.rpc.client's RpcRunner does the same on a remote device."""

from __future__ import annotations

import tvm

from ..timing import time_function


class LocalRunner:
    """What a runner on this machine does with sessions and libraries: nothing."""

    is_remote = False
    session = 0  # the tensors made for one session stay valid for the next

    def begin(self) -> None:
        pass

    def end(self) -> None:
        pass

    def load(self, lib):
        return lib


class TvmRunner(LocalRunner):
    """Candidates on a TVM device (the CPU through LLVM, a CUDA GPU)."""

    def __init__(self, dev):
        self.dev = dev

    def tensor(self, array):
        return tvm.runtime.tensor(array, self.dev)

    def run(self, lib, name, args) -> None:
        lib[name](*args)
        self.dev.sync()

    def time(self, lib, name, args, settings) -> dict:
        return time_function(lib, name, args, self.dev, settings)


class WgpuRunner(LocalRunner):
    """WGSL candidates through wgpu on this machine's WebGPU adapter (lavapipe, or a GPU)."""

    def __init__(self):
        from .webgpu_runner import KernelRunner  # wgpu: an optional dependency

        self.kr = KernelRunner()

    def tensor(self, array):
        return self.kr.tensor(array)

    def run(self, lib, name, args) -> None:
        self.kr.run(lib[name], args)

    def time(self, lib, name, args, settings) -> dict:
        return self.kr.time(lib[name], args, repeat=settings.get("repeat", 5),
                            min_repeat_ms=float(settings.get("min_repeat_ms", 10)), warmup=settings.get("warmup", 2))
