"""The kernel database: every measurement jitc makes, kept in one SQLite file.

    devices       where it ran: a fingerprint of what the generated code and its timing depend
                  on (CPU: target, LLVM CPU name, the ISA features the code uses, vector width,
                  cores, caches; WebGPU: the adapter and its limits; CUDA: the architecture and
                  limits), never the jitc version or a CPU's marketing name; and an ISA key
                  (machines of one ISA share it: their records are hints for each other)
    workloads     what ran: workload key, kernel class, argument shapes and dtypes, FLOPs,
                  and the unscheduled TensorIR (JSON) so records can be re-featurized
    measurements  how it went: config, median and spread, status, when, and the jitc and TVM
                  versions that made it

Trust: `best` (what `jitc compile` builds with) reads only records this jitc and TVM made on
this device. Records of an older jitc, and of other machines of the same ISA, are hints: the
tuner measures (and output-checks) their configs first, and what it measures is trusted.

Schema: `PRAGMA user_version` holds SCHEMA_VERSION; an older file is migrated in place on open
(its devices re-keyed, its records kept as hints), a newer one is refused.

SQLite in WAL mode with a busy timeout: several tuning processes can write at once, and
every record is committed on its own, so a process killed mid-tuning (even with SIGKILL)
leaves a readable database with every finished record. `export`/`import_` move records between
machines as JSON lines, one self-contained record per line.

Path: `Database(path)`, else $JITC_DB, else ~/.cache/jitc/kernels.db (XDG_CACHE_HOME).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field

from ..errors import DatabaseError
from ..tuning.measure import Measurement
from ..device import Device
from ..host import host_machine
from ..target import TargetSpec
from ..version import rules_version, tvm_version

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS devices (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT UNIQUE NOT NULL,
    target TEXT NOT NULL,
    cpu_model TEXT,
    flags TEXT,
    tvm_version TEXT,
    jitc_version TEXT,
    created REAL,
    isa TEXT
);
CREATE TABLE IF NOT EXISTS workloads (
    key TEXT PRIMARY KEY,
    kind TEXT,
    args TEXT,
    flops INTEGER,
    bytes INTEGER,
    func TEXT,
    created REAL
);
CREATE TABLE IF NOT EXISTS measurements (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    workload_key TEXT NOT NULL REFERENCES workloads(key),
    config TEXT NOT NULL,
    status TEXT NOT NULL,
    median_us REAL,
    spread REAL,
    repeats INTEGER,
    build_ms REAL,
    error TEXT,
    source TEXT,
    created REAL,
    jitc_version TEXT,
    tvm_version TEXT
);
CREATE INDEX IF NOT EXISTS m_best ON measurements(device_id, workload_key, status, median_us);
CREATE TABLE IF NOT EXISTS finished (
    device_id INTEGER NOT NULL REFERENCES devices(id),
    workload_key TEXT NOT NULL,
    reason TEXT,
    created REAL,
    PRIMARY KEY (device_id, workload_key)
);
"""

STATUSES = ("ok", "wrong", "build_error", "run_error", "crash", "timeout")


def default_path() -> str:
    env = os.environ.get("JITC_DB")
    if env:
        return env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "jitc", "kernels.db")


def canonical(config: dict) -> str:
    """A config as canonical JSON (sorted keys): equal configs, equal strings."""
    return json.dumps(config, sort_keys=True, separators=(",", ":"))


@dataclass
class Record:
    """One measurement as stored (and as exported, with its device and workload)."""

    workload_key: str
    config: dict
    status: str
    median_us: float | None
    spread: float | None = None
    repeats: int | None = None
    build_ms: float | None = None
    error: str = ""
    source: str = ""
    created: float = 0.0
    jitc_version: str = field(default_factory=rules_version)  # the rule code its config means a schedule of
    tvm_version: str = ""

    @property
    def trusted(self) -> bool:
        """Made by this jitc's rules and TVM (so its config means the same schedule here)."""
        return self.jitc_version == rules_version() and self.tvm_version in ("", tvm_version())

    @staticmethod
    def of(workload_key: str, m: Measurement, source: str) -> "Record":
        """How a measurement of one workload is stored."""
        return Record(workload_key, m.config, m.status, m.median_us, m.spread, m.repeats, m.build_ms, m.error,
                      source=source)

    def measurement(self) -> Measurement:
        """The stored measurement, as the tuner reads it back."""
        return Measurement(self.config, self.status, self.median_us, self.spread, self.repeats, self.build_ms,
                           self.error)


