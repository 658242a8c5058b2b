"""The import graph of the jitc package, read from the sources (every import, at the top of a
module or inside a function): `python tools/import_graph.py` prints the cycles between modules
and the imports that cross the design's rules (nothing but `python -m jitc` imports the CLI;
cost_model/ never imports the core; backends/ never imports schedules/).
tests/test_architecture.py holds the package to it."""

from __future__ import annotations

import ast
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = {"jitc": "jitc", "jitc.frontends": "frontends", "jitc.schedules": "schedules",
            "jitc.cost_model": "cost_model", "jitc.backends": "backends"}


def modules() -> dict[str, str]:
    """{dotted module name: file path} of every module of the package."""
    out = {}
    for pkg, d in PACKAGES.items():
        for dirpath, _, files in os.walk(os.path.join(ROOT, d)):
            if "__pycache__" in dirpath or "/web" in dirpath:
                continue
            rel = os.path.relpath(dirpath, os.path.join(ROOT, d))
            sub = "" if rel == "." else "." + rel.replace(os.sep, ".")
            if pkg == "jitc" and sub.split(".")[1:2] and sub.split(".")[1] in ("frontends", "schedules"):
                continue
            for f in files:
                if f.endswith(".py"):
                    name = pkg + sub + ("" if f == "__init__.py" else "." + f[:-3])
                    out[name] = os.path.join(dirpath, f)
    return out


def graph() -> dict[str, set[str]]:
    mods = modules()
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for m, path in mods.items():
        is_pkg = path.endswith("__init__.py")
        base = m.split(".") if is_pkg else m.split(".")[:-1]
        for node in ast.walk(ast.parse(open(path).read())):
            targets = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    parent = base[: len(base) - node.level + 1]
                    mod = ".".join(parent + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                # `from pkg import submodule` depends on the submodule; `from mod import name`
                # on the module that defines the name
                targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in mods else mod for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for t in targets:
                while t and t not in mods:
                    t = t.rpartition(".")[0]
                if t and t != m:
                    edges[m].add(t)
    return edges


def cycles(edges) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in edges:
        if v not in index:
            visit(v)
    return out


def violations(edges) -> list[str]:
    bad = []
    for m, ts in edges.items():
        for t in ts:
            if t.startswith("jitc.cli") and not m.startswith("jitc.cli") and m != "jitc.__main__":
                bad.append(f"{m} imports the CLI ({t})")
            if m.startswith("jitc.cost_model") and not t.startswith(("jitc.cost_model", "jitc.schedules")) \
                    and t not in ("jitc.target", "jitc.errors", "jitc.tir_analysis", "jitc.kernels"):
                bad.append(f"{m} (cost model) imports the core ({t})")
            if m.startswith("jitc.backends") and t.startswith("jitc.schedules"):
                bad.append(f"{m} (backend) imports a schedule rule ({t})")
            # a rule shares analysis through schedules.analysis / common, never another target's rule
            if m.startswith("jitc.schedules.gpu.") and t.startswith("jitc.schedules.cpu"):
                bad.append(f"{m} (a GPU rule) imports a CPU rule ({t}); share it in schedules/analysis.py")
            if m.startswith("jitc.schedules.cpu.") and t.startswith("jitc.schedules.gpu"):
                bad.append(f"{m} (a CPU rule) imports a GPU rule ({t})")
    return sorted(bad)


if __name__ == "__main__":
    e = graph()
    for c in cycles(e):
        print("cycle:", " <-> ".join(c))
    for v in violations(e):
        print("violation:", v)
