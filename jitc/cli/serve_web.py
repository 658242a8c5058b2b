"""`jitc serve-web site/`: serve a web bundle cross-origin isolated (jitc.web.server)."""

from __future__ import annotations

from ..web.server import server


def cmd_serve_web(a) -> int:
    httpd = server(a.site, a.host, a.port, isolated=not a.no_isolation)
    host, port = httpd.server_address[:2]
    how = "not isolated: WebAssembly runs on one thread" if a.no_isolation else \
        "cross-origin isolated (COOP/COEP): WebAssembly threads are on"
    print(f"serving {a.site} at http://{host}:{port}/ ({how}); Ctrl-C stops", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


def register(sub, model_args=None) -> None:
    sp = sub.add_parser("serve-web", help="serve an exported web bundle with the headers its WebAssembly threads need")
    sp.add_argument("site", help="the bundle's directory (jitc export-web -o SITE)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sp.add_argument("--no-isolation", action="store_true",
                    help="leave out the COOP/COEP headers (to see the single-threaded path)")
    sp.set_defaults(fn=cmd_serve_web)
