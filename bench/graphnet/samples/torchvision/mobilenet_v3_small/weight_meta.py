class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_0_parameters_weight_"
    shape = [16, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.722
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
    mean = 0.499
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.127
    std = 0.429
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 16.336
    std = 13.258
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.170
    std = 2.163
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.220
    std = 2.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [16, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 1.331
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.216
    std = 3.422
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.194
    std = 22.948
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.943
    std = 0.661
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.843
    std = 0.888
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_1_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_block_modules_1_modules_fc1_parameters_weight_"
    shape = [8, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_1_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_block_modules_1_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_1_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_block_modules_1_modules_fc2_parameters_weight_"
    shape = [16, 8, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_1_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_block_modules_1_modules_fc2_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.641
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [16, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.070
    std = 0.785
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.512
    std = 2.046
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.709
    std = 0.347
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.215
    std = 0.346
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [72, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.504
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.870
    std = 7.841
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.606
    std = 0.514
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.319
    std = 0.417
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.513
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.090
    std = 0.823
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.729
    std = 1.641
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.854
    std = 0.403
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.243
    std = 0.646
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [24, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.016
    std = 0.464
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.710
    std = 3.900
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.088
    std = 6.833
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.187
    std = 0.331
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [88, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.463
    std = 10.097
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.424
    std = 0.356
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.223
    std = 0.488
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [88, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.456
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.070
    std = 0.505
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.107
    std = 0.144
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.459
    std = 0.386
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.204
    std = 0.689
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [24, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.304
    std = 1.669
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.167
    std = 0.551
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.139
    std = 0.576
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [96, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 0.381
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.500
    std = 5.434
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.170
    std = 0.662
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.093
    std = 0.905
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [96, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.031
    std = 0.240
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.704
    std = 1.851
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.207
    std = 4.529
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.974
    std = 0.568
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.220
    std = 1.021
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [96, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.095
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.277
    std = 0.623
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.325
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.064
    std = 2.433
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.113
    std = 1.874
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.895
    std = 0.188
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.499
    std = 0.756
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.403
    std = 0.458
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.167
    std = 0.500
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [240, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.210
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.035
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.061
    std = 0.122
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.953
    std = 0.538
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.441
    std = 0.687
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [64, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.088
    std = 0.159
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [240, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.019
    std = 0.161
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.111
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.184
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.034
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.084
    std = 0.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.674
    std = 0.167
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.098
    std = 0.984
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.421
    std = 0.388
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.217
    std = 0.462
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [240, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.025
    std = 0.156
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.072
    std = 0.223
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.035
    std = 0.393
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.375
    std = 0.559
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [64, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.101
    std = 0.138
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [240, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.021
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.149
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.401
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.108
    std = 0.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.044
    std = 0.385
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.277
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.655
    std = 5.272
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.509
    std = 0.682
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.062
    std = 0.537
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.057
    std = 0.455
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.430
    std = 0.948
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.815
    std = 0.612
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.470
    std = 0.757
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [32, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [120, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.263
    std = 0.292
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.255
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.362
    std = 1.410
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.533
    std = 1.898
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.940
    std = 0.161
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.879
    std = 0.723
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.433
    std = 0.414
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.143
    std = 0.400
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.073
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.079
    std = 0.176
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.952
    std = 0.334
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.241
    std = 0.557
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [40, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.162
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.232
    std = 0.138
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.043
    std = 0.161
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.146
    std = 0.172
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.053
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.041
    std = 0.016
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.525
    std = 0.328
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.188
    std = 1.033
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.742
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.772
    std = 0.563
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.182
    std = 0.425
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.168
    std = 0.392
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.620
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.273
    std = 0.547
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [72, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.127
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.072
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.014
    std = 0.117
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.034
    std = 0.200
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 288, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.173
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_9_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.018
    std = 0.330
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_9_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.168
    std = 0.136
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_9_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.567
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_9_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_9_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.120
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.604
    std = 0.193
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.401
    std = 0.286
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.174
    std = 0.378
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.041
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.026
    std = 0.062
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.012
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.257
    std = 0.427
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.097
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.051
    std = 0.110
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.025
    std = 0.097
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.140
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_10_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.057
    std = 0.280
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_10_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.042
    std = 0.009
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_10_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.468
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_10_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_10_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.201
    std = 0.381
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.663
    std = 0.291
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.556
    std = 0.487
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.098
    std = 0.097
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.036
    std = 0.043
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.982
    std = 0.206
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.146
    std = 0.352
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.075
    std = 0.137
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.028
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.131
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.120
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_11_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_11_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.099
    std = 0.023
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_11_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.914
    std = 0.169
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_11_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_11_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_12_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_12_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.211
    std = 0.541
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_12_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.645
    std = 0.299
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_12_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_12_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.210
    std = 0.626
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_parameters_weight_"
    shape = [1024, 576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_parameters_bias_:
    name = "L_self_modules_classifier_modules_0_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.091
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_3_parameters_weight_:
    name = "L_self_modules_classifier_modules_3_parameters_weight_"
    shape = [1000, 1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.020
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_3_parameters_bias_:
    name = "L_self_modules_classifier_modules_3_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.056
    std = 0.337
    data = None
