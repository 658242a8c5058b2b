"""CPU schedule rules (LLVM: x86, Arm, wasm32), one per module:

    cpu.matmul        (matmul.py) the GotoBLAS loop nest for contractions, packed weights
    cpu.depthwise     (depthwise.py) channels-last depthwise convolutions, vectors across channels
    cpu.conv          (conv.py) direct convolution, output channels blocked in registers
    cpu.reduction     (reduction.py) softmax, norms and other row reductions
    cpu.winograd      (winograd.py) a Winograd convolution's input and output transforms
    cpu.elementwise   (elementwise.py) fused injective kernels: parallel rows, vector lanes
    fallback          (fallback.py) parallel and serial loops, the rule of last resort
    index_check       (index_check.py) the gather-index checks, kept serial

`RULES` is the registry the dispatcher (schedules/__init__.py) reads in order.
"""

from __future__ import annotations

from .conv import CpuConv
from .depthwise import CpuDepthwise
from .elementwise import CpuElementwise
from .fallback import Fallback
from .index_check import IndexCheck
from .matmul import CpuMatmul
from .reduction import CpuReduction
from .winograd import CpuWinograd

RULES = [CpuMatmul(), CpuDepthwise(), CpuConv(), CpuReduction(), CpuWinograd(), CpuElementwise()]
FALLBACK = Fallback()
INDEX_CHECK = IndexCheck()
