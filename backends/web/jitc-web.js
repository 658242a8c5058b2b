// jitc-web.js — runs a model exported by `jitc export-web` in a browser (or Node).
// Dependency-free ES module. WebGPU when the browser has an adapter, WebAssembly otherwise.
//
//   import { JitcModel } from "./jitc-web.js";
//   const model = await JitcModel.load("model.json");   // model.backend: "webgpu" | "wasm"
//   const outputs = await model.run({ input: new Float32Array(...) });
//   outputs.logits.data, outputs.logits.shape, outputs.logits.dtype
//   await model.tune({ budget: 5000 });  // time the shipped candidates on this device, keep the fastest
//   await model.tune({ budget: 5000, share: "https://kernels.example.org", token });  // with a team's
//                                        // `jitc db serve`: start from its best configs for this adapter
//                                        // (timed here against the default first), upload what was timed
//   model.dispose();                     // free the GPU buffers and the WebAssembly memory
//
// run() checks every input (name, element type, length) and throws a JitcError naming it;
// a bad input changes nothing, so the next right run gives the same outputs.
// tune() remembers its choice per model and adapter (localStorage), so the next visit starts tuned;
// run() keeps working during tune() on the kernels chosen so far.

// The runtime's version, the bundle format it reads, and the kernel ABI (how kernels are
// called: WebGPU bindings and PODArgs, the WASM packed-call convention) it implements.
export const RUNTIME_VERSION = "1.3.0";
export const FORMAT_VERSION = 1;
export const KERNEL_ABI = 1;

export class JitcError extends Error {
  constructor(message) { super(`jitc: ${message}`); this.name = "JitcError"; }
}

const DTYPES = {
  float32: Float32Array, float64: Float64Array, int32: Int32Array, int64: BigInt64Array,
  int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array, bool: Uint8Array,
};
const DL = { int: 0, uint: 1, float: 2 };

function dlType(dtype) {
  if (dtype === "bool") return [6, 8]; // DLPack's kDLBool, which TVM's kernels check
  const m = /^(u?int|float)(\d+)$/.exec(dtype);
  return [DL[m[1]], parseInt(m[2], 10)];
}

function numel(shape) { return shape.reduce((a, b) => a * b, 1); }

// The typed array an input of `dtype` must be; a plain Array is converted (int64: to BigInt).
function asTyped(spec, a) {
  const T = DTYPES[spec.dtype];
  if (!T) throw new JitcError(`input ${spec.name}: dtype ${spec.dtype} is not supported by this runtime`);
  if (Array.isArray(a)) {
    try { return spec.dtype === "int64" ? BigInt64Array.from(a, (v) => BigInt(v)) : T.from(a); } catch (e) {
      throw new JitcError(`input ${spec.name}: cannot read the array as ${spec.dtype} (${e.message})`);
    }
  }
  if (!(a instanceof T)) {
    const got = a === null || a === undefined ? String(a) : (a.constructor && a.constructor.name) || typeof a;
    throw new JitcError(`input ${spec.name}: expected a ${T.name} (${spec.dtype}[${spec.shape}]), got ${got}`);
  }
  return a;
}

// JSON with sorted keys at every level: the same config gives the same text here and in Python.
function canonical(x) {
  if (Array.isArray(x)) return `[${x.map(canonical).join(",")}]`;
  if (x && typeof x === "object") {
    return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`).join(",")}}`;
  }
  return JSON.stringify(x);
}

// A request to a shared kernel database (`jitc db serve`); its JSON answer, or a JitcError
// with the service's own message.
async function shareRequest(url, path, body, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  let r;
  try {
    r = await fetch(url.replace(/\/+$/, "") + path, { method: "POST", headers, body: JSON.stringify(body) });
  } catch (e) {
    throw new JitcError(`${url}: cannot reach the kernel database service (${e.message})`);
  }
  let answer = {};
  try { answer = await r.json(); } catch (e) { /* not JSON: the status says enough */ }
  if (!r.ok) throw new JitcError(`${url}${path}: ${r.status} ${answer.error || r.statusText}`);
  return answer;
}

// An int64 or bool array as int32 (the GPU's copy: WGSL has neither); a value that does not
// fit is an error naming `what`.
function toInt32(a, what) {
  if (!(a instanceof BigInt64Array)) return Int32Array.from(a);
  const out = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v > 2147483647n || v < -2147483648n) {
      throw new JitcError(`${what}: ${v} at [${i}] does not fit the 32-bit integers WebGPU computes with`);
    }
    out[i] = Number(v);
  }
  return out;
}

// The GPU's int32 copy of an int64 or bool buffer, back in the buffer's own dtype.
function fromInt32(narrow, dtype) {
  return dtype === "int64" ? BigInt64Array.from(narrow, (v) => BigInt(v)) : Uint8Array.from(narrow, (v) => (v ? 1 : 0));
}

// An output: its data with its shape and dtype.
export class JitcTensor {
  constructor(data, shape, dtype) { this.data = data; this.shape = shape; this.dtype = dtype; }
  get dims() { return this.shape; }
  get size() { return this.data.length; }
}

async function defaultFetch(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`jitc: cannot fetch ${url}: ${r.status}`);
  return r;
}

function resolve(base, file) {
  return new URL(file, new URL(base, typeof location !== "undefined" ? location.href : "file:///")).href;
}

