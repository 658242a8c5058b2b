"""`jitc db list|best|export|import|serve|token`: look into the kernel database, move it between
machines, and share it with a team (`serve`: jitc.db.service; `token`: issue a write token)."""

from __future__ import annotations

import json
import os
import sys

from ..db.store import Database, default_path
from ..device import device_for
from ..errors import InputError
from ..target import parse


def cmd_db(a) -> int:
    if a.action == "token":
        from ..db.service.tokens import issue_token

        if not a.file or not a.tokens:
            raise InputError("jitc db token NAME --tokens FILE: who the token is for, and the tokens file that "
                             "`jitc db serve --tokens FILE` reads")
        token = issue_token(a.tokens, a.file)
        print(token)
        print(f"(a write token for {a.file}, stored hashed in {a.tokens}; it is shown only now)", file=sys.stderr)
        return 0
    if a.action == "serve":
        from ..db.service.app import serve

        where = a.db or os.path.join(os.path.dirname(default_path()), "shared.db")

        def ready(port):
            scheme = "https" if a.tls_cert else "http"
            print(f"serving the shared kernel database {where} at {scheme}://{a.host}:{port}/v1/ "
                  f"(writes need a token{'; reads too' if a.read_token_required else ''})", flush=True)

        serve(where, host=a.host, port=a.port, tokens_path=a.tokens, read_token_required=a.read_token_required,
              max_upload_kb=a.max_upload_kb, rate_per_minute=a.rate, tls_cert=a.tls_cert, tls_key=a.tls_key,
              ready=ready)
        return 0
    db = Database(a.db or default_path())
    if a.action == "list":
        rows = db.summary()
        if not rows:
            print(f"{db.path}: no records")
            return 0
        print(f"{db.path}")
        print(f"{'device':6s}  {'target':6s}  {'class':11s}  {'workload':20s}  {'records':>7s}  {'ok':>4s}  "
              f"{'best us':>9s}  {'GFLOP/s':>8s}  shapes")
        for r in rows:
            shapes = ", ".join("x".join(map(str, a["shape"])) for a in r["args"])
            g = (r["flops"] or 0) / (r["best_us"] * 1e3) if r["best_us"] else 0
            best = f"{r['best_us']:.1f}" if r["best_us"] else "-"
            print(f"{r['device']:<6d}  {r['target'] or '':6s}  {r['kind'] or '':11s}  {r['key']:20s}  "
                  f"{r['records']:7d}  {r['ok']:4d}  {best:>9s}  {g:8.1f}  {shapes[:60]}")
        for did, dev in db.devices():
            print(f"device {did}: {dev.cpu_model} | {dev.target.describe()} | TVM {dev.tvm_version} | jitc "
                  f"{dev.jitc_version}")
        return 0
    if a.action == "best":
        dev = device_for(parse(a.target))
        keys = [a.key] if a.key else sorted({r["key"] for r in db.summary()})
        for k in keys:
            b = db.best(dev, k)
            if b is not None:
                print(json.dumps({"key": k, "median_us": b.median_us, "config": b.config}, sort_keys=True))
        return 0
    if a.action == "export":
        dev = device_for(parse(a.target)) if a.this_device else None
        try:
            out = open(a.file, "w", encoding="utf-8") if a.file and a.file != "-" else sys.stdout
        except OSError as e:
            raise InputError(f"{a.file}: cannot write it ({e.strerror})") from None
        try:
            n = db.export(out, dev, with_func=not a.no_func)
        finally:
            if out is not sys.stdout:
                out.close()
        print(f"exported {n} records", file=sys.stderr)
        return 0
    if a.action == "import":
        if not a.file:
            raise InputError("jitc db import needs a file of JSON lines (or - for stdin)")
        try:
            src = sys.stdin if a.file == "-" else open(a.file, encoding="utf-8")
        except OSError as e:
            raise InputError(f"{a.file}: cannot read it ({e.strerror})") from None
        try:
            n = db.import_(src)
        except UnicodeDecodeError:
            raise InputError(f"{a.file}: not a text file of JSON lines (jitc db export writes them)") from None
        finally:
            if src is not sys.stdin:
                src.close()
        print(f"imported {n} records into {db.path}")
        return 0
    raise InputError(f"unknown db action {a.action}")


def register(sub, model_args=None) -> None:
    sp = sub.add_parser("db", help="the kernel database: list, best, export, import; serve it to a team, "
                                   "issue its tokens")
    sp.add_argument("action", choices=["list", "best", "export", "import", "serve", "token"])
    sp.add_argument("file", nargs="?", help="export: output file (default stdout); import: input file or -; "
                                            "token: who the token is for")
    sp.add_argument("--db", default=None, help="database path (default: $JITC_DB or ~/.cache/jitc/kernels.db); "
                                               "serve: a path or a postgresql:// URL (default ~/.cache/jitc/shared.db)")
    sp.add_argument("--tokens", default=None, help="serve, token: the file of write tokens (hashed)")
    sp.add_argument("--host", default="127.0.0.1", help="serve: the address to listen on (default 127.0.0.1)")
    sp.add_argument("--port", type=int, default=8470, help="serve: the port (default 8470; 0: any free one)")
    sp.add_argument("--read-token-required", action="store_true", help="serve: reading needs a token too")
    sp.add_argument("--max-upload-kb", type=int, default=1024, help="serve: the largest upload (default 1024 KB)")
    sp.add_argument("--rate", type=float, default=60.0, help="serve: requests a minute per client (default 60)")
    sp.add_argument("--tls-cert", default=None, help="serve: TLS certificate chain (PEM), with --tls-key")
    sp.add_argument("--tls-key", default=None, help="serve: TLS private key (PEM)")
    sp.add_argument("--target", default="llvm", help="the device whose records `best` shows")
    sp.add_argument("--key", default=None, help="best: one workload key")
    sp.add_argument("--this-device", action="store_true", help="export: only this machine's records")
    sp.add_argument("--no-func", action="store_true", help="export: leave the TensorIR of workloads out")
    sp.set_defaults(fn=cmd_db)
