"""Versions that compiled artefacts record and check."""

JITC_VERSION = "0.1.0"
# A .jitc file records this; load() refuses other formats.
MODULE_FORMAT = 1


def tvm_version() -> str:
    import tvm

    return tvm.__version__

# The browser runtime (backends/web/jitc-web.js) a web bundle needs: its version, and the
# kernel ABI (WebGPU bindings and PODArgs, the WASM packed-call convention) it implements.
# jitc-web.js holds the same numbers (RUNTIME_VERSION, KERNEL_ABI); a test keeps them equal.
WEB_RUNTIME_VERSION = "1.2.0"
WEB_FORMAT_VERSION = 1
WEB_KERNEL_ABI = 1
