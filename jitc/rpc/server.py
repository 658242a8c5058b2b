"""`python -m jitc.rpc.server --tracker HOST:PORT --key KEY`: TVM's RPC server for a device that
jitc measures on, with the flags of `python -m tvm.exec.rpc_server`, that keeps serving when a
candidate crashes its session.

TVM 0.27's server runs each session in a child process and, when that child exits with an
error (a candidate that aborts or segfaults), raises out of its accept loop: the server stays
registered with the tracker but never serves again, so one bad candidate takes a device out of
the fleet. This wrapper catches that in the server's own process (installed through the
server's `server_init_callback`) and goes back to accepting. It also imports jitc first, so the
server's thread pool uses every core, as jitc's local measurements do (TVM's default is half
the hardware threads).
"""

from __future__ import annotations

import argparse
import tvm.rpc.server as server
from tvm import rpc
import logging
import os

logger = logging.getLogger("jitc.rpc.server")


def keep_serving() -> None:
    """Wrap tvm.rpc.server._serving so that a session that died does not end the server."""
    original = server._serving
    if getattr(original, "jitc_kept", False):
        return

    def serving(sock, addr, opts, load_library):
        cwd = os.getcwd()
        try:
            original(sock, addr, opts, load_library)
        except RuntimeError as e:  # the session's process exited with an error: a crashed candidate
            logger.warning("session from %s ended badly (%s); serving on", addr, e)
            os.chdir(cwd)
            try:
                sock.close()
            except OSError:
                pass

    serving.jitc_kept = True
    server._serving = serving


def main(argv=None) -> None:
    import jitc  # noqa: F401 - TVM_NUM_THREADS: every core

    p = argparse.ArgumentParser(prog="python -m jitc.rpc.server", description=__doc__.split("\n\n")[0])
    p.add_argument("--host", default="0.0.0.0", help="the address to listen on (default 0.0.0.0)")
    p.add_argument("--port", type=int, default=9090, help="the first port to try (default 9090)")
    p.add_argument("--port-end", type=int, default=9199, help="the last port to try (default 9199)")
    p.add_argument("--tracker", required=True, help="the RPC tracker, HOST:PORT")
    p.add_argument("--key", required=True, help="the key this kind of device registers under")
    p.add_argument("--custom-addr", default=None, help="the address the tracker tells clients (behind NAT)")
    p.add_argument("--load-library", default=None, help="extra libraries to load, colon-separated")
    p.add_argument("--silent", action="store_true", help="log only errors")
    a = p.parse_args(argv)
    url, port = a.tracker.rsplit(":", 1)
    logging.basicConfig(level=logging.WARNING if a.silent else logging.INFO)
    server = rpc.Server(a.host, a.port, a.port_end, key=a.key, tracker_addr=(url, int(port)),
                        load_library=a.load_library, custom_addr=a.custom_addr, silent=a.silent,
                        server_init_callback=keep_serving)
    print(f"serving {a.key} on {a.host}:{server.port} for the tracker at {a.tracker}", flush=True)
    server.proc.join()


if __name__ == "__main__":
    main()
