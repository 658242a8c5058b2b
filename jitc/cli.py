"""The `jitc` command line. Every user error prints one clear message and exits with status 2."""

from __future__ import annotations

import argparse
import os
import sys

import numpy as np

from .errors import InputError, JitcError


def _target(a) -> str:
    """--target, with --arch folded in: `--arch sm_90` alone means `--target "cuda -arch=sm_90"`."""
    from .errors import TargetError

    arch = getattr(a, "arch", None)
    if not arch:
        return a.target
    t = a.target.strip()
    if t == "llvm":  # the default: --arch alone asks for CUDA
        t = "cuda"
    if t.split()[0] != "cuda":
        raise TargetError(f"--arch {arch} is a CUDA architecture; the target is {t!r} (use --target cuda)")
    if "-arch" in t:
        raise TargetError(f"the architecture is given twice: --arch {arch} and --target {t!r}")
    return f"{t} -arch={arch}"


def _shapes(items: list[str] | None) -> dict:
    out = {}
    for item in items or []:
        name, sep, dims = item.rpartition("=")
        if not sep or not name:
            raise InputError(f"--shape {item!r}: write it as NAME=DIMxDIM..., e.g. --shape input_ids=1x128")
        try:
            out[name] = tuple(int(d) for d in dims.lower().split("x"))
        except ValueError:
            raise InputError(f"--shape {item!r}: dimensions must be integers separated by 'x'") from None
    return out


def _duration(text: str) -> float:
    """'30s', '2m', '500ms', '1h' or a number of seconds."""
    t = text.strip().lower()
    for suffix, mult in (("ms", 1e-3), ("s", 1.0), ("m", 60.0), ("h", 3600.0)):
        if t.endswith(suffix):
            try:
                return float(t[: -len(suffix)]) * mult
            except ValueError:
                break
    try:
        return float(t)
    except ValueError:
        raise InputError(f"cannot read the duration {text!r}; write e.g. 30s, 2m, 500ms") from None


def _read_inputs(items: list[str] | None, specs, seed: int = 0) -> tuple[dict, list[str]]:
    """--input NAME=FILE.npy (or NAME=random); inputs not given are random (reported)."""
    from .reference import random_input

    given = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--input {item!r}: write it as NAME=FILE.npy or NAME=random")
        given[name] = value
    names = [s.name for s in specs]
    unknown = set(given) - set(names)
    if unknown:
        raise InputError(f"--input names {sorted(unknown)} are not inputs of the model; its inputs are {names}")
    rng = np.random.default_rng(seed)
    feeds, randomized = {}, []
    for s in specs:
        v = given.get(s.name, "random")
        if v == "random":
            feeds[s.name] = random_input(s.shape, s.dtype, rng)
            randomized.append(s.name)
            continue
        if not os.path.exists(v):
            raise InputError(f"--input {s.name}={v}: no such file")
        try:
            arr = np.load(v, allow_pickle=False)
        except (ValueError, OSError) as e:
            raise InputError(f"--input {s.name}={v}: not a .npy array ({e})") from None
        if isinstance(arr, np.lib.npyio.NpzFile):
            raise InputError(f"--input {s.name}={v}: give one .npy array per input, not an .npz archive")
        feeds[s.name] = arr
    return feeds, randomized


def _is_module_file(path: str) -> bool:
    if path.endswith(".jitc"):
        return True
    try:
        import zipfile

        return zipfile.is_zipfile(path)
    except OSError:
        return False


def cmd_info(a) -> int:
    from .compiler import lower

    low = lower(a.model, _target(a), _shapes(a.shape))
    print(f"model   {low.imported.source}")
    print(f"target  {low.target.describe()}")
    for s in low.imported.inputs:
        print(f"input   {s.describe()}")
    for s in low.imported.outputs:
        print(f"output  {s.describe()}")
    total = sum(k.flops * k.calls for k in low.kernels.values()) or 1
    rows = [("kernel", "class", "calls", "shapes (args)", "GFLOP", "share")]
    for k in low.kernels.values():
        rows.append((k.name, k.kind, str(k.calls), k.shapes, f"{k.flops * k.calls / 1e9:.4f}",
                     f"{100 * k.flops * k.calls / total:5.1f}%"))
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(c[:60].ljust(w) for c, w in zip(r, widths)).rstrip())
    print(f"{len(low.kernels)} kernels, {len(low.plan.steps)} calls, {total / 1e9:.4f} GFLOP per inference")
    return 0


def cmd_compile(a) -> int:
    from .compiler import compile as compile_model

    m = compile_model(a.model, _target(a), shapes=_shapes(a.shape), db=_db_arg(a))
    out = a.output or os.path.splitext(os.path.basename(a.model))[0] + ".jitc"
    m.save(out)
    tuned = sum(1 for k in m.kernels if k.get("source") == "db")
    print(f"wrote {out}: {len(m.kernels)} kernels for {m.target.describe()}, {tuned} tuned (from the kernel database)")
    return 0


def _db_arg(a):
    """--db PATH; --no-db; else "auto" (the default database, if it exists)."""
    if getattr(a, "no_db", False):
        return None
    return a.db or "auto"


def _print_outputs(names, outs, save: str | None) -> None:
    if save:
        if save.endswith(".npy") and len(outs) == 1:
            np.save(save, outs[0])
        else:
            np.savez(save, **{n: o for n, o in zip(names, outs)})
        print(f"wrote {save}")
        return
    for n, o in zip(names, outs):
        flat = o.reshape(-1)
        head = np.array2string(flat[:8], precision=5, separator=", ")
        print(f"{n}: {o.dtype}{list(o.shape)} {head}{' ...' if flat.size > 8 else ''}")