_COLS = ("m.workload_key, m.config, m.status, m.median_us, m.spread, m.repeats, m.build_ms, m.error, m.source, "
         "m.created, m.jitc_version, m.tvm_version")


def _record(r) -> Record:
    return Record(r[0], json.loads(r[1]), r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8] or "", r[9] or 0.0,
                  r[10] or "", r[11] or "")


def _migrate_0_to_1(c: sqlite3.Connection) -> None:
    """Devices keyed on the CPU's marketing name and the jitc version -> keyed on what the code
    depends on. Measurements keep their device's versions (so they are hints until re-checked);
    'finished' marks are dropped (a newer jitc may have a larger space)."""
    cols = {r[1] for r in c.execute("PRAGMA table_info(devices)")}
    if "isa" not in cols:
        c.execute("ALTER TABLE devices ADD COLUMN isa TEXT")
    mcols = {r[1] for r in c.execute("PRAGMA table_info(measurements)")}
    for col in ("jitc_version", "tvm_version"):
        if col not in mcols:
            c.execute(f"ALTER TABLE measurements ADD COLUMN {col} TEXT")
            c.execute(f"UPDATE measurements SET {col} = (SELECT d.{col} FROM devices d WHERE d.id = device_id)")
    keep: dict[str, int] = {}
    for did, target, cpu_model, flags, tvm_v, jitc_v in c.execute(
            "SELECT id, target, cpu_model, flags, tvm_version, jitc_version FROM devices ORDER BY id").fetchall():
        try:
            spec = TargetSpec.from_json(json.loads(target))
        except (json.JSONDecodeError, TypeError):
            continue
        dev = Device(spec, cpu_model or "", tuple((flags or "").split(",")) if flags else (), tvm_v or "",
                     jitc_v or "", host_machine() if spec.kind == "llvm" and not spec.mtriple else "")
        fp = dev.fingerprint
        if fp in keep:  # two old devices (another jitc version, say) are one device now
            c.execute("UPDATE measurements SET device_id=? WHERE device_id=?", (keep[fp], did))
            c.execute("DELETE FROM finished WHERE device_id=?", (did,))
            c.execute("DELETE FROM devices WHERE id=?", (did,))
            continue
        keep[fp] = did
        c.execute("UPDATE devices SET fingerprint=?, isa=? WHERE id=?", ("migrating:" + str(did), dev.isa, did))
    for fp, did in keep.items():
        c.execute("UPDATE devices SET fingerprint=? WHERE id=?", (fp, did))
    c.execute("DELETE FROM finished")


MIGRATIONS = {0: _migrate_0_to_1}


