"""The HTTP app (Tornado) and `serve`: the routes of the package's API, the upload limits.
"""

from __future__ import annotations

import asyncio
import json
import math
import ssl

from ...errors import InputError
from .store import Store
from .tokens import RateLimit, read_tokens, token_hash
from .validate import MAX_KEY_CHARS, MAX_KEYS, Invalid, validate_device, validate_records


# ---- tokens -------------------------------------------------------------------------------



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
            return tokens.get(token_hash(h[7:].strip()))

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
