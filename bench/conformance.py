"""ONNX conformance: run onnx's own backend test cases through jitc and explain every failure.

    python bench/conformance.py                 # all node cases + the model sets
    python bench/conformance.py --kinds node --limit 200 --jobs 2
    python bench/conformance.py --write-readme  # put the summary table into README.md

Sets: `node` (the 1884 cases onnx generates), `light` (the 9 light real models, random inputs,
checked against onnxruntime), `simple`, `pytorch-converted`, `pytorch-operator` (cases on
disk with reference outputs). Each case runs in an isolated worker with a timeout; a crash or
a hang is recorded as such. Results: bench/results/conformance.json.
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing as mp
import os
import re
import sys
import time
import traceback
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("node", "light", "simple", "pytorch-converted", "pytorch-operator")

CAUSES = [
    "pass",
    "operator missing",
    "out of scope",
    "input must be constant",
    "attribute unsupported",
    "import error",
    "lowering error",
    "wrong numbers",
    "wrong dtype or shape",
    "run error",
    "crash",
    "timeout",
]


def load_cases(kind: str) -> list:
    """[(name, model-or-path, data_sets or None, rtol, atol)]"""
    warnings.filterwarnings("ignore")
    import numpy as np
    import onnx
    from onnx import numpy_helper
    from onnx.backend.test import loader

    if kind == "node":
        return [(c.name, c.model, c.data_sets, c.rtol, c.atol) for c in loader.load_model_tests(kind="node")]
    if kind == "light":
        out = []
        for c in loader.load_model_tests(kind="real"):
            path = os.path.normpath(os.path.join(os.path.dirname(onnx.__file__), "..", c.url))
            out.append((c.name, path, None, 1e-3, 1e-4))
        return sorted(out)
    out = []
    for c in loader.load_model_tests(kind=kind):
        sets = []
        for d in sorted(os.listdir(c.model_dir)):
            if not d.startswith("test_data_set"):
                continue
            full = os.path.join(c.model_dir, d)

            def read(prefix):
                files = sorted((f for f in os.listdir(full) if f.startswith(prefix)),
                               key=lambda f: int(re.sub(r"\D", "", f) or 0))
                arrs = []
                for f in files:
                    t = onnx.TensorProto()
                    with open(os.path.join(full, f), "rb") as fh:
                        t.ParseFromString(fh.read())
                    arrs.append(numpy_helper.to_array(t))
                return arrs

            sets.append((read("input_"), read("output_")))
        out.append((c.name, os.path.join(c.model_dir, "model.onnx"), sets, c.rtol, c.atol))
    del np
    return sorted(out, key=lambda x: x[0])


def case_ops(model) -> list[str]:
    import onnx

    m = onnx.load(model) if isinstance(model, str) else model
    ops = [n.op_type for n in m.graph.node if n.op_type != "Constant"]
    return sorted(set(ops)) or ["Constant"]


def classify(exc: BaseException) -> str:
    from jitc.errors import InputError, ModelError, UnsupportedOperatorError
    from jitc.frontends.onnx import OUT_OF_SCOPE

    msg = str(exc)
    if isinstance(exc, UnsupportedOperatorError):
        return "out of scope" if set(exc.ops) <= OUT_OF_SCOPE else "operator missing"
    low = msg.lower()
    if isinstance(exc, ModelError):
        if "lowering to tensorir failed" in low or "left after lowering" in low:
            return "lowering error"
        if any(s in low for s in ("shapeexpr", "must be constant", "dynamic", "symbolic", "data-dependent",
                                  "not constant", "constant input", "is dynamic", "static")):
            return "input must be constant"
        if "keyerror" in low or "attribute" in low or "not supported" in low or "unsupported" in low:
            return "attribute unsupported"
        return "import error"
    if isinstance(exc, InputError):
        return "run error"
    return "run error"


def run_case(case) -> dict:
    import numpy as np
    import onnx

    from jitc.onnx_backend import JitcBackend, defined_by_spec
    from jitc.reference import onnxruntime_outputs, random_input

    name, model, data_sets, rtol, atol = case
    if isinstance(model, str):
        model = onnx.load(model)
    try:
        rep = JitcBackend.prepare(model)
    except Exception as e:  # noqa: BLE001
        return {"cause": classify(e), "message": f"{type(e).__name__}: {str(e)[:400]}"}
    try:
        if data_sets is None:  # light models: random inputs, onnxruntime reference
            rng = np.random.default_rng(0)
            ins = [random_input(s.shape, s.dtype, rng) for s in rep.module.inputs]
            data_sets = [(ins, onnxruntime_outputs(model, dict(zip(rep.input_names, ins))))]
        for ins, outs in data_sets:
            try:
                got = rep.run(ins)
            except Exception as e:  # noqa: BLE001 - compile at first run (dynamic shapes) or run
                return {"cause": classify(e), "message": f"{type(e).__name__}: {str(e)[:400]}"}
            if len(got) != len(outs):
                return {"cause": "wrong dtype or shape", "message": f"{len(got)} outputs, expected {len(outs)}"}
            defined = defined_by_spec(model, ins)  # undefined values (a float cast out of range) skipped
            for i, (g, w) in enumerate(zip(got, outs)):
                w = np.asarray(w) if type(w).__name__ != "TensorProto" else onnx.numpy_helper.to_array(w)
                if g.shape != w.shape or g.dtype != w.dtype:
                    return {"cause": "wrong dtype or shape",
                            "message": f"output {i}: {g.dtype}{list(g.shape)} vs expected {w.dtype}{list(w.shape)}"}
                if defined[i] is not None:
                    g, w = g[defined[i]], w[defined[i]]
                try:
                    np.testing.assert_allclose(g, w, rtol=rtol, atol=atol)
                except AssertionError as e:
                    lines = [ln for ln in str(e).splitlines() if ln.strip()]
                    return {"cause": "wrong numbers", "message": f"output {i}: " + " ".join(lines[:3])[:300]}
    except Exception as e:  # noqa: BLE001
        return {"cause": "run error", "message": f"{type(e).__name__}: {str(e)[:400]}"}
    return {"cause": "pass", "message": ""}


def _worker(conn, kind: str) -> None:
    warnings.filterwarnings("ignore")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # TVM's C++ warnings would drown the report
    import io
    import contextlib

    cases = load_cases(kind)
    conn.send(("ready", len(cases)))
    while True:
        i = conn.recv()
        if i is None:
            return
        sink = io.StringIO()
        try:
            with contextlib.redirect_stdout(sink):
                res = run_case(cases[i])
        except BaseException as e:  # noqa: BLE001
            res = {"cause": "run error", "message": "".join(traceback.format_exception_only(type(e), e))[:400]}
        res["name"] = cases[i][0]
        try:
            res["ops"] = case_ops(cases[i][1])
        except Exception:  # noqa: BLE001
            res["ops"] = ["?"]
        conn.send(("result", i, res))


class Pool:
    """Workers that each run one case at a time; a dead or hung worker is replaced."""

    def __init__(self, kind: str, jobs: int, timeout: float):
        self.kind, self.timeout = kind, timeout
        self.ctx = mp.get_context("spawn")
        self.workers = [self._start() for _ in range(jobs)]
        self.n = None
        for w in self.workers:
            self.n = self._ready(w)

    def _start(self):
        a, b = self.ctx.Pipe()
        p = self.ctx.Process(target=_worker, args=(b, self.kind), daemon=True)
        p.start()
        return {"proc": p, "conn": a, "case": None, "since": 0.0}

    def _ready(self, w) -> int:
        tag, n = w["conn"].recv()
        assert tag == "ready"
        return n

    def _restart(self, w):
        try:
            w["proc"].kill()
        except Exception:  # noqa: BLE001
            pass
        w["proc"].join(5)
        nw = self._start()
        self._ready(nw)
        w.update(nw)

    def run(self, indices, cases_meta, on_result):
        todo = list(indices)
        busy = 0
        while todo or busy:
            for w in self.workers:
                if w["case"] is None and todo:
                    w["case"], w["since"] = todo.pop(0), time.time()
                    w["conn"].send(w["case"])
                    busy += 1
            for w in self.workers:
                if w["case"] is None:
                    continue
                if w["conn"].poll(0.05):
                    try:
                        _, i, res = w["conn"].recv()
                    except EOFError:
                        res = {"cause": "crash", "message": "the worker process died", "name": cases_meta(w["case"]),
                               "ops": []}
                        i = w["case"]
                        self._restart(w)
                    on_result(i, res)
                    w["case"] = None
                    busy -= 1
                elif not w["proc"].is_alive():
                    on_result(w["case"], {"cause": "crash", "message": f"worker exit code {w['proc'].exitcode}",
                                          "name": cases_meta(w["case"]), "ops": []})
                    self._restart(w)
                    w["case"] = None
                    busy -= 1
                elif time.time() - w["since"] > self.timeout:
                    on_result(w["case"], {"cause": "timeout", "message": f"over {self.timeout:.0f} s",
                                          "name": cases_meta(w["case"]), "ops": []})
                    self._restart(w)
                    w["case"] = None
                    busy -= 1

    def close(self):
        for w in self.workers:
            try:
                w["conn"].send(None)
            except Exception:  # noqa: BLE001
                pass
            w["proc"].join(2)
            if w["proc"].is_alive():
                w["proc"].kill()


def summarize(results: dict) -> str:
    lines = []
    lines.append("| set | cases | passed | pass rate |")
    lines.append("| --- | ---: | ---: | ---: |")
    for kind, res in results.items():
        n = len(res)
        p = sum(1 for r in res if r["cause"] == "pass")
        lines.append(f"| {kind} | {n} | {p} | {100 * p / max(n, 1):.1f}% |")
    lines.append("")
    lines.append("| failure cause | " + " | ".join(results) + " |")
    lines.append("| --- |" + " ---: |" * len(results))
    for cause in CAUSES[1:]:
        counts = [sum(1 for r in res if r["cause"] == cause) for res in results.values()]
        if any(counts):
            lines.append(f"| {cause} | " + " | ".join(str(c) for c in counts) + " |")
    return "\n".join(lines)


def group_of(r: dict) -> str:
    """The operator a case tests: its op types, or for a function expanded into many ops, the
    test's name."""
    name, ops = r["name"], r.get("ops") or ["?"]
    if "_expanded" in name or len(ops) > 3:
        return "expanded: " + name.removeprefix("test_").split("_expanded")[0]
    return ",".join(ops)


