"""Timing a built kernel on a TVM device (here, a GPU, or a remote one over RPC): warm-up
calls, then TVM's time_evaluator with repeats sized to a minimum duration; the median of the
repeats and their spread ((max - min) / median)."""

from __future__ import annotations


def time_function(lib, name, args, dev, settings) -> dict:
    f = lib[name]
    for _ in range(settings.get("warmup", 2)):
        f(*args)
    dev.sync()
    ev = lib.time_evaluator(name, dev, number=1, repeat=settings.get("repeat", 5),
                            min_repeat_ms=int(settings.get("min_repeat_ms", 10)))
    res = sorted(ev(*args).results)
    med = res[len(res) // 2]
    return {"median_us": med * 1e6, "spread": (res[-1] - res[0]) / med if med > 0 else 0.0, "repeats": len(res)}
