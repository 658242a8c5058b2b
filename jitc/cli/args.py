"""Argument helpers shared by the subcommands: targets, shapes, inputs, outputs, databases."""

from __future__ import annotations

import os
import zipfile

import numpy as np

from ..errors import InputError, TargetError
from ..reference import random_input
from ..units import parse_duration  # noqa: F401 - the subcommands' durations


def target(a) -> str:
    """--target, with --arch folded in: `--arch sm_90` alone means `--target "cuda -arch=sm_90"`."""
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


def shapes(items: list[str] | None) -> dict:
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


def read_inputs(items: list[str] | None, specs, seed: int = 0) -> tuple[dict, list[str]]:
    """--input NAME=FILE.npy (or NAME=random); inputs not given are random (reported)."""
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


def is_module_file(path: str) -> bool:
    if path.endswith(".jitc"):
        return True
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def db_arg(a):
    """--db PATH; --no-db; else "auto" (the default database, if it exists)."""
    if getattr(a, "no_db", False):
        return None
    return a.db or "auto"


def print_outputs(names, outs, save: str | None) -> None:
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