class Database:
    def __init__(self, path: str | None = None):
        self.path = os.fspath(path) if path is not None else default_path()
        d = os.path.dirname(os.path.abspath(self.path))
        try:
            os.makedirs(d, exist_ok=True)
        except OSError as e:
            raise DatabaseError(f"{self.path}: cannot create its directory ({e})") from None
        self._local = threading.local()
        self._devices: dict[str, int] = {}
        try:
            self._open_schema()
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"{self.path}: not a jitc kernel database, or it is corrupt ({e})") from None

    def _open_schema(self) -> None:
        c = self._conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if version > SCHEMA_VERSION:
                raise DatabaseError(f"{self.path}: made by a newer jitc (schema {version}; this jitc reads up to "
                                    f"{SCHEMA_VERSION}); upgrade jitc or use another database (--db / JITC_DB)")
            if "devices" in tables:
                while version < SCHEMA_VERSION:
                    MIGRATIONS[version](c)
                    version += 1
            for stmt in SCHEMA.split(";"):
                if stmt.strip():
                    c.execute(stmt)
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # ---- connection ---------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            try:
                c = sqlite3.connect(self.path, timeout=60.0, isolation_level=None)
                c.execute("PRAGMA journal_mode=WAL")
                c.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable against process kills
                c.execute("PRAGMA busy_timeout=60000")
            except sqlite3.DatabaseError as e:
                raise DatabaseError(f"{self.path}: cannot open: not a jitc kernel database, or it is corrupt ({e})") from None
            self._local.conn = c
        return c

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    def _write(self, sql: str, args=()) -> sqlite3.Cursor:
        c = self._conn()
        for attempt in range(20):
            try:
                c.execute("BEGIN IMMEDIATE")
                cur = c.execute(sql, args)
                c.execute("COMMIT")
                return cur
            except sqlite3.OperationalError as e:
                try:
                    c.execute("ROLLBACK")
                except sqlite3.OperationalError:
                    pass
                if "locked" not in str(e) and "busy" not in str(e):
                    raise DatabaseError(f"{self.path}: {e}") from None
                time.sleep(0.05 * (attempt + 1))
        raise DatabaseError(f"{self.path}: still locked by another writer after retries")

    # ---- devices and workloads ----------------------------------------------------------
    def device_id(self, device: Device) -> int:
        fp = device.fingerprint
        if fp in self._devices:
            return self._devices[fp]
        self._write("INSERT OR IGNORE INTO devices (fingerprint, target, cpu_model, flags, tvm_version, jitc_version,"
                    " created, isa) VALUES (?,?,?,?,?,?,?,?)",
                    (fp, json.dumps(device.target.to_json(), sort_keys=True), device.cpu_model,
                     ",".join(device.flags), device.tvm_version, device.jitc_version, time.time(), device.isa))
        row = self._conn().execute("SELECT id FROM devices WHERE fingerprint=?", (fp,)).fetchone()
        self._devices[fp] = row[0]
        return row[0]

    def add_workload(self, kernel, func_json: str | None = None) -> None:
        """Record a kernel's workload (idempotent)."""
        if func_json is None:
            import tvm  # TVM loads on first use: `jitc db` reads records without it

            func_json = tvm.ir.save_json(kernel.func)
        args = json.dumps([{"shape": list(s), "dtype": d} for s, d in kernel.args])
        self._write("INSERT OR IGNORE INTO workloads (key, kind, args, flops, bytes, func, created)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (kernel.key, kernel.kind, args, int(kernel.flops), int(kernel.bytes), func_json, time.time()))

    def has_workload(self, key: str) -> bool:
        return self._conn().execute("SELECT 1 FROM workloads WHERE key=?", (key,)).fetchone() is not None

    # ---- measurements -------------------------------------------------------------------
    def add(self, device: Device, rec: Record) -> None:
        """Store one measurement, committed at once (a kill after this keeps it)."""
        did = self.device_id(device)
        self._write("INSERT INTO measurements (device_id, workload_key, config, status, median_us, spread, repeats,"
                    " build_ms, error, source, created, jitc_version, tvm_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (did, rec.workload_key, canonical(rec.config), rec.status, rec.median_us, rec.spread,
                     rec.repeats, rec.build_ms, rec.error[:2000], rec.source, rec.created or time.time(),
                     rec.jitc_version or "", rec.tvm_version or tvm_version()))

    def records(self, device: Device | None = None, key: str | None = None, status: str | None = None,
                trusted: bool | None = None) -> list[Record]:
        """Records, oldest first; `trusted=True`: only this jitc's and TVM's (see Record.trusted)."""
        sql = f"SELECT {_COLS} FROM measurements m"
        where, args = [], []
        if trusted is not None:
            where.append("(m.jitc_version=? AND m.tvm_version=?)" if trusted else
                         "NOT (m.jitc_version IS ? AND m.tvm_version IS ?)")
            args += [rules_version(), tvm_version()]
        if device is not None:
            where.append("m.device_id=?")
            args.append(self.device_id(device))
        if key is not None:
            where.append("m.workload_key=?")
            args.append(key)
        if status is not None:
            where.append("m.status=?")
            args.append(status)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY m.id"
        return [_record(r) for r in self._conn().execute(sql, args)]

    def measured_configs(self, device: Device, key: str) -> dict[str, Record]:
        """{canonical config: latest trusted record} of one workload on one device."""
        out = {}
        for r in self.records(device, key, trusted=True):
            out[canonical(r.config)] = r
        return out

    def mark_finished(self, device: Device, key: str, reason: str) -> None:
        """Tuning of this workload on this device is complete (its space is measured, or the
        cost model's stopping rule ended it): later tuning runs skip it."""
        self._write("INSERT OR REPLACE INTO finished (device_id, workload_key, reason, created) VALUES (?,?,?,?)",
                    (self.device_id(device), key, reason, time.time()))

    def finished(self, device: Device, key: str) -> str | None:
        r = self._conn().execute("SELECT reason FROM finished WHERE device_id=? AND workload_key=?",
                                 (self.device_id(device), key)).fetchone()
        return r[0] if r else None

    def best(self, device: Device, key: str) -> Record | None:
        """The fastest trusted config, by the latest measurement of each config: a later, more
        careful timing (a paired A/B check) overrides an earlier noisy one."""
        did = self.device_id(device)
        r = self._conn().execute(
            f"SELECT {_COLS} FROM measurements m JOIN (SELECT config, MAX(id) AS last FROM measurements"
            " WHERE device_id=? AND workload_key=? AND jitc_version=? AND tvm_version=? GROUP BY config) l"
            " ON m.id = l.last WHERE m.status='ok' AND m.median_us IS NOT NULL ORDER BY m.median_us LIMIT 1",
            (did, key, rules_version(), tvm_version())).fetchone()
        return _record(r) if r is not None else None

    def hints(self, device: Device, key: str, limit: int = 8) -> list[dict]:
        """Configs worth measuring first, fastest first: this device's records from an older jitc
        or TVM, then other devices' of the same ISA (not yet re-checked here: never trusted
        as they are). Configs this jitc has measured on this device are left out."""
        did = self.device_id(device)
        rows = self._conn().execute(
            "SELECT m.config, MIN(m.median_us), m.device_id = ? AS own FROM measurements m JOIN devices d"
            " ON d.id = m.device_id WHERE m.workload_key=? AND m.status='ok' AND m.median_us IS NOT NULL"
            " AND (m.device_id = ? OR d.isa = ?) GROUP BY m.config, own ORDER BY own DESC, MIN(m.median_us)",
            (did, key, did, device.isa)).fetchall()
        done = set(self.measured_configs(device, key))
        out, seen = [], set()
        for text, _, _ in rows:
            cfg = json.loads(text)
            c = canonical(cfg)
            if c in done or c in seen:
                continue
            seen.add(c)
            out.append(cfg)
            if len(out) >= limit:
                break
        return out

    def best_configs(self, keys, dev: Device) -> dict[str, dict]:
        """{workload key: best config} on device `dev`."""
        out = {}
        for k in set(keys):
            b = self.best(dev, k)
            if b is not None:
                out[k] = b.config
        return out

    def summary(self) -> list[dict]:
        """Per device and workload: records, ok records, best median."""
        rows = self._conn().execute(
            "SELECT d.id, d.cpu_model, d.target, w.key, w.kind, w.args, w.flops, COUNT(m.id),"
            " SUM(m.status='ok'), MIN(CASE WHEN m.status='ok' THEN m.median_us END)"
            " FROM measurements m JOIN devices d ON d.id=m.device_id LEFT JOIN workloads w ON w.key=m.workload_key"
            " GROUP BY d.id, m.workload_key ORDER BY d.id, w.kind, w.key").fetchall()
        return [{"device": r[0], "cpu_model": r[1], "target": json.loads(r[2]).get("kind"), "key": r[3],
                 "kind": r[4], "args": json.loads(r[5]) if r[5] else [], "flops": r[6], "records": r[7],
                 "ok": r[8] or 0, "best_us": r[9]} for r in rows]

    def workload(self, key: str) -> dict | None:
        r = self._conn().execute("SELECT key, kind, args, flops, bytes, func FROM workloads WHERE key=?",
                                 (key,)).fetchone()
        if r is None:
            return None
        return {"key": r[0], "kind": r[1], "args": json.loads(r[2]), "flops": r[3], "bytes": r[4], "func": r[5]}

    def devices(self) -> list[tuple[int, Device]]:
        out = []
        for r in self._conn().execute("SELECT id, target, cpu_model, flags, tvm_version, jitc_version FROM devices"):
            out.append((r[0], Device(TargetSpec.from_json(json.loads(r[1])), r[2] or "",
                                     tuple((r[3] or "").split(",")) if r[3] else (), r[4] or "", r[5] or "")))
        return out

    # ---- moving records between machines -----------------------------------------------
    def export(self, out, device: Device | None = None, with_func: bool = True) -> int:
        """Write records as JSON lines (device and workload embedded). Returns the count."""
        devs = dict(self.devices())
        sql = ("SELECT m.device_id, m.workload_key, m.config, m.status, m.median_us, m.spread, m.repeats,"
               " m.build_ms, m.error, m.source, m.created, m.jitc_version, m.tvm_version FROM measurements m")
        args = ()
        if device is not None:
            sql += " WHERE m.device_id=?"
            args = (self.device_id(device),)
        n = 0
        wl_cache: dict = {}
        for r in self._conn().execute(sql + " ORDER BY m.id", args).fetchall():
            key = r[1]
            if key not in wl_cache:
                wl = self.workload(key) or {"key": key}
                if not with_func:
                    wl.pop("func", None)
                wl_cache[key] = wl
            rec = {"device": devs[r[0]].to_json(), "workload": wl_cache[key], "config": json.loads(r[2]),
                   "status": r[3], "median_us": r[4], "spread": r[5], "repeats": r[6], "build_ms": r[7],
                   "error": r[8] or "", "source": r[9] or "", "created": r[10], "jitc_version": r[11] or "",
                   "tvm_version": r[12] or ""}
            out.write(json.dumps(rec, sort_keys=True) + "\n")
            n += 1
        return n

    def import_(self, lines, source: str = "import") -> int:
        """Read JSON lines written by `export`; records already present are skipped."""
        n = 0
        for i, line in enumerate(lines, 1):
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
                dev = Device.from_json(d["device"])
                wl = d["workload"]
                status = d["status"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise DatabaseError(f"line {i}: not a jitc kernel record ({type(e).__name__}: {e})") from None
            if status not in STATUSES:
                raise DatabaseError(f"line {i}: unknown status {status!r}")
            if not self.has_workload(wl["key"]):
                self._write("INSERT OR IGNORE INTO workloads (key, kind, args, flops, bytes, func, created)"
                            " VALUES (?,?,?,?,?,?,?)",
                            (wl["key"], wl.get("kind"), json.dumps(wl.get("args", [])), wl.get("flops"),
                             wl.get("bytes"), wl.get("func"), time.time()))
            did = self.device_id(dev)
            dup = self._conn().execute(
                "SELECT 1 FROM measurements WHERE device_id=? AND workload_key=? AND config=? AND created=?",
                (did, wl["key"], canonical(d["config"]), d.get("created"))).fetchone()
            if dup:
                continue
            self.add(dev, Record(wl["key"], d["config"], status, d.get("median_us"), d.get("spread"),
                                 d.get("repeats"), d.get("build_ms"), d.get("error", ""),
                                 d.get("source") or source, d.get("created") or time.time(),
                                 d.get("jitc_version") or dev.jitc_version, d.get("tvm_version") or dev.tvm_version))
            n += 1
        return n
