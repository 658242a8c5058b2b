"""WMMA tensor-core intrinsics for `sch.tensorize`, registered on first use.

TVM ships these in `tvm.s_tir.tensor_intrin.cuda`, but importing that module parses 83
TVMScript intrinsics (about 17 s here); jitc registers only the handful a kernel needs
(about 0.1 s each), under its own names.

A warp-wide 16x16x16 tile: the A fragment (16 x 16, row-major), the B fragment (16 x 16,
row-major for B[k, n], column-major for B[n, k]), the accumulator (16 x 16). Each intrinsic
is a pair: `desc` (what the loops compute, matched against the schedule) and `impl` (the
nvcuda::wmma call CUDA codegen emits for it).
"""

from __future__ import annotations

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T
from tvm.tirx import Cast, IntImm

M = N = K = 16
_registered: set[str] = set()


def _frag_index(buf, stride, rows, cols):
    """Which fragment of a fragment-scope buffer this 16x16 view is (TVM's codegen allocates
    the buffer as an array of fragments and addresses them by index)."""
    return (buf.elem_offset // stride // rows) * (stride // cols) + buf.elem_offset % stride // cols


def _copy_desc(dtype: str, src: str, dst: str):
    """What a fragment load or store computes: a 16 x 16 tile copied from scope `src` to `dst`."""
    @T.prim_func(s_tir=True)
    def desc(a: T.handle, c: T.handle) -> None:
        A = T.match_buffer(a, (M, N), dtype, align=64, offset_factor=N, scope=src)
        C = T.match_buffer(c, (M, N), dtype, align=64, offset_factor=N, scope=dst)
        with T.sblock("root"):
            T.reads(A[0:M, 0:N])
            T.writes(C[0:M, 0:N])
            for i, j in T.grid(M, N):
                with T.sblock("copy"):
                    vi, vj = T.axis.remap("SS", [i, j])
                    C[vi, vj] = A[vi, vj]

    return desc


def _load(dtype: str, operand: str, col_major: bool, shared: str):
    scope = f"wmma.matrix_{operand}"
    rows, cols = M, K  # A: 16 x 16 of (m, k); B: (k, n) or, column-major, (n, k): all 16 x 16
    layout = "col_major" if col_major else "row_major"

    desc = _copy_desc(dtype, shared, scope)

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, c: T.handle) -> None:
        s1, s0, d1, d0 = T.int32(), T.int32(), T.int32(), T.int32()
        A = T.match_buffer(a, (rows, cols), dtype, align=64, offset_factor=cols, scope=shared, strides=[s1, s0])
        C = T.match_buffer(c, (rows, cols), dtype, align=64, offset_factor=cols, scope=scope, strides=[d1, d0])
        with T.sblock("root"):
            T.reads(A[0:rows, 0:cols])
            T.writes(C[0:rows, 0:cols])
            T.evaluate(T.tvm_load_matrix_sync(C.data, M, N, K, _frag_index(C, d1, rows, cols),
                                              A.access_ptr("r", ptr_type=dtype), s1, layout, dtype="void"))

    return desc, impl


def _fill(dtype: str):
    zero = IntImm("int32", 0).astype(dtype)

    @T.prim_func(s_tir=True)
    def desc(c: T.handle) -> None:
        C = T.match_buffer(c, (M, N), dtype, align=64, offset_factor=N, scope="wmma.accumulator")
        with T.sblock("root"):
            T.reads()
            T.writes(C[0:M, 0:N])
            for i, j in T.grid(M, N):
                with T.sblock("init"):
                    vi, vj = T.axis.remap("SS", [i, j])
                    C[vi, vj] = zero

    @T.prim_func(s_tir=True)
    def impl(c: T.handle) -> None:
        d1, d0 = T.int32(), T.int32()
        C = T.match_buffer(c, (M, N), dtype, align=64, offset_factor=N, scope="wmma.accumulator", strides=[d1, d0])
        with T.sblock("root"):
            T.reads()
            T.writes(C[0:M, 0:N])
            T.evaluate(T.tvm_fill_fragment(C.data, M, N, K, _frag_index(C, d1, M, N), T.float32(0), dtype="void"))

    return desc, impl


