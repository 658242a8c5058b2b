class Program_weight_tensor_meta_L_self_modules_conv_stem_parameters_weight_:
    name = "L_self_modules_conv_stem_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.112
    data = None


class Program_weight_tensor_meta_s1:
    name = "s1"
    shape = []
    dtype = "torch.int64"
    device = "cpu"
    mean = None
    std = None
    data = [4]


class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.228
    std = 1.289
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_bn1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_var_:
    name = "L_self_modules_bn1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_weight_:
    name = "L_self_modules_bn1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_bias_:
    name = "L_self_modules_bn1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [16, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [16, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [32, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.145
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.189
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [48, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [48, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.021
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [48, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.190
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_buffers_running_var_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_buffers_running_var_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn_dw_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [48, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [48, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_0_parameters_weight_"
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.181
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_2_parameters_weight_"
    shape = [48, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_shortcut_modules_3_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [72, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [48, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [48, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [72, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [72, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.116
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_buffers_running_mean_"
    )
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_buffers_running_var_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_buffers_running_var_"
    )
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn_dw_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [20, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [20]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [72, 20, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.123
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [80, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [80, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.013
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_0_parameters_weight_"
    shape = [48, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.114
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_2_parameters_weight_"
    shape = [80, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_shortcut_modules_3_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [120, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [120, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.189
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.011
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [120, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.104
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [80, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [80, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [240, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_buffers_running_mean_"
    )
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_buffers_running_var_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_buffers_running_var_"
    )
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn_dw_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [160, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [160, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_0_parameters_weight_"
    shape = [80, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_2_parameters_weight_"
    shape = [160, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_shortcut_modules_3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [200, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [200, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [160, 200, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [160, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [240, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [160, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [160, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [240, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [160, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [160, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [480, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [120, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_expand_parameters_weight_"
    shape = [480, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_se_modules_conv_expand_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [224, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [224, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_0_parameters_weight_"
    shape = [160, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_2_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_2_parameters_weight_"
    shape = [224, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_3_modules_shortcut_modules_3_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [672, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [672, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [168, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_expand_parameters_weight_"
    shape = [672, 168, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_se_modules_conv_expand_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [224, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [224, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_4_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [672, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [672, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_7_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [672, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.116
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_buffers_running_mean_"
    )
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_buffers_running_var_:
    name = (
        "L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_buffers_running_var_"
    )
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_bn_dw_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [168, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [672, 168, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [320, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [320, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_0_parameters_weight_"
    shape = [224, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_buffers_running_mean_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_buffers_running_var_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_parameters_weight_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_1_parameters_bias_"
    shape = [224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_2_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_2_parameters_weight_"
    shape = [320, 224, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_parameters_weight_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_parameters_bias_:
    name = "L_self_modules_blocks_modules_7_modules_0_modules_shortcut_modules_3_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [960, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [320, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [320, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_0_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [960, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [240, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [960, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [320, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [320, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_1_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [960, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [320, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [320, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_2_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_0_parameters_weight_"
    shape = [960, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_primary_conv_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost1_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [240, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_expand_parameters_weight_"
    shape = [960, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_se_modules_conv_expand_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_0_parameters_weight_"
    shape = [320, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_primary_conv_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_0_parameters_weight_"
    shape = [320, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.190
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_cheap_operation_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_:
    name = "L_self_modules_blocks_modules_8_modules_3_modules_ghost2_modules_fusion_bn_modules_0_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_0_modules_conv_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_0_modules_conv_parameters_weight_"
    shape = [1920, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_9_modules_0_modules_bn1_buffers_running_mean_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_9_modules_0_modules_bn1_buffers_running_var_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_9_modules_0_modules_bn1_parameters_weight_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_9_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_9_modules_0_modules_bn1_parameters_bias_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_head_parameters_weight_:
    name = "L_self_modules_conv_head_parameters_weight_"
    shape = [1280, 1920, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_head_parameters_bias_:
    name = "L_self_modules_conv_head_parameters_bias_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_weight_:
    name = "L_self_modules_classifier_parameters_weight_"
    shape = [1000, 1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_bias_:
    name = "L_self_modules_classifier_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.016
    data = None
