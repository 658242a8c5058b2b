"""`jitc db serve`: a shared kernel database for a team, over HTTP (JSON), on Tornado.

Tuning records come in from `jitc tune --db-url` and from browsers (`model.tune({share: url})`
in jitc-web.js), keyed by the device's fingerprint (for a CPU: LLVM's machine, CPU name,
features and cores; for WebGPU: the adapter's vendor, architecture, limits and features);
the service answers "the best known configs of these workloads on this device". What it
answers is a hint: jitc measures a shared config on its own device before it adopts it
(jitc.db_share imports them untrusted; the browser times them against its default).

API (JSON bodies; errors are {"error": "..."} with a 4xx status):
  GET  /v1/health                       -> {"ok": true, "records": n, "devices": n}
  POST /v1/records  {device, records, origin}  -> {"stored": n}       (write token)
  POST /v1/best     {device, keys, limit?}     -> {"best": {key: [{config, median_us, n, origin}]}}
                                                  (open, or read token with --read-token-required)
Authorization: "Bearer TOKEN"; tokens are issued by the operator (`jitc db token NAME`) and
stored as SHA-256 hashes. Uploads are limited in size (--max-upload-kb) and in rate per client
(--rate uploads per minute, per token, else per address). Every record is validated (schema,
sizes, plausible times) and a batch with one bad record stores nothing.

Storage: SQLite (a path) or PostgreSQL (a postgresql:// URL, through psycopg).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
import threading
import time
import re
import secrets
import asyncio
import ssl

from .errors import InputError

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
                raise InputError(f"{_redact(where)}: cannot connect ({str(e).strip()[:300]})") from None
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


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


# ---- tokens -------------------------------------------------------------------------------
def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(path: str, name: str) -> str:
    """A new write token for `name`, appended (hashed) to the tokens file; the token itself is
    returned once and stored nowhere."""
    if not name or any(c.isspace() for c in name):
        raise InputError(f"token name {name!r}: one word (who the token is for)")
    token = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a") as f:
        f.write(f"{name} {_hash(token)}\n")
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
def make_app(store: Store, tokens: dict[str, str], *, read_token_required: bool = False,
             max_upload_bytes: int = 1 << 20, rate_per_minute: float = 60.0, cors_origin: str = "*"):
    import tornado.web  # optional dependency (jitc[serve])

    limiter = RateLimit(rate_per_minute)

    class Base(tornado.web.RequestHandler):
        def set_default_headers(self):
            self.set_header("Content-Type", "application/json")
            if cors_origin:
                self.set_header("Access-Control-Allow-Origin", cors_origin)
                self.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                self.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")

        def options(self, *args):
            self.set_status(204)
            self.finish()

        def fail(self, status: int, message: str, retry_after: float | None = None):
            self.set_status(status)
            if retry_after is not None:
                self.set_header("Retry-After", str(max(1, math.ceil(retry_after))))
            self.finish(json.dumps({"error": message}))

        def client(self) -> str | None:
            """The token's name; None without a valid token."""
            h = self.request.headers.get("Authorization", "")
            if not h.startswith("Bearer "):
                return None
            return tokens.get(_hash(h[7:].strip()))

        def body(self):
            if len(self.request.body) > max_upload_bytes:
                raise Invalid(f"the body is {len(self.request.body)} bytes; this server takes at most "
                              f"{max_upload_bytes}: send fewer records per request", 413)
            try:
                return json.loads(self.request.body or b"null")
            except (ValueError, UnicodeDecodeError) as e:
                raise Invalid(f"the body is not JSON ({e})") from None

        def write_error(self, status_code, **kwargs):
            self.finish(json.dumps({"error": self._reason}))

    class Health(Base):
        def get(self):
            n, d = store.counts()
            self.finish(json.dumps({"ok": True, "records": n, "devices": d}))

    class Records(Base):
        def post(self):
            client = self.client()
            if client is None:
                how = ("this server has no write tokens yet: its operator issues them with `jitc db token NAME`"
                       if not tokens else "send 'Authorization: Bearer TOKEN' with a token the operator issued")
                return self.fail(401, f"writing needs a token; {how}")
            wait = limiter.allow("token:" + client)
            if wait:
                return self.fail(429, f"too many uploads from {client}: at most {limiter.burst:.0f} a minute; "
                                      f"retry in {wait:.0f} s", wait)
            try:
                _, _, rows = validate_records(self.body())
            except Invalid as e:
                return self.fail(e.status, str(e))
            self.finish(json.dumps({"stored": store.add(rows, client)}))

    class Best(Base):
        def post(self):
            client = self.client()
            if read_token_required and client is None:
                return self.fail(401, "reading needs a token on this server: 'Authorization: Bearer TOKEN'")
            wait = limiter.allow("read:" + (client or self.request.remote_ip))
            if wait:
                return self.fail(429, f"too many queries: retry in {wait:.0f} s", wait)
            try:
                body = self.body()
                if not isinstance(body, dict):
                    raise Invalid("the body: a JSON object {device, keys}")
                device = validate_device(body.get("device"))
                keys = body.get("keys")
                if not isinstance(keys, list) or not all(isinstance(k, str) and len(k) <= MAX_KEY_CHARS
                                                         for k in keys):
                    raise Invalid("keys: a list of workload keys")
                if len(keys) > MAX_KEYS:
                    raise Invalid(f"keys: {len(keys)}; at most {MAX_KEYS} per query", 413)
                limit = body.get("limit", 3)
                if not isinstance(limit, int) or not 1 <= limit <= 16:
                    raise Invalid("limit: an integer in 1..16")
            except Invalid as e:
                return self.fail(e.status, str(e))
            self.finish(json.dumps({"best": store.best(device, sorted(set(keys)), limit)}))

    class NotFound(Base):
        def prepare(self):
            self.fail(404, f"no such endpoint {self.request.path}; see /v1/health, /v1/records, /v1/best")

    return tornado.web.Application([(r"/v1/health", Health), (r"/v1/records", Records), (r"/v1/best", Best)],
                                   default_handler_class=NotFound)


