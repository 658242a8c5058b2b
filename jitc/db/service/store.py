"""The service's storage: SQLite (a path) or PostgreSQL (a postgresql:// URL, through psycopg),
the best records of a device's workloads.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time

from ...errors import InputError


def redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS shared_records (
        id {id},
        device TEXT NOT NULL, workload_key TEXT NOT NULL, config TEXT NOT NULL, status TEXT NOT NULL,
        median_us DOUBLE PRECISION, spread DOUBLE PRECISION, repeats INTEGER, origin TEXT NOT NULL,
        jitc_version TEXT, tvm_version TEXT, client TEXT NOT NULL, created DOUBLE PRECISION NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS shared_records_lookup ON shared_records (device, workload_key, status)",
]



class Store:
    """The service's records in SQLite (a path) or PostgreSQL (a postgresql:// URL)."""

    def __init__(self, where: str):
        self.where = where
        self.postgres = where.startswith(("postgresql://", "postgres://"))
        self._lock = threading.Lock()
        if self.postgres:
            try:
                import psycopg  # optional dependency (jitc[serve])
            except ImportError:
                raise InputError("a PostgreSQL database needs psycopg: pip install 'jitc[serve]'") from None
            try:
                self.conn = psycopg.connect(where, autocommit=True)
            except Exception as e:  # noqa: BLE001 - psycopg's errors name host, user and reason
                raise InputError(f"{redact(where)}: cannot connect ({str(e).strip()[:300]})") from None
            ident = "BIGSERIAL PRIMARY KEY"
        else:
            d = os.path.dirname(os.path.abspath(where))
            os.makedirs(d, exist_ok=True)
            self.conn = sqlite3.connect(where, check_same_thread=False, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            ident = "INTEGER PRIMARY KEY AUTOINCREMENT"
        for sql in _SCHEMA:
            self._exec(sql.format(id=ident))

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def _exec(self, sql: str, args=()):
        with self._lock:
            cur = self.conn.execute(self._sql(sql), args)
            return cur.fetchall() if cur.description else []

    def add(self, rows: list[tuple], client: str) -> int:
        now = time.time()
        sql = self._sql("INSERT INTO shared_records (device, workload_key, config, status, median_us, spread, "
                        "repeats, origin, jitc_version, tvm_version, client, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        with self._lock:
            if self.postgres:
                with self.conn.transaction(), self.conn.cursor() as cur:
                    cur.executemany(sql, [r + (client, now) for r in rows])
            else:
                self.conn.execute("BEGIN")
                try:
                    self.conn.executemany(sql, [r + (client, now) for r in rows])
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
        return len(rows)

    def best(self, device: str, keys: list[str], limit: int) -> dict[str, list[dict]]:
        out = {}
        for k in keys:
            rows = self._exec("SELECT config, MIN(median_us), COUNT(*), MIN(origin) FROM shared_records WHERE device=?"
                              " AND workload_key=? AND status='ok' AND median_us IS NOT NULL GROUP BY config"
                              " ORDER BY MIN(median_us) LIMIT ?", (device, k, limit))
            if rows:
                out[k] = [{"config": json.loads(c), "median_us": us, "n": n, "origin": o} for c, us, n, o in rows]
        return out

    def counts(self) -> tuple[int, int]:
        r = self._exec("SELECT COUNT(*), COUNT(DISTINCT device) FROM shared_records")
        return int(r[0][0]), int(r[0][1])

    def close(self) -> None:
        self.conn.close()
