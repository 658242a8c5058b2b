"""The shape of the package, read from its imports (tools/import_graph.py): no circles between
modules but the .jitc save/load pair, the library never imports its CLI, the cost model never
imports the core, and backends never import schedule rules."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
import import_graph  # noqa: E402

ALLOWED_CYCLES = [["jitc.module", "jitc.module_file"]]  # Module.save / module_file.load


def test_no_import_cycles():
    cycles = [c for c in import_graph.cycles(import_graph.graph()) if c not in ALLOWED_CYCLES]
    assert not cycles, cycles


def test_design_rules_hold():
    assert import_graph.violations(import_graph.graph()) == []


def test_the_graph_sees_the_package():
    g = import_graph.graph()
    assert "jitc.cli.run" in g and "jitc.schedules.cpu.matmul" in g and "jitc.backends.llvm" in g
    assert "jitc.compiler" in g["jitc.cli.compile"]  # the CLI reaches the library, not the other way
