// The wrong-input cases of a bundle, shared by Node (node_validate.mjs) and Chromium
// (tests/test_web.py): each wrong input must be refused with a JitcError naming it, and the
// next right run must give the same outputs; then a bad index, dispose(), and manifests of
// another format or ABI. `load(patch)` loads the bundle with its manifest passed through
// `patch` (null: as it is); `raw` holds the right inputs as plain arrays.
export async function validateModel({ JitcModel, JitcError, load, raw, badIndexInput }) {
  const model = await load(null);
  const typed = (spec, values) => (spec.dtype === "int64" ? BigInt64Array.from(values, (v) => BigInt(v))
    : spec.dtype === "int32" ? Int32Array.from(values) : Float32Array.from(values));
  const right = {};
  for (const spec of model.inputs) right[spec.name] = typed(spec, raw[spec.name]);
  const flat = (outs) => JSON.stringify(Object.fromEntries(Object.entries(outs).map(([k, v]) => [k, Array.from(v.data, Number)])));
  const first = await model.run(right);
  const want = flat(first);

  const s0 = model.inputs[0];
  const n0 = right[s0.name].length;
  const wrongType = s0.dtype === "int64" ? new Int32Array(n0) : new Float64Array(n0);
  const cases = {
    "missing input": Object.fromEntries(Object.entries(right).filter(([k]) => k !== s0.name)),
    "unexpected input": { ...right, not_an_input: new Float32Array(4) },
    "wrong element type": { ...right, [s0.name]: wrongType },
    "too short": { ...right, [s0.name]: right[s0.name].slice(0, n0 - 1) },
    "too long": { ...right, [s0.name]: typed(s0, new Array(n0 + 5).fill(0)) },
    "null input": { ...right, [s0.name]: null },
    "not an object": 42,
    "positional, too few": [],
  };
  if (badIndexInput) {
    const spec = model.inputs.find((s) => s.name === badIndexInput);
    const bad = typed(spec, raw[spec.name]);
    bad[bad.length - 1] = spec.dtype === "int64" ? 1000000n : 1000000;
    cases["index out of range"] = { ...right, [badIndexInput]: bad };
  }
  const report = { backend: model.backend, cases: [], outputs: {} };
  for (const [name, inputs] of Object.entries(cases)) {
    let error = null;
    try { await model.run(inputs); } catch (e) { error = { name: e.name, message: e.message, jitc: e instanceof JitcError }; }
    const again = flat(await model.run(right));
    report.cases.push({ case: name, error, same: again === want });
  }
  const plain = Object.fromEntries(Object.entries(right).map(([k, v]) => [k, Array.from(v, (x) => (typeof x === "bigint" ? Number(x) : x))]));
  report.plainArraySame = flat(await model.run(plain)) === want;
  for (const [k, v] of Object.entries(first)) report.outputs[k] = { shape: v.shape, dtype: v.dtype, size: v.data.length };
  model.dispose();
  try { await model.run(right); report.afterDispose = null; } catch (e) { report.afterDispose = e.message; }
  report.load = {};
  for (const [name, patch] of Object.entries({
    "format version": (m) => ({ ...m, version: 99 }),
    "kernel ABI": (m) => ({ ...m, runtime: { version: "9.0.0", abi: 99 } }),
    "not a bundle": () => ({ hello: "world" }),
  })) {
    try { await load(patch); report.load[name] = null; } catch (e) { report.load[name] = e.message; }
  }
  return report;
}