// The bytes at `url`; a .gz file is inflated here (DecompressionStream: Chromium 80+, Firefox
// 113+, Safari 16.4+, Node 18+) unless the server already did (no gzip magic).
async function fetchBytes(fetchFn, url) {
  const buf = await (await fetchFn(url)).arrayBuffer();
  const head = new Uint8Array(buf, 0, Math.min(2, buf.byteLength));
  if (!url.endsWith(".gz") || head[0] !== 0x1f || head[1] !== 0x8b) return buf;
  if (typeof DecompressionStream === "undefined") throw new Error(`jitc: ${url} is gzip and this browser has no DecompressionStream`);
  const stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

function storage() {
  try { return typeof localStorage !== "undefined" ? localStorage : null; } catch (e) { return null; }
}

// The bundle's format and kernel ABI against this runtime's: a clear error, never a wrong run.
export function checkManifest(manifest, url = "model.json") {
  if (!manifest || manifest.format !== "jitc-web") throw new JitcError(`${url} is not a jitc web bundle`);
  if (manifest.version !== FORMAT_VERSION) {
    throw new JitcError(`${url}: bundle format ${manifest.version}, this jitc-web.js ${RUNTIME_VERSION} reads format ` +
      `${FORMAT_VERSION}; use the jitc-web.js shipped with the bundle, or export it again`);
  }
  const abi = manifest.runtime ? manifest.runtime.abi : KERNEL_ABI;
  if (abi !== KERNEL_ABI) {
    throw new JitcError(`${url}: its kernels need runtime ABI ${abi}, this jitc-web.js ${RUNTIME_VERSION} implements ` +
      `ABI ${KERNEL_ABI}; use the jitc-web.js shipped with the bundle (it needs ${manifest.runtime.version || "?"})`);
  }
}

// Index tensors fed straight from an input into an index check: validated here, on every
// backend (WebGPU kernels clamp instead of failing; this names the bad value first).
function indexChecksOf(manifest) {
  const out = [];
  for (const step of manifest.steps) {
    const check = (manifest.index_checks || {})[step.kernel];
    if (!check) continue;
    const input = manifest.inputs.findIndex((s) => s.buffer === step.args[0]);
    if (input >= 0) out.push({ input, ...check });
  }
  return out;
}

function firstBadIndex(data, bounds, perLast, shape) {
  const lastDim = shape.length ? shape[shape.length - 1] : 1;
  for (let i = 0; i < data.length; i++) {
    const n = perLast ? bounds[i % lastDim] : bounds[0];
    const v = Number(data[i]);
    if (v < -n || v >= n) return { i, v, n };
  }
  return null;
}

function indexError(what, data, check, shape) {
  const bad = firstBadIndex(data, check.bounds, check.last, shape);
  if (!bad) return new JitcError(`${what}: an index is out of range`);
  return new JitcError(`${what}: index ${bad.v} at flat position ${bad.i} is out of range for a dimension of size ` +
    `${bad.n} (valid: ${-bad.n}..${bad.n - 1})`);
}

export class JitcModel {
  constructor(manifest, weights, backendImpl) {
    this.manifest = manifest;
    this.weights = weights;
    this.impl = backendImpl;
    this.backend = backendImpl.name;
    this.threads = backendImpl.threads || 1; // WebAssembly: the threads its parallel loops run on
    this.inputs = manifest.inputs;
    this.outputs = manifest.outputs;
  }

  // Load a bundle. options.backend: "webgpu" | "wasm" (default: WebGPU if available);
  // options.fetch: a fetch-like function (Node: read files); options.gpu: a navigator.gpu-like object;
  // options.threads: WebAssembly threads (default: the cores, at most 4, where the page is
  // cross-origin isolated and the bundle has threaded kernels; else 1). model.threads says.
  static async load(url, options = {}) {
    const fetchFn = options.fetch || defaultFetch;
    let manifest;
    try { manifest = await (await fetchFn(url)).json(); } catch (e) {
      throw new JitcError(`${url}: not a jitc web bundle manifest (${e.message})`);
    }
    checkManifest(manifest, url);
    const weights = new Uint8Array(await (await fetchFn(resolve(url, manifest.weights))).arrayBuffer());
    let impl = null;
    const want = options.backend || "auto";
    const gpu = options.gpu || (typeof navigator !== "undefined" ? navigator.gpu : undefined);
    if ((want === "auto" || want === "webgpu") && gpu && manifest.webgpu) {
      try {
        if (!manifest.webgpu.shaderCode) {
          const text = new TextDecoder().decode(await fetchBytes(fetchFn, resolve(url, manifest.webgpu.shaders)));
          manifest.webgpu.shaderCode = JSON.parse(text);
        }
        impl = await WebGPUBackend.create(manifest, weights, gpu);
      } catch (e) {
        if (want === "webgpu") throw e;
        impl = null;
      }
    }
    if (!impl) {
      if (want === "webgpu" && !manifest.webgpu) throw new JitcError(`${url} has no WebGPU kernels (a WebAssembly-only bundle)`);
      if (want === "webgpu") throw new JitcError("no WebGPU adapter");
      const threads = await wasmThreads(manifest, options.threads);
      const file = threads > 1 ? manifest.wasm.threads.file : manifest.wasm.file;
      const wasmBytes = await fetchBytes(fetchFn, resolve(url, file));
      impl = await WasmBackend.create(manifest, weights, wasmBytes, threads);
    }
    const model = new JitcModel(manifest, weights, impl);
    model.restoreChoices();
    return model;
  }

  // The inputs as typed arrays in the model's order, each checked: a JitcError names the
  // input that is missing, unexpected, of another element type or length, or holds an index
  // out of range; nothing is written to the device before all of them pass.
  checkInputs(inputs) {
    if (inputs === null || typeof inputs !== "object") {
      throw new JitcError(`run() takes {name: TypedArray} or [TypedArray, ...]; got ${inputs === null ? "null" : typeof inputs}`);
    }
    const names = this.inputs.map((s) => s.name);
    let list;
    if (Array.isArray(inputs) || ArrayBuffer.isView(inputs)) {
      if (!Array.isArray(inputs) || inputs.length !== names.length) {
        throw new JitcError(`run() got ${Array.isArray(inputs) ? inputs.length : 1} positional input(s); ` +
          `the model takes ${names.length}: ${names.join(", ")}`);
      }
      list = inputs;
    } else {
      const unexpected = Object.keys(inputs).filter((k) => !names.includes(k));
      if (unexpected.length) throw new JitcError(`unexpected input(s) ${unexpected.join(", ")}; the model's inputs are ${names.join(", ")}`);
      const missing = names.filter((k) => inputs[k] === undefined || inputs[k] === null);
      if (missing.length) {
        throw new JitcError(`missing input(s) ${missing.join(", ")}; expected ` +
          this.inputs.map((s) => `${s.name} ${s.dtype}[${s.shape}]`).join(", "));
      }
      list = names.map((k) => inputs[k]);
    }
    const typed = this.inputs.map((s, i) => {
      const a = asTyped(s, list[i]);
      if (a.length !== numel(s.shape)) {
        throw new JitcError(`input ${s.name}: expected ${numel(s.shape)} elements (${s.dtype}[${s.shape}]), got ${a.length}`);
      }
      return a;
    });
    for (const c of this.indexChecks) {
      const s = this.inputs[c.input];
      if (firstBadIndex(typed[c.input], c.bounds, c.last, s.shape)) throw indexError(`${c.what}, fed by input ${s.name}`, typed[c.input], c, s.shape);
    }
    return typed;
  }

  // inputs: {name: TypedArray} or [TypedArray...] (a plain Array is converted);
  // returns {name: JitcTensor {data, shape, dtype}}.
  async run(inputs) {
    if (!this.impl) throw new JitcError("this model was disposed");
    const list = this.checkInputs(inputs);
    const outs = await this.impl.run(list);
    const res = {};
    this.outputs.forEach((s, i) => { res[s.name] = new JitcTensor(outs[i], s.shape.slice(), s.dtype); });
    return res;
  }

  get indexChecks() {
    if (!this._indexChecks) this._indexChecks = indexChecksOf(this.manifest);
    return this._indexChecks;
  }

  // Free what the model holds: the GPU buffers and device (WebGPU), the instance and its
  // memory (WebAssembly). The model cannot run afterwards.
  dispose() {
    if (this.impl) this.impl.dispose();
    this.impl = null;
    this.weights = null;
  }

  // ---- in-browser tuning ----------------------------------------------------------------
  choiceKey() {
    return `jitc:${this.manifest.key}:${this.impl.deviceKey()}`;
  }

  // The stored entry: {choices: {kernel: candidate}, tuned: [kernels timed on this adapter]}.
  restoreChoices() {
    const st = storage();
    const saved = st && st.getItem(this.choiceKey());
    this.restored = false;
    this.tuned = new Set();
    if (saved) {
      try {
        const entry = JSON.parse(saved);
        this.impl.setChoices(entry.choices || {});
        this.tuned = new Set(entry.tuned || []);
        this.restored = true;
      } catch (e) { /* a stale entry: ignore */ }
    }
  }

  // Time every shipped candidate of every kernel on this device within `budget` ms; keep the
  // fastest (when it beats the default by `threshold`, 3%: less is noise); remember the choice
  // for this model and adapter. The kernels that take the most time go first; a kernel whose timing would
  // not fit the rest of the budget (estimated from the kernels timed so far) is skipped.
  // Returns a report: per kernel the median microseconds of each candidate (null: not timed)
  // and the choice, and the estimated kernel time per inference with the default and the tuned
  // choices.
  // `share`: the URL of a shared kernel database (`jitc db serve`). Its best configs for this
  // adapter are hints: a kernel with some times only them against its default (never adopted
  // untimed), so a visitor with a known adapter is tuned in a fraction of the time; what was
  // timed is uploaded (`token`: a write token the service's operator issued). A service that
  // cannot be reached or refuses is reported (report.shareError); the tuning goes on without it.
  async tune({ budget = 5000, repeats = 5, minBatchMs = 4, threshold = 0.03, retune = false, share = null,
    token = null } = {}) {
    const t0 = performance.now();
    const deadline = t0 + 0.98 * budget; // aim 2% short: a timing round in flight ends after it
    const report = { kernels: {}, skipped: [], backend: this.backend, restored: this.restored, defaultUs: 0, tunedUs: 0 };
    // the kernels that take the most time first (estimated from FLOPs and bytes moved); kernels
    // an earlier visit tuned on this adapter are done unless `retune`, so a budget too small
    // for the whole model tunes the rest on the next visits
    const kernels = this.impl.tunable().filter((k) => retune || !this.tuned.has(k.name));
    report.alreadyTuned = this.impl.tunable().length - kernels.length;
    kernels.sort((a, b) => b.weight - a.weight);
    const hints = share && kernels.length ? await this.sharedHints(share, token, kernels, report) : {};
    let spent = 0, timed = 0;
    for (const k of kernels) {
      const which = hints[k.name] || [...Array(k.variants).keys()];
      const perVariant = timed ? spent / timed : (repeats + 3) * minBatchMs;
      if (performance.now() + which.length * perVariant > deadline) { report.skipped.push(k.name); continue; }
      const start = performance.now();
      let us;
      try {
        const some = await this.impl.timeVariants(k.name, which, { repeats, minBatchMs, deadline });
        if (some) {
          us = Array(k.variants).fill(null);
          which.forEach((v, i) => { us[v] = some[i]; });
        }
      } catch (e) {
        // a candidate the device cannot compile or run (SwiftShader's GPU process has been seen
        // to crash on one): stop here, keep the choices made so far, and say which kernel
        report.error = { kernel: k.name, message: String(e && e.message || e).slice(0, 300) };
        break;
      }
      spent += performance.now() - start;
      timed += which.length;
      if (!us) { report.skipped.push(k.name); continue; } // the deadline came before one full round
      let best = 0;
      us.forEach((t, i) => { if (t !== null && t < us[best]) best = i; });
      if (us[best] > us[0] * (1 - threshold)) best = 0;
      this.impl.choose(k.name, best);
      this.tuned.add(k.name);
      report.kernels[k.name] = { us, chosen: best, calls: k.calls, ms: performance.now() - start,
        fromShare: !!hints[k.name] };
      report.defaultUs += k.calls * us[0];
      report.tunedUs += k.calls * us[best];
    }
    if (share && Object.keys(report.kernels).length && !report.shareError) await this.upload(share, token, report);
    report.ms = performance.now() - t0;
    const st = storage();
    if (st) st.setItem(this.choiceKey(), JSON.stringify({ choices: this.impl.choices(), tuned: [...this.tuned] }));
    this.restored = false;
    return report;
  }

  // {kernel: [0, variant indexes the service knows as fastest here]} for the kernels it knows.
  async sharedHints(share, token, kernels, report) {
    const keyed = kernels.filter((k) => this.impl.kernelKey(k.name));
    const hints = {};
    report.shared = { pulled: 0, uploaded: 0 };
    try {
      const res = await shareRequest(share, "/v1/best", { device: this.impl.deviceIdentity(),
        keys: keyed.map((k) => this.impl.kernelKey(k.name)), limit: 3 }, token);
      for (const k of keyed) {
        const rows = (res.best || {})[this.impl.kernelKey(k.name)] || [];
        const index = new Map(this.impl.variantConfigs(k.name).map((c, i) => [canonical(c), i]));
        const found = rows.map((r) => index.get(canonical(r.config))).filter((i) => i !== undefined && i > 0);
        report.shared.pulled += rows.length;
        if (found.length) hints[k.name] = [0, ...new Set(found)];
      }
    } catch (e) {
      report.shareError = String(e && e.message || e);
    }
    return hints;
  }

  // Upload every candidate timed in this tune() (a hint for the next visitor with this adapter).
  async upload(share, token, report) {
    const records = [];
    for (const [name, r] of Object.entries(report.kernels)) {
      const key = this.impl.kernelKey(name);
      const configs = this.impl.variantConfigs(name);
      r.us.forEach((t, i) => {
        if (key && t !== null && t > 0) records.push({ workload_key: key, config: configs[i], status: "ok", median_us: t });
      });
    }
    if (!records.length) return;
    try {
      const res = await shareRequest(share, "/v1/records", { device: this.impl.deviceIdentity(), origin: "browser",
        records }, token);
      report.shared = { ...(report.shared || { pulled: 0 }), uploaded: res.stored || 0 };
    } catch (e) {
      report.shareError = String(e && e.message || e);
    }
  }

  forgetTuning() {
    const st = storage();
    if (st) st.removeItem(this.choiceKey());
    this.tuned = new Set();
  }

  choices() { return this.impl.choices(); }

  // Where the model runs: the backend and, on WebGPU, the adapter (vendor/architecture/device/description);
  // on WebAssembly, the threads.
  get device() {
    return { backend: this.backend, adapter: this.impl.adapterName || null, threads: this.threads };
  }

  // How far tuning on this adapter has come: kernels with candidates to time, those timed
  // here (by this or an earlier visit), those left for the next tune().
  tuningStatus() {
    const names = this.impl.tunable().map((k) => k.name);
    const tuned = names.filter((n) => this.tuned.has(n)).length;
    return { tunable: names.length, tuned, left: names.length - tuned, restored: this.restored };
  }
}

// ---- WebGPU ---------------------------------------------------------------------------
class WebGPUBackend {
  static async create(manifest, weights, gpu) {
    const adapter = await gpu.requestAdapter();
    if (!adapter) throw new JitcError("no WebGPU adapter");
    const device = await adapter.requestDevice();
    return new WebGPUBackend(manifest, weights, adapter, device);
  }

  constructor(manifest, weights, adapter, device) {
    this.name = "webgpu";
    this.m = manifest;
    this.adapter = adapter;
    this.device = device;
    const info = adapter.info || {};
    this.adapterName = `${info.vendor || ""}/${info.architecture || ""}/${info.device || ""}/${info.description || ""}`;
    const U = GPUBufferUsage;
    // WGSL has no 64-bit integers: the int64 buffers of the model are int32 on the GPU (the
    // kernels were narrowed at export); inputs are narrowed here (checked), outputs widened back
    this.int32 = new Set(manifest.webgpu.int32_buffers || []);
    this.gpuBytes = (i) => {
      const b = manifest.buffers[i];
      if (!this.int32.has(i)) return b.nbytes;
      return b.dtype === "int64" ? b.nbytes / 2 : b.nbytes * 4; // bool: one byte -> four
    };
    this.buffers = manifest.buffers.map((b, i) => (b.view_of === null || b.view_of === undefined)
      ? device.createBuffer({ size: Math.max(16, Math.ceil(this.gpuBytes(i) / 16) * 16), usage: U.STORAGE | U.COPY_SRC | U.COPY_DST })
      : null);
    const root = (i) => { while (manifest.buffers[i].view_of !== null && manifest.buffers[i].view_of !== undefined) i = manifest.buffers[i].view_of; return i; };
    this.root = root;
    manifest.buffers.forEach((b, i) => {
      if (!b.param) return;
      if (this.int32.has(root(i))) {
        const bytes = weights instanceof ArrayBuffer ? weights : weights.buffer;
        const base = weights instanceof ArrayBuffer ? 0 : weights.byteOffset;
        const raw = bytes.slice(base + b.param.offset, base + b.param.offset + b.param.nbytes);
        const narrow = toInt32(b.dtype === "int64" ? new BigInt64Array(raw) : new Uint8Array(raw), `weight ${b.name}`);
        device.queue.writeBuffer(this.buffers[root(i)], 0, narrow.buffer, 0, narrow.byteLength);
      } else {
        device.queue.writeBuffer(this.buffers[root(i)], 0, weights, b.param.offset, b.param.nbytes);
      }
    });
    this.pipelines = new Map();
    this.compiling = new Map();
    this.compileMs = 0; // wall milliseconds per candidate compiled, as measured by tune()
    this.choice = {};
    for (const name of Object.keys(manifest.webgpu.kernels)) this.choice[name] = 0;
    this.calls = new Map(); // "kernel/variant" -> [[pipeline, bindGroup, grid] per step call]
    this.validated = new Set(); // the choice tables whose first run the device accepted
  }

  deviceKey() { return `webgpu:${this.adapterName}`; }

  // What a shared kernel database keys this adapter's timings by (jitc.db.service): the
  // adapter's vendor, architecture, device and description, its limits and features.
  deviceIdentity() {
    const limits = {};
    for (const k in this.adapter.limits) {
      const v = this.adapter.limits[k];
      if (typeof v === "number") limits[k] = v;
    }
    const features = [...(this.adapter.features || [])].sort();
    return { kind: "webgpu", adapter: this.adapterName, limits, features };
  }

  kernelKey(name) { return this.m.webgpu.kernels[name].key || null; }
  variantConfigs(name) { return this.m.webgpu.kernels[name].variants.map((v) => v.config); }

  pipelineDesc(d) {
    const entries = d.bindings.map((b, i) => ({ binding: i, visibility: GPUShaderStage.COMPUTE,
      buffer: { type: b.write ? "storage" : "read-only-storage" } }));
    entries.push({ binding: d.bindings.length, visibility: GPUShaderStage.COMPUTE, buffer: { type: "uniform" } });
    const layout = this.device.createBindGroupLayout({ entries });
    const module = this.device.createShaderModule({ code: this.m.webgpu.shaderCode[d.shader] });
    return [{ layout: this.device.createPipelineLayout({ bindGroupLayouts: [layout] }),
      compute: { module, entryPoint: d.entry } }, layout];
  }

  pipeline(d) {
    const key = `${d.entry}/${d.shader}`;
    let p = this.pipelines.get(key);
    if (!p) {
      const [desc, layout] = this.pipelineDesc(d);
      p = [this.device.createComputePipeline(desc), layout];
      this.pipelines.set(key, p);
    }
    return p;
  }

  // Compile the pipelines of candidate `variant` of `kernel` off the main thread
  // (createComputePipelineAsync); tune() compiles a kernel's candidates at once.
  async compile(kernel, variant) {
    await Promise.all(this.m.webgpu.kernels[kernel].variants[variant].dispatches.map((d) => {
      const key = `${d.entry}/${d.shader}`;
      if (this.pipelines.has(key)) return null;
      if (!this.compiling.has(key)) {
        const [desc, layout] = this.pipelineDesc(d);
        this.compiling.set(key, this.device.createComputePipelineAsync(desc).then((pipe) => {
          this.pipelines.set(key, [pipe, layout]);
          this.compiling.delete(key);
        }));
      }
      return this.compiling.get(key);
    }));
  }

  // the dispatches of every call of `kernel` with candidate `variant`, prepared once
  prepared(kernel, variant) {
    const key = `${kernel}/${variant}`;
    let list = this.calls.get(key);
    if (list) return list;
    list = [];
    const dispatches = this.m.webgpu.kernels[kernel].variants[variant].dispatches;
    this.m.steps.forEach((step, si) => {
      if (step.kernel !== kernel) return;
      for (const d of dispatches) {
        const [pipe, layout] = this.pipeline(d);
        const pod = new Uint32Array(4);
        pod[d.pods.length] = d.grid[0];
        const ubuf = this.device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
        this.device.queue.writeBuffer(ubuf, 0, pod);
        const entries = d.bindings.map((b, i) => ({ binding: i, resource: { buffer: this.buffers[this.root(step.args[b.arg])] } }));
        entries.push({ binding: d.bindings.length, resource: { buffer: ubuf } });
        list.push({ step: si, pipe, group: this.device.createBindGroup({ layout, entries }), grid: d.grid, ubuf });
      }
    });
    this.calls.set(key, list);
    return list;
  }

  encode(pass, items) {
    for (const c of items) {
      pass.setPipeline(c.pipe);
      pass.setBindGroup(0, c.group);
      pass.dispatchWorkgroups(c.grid[0], c.grid[1], c.grid[2]);
    }
  }

  async run(inputs) {
    const m = this.m;
    m.inputs.forEach((s, i) => {
      const a = this.int32.has(this.root(s.buffer)) ? toInt32(inputs[i], `input ${s.name}`) : inputs[i];
      this.device.queue.writeBuffer(this.buffers[this.root(s.buffer)], 0, a.buffer, a.byteOffset, a.byteLength);
    });
    const choice = this.choice; // one read: a tune() in progress swaps the whole table
    // the first run with a choice of candidates is validated: a shader or pipeline the device
    // rejects is an error naming it, never outputs of zeros
    const key = JSON.stringify(choice);
    const check = !this.validated.has(key);
    if (check) {
      // compile every pipeline of this choice at once, off the main thread, instead of one
      // after another on it as the first encode would (the browser spreads them over its cores)
      await Promise.all(Object.keys(m.webgpu.kernels).map((k) => this.compile(k, choice[k]).catch((e) => {
        throw new JitcError(`the WebGPU device rejected kernel ${k} (candidate ${choice[k]}) of this bundle: ` +
          `${String(e && e.message || e).slice(0, 600)}`);
      })));
    }
    if (check) this.device.pushErrorScope("validation");
    const enc = this.device.createCommandEncoder();
    const pass = enc.beginComputePass();
    const byStep = [];
    for (const kernel of Object.keys(m.webgpu.kernels)) {
      for (const c of this.prepared(kernel, choice[kernel])) byStep.push(c);
    }
    byStep.sort((a, b) => a.step - b.step);
    this.encode(pass, byStep);
    pass.end();
    const reads = m.outputs.map((s) => {
      const b = m.buffers[s.buffer];
      const size = Math.max(16, Math.ceil(this.gpuBytes(this.root(s.buffer)) / 16) * 16);
      const staging = this.device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      enc.copyBufferToBuffer(this.buffers[this.root(s.buffer)], 0, staging, 0, size);
      return [staging, s, b];
    });
    this.device.queue.submit([enc.finish()]);
    if (check) {
      const err = await this.device.popErrorScope();
      if (err) throw new JitcError(`the WebGPU device rejected a kernel of this bundle: ${err.message.slice(0, 600)}`);
      this.validated.add(key);
    }
    const outs = [];
    for (const [staging, s, b] of reads) {
      await staging.mapAsync(GPUMapMode.READ);
      const T = DTYPES[s.dtype];
      if (this.int32.has(this.root(s.buffer))) {
        const narrow = new Int32Array(staging.getMappedRange().slice(0, this.gpuBytes(this.root(s.buffer))));
        outs.push(fromInt32(narrow, m.buffers[this.root(s.buffer)].dtype));
      } else {
        outs.push(new T(staging.getMappedRange().slice(0, b.nbytes)));
      }
      staging.unmap();
      staging.destroy();
    }
    return outs;
  }

  dispose() {
    for (const b of this.buffers) if (b) b.destroy();
    for (const list of this.calls.values()) for (const c of list) if (c.ubuf) c.ubuf.destroy();
    this.buffers = [];
    this.calls = new Map();
    this.pipelines = new Map();
    if (this.device && this.device.destroy) this.device.destroy();
    this.device = null;
  }

  tunable() {
    const calls = {};
    for (const s of this.m.steps) calls[s.kernel] = (calls[s.kernel] || 0) + 1;
    return Object.entries(this.m.webgpu.kernels).filter(([, k]) => k.variants.length > 1)
      .map(([name, k]) => ({ name, variants: k.variants.length, calls: calls[name] || 0,
        weight: (calls[name] || 0) * ((k.flops || 0) + 16 * (k.bytes || 0)) }));
  }

  // One submit running `inner` back-to-back copies of every call of the kernel's candidate;
  // milliseconds until the queue is done.
  async timeBatch(kernel, variant, inner) {
    const items = this.prepared(kernel, variant);
    const enc = this.device.createCommandEncoder();
    const pass = enc.beginComputePass();
    for (let i = 0; i < inner; i++) this.encode(pass, items);
    pass.end();
    const t = performance.now();
    this.device.queue.submit([enc.finish()]);
    await this.device.queue.onSubmittedWorkDone();
    return performance.now() - t;
  }

  // Median microseconds per call of each candidate. A submit costs far more than a small
  // kernel here, so each timing batches `inner` runs (sized on the default candidate so a batch
  // takes at least minBatchMs), and the candidates take turns, round by round, so a slow
  // moment of the machine hits them all alike.
  // `which`: the variant indexes to time (the default, 0, first), or how many from 0; the times
  // come in that order.
  async timeVariants(kernel, which, { repeats = 5, minBatchMs = 4, deadline = Infinity } = {}) {
    const list = Array.isArray(which) ? which : [...Array(which).keys()];
    const n = list.length;
    // build the candidates' pipelines together, unless that would not end before the deadline
    const t0 = performance.now();
    if (this.compileMs && t0 + n * this.compileMs > deadline) return null;
    await Promise.all(list.map((v) => this.compile(kernel, v)));
    const per = (performance.now() - t0) / n;
    this.compileMs = this.compileMs ? Math.max(per, (this.compileMs + per) / 2) : per;
    for (const v of list) { // warm-up: the first dispatch of each
      if (performance.now() > deadline) return null;
      await this.timeBatch(kernel, v, 1);
    }
    let inner = 1;
    for (;;) {
      if (performance.now() > deadline) return null;
      const t = await this.timeBatch(kernel, list[0], inner);
      if (t >= minBatchMs || inner >= 256) break;
      inner = Math.min(256, inner * Math.max(2, Math.ceil(minBatchMs / Math.max(t, 0.05))));
    }
    const calls = Math.max(1, this.m.steps.filter((st) => st.kernel === kernel).length);
    const times = Array.from({ length: n }, () => []);
    for (let r = 0; r < repeats; r++) {
      const start = performance.now();
      for (let i = 0; i < n; i++) times[i].push((await this.timeBatch(kernel, list[i], inner)) * 1000 / (inner * calls));
      const now = performance.now();
      if (now + (now - start) > deadline) break; // another round would end past the deadline
    }
    return times.map((ts) => { ts.sort((a, b) => a - b); return ts[Math.floor(ts.length / 2)]; });
  }

  choose(kernel, variant) { this.choice = { ...this.choice, [kernel]: variant }; }
  setChoices(c) {
    const next = { ...this.choice };
    for (const [k, v] of Object.entries(c)) {
      if (k in next && v < this.m.webgpu.kernels[k].variants.length) next[k] = v;
    }
    this.choice = next;
  }
  choices() { return { ...this.choice }; }
}

// ---- WebAssembly ----------------------------------------------------------------------
// Threads: a bundle's threaded kernels (manifest.wasm.threads) share one memory with workers
// that run the tasks of each parallel loop (backends/web/wasm_runtime.c). A page needs
// cross-origin isolation for them (served with Cross-Origin-Opener-Policy: same-origin and
// Cross-Origin-Embedder-Policy: require-corp); elsewhere the single-threaded kernels run.
const WASM_MAX_PAGES = 65536; // a shared memory declares its maximum: all of wasm32's 4 GiB
const WORKER_STACK = 256 << 10;
const WORKER_ARENA = 8 << 20; // a worker's temporaries (a parallel task's share of a kernel's)
const WORKER_ERROR_BYTES = 1024; // where a worker leaves the text of a task's error

// A worker: instantiate the module on the shared memory, take its own stack, run the pool's
// loop (it never returns; dispose() terminates the worker). Browser Worker or Node worker_threads.
const WORKER_SOURCE = `
const port = typeof self !== "undefined" && typeof self.postMessage === "function" ? self : require("node:worker_threads").parentPort;
const onMessage = (fn) => port.addEventListener ? port.addEventListener("message", (e) => fn(e.data)) : port.on("message", fn);
onMessage(async (d) => {
  // a task's error: its text into the shared error slot (length, then UTF-8), for the
  // thread that called the kernel to report
  const report = (text) => {
    const bytes = new TextEncoder().encode(text).subarray(0, d.errorBytes - 4);
    new Uint8Array(d.memory.buffer).set(bytes, d.errorAt + 4);
    Atomics.store(new Int32Array(d.memory.buffer), d.errorAt >> 2, bytes.length);
  };
  const raised = (kind, parts, n) => {
    const mem = new Uint8Array(d.memory.buffer), dv = new DataView(d.memory.buffer);
    const cstr = (p) => { let e = p; while (mem[e] !== 0) e++; return new TextDecoder().decode(mem.slice(p, e)); };
    const texts = [];
    for (let i = 0; i < n; i++) texts.push(cstr(dv.getUint32(parts + 4 * i, true)));
    report(cstr(kind) + ": " + texts.join(""));
  };
  const env = { memory: d.memory, TVMFFIErrorSetRaisedFromCStrParts: raised };
  for (const imp of WebAssembly.Module.imports(d.module)) {
    if (imp.module === "env" && imp.kind === "function" && !(imp.name in env)) env[imp.name] = Math[imp.name.replace(/f$/, "")];
  }
  const inst = await WebAssembly.instantiate(d.module, { env });
  for (;;) {  // the pool's loop never returns; a trap in a task (integer division by zero, ...) is
    try {     // reported, the task counted as failed, and the worker rejoins with a fresh stack
      inst.exports.__stack_pointer.value = d.stackHi;
      inst.exports.jitc_worker(d.id, d.stackLo, d.stackHi, d.arenaLo, d.arenaBytes);
    } catch (e) {
      report("a parallel task trapped: " + e.message);
      inst.exports.jitc_task_trapped();
    }
  }
});`;

function isNode() { return typeof process !== "undefined" && !!(process.versions && process.versions.node); }

// Whether this context may share a WebAssembly memory with workers.
function canShareMemory() {
  if (typeof SharedArrayBuffer === "undefined") return false;
  return isNode() || (typeof crossOriginIsolated !== "undefined" && crossOriginIsolated);
}

async function hostCores() {
  if (typeof navigator !== "undefined" && navigator.hardwareConcurrency) return navigator.hardwareConcurrency;
  if (isNode()) {
    const os = await import("node:os");
    return os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  }
  return 1;
}

// The threads a WASM model runs on: options.threads, else the cores (at most 4), when the
// bundle has threaded kernels and the page may share memory. A request the page cannot grant
// is an error that says what to do.
async function wasmThreads(manifest, requested) {
  const has = !!(manifest.wasm && manifest.wasm.threads);
  if (requested !== undefined && requested !== null) {
    const n = Math.floor(Number(requested));
    if (!(n >= 1)) throw new JitcError(`threads: expected a count >= 1, got ${requested}`);
    if (n === 1) return 1;
    if (!has) throw new JitcError(`threads: ${n} asked for, but this bundle has no threaded kernels (export it with --threads)`);
    if (!canShareMemory()) {
      throw new JitcError(`threads: ${n} needs a cross-origin isolated page (serve it with the headers ` +
        "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)");
    }
    return n;
  }
  if (!has || !canShareMemory()) return 1;
  return Math.max(1, Math.min(4, await hostCores()));
}

async function newWorker() {
  if (typeof Worker !== "undefined" && !isNode()) {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
    const w = new Worker(url);
    URL.revokeObjectURL(url);
    return w;
  }
  const { Worker: NodeWorker } = await import("node:worker_threads");
  const w = new NodeWorker(WORKER_SOURCE, { eval: true });
  w.unref(); // a worker waiting for tasks does not keep Node running
  return w;
}

class WasmBackend {
  static async create(manifest, weights, bytes, threads = 1) {
    const errors = [];
    const holder = {};
    const cstr = (p) => {
      const mem = new Uint8Array(holder.memory.buffer);
      let e = p;
      while (e < mem.length && mem[e] !== 0) e++;
      return new TextDecoder().decode(mem.slice(p, e));
    };
    const env = {
      // a kernel's error (an assert: an index check that failed, a workspace too small)
      TVMFFIErrorSetRaisedFromCStrParts: (kind, parts, n) => {
        try {
          const dv = new DataView(holder.memory.buffer);
          const texts = [];
          for (let i = 0; i < n; i++) texts.push(cstr(dv.getUint32(parts + 4 * i, true)));
          errors.push(`${cstr(kind)}: ${texts.join("")}`);
        } catch (e) { errors.push("a kernel raised an error"); }
      },
    };
    if (threads > 1) {
      env.memory = new WebAssembly.Memory({ initial: manifest.wasm.threads.memory_pages, maximum: WASM_MAX_PAGES, shared: true });
    }
    const module = await WebAssembly.compile(bytes);
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module === "env" && !(imp.name in env)) {
        const fn = Math[imp.name.replace(/f$/, "")];
        if (!fn) throw new Error(`jitc: the kernels import env.${imp.name}, which jitc-web.js does not provide`);
        env[imp.name] = fn;
      }
    }
    const instance = await WebAssembly.instantiate(module, { env });
    holder.memory = env.memory || instance.exports.memory;
    const backend = new WasmBackend(manifest, weights, instance, holder.memory, errors);
    if (threads > 1) await backend.startWorkers(module, threads);
    return backend;
  }

  constructor(manifest, weights, instance, memory, errors) {
    this.name = "wasm";
    this.m = manifest;
    this.ex = instance.exports;
    this.memory = memory;
    this.errors = errors;
    this.threads = 1;
    this.workers = [];
    const base = this.ex.__heap_base ? Number(this.ex.__heap_base.value) : (1 << 20);
    this.top = base + manifest.wasm.arena;
    const root = (i) => { while (manifest.buffers[i].view_of !== null && manifest.buffers[i].view_of !== undefined) i = manifest.buffers[i].view_of; return i; };
    this.root = root;
    this.data = manifest.buffers.map((b) => (b.view_of === null || b.view_of === undefined) ? this.alloc(Math.max(4, b.nbytes), 64) : 0);
    manifest.buffers.forEach((b, i) => {
      if (b.param) new Uint8Array(this.memory.buffer, this.data[root(i)], b.param.nbytes).set(weights.subarray(b.param.offset, b.param.offset + b.param.nbytes));
    });
    const dv = () => new DataView(this.memory.buffer);
    this.tensor = manifest.buffers.map((b, i) => {
      const shape = this.alloc(8 * Math.max(1, b.shape.length), 8);
      b.shape.forEach((d, j) => dv().setBigInt64(shape + 8 * j, BigInt(d), true));
      const t = this.alloc(40, 8);
      const [code, bits] = dlType(b.dtype);
      const v = dv();
      v.setUint32(t, this.data[root(i)], true); v.setInt32(t + 4, 1, true); v.setInt32(t + 8, 0, true);
      v.setInt32(t + 12, b.shape.length, true); v.setUint8(t + 16, code); v.setUint8(t + 17, bits);
      v.setUint16(t + 18, 1, true); v.setUint32(t + 20, shape, true); v.setUint32(t + 24, 0, true);
      v.setUint32(t + 28, 0, true); v.setBigUint64(t + 32, 0n, true);
      return t;
    });
    this.calls = (manifest.wasm.steps || manifest.steps).map((s) => {
      const args = this.alloc(16 * s.args.length, 8);
      const v = dv();
      s.args.forEach((b, j) => {
        v.setInt32(args + 16 * j, 7, true); v.setUint32(args + 16 * j + 4, 0, true);
        v.setBigUint64(args + 16 * j + 8, BigInt(this.tensor[b]), true);
      });
      const fn = this.ex[manifest.wasm.kernels[s.kernel]];
      if (!fn) throw new Error(`jitc: kernels.wasm lacks ${s.kernel}`);
      return [fn, args, s.args.length, this.alloc(16, 8), s.kernel, s];
    });
  }

  // Workers 1..threads-1, each with a stack and an arena of its own in the shared memory;
  // resolves when they wait for tasks. A worker that cannot be created or fails to start (its
  // error in this.workerErrors), or does not start within 10 s, is left out: this.threads says
  // how many run (1: the calling thread alone, which the threaded kernels also run on).
  async startWorkers(module, threads) {
    this.errorAt = this.alloc(WORKER_ERROR_BYTES, 8);
    let failed = 0;
    this.workerErrors = [];
    const fail = (e) => { failed++; this.workerErrors.push(String((e && e.message) || e)); };
    for (let id = 1; id < threads; id++) {
      const stackLo = this.alloc(WORKER_STACK, 16);
      const arenaLo = this.alloc(WORKER_ARENA, 64);
      let w;
      try { w = await newWorker(); } catch (e) { fail(e); continue; } // e.g. a CSP that forbids blob: workers
      if (w.on) w.on("error", fail); else w.addEventListener("error", (e) => { e.preventDefault(); fail(e); });
      w.postMessage({ module, memory: this.memory, id, stackLo, stackHi: stackLo + WORKER_STACK, arenaLo,
        arenaBytes: WORKER_ARENA, errorAt: this.errorAt, errorBytes: WORKER_ERROR_BYTES });
      this.workers.push(w);
    }
    // until every worker waits for tasks or failed (at most 10 s); the model runs on those that started
    const t0 = performance.now();
    while (this.ex.jitc_workers_ready() + failed < threads - 1 && performance.now() - t0 < 10000) {
      await new Promise((r) => setTimeout(r, 2));
    }
    this.threads = this.ex.jitc_set_threads(threads);
  }

  // The text a worker left for a failing task (then cleared), or "".
  workerError() {
    if (this.errorAt === undefined) return "";
    const n = Atomics.exchange(new Int32Array(this.memory.buffer), this.errorAt >> 2, 0);
    return n > 0 ? new TextDecoder().decode(new Uint8Array(this.memory.buffer).slice(this.errorAt + 4, this.errorAt + 4 + n)) : "";
  }

  // A copy of `nbytes` at `ptr` as a T (never a view of the WebAssembly memory, which the next
  // run overwrites and which may be shared).
  copyOut(T, ptr, nbytes) {
    const out = new T(nbytes / T.BYTES_PER_ELEMENT);
    new Uint8Array(out.buffer).set(new Uint8Array(this.memory.buffer, ptr, nbytes));
    return out;
  }

  alloc(n, align) {
    const p = Math.ceil(this.top / align) * align;
    this.top = p + n;
    const need = Math.ceil(this.top / 65536) - this.memory.buffer.byteLength / 65536;
    if (need > 0) this.memory.grow(need);
    return p;
  }

  deviceKey() { return "wasm"; }

  async run(inputs) {
    const m = this.m;
    m.inputs.forEach((s, i) => {
      const a = inputs[i];
      new Uint8Array(this.memory.buffer, this.data[this.root(s.buffer)], a.byteLength)
        .set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    });
    for (const [fn, args, n, result, name, step] of this.calls) {
      let rc;
      try { rc = fn(0, args, n, result); } catch (e) { // a trap (integer division by zero, ...)
        if (this.threads > 1) this.ex.jitc_caller_trapped();
        throw new JitcError(`wasm kernel ${name} trapped: ${e.message}`);
      }
      if (rc !== 0) {
        const mine = this.errors.slice(-1).join(""), theirs = this.workerError();
        const text = mine || theirs;
        this.errors.length = 0;
        const check = (m.index_checks || {})[name];
        if (check && text.includes("jitc-index-check")) {
          const b = m.buffers[step.args[0]];
          const T = DTYPES[b.dtype];
          const data = this.copyOut(T, this.data[this.root(step.args[0])], b.nbytes);
          throw indexError(check.what, data, check, b.shape);
        }
        throw new JitcError(`wasm kernel ${name} failed: ${text || "an error"}`);
      }
    }
    return m.outputs.map((s) => {
      const b = m.buffers[s.buffer];
      const T = DTYPES[s.dtype];
      return this.copyOut(T, this.data[this.root(s.buffer)], b.nbytes);
    });
  }

  dispose() {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.ex = null; this.memory = null; this.calls = []; this.tensor = []; this.data = [];
  }

  tunable() { return []; } // the WASM kernels ship one candidate each (tuned at export on the CPU rules)
  async timeVariants() { return []; }
  choose() {}
  setChoices() {}
  choices() { return {}; }
}
