class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.449
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
    mean = 0.225
    std = 1.288
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.474
    std = 7.714
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.940
    std = 2.024
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.953
    std = 4.527
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.598
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.836
    std = 3.063
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.051
    std = 15.614
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.069
    std = 1.611
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.314
    std = 1.594
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_weight_"
    shape = [8, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.041
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.131
    std = 0.890
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_weight_"
    shape = [32, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.124
    std = 0.310
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.488
    std = 1.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [16, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.030
    std = 0.384
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.120
    std = 1.687
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.011
    std = 0.852
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.361
    std = 2.828
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.530
    std = 1.457
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [16, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.378
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.094
    std = 0.789
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 44.616
    std = 66.231
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.288
    std = 1.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.901
    std = 1.999
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_weight_"
    shape = [4, 16, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.193
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_bias_"
    shape = [4]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.258
    std = 2.824
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_weight_"
    shape = [16, 4, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.111
    std = 0.206
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.477
    std = 1.187
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [16, 16, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.075
    std = 2.486
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.776
    std = 4.402
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.065
    std = 3.089
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.475
    std = 3.281
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [96, 16, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.290
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.449
    std = 2.970
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 45.903
    std = 34.497
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.210
    std = 1.957
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.075
    std = 1.384
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [96, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.257
    std = 2.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.121
    std = 8.310
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.942
    std = 2.101
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.817
    std = 2.625
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [4, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [4]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.026
    std = 0.596
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [96, 4, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.144
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.801
    std = 1.216
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [24, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.286
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -4.174
    std = 13.298
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 101.596
    std = 96.306
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.806
    std = 1.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.182
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 54.978
    std = 65.156
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.312
    std = 0.985
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.111
    std = 1.696
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.233
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.247
    std = 0.722
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.333
    std = 0.851
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.806
    std = 0.897
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.124
    std = 1.179
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [6, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.572
    std = 0.715
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 6, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.012
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.546
    std = 1.399
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [24, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.239
    std = 1.542
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.055
    std = 0.882
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.616
    std = 1.587
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.861
    std = 2.259
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.164
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.100
    std = 1.804
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 52.400
    std = 21.127
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.312
    std = 0.843
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.345
    std = 1.429
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.212
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.086
    std = 0.566
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.266
    std = 0.403
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.770
    std = 0.720
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.319
    std = 1.016
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [6, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.016
    std = 0.651
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 6, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.172
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.060
    std = 1.116
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [24, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.154
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.124
    std = 0.952
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.699
    std = 0.259
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.814
    std = 1.218
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.600
    std = 1.777
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.042
    std = 3.562
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 157.162
    std = 102.860
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.060
    std = 0.924
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.064
    std = 1.143
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.179
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.450
    std = 1.406
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.482
    std = 3.569
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.798
    std = 1.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.145
    std = 1.647
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [6, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.400
    std = 0.284
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 6, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.036
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.775
    std = 1.644
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.019
    std = 3.161
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.600
    std = 4.421
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.840
    std = 1.268
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.114
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 31.405
    std = 12.327
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.936
    std = 0.659
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.086
    std = 1.117
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.132
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.128
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.207
    std = 0.366
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.678
    std = 0.858
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.474
    std = 1.096
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [12, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.108
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.831
    std = 0.660
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.184
    std = 1.075
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.125
    std = 0.542
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.644
    std = 0.202
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.715
    std = 1.380
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.027
    std = 1.308
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.107
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.433
    std = 0.982
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 35.604
    std = 14.646
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.060
    std = 0.660
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 1.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.118
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.149
    std = 0.482
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.231
    std = 0.416
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.472
    std = 0.715
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.713
    std = 1.090
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [12, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.104
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.735
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.464
    std = 1.033
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.071
    std = 0.254
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.150
    std = 0.052
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.079
    std = 1.044
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.947
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.169
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.249
    std = 1.777
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 104.796
    std = 48.798
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.217
    std = 0.542
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.645
    std = 0.983
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.162
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.322
    std = 0.554
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.306
    std = 0.555
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.118
    std = 0.493
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.411
    std = 1.295
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [12, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.088
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.643
    std = 1.325
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [88, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.141
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.090
    std = 2.664
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.850
    std = 2.479
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.311
    std = 1.142
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [528, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 20.162
    std = 7.683
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.937
    std = 0.529
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.070
    std = 0.984
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [528, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.070
    std = 0.209
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.059
    std = 0.107
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.521
    std = 0.652
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.723
    std = 0.896
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [22, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [22]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.890
    std = 0.274
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [528, 22, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.110
    std = 0.680
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [88, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.207
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.122
    std = 0.029
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.606
    std = 0.636
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.562
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [528, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.171
    std = 0.369
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 20.356
    std = 7.584
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.864
    std = 0.504
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.083
    std = 0.874
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [528, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.059
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.044
    std = 0.089
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.443
    std = 0.709
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.737
    std = 0.864
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [22, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [22]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.670
    std = 0.429
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [528, 22, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.188
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [88, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.030
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.089
    std = 0.022
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.532
    std = 0.617
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.038
    std = 0.581
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [528, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.354
    std = 0.732
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 22.059
    std = 8.438
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.952
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.213
    std = 0.859
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [528, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.059
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.044
    std = 0.074
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.412
    std = 0.616
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.726
    std = 0.852
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [22, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [22]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.773
    std = 0.365
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [528, 22, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.368
    std = 0.727
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [88, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.136
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.051
    std = 0.014
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.407
    std = 0.598
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.034
    std = 0.460
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [528, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.773
    std = 1.203
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 54.571
    std = 18.499
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.081
    std = 0.735
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.077
    std = 0.888
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [528, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.140
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.151
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.389
    std = 0.569
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.017
    std = 0.665
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.051
    std = 0.819
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [22, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [22]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.516
    std = 0.678
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [528, 22, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [528]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.709
    std = 1.178
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [120, 528, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.088
    std = 1.047
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.182
    std = 1.040
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.068
    std = 0.800
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 20.601
    std = 7.629
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.032
    std = 0.490
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.435
    std = 0.863
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [720, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.069
    std = 0.189
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.079
    std = 0.116
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.576
    std = 0.638
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.807
    std = 0.780
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [30, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.975
    std = 0.390
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [720, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.224
    std = 0.666
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [120, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.147
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.119
    std = 0.041
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.562
    std = 0.777
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.078
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.330
    std = 0.338
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 21.624
    std = 7.354
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.055
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.473
    std = 0.786
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [720, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.071
    std = 0.186
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.075
    std = 0.124
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.535
    std = 0.592
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.851
    std = 0.778
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [30, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.646
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [720, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.285
    std = 0.612
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [120, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.090
    std = 0.036
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.478
    std = 0.776
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.071
    std = 0.432
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.700
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 23.479
    std = 7.818
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.082
    std = 0.386
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.722
    std = 0.762
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [720, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.061
    std = 0.146
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.051
    std = 0.085
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.482
    std = 0.540
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.763
    std = 0.774
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [30, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.704
    std = 0.329
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [720, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.370
    std = 0.584
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [120, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.118
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.085
    std = 0.037
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.347
    std = 0.662
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.037
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [720, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.072
    std = 0.960
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 66.700
    std = 20.371
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.019
    std = 0.596
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.975
    std = 0.924
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [720, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.095
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.254
    std = 0.548
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.159
    std = 0.409
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.026
    std = 0.593
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.474
    std = 0.836
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [30, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.324
    std = 0.893
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [720, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [720]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.464
    std = 1.061
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [208, 720, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.044
    std = 1.377
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.066
    std = 1.759
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.488
    std = 0.637
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 18.405
    std = 5.084
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.818
    std = 0.467
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.466
    std = 0.767
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1248, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.070
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.041
    std = 0.092
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.622
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.912
    std = 0.718
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.278
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.372
    std = 0.531
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.175
    std = 0.050
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.556
    std = 0.531
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.020
    std = 0.351
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.300
    std = 0.338
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 21.042
    std = 5.875
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.868
    std = 0.439
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.606
    std = 0.805
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1248, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.071
    std = 0.123
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.036
    std = 0.089
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.619
    std = 0.487
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.927
    std = 0.683
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.395
    std = 0.347
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.426
    std = 0.502
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.110
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.120
    std = 0.037
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.496
    std = 0.525
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.727
    std = 0.677
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 24.334
    std = 7.028
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.931
    std = 0.406
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.769
    std = 0.822
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1248, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.072
    std = 0.113
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.032
    std = 0.104
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.505
    std = 0.480
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.842
    std = 0.677
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.408
    std = 0.319
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.444
    std = 0.477
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.082
    std = 0.025
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.453
    std = 0.464
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.223
    std = 0.965
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 27.514
    std = 7.736
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.979
    std = 0.357
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.996
    std = 0.817
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1248, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.075
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.021
    std = 0.051
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.497
    std = 0.427
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.816
    std = 0.664
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.431
    std = 0.413
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.019
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.459
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [208, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.091
    std = 0.047
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.445
    std = 0.436
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [208]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 0.240
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1248, 208, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.128
    std = 2.030
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 69.845
    std = 24.164
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.382
    std = 0.477
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.476
    std = 0.661
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1248, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.024
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.095
    std = 0.184
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.037
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.714
    std = 0.595
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.923
    std = 1.132
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [52, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [52]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.716
    std = 0.761
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1248, 52, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.025
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1248]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.367
    std = 0.759
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [352, 1248, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.360
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.413
    std = 0.454
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.721
    std = 0.154
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [2112, 352, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.203
    std = 3.053
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.714
    std = 0.372
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.555
    std = 0.690
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [2112, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.045
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.011
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.735
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.215
    std = 0.867
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [88, 2112, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.845
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [2112, 88, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.025
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [2112]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.493
    std = 0.557
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [352, 2112, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.035
    std = 0.021
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.556
    std = 0.183
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.259
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_0_parameters_weight_"
    shape = [1408, 352, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_1_buffers_running_mean_"
    shape = [1408]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.628
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_1_buffers_running_var_"
    shape = [1408]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13.150
    std = 0.822
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_1_parameters_weight_"
    shape = [1408]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.403
    std = 0.239
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_1_parameters_bias_"
    shape = [1408]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.784
    std = 0.325
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [1000, 1408]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.368
    std = 0.076
    data = None
