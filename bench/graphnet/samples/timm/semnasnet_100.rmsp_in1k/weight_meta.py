class Program_weight_tensor_meta_L_self_modules_conv_stem_parameters_weight_:
    name = "L_self_modules_conv_stem_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.082
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
    device = "cpu"
    mean = 0.229
    std = 1.287
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_bn1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_var_:
    name = "L_self_modules_bn1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_weight_:
    name = "L_self_modules_bn1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_bias_:
    name = "L_self_modules_bn1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.038
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [16, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.350
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn2_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn2_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn2_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn2_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [96, 16, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.141
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [96, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [24, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.287
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn3_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn3_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn3_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn3_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.117
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.463
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [24, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.287
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn3_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn3_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn3_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn3_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [72, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [6, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.578
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [72, 6, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.173
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.223
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.281
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [10, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.427
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [10]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [120, 10, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.228
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [10, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.034
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [10]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [120, 10, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.222
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [80, 240, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.159
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_pw_parameters_weight_"
    )
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_dw_parameters_weight_"
    )
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.463
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [20, 480, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [20]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [480, 20, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [112, 480, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.134
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [672, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [28, 672, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.265
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [28]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [672, 28, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [112, 672, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.134
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [672, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.284
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [28, 672, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.267
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [28]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [672, 28, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [160, 672, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [960, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.283
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [40, 960, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [960, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [160, 960, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [960, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.284
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [40, 960, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [960, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [160, 960, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [320, 960, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_head_parameters_weight_:
    name = "L_self_modules_conv_head_parameters_weight_"
    shape = [1280, 320, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_bn2_buffers_running_mean_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn2_buffers_running_var_:
    name = "L_self_modules_bn2_buffers_running_var_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn2_parameters_weight_:
    name = "L_self_modules_bn2_parameters_weight_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn2_parameters_bias_:
    name = "L_self_modules_bn2_parameters_bias_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_weight_:
    name = "L_self_modules_classifier_parameters_weight_"
    shape = [1000, 1280]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_bias_:
    name = "L_self_modules_classifier_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None
