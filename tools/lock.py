"""Write requirements.lock: every direct and transitive dependency of jitc and all its extras,
pinned, for the README's commands and CI (`make setup` installs with it as pip constraints).

    python tools/lock.py            # resolve again, keeping the pins that still fit (needs uv:
                                    # `make lock` installs it); --upgrade: everything anew
    python tools/lock.py --check    # exit 1 when pyproject.toml and the lock disagree
    python tools/lock.py --drift PY # what PY's environment has that differs from the lock

`uv pip compile` resolves for CPython 3.11 on Linux. PyTorch is pinned without its local label
(`torch==2.13.0`, not `2.13.0+cpu`): pip then takes the CPU wheel where the machine carries one
(this workplace's machines do, through pip's find-links) and PyPI's build of the same release
elsewhere. The resolution itself must see the CPU wheel (TORCH_WHEELS, /opt/wheels by default),
or PyPI's CUDA build would drag its nvidia-* packages into the lock: the script refuses that.

The lock's header holds a digest of pyproject.toml's dependency lists; tests/test_lock.py
recomputes it and checks every requirement against its pin, so editing one without the other
fails the suite.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYPROJECT = os.path.join(ROOT, "pyproject.toml")
LOCK = os.path.join(ROOT, "requirements.lock")
PYTHON = "3.11"
# installers pinned beside the packages: pip itself and the build backend (setup installs
# with --no-build-isolation, so the backend is the locked one, not the newest of the day)
TOOLS = ["pip", "setuptools>=68"]
_FORBIDDEN = re.compile(r"^(nvidia-|triton)")


def dependency_spec(path=PYPROJECT):
    """pyproject.toml's dependency lists, as {"": [...], extra: [...]} in file order."""
    with open(path, "rb") as f:
        project = tomllib.load(f)["project"]
    spec = {"": list(project.get("dependencies", []))}
    spec.update({k: list(v) for k, v in project.get("optional-dependencies", {}).items()})
    return spec


def spec_digest(spec):
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


def read_lock(path=LOCK):
    """(digest recorded in the header or None, {normalized name: version})."""
    digest, pins = None, {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            m = re.match(r"#\s*pyproject-digest:\s*(\w+)", line)
            if m:
                digest = m.group(1)
            if not line or line.startswith("#"):
                continue
            name, _, version = line.partition("==")
            pins[normalize(name)] = version.split(";")[0].strip()
    return digest, pins


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def disagreements(spec=None, lock=LOCK):
    """What pyproject.toml asks that the lock does not give, one line each (empty: they agree)."""
    from packaging.requirements import Requirement
    from packaging.version import Version

    spec = dependency_spec() if spec is None else spec
    digest, pins = read_lock(lock)
    out = []
    if digest != spec_digest(spec):
        out.append(f"requirements.lock was made for other dependency lists (digest {digest}, "
                   f"pyproject.toml's is {spec_digest(spec)}): run `make lock`")
    for extra, reqs in spec.items():
        for text in reqs:
            req = Requirement(text)
            name = normalize(req.name)
            where = f"[{extra}]" if extra else "dependencies"
            if name not in pins:
                out.append(f"{req.name} ({where}) is not in requirements.lock: run `make lock`")
            elif not req.specifier.contains(Version(pins[name]), prereleases=True):
                out.append(f"{req.name}: pyproject.toml {where} asks {req.specifier}, "
                           f"requirements.lock pins {pins[name]}: run `make lock`")
    return out


def drift(python):
    """Lines naming each package whose version in `python`'s environment is not the locked one."""
    out = subprocess.run([python, "-m", "pip", "list", "--format=json"], check=True, capture_output=True,
                         text=True).stdout
    have = {normalize(p["name"]): p["version"] for p in json.loads(out)}
    _, pins = read_lock()
    lines = []
    for name in sorted(set(have) | set(pins)):
        locked, got = pins.get(name), have.get(name)
        if name == "jitc" or (locked and got and locked == got.split("+")[0]):
            continue
        lines.append(f"  {name}: lock {locked or '-'}, here {got or '-'}")
    return lines


def compile_lock(uv, wheels, upgrade=False):
    spec = dependency_spec()
    with tempfile.TemporaryDirectory() as tmp:
        tools = os.path.join(tmp, "tools.in")
        with open(tools, "w") as f:
            f.write("\n".join(TOOLS) + "\n")
        out = os.path.join(tmp, "out.txt")
        if os.path.exists(LOCK) and not upgrade:
            # uv keeps the versions an existing output file pins where they still satisfy
            # pyproject.toml: a new dependency is added without upgrading everything else.
            # torch stays out: its pin has no local label, and as a preference it would pick
            # PyPI's CUDA build over the CPU wheel in `wheels`
            with open(LOCK) as src, open(out, "w") as dst:
                dst.writelines(ln for ln in src if not ln.startswith("torch=="))
        cmd = [uv, "pip", "compile", PYPROJECT, tools, "--all-extras", "--python-version", PYTHON,
               "--python-platform", "x86_64-manylinux_2_28", "--no-header", "--no-annotate",
               "--quiet", "-o", out]
        if os.path.isdir(wheels):
            cmd += ["--find-links", wheels]
        subprocess.run(cmd, check=True, cwd=ROOT)
        with open(os.path.join(tmp, "out.txt")) as f:
            lines = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
    pins = []
    for line in lines:
        name, _, version = line.partition("==")
        if _FORBIDDEN.match(normalize(name)):
            sys.exit(f"lock: {name} in the resolution: PyTorch resolved to a CUDA build. Put the "
                     f"CPU wheel of {version or 'torch'} in TORCH_WHEELS (now {wheels}) and retry")
        pins.append(f"{name}=={version.split('+')[0]}")  # drop local labels (+cpu)
    header = [
        "# requirements.lock: every dependency of jitc[all extras], pinned. Made by `make lock`",
        f"# (tools/lock.py: uv pip compile for CPython {PYTHON} on Linux); `make setup` installs",
        "# with it as constraints. Do not edit by hand: change pyproject.toml and run `make lock`.",
        f"# pyproject-digest: {spec_digest(spec)}",
    ]
    with open(LOCK, "w") as f:
        f.write("\n".join(header + pins) + "\n")
    print(f"requirements.lock: {len(pins)} packages pinned")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare pyproject.toml with the lock")
    ap.add_argument("--drift", metavar="PYTHON", help="list what PYTHON's packages differ from the lock")
    ap.add_argument("--uv", default=shutil.which("uv") or "uv")
    ap.add_argument("--upgrade", action="store_true", help="resolve every package anew (default: keep the pins "
                    "that still satisfy pyproject.toml)")
    ap.add_argument("--wheels", default=os.environ.get("TORCH_WHEELS", "/opt/wheels"))
    args = ap.parse_args(argv)
    if args.check:
        problems = disagreements()
        for p in problems:
            print(p)
        return 1 if problems else 0
    if args.drift:
        lines = drift(args.drift)
        print(f"{len(lines)} packages differ from requirements.lock" + (":" if lines else ""))
        print("\n".join(lines))
        return 0
    compile_lock(args.uv, args.wheels, args.upgrade)
    return 0


if __name__ == "__main__":
    sys.exit(main())
