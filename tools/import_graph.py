"""The import graph of the jitc package, read from the sources (every import, at the top of a
module or inside a function): `python tools/import_graph.py` prints the cycles between modules
and the imports that cross the design's rules (nothing but `python -m jitc` imports the CLI;
cost_model/ never imports the core; backends/ never imports schedules/; no module uses another
module's private names).
tests/test_architecture.py holds the package to it."""

from __future__ import annotations

import ast
import os
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# {package: folder}: pyproject.toml's package-dir, the one place the layout is mapped
with open(os.path.join(ROOT, "pyproject.toml"), "rb") as _f:
    PACKAGES = dict(tomllib.load(_f)["tool"]["setuptools"]["package-dir"])


def modules() -> dict[str, str]:
    """{dotted module name: file path} of every module of the package."""
    out = {}
    for pkg, d in PACKAGES.items():
        for dirpath, dirs, files in os.walk(os.path.join(ROOT, d)):
            rel = os.path.relpath(dirpath, os.path.join(ROOT, d))
            sub = "" if rel == "." else "." + rel.replace(os.sep, ".")
            # packages only (not data such as backends/web), and not another mapped package's folder
            dirs[:] = [x for x in dirs if os.path.exists(os.path.join(dirpath, x, "__init__.py"))
                       and pkg + sub + "." + x not in PACKAGES]
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


def private_uses(mods: dict[str, str] | None = None) -> list[str]:
    """Where a module uses another module's private name (`_name`): `from .x import _name`, or
    `x._name` on a module it imported. A name a sibling needs is part of its interface: make
    it public, or move it where both can reach it. `mods`: {module: file}, the package's by default."""
    mods = modules() if mods is None else mods
    out = []
    for m, path in mods.items():
        is_pkg = path.endswith("__init__.py")
        base = m.split(".") if is_pkg else m.split(".")[:-1]
        tree = ast.parse(open(path).read())
        aliases: dict[str, str] = {}  # local name -> module of the package it is bound to
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    mod = ".".join(base[: len(base) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                for a in node.names:
                    sub = f"{mod}.{a.name}"
                    if sub in mods:
                        aliases[a.asname or a.name] = sub
                    elif mod in mods and a.name.startswith("_") and not a.name.startswith("__") and mod != m:
                        out.append(f"{m} imports {mod}.{a.name}")
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name in mods and a.asname:
                        aliases[a.asname] = a.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
                    and node.attr.startswith("_") and not node.attr.startswith("__") and aliases[node.value.id] != m):
                out.append(f"{m} uses {aliases[node.value.id]}.{node.attr}")
    return sorted(set(out))


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
    for v in private_uses():
        print("private:", v)
