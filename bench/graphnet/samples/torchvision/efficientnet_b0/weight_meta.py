class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.475
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
    mean = 0.500
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.220
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.588
    std = 8.292
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.517
    std = 2.398
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.288
    std = 5.126
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.699
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.481
    std = 1.824
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 14.771
    std = 39.296
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.066
    std = 1.828
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.285
    std = 3.461
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_weight_"
    shape = [8, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.044
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.191
    std = 0.560
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_weight_"
    shape = [32, 8, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.245
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.764
    std = 1.784
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [16, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.400
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.104
    std = 6.674
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.535
    std = 2.114
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.347
    std = 0.667
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [96, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.312
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 62.512
    std = 55.693
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.156
    std = 2.807
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.192
    std = 1.758
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [96, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.279
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.399
    std = 2.877
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.233
    std = 14.760
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.525
    std = 2.156
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.814
    std = 2.932
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [4, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.116
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [4]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.545
    std = 0.934
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [96, 4, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.048
    std = 0.150
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.129
    std = 0.726
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [24, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.293
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.364
    std = 12.121
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 117.007
    std = 100.520
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.893
    std = 1.362
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 74.696
    std = 78.535
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.747
    std = 1.320
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.483
    std = 1.924
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.280
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.140
    std = 0.863
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.600
    std = 0.936
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.865
    std = 0.730
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.033
    std = 1.260
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [6, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.098
    std = 1.392
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 6, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.181
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.992
    std = 1.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [24, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.188
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.244
    std = 1.833
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.192
    std = 1.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.240
    std = 2.287
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.202
    std = 2.512
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.264
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.760
    std = 2.640
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 121.071
    std = 79.504
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.288
    std = 0.992
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.122
    std = 1.380
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.452
    std = 1.431
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.547
    std = 3.413
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.677
    std = 1.372
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.137
    std = 1.488
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [6, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.174
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.805
    std = 0.508
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 6, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.032
    std = 0.150
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.435
    std = 0.865
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 144, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.222
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.094
    std = 4.319
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.864
    std = 9.872
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.298
    std = 1.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 36.500
    std = 15.775
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.108
    std = 0.881
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.214
    std = 1.159
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [240, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.145
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.231
    std = 0.656
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.486
    std = 0.858
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.544
    std = 0.844
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.615
    std = 1.112
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [10, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.127
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [10]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.178
    std = 0.642
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [240, 10, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.146
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.054
    std = 1.187
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.031
    std = 0.455
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.326
    std = 0.115
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.683
    std = 1.328
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.240
    std = 1.349
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.884
    std = 1.153
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 119.964
    std = 73.712
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.170
    std = 0.682
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.397
    std = 1.062
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.179
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.416
    std = 0.753
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.478
    std = 0.836
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.218
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.351
    std = 1.538
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [10, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [10]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [240, 10, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.024
    std = 0.107
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.722
    std = 1.599
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [80, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.159
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.186
    std = 2.461
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.457
    std = 1.975
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.427
    std = 1.092
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 24.840
    std = 9.375
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.986
    std = 0.645
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 1.302
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.097
    std = 0.311
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.095
    std = 0.176
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.504
    std = 0.753
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.725
    std = 0.946
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [20, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [20]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.950
    std = 0.589
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [480, 20, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.117
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.160
    std = 0.874
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.030
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.110
    std = 0.025
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.031
    std = 0.724
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.076
    std = 0.772
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.302
    std = 0.616
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 28.810
    std = 13.182
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.933
    std = 0.621
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 1.132
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.123
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.095
    std = 0.322
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.084
    std = 0.163
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.307
    std = 0.713
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.697
    std = 0.943
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [20, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.093
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [20]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.905
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [480, 20, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.012
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.328
    std = 0.956
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.163
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.040
    std = 0.010
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.848
    std = 0.608
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.081
    std = 0.656
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.118
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.875
    std = 1.102
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 60.218
    std = 24.936
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.068
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 1.005
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [480, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.247
    std = 1.119
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.462
    std = 1.367
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.150
    std = 0.593
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.785
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [20, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [20]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.988
    std = 0.762
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [480, 20, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.111
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.996
    std = 1.154
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [112, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.107
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.042
    std = 1.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.716
    std = 1.473
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.990
    std = 0.785
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 22.123
    std = 7.287
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.996
    std = 0.578
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.388
    std = 0.846
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [672, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.087
    std = 0.283
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.089
    std = 0.140
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.490
    std = 0.569
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.683
    std = 0.880
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [28, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [28]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.912
    std = 0.356
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [672, 28, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.189
    std = 0.780
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [112, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.179
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.144
    std = 0.043
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.839
    std = 0.777
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.035
    std = 0.511
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.385
    std = 0.448
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 25.366
    std = 8.866
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.038
    std = 0.547
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.482
    std = 0.899
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [672, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.091
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.087
    std = 0.158
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.485
    std = 0.594
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.798
    std = 0.919
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [28, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [28]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.716
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [672, 28, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.381
    std = 0.677
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [112, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.144
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.078
    std = 0.026
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.656
    std = 0.661
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.810
    std = 0.689
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 62.783
    std = 20.214
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.916
    std = 0.522
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.044
    std = 0.811
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [672, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.250
    std = 0.658
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.139
    std = 0.411
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.958
    std = 0.501
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.257
    std = 1.261
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [28, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [28]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.798
    std = 0.856
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [672, 28, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.694
    std = 0.674
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [192, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.095
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.042
    std = 3.147
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.718
    std = 2.340
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.287
    std = 0.592
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 16.926
    std = 4.607
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.830
    std = 0.537
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.494
    std = 0.794
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1152, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.070
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.039
    std = 0.086
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.628
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.892
    std = 0.817
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [48, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.209
    std = 0.370
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1152, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.018
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.340
    std = 0.556
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [192, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.191
    std = 0.055
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.714
    std = 0.547
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.542
    std = 0.483
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 20.842
    std = 6.168
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.929
    std = 0.477
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.762
    std = 0.892
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1152, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.068
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.035
    std = 0.108
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.583
    std = 0.446
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.887
    std = 0.796
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [48, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.344
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1152, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.019
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.387
    std = 0.506
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [192, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.126
    std = 0.033
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.650
    std = 0.480
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.458
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.205
    std = 1.016
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 25.738
    std = 7.734
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.007
    std = 0.452
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.997
    std = 0.924
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1152, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.075
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.029
    std = 0.093
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.495
    std = 0.441
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.850
    std = 0.802
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [48, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.375
    std = 0.606
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1152, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.022
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.446
    std = 0.492
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [192, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.084
    std = 0.021
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.683
    std = 0.409
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.016
    std = 0.374
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.752
    std = 2.657
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 52.510
    std = 13.362
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.344
    std = 0.588
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.377
    std = 0.901
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1152, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.160
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 0.063
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.531
    std = 0.542
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.012
    std = 1.308
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [48, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.780
    std = 0.755
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1152, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.033
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.880
    std = 0.762
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [320, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.318
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.930
    std = 0.229
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.584
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_0_parameters_weight_"
    shape = [1280, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_1_buffers_running_mean_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_1_buffers_running_var_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.762
    std = 0.498
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_1_parameters_weight_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.622
    std = 0.254
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_1_parameters_bias_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.172
    std = 0.455
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [1000, 1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.036
    std = 0.095
    data = None
