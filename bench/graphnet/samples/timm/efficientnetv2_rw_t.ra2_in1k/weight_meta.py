class Program_weight_tensor_meta_L_self_modules_conv_stem_parameters_weight_:
    name = "L_self_modules_conv_stem_parameters_weight_"
    shape = [24, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
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
    device = "cuda:0"
    mean = 0.223
    std = 1.287
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_bn1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_var_:
    name = "L_self_modules_bn1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_weight_:
    name = "L_self_modules_bn1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_bias_:
    name = "L_self_modules_bn1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_conv_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_conv_parameters_weight_"
    shape = [24, 24, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.095
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_0_modules_bn1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_1_modules_conv_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_1_modules_conv_parameters_weight_"
    shape = [24, 24, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.095
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_0_modules_1_modules_bn1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_0_modules_1_modules_bn1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_0_modules_1_modules_bn1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_0_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_0_modules_1_modules_bn1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_conv_exp_parameters_weight_"
    )
    shape = [96, 24, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.222
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_0_modules_bn2_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_1_modules_conv_exp_parameters_weight_"
    )
    shape = [160, 40, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.226
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_1_modules_bn2_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_2_modules_conv_exp_parameters_weight_"
    )
    shape = [160, 40, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.225
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn2_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn2_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn2_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_2_modules_bn2_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_3_modules_conv_exp_parameters_weight_"
    )
    shape = [160, 40, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_1_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [40, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.223
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn2_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn2_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn2_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_1_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_1_modules_3_modules_bn2_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_0_modules_conv_exp_parameters_weight_"
    )
    shape = [160, 40, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [48, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_0_modules_bn2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_exp_parameters_weight_"
    )
    shape = [192, 48, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.203
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_1_modules_bn2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_exp_parameters_weight_"
    )
    shape = [192, 48, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.202
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_2_modules_bn2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_conv_exp_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_3_modules_conv_exp_parameters_weight_"
    )
    shape = [192, 48, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_2_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn2_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn2_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn2_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_2_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_2_modules_3_modules_bn2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [12, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.416
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [192, 12, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.104
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [104, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.138
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_0_modules_bn3_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [416, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn1_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [416, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.020
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn2_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [26, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.279
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [26]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [416, 26, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [104, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_1_modules_bn3_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [416, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn1_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [416, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.463
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn2_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [26, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.280
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [26]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [416, 26, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [104, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.138
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_2_modules_bn3_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_pw_parameters_weight_"
    )
    shape = [416, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn1_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_dw_parameters_weight_"
    )
    shape = [416, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.468
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn2_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [26, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.281
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [26]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_expand_parameters_weight_"
    shape = [416, 26, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_se_modules_conv_expand_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [104, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_3_modules_bn3_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_4_modules_conv_pw_parameters_weight_"
    )
    shape = [416, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn1_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn1_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn1_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn1_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_4_modules_conv_dw_parameters_weight_"
    )
    shape = [416, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn2_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn2_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn2_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn2_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [26, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.277
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [26]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_expand_parameters_weight_"
    shape = [416, 26, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_se_modules_conv_expand_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_4_modules_conv_pwl_parameters_weight_"
    )
    shape = [104, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn3_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn3_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn3_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_4_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_4_modules_bn3_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_5_modules_conv_pw_parameters_weight_"
    )
    shape = [416, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn1_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn1_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn1_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn1_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_5_modules_conv_dw_parameters_weight_"
    )
    shape = [416, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn2_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn2_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn2_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn2_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [26, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [26]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_expand_parameters_weight_"
    shape = [416, 26, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_se_modules_conv_expand_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_3_modules_5_modules_conv_pwl_parameters_weight_"
    )
    shape = [104, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn3_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn3_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn3_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_3_modules_5_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_3_modules_5_modules_bn3_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [624, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn1_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [624, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.471
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn2_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [26, 624, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.277
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [26]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [624, 26, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 624, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_0_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.252
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_1_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.476
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.249
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_2_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_3_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_3_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.468
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_3_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_4_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_4_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.468
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.249
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_4_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_4_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_4_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_5_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_5_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.011
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.250
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_5_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_5_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_5_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_6_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_6_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.468
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.249
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_6_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_6_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_6_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_7_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_7_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.474
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_7_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_7_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_7_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_8_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_8_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.250
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_4_modules_8_modules_conv_pwl_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn3_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn3_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn3_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_4_modules_8_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_4_modules_8_modules_bn3_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_pw_parameters_weight_"
    )
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_dw_parameters_weight_"
    )
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn2_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [32, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_weight_"
    shape = [768, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_se_modules_conv_expand_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_0_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_0_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_1_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_1_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_2_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_2_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_3_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_3_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_3_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_3_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_4_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_4_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.477
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_4_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_4_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_4_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_5_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_5_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_5_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_5_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_5_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_6_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_6_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_6_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_6_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_6_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_7_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_7_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_7_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_7_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_7_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_8_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_8_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_8_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_8_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_8_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_9_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_9_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn2_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_9_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn3_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_9_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_9_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_10_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn1_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_10_modules_bn1_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_10_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn2_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_10_modules_bn2_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_10_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn3_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_10_modules_bn3_buffers_running_mean_"
    )
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_10_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_10_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_11_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn1_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_11_modules_bn1_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_11_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.471
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn2_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_11_modules_bn2_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_11_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn3_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_11_modules_bn3_buffers_running_mean_"
    )
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_11_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_11_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_12_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn1_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_12_modules_bn1_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_12_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn2_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_12_modules_bn2_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_12_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn3_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_12_modules_bn3_buffers_running_mean_"
    )
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_12_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_12_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_conv_pw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_13_modules_conv_pw_parameters_weight_"
    )
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn1_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_13_modules_bn1_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn1_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn1_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn1_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_conv_dw_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_13_modules_conv_dw_parameters_weight_"
    )
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn2_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_13_modules_bn2_buffers_running_mean_"
    )
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn2_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn2_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn2_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn2_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn2_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_reduce_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_reduce_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_reduce_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_reduce_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_expand_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_expand_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_expand_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_se_modules_conv_expand_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_conv_pwl_parameters_weight_:
    name = (
        "L_self_modules_blocks_modules_5_modules_13_modules_conv_pwl_parameters_weight_"
    )
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn3_buffers_running_mean_:
    name = (
        "L_self_modules_blocks_modules_5_modules_13_modules_bn3_buffers_running_mean_"
    )
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn3_buffers_running_var_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn3_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn3_parameters_weight_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn3_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_blocks_modules_5_modules_13_modules_bn3_parameters_bias_:
    name = "L_self_modules_blocks_modules_5_modules_13_modules_bn3_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_head_parameters_weight_:
    name = "L_self_modules_conv_head_parameters_weight_"
    shape = [1024, 208, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_bn2_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn2_buffers_running_var_:
    name = "L_self_modules_bn2_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn2_parameters_weight_:
    name = "L_self_modules_bn2_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_bn2_parameters_bias_:
    name = "L_self_modules_bn2_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_weight_:
    name = "L_self_modules_classifier_parameters_weight_"
    shape = [1000, 1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_bias_:
    name = "L_self_modules_classifier_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
