"""What the service accepts: devices, configs and records checked for schema, sizes and
plausible times (a batch with one bad record stores nothing).
"""

from __future__ import annotations

import json
import math


KINDS = ("llvm", "cuda", "webgpu", "wasm")


STATUSES = ("ok", "wrong", "build_error", "run_error", "crash", "timeout")


ORIGINS = ("cli", "browser")


MAX_RECORDS = 2000  # per upload


MAX_KEYS = 500  # per query


MAX_DEVICE_BYTES = 4096


MAX_CONFIG_BYTES = 2048


MAX_KEY_CHARS = 200
MIN_US, MAX_US = 1e-3, 6e7  # a kernel between 1 ns and a minute


MAX_SPREAD = MAX_US / MIN_US  # (max - min) / median can be no larger



class Invalid(Exception):
    """A request the service refuses: says which field and why."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status



def _canonical(x) -> str:
    return json.dumps(x, sort_keys=True, separators=(",", ":"))



def _scalar(v) -> bool:
    return v is None or isinstance(v, (bool, int, str)) or (isinstance(v, float) and math.isfinite(v))



def validate_device(d) -> str:
    """The device's fingerprint (canonical JSON) after checking its shape."""
    if not isinstance(d, dict) or d.get("kind") not in KINDS:
        raise Invalid(f"device: an object with kind one of {', '.join(KINDS)} (jitc's device identity)")
    text = _canonical(d)
    if len(text) > MAX_DEVICE_BYTES:
        raise Invalid(f"device: {len(text)} bytes; at most {MAX_DEVICE_BYTES}")
    return text



def validate_config(c, where: str) -> str:
    if not isinstance(c, dict) or not c or not isinstance(c.get("rule"), str):
        raise Invalid(f"{where}.config: an object with a 'rule' (a schedule config)")
    for k, v in c.items():
        ok = _scalar(v) or (isinstance(v, list) and len(v) <= 16 and all(_scalar(x) for x in v))
        if not ok:
            raise Invalid(f"{where}.config.{k}: numbers, strings, booleans or short lists of them")
    text = _canonical(c)
    if len(text) > MAX_CONFIG_BYTES:
        raise Invalid(f"{where}.config: {len(text)} bytes; at most {MAX_CONFIG_BYTES}")
    return text



def validate_records(body) -> tuple[str, str, list[tuple]]:
    """(fingerprint, origin, rows) of an upload, or Invalid naming the first bad field."""
    if not isinstance(body, dict):
        raise Invalid("the body: a JSON object {device, records, origin}")
    device = validate_device(body.get("device"))
    origin = body.get("origin", "cli")
    if origin not in ORIGINS:
        raise Invalid(f"origin: one of {', '.join(ORIGINS)}")
    recs = body.get("records")
    if not isinstance(recs, list) or not recs:
        raise Invalid("records: a non-empty list")
    if len(recs) > MAX_RECORDS:
        raise Invalid(f"records: {len(recs)}; at most {MAX_RECORDS} per upload", 413)
    rows = []
    for i, r in enumerate(recs):
        where = f"records[{i}]"
        if not isinstance(r, dict):
            raise Invalid(f"{where}: an object")
        key = r.get("workload_key")
        if not isinstance(key, str) or not key or len(key) > MAX_KEY_CHARS:
            raise Invalid(f"{where}.workload_key: a string of 1..{MAX_KEY_CHARS} characters")
        config = validate_config(r.get("config"), where)
        status = r.get("status")
        if status not in STATUSES:
            raise Invalid(f"{where}.status: one of {', '.join(STATUSES)}")
        us = r.get("median_us")
        if status == "ok":
            if not isinstance(us, (int, float)) or isinstance(us, bool) or not (MIN_US <= us <= MAX_US):
                raise Invalid(f"{where}.median_us: {us!r} is not a plausible kernel time "
                              f"({MIN_US:g}..{MAX_US:g} microseconds)")
        else:
            us = None
        spread = r.get("spread")
        # (max - min) / median: one preempted repeat of a 2 us kernel on a busy machine makes it 100+
        if spread is not None and (not isinstance(spread, (int, float)) or isinstance(spread, bool)
                                   or not (0 <= spread <= MAX_SPREAD)):
            raise Invalid(f"{where}.spread: a number in 0..{MAX_SPREAD:g} ((max - min) / median of the repeats)")
        repeats = r.get("repeats")
        if repeats is not None and (not isinstance(repeats, int) or not (0 <= repeats <= 100000)):
            raise Invalid(f"{where}.repeats: an integer in 0..100000")
        versions = tuple(str(r.get(k, ""))[:40] for k in ("jitc_version", "tvm_version"))
        rows.append((device, key, config, status, us, spread, repeats, origin, *versions))
    return device, origin, rows


# ---- storage ------------------------------------------------------------------------------
