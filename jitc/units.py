"""Units users write: durations ("30s", "2m", "500ms", "1h", or seconds)."""

from __future__ import annotations

from .errors import InputError


def parse_duration(text: str) -> float:
    """'30s', '2m', '500ms', '1h' or a number of seconds."""
    t = text.strip().lower()
    for suffix, mult in (("ms", 1e-3), ("s", 1.0), ("m", 60.0), ("h", 3600.0)):
        if t.endswith(suffix):
            try:
                return float(t[: -len(suffix)]) * mult
            except ValueError:
                break
    try:
        return float(t)
    except ValueError:
        raise InputError(f"cannot read the duration {text!r}; write e.g. 30s, 2m, 500ms") from None
