"""cpu.index_check (config name "index_check"): the kernels frontends/index_check.py inserts to
check gather indices at run time."""

from __future__ import annotations


class IndexCheck:
    """The index-bounds check (frontends.index_check) on CPUs: its loop stays serial, as an
    assert cannot leave a parallel or vector loop; it is a pass over the indices, tiny beside
    the lookup it guards."""

    name = "index_check"
    kinds = ()

    def default(self, kernel, target) -> dict:
        return {"rule": self.name}

    def space(self, kernel, target) -> list[dict]:
        return [self.default(kernel, target)]

    def apply(self, func, cfg: dict, target):
        return func.with_attr("tirx.is_scheduled", True)
