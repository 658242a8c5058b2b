"""Versions that compiled artefacts record and check."""

import functools

JITC_VERSION = "0.1.0"
# A .jitc file records this; load() refuses other formats.
MODULE_FORMAT = 1


def tvm_version() -> str:
    import tvm  # TVM loads on first use: `import jitc` stays light

    return tvm.__version__


@functools.lru_cache(maxsize=1)
def rules_version() -> str:
    """What a kernel-database record's config means: JITC_VERSION and a digest of the schedule
    rules' sources (schedules/ and the TensorIR analysis they read). A config is a point of a
    rule's space, and the schedule it makes is that code's: records made by other rule code
    (an older release, or a checkout whose rules changed since) are hints the tuner measures
    again, never trusted as they are."""
    import hashlib  # TVM loads on first use: `import jitc` stays light
    import importlib.util  # TVM loads on first use: `import jitc` stays light
    import os  # TVM loads on first use: `import jitc` stays light

    h = hashlib.sha256()
    paths = []
    spec = importlib.util.find_spec("jitc.schedules")
    for d in (spec.submodule_search_locations or []) if spec else []:
        paths += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith(".py")]
    paths.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tir_analysis.py"))
    for p in paths:
        try:
            with open(p, "rb") as f:
                h.update(os.path.basename(p).encode() + b"\0" + f.read())
        except OSError:
            pass
    return f"{JITC_VERSION}+rules.{h.hexdigest()[:10]}"

# The browser runtime (backends/web/jitc-web.js) a web bundle needs: its version, and the
# kernel ABI (WebGPU bindings and PODArgs, the WASM packed-call convention) it implements.
# jitc-web.js holds the same numbers (RUNTIME_VERSION, KERNEL_ABI); a test keeps them equal.
WEB_RUNTIME_VERSION = "1.3.0"
WEB_FORMAT_VERSION = 1
WEB_KERNEL_ABI = 1
