class Program_weight_tensor_meta_L_self_modules_conv_stem_parameters_weight_:
    name = "L_self_modules_conv_stem_parameters_weight_"
    shape = [24, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.096
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
    mean = 0.226
    std = 1.288
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_bn1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_var_:
    name = "L_self_modules_bn1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_weight_:
    name = "L_self_modules_bn1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_bias_:
    name = "L_self_modules_bn1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [24, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.487
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_0_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [16, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.370
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
    std = 0.145
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
    mean = -0.018
    std = 0.459
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
    mean = 0.004
    std = 0.289
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
    mean = -0.001
    std = 0.118
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
    mean = -0.005
    std = 0.488
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
    mean = -0.005
    std = 0.290
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
    mean = 0.002
    std = 0.163
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
    mean = 0.004
    std = 0.287
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
    mean = -0.045
    std = 0.590
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
    mean = 0.005
    std = 0.160
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
    shape = [32, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.244
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn3_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [96, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [96, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.282
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [8, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.502
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [96, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.141
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [32, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn3_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [96, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.145
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [96, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.288
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [8, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.504
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [96, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [32, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn3_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [64, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [64, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.175
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.480
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [64, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.176
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_pw_parameters_weight_"
    )
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_dw_parameters_weight_"
    )
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [64, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [16, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.356
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [384, 16, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [88, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [528, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [528, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [22, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.300
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [22]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [528, 22, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [88, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [528, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [528, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [22, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [22]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [528, 22, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [120, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [720, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.284
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [30, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [720, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [120, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [720, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.283
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [30, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [720, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [120, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [720, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_6_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [240, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_6_modules_0_modules_bn3_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_head_parameters_weight_:
    name = "L_self_modules_conv_head_parameters_weight_"
    shape = [1280, 240, 1, 1]
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
