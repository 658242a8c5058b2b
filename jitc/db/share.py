"""The client of a shared kernel database (`jitc db serve`, jitc.db.service).

`pull(url, device, keys, db)` asks the service for the best known configs of these workloads on
this device and stores them in the local database as hints (untrusted: the tuner measures them
first, and adopts one only when it is right and fast here); `push(url, device, records)`
uploads what a tuning run measured. Plain HTTP(S) with JSON, from the standard library.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from .store import Database, Record
from ..device import Device
from ..errors import InputError
from ..version import rules_version

SHARED = "shared"  # the jitc/TVM version of a pulled record: never trusted as it is (a hint)
CHUNK = 500  # records per upload


class ShareError(InputError):
    """The service refused a request or cannot be reached; says which and why."""


def _post(url: str, path: str, body: dict, token: str | None, timeout_s: float = 30.0) -> dict:
    data = json.dumps(body).encode()
    req = urllib.request.Request(url.rstrip("/") + path, data=data, method="POST",
                                 headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as r:
            return json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        try:
            why = json.loads(e.read() or b"{}").get("error", e.reason)
        except ValueError:
            why = e.reason
        raise ShareError(f"{url}{path}: {e.code} {why}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise ShareError(f"{url}: cannot reach the kernel database service ({reason}); is `jitc db serve` "
                         "running there?") from None


def pull(url: str, device: Device, keys, db: Database, token: str | None = None, limit: int = 3) -> int:
    """Store the service's best configs of `keys` on `device` as hints; how many."""
    keys = sorted(set(keys))
    n = 0
    for i in range(0, len(keys), 500):
        res = _post(url, "/v1/best", {"device": device.identity(), "keys": keys[i:i + 500], "limit": limit}, token)
        for key, rows in (res.get("best") or {}).items():
            for row in rows:
                db.add(device, Record(key, row["config"], "ok", float(row["median_us"]), source=f"shared:{url}",
                                      jitc_version=SHARED, tvm_version=SHARED))
                n += 1
    return n


def push(url: str, device: Device, records: list[Record], token: str | None) -> int:
    """Upload records measured on `device`; how many the service stored."""
    rows = [{"workload_key": r.workload_key, "config": r.config, "status": r.status, "median_us": r.median_us,
             "spread": r.spread, "repeats": r.repeats, "jitc_version": r.jitc_version or rules_version(),
             "tvm_version": r.tvm_version} for r in records]
    stored = 0
    for i in range(0, len(rows), CHUNK):
        res = _post(url, "/v1/records", {"device": device.identity(), "origin": "cli", "records": rows[i:i + CHUNK]},
                    token)
        stored += int(res.get("stored", 0))
    return stored
