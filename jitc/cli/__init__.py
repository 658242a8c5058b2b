"""The `jitc` command line: one module per subcommand (each with `register(subparsers,
model_args)` and its command function), shared argument helpers in `args`. Every failure
prints one line `jitc: error: ...` and exits with status 2. The library never imports this
package."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .. import __version__
from ..errors import JitcError

# subcommand -> its module (imported when the parser is built: a module that fails to import
# leaves its subcommand listed, with an error naming why when it is used)
COMMANDS = {"info": "jitc.cli.info", "compile": "jitc.cli.compile", "run": "jitc.cli.run", "tune": "jitc.cli.tune",
            "db": "jitc.cli.db", "export-web": "jitc.cli.export_web", "cost-model": "jitc.cli.cost_model",
            "debug": "jitc.cli.debug", "serve-web": "jitc.cli.serve_web"}


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors in jitc's one-line form (exit status 2)."""

    def error(self, message):
        sub = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        print(f"jitc: error: {message} (see `jitc {sub + ' ' if sub else ''}--help`)", file=sys.stderr)
        raise SystemExit(2)


def _model_args(sp, target=True):
    sp.add_argument("model", help="ONNX model file")
    sp.add_argument("--shape", action="append", metavar="NAME=AxB",
                    help="fix a dynamic input dimension, e.g. input_ids=1x128 (repeatable)")
    if target:
        sp.add_argument("--target", default="llvm", help="llvm (the host CPU), 'llvm -mcpu=NAME', cuda, ...")
        sp.add_argument("--arch", default=None, help="CUDA architecture to build for without its GPU (sm_80, "
                        "sm_90, ...): --arch sm_90 is --target 'cuda -arch=sm_90'")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="jitc", description="jitc: a just-in-time tensor compiler on Apache TVM")
    p.add_argument("--version", action="version", version=f"jitc {__version__}")
    sub = p.add_subparsers(dest="cmd", required=True)
    for name, modname in COMMANDS.items():
        try:
            register = importlib.import_module(modname).register
        except Exception as e:  # noqa: BLE001 - a missing optional dependency, or a broken install
            sp = sub.add_parser(name, help=f"(unavailable: {type(e).__name__})", add_help=False)
            sp.add_argument("rest", nargs=argparse.REMAINDER)
            sp.set_defaults(fn=_unavailable(name, e))
            continue
        register(sub, _model_args)
    return p


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
