"""64-bit integers and bools as 32-bit integers, for targets without them (WGSL has no i64,
and no bool or i8 storage buffers).

ONNX computes token ids, positions and attention masks in int64, and masks in bool; a WebGPU
kernel cannot read or write such a buffer. `narrowed(kernel)` is the kernel computing with
int32 instead:
- int64 everywhere (buffers, loop variables, constants, casts) becomes int32: the same numbers
  wherever they fit in 32 bits, as ids, positions, masks and shapes of a browser-sized model
  do. A constant that does not fit is refused (LimitError), so a kernel never computes other
  numbers; a run-time value that does not fit is refused at the boundary (jitc-web.js checks
  inputs).
- a bool argument is stored as int32 (0 or 1): loads are cast to bool, stores from it.
The runtime keeps those buffers as int32 on the GPU and converts inputs and outputs.

Done on the kernel's TVMScript, which spells out every dtype, and parsed back.
"""

from __future__ import annotations

import dataclasses
import re

from tvm.script import from_source

from ..target import LimitError

NARROWED = ("int64", "bool")  # buffer dtypes that are int32 on such a target
_INT64_LITERAL = re.compile(r"T\.int64\((-?\d+)\)")
_INT32_MIN, _INT32_MAX = -(2 ** 31), 2 ** 31 - 1


def needs_narrowing(kernel) -> bool:
    """Whether a jitc.kernels.Kernel reads or writes an int64 or bool buffer."""
    return any(d in NARROWED for _, d in kernel.args)


def narrowed(kernel):
    """The Kernel computing with int32 instead of int64 and bool buffers."""
    return dataclasses.replace(kernel, func=narrow(kernel.func, kernel.name),
                               args=[(s, "int32" if d in NARROWED else d) for s, d in kernel.args])


def _bracket_end(text: str, i: int) -> int:
    """The index just past the `]` matching the `[` at text[i]."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "[":
            depth += 1
        elif text[j] == "]":
            depth -= 1
            if depth == 0:
                return j + 1
    raise ValueError("unbalanced brackets")


def _bool_params_as_int32(text: str, names: list[str]) -> str:
    """Bool parameter buffers stored as int32: signature dtype, loads cast to bool, stores
    cast to int32 (T.reads/T.writes regions unchanged)."""
    if not names:
        return text
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")\[")
    out = []
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("def main("):
            for n in names:
                line = re.sub(rf'(\b{re.escape(n)}: T\.Buffer\(.*?\), )"bool"\)', r'\1"int32")', line)
            out.append(line)
            continue
        if stripped.startswith(("T.reads(", "T.writes(")):
            out.append(line)
            continue
        store = None
        m = pattern.match(stripped)
        if m:
            end = _bracket_end(stripped, m.end() - 1)
            if stripped[end:].startswith(" = "):
                store = (line[: len(line) - len(stripped)] + stripped[:end], stripped[end + 3:])
        body = store[1] if store else line
        pieces, pos = [], 0
        for m2 in pattern.finditer(body):
            if m2.start() < pos:
                continue
            end = _bracket_end(body, m2.end() - 1)
            pieces.append(body[pos:m2.start()] + f'T.Cast("bool", {body[m2.start():end]})')
            pos = end
        body = "".join(pieces) + body[pos:]
        out.append(f'{store[0]} = T.Cast("int32", {body})' if store else body)
    return "\n".join(out)


def narrow(func, name: str = "kernel"):
    """`func` computing with int32 instead of int64 and bool buffers (see the module docstring)."""
    text = func.script()
    for m in _INT64_LITERAL.finditer(text):
        v = int(m.group(1))
        if not _INT32_MIN <= v <= _INT32_MAX:
            raise LimitError(f"{name}: the 64-bit constant {v} does not fit the 32-bit integers WGSL computes with")
    if "metadata[" in text:
        raise LimitError(f"{name}: a kernel with embedded constants is not narrowed to 32-bit integers")
    header = next((ln for ln in text.splitlines() if ln.lstrip().startswith("def main(")), "")
    bools = re.findall(r'(\w+): T\.Buffer\([^"]*?\), "bool"\)', header)
    text = _bool_params_as_int32(text, bools)
    # attribute lines keep their own integers (the parser's hints want them as they are)
    text = "\n".join(ln if "_attr(" in ln else re.sub(r"\bT\.int64\b", "T.int32", ln.replace('"int64"', '"int32"'))
                     for ln in text.splitlines())
    try:
        out = from_source(text, check_well_formed=False)
    except Exception as e:  # noqa: BLE001 - TVMScript that does not parse back: say which kernel
        raise LimitError(f"{name}: its int64/bool buffers cannot be narrowed to int32 ({str(e).strip()[-200:]})") from None
    if hasattr(out, "functions"):  # an IRModule around the one function
        out = next(iter(out.functions.values()))
    return out
