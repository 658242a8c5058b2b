"""jitc: a just-in-time tensor compiler on Apache TVM.

    m = jitc.compile("model.onnx")          # or a torch.nn.Module with example_inputs=
    y = m(x)                                # numpy in, numpy out
    m.save("model.jitc"); m2 = jitc.load("model.jitc")
"""

import os as _os

from .errors import (  # noqa: F401
    DatabaseError, InputError, JitcError, ModelError, ModuleFileError, ShapeError, TargetError,
    UnsupportedOperatorError,
)
from .host import host_cores as _host_cores
from .version import JITC_VERSION as __version__  # noqa: F401

# TVM's thread pool defaults to half the hardware threads (it assumes hyper-threading):
# on a 2-vCPU machine that is one thread. Use every CPU this process may run on, unless the
# user chose. Must be set before TVM starts its pool.
_os.environ.setdefault("TVM_NUM_THREADS", str(_host_cores()))


def compile(model, target=None, **kwargs):  # noqa: A001 - the natural name
    """Compile a model into a runtime Module; see `jitc.compiler.compile`."""
    from .compiler import compile as _compile  # the library loads on first use: `import jitc` stays light

    return _compile(model, target, **kwargs)


def load(path, **kwargs):
    """Load a .jitc file; see `jitc.module_file.load`. Load only files you trust."""
    from .module_file import load as _load  # the library loads on first use: `import jitc` stays light

    return _load(path, **kwargs)


def tune(model, target=None, **kwargs):
    """Tune a model's kernels within a budget, record them, save the tuned module: what
    `jitc tune` does, returning its report; see `jitc.tuning.run.run_tuning`."""
    from .tuning.run import run_tuning as _run  # the library loads on first use: `import jitc` stays light

    return _run(model, target, **kwargs)


def jit(model, target=None, **kwargs):
    """Compile and tune in the background; see `jitc.jit_runtime.jit`."""
    from .tuning.jit import jit as _jit  # the library loads on first use: `import jitc` stays light

    return _jit(model, target, **kwargs)
