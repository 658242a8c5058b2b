class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.457
    data = None


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
    mean = 0.501
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.030
    std = 0.181
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.866
    std = 3.960
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.441
    std = 1.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.347
    std = 2.615
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.683
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.110
    std = 1.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.078
    std = 3.874
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.370
    std = 2.538
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.751
    std = 1.498
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_1_parameters_weight_"
    shape = [16, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.385
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_2_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_1_modules_conv_modules_2_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.591
    std = 5.032
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_2_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_1_modules_conv_modules_2_buffers_running_var_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.344
    std = 1.301
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_2_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.651
    std = 1.372
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_conv_modules_2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_conv_modules_2_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [96, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.279
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 46.415
    std = 35.571
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.098
    std = 2.242
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.419
    std = 1.453
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [96, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.018
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.088
    std = 2.132
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.420
    std = 1.518
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.014
    std = 0.345
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.749
    std = 1.192
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_2_parameters_weight_"
    shape = [24, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_2_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.823
    std = 4.930
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_2_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.716
    std = 3.338
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_3_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.604
    std = 1.176
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_conv_modules_3_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.184
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 31.314
    std = 29.501
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.447
    std = 0.734
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.751
    std = 1.523
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.269
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.112
    std = 0.825
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.339
    std = 0.314
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.117
    std = 0.573
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.458
    std = 1.521
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_2_parameters_weight_"
    shape = [24, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.173
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_3_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.335
    std = 3.351
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_3_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.744
    std = 0.752
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_3_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.892
    std = 2.204
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_conv_modules_3_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.238
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 80.000
    std = 39.077
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.868
    std = 0.856
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.097
    std = 1.492
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.027
    std = 0.180
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.293
    std = 1.698
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.823
    std = 0.939
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.189
    std = 0.546
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.677
    std = 1.178
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_2_parameters_weight_"
    shape = [32, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.212
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_4_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.411
    std = 3.454
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_4_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.030
    std = 5.263
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_3_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.342
    std = 0.967
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_conv_modules_3_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 19.568
    std = 7.727
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.144
    std = 0.404
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.940
    std = 1.167
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.217
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.253
    std = 0.627
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.241
    std = 0.194
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.135
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.223
    std = 1.788
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_2_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_5_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.421
    std = 2.185
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_5_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.990
    std = 0.463
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_3_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.840
    std = 1.557
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_conv_modules_3_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 27.427
    std = 12.093
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.239
    std = 0.422
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.510
    std = 1.113
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.174
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.150
    std = 0.543
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.185
    std = 0.169
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.350
    std = 1.031
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.709
    std = 1.752
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_2_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.116
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_6_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.261
    std = 1.915
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_6_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.893
    std = 0.891
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_3_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.786
    std = 2.322
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_conv_modules_3_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.011
    std = 0.198
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 68.554
    std = 30.744
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.458
    std = 0.417
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.263
    std = 0.994
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.259
    std = 0.772
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.448
    std = 0.507
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.950
    std = 0.332
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.412
    std = 1.552
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_2_parameters_weight_"
    shape = [64, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.157
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_7_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.100
    std = 4.883
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_7_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.569
    std = 5.379
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.343
    std = 1.042
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_conv_modules_3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 12.433
    std = 5.036
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.037
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.675
    std = 1.037
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.013
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.137
    std = 0.355
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.140
    std = 0.107
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.278
    std = 0.776
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.487
    std = 1.330
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_2_parameters_weight_"
    shape = [64, 384, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_8_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.207
    std = 1.221
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_8_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.022
    std = 0.861
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.351
    std = 1.496
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_conv_modules_3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 16.953
    std = 9.147
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.076
    std = 0.312
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.274
    std = 0.888
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.143
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.077
    std = 0.337
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.090
    std = 0.088
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.143
    std = 0.709
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.552
    std = 1.469
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_2_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_2_parameters_weight_"
    shape = [64, 384, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_3_buffers_running_mean_:
    name = (
        "L_self_modules_features_modules_9_modules_conv_modules_3_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.122
    std = 1.351
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_9_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.770
    std = 0.300
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_3_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_3_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.521
    std = 1.215
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_conv_modules_3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.089
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 17.924
    std = 9.685
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.057
    std = 0.265
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.069
    std = 0.890
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.022
    std = 0.380
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.068
    std = 0.066
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.987
    std = 0.616
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.642
    std = 1.545
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_10_modules_conv_modules_2_parameters_weight_"
    )
    shape = [64, 384, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_3_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.018
    std = 1.100
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_10_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.441
    std = 0.223
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_10_modules_conv_modules_3_parameters_weight_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.472
    std = 1.608
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_conv_modules_3_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [384, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 31.546
    std = 11.179
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.256
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.207
    std = 0.812
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [384, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.157
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.112
    std = 0.591
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.188
    std = 0.148
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.888
    std = 0.380
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.569
    std = 1.323
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_11_modules_conv_modules_2_parameters_weight_"
    )
    shape = [96, 384, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_3_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.222
    std = 3.315
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_11_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.807
    std = 3.524
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_11_modules_conv_modules_3_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.515
    std = 0.761
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_conv_modules_3_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.202
    std = 3.419
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.109
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.112
    std = 0.863
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.117
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.050
    std = 0.240
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.058
    std = 0.051
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.058
    std = 0.582
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.541
    std = 1.243
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_12_modules_conv_modules_2_parameters_weight_"
    )
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_3_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.076
    std = 1.578
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_12_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.579
    std = 0.147
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_12_modules_conv_modules_3_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.027
    std = 0.771
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_conv_modules_3_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 13.066
    std = 5.557
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.087
    std = 0.237
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.316
    std = 0.836
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.022
    std = 0.245
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.043
    std = 0.043
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.861
    std = 0.542
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.593
    std = 1.535
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_13_modules_conv_modules_2_parameters_weight_"
    )
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_3_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.126
    std = 1.722
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_13_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.306
    std = 0.072
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_13_modules_conv_modules_3_parameters_weight_"
    )
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.224
    std = 0.879
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_13_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_13_modules_conv_modules_3_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 28.035
    std = 7.021
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.324
    std = 0.202
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.035
    std = 0.794
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.017
    std = 0.108
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.079
    std = 0.412
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.066
    std = 0.222
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.594
    std = 0.255
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.056
    std = 1.482
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_14_modules_conv_modules_2_parameters_weight_"
    )
    shape = [160, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.139
    std = 3.398
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_14_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.958
    std = 1.995
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_14_modules_conv_modules_3_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.667
    std = 0.494
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_14_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_14_modules_conv_modules_3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.017
    std = 2.727
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.971
    std = 0.307
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.390
    std = 0.769
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.113
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.105
    std = 0.314
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.065
    std = 0.059
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.038
    std = 0.539
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.824
    std = 1.318
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_15_modules_conv_modules_2_parameters_weight_"
    )
    shape = [160, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.124
    std = 1.183
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_15_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.437
    std = 0.215
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_15_modules_conv_modules_3_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.044
    std = 0.792
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_15_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_15_modules_conv_modules_3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 12.568
    std = 5.391
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.013
    std = 0.338
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.100
    std = 0.884
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.011
    std = 0.114
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.088
    std = 0.392
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.055
    std = 0.095
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.954
    std = 0.839
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.261
    std = 1.814
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_16_modules_conv_modules_2_parameters_weight_"
    )
    shape = [160, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_3_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.027
    std = 1.105
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_16_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.124
    std = 0.041
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_16_modules_conv_modules_3_parameters_weight_"
    )
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.297
    std = 0.778
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_16_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_16_modules_conv_modules_3_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_0_modules_0_parameters_weight_"
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 22.373
    std = 8.093
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.157
    std = 0.215
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_0_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.575
    std = 0.637
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_1_modules_0_parameters_weight_"
    shape = [960, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.043
    std = 0.279
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.038
    std = 0.094
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.935
    std = 0.412
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_1_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.249
    std = 1.509
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_2_parameters_weight_:
    name = (
        "L_self_modules_features_modules_17_modules_conv_modules_2_parameters_weight_"
    )
    shape = [320, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_3_buffers_running_mean_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_3_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.133
    std = 1.844
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_features_modules_17_modules_conv_modules_3_buffers_running_var_"
    )
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.175
    std = 0.881
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_3_parameters_weight_:
    name = (
        "L_self_modules_features_modules_17_modules_conv_modules_3_parameters_weight_"
    )
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.200
    std = 0.206
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_17_modules_conv_modules_3_parameters_bias_:
    name = "L_self_modules_features_modules_17_modules_conv_modules_3_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_18_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_18_modules_0_parameters_weight_"
    shape = [1280, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_18_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_18_modules_1_buffers_running_mean_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_18_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_18_modules_1_buffers_running_var_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.193
    std = 0.560
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_18_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_18_modules_1_parameters_weight_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.628
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_18_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_18_modules_1_parameters_bias_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -4.841
    std = 0.594
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [1000, 1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.067
    data = None
