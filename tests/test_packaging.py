"""A plain (non-editable) install carries every mapped subpackage (jitc.frontends, ...)."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_every_package_folder_is_declared():
    """Each folder of the package with an __init__.py is in pyproject.toml's packages (a plain
    install leaves out one that is not, and an editable one hides that)."""
    import tomllib

    conf = tomllib.load(open(os.path.join(ROOT, "pyproject.toml"), "rb"))["tool"]["setuptools"]
    declared, dirs = set(conf["packages"]), conf["package-dir"]
    found = set()
    for pkg, d in dirs.items():
        for dirpath, _, files in os.walk(os.path.join(ROOT, d)):
            rel = os.path.relpath(dirpath, os.path.join(ROOT, d))
            name = pkg if rel == "." else pkg + "." + rel.replace(os.sep, ".")
            if "__init__.py" in files and not any(name.startswith(p + ".") for p in dirs if p != pkg and p.startswith(pkg)):
                found.add(name)
    assert found - declared == set(), f"not in pyproject.toml's packages: {sorted(found - declared)}"


def test_plain_install_imports_subpackages(tmp_path):
    target = tmp_path / "site"
    # the venv's (locked) setuptools builds it, as `make setup` does
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target",
                        str(target), ROOT], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    # no setuptools warnings (backends/web is declared as the package data it is)
    assert "Warning" not in r.stdout + r.stderr, (r.stdout + r.stderr)[-3000:]
    code = ("import jitc, jitc.compiler, jitc.passes, jitc.frontends.onnx, jitc.frontends.torch, jitc.schedules, "
            "jitc.cost_model, "
            "jitc.backends.llvm; print(jitc.__file__); print(jitc.schedules.__file__); "
            "import os, jitc.backends; print(os.path.join(os.path.dirname(jitc.backends.__file__), 'web', 'jitc-web.js'))")
    env = dict(os.environ, PYTHONPATH=str(target))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(tmp_path),
                       timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    files = r.stdout.split()
    assert all(f.startswith(str(target)) for f in files), files
    assert os.path.exists(files[-1]), "the browser runtime is not installed as package data"
