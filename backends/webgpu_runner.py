"""Running WGSL outside a browser: a model's plan executed through `wgpu` (PyPI) on whatever
WebGPU adapter the machine has — Mesa's lavapipe (a software Vulkan) here, a real GPU
elsewhere. Used by the tests (every test model against onnxruntime) and to time WebGPU
kernels. Dispatches follow the launch data of `backends.webgpu` exactly as the browser
runtime does: storage buffers at bindings 0..n-1, a uniform PODArgs at n."""

from __future__ import annotations

import os
import time

import numpy as np

from .feeds import ordered


def adapter():
    """The WebGPU adapter, or None (no wgpu package, or no Vulkan/Metal/DX12 driver)."""
    os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
    try:
        import wgpu  # optional dependency (jitc[web])

        return wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    except Exception:  # noqa: BLE001 - ImportError, or no adapter
        return None


def adapter_name(a) -> str:
    try:
        info = a.info
        return f"{info.get('device', '')} ({info.get('backend_type', '')})"
    except Exception:  # noqa: BLE001
        return "unknown adapter"


class WgpuModel:
    """A plan of WebGPU kernels on one wgpu device."""

    def __init__(self, plan, lib, inputs, outputs, gpu_adapter=None):
        import wgpu  # optional dependency (jitc[web])

        self.plan, self.lib, self.inputs, self.outputs = plan, lib, inputs, outputs
        self.adapter = gpu_adapter or adapter()
        if self.adapter is None:
            raise RuntimeError("no WebGPU adapter (install wgpu and a Vulkan driver, e.g. Debian's "
                               "mesa-vulkan-drivers)")
        self.device = self.adapter.request_device_sync()
        self.wgpu = wgpu
        usage = wgpu.BufferUsage.STORAGE | wgpu.BufferUsage.COPY_SRC | wgpu.BufferUsage.COPY_DST
        self.buffers = {}
        for b, d in enumerate(plan.buffers):
            if d.view_of is not None:
                continue
            if np.dtype(d.dtype).itemsize not in (4,):
                raise RuntimeError(f"buffer {d.name or b} is {d.dtype}: WGSL storage buffers hold 32-bit elements")
            self.buffers[b] = self.device.create_buffer(size=max(16, (d.nbytes + 15) // 16 * 16), usage=usage)
        for b, arr in plan.params.items():
            self.device.queue.write_buffer(self.buffers[plan.storage_of(b)], 0, np.ascontiguousarray(arr).tobytes())
        self._pipelines = {}
        self.calls = self._prepare(lib)

    def _pipeline(self, disp):
        key = (disp.entry, disp.wgsl)
        if key not in self._pipelines:
            wgpu = self.wgpu
            entries = [{"binding": i, "visibility": wgpu.ShaderStage.COMPUTE,
                        "buffer": {"type": wgpu.BufferBindingType.storage if b["write"]
                                   else wgpu.BufferBindingType.read_only_storage}}
                       for i, b in enumerate(disp.bindings)]
            entries.append({"binding": len(disp.bindings), "visibility": wgpu.ShaderStage.COMPUTE,
                            "buffer": {"type": wgpu.BufferBindingType.uniform}})
            bgl = self.device.create_bind_group_layout(entries=entries)
            layout = self.device.create_pipeline_layout(bind_group_layouts=[bgl])
            shader = self.device.create_shader_module(code=disp.wgsl)
            pipe = self.device.create_compute_pipeline(layout=layout, compute={"module": shader, "entry_point": disp.entry})
            self._pipelines[key] = (pipe, bgl)
        return self._pipelines[key]

    def _prepare(self, lib):
        """[(pipeline, bind group, grid)] for every dispatch of every step, built once."""
        wgpu = self.wgpu
        calls = []
        for step in self.plan.steps:
            for disp in lib[step.kernel]:
                pipe, bgl = self._pipeline(disp)
                pod = np.zeros(4, dtype=np.uint32)
                pod[len(disp.pods)] = disp.grid[0]  # packGridDimX: the workgroups along x
                ubuf = self.device.create_buffer_with_data(data=pod.tobytes(), usage=wgpu.BufferUsage.UNIFORM)
                entries = [{"binding": i, "resource": {"buffer": self.buffers[self.plan.storage_of(step.args[b["arg"]])],
                                                      "offset": 0,
                                                      "size": self.buffers[self.plan.storage_of(step.args[b["arg"]])].size}}
                           for i, b in enumerate(disp.bindings)]
                entries.append({"binding": len(disp.bindings), "resource": {"buffer": ubuf, "offset": 0, "size": 16}})
                group = self.device.create_bind_group(layout=bgl, entries=entries)
                calls.append((pipe, group, disp.grid, ubuf))
        return calls

    def run(self, *feeds) -> list[np.ndarray]:
        """Outputs for inputs given in order, or as one dict by name (checked: backends/feeds.py)."""
        for b, a in zip(self.plan.inputs, ordered(feeds, self.plan, self.inputs)):
            self.device.queue.write_buffer(self.buffers[self.plan.storage_of(b)], 0, a.tobytes())
        self.dispatch()
        outs = []
        for b in self.plan.outputs:
            d = self.plan.buffers[b]
            raw = self.device.queue.read_buffer(self.buffers[self.plan.storage_of(b)])
            outs.append(np.frombuffer(bytes(raw), dtype=d.dtype, count=int(np.prod(d.shape, dtype=np.int64)))
                        .reshape(d.shape).copy())
        return outs

    def dispatch(self, calls=None) -> None:
        enc = self.device.create_command_encoder()
        for pipe, group, grid, _ in (calls or self.calls):
            p = enc.begin_compute_pass()
            p.set_pipeline(pipe)
            p.set_bind_group(0, group)
            p.dispatch_workgroups(*grid)
            p.end()
        self.device.queue.submit([enc.finish()])

    def sync(self) -> None:
        """Wait for the submitted work: reading a buffer back waits for every dispatch before it."""
        b = self.plan.storage_of(self.plan.outputs[0])
        self.device.queue.read_buffer(self.buffers[b], 0, 16)


class GpuTensor:
    """One storage buffer holding an array (what the measuring worker passes to kernels)."""

    def __init__(self, runner, array: np.ndarray):
        a = np.ascontiguousarray(array)
        if a.dtype.itemsize != 4:
            raise RuntimeError(f"a {a.dtype} argument: WGSL storage buffers hold 32-bit elements")
        self.shape, self.dtype = a.shape, a.dtype
        usage = runner.wgpu.BufferUsage.STORAGE | runner.wgpu.BufferUsage.COPY_SRC | runner.wgpu.BufferUsage.COPY_DST
        self.buffer = runner.device.create_buffer(size=max(16, (a.nbytes + 15) // 16 * 16), usage=usage)
        runner.device.queue.write_buffer(self.buffer, 0, a.tobytes())
        self.runner = runner

    def numpy(self) -> np.ndarray:
        raw = self.runner.device.queue.read_buffer(self.buffer)
        n = int(np.prod(self.shape, dtype=np.int64))
        return np.frombuffer(bytes(raw), dtype=self.dtype, count=n).reshape(self.shape).copy()


class KernelRunner:
    """Runs and times single WebGPU kernels (a candidate's dispatches) through wgpu: the
    measuring worker's device for the webgpu target."""

    def __init__(self, gpu_adapter=None):
        import wgpu  # optional dependency (jitc[web])

        self.wgpu = wgpu
        self.adapter = gpu_adapter or adapter()
        if self.adapter is None:
            raise RuntimeError("no WebGPU adapter (install wgpu and a Vulkan driver, e.g. Debian's mesa-vulkan-drivers)")
        self.device = self.adapter.request_device_sync()
        self._model = WgpuModel.__new__(WgpuModel)  # reuse its pipeline cache and bind-group code
        self._model.device, self._model.wgpu, self._model._pipelines = self.device, wgpu, {}
        self._prepared: dict = {}

    def tensor(self, array: np.ndarray) -> GpuTensor:
        return GpuTensor(self, array)

    def _calls(self, dispatches, args: list[GpuTensor]):
        key = (id(dispatches), tuple(id(a) for a in args))
        if key not in self._prepared:
            calls = []
            for disp in dispatches:
                pipe, bgl = self._model._pipeline(disp)
                pod = np.zeros(4, dtype=np.uint32)
                pod[len(disp.pods)] = disp.grid[0]
                ubuf = self.device.create_buffer_with_data(data=pod.tobytes(), usage=self.wgpu.BufferUsage.UNIFORM)
                entries = [{"binding": i, "resource": {"buffer": args[b["arg"]].buffer, "offset": 0,
                                                      "size": args[b["arg"]].buffer.size}}
                           for i, b in enumerate(disp.bindings)]
                entries.append({"binding": len(disp.bindings), "resource": {"buffer": ubuf, "offset": 0, "size": 16}})
                calls.append((pipe, self.device.create_bind_group(layout=bgl, entries=entries), disp.grid, ubuf))
            self._prepared[key] = (calls, args, dispatches)  # keep the objects the ids name alive
        return self._prepared[key][0]

    def _submit(self, calls, times: int) -> None:
        enc = self.device.create_command_encoder()
        p = enc.begin_compute_pass()
        for _ in range(times):
            for pipe, group, grid, _ in calls:
                p.set_pipeline(pipe)
                p.set_bind_group(0, group)
                p.dispatch_workgroups(*grid)
        p.end()
        self.device.queue.submit([enc.finish()])

    def _sync(self, args: list[GpuTensor]) -> None:
        self.device.queue.read_buffer(args[-1].buffer, 0, 16)  # waits for every submitted dispatch

    def run(self, dispatches, args: list[GpuTensor]) -> None:
        self._submit(self._calls(dispatches, args), 1)
        self._sync(args)

    def time(self, dispatches, args: list[GpuTensor], repeat: int = 5, min_repeat_ms: float = 10.0,
             warmup: int = 2) -> dict:
        """Median microseconds per call: each sample submits `inner` back-to-back calls in one
        compute pass (sized so a sample lasts min_repeat_ms), so the per-submit overhead of the
        API (large on software adapters) is spread over many calls."""
        calls = self._calls(dispatches, args)
        for _ in range(warmup):
            self._submit(calls, 1)
        self._sync(args)
        inner = 1
        while True:
            t0 = time.perf_counter()
            self._submit(calls, inner)
            self._sync(args)
            dt = time.perf_counter() - t0
            if dt * 1e3 >= min_repeat_ms or inner >= 4096:
                break
            inner = min(4096, inner * max(2, int(min_repeat_ms / 1e3 / max(dt, 1e-6))))
        samples = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            self._submit(calls, inner)
            self._sync(args)
            samples.append((time.perf_counter() - t0) / inner)
        samples.sort()
        med = samples[len(samples) // 2]
        return {"median_us": med * 1e6, "spread": (samples[-1] - samples[0]) / med if med > 0 else 0.0,
                "repeats": len(samples), "inner": inner}
