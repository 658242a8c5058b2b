"""A fixed, fast subset of onnx's own node tests through `jitc.onnx_backend` (one case per
operator that passes). The full run, with every failure grouped by cause, is
`python bench/conformance.py`; its figures are in the README."""

import warnings

import numpy as np
import pytest
from outputs import assert_outputs

SUBSET = [
    "test_abs", "test_acos", "test_acosh", "test_add", "test_and2d", "test_argmax_keepdims_random",
    "test_argmin_keepdims_random", "test_asin", "test_asinh", "test_atan", "test_atanh",
    "test_averagepool_2d_ceil", "test_batchnorm_epsilon", "test_bitshift_left_int8", "test_bitwise_and_i16_3d",
    "test_bitwise_not_2d", "test_bitwise_or_i16_4d", "test_bitwise_xor_i16_3d", "test_cast_DOUBLE_to_FLOAT",
    "test_castlike_DOUBLE_to_FLOAT", "test_ceil", "test_clip", "test_concat_1d_axis_0", "test_constant",
    "test_conv_with_autopad_same", "test_convtranspose", "test_cos", "test_cosh", "test_depthtospace_example",
    "test_dequantizelinear", "test_div", "test_dropout_default", "test_dynamicquantizelinear", "test_einsum_sum",
    "test_elu", "test_equal", "test_erf", "test_exp", "test_eyelike_without_dtype", "test_flatten_axis0",
    "test_floor", "test_gather_0", "test_gather_elements_0", "test_gathernd_example_int32", "test_gelu_tanh_1",
    "test_gemm_beta", "test_globalaveragepool", "test_globalmaxpool", "test_greater", "test_greater_equal",
    "test_gridsample", "test_group_normalization_epsilon", "test_hardsigmoid", "test_hardswish",
    "test_hardmax_axis_0", "test_identity", "test_instancenorm_epsilon", "test_isinf", "test_isnan", "test_lrn",
    "test_leakyrelu", "test_less", "test_less_equal", "test_log", "test_logsoftmax_axis_0", "test_lppool_2d_pads",
    "test_matmul_2d", "test_matmulinteger", "test_max_int8", "test_maxpool_2d_ceil",
    "test_maxunpool_export_without_output_shape", "test_mean_example", "test_min_int8", "test_mod_uint8",
    "test_mul", "test_neg", "test_not_2d", "test_or2d", "test_prelu_example", "test_pow", "test_quantizelinear",
    "test_rms_normalization_2d_axis1", "test_reciprocal", "test_reduce_max_default_axes_keepdim_example",
    "test_reduce_min_default_axes_keepdims_random", "test_reduce_prod_default_axes_keepdims_random", "test_relu",
    "test_roialign_aligned_true", "test_round", "test_scatter_with_axis", "test_scatter_elements_with_axis",
    "test_scatternd", "test_selu", "test_shrink_hard", "test_sigmoid", "test_sign", "test_sin", "test_sinh",
    "test_size", "test_softmax_axis_0", "test_softplus", "test_softsign", "test_spacetodepth",
    "test_split_equal_parts_2d", "test_sqrt", "test_sub", "test_sum_example", "test_tan", "test_tanh",
    "test_thresholdedrelu", "test_transpose_default", "test_tril", "test_where_example", "test_xor2d",
    # jitc's own converters (frontends/onnx_ops/), one or two cases each
    "test_attention_3d_causal", "test_attention_4d_gqa", "test_layer_normalization_2d_axis0", "test_cumprod_1d_exclusive",
    "test_lpnormalization_default", "test_celu", "test_elu_default", "test_pow_types_float32_int32",
    "test_onehot_negative_indices", "test_prelu_broadcast", "test_nllloss_NCd1_ii", "test_sce_mean_weight_ii",
    "test_rms_normalization_2d_axis0", "test_isinf_negative", "test_dropout_default_mask", "test_reduce_max_bool_inputs",
    "test_reduce_max_empty_set", "test_bitcast_float32_to_int32", "test_bitcast_bool_to_uint8",
    "test_qlinearmatmul_3D_uint8_float32", "test_center_crop_pad_crop_and_pad", "test_rotary_embedding",
    "test_rotary_embedding_interleaved", "test_swiglu_alpha", "test_swish", "test_reversesequence_batch", "test_dft",
    "test_dft_irfft", "test_lstm_with_peepholes", "test_gru_with_initial_bias", "test_simple_rnn_bidirectional",
    "test_lstm_batchwise", "test_resize_downsample_scales_cubic_antialias", "test_resize_upsample_sizes_nearest_axes_2_3",
    "test_resize_tf_crop_and_resize_extrapolation_value", "test_resize_downsample_scales_linear_half_pixel_symmetric",
    "test_causal_conv_with_state_silu", "test_linear_attention_gated_delta_gqa", "test_attention_4d_fp16",
    "test_attention_23_fullymasked_qk_matmul_output_mode3_zero", "test_attention_local_window_ext_cache_rank2_mask",
    "test_eyelike_with_dtype", "test_det_nd", "test_tensorscatter_circular",
    # float8 on the bits (frontends/onnx_float8.py)
    "test_cast_FLOAT_to_FLOAT8E4M3FN", "test_cast_no_saturate_FLOAT_to_FLOAT8E5M2", "test_cast_FLOAT8E4M3FNUZ_to_FLOAT",
    "test_castlike_FLOAT16_to_FLOAT8E5M2FNUZ_expanded", "test_quantizelinear_e4m3fn", "test_dequantizelinear_e5m2",
    # int4 / int2 held one per byte (frontends/onnx.py, onnx_ops/casts.py)
    "test_cast_INT4_to_FLOAT", "test_cast_FLOAT_to_UINT4", "test_cast_FLOAT16_to_INT2", "test_castlike_UINT2_to_FLOAT16_expanded",
    # constants in disguise (frontends/onnx_fold.py): static Shape outputs, a window of a constant size, a
    # zero-size slice inside a fused kernel
    "test_shape_start_1_end_negative_1", "test_hannwindow_symmetric", "test_rotary_embedding_expanded",
]


