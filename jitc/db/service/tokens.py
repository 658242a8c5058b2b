"""Who may write (and, optionally, read): tokens issued by the operator (`jitc db token NAME`),
stored as SHA-256 hashes; uploads rate-limited per client.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time

from ...errors import InputError


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()



def issue_token(path: str, name: str) -> str:
    """A new write token for `name`, appended (hashed) to the tokens file; the token itself is
    returned once and stored nowhere."""
    if not name or any(c.isspace() for c in name):
        raise InputError(f"token name {name!r}: one word (who the token is for)")
    token = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a") as f:
        f.write(f"{name} {token_hash(token)}\n")
    return token



def read_tokens(path: str | None) -> dict[str, str]:
    """{hash: name} from a tokens file (lines "NAME SHA256"); {} without one."""
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8") as f:
            lines = [ln.split() for ln in f if ln.strip() and not ln.startswith("#")]
    except OSError as e:
        raise InputError(f"{path}: cannot read the tokens file ({e.strerror}); create one with "
                         f"`jitc db token NAME --tokens {path}`") from None
    bad = [i + 1 for i, p in enumerate(lines) if len(p) != 2 or len(p[1]) != 64]
    if bad:
        raise InputError(f"{path}: line {bad[0]} is not 'NAME SHA256' (written by `jitc db token`)")
    return {h: n for n, h in lines}



class RateLimit:
    """A token bucket per client: `per_minute` requests, bursts up to that many."""

    def __init__(self, per_minute: float):
        self.rate = per_minute / 60.0
        self.burst = max(1.0, per_minute)
        self.buckets: dict[str, tuple[float, float]] = {}

    def allow(self, client: str) -> float:
        """0 when allowed, else the seconds until the next request would be."""
        now = time.monotonic()
        level, last = self.buckets.get(client, (self.burst, now))
        level = min(self.burst, level + (now - last) * self.rate)
        if level < 1.0:
            self.buckets[client] = (level, now)
            return (1.0 - level) / self.rate
        self.buckets[client] = (level - 1.0, now)
        return 0.0


# ---- HTTP -----------------------------------------------------------------------------------
