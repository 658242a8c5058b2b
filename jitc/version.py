"""Versions that compiled artefacts record and check."""

JITC_VERSION = "0.1.0"
# A .jitc file records this; load() refuses other formats.
MODULE_FORMAT = 1


def tvm_version() -> str:
    import tvm

    return tvm.__version__
