"""The browser backends: WGSL through wgpu (lavapipe here), WebAssembly through wasmtime and
Node, the exported bundle inside WebGPU's default limits, and the bundle in a real headless
Chromium on WebGPU (SwiftShader) and WASM: outputs against onnxruntime, in-browser tuning,
and the tuned choice remembered across a reload.

What a test needs and this machine lacks (a WebGPU adapter, Node, Chromium) skips it with the
reason; `make test` installs them on Debian (mesa-vulkan-drivers, chromium, nodejs)."""

import gzip
import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest

from outputs import assert_outputs

from jitc.reference import compare, onnxruntime_outputs, random_feeds

MODELS = ["mlp", "cnn", "encoder"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _adapter_reason():
    try:
        from jitc.backends.webgpu_runner import adapter
    except ImportError as e:
        return f"wgpu is not installed ({e}): pip install wgpu"
    if adapter() is None:
        return "no WebGPU adapter: apt-get install mesa-vulkan-drivers libvulkan1 (lavapipe)"
    return None


def _wasm_reason():
    for mod in ("wasmtime", "ziglang"):
        try:
            __import__(mod)
        except ImportError:
            return f"{mod} is not installed: pip install {mod}"
    return None


needs_adapter = pytest.mark.skipif(_adapter_reason() is not None, reason=str(_adapter_reason()))
needs_wasm = pytest.mark.skipif(_wasm_reason() is not None, reason=str(_wasm_reason()))
needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="no node: apt-get install nodejs")


def _inputs(name, seed=0):
    return random_feeds(os.path.join(ROOT, "examples", f"{name}.onnx"), seed)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """The exported bundle of every test model, built once."""
    from jitc.web.export import export_web

    cache = {}

    def get(name):
        if name not in cache:
            d = str(tmp_path_factory.mktemp(f"site-{name}"))
            cache[name] = (d, export_web(os.path.join(ROOT, "examples", f"{name}.onnx"), d, log=lambda s: None))
        return cache[name]

    return get


def _workgroup_bytes(wgsl: str) -> int:
    size = {"f32": 4, "i32": 4, "u32": 4, "f16": 2}
    total = 0
    for ty, n in re.findall(r"var<workgroup>\s+\w+\s*:\s*array<(\w+),\s*(\d+)>", wgsl):
        total += size[ty] * int(n)
    return total


@needs_wasm
@pytest.mark.parametrize("name", MODELS)
def test_exported_kernels_within_webgpu_default_limits(name, bundles):
    d, m = bundles(name)
    shaders = json.loads(gzip.decompress(open(os.path.join(d, "shaders.json.gz"), "rb").read()))
    lim = m["webgpu"]["limits"]
    assert lim["maxComputeInvocationsPerWorkgroup"] == 256 and lim["maxComputeWorkgroupStorageSize"] == 16384
    n = 0
    for kname, k in m["webgpu"]["kernels"].items():
        assert 1 <= len(k["variants"]) <= 4, kname
        for v in k["variants"]:
            for disp in v["dispatches"]:
                n += 1
                wgsl = shaders[disp["shader"]]
                x, y, z = disp["workgroup_size"]
                assert x * y * z <= 256 and x <= 256 and y <= 256 and z <= 64, (kname, disp["workgroup_size"])
                assert all(1 <= g <= 65535 for g in disp["grid"]), (kname, disp["grid"])
                assert len(disp["bindings"]) <= lim.get("maxStorageBuffersPerShaderStage", 8), kname
                assert _workgroup_bytes(wgsl) <= 16384, kname
                assert not re.search(r"\b[iu]64\b", wgsl), f"{kname}: 64-bit integers in WGSL"
                assert f"@workgroup_size({x}, {y}, {z})" in wgsl
    assert n >= len(m["webgpu"]["kernels"])


@needs_wasm
def test_bundle_layout_and_size(bundles):
    d, m = bundles("encoder")
    files = set(os.listdir(d))
    assert {"model.json", "weights.bin", "shaders.json.gz", "kernels.wasm.gz", "jitc-web.js", "index.html"} <= files
    sizes = {f: os.path.getsize(os.path.join(d, f)) for f in files}
    # the target: no larger than the weights plus 200 KiB
    assert sum(sizes.values()) <= sizes["weights.bin"] + 200 * 1024, sizes
    # every weight lies where the manifest says, 64-byte aligned
    blob = open(os.path.join(d, "weights.bin"), "rb").read()
    params = [b for b in m["buffers"] if b["param"]]
    assert params and all(b["param"]["offset"] % 64 == 0 for b in params)
    assert max(b["param"]["offset"] + b["param"]["nbytes"] for b in params) <= len(blob)
    wasm = gzip.decompress(open(os.path.join(d, "kernels.wasm.gz"), "rb").read())
    assert wasm[:4] == b"\0asm"
    assert [s["kernel"] for s in m["steps"]] and all(s["kernel"] in m["webgpu"]["kernels"] for s in m["steps"])


def test_export_web_cli_bad_model_exits_2(tmp_path):
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"not onnx")
    r = subprocess.run([sys.executable, "-m", "jitc", "export-web", str(bad), "-o", str(tmp_path / "site")],
                       capture_output=True, text=True)
    assert r.returncode == 2, r.stderr
    assert "bad.onnx" in r.stderr


