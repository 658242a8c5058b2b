class Program_weight_tensor_meta_s0:
    name = "s0"
    shape = []
    dtype = "torch.int64"
    device = "cpu"
    mean = None
    std = None
    data = [0]


class Program_weight_tensor_meta_s1:
    name = "s1"
    shape = []
    dtype = "torch.int64"
    device = "cpu"
    mean = None
    std = None
    data = [0]


class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.499
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_conv_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.097
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.147
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_1a_3x3_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.344
    std = 0.332
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
    mean = 0.243
    std = 1.586
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_conv_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.426
    std = 1.694
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_2a_3x3_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.829
    std = 3.364
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
    mean = -0.198
    std = 1.292
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_conv_parameters_weight_"
    shape = [64, 32, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.278
    std = 1.230
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_2b_3x3_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.834
    std = 0.836
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
    mean = 0.207
    std = 1.008
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_conv_parameters_weight_"
    shape = [80, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.741
    std = 1.442
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_3b_1x1_modules_bn_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.295
    std = 0.761
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
    mean = 0.132
    std = 0.711
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_conv_parameters_weight_"
    shape = [192, 80, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.417
    std = 1.900
    data = None


class Program_weight_tensor_meta_L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Conv2d_4a_3x3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.489
    std = 1.212
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
    mean = 0.484
    std = 1.074
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [64, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.606
    std = 2.129
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.015
    std = 1.536
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
    mean = 1.296
    std = 1.448
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_conv_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 1.032
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_1_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.957
    std = 0.744
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
    mean = 0.448
    std = 0.694
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_conv_parameters_weight_"
    shape = [64, 48, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.738
    std = 1.902
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch5x5_2_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.630
    std = 1.719
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
    mean = 0.040
    std = 1.078
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.246
    std = 1.930
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.975
    std = 0.906
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
    mean = 0.091
    std = 0.774
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.449
    std = 1.009
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.566
    std = 0.272
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
    mean = -0.249
    std = 0.707
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.338
    std = 0.579
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.505
    std = 0.260
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
    mean = -0.279
    std = 0.717
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5b_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.031
    std = 1.302
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5b_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.294
    std = 0.135
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
    mean = -0.408
    std = 0.304
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.683
    std = 2.065
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.342
    std = 0.890
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
    mean = 0.997
    std = 1.233
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_conv_parameters_weight_"
    shape = [48, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.210
    std = 1.199
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_1_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.494
    std = 0.333
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
    mean = -0.049
    std = 0.564
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_conv_parameters_weight_"
    shape = [64, 48, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.813
    std = 0.853
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch5x5_2_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.996
    std = 0.511
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
    mean = -0.147
    std = 0.734
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.288
    std = 1.374
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.517
    std = 0.377
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
    mean = -0.044
    std = 0.660
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.601
    std = 0.753
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.567
    std = 0.332
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
    mean = -0.411
    std = 0.647
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.158
    std = 0.337
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.426
    std = 0.217
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
    mean = -0.346
    std = 0.587
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5c_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.497
    std = 0.836
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5c_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.186
    std = 0.092
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
    mean = -0.645
    std = 0.320
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.052
    std = 1.398
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.129
    std = 0.431
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
    mean = 0.080
    std = 0.801
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_conv_parameters_weight_"
    shape = [48, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_mean_"
    )
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.215
    std = 1.095
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_1_modules_bn_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.642
    std = 0.223
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
    mean = -0.056
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_conv_parameters_weight_"
    shape = [64, 48, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.366
    std = 0.400
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch5x5_2_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.260
    std = 0.351
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
    mean = -0.218
    std = 0.645
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.253
    std = 1.221
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.553
    std = 0.327
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
    mean = 0.097
    std = 0.731
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.415
    std = 0.444
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.829
    std = 0.532
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
    mean = -0.426
    std = 0.610
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.498
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.641
    std = 0.190
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
    mean = -0.363
    std = 0.280
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_5d_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.197
    std = 0.854
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_5d_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.294
    std = 0.148
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
    mean = -0.543
    std = 0.308
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_conv_parameters_weight_"
    shape = [384, 288, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.137
    std = 0.806
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.510
    std = 0.161
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
    mean = -0.564
    std = 0.217
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [64, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.092
    std = 0.651
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.334
    std = 0.109
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
    mean = -0.346
    std = 0.333
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [96, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.496
    std = 0.294
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.312
    std = 0.075
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
    mean = -0.885
    std = 0.241
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_conv_parameters_weight_"
    )
    shape = [96, 96, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.070
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6a_modules_branch3x3dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.156
    std = 0.046
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
    mean = 0.009
    std = 0.391
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.044
    std = 0.772
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.914
    std = 0.744
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
    mean = -0.156
    std = 0.451
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.194
    std = 0.517
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.534
    std = 0.211
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
    mean = -0.559
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [128, 128, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.294
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.450
    std = 0.173
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
    mean = -0.220
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 128, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.373
    std = 0.415
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.437
    std = 0.131
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
    mean = -0.561
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.073
    std = 0.687
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.462
    std = 0.527
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
    mean = -0.395
    std = 0.442
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [128, 128, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.055
    std = 0.440
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.385
    std = 0.278
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
    mean = -0.292
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [128, 128, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.276
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.412
    std = 0.203
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
    mean = -0.318
    std = 0.406
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [128, 128, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.274
    std = 0.411
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.390
    std = 0.158
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
    mean = -0.146
    std = 0.413
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 128, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.463
    std = 0.436
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.410
    std = 0.256
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
    mean = -0.744
    std = 0.352
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6b_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.205
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6b_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.178
    std = 0.076
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
    mean = -0.715
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.167
    std = 0.286
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.525
    std = 0.229
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
    mean = -0.177
    std = 0.458
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.279
    std = 0.216
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.312
    std = 0.212
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
    mean = -0.516
    std = 0.326
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.233
    std = 0.267
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.399
    std = 0.152
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
    mean = -0.324
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.380
    std = 0.301
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.451
    std = 0.138
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
    mean = -0.552
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.073
    std = 0.622
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.226
    std = 0.181
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
    mean = -0.506
    std = 0.392
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.225
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.277
    std = 0.244
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
    mean = -0.505
    std = 0.400
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.259
    std = 0.283
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.241
    std = 0.155
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
    mean = -0.495
    std = 0.367
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.215
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.260
    std = 0.160
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
    mean = -0.300
    std = 0.445
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.621
    std = 0.434
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.361
    std = 0.321
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
    mean = -0.902
    std = 0.381
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6c_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.237
    std = 0.202
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6c_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.137
    std = 0.061
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
    mean = -0.742
    std = 0.190
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.286
    std = 0.292
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.453
    std = 0.155
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
    mean = -0.312
    std = 0.320
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.264
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.283
    std = 0.131
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
    mean = -0.572
    std = 0.334
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.276
    std = 0.231
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.304
    std = 0.124
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
    mean = -0.491
    std = 0.304
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.262
    std = 0.242
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.311
    std = 0.087
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
    mean = -0.666
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [160, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.357
    std = 0.320
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.324
    std = 0.152
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
    mean = -0.692
    std = 0.358
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.341
    std = 0.227
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.308
    std = 0.143
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
    mean = -0.459
    std = 0.315
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.452
    std = 0.368
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.400
    std = 0.237
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
    mean = -0.711
    std = 0.325
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [160, 160, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.387
    std = 0.221
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.303
    std = 0.182
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
    mean = -0.396
    std = 0.309
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 160, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.701
    std = 0.420
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.399
    std = 0.245
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
    mean = -0.563
    std = 0.368
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6d_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.357
    std = 0.176
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6d_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.134
    std = 0.043
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
    mean = -0.787
    std = 0.172
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.588
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.426
    std = 0.149
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
    mean = -0.946
    std = 0.238
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.400
    std = 0.189
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.323
    std = 0.116
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
    mean = -0.930
    std = 0.277
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.123
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.160
    std = 0.093
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
    mean = -0.442
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_conv_parameters_weight_"
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.966
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7_3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.585
    std = 0.554
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
    mean = -1.155
    std = 0.427
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_conv_parameters_weight_"
    )
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.293
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.271
    std = 0.099
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
    mean = -0.658
    std = 0.259
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.307
    std = 0.156
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.269
    std = 0.098
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
    mean = -0.721
    std = 0.270
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.325
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_3_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.225
    std = 0.089
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
    mean = -0.788
    std = 0.227
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.274
    std = 0.179
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_4_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.217
    std = 0.083
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
    mean = -0.505
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.975
    std = 0.176
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch7x7dbl_5_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.618
    std = 0.354
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
    mean = -1.150
    std = 0.312
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_6e_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.504
    std = 0.108
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_6e_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.174
    std = 0.043
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
    mean = -1.275
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_conv_parameters_weight_"
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.094
    std = 0.107
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.040
    std = 0.012
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
    mean = -0.806
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_conv_parameters_weight_"
    shape = [320, 192, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_mean_"
    )
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.198
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7a_modules_branch3x3_2_modules_bn_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.055
    std = 0.016
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
    mean = -0.882
    std = 0.198
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_conv_parameters_weight_"
    )
    shape = [192, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.042
    std = 0.183
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_1_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.042
    std = 0.044
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
    mean = -0.501
    std = 0.310
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 1, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.234
    std = 0.310
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_2_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.191
    std = 0.133
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
    mean = -0.360
    std = 0.357
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 7, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.340
    std = 0.484
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_3_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.299
    std = 0.221
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
    mean = -0.713
    std = 0.286
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_conv_parameters_weight_"
    )
    shape = [192, 192, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.359
    std = 0.238
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7a_modules_branch7x7x3_4_modules_bn_buffers_running_var_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.201
    std = 0.151
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
    mean = -0.663
    std = 0.408
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [320, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.123
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.144
    std = 0.178
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
    mean = -0.929
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_conv_parameters_weight_"
    shape = [384, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.147
    std = 0.134
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3_1_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.181
    std = 0.068
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
    mean = -0.693
    std = 0.176
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.303
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2a_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.081
    std = 0.010
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
    mean = -1.274
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.289
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3_2b_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.080
    std = 0.010
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
    mean = -1.191
    std = 0.137
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [448, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.014
    std = 0.169
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.193
    std = 0.114
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
    mean = -0.730
    std = 0.190
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [384, 448, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.373
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.280
    std = 0.158
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
    mean = -0.566
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_conv_parameters_weight_"
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.482
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.125
    std = 0.219
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
    mean = -1.268
    std = 0.254
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_conv_parameters_weight_"
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.530
    std = 0.230
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.125
    std = 0.102
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
    mean = -1.140
    std = 0.207
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7b_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.213
    std = 0.132
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7b_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.106
    std = 0.041
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
    mean = -0.874
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_conv_parameters_weight_"
    shape = [320, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch1x1_modules_bn_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
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
    mean = -0.130
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_conv_parameters_weight_"
    shape = [384, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.291
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3_1_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.058
    std = 0.039
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
    mean = -1.306
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2a_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
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
    mean = -0.138
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_conv_parameters_weight_"
    )
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_mean_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3_2b_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
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
    mean = -0.108
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_conv_parameters_weight_"
    )
    shape = [448, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_mean_"
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.193
    std = 0.127
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_1_modules_bn_buffers_running_var_"
    )
    shape = [448]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.104
    std = 0.171
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
    mean = -0.924
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_conv_parameters_weight_"
    )
    shape = [384, 448, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.456
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch3x3dbl_2_modules_bn_buffers_running_var_"
    )
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.164
    std = 0.163
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
    mean = -0.560
    std = 0.319
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_conv_parameters_weight_"
    shape = [384, 384, 1, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.034
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3a_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.001
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
    mean = -0.181
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_conv_parameters_weight_"
    shape = [384, 384, 3, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.030
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch3x3dbl_3b_modules_bn_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.001
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
    mean = -0.157
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_conv_parameters_weight_:
    name = "L_self_modules_Mixed_7c_modules_branch_pool_modules_conv_parameters_weight_"
    shape = [192, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_mean_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_:
    name = "L_self_modules_Mixed_7c_modules_branch_pool_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
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
    mean = -0.005
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.309
    data = None
