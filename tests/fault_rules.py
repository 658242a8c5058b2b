"""Schedule rules that misbehave on purpose, for testing the measuring harness. Imported by the
measuring worker because the configs name this module ({"module": "fault_rules"})."""

from tvm import tirx
from tvm.script import tirx as T

from jitc import schedules


def _body_of(func, body_builder):
    """A PrimFunc with `func`'s signature whose body is `body_builder(out_buffer)`."""
    out = func.params[-1]
    return tirx.PrimFunc(func.params, body_builder(out), func.ret_type).with_attr("tirx.noalias", True)


class FaultRule:
    name = "test.fault"
    kinds = ()

    def default(self, kernel, target):
        return {"rule": self.name, "module": "fault_rules", "fault": "none"}

    def space(self, kernel, target):
        return [self.default(kernel, target)]

    def apply(self, func, cfg, target):
        fault = cfg["fault"]
        if fault == "none":
            return func
        if fault == "wrong":  # computes nothing: the outputs stay zero
            return _body_of(func, lambda out: tirx.Evaluate(0))
        if fault == "hang":  # an endless loop
            return _body_of(func, lambda out: tirx.While(tirx.const(True, "bool"), tirx.Evaluate(0)))
        if fault == "crash":  # abort() from the kernel
            return _body_of(func, lambda out: tirx.Evaluate(tirx.call_extern("int32", "abort")))
        if fault == "build":
            raise ValueError("this config does not apply")
        if fault == "codegen":  # schedules, but the CPU code generator rejects it (a GPU thread axis)
            from tvm import s_tir

            sch = s_tir.Schedule(func)
            block = sch.get_child_blocks(sch.get_sblock("root"))[0]
            sch.bind(sch.get_loops(block)[0], "threadIdx.x")
            return sch.mod["main"]
        raise ValueError(fault)


schedules.register(FaultRule())
del T
