"""Run an exported web bundle in a real, headless Chromium, driven over the DevTools protocol.

    with Chromium() as browser:                       # finds `chromium` (or $JITC_CHROMIUM)
        page = browser.open_bundle("site/")           # serves site/ on 127.0.0.1, opens index.html
        page.wait_ready()
        outs = page.run_model({"x": array}, backend="wasm")

Used by the browser tests and `bench/web.py`. WebGPU in a headless Chromium without a GPU comes
from SwiftShader (a software Vulkan): `--use-webgpu-adapter=swiftshader`. The browser's profile
lives in a temporary directory that outlives page reloads, so localStorage (the tuned choices)
persists across `reload()` like it does across a user's visits.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import tempfile
import threading
import time
import urllib.request

import numpy as np

FLAGS = [
    "--headless=new", "--no-sandbox", "--enable-unsafe-webgpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-quic", "--disable-default-apps", "--remote-allow-origins=*",
    "--enable-features=Vulkan", "--use-vulkan=swiftshader", "--use-webgpu-adapter=swiftshader",
]


class BrowserError(RuntimeError):
    pass


def find_chromium() -> str | None:
    """The Chromium executable: $JITC_CHROMIUM, else the first of the usual names on PATH."""
    env = os.environ.get("JITC_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    return None


class _Server:
    """A static file server for one directory on 127.0.0.1, on a free port, in a thread."""

    def __init__(self, directory: str, isolated: bool = False):
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                if isolated:  # cross-origin isolated: SharedArrayBuffer, hence WASM threads
                    self.send_header("Cross-Origin-Opener-Policy", "same-origin")
                    self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
                super().end_headers()

        Quiet.extensions_map = dict(Quiet.extensions_map, **{".js": "text/javascript", ".mjs": "text/javascript",
                                                              ".wasm": "application/wasm"})
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=directory))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Page:
    """One browser tab over a DevTools websocket."""

    def __init__(self, ws_url: str, url: str):
        import websocket  # websocket-client (PyPI)

        self.ws = websocket.create_connection(ws_url, timeout=300)
        self.url = url
        self._id = 0
        self.console: list[str] = []  # before the first call: enabling replays pending events
        self.call("Runtime.enable")

    def call(self, method: str, **params):
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in msg["params"]["args"]))
            elif msg.get("method") == "Runtime.exceptionThrown":
                self.console.append("exception: " + msg["params"]["exceptionDetails"].get("text", ""))
            if msg.get("id") == self._id:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def eval(self, expression: str, await_promise: bool = True, timeout: float | None = None):
        """Evaluate a JavaScript expression in the page; returns its JSON value."""
        if timeout is not None:
            self.ws.settimeout(timeout)
        try:
            r = self.call("Runtime.evaluate", expression=expression, awaitPromise=await_promise, returnByValue=True)
        finally:
            if timeout is not None:
                self.ws.settimeout(300)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            text = d.get("exception", {}).get("description") or d.get("text")
            raise BrowserError(f"in the page: {text}")
        return r.get("result", {}).get("value")

    def navigate(self, url: str | None = None) -> None:
        self.call("Page.navigate", url=url or self.url)

    def reload(self) -> None:
        """Reload the page (its localStorage stays); wait_ready() then waits for the new document."""
        self.eval("window.jitcPage = undefined", await_promise=False)
        self.call("Page.reload", ignoreCache=True)

    def wait_loaded(self, timeout: float = 60.0) -> None:
        """Wait until the document at this page's URL has loaded."""
        t0 = time.time()
        while time.time() - t0 < timeout:
            try:
                if self.eval(f"document.readyState === 'complete' && location.href === {json.dumps(self.url)}",
                             await_promise=False):
                    return
            except BrowserError:
                pass  # between documents
            time.sleep(0.05)
        raise BrowserError(f"{self.url} did not load in {timeout:.0f} s")

    def wait_ready(self, timeout: float = 120.0) -> dict:
        """Wait until index.html's `window.jitcPage` reports ready (or an error)."""
        t0 = time.time()
        while time.time() - t0 < timeout:
            try:
                v = self.eval("window.jitcPage && (window.jitcPage.ready || window.jitcPage.error) ? "
                              "JSON.stringify({ready: window.jitcPage.ready, error: window.jitcPage.error, "
                              "backend: window.jitcPage.backend, restored: window.jitcPage.restored, "
                              "latency: window.jitcPage.latency}) : null", await_promise=False)
            except BrowserError:
                v = None  # the page is between documents
            if v:
                state = json.loads(v)
                if state.get("error"):
                    raise BrowserError(f"the page failed: {state['error']}")
                return state
            time.sleep(0.1)
        raise BrowserError(f"the page did not become ready in {timeout:.0f} s; console: {self.console[-5:]}")

    def adapter_info(self) -> dict | None:
        """The page's WebGPU adapter (vendor, architecture, device, description), or None."""
        v = self.eval("(async () => { if (!navigator.gpu) return null; const a = await navigator.gpu.requestAdapter();"
                      " if (!a) return null; const i = a.info || {}; return JSON.stringify({vendor: i.vendor,"
                      " architecture: i.architecture, device: i.device, description: i.description}); })()")
        return json.loads(v) if v else None

    def run_model(self, inputs: dict[str, np.ndarray], backend: str, repeats: int = 0,
                  threads: int | None = None) -> tuple[dict, float | None]:
        """Load the bundle with `backend` (and `threads`: WebAssembly threads, default the
        runtime's choice) in the page, run it on `inputs`; returns (outputs, median ms). The
        threads the model ran on: `self.threads`. A load or run that fails raises BrowserError
        with the runtime's message."""
        payload = {k: {"dtype": str(v.dtype), "data": np.asarray(v).ravel().astype(int if v.dtype == bool else v.dtype).tolist()}
                   for k, v in inputs.items()}
        js = """(async () => {
          const { JitcModel } = await import("./jitc-web.js");
          let model;
          try { model = await JitcModel.load("model.json", { backend: %s, threads: %s }); }
          catch (e) { return JSON.stringify({ error: e.message }); }
          const raw = %s;
          const T = { float32: Float32Array, float64: Float64Array, int32: Int32Array, int64: BigInt64Array, bool: Uint8Array };
          const inputs = {};
          for (const [k, v] of Object.entries(raw)) {
            inputs[k] = v.dtype === "int64" ? BigInt64Array.from(v.data.map(BigInt)) : T[v.dtype].from(v.data);
          }
          const outs = await model.run(inputs);
          let ms = null;
          if (%d > 0) {
            const ts = [];
            for (let i = 0; i < %d; i++) { const t = performance.now(); await model.run(inputs); ts.push(performance.now() - t); }
            ts.sort((a, b) => a - b); ms = ts[Math.floor(ts.length / 2)];
          }
          const res = {};
          for (const [k, v] of Object.entries(outs)) res[k] = Array.from(v.data, Number);
          const threads = model.threads;
          model.dispose();
          return JSON.stringify({ backend: model.backend, threads, outputs: res, ms });
        })()""" % (json.dumps(backend), json.dumps(threads), json.dumps(payload), repeats, repeats)
        r = json.loads(self.eval(js))
        if "error" in r:
            raise BrowserError(r["error"])
        self.threads = r["threads"]
        if r["backend"] != backend:
            raise BrowserError(f"asked for {backend}, the page loaded {r['backend']}")
        return {k: np.asarray(v) for k, v in r["outputs"].items()}, r["ms"]

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass


