"""The errors jitc raises at its users.

Every error says what is wrong, names the file, node, operator or input concerned, and says
what to do. The CLI turns any of them into a message on stderr and exit status 2.
"""


class JitcError(Exception):
    """Base class of every user-facing jitc error."""


class ModelError(JitcError):
    """The model file or object cannot be read, checked or imported."""


class UnsupportedOperatorError(ModelError):
    """The model uses operators jitc cannot import. ``ops`` maps op type -> node names."""

    def __init__(self, source: str, ops: dict[str, list[str]], out_of_scope: set[str] = frozenset()):
        self.source = source
        self.ops = ops
        lines = [f"{source}: {sum(len(v) for v in ops.values())} node(s) use operators jitc cannot import:"]
        for op in sorted(ops):
            names = ops[op]
            shown = ", ".join(repr(n) for n in names[:5]) + (", ..." if len(names) > 5 else "")
            why = " (out of scope for a tensor compiler)" if op in out_of_scope else ""
            lines.append(f"  {op} x{len(names)}{why}: {shown}")
        lines.append("Replace these operators in the model (or export it with a different opset), or file an issue.")
        super().__init__("\n".join(lines))


class ShapeError(ModelError):
    """An input's shape is missing or dynamic and the user did not fix it."""


class InputError(JitcError):
    """Inputs given at run time do not match what the compiled module expects."""


class IndexBoundsError(InputError, IndexError):
    """An index fed to a gather, scatter or embedding lookup is outside its tensor."""


class KernelError(JitcError):
    """A compiled kernel reported an error while running."""


class ModuleFileError(JitcError):
    """A .jitc file is corrupt, was tampered with, or was built for another target or TVM version."""


class TargetError(JitcError):
    """The requested target is unknown or not available on this machine."""


class DatabaseError(JitcError):
    """The kernel database cannot be opened or read."""


class MeasureError(JitcError):
    """The measuring worker process cannot start (the tuner cannot measure anything)."""