def _store(dtype: str, shared: str):
    desc = _copy_desc(dtype, "wmma.accumulator", shared)

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, c: T.handle) -> None:
        s1, s0, d1, d0 = T.int32(), T.int32(), T.int32(), T.int32()
        A = T.match_buffer(a, (M, N), dtype, align=64, offset_factor=N, scope="wmma.accumulator", strides=[d1, d0])
        C = T.match_buffer(c, (M, N), dtype, align=64, offset_factor=N, scope=shared, strides=[s1, s0])
        with T.sblock("root"):
            T.reads(A[0:M, 0:N])
            T.writes(C[0:M, 0:N])
            T.evaluate(T.tvm_store_matrix_sync(A.data, M, N, K, _frag_index(A, d1, M, N),
                                               C.access_ptr("w", ptr_type=dtype), s1, "row_major", dtype="void"))

    return desc, impl


def _mma(in_dtype: str, acc_dtype: str, b_nk: bool):
    def up(v):
        return Cast(acc_dtype, v) if in_dtype != acc_dtype else v

    def b_at(k, n):
        return (n, k) if b_nk else (k, n)

    b_shape = b_at(K, N)

    @T.prim_func(s_tir=True)
    def desc(a: T.handle, b: T.handle, c: T.handle) -> None:
        A = T.match_buffer(a, (M, K), in_dtype, align=64, offset_factor=K, scope="wmma.matrix_a")
        B = T.match_buffer(b, b_shape, in_dtype, align=64, offset_factor=b_shape[1], scope="wmma.matrix_b")
        C = T.match_buffer(c, (M, N), acc_dtype, align=64, offset_factor=N, scope="wmma.accumulator")
        with T.sblock("root"):
            T.reads(C[0:M, 0:N], A[0:M, 0:K], B[0:b_shape[0], 0:b_shape[1]])
            T.writes(C[0:M, 0:N])
            for i, j, k in T.grid(M, N, K):
                with T.sblock(""):
                    vi, vj, vk = T.axis.remap("SSR", [i, j, k])
                    b0, b1 = T.meta_var(b_at(vk, vj))
                    C[vi, vj] = C[vi, vj] + up(A[vi, vk]) * up(B[b0, b1])

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, b: T.handle, c: T.handle) -> None:
        a1, a0, b1_, b0_, c1, c0 = T.int32(), T.int32(), T.int32(), T.int32(), T.int32(), T.int32()
        A = T.match_buffer(a, (M, K), in_dtype, align=64, offset_factor=K, scope="wmma.matrix_a", strides=[a1, a0])
        B = T.match_buffer(b, b_shape, in_dtype, align=64, offset_factor=b_shape[1], scope="wmma.matrix_b",
                           strides=[b1_, b0_])
        C = T.match_buffer(c, (M, N), acc_dtype, align=64, offset_factor=N, scope="wmma.accumulator",
                           strides=[c1, c0])
        with T.sblock("root"):
            T.reads(C[0:M, 0:N], A[0:M, 0:K], B[0:b_shape[0], 0:b_shape[1]])
            T.writes(C[0:M, 0:N])
            T.evaluate(T.tvm_mma_sync(C.data, _frag_index(C, c1, M, N), A.data, _frag_index(A, a1, M, K),
                                      B.data, _frag_index(B, b1_, b_shape[0], b_shape[1]),
                                      C.data, _frag_index(C, c1, M, N), dtype="void"))

    return desc, impl


def intrinsics(in_dtype: str, acc_dtype: str, b_nk: bool, shared: str = "shared") -> dict:
    """Names of the registered intrinsics for a GEMM with these operand and accumulator types,
    B's layout ("nk": B[n, k], loaded column-major) and the staging memory's scope ("shared",
    or "shared.dyn"): keys load_a, load_b, fill, mma, store."""
    tag = "dyn" if shared == "shared.dyn" else "static"
    names = {
        "load_a": (f"jitc_wmma_load_a_{in_dtype}_{tag}", lambda: _load(in_dtype, "a", False, shared)),
        "load_b": (f"jitc_wmma_load_b_{in_dtype}_{'nk' if b_nk else 'kn'}_{tag}",
                   lambda: _load(in_dtype, "b", b_nk, shared)),
        "fill": (f"jitc_wmma_fill_{acc_dtype}", lambda: _fill(acc_dtype)),
        "mma": (f"jitc_wmma_mma_{in_dtype}_{acc_dtype}_{'nk' if b_nk else 'kn'}", lambda: _mma(in_dtype, acc_dtype, b_nk)),
        "store": (f"jitc_wmma_store_{acc_dtype}_{tag}", lambda: _store(acc_dtype, shared)),
    }
    for name, make in names.values():
        if name not in _registered:
            try:
                TensorIntrin.register(name, *make())
            except Exception as e:  # noqa: BLE001 - registered by another import of this module
                if "already" not in str(e).lower():
                    raise
            _registered.add(name)
    return {role: name for role, (name, _) in names.items()}
