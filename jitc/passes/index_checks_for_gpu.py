"""Index checks clamp on targets whose kernels cannot raise.

The frontends put an asserting check in front of every data-dependent index
(frontends/index_check.py). A GPU kernel has no way to return an error, so there the check
clamps each index into range instead (jitc/index_checks.py): a bad token id reads the nearest
row, where unchecked it would read outside the tensor.
"""

from __future__ import annotations

from tvm import tirx

from .. import index_checks


def index_checks_for_gpu(mod):
    """`mod` with every index-check PrimFunc replaced by its clamping variant."""
    for gv, func in list(mod.functions.items()):
        if isinstance(func, tirx.PrimFunc) and index_checks.is_check(func):
            mod[gv] = index_checks.for_gpu(func)
    return mod