def serve(where: str, *, host: str = "127.0.0.1", port: int = 8470, tokens_path: str | None = None,
          read_token_required: bool = False, max_upload_kb: int = 1024, rate_per_minute: float = 60.0,
          tls_cert: str | None = None, tls_key: str | None = None, ready=None) -> None:
    """Run the service until interrupted. `ready(port)` is called once it listens."""
    import tornado.httpserver  # optional dependency (jitc[serve])

    store = Store(where)
    tokens = read_tokens(tokens_path)
    app = make_app(store, tokens, read_token_required=read_token_required, max_upload_bytes=max_upload_kb * 1024,
                   rate_per_minute=rate_per_minute)
    ssl_ctx = None
    if tls_cert or tls_key:
        if not (tls_cert and tls_key):
            raise InputError("TLS needs both --tls-cert and --tls-key")
        ssl_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            ssl_ctx.load_cert_chain(tls_cert, tls_key)
        except (OSError, ssl.SSLError) as e:
            raise InputError(f"{tls_cert} / {tls_key}: cannot load the certificate ({e})") from None

    async def main():
        # tornado refuses bodies over 4x the limit outright; the handlers answer 413 below that
        server = tornado.httpserver.HTTPServer(app, ssl_options=ssl_ctx, max_body_size=4 * max_upload_kb * 1024)
        try:
            sockets = tornado.netutil.bind_sockets(port, host)
        except OSError as e:
            raise InputError(f"cannot listen on {host}:{port} ({e.strerror})") from None
        server.add_sockets(sockets)
        if ready is not None:
            ready(sockets[0].getsockname()[1])
        await asyncio.Event().wait()

    import tornado.netutil  # optional dependency (jitc[serve])

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
