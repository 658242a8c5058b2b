"""The demo behind `make demo`: compile the bundled example model, run it, check it against
onnxruntime and print the latency of both."""

import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = int(os.environ.get("JITC_DEMO_RUNS", "200"))  # timed runs of each engine (the tests use fewer)


def onnxruntime_latency(path: str, runs: int = RUNS) -> float:
    import onnxruntime as ort

    from jitc.reference import random_input
    from jitc.host import host_cores

    so = ort.SessionOptions()
    so.intra_op_num_threads = host_cores()
    sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(0)
    feeds = {i.name: random_input(i.shape, "float32" if i.type == "tensor(float)" else "int64", rng)
             for i in sess.get_inputs()}
    for _ in range(20):
        sess.run(None, feeds)
    ts = []
    for _ in range(runs):
        t1 = time.perf_counter()
        sess.run(None, feeds)
        ts.append((time.perf_counter() - t1) * 1e3)
    return sorted(ts)[len(ts) // 2]


def main() -> int:
    import jitc
    from jitc.reference import compare, onnxruntime_outputs

    path = os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "encoder.onnx")
    ort_ms = onnxruntime_latency(path)  # first: TVM's thread pool, once started, slows other work
    print(f"jitc {jitc.__version__}: compiling {os.path.relpath(path)}")
    t0 = time.perf_counter()
    m = jitc.compile(path)
    print(f"  compiled in {time.perf_counter() - t0:.2f} s for {m.target.describe()}: "
          f"{len(m.kernels)} kernels, {len(m.plan.steps)} kernel calls")
    out = os.path.join(HERE, "..", "out")
    os.makedirs(out, exist_ok=True)
    saved = os.path.join(out, os.path.basename(path).replace(".onnx", ".jitc"))
    m.save(saved)
    m = jitc.load(saved)
    print(f"  saved and reloaded {os.path.relpath(saved)} ({os.path.getsize(saved) / 1024:.0f} KiB)")
    xs = m.random_inputs(0)
    feeds = {s.name: x for s, x in zip(m.inputs, xs)}
    got = m.run(feeds)
    ref = onnxruntime_outputs(path, feeds)
    ok = True
    for spec, g, r in zip(m.outputs, got, ref):
        msg = compare(g, r, spec.dtype)
        ok &= msg is None
        print(f"  output {spec.describe()}: " + ("matches onnxruntime" if msg is None else f"MISMATCH {msg}"))
    t = m.time(feeds, repeat=RUNS)
    print(f"  latency: jitc {t['median_ms']:.3f} ms, onnxruntime {ort_ms:.3f} ms (median of {RUNS} runs, "
          f"untuned default schedules; `jitc tune` makes them faster)")
    print("demo: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
