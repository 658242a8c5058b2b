class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_conv_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.102
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
    std = 1.288
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_weight_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_bias_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_bn_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_conv_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_weight_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_bias_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_bn_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_conv_parameters_weight_"
    shape = [64, 32, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_weight_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_bias_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_conv_parameters_weight_"
    shape = [80, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_bn_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_conv_parameters_weight_"
    shape = [192, 80, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_weight_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_bias_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [64, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_"
    shape = [64, 48, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_weight_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_"
    shape = [48, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_"
    shape = [64, 48, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_weight_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_"
    shape = [48, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_"
    shape = [64, 48, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_weight_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_conv_parameters_weight_"
    shape = [384, 288, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_weight_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [128, 128, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 128, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_weight_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [128, 128, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_weight_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [128, 128, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_weight_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [128, 128, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_weight_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 128, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_"
    shape = [320, 192, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_"
    )
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_"
    )
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [320, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_"
    shape = [384, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [448, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_weight_"
    )
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [384, 448, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_weight_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_"
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_weight_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_"
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_weight_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [320, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_"
    shape = [384, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [448, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_weight_"
    )
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_parameters_bias_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [384, 448, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_weight_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_"
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_weight_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_"
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_weight_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_bias_:
    name = "L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.013
    data = None
