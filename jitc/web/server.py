"""`jitc serve-web site/`: serve an exported bundle the way its threads need.

A page may share a WebAssembly memory with workers (jitc-web.js's threaded kernels) only when
it is cross-origin isolated: served with `Cross-Origin-Opener-Policy: same-origin` and
`Cross-Origin-Embedder-Policy: require-corp`. `python -m http.server` sends neither, so a
bundle served by it runs single-threaded. This server sends both, the WebAssembly MIME type
(streaming compilation), and no-cache (a re-export is picked up on reload). Any static host
works the same with those two headers set.
"""

from __future__ import annotations

import functools
import http.server
import os

from ..errors import InputError

ISOLATION_HEADERS = {"Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp"}


def handler(directory: str, isolated: bool = True, quiet: bool = False):
    """A SimpleHTTPRequestHandler for `directory` that sends the isolation headers."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map,
                              **{".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"})

        def end_headers(self):
            self.send_header("Cache-Control", "no-cache")
            if isolated:
                for k, v in ISOLATION_HEADERS.items():
                    self.send_header(k, v)
            super().end_headers()

        def log_message(self, *a):
            if not quiet:
                super().log_message(*a)

    return functools.partial(Handler, directory=directory)


def server(directory: str, host: str = "127.0.0.1", port: int = 8000, isolated: bool = True,
           quiet: bool = False) -> http.server.ThreadingHTTPServer:
    """A server for the bundle in `directory` (not yet serving: call serve_forever())."""
    if not os.path.isfile(os.path.join(directory, "model.json")):
        raise InputError(f"{directory}: no model.json here; export a bundle first (`jitc export-web MODEL -o {directory}`)")
    try:
        return http.server.ThreadingHTTPServer((host, port), handler(directory, isolated, quiet))
    except OSError as e:
        raise InputError(f"cannot serve on {host}:{port} ({e.strerror}); pick another --port") from None