def cmd_run(a) -> int:
    from . import load
    from .compiler import compile as compile_model

    if not os.path.exists(a.model):
        raise InputError(f"{a.model}: no such file")
    is_module = _is_module_file(a.model)
    if a.save and not a.jit:
        raise InputError("--save writes the module tuned by --jit; without --jit use `jitc compile -o FILE` "
                         "(or `jitc tune -o FILE`)")
    if a.jit:
        from .jit_runtime import serve_cli

        return serve_cli(a, _duration(a.jit), _shapes(a.shape), _read_inputs)
    m = load(a.model) if is_module else compile_model(a.model, _target(a), shapes=_shapes(a.shape), db=_db_arg(a))
    feeds, randomized = _read_inputs(a.input, m.inputs, a.seed)
    if randomized:
        print(f"random inputs (seed {a.seed}) for: {', '.join(randomized)}", file=sys.stderr)
    outs = m.run(feeds)
    _print_outputs([s.name for s in m.outputs], outs, a.output)
    if a.check:
        if is_module:
            raise InputError("--check compares with onnxruntime and needs the ONNX model, not a .jitc file")
        from .reference import compare, onnxruntime_outputs

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


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors in jitc's one-line form (exit status 2)."""

    def error(self, message):
        sub = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        print(f"jitc: error: {message} (see `jitc {sub + ' ' if sub else ''}--help`)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="jitc", description="jitc: a just-in-time tensor compiler on Apache TVM")
    p.add_argument("--version", action="version", version=f"jitc {__import__('jitc').__version__}")
    sub = p.add_subparsers(dest="cmd", required=True)

    def model_args(sp, target=True):
        sp.add_argument("model", help="ONNX model file")
        sp.add_argument("--shape", action="append", metavar="NAME=AxB",
                        help="fix a dynamic input dimension, e.g. input_ids=1x128 (repeatable)")
        if target:
            sp.add_argument("--target", default="llvm", help="llvm (the host CPU), 'llvm -mcpu=NAME', cuda, ...")
            sp.add_argument("--arch", default=None, help="CUDA architecture to build for without its GPU (sm_80, "
                            "sm_90, ...): --arch sm_90 is --target 'cuda -arch=sm_90'")

    sp = sub.add_parser("info", help="print a model's inputs, outputs and kernel table")
    model_args(sp)
    sp.set_defaults(fn=cmd_info)

    sp = sub.add_parser("compile", help="compile a model into a .jitc runtime module")
    model_args(sp)
    sp.add_argument("-o", "--output", help="output .jitc file (default: MODEL.jitc in the current directory)")
    sp.add_argument("--db", default=None, help="kernel database to take tuned kernels from "
                    "(default: $JITC_DB or ~/.cache/jitc/kernels.db, if it exists)")
    sp.add_argument("--no-db", action="store_true", help="ignore the kernel database: default schedules only")
    sp.set_defaults(fn=cmd_compile)

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
                    help="serve repeated runs while tuning in the background for BUDGET (e.g. 30s)")
    sp.add_argument("--save", default=None, metavar="FILE.jitc", help="with --jit: save the tuned module at the end")
    sp.set_defaults(fn=cmd_run)

    for name, register in _extra_commands():
        if isinstance(register, Exception):  # the subcommand's module does not load: say why when used
            sp = sub.add_parser(name, help=f"(unavailable: {type(register).__name__})", add_help=False)
            sp.add_argument("rest", nargs=argparse.REMAINDER)
            sp.set_defaults(fn=_unavailable(name, register))
        else:
            register(sub)
    return p


# Subcommands that live with their subsystem: name -> module with a `register(subparsers)`.
EXTRA_COMMANDS = {"tune": "jitc.tune_cli", "db": "jitc.db_cli", "export-web": "jitc.web_export",
                  "cost-model": "jitc.cost_model_cli", "debug": "jitc.debug_cli"}


def _extra_commands() -> list:
    """[(name, register function, or the exception its module raised on import)]."""
    import importlib

    out = []
    for name, modname in EXTRA_COMMANDS.items():
        try:
            out.append((name, importlib.import_module(modname).register))
        except Exception as e:  # noqa: BLE001 - a missing optional dependency, or a broken install
            out.append((name, e))
    return out


def _unavailable(name: str, error: Exception):
    def fn(a) -> int:
        raise JitcError(f"`jitc {name}` cannot be loaded here ({type(error).__name__}: {str(error)[:300]}); "
                        f"reinstall jitc with its extras: pip install 'jitc[test,torch,web]'")

    return fn


def main(argv: list[str] | None = None) -> int:
    """The CLI: every failure ends in one line `jitc: error: ...` and exit status 2 (a Python
    traceback only with JITC_DEBUG=1)."""
    parser = build_parser()
    a = parser.parse_args(argv)
    try:
        return a.fn(a)
    except JitcError as e:
        print(f"jitc: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jitc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `jitc ... | head`
        return 0
    except OSError as e:  # a file that cannot be read or written
        where = f"{e.filename}: " if e.filename else ""
        print(f"jitc: error: {where}{e.strerror or e}", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 - a bug in jitc or TVM: still one line, and how to report it
        if os.environ.get("JITC_DEBUG"):
            raise
        text = " ".join(str(e).strip().splitlines()[-2:])[:500]
        print(f"jitc: error: internal error ({type(e).__name__}: {text}); rerun with JITC_DEBUG=1 for the "
              "traceback and report it", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