@needs_wasm
def test_export_web_cli_threads_and_serve_web(tmp_path):
    """`--threads 1` ships the single-threaded kernels only (and removes a threaded file an
    earlier export left); `jitc serve-web` serves the bundle cross-origin isolated, and a
    directory without a bundle exits 2 naming it."""
    import http.client

    site = tmp_path / "site"
    site.mkdir()
    (site / "kernels-threads.wasm.gz").write_bytes(b"stale")
    r = subprocess.run([sys.executable, "-m", "jitc", "export-web", os.path.join(ROOT, "examples", "mlp.onnx"),
                        "-o", str(site), "--threads", "1", "--no-webgpu"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "threads" not in json.loads((site / "model.json").read_text())["wasm"]
    assert not (site / "kernels-threads.wasm.gz").exists()
    r = subprocess.run([sys.executable, "-m", "jitc", "serve-web", str(tmp_path)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "no model.json" in r.stderr and str(tmp_path) in r.stderr, r.stderr
    p = subprocess.Popen([sys.executable, "-m", "jitc", "serve-web", str(site), "--port", "0"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        assert "cross-origin isolated" in line
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", "/model.json")
        res = c.getresponse()
        assert res.status == 200 and res.getheader("Cross-Origin-Embedder-Policy") == "require-corp"
        assert json.loads(res.read())["format"] == "jitc-web"
    finally:
        p.terminate()
        p.wait(timeout=10)


def _check_runner(make_model, name, example_path):
    m = make_model(example_path(name))
    feeds = _inputs(name)
    got = m.run(*feeds.values())
    want = onnxruntime_outputs(example_path(name), feeds)
    assert_outputs(got, want, dtype="float32", where=name)


@needs_adapter
@pytest.mark.parametrize("name", MODELS)
def test_wgsl_on_wgpu_matches_onnxruntime(name, example_path):
    from jitc.web.targets import wgpu_model

    _check_runner(wgpu_model, name, example_path)


@needs_wasm
@pytest.mark.parametrize("name", MODELS)
def test_wasm_on_wasmtime_matches_onnxruntime(name, example_path):
    from jitc.web.targets import wasm_model

    _check_runner(wasm_model, name, example_path)


@needs_wasm
@needs_node
@pytest.mark.parametrize("threads", [1, 3])
@pytest.mark.parametrize("name", MODELS)
def test_bundle_runs_in_node_on_wasm(name, threads, bundles, example_path, tmp_path):
    """Single-threaded, and the threaded kernels on a pool of workers (3 threads on 2 cores:
    more threads than cores must still be right)."""
    d, m = bundles(name)
    assert m["wasm"]["threads"]["tasks"] == 4 and os.path.exists(os.path.join(d, m["wasm"]["threads"]["file"]))
    feeds = _inputs(name, seed=1)
    (tmp_path / "in.json").write_text(json.dumps({k: v.ravel().tolist() for k, v in feeds.items()}))
    r = subprocess.run(["node", os.path.join(ROOT, "tests", "web", "node_run.mjs"), d, str(tmp_path / "in.json"),
                        f"--threads={threads}"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    assert res["backend"] == "wasm" and res["threads"] == threads
    want = onnxruntime_outputs(example_path(name), feeds)
    assert_outputs(res["outputs"], want, flat=True, where=name)


@pytest.fixture(scope="module")
def chromium():
    from jitc.backends.chromium import BrowserError, Chromium, find_chromium

    if not find_chromium():
        pytest.skip("no Chromium: apt-get install chromium (or set JITC_CHROMIUM)")
    try:
        c = Chromium()
    except BrowserError as e:
        pytest.skip(f"Chromium does not start here: {e}")
    yield c
    c.close()


@needs_wasm
@pytest.mark.parametrize("name", MODELS)
def test_bundle_in_chromium_webgpu_and_wasm_match_onnxruntime(name, chromium, bundles, example_path):
    d, _ = bundles(name)
    page = chromium.open_bundle(d)
    state = page.wait_ready(timeout=120)
    feeds = _inputs(name, seed=2)
    want = onnxruntime_outputs(example_path(name), feeds)
    backends = ["wasm"]
    if page.adapter_info() is not None:
        backends.insert(0, "webgpu")
        assert state["backend"] == "webgpu"  # chosen at load time when the browser has WebGPU
    else:
        print(f"note: this Chromium has no WebGPU adapter; {name} checked on WASM only")
    for backend in backends:
        got, _ = page.run_model(feeds, backend)
        assert_outputs(got, want, flat=True, where=backend)


@needs_wasm
def test_wasm_threads_in_chromium_where_the_page_is_isolated(chromium, bundles, example_path):
    """A cross-origin isolated page (COOP/COEP) runs the threaded kernels on a worker pool by
    default and matches onnxruntime; a page that is not isolated runs single-threaded, and
    asking it for threads is an error that names the headers."""
    d, _ = bundles("cnn")
    feeds = _inputs("cnn", seed=4)
    want = onnxruntime_outputs(example_path("cnn"), feeds)
    isolated = chromium.open_page(d, "index.html", isolated=True)
    cores = int(isolated.eval("navigator.hardwareConcurrency", await_promise=False))
    for threads in (None, 2):
        got, _ = isolated.run_model(feeds, "wasm", threads=threads)
        assert isolated.threads == (threads or min(4, cores))
        assert_outputs(got, want, flat=True, where=f"threads={threads}")
    plain = chromium.open_page(d, "index.html", isolated=False)
    got, _ = plain.run_model(feeds, "wasm")
    assert plain.threads == 1
    with pytest.raises(Exception, match="Cross-Origin-Embedder-Policy"):
        plain.run_model(feeds, "wasm", threads=2)


@needs_wasm
@needs_node
def test_error_in_a_worker_task_reaches_the_caller(bundles, tmp_path):
    """A parallel task that fails on a worker (here: the cnn's per-task padding buffer, with the
    workers' workspace arenas shrunk to 1 KiB in a copy of the runtime) is a JitcError naming
    the kernel and why, not a bare failure code; the calling thread's own arena is untouched."""
    d, _ = bundles("cnn")
    site = tmp_path / "site"
    shutil.copytree(d, site)
    js = (site / "jitc-web.js").read_text()
    assert "const WORKER_ARENA = 8 << 20;" in js
    (site / "jitc-web.js").write_text(js.replace("const WORKER_ARENA = 8 << 20;", "const WORKER_ARENA = 1024;"))
    script = tmp_path / "errors.mjs"
    script.write_text("""
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
const site = process.argv[2];
const { JitcModel } = await import(pathToFileURL(path.join(site, "jitc-web.js")).href);
const fetchFile = async (url) => { const data = await readFile(new URL(url)); return { ok: true,
  json: async () => JSON.parse(data.toString()), arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }; };
const model = await JitcModel.load(pathToFileURL(path.join(site, "model.json")).href, { fetch: fetchFile, backend: "wasm", threads: 2 });
const x = new Float32Array(model.inputs[0].shape.reduce((a, b) => a * b, 1)).fill(0.5);
const messages = [];
for (let r = 0; r < 50; r++) { try { await model.run({ [model.inputs[0].name]: x }); } catch (e) { messages.push(e.message); } }
console.log(JSON.stringify({ threads: model.threads, messages }));
model.dispose();
""")
    r = subprocess.run(["node", str(script), str(site)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    assert res["threads"] == 2 and res["messages"], res  # the workers claim tasks in some of 50 runs
    for m in res["messages"]:
        assert "wasm kernel fused_conv2d" in m and "workspace arena has left (1024 bytes)" in m, m


_NODE_LOAD = """
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
const [site, threads] = [process.argv[2], Number(process.argv[3])];
const { JitcModel } = await import(pathToFileURL(path.join(site, "jitc-web.js")).href);
const fetchFile = async (url) => { const data = await readFile(new URL(url)); return { ok: true,
  json: async () => JSON.parse(data.toString()), arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }; };
const t0 = performance.now();
const model = await JitcModel.load(pathToFileURL(path.join(site, "model.json")).href, { fetch: fetchFile, backend: "wasm", threads });
const loadMs = performance.now() - t0;
"""


@needs_wasm
@needs_node
@pytest.mark.parametrize("threads", [1, 3])
def test_trap_in_a_kernel_is_an_error_and_the_model_runs_on(threads, tmp_path):
    """An integer division by zero traps in WebAssembly. On one thread, and in a parallel task
    on a worker or on the calling thread, run() throws a JitcError naming the kernel (no hang:
    the trapped task counts as done, the worker rejoins the pool), and the next run is right."""
    import onnx
    from onnx import TensorProto, helper

    from jitc.web.export import export_web

    shape = [64, 16384]  # large enough to be a parallel loop
    g = helper.make_graph([helper.make_node("Div", ["x", "y"], ["z"], name="div")], "g",
                          [helper.make_tensor_value_info("x", TensorProto.INT32, shape),
                           helper.make_tensor_value_info("y", TensorProto.INT32, shape)],
                          [helper.make_tensor_value_info("z", TensorProto.INT32, shape)])
    model = str(tmp_path / "div.onnx")
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]), model)
    site = str(tmp_path / "site")
    export_web(model, site, webgpu=False, log=lambda s: None)
    script = tmp_path / "trap.mjs"
    script.write_text(_NODE_LOAD + """
const n = 64 * 16384;
const x = Int32Array.from({ length: n }, (_, i) => i), one = new Int32Array(n).fill(1);
const bad = one.slice(); bad[n - 1] = 0;  // the last task's share
const messages = [];
for (let r = 0; r < 20; r++) { try { await model.run({ x, y: bad }); messages.push(null); } catch (e) { messages.push(`${e.name}: ${e.message}`); } }
const z = (await model.run({ x, y: one })).z.data;
console.log(JSON.stringify({ threads: model.threads, messages, right: z[n - 1] === n - 1 && z[12345] === 12345 }));
model.dispose();
""")
    r = subprocess.run(["node", str(script), site, str(threads)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    assert res["threads"] == threads and res["right"], res
    for m in res["messages"]:
        assert m and m.startswith("JitcError") and "kernel divide" in m and "divide by zero" in m, m


@needs_wasm
@needs_node
def test_workers_that_fail_to_start_leave_the_model_on_one_thread(bundles, example_path, tmp_path):
    """A worker that cannot start (here: its script throws, in a copy of the runtime) is left
    out at once: the model loads on the calling thread alone, without waiting out the 10 s,
    and is right."""
    d, _ = bundles("cnn")
    site = tmp_path / "site"
    shutil.copytree(d, site)
    js = (site / "jitc-web.js").read_text()
    head = "const WORKER_SOURCE = `\n"
    assert head in js
    (site / "jitc-web.js").write_text(js.replace(head, head + 'throw new Error("no workers here");\n'))
    feeds = _inputs("cnn", seed=5)
    (tmp_path / "in.json").write_text(json.dumps({k: v.ravel().tolist() for k, v in feeds.items()}))
    script = tmp_path / "start.mjs"
    script.write_text(_NODE_LOAD + """
const raw = JSON.parse(await readFile(process.argv[4], "utf8"));
const inputs = {};
for (const s of model.inputs) inputs[s.name] = Float32Array.from(raw[s.name]);
const out = Object.values(await model.run(inputs))[0].data;
console.log(JSON.stringify({ threads: model.threads, loadMs, errors: model.impl.workerErrors, out: Array.from(out) }));
model.dispose();
""")
    r = subprocess.run(["node", str(script), str(site), "3", str(tmp_path / "in.json")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    assert res["threads"] == 1 and res["loadMs"] < 5000 and len(res["errors"]) == 2, res
    want = onnxruntime_outputs(example_path("cnn"), feeds)[0]
    assert compare(np.asarray(res["out"], np.float32).reshape(want.shape), want, "float32") is None


def test_serve_web_sends_the_isolation_headers(tmp_path):
    import http.client
    import threading

    from jitc.errors import InputError
    from jitc.web.server import server

    with pytest.raises(InputError, match="no model.json"):
        server(str(tmp_path), port=0)
    (tmp_path / "model.json").write_text("{}")
    (tmp_path / "k.wasm").write_bytes(b"\0asm")
    httpd = server(str(tmp_path), port=0, quiet=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        c = http.client.HTTPConnection(*httpd.server_address[:2])
        c.request("GET", "/k.wasm")
        r = c.getresponse()
        assert r.status == 200 and r.getheader("Content-Type") == "application/wasm"
        assert r.getheader("Cross-Origin-Opener-Policy") == "same-origin"
        assert r.getheader("Cross-Origin-Embedder-Policy") == "require-corp"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.serial  # tunes within a budget
@needs_wasm
def test_bundle_tunes_in_chromium_and_remembers(chromium, bundles, example_path):
    d, m = bundles("encoder")
    page = chromium.open_bundle(d)
    state = page.wait_ready(timeout=120)
    if state["backend"] != "webgpu":
        pytest.skip("this Chromium has no WebGPU adapter: nothing to tune")
    assert state["restored"] is False
    report = json.loads(page.eval("(async () => JSON.stringify(await window.jitcPage.model.tune({budget: 5000})))()"))
    # the budget, plus the one timing round in flight at the deadline
    assert report["ms"] <= 5000 + 1000, {k: v for k, v in report.items() if k != "kernels"}
    assert report["kernels"], report
    for k, r in report["kernels"].items():
        assert len(r["us"]) == len(m["webgpu"]["kernels"][k]["variants"]) and all(t > 0 for t in r["us"])
        assert r["us"][r["chosen"]] <= r["us"][0]
    print(f"in-browser tune: {report['ms']:.0f} ms, kernel time per inference "
          f"{report['defaultUs']:.0f} us default -> {report['tunedUs']:.0f} us tuned")
    choices = json.loads(page.eval("JSON.stringify(window.jitcPage.model.choices())", await_promise=False))
    feeds = _inputs("encoder", seed=3)
    want = onnxruntime_outputs(example_path("encoder"), feeds)
    got, _ = page.run_model(feeds, "webgpu")  # a fresh load: restores the tuned choices
    assert_outputs(got, want, flat=True)
    page.reload()
    state = page.wait_ready(timeout=120)
    assert state["restored"] is True
    again = json.loads(page.eval("JSON.stringify(window.jitcPage.model.choices())", await_promise=False))
    assert again == choices
    # the next tune starts where this one stopped: the kernels tuned already are not timed again
    more = json.loads(page.eval("(async () => JSON.stringify(await window.jitcPage.model.tune({budget: 5000})))()"))
    assert more["alreadyTuned"] == len(report["kernels"])
    assert not set(more["kernels"]) & set(report["kernels"])


@pytest.mark.serial  # tunes within a budget
@needs_wasm
def test_example_page_shows_what_the_device_did(chromium, bundles):
    """The bundle's index.html: backend, adapter, latency before and after tuning, kernels tuned
    and left; after a reload, the tuning kept for this adapter."""
    import time

    d, _ = bundles("encoder")  # (a cnn candidate has been seen to crash SwiftShader's GPU process)
    page = chromium.open_bundle(d, query="budget=3000")
    if page.wait_ready(timeout=120)["backend"] != "webgpu":
        pytest.skip("this Chromium has no WebGPU adapter: nothing to tune")
    page.eval("window.jitcPage.model.forgetTuning(); document.getElementById('forget').click()", await_promise=False)
    text = lambda i: page.eval(f"document.getElementById('{i}').textContent", await_promise=False)  # noqa: E731
    assert text("d-backend") == "WebGPU" and text("d-adapter").count("/") == 3
    assert re.fullmatch(r"0 of (\d+) kernels tuned on this adapter, \1 left.*", text("d-tuning")), text("d-tuning")
    page.eval("document.getElementById('tune').click()", await_promise=False)
    deadline = time.time() + 120
    while not page.eval("!!window.jitcPage.tune && window.jitcPage.tunedLatency !== undefined", await_promise=False):
        assert time.time() < deadline, text("status")
        time.sleep(0.2)
    assert re.fullmatch(r"[\d.]+ ms before tuning, [\d.]+ ms after \([\d.]+x\)", text("d-latency")), text("d-latency")
    m = re.match(r"(\d+) of (\d+) kernels tuned on this adapter, (\d+) left", text("d-tuning"))
    assert m and int(m[1]) > 0 and int(m[1]) + int(m[3]) == int(m[2]), text("d-tuning")
    page.reload()
    page.wait_ready(timeout=120)
    assert text("d-tuning").startswith(f"{m[1]} of {m[2]} kernels tuned"), text("d-tuning")
    assert "earlier visit" in text("d-latency")


@pytest.mark.serial  # tunes within a budget
@needs_wasm
def test_browser_tuning_shared_through_the_service(chromium, bundles, shared_db, example_path, tmp_path):
    """Browsers and the CLI share tuning records through `jitc db serve` on 127.0.0.1: a first
    visitor times every candidate and uploads; a second visitor with the same adapter (a fresh
    profile: no localStorage) times only the service's hints against its defaults."""
    d, m = bundles("encoder")
    page = chromium.open_bundle(d)
    if page.wait_ready(timeout=120)["backend"] != "webgpu":
        pytest.skip("this Chromium has no WebGPU adapter: nothing to tune")
    svc = shared_db()

    def tune(share, budget=8000):
        page.eval("window.jitcPage.model.forgetTuning()", await_promise=False)  # a new visitor
        opts = json.dumps({"budget": budget, "share": share, "token": svc.token})
        return json.loads(page.eval(f"(async () => JSON.stringify(await window.jitcPage.model.tune({opts})))()"))

    first = tune(svc.url)
    assert "shareError" not in first, first["shareError"]
    timed = sum(t is not None for r in first["kernels"].values() for t in r["us"])
    assert first["shared"] == {"pulled": 0, "uploaded": timed} and timed > 0
    # a CLI user shares the same service (its CPU records under its own device)
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--budget", "8s", "--no-compare",
                        "--db", str(tmp_path / "cli.db"), "--db-url", svc.url, "-o", str(tmp_path / "m.jitc")],
                       capture_output=True, text=True, timeout=300, env=dict(os.environ, JITC_DB_TOKEN=svc.token))
    assert r.returncode == 0, r.stderr
    import urllib.request

    health = json.loads(urllib.request.urlopen(svc.url + "/v1/health", timeout=30).read())
    assert health["devices"] == 2 and health["records"] > timed
    second = tune(svc.url)
    assert second["shared"]["pulled"] > 0, second
    hinted = {k: r for k, r in second["kernels"].items() if r["fromShare"]}
    assert hinted, second
    for k, r in hinted.items():
        n = len(m["webgpu"]["kernels"][k]["variants"])
        assert r["us"][0] is not None and sum(t is not None for t in r["us"]) <= min(n, 4)
        assert r["us"][r["chosen"]] <= r["us"][0]
    # still right on the choices the shared hints led to
    feeds = _inputs("encoder", seed=4)
    want = onnxruntime_outputs(example_path("encoder"), feeds)
    got, _ = page.run_model(feeds, "webgpu")
    assert_outputs(got, want, flat=True)
    # a service that is not there: reported, and the tuning goes on without it
    lost = tune("http://127.0.0.1:1", budget=3000)
    assert "cannot reach" in lost["shareError"] and lost["kernels"]


@pytest.mark.serial  # tunes within a budget
@needs_adapter
@needs_wasm
def test_webgpu_tuning_in_worker_feeds_the_export(tmp_path, example_path):
    """`jitc tune --target webgpu` measures WGSL candidates on this machine's adapter (checked
    against the CPU's numbers); `export-web --db` ships the best as each kernel's default."""
    from jitc.db.store import Database
    from jitc.device import device_for
    from jitc.web.export import export_web

    db = str(tmp_path / "wg.db")
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--target", "webgpu",
                        "--budget", "25", "--db", db], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    from jitc.target import webgpu_spec

    dev = device_for(webgpu_spec())
    assert dev.cpu_model.startswith("webgpu: ")
    recs = Database(db).records(dev)
    assert any(x.status == "ok" for x in recs), [(x.status, x.error) for x in recs][:5]
    m = export_web(example_path("mlp"), str(tmp_path / "site"), db=db, log=lambda s: None)
    from jitc.compiler import lower

    low = lower(example_path("mlp"), webgpu_spec())
    best = {n: Database(db).best(dev, k.key) for n, k in low.kernels.items()}
    hits = [n for n, b in best.items() if b is not None]
    assert hits
    for n in hits:
        assert m["webgpu"]["kernels"][n]["variants"][0]["config"] == best[n].config
        assert m["webgpu"]["kernels"][n]["ranked_by"].startswith("database")


@needs_adapter
def test_gpu_conv_and_reduction_rules_correct_on_webgpu(example_path):
    """The GPU rules CUDA and WebGPU share, run on this machine's adapter and checked against
    the CPU reference by the measuring worker: a few gpu.conv and gpu.reduction candidates."""
    from collections import Counter

    from jitc import schedules
    from jitc.compiler import lower
    from jitc.tuning.measure import Measurer, Settings
    from jitc.target import webgpu_spec

    spec = webgpu_spec()
    picked = []
    for name, kind, rule in (("cnn", "conv", "gpu.conv"), ("encoder", "reduction", "gpu.reduction")):
        k = next(k for k in lower(example_path(name), spec).kernels.values() if k.kind == kind)
        space = [c for c in schedules.space(k, spec) if c["rule"] == rule]
        assert space, (name, kind)
        picked.append((k, space[:: max(1, len(space) // 3)][:3]))
    with Measurer(spec, Settings(repeat=1, min_repeat_ms=1)) as m:
        for k, cfgs in picked:
            res = m.measure(k, cfgs)
            assert Counter(r.status for r in res) == {"ok": len(cfgs)}, [(r.config, r.error) for r in res]


def _token_model(path, shift: bool):
    """ids -> Gather (an embedding) -> MatMul, + x. With `shift`, the ids go through an Add
    first: the index check is then inside the kernels, not on an input the runtime can see."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    inits = [numpy_helper.from_array(rng.standard_normal((50, 8)).astype("float32"), "W"),
             numpy_helper.from_array(rng.standard_normal((8, 4)).astype("float32"), "M")]
    nodes = [helper.make_node("Gather", ["W", "ids1" if shift else "ids"], ["e"], name="embed", axis=0),
             helper.make_node("MatMul", ["e", "M"], ["m"], name="proj"), helper.make_node("Add", ["m", "x"], ["y"])]
    if shift:
        inits.append(numpy_helper.from_array(np.array(1, np.int64), "one"))
        nodes.insert(0, helper.make_node("Add", ["ids", "one"], ["ids1"], name="shift"))
    g = helper.make_graph(nodes, "tok", [helper.make_tensor_value_info("ids", TensorProto.INT64, [1, 6]),
                                         helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 6, 4])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 6, 4])], inits)
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]), path)
    return path


@pytest.fixture(scope="module")
def token_bundles(tmp_path_factory):
    from jitc.web.export import export_web

    out = {}
    for name, shift in (("tok", False), ("tok_shift", True)):
        d = tmp_path_factory.mktemp(f"site-{name}")
        model = _token_model(str(d / f"{name}.onnx"), shift)
        site = str(d / "site")
        export_web(model, site, log=lambda s: None)
        shutil.copy(os.path.join(ROOT, "tests", "web", "validate_cases.mjs"), site)
        out[name] = (site, model)
    return out


TOKEN_INPUTS = {"ids": [1, 2, -1, 48, 0, 3], "x": [float(v) for v in np.linspace(-1, 1, 24)]}


def _check_validation_report(report, model_path, check_index=True):
    """Every wrong input refused by a JitcError naming it; the next right run unchanged."""
    want = onnxruntime_outputs(model_path, {"ids": np.array([TOKEN_INPUTS["ids"]]),
                                            "x": np.array(TOKEN_INPUTS["x"], np.float32).reshape(1, 6, 4)})
    assert report["outputs"]["y"] == {"shape": [1, 6, 4], "dtype": "float32", "size": want[0].size}
    names = {"missing input": "ids", "unexpected input": "not_an_input", "wrong element type": "ids",
             "too short": "ids", "too long": "ids", "null input": "ids", "not an object": "run()",
             "positional, too few": "ids, x", "index out of range": "node 'embed' (Gather)"}
    for c in report["cases"]:
        if c["case"] == "index out of range" and not check_index:
            continue
        assert c["error"] and c["error"]["jitc"] and c["error"]["name"] == "JitcError", c
        assert names[c["case"]] in c["error"]["message"], c
        assert c["same"], c
    if check_index:
        bad = next(c for c in report["cases"] if c["case"] == "index out of range")
        assert "index 1000000" in bad["error"]["message"] or "index 1000001" in bad["error"]["message"], bad
    assert report["plainArraySame"]
    assert report["afterDispose"] and "disposed" in report["afterDispose"]
    assert "bundle format 99" in report["load"]["format version"]
    assert "runtime ABI 99" in report["load"]["kernel ABI"]
    assert "not a jitc web bundle" in report["load"]["not a bundle"]


@needs_wasm
@needs_node
@pytest.mark.parametrize("name", ["tok", "tok_shift"])
def test_runtime_refuses_wrong_inputs_in_node(name, token_bundles, tmp_path):
    site, model = token_bundles[name]
    inputs = tmp_path / "in.json"
    inputs.write_text(json.dumps(TOKEN_INPUTS))
    r = subprocess.run(["node", os.path.join(ROOT, "tests", "web", "node_validate.mjs"), site, str(inputs), "ids"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    _check_validation_report(json.loads(r.stdout), model)


@needs_wasm
def test_runtime_refuses_wrong_inputs_in_chromium(chromium, token_bundles):
    for name in ("tok", "tok_shift"):
        site, model = token_bundles[name]
        page = chromium.open_bundle(site)
        page.wait_ready(timeout=120)
        has_webgpu = json.load(open(os.path.join(site, "model.json")))["webgpu"] is not None
        backends = ["wasm"] + (["webgpu"] if has_webgpu and page.adapter_info() is not None else [])
        for backend in backends:
            js = """(async () => {
              const { JitcModel, JitcError } = await import("./jitc-web.js");
              const { validateModel } = await import("./validate_cases.mjs");
              const patched = (patch) => async (u) => {
                const r = await fetch(u);
                if (!u.endsWith("model.json")) return r;
                const m = patch(await r.json());
                return { ok: true, json: async () => m };
              };
              const load = (patch) => JitcModel.load("model.json", { backend: %s, fetch: patch ? patched(patch) : undefined });
              return JSON.stringify(await validateModel({ JitcModel, JitcError, load, raw: %s, badIndexInput: "ids" }));
            })()""" % (json.dumps(backend), json.dumps(TOKEN_INPUTS))
            report = json.loads(page.eval(js))
            assert report["backend"] == backend
            # WebGPU kernels clamp: an index computed in the graph is not an error there
            _check_validation_report(report, model, check_index=not (backend == "webgpu" and name == "tok_shift"))


def test_runtime_versions_agree_with_python():
    from jitc.version import WEB_FORMAT_VERSION, WEB_KERNEL_ABI, WEB_RUNTIME_VERSION

    js = open(os.path.join(ROOT, "backends", "web", "jitc-web.js")).read()
    assert f'RUNTIME_VERSION = "{WEB_RUNTIME_VERSION}"' in js
    assert f"FORMAT_VERSION = {WEB_FORMAT_VERSION};" in js and f"KERNEL_ABI = {WEB_KERNEL_ABI};" in js


needs_npm = pytest.mark.skipif(shutil.which("npm") is None or shutil.which("node") is None,
                               reason="no npm/node: apt-get install nodejs npm")


def test_web_package_declares_the_runtime():
    """backends/web is the npm package `jitc-web`: its version is the runtime's, its exports map
    and types point at the runtime, and the types declare everything the runtime exports."""
    from jitc.version import WEB_RUNTIME_VERSION

    web = os.path.join(ROOT, "backends", "web")
    pkg = json.load(open(os.path.join(web, "package.json")))
    assert pkg["name"] == "jitc-web" and pkg["version"] == WEB_RUNTIME_VERSION and pkg["type"] == "module"
    assert pkg["exports"]["."]["import"] == "./jitc-web.js" and pkg["exports"]["."]["types"] == "./jitc-web.d.ts"
    js = open(os.path.join(web, "jitc-web.js")).read()
    dts = open(os.path.join(web, "jitc-web.d.ts")).read()
    exported = re.findall(r"^export (?:async )?(?:class|function|const) (\w+)", js, re.M)
    assert {"JitcModel", "JitcError", "JitcTensor", "RUNTIME_VERSION"} <= set(exported)
    for name in exported:
        assert re.search(rf"export (?:declare )?(?:class|function|const) {name}\b", dts), f"{name} has no type"
    for method in ("load", "run", "tune", "dispose"):
        assert re.search(rf"\b{method}\(", dts), method


@needs_npm
@needs_wasm
def test_npm_pack_installs_and_runs_a_bundle_in_node(bundles, tmp_path, example_path):
    """`npm pack` builds the package; a scratch project installs the tarball (offline: it has no
    dependencies), imports `jitc-web` by name from Node, and runs an exported bundle on WASM
    against onnxruntime."""
    web = os.path.join(ROOT, "backends", "web")
    r = subprocess.run(["npm", "pack", "--json", "--pack-destination", str(tmp_path), web], capture_output=True,
                       text=True, timeout=120, cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr[-2000:]
    info = json.loads(r.stdout)[0]
    files = {f["path"] for f in info["files"]}
    assert files == {"package.json", "jitc-web.js", "jitc-web.d.ts", "README.md"}, files
    proj = tmp_path / "app"
    proj.mkdir()
    (proj / "package.json").write_text(json.dumps({"name": "app", "private": True, "type": "module"}))
    r = subprocess.run(["npm", "install", "--offline", "--no-audit", "--no-fund", str(tmp_path / info["filename"])],
                       capture_output=True, text=True, timeout=180, cwd=str(proj))
    assert r.returncode == 0, r.stderr[-2000:]
    site, _ = bundles("mlp")
    feeds = _inputs("mlp", seed=2)
    (proj / "in.json").write_text(json.dumps({k: v.ravel().tolist() for k, v in feeds.items()}))
    (proj / "main.js").write_text("""
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { JitcModel, RUNTIME_VERSION } from "jitc-web";
const site = process.argv[2];
const fetch = async (url) => {
  const p = url.startsWith("file:") ? fileURLToPath(url) : path.join(site, url);
  const data = await readFile(p);
  return { ok: true, json: async () => JSON.parse(data.toString()),
           arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
};
const model = await JitcModel.load(pathToFileURL(path.join(site, "model.json")).href, { fetch, backend: "wasm" });
const raw = JSON.parse(await readFile("in.json", "utf8"));
const inputs = Object.fromEntries(model.inputs.map((s) => [s.name, Float32Array.from(raw[s.name])]));
const outs = await model.run(inputs);
model.dispose();
console.log(JSON.stringify({ version: RUNTIME_VERSION, backend: model.backend,
  outputs: Object.values(outs).map((t) => Array.from(t.data)) }));
""")
    r = subprocess.run(["node", "main.js", site], capture_output=True, text=True, timeout=120, cwd=str(proj))
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    from jitc.version import WEB_RUNTIME_VERSION

    assert res["version"] == WEB_RUNTIME_VERSION and res["backend"] == "wasm"
    want = onnxruntime_outputs(example_path("mlp"), feeds)
    assert_outputs(res["outputs"], want, flat=True)


def _conv_model(c_in, c_out, hw, group):
    """Conv 3x3 -> Add (a folded BatchNorm) -> Clip(0, 6): a MobileNet block's convolution."""
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    w = numpy_helper.from_array((rng.standard_normal((c_out, c_in // group, 3, 3)) * 0.3).astype("float32"), "w")
    b = numpy_helper.from_array(rng.standard_normal((1, c_out, 1, 1)).astype("float32"), "b")  # a folded BatchNorm's shift
    lo, hi = numpy_helper.from_array(np.array(0, np.float32), "lo"), numpy_helper.from_array(np.array(6, np.float32), "hi")
    g = helper.make_graph([helper.make_node("Conv", ["x", "w"], ["c0"], kernel_shape=[3, 3], pads=[1] * 4, group=group),
                           helper.make_node("Add", ["c0", "b"], ["c"]),
                           helper.make_node("Clip", ["c", "lo", "hi"], ["y"])], "g",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c_in, hw, hw])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, c_out, hw, hw])], [w, b, lo, hi])
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])


def test_webgpu_grids_past_the_dispatch_limit_are_spread():
    """MobileNetV2's first depthwise convolution (32 x 112 x 112; in the exported MobileNetV2,
    dlight's schedule of it needed 401,408 workgroups along x, where WebGPU allows 65,535 per
    dimension): its default schedule fits, and the thread-per-output schedule, which spreads
    its grid over x and y, is in its space (the spreading itself: the next test)."""
    from jitc import schedules
    from jitc.compiler import lower
    from jitc.schedules.gpu.limits import check_limits
    from jitc.target import webgpu_spec

    spec = webgpu_spec()
    k = next(k for k in lower(_conv_model(32, 32, 112, 32), spec).kernels.values() if k.kind == "conv")
    f, cfg = schedules.schedule(k, spec)
    used = check_limits(f, spec)
    assert max(used["blocks"].values()) <= 65535, (cfg, used)
    assert any(c["rule"] == "gpu.fallback" for c in schedules.space(k, spec))


def test_wgsl_conditional_loads_are_selects():
    """TVM writes a padded load as a variable assigned in an if/else; 32 of them in one loop body
    (the cnn's first convolution, 4 channels per thread, the 3x3 window unrolled) made
    SwiftShader compile for two minutes and lose its device. Every such pair is a `select`."""
    from jitc import schedules
    from jitc.backends.webgpu import branchless, build
    from jitc.compiler import lower
    from jitc.target import webgpu_spec

    raw = ("    var condval : f32;\n    if (((1i <= v) && (v < 9i))) {\n      condval = x_ptr[(v - 1i)];\n"
           "} else {\n      condval = 0.000000e+00f;\n}\n    y = condval;\n")
    assert branchless(raw) == ("    var condval : f32 = select(0.000000e+00f, x_ptr[(v - 1i)], ((1i <= v) && (v < 9i)));\n"
                               "    y = condval;\n")
    spec = webgpu_spec()
    name, k = next((n, k) for n, k in lower(os.path.join(ROOT, "examples", "cnn.onnx"), spec).kernels.items()
                   if k.kind == "conv")
    cfg = {"rule": "gpu.conv", "bs": 32, "bf": 4, "rf": 4, "unroll": 1}
    assert cfg in schedules.space(k, spec)
    src = build({name: schedules.apply(k, cfg, spec)}, spec)[name][0].wgsl
    assert src.count("select(") == 32 and src.count("if (") == 1, src  # the one left: the grid's guard
    if _adapter_reason() is None:  # checked against the CPU reference on this machine's adapter
        from jitc.tuning.measure import Measurer, Settings

        with Measurer(spec, Settings(repeat=1, min_repeat_ms=1)) as m:
            r, = m.measure(k, [cfg])
        assert r.status == "ok", r.error


def test_depthwise_convolution_defaults_to_a_thread_per_output_on_gpus():
    """dlight schedules a depthwise convolution's 3x3 window as a cross-thread reduction
    (MobileNetV2's 960 x 7 x 7 one: 55.7 ms through wgpu vs 0.76 a thread per output): on
    WebGPU and CUDA a depthwise convolution defaults to gpu.fallback, dlight stays in its space;
    a convolution with output channels keeps dlight. (Correctness of the default: the next test
    measures it under spread grids; bench/web_vs_ort.py times it.)"""
    from jitc import schedules
    from jitc.compiler import lower
    from jitc.target import parse, webgpu_spec

    for spec in (webgpu_spec(), parse("cuda -arch=sm_80")):
        dw = next(k for k in lower(_conv_model(96, 96, 7, 96), spec).kernels.values() if k.kind == "conv")
        assert schedules.default_config(dw, spec) == {"rule": "gpu.fallback", "threads": 128}, spec.kind
        space = schedules.space(dw, spec)
        assert space[0] == schedules.default_config(dw, spec) and {"rule": "gpu.dlight"} in space
        assert len({json.dumps(c, sort_keys=True) for c in space}) == len(space)
        dense = next(k for k in lower(_conv_model(16, 32, 7, 1), spec).kernels.values() if k.kind == "conv")
        assert schedules.default_config(dense, spec) == {"rule": "gpu.dlight"}, spec.kind


@needs_adapter
def test_spread_grids_correct_on_webgpu():
    """Under a simulated device that allows 64 workgroups per dimension, gpu.conv's and
    gpu.fallback's candidates spread their grids over two axes and still compute the right
    answer (run on this machine's adapter, checked by the measuring worker)."""
    from collections import Counter

    from jitc import schedules
    from jitc.compiler import lower
    from jitc.tuning.measure import Measurer, Settings
    from jitc.schedules.gpu.limits import check_limits
    from jitc.target import WEBGPU_DEFAULT_LIMITS, webgpu_spec

    spec = webgpu_spec({**WEBGPU_DEFAULT_LIMITS, "maxComputeWorkgroupsPerDimension": 64})
    picked = []
    for c_in, c_out, group in ((8, 16, 1), (16, 16, 16), (16, 16, 2)):
        k = next(k for k in lower(_conv_model(c_in, c_out, 64, group), spec).kernels.values() if k.kind == "conv")
        cfgs = [c for c in schedules.space(k, spec) if c["rule"] in ("gpu.conv", "gpu.fallback")][:2]
        cfgs.append(schedules.default_config(k, spec))
        for c in cfgs:
            used = check_limits(schedules.apply(k, c, spec), spec)
            assert max(used["blocks"].values()) <= 64 and sum(v > 1 for v in used["blocks"].values()) >= 2, (c, used)
        picked.append((k, cfgs))
    with Measurer(spec, Settings(repeat=1, min_repeat_ms=1)) as m:
        for k, cfgs in picked:
            res = m.measure(k, cfgs)
            assert Counter(r.status for r in res) == {"ok": len(cfgs)}, [(r.config, r.error) for r in res]



def _bool_model():
    from onnx import TensorProto, helper, numpy_helper

    nodes = [helper.make_node("Cast", ["m"], ["b"], to=TensorProto.BOOL),
             helper.make_node("Reshape", ["b", "shape"], ["br"]),
             helper.make_node("Not", ["br"], ["nb"]),
             helper.make_node("Cast", ["nb"], ["f"], to=TensorProto.FLOAT),
             helper.make_node("Mul", ["f", "x"], ["y"])]
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("m", TensorProto.INT64, [1, 8]),
                                       helper.make_tensor_value_info("x", TensorProto.FLOAT, [8, 1])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [8, 1]),
                           helper.make_tensor_value_info("br", TensorProto.BOOL, [8, 1])],
                          [numpy_helper.from_array(np.array([8, 1], np.int64), "shape")])
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])


@needs_wasm
def test_bool_buffers_between_wasm_kernels_and_runner_inputs():
    """A bool tensor passed between kernels (BERT's attention mask, cast and reshaped) goes as
    DLPack's bool (code 6), which TVM's kernels check (uint8's code was refused: BERT-tiny's
    WASM bundle failed); the runner takes inputs by name or in order, and refuses wrong ones."""
    from jitc.errors import InputError
    from jitc.web.targets import wasm_model

    model = _bool_model()
    feeds = {"m": np.array([[0, 1, 2, 0, 3, 0, 0, 5]], np.int64), "x": np.arange(8, dtype=np.float32).reshape(8, 1)}
    wm = wasm_model(model)
    want = onnxruntime_outputs(model, feeds)
    for got in (wm.run(feeds), wm.run(feeds["m"], feeds["x"])):
        np.testing.assert_allclose(got[0], want[0])
        np.testing.assert_array_equal(np.asarray(got[1]).astype(bool), want[1])
    for bad in ({"m": feeds["m"]}, {**feeds, "z": feeds["x"]}, {**feeds, "x": feeds["x"].astype(np.float64)}):
        with pytest.raises(InputError):
            wm.run(bad)


def _int64_model(path):
    """Token ids and a mask in int64 (as ONNX exports of transformers have them), and a bool
    mask: a Gather, a Cast of the mask, a Not and a Less, int64 and bool outputs."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from conftest import make_onnx

    w = numpy_helper.from_array(np.random.default_rng(0).standard_normal((100, 8)).astype("float32"), "w")
    ax = numpy_helper.from_array(np.array([2], "int64"), "ax")
    nodes = [helper.make_node("Gather", ["w", "ids"], ["e"]),
             helper.make_node("Cast", ["mask"], ["mf"], to=TensorProto.FLOAT),
             helper.make_node("Unsqueeze", ["mf", "ax"], ["mu"]),
             helper.make_node("Mul", ["e", "mu"], ["y"]),
             helper.make_node("Add", ["mask", "ids"], ["m2"]),
             helper.make_node("Not", ["keep"], ["drop"]),
             helper.make_node("Less", ["ids", "mask"], ["lt"]),
             helper.make_node("And", ["drop", "lt"], ["both"])]
    m = make_onnx(nodes, [("ids", TensorProto.INT64, [1, 4]), ("mask", TensorProto.INT64, [1, 4]),
                          ("keep", TensorProto.BOOL, [1, 4])],
                  [("y", TensorProto.FLOAT, [1, 4, 8]), ("m2", TensorProto.INT64, [1, 4]),
                   ("both", TensorProto.BOOL, [1, 4])], [w, ax])
    onnx.save(m, path)


@needs_wasm
def test_int64_models_keep_webgpu(chromium, tmp_path):
    """WGSL has no 64-bit integers: kernels on int64 ids and masks are narrowed to int32 at
    export, the runtime narrows inputs (a value past 32 bits is an error naming the input) and
    widens outputs; outputs match onnxruntime on WebGPU."""
    from jitc.web.export import export_web

    path = str(tmp_path / "i64.onnx")
    _int64_model(path)
    site = tmp_path / "site"
    m = export_web(path, str(site), log=lambda s: None)
    assert m["webgpu"] is not None and m["webgpu"]["int32_buffers"]
    page = chromium.open_bundle(str(site))
    if page.wait_ready(timeout=120)["backend"] != "webgpu":
        pytest.skip("this Chromium has no WebGPU adapter")
    feeds = {"ids": np.array([[3, 99, -1, 0]], "int64"), "mask": np.array([[1, 0, 1, 1]], "int64"),
             "keep": np.array([[True, False, False, True]])}
    want = onnxruntime_outputs(path, feeds)
    got, _ = page.run_model(feeds, "webgpu")
    np.testing.assert_allclose(got["y"].reshape(want[0].shape), want[0], rtol=1e-6)
    assert got["m2"].tolist() == want[1].reshape(-1).tolist()
    assert got["both"].astype(bool).tolist() == want[2].reshape(-1).tolist()
    # an id past 32 bits is out of range anyway (the index check names the node); a mask value
    # past 32 bits is refused at the boundary, never wrapped
    big = dict(feeds, mask=np.array([[1, 2 ** 40, 1, 0]], "int64"))
    with pytest.raises(Exception, match="input mask: 1099511627776 at \\[1\\] does not fit the 32-bit integers"):
        page.run_model(big, "webgpu")


@pytest.mark.parametrize("name", ["bert_tiny", "vit_tiny", "mobilenet_v2"])
def test_browser_architectures_export_webgpu_for_every_kernel(name, tmp_path):
    """The real architectures of bench/web_vs_ort.py (reduced here) keep their WebGPU path:
    every kernel has WebGPU candidates (BERT's int64 ids and bool masks included)."""
    pytest.importorskip("transformers")
    import zoo

    from jitc.web.export import export_web

    path = tmp_path / f"{name}.onnx"
    path.write_bytes(zoo.to_onnx(name, small=True))
    notes = []
    m = export_web(str(path), str(tmp_path / "site"), log=notes.append)
    assert m["webgpu"] is not None, notes
    kernels = m["webgpu"]["kernels"]
    assert set(kernels) == {s["kernel"] for s in m["steps"]}
    assert all(k["variants"] for k in kernels.values())


def _patch_embedding(path):
    """A 16 x 16, stride-16 convolution: ViT's patch embedding (its weight is one that the WASM
    convolution packs into output-channel blocks)."""
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(3)
    inits = [numpy_helper.from_array((rng.standard_normal((64, 3, 16, 16)) * 0.05).astype("float32"), "w"),
             numpy_helper.from_array(rng.standard_normal(64).astype("float32"), "b")]
    g = helper.make_graph([helper.make_node("Conv", ["x", "w", "b"], ["y"], kernel_shape=[16, 16], strides=[16, 16])],
                          "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 32, 32])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 64, 2, 2])], inits)
    with open(path, "wb") as f:
        f.write(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    return str(path)


def test_weights_relaid_for_wasm_still_ship_for_webgpu(tmp_path):
    """ViT-tiny ran wrong on WebGPU in Chromium: the WASM convolution packs the patch
    embedding's weight, the export shipped only the packed copy, and WebGPU, which reads the
    original layout, read zeros. Every weight a WebGPU step reads has its bytes in the bundle."""
    from jitc.web.export import export_web

    site = str(tmp_path / "site")
    m = export_web(_patch_embedding(tmp_path / "patch.onnx"), site, log=lambda s: None)
    assert m["webgpu"] is not None
    relaid = {b for s in m["wasm"]["steps"] for b in s["args"]} - {b for s in m["steps"] for b in s["args"]}
    assert relaid, "the WASM plan re-lays no weight: the case this test is for is gone"
    for s in m["steps"]:  # the WebGPU steps
        for b in s["args"]:
            if m["buffers"][b]["kind"] == "param":
                assert m["buffers"][b]["param"] is not None, (s["kernel"], m["buffers"][b]["name"])


@needs_wasm
def test_patch_embedding_in_chromium_matches_onnxruntime(chromium, tmp_path):
    """The same bundle in Chromium, on WebGPU (where the browser has an adapter) and WASM."""
    from jitc.web.export import export_web

    model = _patch_embedding(tmp_path / "patch.onnx")
    site = str(tmp_path / "site")
    export_web(model, site, log=lambda s: None)
    page = chromium.open_bundle(site)
    page.wait_ready(timeout=120)
    feeds = {"x": np.random.default_rng(4).standard_normal((1, 3, 32, 32)).astype("float32")}
    want = onnxruntime_outputs(model, feeds)[0]
    for backend in (["webgpu"] if page.adapter_info() is not None else []) + ["wasm"]:
        got, _ = page.run_model(feeds, backend)
        g = next(iter(got.values())).astype(np.float32).reshape(want.shape)
        assert compare(g, want, "float32") is None, backend
