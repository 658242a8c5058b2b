"""Running WGSL outside a browser: a model's plan executed through `wgpu` (PyPI) on whatever
WebGPU adapter the machine has — Mesa's lavapipe (a software Vulkan) here, a real GPU
elsewhere. Used by the tests (every test model against onnxruntime) and to time WebGPU
kernels. Dispatches follow the launch data of `backends.webgpu` exactly as the browser
runtime does: storage buffers at bindings 0..n-1, a uniform PODArgs at n."""

from __future__ import annotations

import numpy as np


def adapter():
    """The WebGPU adapter, or None (no wgpu package, or no Vulkan/Metal/DX12 driver)."""
    import os

    os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
    try:
        import wgpu

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
        import wgpu

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
        for b, a in zip(self.plan.inputs, feeds):
            self.device.queue.write_buffer(self.buffers[self.plan.storage_of(b)], 0, np.ascontiguousarray(a).tobytes())
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
