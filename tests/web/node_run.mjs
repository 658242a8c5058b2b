// Runs an exported bundle in Node with jitc-web.js (the WebAssembly backend: Node has no
// WebGPU) on inputs from a JSON file; prints the outputs and the median latency as JSON.
//   node node_run.mjs SITE_DIR INPUTS.json [--kernels] [--threads=N]
// --kernels: also the median microseconds of one call of each kernel (looped in JS, so the
// JS-to-wasm call costs nanoseconds, not a Python binding's microseconds).
// --threads=N: the bundle's threaded kernels on N threads (a worker pool over a shared memory).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [site, inputsFile, ...flags] = process.argv.slice(2);
const flag = flags.includes("--kernels") ? "--kernels" : null;
const threadsFlag = flags.find((f) => f.startsWith("--threads="));
const threads = threadsFlag ? Number(threadsFlag.split("=")[1]) : 1;
const { JitcModel } = await import(pathToFileURL(path.join(site, "jitc-web.js")).href);
const fetchFile = async (url) => {
  const p = url.startsWith("file:") ? new URL(url).pathname : path.join(site, url);
  const data = await readFile(p);
  return { ok: true, json: async () => JSON.parse(data.toString()), arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
};
const model = await JitcModel.load(pathToFileURL(path.join(site, "model.json")).href, { fetch: fetchFile, backend: "wasm", threads });
const raw = JSON.parse(await readFile(inputsFile, "utf8"));
const inputs = {};
for (const spec of model.inputs) inputs[spec.name] = Float32Array.from(raw[spec.name]);
const outs = await model.run(inputs);

function median(fn, minMs = 100) {
  for (let i = 0; i < 3; i++) fn();
  const ts = [];
  const end = performance.now() + minMs;
  while (ts.length < 10 || performance.now() < end) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

const run = () => { for (const [fn, args, n, result] of model.impl.calls) fn(0, args, n, result); };
const res = { backend: model.backend, threads: model.threads, ms: median(run, 300), outputs: {} };
if (flag === "--kernels") {
  res.kernels_us = {};
  for (const name of new Set(model.impl.calls.map((c) => c[4]))) {
    const calls = model.impl.calls.filter((c) => c[4] === name);
    const reps = 20;
    res.kernels_us[name] = median(() => { for (let r = 0; r < reps; r++) for (const [fn, args, n, result] of calls) fn(0, args, n, result); }) * 1000 / (reps * calls.length);
  }
}
for (const [k, v] of Object.entries(outs)) res.outputs[k] = Array.from(v.data);
console.log(JSON.stringify(res));
model.dispose();