@pytest.fixture(scope="module")
def node_cases():
    from onnx.backend.test import loader

    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return {c.name: c for c in loader.load_model_tests(kind="node")}


@pytest.mark.parametrize("name", SUBSET)
def test_node_case(name, node_cases):
    from jitc.onnx_backend import JitcBackend, defined_by_spec

    case = node_cases[name]
    rep = JitcBackend.prepare(case.model)
    for ins, outs in case.data_sets:
        # where the spec leaves values undefined (a float cast out of an integer's range), the rest
        assert_outputs(rep.run(ins), outs, rtol=case.rtol, atol=case.atol, where=name,
                       defined=defined_by_spec(case.model, ins))


def test_onnx_backend_test_runner_accepts_jitc():
    """onnx's BackendTest machinery builds test cases from jitc's backend module."""
    import onnx.backend.test

    import jitc.onnx_backend as backend

    bt = onnx.backend.test.BackendTest(backend, __name__)
    bt.include(r"^test_relu_cpu$")
    cases = bt.test_cases
    assert cases, "no test case class built"


@pytest.mark.parametrize("fmt", ["FLOAT8E4M3FN", "FLOAT8E4M3FNUZ", "FLOAT8E5M2", "FLOAT8E5M2FNUZ"])
def test_float8_casts_match_onnx_bit_for_bit(fmt):
    """Every one of the 256 codes decoded, and floats around every code (halfway points,
    subnormals, the largest value and past it, infinities, NaN) encoded with and without
    saturation: jitc's bits equal onnx's reference's."""
    import onnx
    from onnx import TensorProto, helper
    from onnx.reference import ReferenceEvaluator

    import jitc

    to = getattr(TensorProto, fmt)
    f8 = helper.tensor_dtype_to_np_dtype(to)
    codes = np.arange(256, dtype=np.uint8).view(f8)
    vals = codes.astype(np.float32)
    finite = np.unique(np.abs(vals[np.isfinite(vals)]))
    mids = (finite[:-1] + finite[1:]) / 2  # ties: round half to even
    probe = np.concatenate([finite, mids, mids * (1 + 1e-3), mids * (1 - 1e-3), finite * 1.5, [finite.max() * 2]])
    probe = np.concatenate([probe, -probe, [np.inf, -np.inf, np.nan, 0.0, -0.0, 1e-30]]).astype(np.float32)

    def model(src, dst, saturate):
        node = helper.make_node("Cast", ["x"], ["y"], to=dst, saturate=saturate)
        g = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", src, [None])],
                              [helper.make_tensor_value_info("y", dst, [None])])
        return helper.make_model(g, opset_imports=[helper.make_opsetid("", 21)])

    def bits(a):
        a = np.asarray(a)
        nan = np.isnan(a.astype(np.float32))
        return np.where(nan, -1, a.view(np.uint8).astype(np.int16))  # any NaN code is a NaN

    for saturate in (1, 0):
        m = model(TensorProto.FLOAT, to, saturate)
        want = ReferenceEvaluator(m).run(None, {"x": probe})[0]
        got = jitc.compile(m, shapes={"x": probe.shape}, db=None)(probe)
        bad = np.nonzero(bits(got) != bits(want))[0]
        assert bad.size == 0, (saturate, probe[bad[:5]], bits(got)[bad[:5]], bits(want)[bad[:5]])
    m = model(to, TensorProto.FLOAT, 1)
    got = jitc.compile(m, shapes={"x": (256,)}, db=None)(codes)
    np.testing.assert_array_equal(np.asarray(got), vals)  # NaNs in the same places, -0.0 kept
    real = ~np.isnan(vals)
    assert np.array_equal(np.signbit(np.asarray(got)[real]), np.signbit(vals[real]))
    del onnx
