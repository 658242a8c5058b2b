"""`jitc run`: run a .jitc module or an ONNX model (--check against onnxruntime, --repeat,
--profile), or serve it while it tunes (--jit BUDGET)."""

from __future__ import annotations

import os
import sys
import time

from .. import load
from ..compiler import compile as compile_model
from ..errors import InputError
from ..tuning.jit import jit
from ..reference import compare, onnxruntime_outputs
from .args import db_arg, is_module_file, parse_duration, print_outputs, read_inputs, shapes, target


def cmd_run(a) -> int:
    if not os.path.exists(a.model):
        raise InputError(f"{a.model}: no such file")
    is_module = is_module_file(a.model)
    if a.save and not a.jit:
        raise InputError("--save writes the module tuned by --jit; without --jit use `jitc compile -o FILE` "
                         "(or `jitc tune -o FILE`)")
    if a.jit:
        return serve(a, parse_duration(a.jit), shapes(a.shape))
    m = load(a.model) if is_module else compile_model(a.model, target(a), shapes=shapes(a.shape), db=db_arg(a))
    feeds, randomized = read_inputs(a.input, m.inputs, a.seed)
    if randomized:
        print(f"random inputs (seed {a.seed}) for: {', '.join(randomized)}", file=sys.stderr)
    outs = m.run(feeds)
    print_outputs([s.name for s in m.outputs], outs, a.output)
    if a.check:
        if is_module:
            raise InputError("--check compares with onnxruntime and needs the ONNX model, not a .jitc file")
        ref = onnxruntime_outputs(a.model, feeds)
        bad = [(s.name, compare(o, r, s.dtype)) for s, o, r in zip(m.outputs, outs, ref)]
        bad = [(n, msg) for n, msg in bad if msg]
        for n, msg in bad:
            print(f"MISMATCH {n}: {msg}")
        print("check against onnxruntime: " + ("FAILED" if bad else "ok"))
        if bad:
            return 1
    if a.profile:
        rows = m.profile(feeds, repeat=max(a.repeat, 10))
        print(m.format_profile(rows))
    if a.repeat:
        t = m.time(feeds, repeat=a.repeat)
        print(f"latency: median {t['median_ms']:.3f} ms (min {t['min_ms']:.3f}, max {t['max_ms']:.3f}) "
              f"over {a.repeat} runs")
    return 0


def serve(a, budget_s: float, fixed_shapes: dict) -> int:
    """`jitc run model.onnx --jit 30s [--rate HZ]`: serve runs at a request rate while the JIT
    tunes in the gaps (it works only while the model is idle: back to back, `--rate 0`, it
    never tunes); print latency as it falls."""
    if a.model.endswith(".jitc"):
        raise InputError("--jit compiles and tunes a model: give the ONNX file, not a .jitc")
    m = jit(a.model, a.target, budget=budget_s, db=a.db, shapes=fixed_shapes)
    feeds, randomized = read_inputs(a.input, m.inputs, a.seed)
    if randomized:
        print(f"random inputs (seed {a.seed}) for: {', '.join(randomized)}", file=sys.stderr)
    rate = a.rate
    print(f"compiled in {m.compile_seconds:.2f} s; serving " + (f"{rate:g} runs/s" if rate > 0 else "back to back")
          + f" while tuning for {budget_s:.0f} idle s")
    t0 = time.perf_counter()
    last = -1.0
    n = 0
    outs = None
    while m.tuning or n == 0:
        outs = m.run(feeds)
        n += 1
        now = time.perf_counter() - t0
        if rate > 0:  # the next request's arrival
            time.sleep(max(0.0, n / rate - now))
            now = time.perf_counter() - t0
        if now - last >= 1.0:
            s = m.stats()
            print(f"t={now:5.1f}s  runs={n:6d}  latency {s['current_latency_ms']:.3f} ms (first runs "
                  f"{s['initial_latency_ms']:.3f} ms)  kernels tuned {s['kernels_tuned']}/{s['kernels']}", flush=True)
            last = now
    s = m.stats()
    print(f"done: {n} runs; latency {s['initial_latency_ms']:.3f} ms -> {s['current_latency_ms']:.3f} ms; "
          f"{s['swaps']} kernel swaps, {s['measured']} candidates measured in {s['idle_seconds_used']:.1f} idle s")
    print_outputs([o.name for o in m.outputs], outs, a.output)
    if getattr(a, "save", None):
        m.save(a.save)
        print(f"wrote {a.save}")
    return 0


def register(sub, model_args) -> None:
    sp = sub.add_parser("run", help="run a .jitc module or an ONNX model")
    model_args(sp)
    sp.add_argument("--input", action="append", metavar="NAME=FILE.npy",
                    help="an input from a .npy file, or NAME=random (inputs not given are random)")
    sp.add_argument("-o", "--output", help="save outputs to a .npz (or .npy for one output)")
    sp.add_argument("--check", action="store_true", help="compare outputs with onnxruntime")
    sp.add_argument("--repeat", type=int, default=0, help="time N runs and print the latency")
    sp.add_argument("--profile", action="store_true",
                    help="per kernel: calls, ms per inference, share, GFLOP/s, config (sorted by time)")
    sp.add_argument("--seed", type=int, default=0, help="seed of random inputs")
    sp.add_argument("--db", default=None, help="kernel database (default: $JITC_DB or ~/.cache/jitc/kernels.db)")
    sp.add_argument("--no-db", action="store_true", help="ignore the kernel database")
    sp.add_argument("--jit", default=None, metavar="BUDGET",
                    help="serve repeated runs while tuning in the background for BUDGET idle seconds (e.g. 30s)")
    sp.add_argument("--rate", type=float, default=20.0, metavar="HZ",
                    help="with --jit: runs per second (default 20; 0: back to back, which leaves the tuner no "
                         "idle time)")
    sp.add_argument("--save", default=None, metavar="FILE.jitc", help="with --jit: save the tuned module at the end")
    sp.set_defaults(fn=cmd_run)