def by_operator(res: list) -> list[tuple]:
    groups = collections.defaultdict(lambda: collections.Counter())
    for r in res:
        if r["cause"] != "pass":
            groups[group_of(r)][r["cause"]] += 1
    return sorted(groups.items(), key=lambda kv: -sum(kv[1].values()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    ap.add_argument("--limit", type=int, default=0, help="only the first N cases of each set")
    ap.add_argument("--match", default="", help="only cases whose name contains this")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "conformance.json"))
    ap.add_argument("--write-readme", action="store_true", help="update the table in README.md")
    a = ap.parse_args(argv)
    os.environ.setdefault("TVM_NUM_THREADS", "1")  # jobs run side by side
    results = {}
    t0 = time.time()
    for kind in a.kinds:
        pool = Pool(kind, a.jobs, a.timeout)
        names = {}
        res = []
        meta = lambda i: names.get(i, f"#{i}")  # noqa: E731
        idx = list(range(pool.n))
        if a.limit:
            idx = idx[: a.limit]
        done = [0]

        def on_result(i, r):
            res.append(r)
            done[0] += 1
            if done[0] % 50 == 0 or done[0] == len(idx):
                p = sum(1 for x in res if x["cause"] == "pass")
                print(f"  {kind}: {done[0]}/{len(idx)} done, {p} passed ({time.time() - t0:.0f} s)", flush=True)

        if a.match:
            cases = load_cases(kind)
            idx = [i for i in idx if a.match in cases[i][0]]
        pool.run(idx, meta, on_result)
        pool.close()
        results[kind] = sorted(res, key=lambda r: r["name"])
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump({"seconds": round(time.time() - t0, 1), "results": results}, f, indent=1)
    table = summarize(results)
    print()
    print(table)
    for kind, res in results.items():
        fails = by_operator(res)
        if not fails:
            continue
        print(f"\n{kind}: failures by operator")
        for op, counter in fails[:60]:
            print(f"  {op:40s} " + ", ".join(f"{c} {n}" for c, n in counter.most_common()))
        if len(fails) > 60:
            print(f"  ... and {len(fails) - 60} more (see {a.out})")
    print(f"\n{time.time() - t0:.0f} s; details in {a.out}")
    if a.write_readme:
        readme = os.path.join(os.path.dirname(HERE), "README.md")
        with open(readme) as f:
            text = f.read()
        start, end = "<!-- conformance:start -->", "<!-- conformance:end -->"
        if start in text and end in text:
            pre, rest = text.split(start, 1)
            _, post = rest.split(end, 1)
            stamp = time.strftime("%Y-%m-%d")
            text = f"{pre}{start}\nMeasured {stamp} by `python bench/conformance.py`:\n\n{table}\n{end}{post}"
            with open(readme, "w") as f:
                f.write(text)
            print("README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
