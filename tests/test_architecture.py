"""The shape of the package, read from its imports (tools/import_graph.py): no circles between
modules but the .jitc save/load pair, the library never imports its CLI, the cost model never
imports the core, backends never import schedule rules, and no module uses another's private
names."""

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


def test_no_module_uses_a_siblings_private_names():
    assert import_graph.private_uses() == []


def test_a_private_import_is_caught(tmp_path):
    (tmp_path / "a.py").write_text("_hidden = 1\n")
    (tmp_path / "b.py").write_text("from .a import _hidden\n")
    (tmp_path / "c.py").write_text("from . import a\nx = a._hidden\n")
    (tmp_path / "d.py").write_text("from . import a\nx = a.__doc__\nfrom .a import hidden_ok\n")
    mods = {f"jitc.fake.{n}": str(tmp_path / f"{n}.py") for n in "abcd"}
    assert import_graph.private_uses(mods) == ["jitc.fake.b imports jitc.fake.a._hidden",
                                               "jitc.fake.c uses jitc.fake.a._hidden"]
