class Program_weight_tensor_meta_L_self_modules_stem_modules_conv_parameters_weight_:
    name = "L_self_modules_stem_modules_conv_parameters_weight_"
    shape = [48, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.068
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
    std = 1.285
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_buffers_running_mean_:
    name = "L_self_modules_stem_modules_bn_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_buffers_running_var_:
    name = "L_self_modules_stem_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_parameters_weight_:
    name = "L_self_modules_stem_modules_bn_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_parameters_bias_:
    name = "L_self_modules_stem_modules_bn_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [48, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.027
    std = 0.445
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_0_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [24, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_0_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.118
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_1_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.020
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_1_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [41, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.226
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [41]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [41]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [41]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_1_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [41]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [246, 41, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_2_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [246, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.465
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_2_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [246]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [58, 246, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.187
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_2_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [348, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_3_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [348, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.477
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_3_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_se_modules_fc1_parameters_weight_"
    shape = [29, 348, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.263
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_se_modules_fc1_parameters_bias_"
    shape = [29]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_3_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [29]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_3_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [29]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_se_modules_bn_parameters_weight_"
    shape = [29]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_se_modules_bn_parameters_bias_"
    shape = [29]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_se_modules_fc2_parameters_weight_"
    shape = [348, 29, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_se_modules_fc2_parameters_bias_"
    shape = [348]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [75, 348, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [75]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [75]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [75]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_3_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [75]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [450, 75, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_4_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [450, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.463
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_4_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_se_modules_fc1_parameters_weight_"
    shape = [37, 450, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.233
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_se_modules_fc1_parameters_bias_"
    shape = [37]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_4_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [37]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_4_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [37]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_se_modules_bn_parameters_weight_"
    shape = [37]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_se_modules_bn_parameters_bias_"
    shape = [37]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_se_modules_fc2_parameters_weight_"
    shape = [450, 37, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_se_modules_fc2_parameters_bias_"
    shape = [450]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [92, 450, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [92]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [92]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [92]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_4_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [92]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [552, 92, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_5_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [552, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_5_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_se_modules_fc1_parameters_weight_"
    shape = [46, 552, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.208
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_se_modules_fc1_parameters_bias_"
    shape = [46]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_5_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [46]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_5_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [46]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_se_modules_bn_parameters_weight_"
    shape = [46]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_se_modules_bn_parameters_bias_"
    shape = [46]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_se_modules_fc2_parameters_weight_"
    shape = [552, 46, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_se_modules_fc2_parameters_bias_"
    shape = [552]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [108, 552, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.136
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [108]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [108]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [108]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_5_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [108]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [648, 108, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_6_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [648, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_6_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_se_modules_fc1_parameters_weight_"
    shape = [54, 648, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_se_modules_fc1_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_6_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_6_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_se_modules_bn_parameters_weight_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_se_modules_bn_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_se_modules_fc2_parameters_weight_"
    shape = [648, 54, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_se_modules_fc2_parameters_bias_"
    shape = [648]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [125, 648, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [125]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [125]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [125]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_6_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [125]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [750, 125, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_7_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [750, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_7_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_se_modules_fc1_parameters_weight_"
    shape = [62, 750, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.180
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_se_modules_fc1_parameters_bias_"
    shape = [62]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_7_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [62]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_7_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [62]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_se_modules_bn_parameters_weight_"
    shape = [62]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_se_modules_bn_parameters_bias_"
    shape = [62]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_se_modules_fc2_parameters_weight_"
    shape = [750, 62, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_se_modules_fc2_parameters_bias_"
    shape = [750]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [142, 750, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [142]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [142]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [142]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_7_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [142]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [852, 142, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_8_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [852, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_8_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_se_modules_fc1_parameters_weight_"
    shape = [71, 852, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_se_modules_fc1_parameters_bias_"
    shape = [71]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_8_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [71]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_8_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [71]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_se_modules_bn_parameters_weight_"
    shape = [71]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_se_modules_bn_parameters_bias_"
    shape = [71]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_se_modules_fc2_parameters_weight_"
    shape = [852, 71, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_se_modules_fc2_parameters_bias_"
    shape = [852]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [159, 852, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [159]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [159]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [159]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_8_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [159]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [954, 159, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_exp_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_9_modules_conv_exp_modules_bn_parameters_bias_"
    )
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [954, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.474
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_9_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_se_modules_fc1_parameters_weight_"
    shape = [79, 954, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.159
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_se_modules_fc1_parameters_bias_"
    shape = [79]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_9_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [79]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_9_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [79]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_se_modules_bn_parameters_weight_"
    shape = [79]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_se_modules_bn_parameters_bias_"
    shape = [79]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_se_modules_fc2_parameters_weight_"
    shape = [954, 79, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_se_modules_fc2_parameters_bias_"
    shape = [954]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [176, 954, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.107
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [176]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [176]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_9_modules_conv_pwl_modules_bn_parameters_bias_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [1056, 176, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_exp_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_conv_exp_modules_bn_parameters_bias_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [1056, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_10_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_fc1_parameters_weight_:
    name = (
        "L_self_modules_features_modules_10_modules_se_modules_fc1_parameters_weight_"
    )
    shape = [88, 1056, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_se_modules_fc1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_10_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_10_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_se_modules_bn_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_se_modules_bn_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_fc2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_10_modules_se_modules_fc2_parameters_weight_"
    )
    shape = [1056, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_se_modules_fc2_parameters_bias_"
    shape = [1056]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [193, 1056, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [193]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [193]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [193]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_conv_pwl_modules_bn_parameters_bias_"
    shape = [193]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [1158, 193, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_exp_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_conv_exp_modules_bn_parameters_bias_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [1158, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.474
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_11_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_fc1_parameters_weight_:
    name = (
        "L_self_modules_features_modules_11_modules_se_modules_fc1_parameters_weight_"
    )
    shape = [96, 1158, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.144
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_se_modules_fc1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_11_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_11_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_se_modules_bn_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_se_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_fc2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_11_modules_se_modules_fc2_parameters_weight_"
    )
    shape = [1158, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_se_modules_fc2_parameters_bias_"
    shape = [1158]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [210, 1158, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [210]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [210]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [210]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_conv_pwl_modules_bn_parameters_bias_"
    shape = [210]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [1260, 210, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_12_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_exp_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_conv_exp_modules_bn_parameters_bias_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [1260, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.468
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_12_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_12_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_fc1_parameters_weight_:
    name = (
        "L_self_modules_features_modules_12_modules_se_modules_fc1_parameters_weight_"
    )
    shape = [105, 1260, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.138
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_se_modules_fc1_parameters_bias_"
    shape = [105]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_12_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [105]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_12_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [105]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_se_modules_bn_parameters_weight_"
    shape = [105]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_se_modules_bn_parameters_bias_"
    shape = [105]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_fc2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_12_modules_se_modules_fc2_parameters_weight_"
    )
    shape = [1260, 105, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_se_modules_fc2_parameters_bias_"
    shape = [1260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [226, 1260, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [226]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [226]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [226]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_conv_pwl_modules_bn_parameters_bias_"
    shape = [226]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [1356, 226, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_13_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_13_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_exp_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_conv_exp_modules_bn_parameters_bias_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [1356, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.467
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_13_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_13_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_13_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_fc1_parameters_weight_:
    name = (
        "L_self_modules_features_modules_13_modules_se_modules_fc1_parameters_weight_"
    )
    shape = [113, 1356, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_se_modules_fc1_parameters_bias_"
    shape = [113]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_13_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [113]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_13_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [113]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_se_modules_bn_parameters_weight_"
    shape = [113]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_se_modules_bn_parameters_bias_"
    shape = [113]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_fc2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_13_modules_se_modules_fc2_parameters_weight_"
    )
    shape = [1356, 113, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_se_modules_fc2_parameters_bias_"
    shape = [1356]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [243, 1356, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [243]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [243]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [243]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_conv_pwl_modules_bn_parameters_bias_"
    shape = [243]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [1458, 243, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_14_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_14_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_exp_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_conv_exp_modules_bn_parameters_bias_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [1458, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_14_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_14_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_14_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_fc1_parameters_weight_:
    name = (
        "L_self_modules_features_modules_14_modules_se_modules_fc1_parameters_weight_"
    )
    shape = [121, 1458, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_se_modules_fc1_parameters_bias_"
    shape = [121]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_14_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [121]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_14_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [121]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_se_modules_bn_parameters_weight_"
    shape = [121]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_se_modules_bn_parameters_bias_"
    shape = [121]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_fc2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_14_modules_se_modules_fc2_parameters_weight_"
    )
    shape = [1458, 121, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_se_modules_fc2_parameters_bias_"
    shape = [1458]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [260, 1458, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_conv_pwl_modules_bn_parameters_bias_"
    shape = [260]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_exp_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_exp_modules_conv_parameters_weight_"
    shape = [1560, 260, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_exp_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_15_modules_conv_exp_modules_bn_buffers_running_mean_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_exp_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_15_modules_conv_exp_modules_bn_buffers_running_var_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_exp_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_exp_modules_bn_parameters_weight_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_exp_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_conv_exp_modules_bn_parameters_bias_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_dw_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_dw_modules_conv_parameters_weight_"
    shape = [1560, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_dw_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_15_modules_conv_dw_modules_bn_buffers_running_mean_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_dw_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_15_modules_conv_dw_modules_bn_buffers_running_var_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_dw_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_dw_modules_bn_parameters_weight_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_dw_modules_bn_parameters_bias_:
    name = (
        "L_self_modules_features_modules_15_modules_conv_dw_modules_bn_parameters_bias_"
    )
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_fc1_parameters_weight_:
    name = (
        "L_self_modules_features_modules_15_modules_se_modules_fc1_parameters_weight_"
    )
    shape = [130, 1560, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_se_modules_fc1_parameters_bias_"
    shape = [130]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_15_modules_se_modules_bn_buffers_running_mean_"
    )
    shape = [130]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_15_modules_se_modules_bn_buffers_running_var_"
    )
    shape = [130]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_se_modules_bn_parameters_weight_"
    shape = [130]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_se_modules_bn_parameters_bias_"
    shape = [130]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_fc2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_15_modules_se_modules_fc2_parameters_weight_"
    )
    shape = [1560, 130, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_se_modules_fc2_parameters_bias_"
    shape = [1560]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_pwl_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_pwl_modules_conv_parameters_weight_"
    shape = [277, 1560, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_buffers_running_mean_"
    shape = [277]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_buffers_running_var_"
    shape = [277]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_parameters_weight_"
    shape = [277]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_conv_pwl_modules_bn_parameters_bias_"
    shape = [277]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_parameters_weight_:
    name = "L_self_modules_features_modules_16_modules_conv_parameters_weight_"
    shape = [1920, 277, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_bn_buffers_running_mean_:
    name = "L_self_modules_features_modules_16_modules_bn_buffers_running_mean_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_bn_buffers_running_var_:
    name = "L_self_modules_features_modules_16_modules_bn_buffers_running_var_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_bn_parameters_weight_:
    name = "L_self_modules_features_modules_16_modules_bn_parameters_weight_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_bn_parameters_bias_:
    name = "L_self_modules_features_modules_16_modules_bn_parameters_bias_"
    shape = [1920]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_head_modules_fc_parameters_weight_:
    name = "L_self_modules_head_modules_fc_parameters_weight_"
    shape = [1000, 1920]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_head_modules_fc_parameters_bias_:
    name = "L_self_modules_head_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None
