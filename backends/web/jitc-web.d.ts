// Types of jitc-web.js, the runtime of bundles made by `jitc export-web`.

/** The runtime's version; a bundle's manifest names the runtime version and kernel ABI it needs. */
export const RUNTIME_VERSION: string;
/** The bundle format this runtime reads (manifest `format`). */
export const FORMAT_VERSION: number;
/** How kernels are called (WebGPU bindings and PODArgs, the WASM packed-call convention). */
export const KERNEL_ABI: number;

/** Every error the runtime raises on purpose: a wrong input, a bundle of another format or ABI,
 * an index out of range, no WebGPU adapter when one was required. The message names the input,
 * file or kernel. */
export class JitcError extends Error {
  constructor(message: string);
  name: "JitcError";
}

export type DType = "float32" | "float64" | "int32" | "int64" | "int8" | "uint8" | "int16" | "uint16" | "bool";
export type TypedArray =
  | Float32Array | Float64Array | Int32Array | BigInt64Array | Int8Array | Uint8Array | Int16Array | Uint16Array;

/** An input or output of the model. */
export interface TensorSpec {
  name: string;
  shape: number[];
  dtype: DType;
}

/** An output: its data with its shape and element type. */
export class JitcTensor {
  constructor(data: TypedArray, shape: number[], dtype: DType);
  data: TypedArray;
  shape: number[];
  dtype: DType;
  readonly dims: number[];
  readonly size: number;
}

/** A fetch-like function: enough of `Response` for the runtime (Node: read files). */
export type FetchLike = (url: string) => Promise<{
  ok?: boolean;
  json(): Promise<any>;
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

export interface LoadOptions {
  /** "webgpu" | "wasm" | "auto" (default: WebGPU where the page has an adapter and the bundle has WebGPU kernels). */
  backend?: "webgpu" | "wasm" | "auto";
  /** How to read the bundle's files (default: globalThis.fetch). */
  fetch?: FetchLike;
  /** A navigator.gpu-like object (default: navigator.gpu). */
  gpu?: any;
  /** WebAssembly threads (default: the cores, at most 4, where the page is cross-origin isolated
   *  and the bundle has threaded kernels; else 1). More than 1 on a page that is not isolated
   *  throws a JitcError naming the COOP/COEP headers it needs. */
  threads?: number;
}

export interface TuneOptions {
  /** Milliseconds to spend (default 5000); kernels that would not fit are left for the next visit. */
  budget?: number;
  /** Timed batches per candidate (default 5). */
  repeats?: number;
  /** Minimum milliseconds of one timed batch (default 4). */
  minBatchMs?: number;
  /** A candidate replaces the default only when faster by this share (default 0.03). */
  threshold?: number;
  /** Time again the kernels an earlier visit tuned on this adapter (default false). */
  retune?: boolean;
  /** A shared kernel database (`jitc db serve`): its best configs for this adapter are timed
   * against the default first (hints, never adopted untimed); what was timed is uploaded. */
  share?: string;
  /** The write token the service's operator issued (`jitc db token NAME`). */
  token?: string;
}

export interface KernelTuning {
  /** Median microseconds of each shipped candidate (index 0: the default; null: not timed,
   * as when a shared database named the ones worth timing). */
  us: Array<number | null>;
  /** The candidate kept. */
  chosen: number;
  /** Calls per inference. */
  calls: number;
  /** Milliseconds spent timing this kernel. */
  ms: number;
  /** Whether only the default and the shared database's hints were timed. */
  fromShare: boolean;
}

export interface TuneReport {
  backend: "webgpu" | "wasm";
  /** Whether the choices came from an earlier visit on this adapter (localStorage). */
  restored: boolean;
  kernels: Record<string, KernelTuning>;
  /** Kernels left for a later visit (the budget ran out). */
  skipped: string[];
  /** Kernels an earlier visit already tuned. */
  alreadyTuned: number;
  /** Estimated kernel microseconds per inference, default candidates vs the chosen ones. */
  defaultUs: number;
  tunedUs: number;
  /** Milliseconds tune() took. */
  ms: number;
  /** Set when timing a kernel's candidates failed (the device rejected or lost one): tuning
   * stopped there, the choices made before it are kept. */
  error?: { kernel: string; message: string };
  /** With `share`: records received as hints and records the service stored. */
  shared?: { pulled: number; uploaded: number };
  /** With `share`: why the service could not be used (tuning went on without it). */
  shareError?: string;
}

/** Checks a manifest's format and kernel ABI against this runtime; throws a JitcError naming both versions. */
export function checkManifest(manifest: any, url?: string): void;

export class JitcModel {
  /** Loads a bundle (its model.json): WebGPU kernels where the page has an adapter, else WebAssembly. */
  static load(url: string, options?: LoadOptions): Promise<JitcModel>;
  readonly backend: "webgpu" | "wasm";
  /** The threads WebAssembly kernels run on (1 on WebGPU). */
  readonly threads: number;
  readonly inputs: TensorSpec[];
  readonly outputs: TensorSpec[];
  readonly manifest: any;
  /** Runs the model; every input is checked first (name, element type, length, index range). */
  run(inputs: Record<string, TypedArray | number[]> | Array<TypedArray | number[]>): Promise<Record<string, JitcTensor>>;
  /** Times the shipped candidates of each kernel on this device and keeps the fastest, remembered per adapter. */
  tune(options?: TuneOptions): Promise<TuneReport>;
  /** The backend and, on WebGPU, the adapter ("vendor/architecture/device/description"); the WebAssembly threads. */
  readonly device: { backend: "webgpu" | "wasm"; adapter: string | null; threads: number };
  /** Kernels with candidates to time on this adapter, those already timed here, those left. */
  tuningStatus(): { tunable: number; tuned: number; left: number; restored: boolean };
  /** Forgets this model's tuning on this adapter. */
  forgetTuning(): void;
  /** The candidate in use per kernel. */
  choices(): Record<string, number>;
  /** Frees the GPU buffers and device, or the WebAssembly instance and memory. */
  dispose(): void;
}
