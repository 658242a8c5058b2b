// Runs validate_cases.mjs on a bundle in Node (WASM backend); prints its report as JSON.
//   node node_validate.mjs SITE_DIR INPUTS.json [BAD_INDEX_INPUT]
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateModel } from "./validate_cases.mjs";

const [site, inputsFile, badIndexInput] = process.argv.slice(2);
const { JitcModel, JitcError } = await import(pathToFileURL(path.join(site, "jitc-web.js")).href);
const fetchWith = (patch) => async (url) => {
  const p = url.startsWith("file:") ? fileURLToPath(url) : path.join(site, url);
  const data = await readFile(p);
  return {
    ok: true,
    json: async () => { const m = JSON.parse(data.toString()); return p.endsWith("model.json") && patch ? patch(m) : m; },
    arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
  };
};
const url = pathToFileURL(path.join(site, "model.json")).href;
const raw = JSON.parse(await readFile(inputsFile, "utf8"));
const report = await validateModel({
  JitcModel, JitcError, raw, badIndexInput,
  load: (patch) => JitcModel.load(url, { fetch: fetchWith(patch), backend: "wasm" }),
});
console.log(JSON.stringify(report));