class Chromium:
    """A headless Chromium with a private profile; `open_bundle(dir)` serves and opens a bundle."""

    def __init__(self, executable: str | None = None, extra_flags: list[str] | None = None):
        self.executable = executable or find_chromium()
        if not self.executable:
            raise BrowserError("no Chromium found: install it (Debian: apt-get install chromium) or set JITC_CHROMIUM")
        self.profile = tempfile.mkdtemp(prefix="jitc-chromium-")
        self.proc = subprocess.Popen([self.executable, *FLAGS, *(extra_flags or []), f"--user-data-dir={self.profile}",
                                      "--remote-debugging-port=0", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if self.proc.poll() is not None:
                raise BrowserError(f"{self.executable} exited ({self.proc.returncode}): {self.proc.stderr.read()[-2000:]}")
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        else:
            self.close()
            raise BrowserError(f"{self.executable} did not open its DevTools port in 30 s")
        self.devtools_port = int(open(port_file).read().split()[0])
        self.servers: list[_Server] = []
        self._by_dir: dict = {}
        self.pages: list[Page] = []

    def open_bundle(self, directory: str, page: str = "index.html", query: str = "") -> Page:
        """Serve `directory` and open `page` in the browser's first tab."""
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{self.devtools_port}/json").read())
        tab = next((t for t in targets if t["type"] == "page"), None)
        if tab is None:  # every tab was closed: a new one
            req = urllib.request.Request(f"http://127.0.0.1:{self.devtools_port}/json/new?about:blank", method="PUT")
            tab = json.loads(urllib.request.urlopen(req).read())
        srv = _Server(directory)  # a server (an origin, so a localStorage) of its own per bundle opened
        self.servers.append(srv)
        return self._open(tab, srv, f"{page}{'?' + query if query else ''}")

    def open_page(self, directory: str, page: str = "index.html", isolated: bool = False) -> Page:
        """`directory/page` in a new tab (a fresh document), served with the COOP/COEP headers
        of a cross-origin isolated page when `isolated`. One server per (directory, isolated)."""
        req = urllib.request.Request(f"http://127.0.0.1:{self.devtools_port}/json/new?about:blank", method="PUT")
        tab = json.loads(urllib.request.urlopen(req).read())
        return self._open(tab, self._server(directory, isolated), page)

    def _server(self, directory: str, isolated: bool) -> _Server:
        key = (os.path.abspath(directory), isolated)
        if key not in self._by_dir:
            self._by_dir[key] = _Server(directory, isolated=isolated)
            self.servers.append(self._by_dir[key])
        return self._by_dir[key]

    def _open(self, tab: dict, srv: _Server, path: str) -> Page:
        p = Page(tab["webSocketDebuggerUrl"], f"http://127.0.0.1:{srv.port}/{path}")
        p.target_id = tab["id"]
        p.call("Page.enable")
        p.navigate()
        self.pages.append(p)
        return p

    def close_page(self, page: Page) -> None:
        page.close()
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{self.devtools_port}/json/close/{page.target_id}").read()
        except Exception:  # noqa: BLE001 - already gone
            pass
        if page in self.pages:
            self.pages.remove(page)

    def close(self):
        for p in self.pages:
            p.close()
        for s in self.servers:
            s.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
