class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_0_parameters_weight_"
    shape = [40, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.472
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


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.176
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_0_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.853
    std = 9.946
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.224
    std = 1.972
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_0_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.051
    std = 4.300
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [40, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.785
    std = 4.268
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10.602
    std = 21.074
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.993
    std = 2.132
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.646
    std = 2.702
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_weight_"
    shape = [10, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.040
    std = 0.174
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc1_parameters_bias_"
    shape = [10]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.850
    std = 0.659
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_weight_"
    shape = [40, 10, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.101
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_1_modules_fc2_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.345
    std = 1.890
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [24, 40, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.026
    std = 0.427
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.635
    std = 8.616
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 30.519
    std = 23.609
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.065
    std = 4.016
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_0_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.469
    std = 1.529
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [24, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.013
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.170
    std = 1.377
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 106.970
    std = 131.308
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.051
    std = 3.473
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.058
    std = 2.662
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_weight_"
    shape = [6, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.080
    std = 0.328
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.190
    std = 1.150
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_weight_"
    shape = [24, 6, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.296
    std = 0.431
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_1_modules_fc2_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.741
    std = 1.015
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [24, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.382
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.011
    std = 0.484
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.104
    std = 0.112
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.131
    std = 3.150
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_1_modules_1_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.848
    std = 3.047
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [144, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.468
    std = 3.948
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 187.827
    std = 135.351
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.268
    std = 2.379
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.065
    std = 1.918
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [144, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.311
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.168
    std = 2.928
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.834
    std = 16.483
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.108
    std = 2.026
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.936
    std = 3.200
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [6, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [6]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.632
    std = 0.398
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [144, 6, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.058
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.637
    std = 0.347
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [32, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.107
    std = 16.655
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 325.972
    std = 229.367
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.237
    std = 2.126
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 149.533
    std = 150.481
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.750
    std = 1.100
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.027
    std = 2.364
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.282
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.233
    std = 1.080
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.719
    std = 1.412
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.975
    std = 1.450
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.053
    std = 1.371
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [8, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.162
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.926
    std = 0.975
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [192, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.008
    std = 1.591
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.187
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.283
    std = 2.499
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.703
    std = 4.165
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.171
    std = 3.006
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.510
    std = 3.701
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.184
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.293
    std = 4.378
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 137.689
    std = 63.983
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.699
    std = 0.995
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.598
    std = 1.475
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [192, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.049
    std = 1.102
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.745
    std = 1.370
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.732
    std = 0.963
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.649
    std = 1.385
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [8, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.553
    std = 0.395
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [192, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.175
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.387
    std = 1.274
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.173
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.428
    std = 1.011
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.437
    std = 1.236
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.054
    std = 2.491
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_2_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.002
    std = 2.707
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.260
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.417
    std = 5.542
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 378.338
    std = 304.881
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.199
    std = 0.849
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.097
    std = 1.172
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [192, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.206
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.382
    std = 1.356
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.543
    std = 3.177
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.443
    std = 0.663
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.619
    std = 2.647
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [8, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.468
    std = 0.312
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [192, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.134
    std = 0.955
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.233
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.567
    std = 11.750
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 47.378
    std = 51.757
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.549
    std = 1.959
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.139
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
    mean = 98.193
    std = 45.189
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.082
    std = 0.893
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.379
    std = 1.475
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.312
    std = 1.354
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.740
    std = 1.187
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.934
    std = 0.998
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.942
    std = 1.713
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [12, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.120
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.986
    std = 0.794
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.552
    std = 1.330
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.136
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.218
    std = 0.774
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.847
    std = 0.694
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.795
    std = 2.032
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.028
    std = 2.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.134
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.063
    std = 2.301
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 111.517
    std = 39.219
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.304
    std = 0.833
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.425
    std = 1.364
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.190
    std = 0.826
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.753
    std = 1.065
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.670
    std = 0.847
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.071
    std = 1.419
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [12, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.108
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.047
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.176
    std = 1.295
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [48, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.054
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.602
    std = 0.277
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.177
    std = 1.816
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_3_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.073
    std = 1.837
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [288, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.216
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.856
    std = 3.864
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 352.005
    std = 195.745
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.095
    std = 0.649
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.358
    std = 0.999
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [288, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.056
    std = 0.214
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.372
    std = 0.731
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.568
    std = 1.108
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.224
    std = 0.541
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.213
    std = 2.251
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [12, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.387
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [288, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [288]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.996
    std = 0.844
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 288, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.175
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.272
    std = 7.910
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 41.580
    std = 47.149
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.658
    std = 1.848
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 67.772
    std = 32.995
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.009
    std = 0.635
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.362
    std = 1.200
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.144
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.503
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.157
    std = 0.222
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.536
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.150
    std = 1.197
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.853
    std = 0.637
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.097
    std = 1.243
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.027
    std = 0.270
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.300
    std = 0.148
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.509
    std = 1.413
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.068
    std = 0.953
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.386
    std = 0.773
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 66.257
    std = 31.044
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.958
    std = 0.535
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.136
    std = 1.126
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.011
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.036
    std = 0.433
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.095
    std = 0.142
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.422
    std = 0.608
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.995
    std = 1.073
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.966
    std = 0.671
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.323
    std = 1.156
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.019
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.155
    std = 0.058
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.077
    std = 1.070
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.083
    std = 0.856
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.019
    std = 1.593
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 79.525
    std = 56.054
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.039
    std = 0.631
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.158
    std = 1.334
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.132
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.349
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.112
    std = 0.381
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.463
    std = 1.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.985
    std = 1.146
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.093
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.651
    std = 0.570
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.104
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.427
    std = 1.301
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.180
    std = 0.095
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.344
    std = 1.238
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.093
    std = 0.860
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.089
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.327
    std = 2.244
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 83.990
    std = 52.314
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.039
    std = 0.696
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.348
    std = 1.593
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.048
    std = 0.315
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.079
    std = 0.145
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.425
    std = 0.769
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.947
    std = 1.109
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.089
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.748
    std = 0.776
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.288
    std = 1.319
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.123
    std = 0.044
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.146
    std = 0.945
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_4_modules_4_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.083
    std = 0.932
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.724
    std = 3.103
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 194.150
    std = 92.015
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.107
    std = 0.890
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.146
    std = 1.408
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [576, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.297
    std = 1.725
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.848
    std = 2.058
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.816
    std = 1.501
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 1.289
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.045
    std = 0.791
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [576, 24, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.589
    std = 1.957
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [136, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.057
    std = 2.312
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 15.903
    std = 13.931
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.377
    std = 1.438
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [816, 136, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 52.092
    std = 21.519
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.110
    std = 0.553
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.340
    std = 1.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [816, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.064
    std = 0.318
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.186
    std = 0.326
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.584
    std = 0.605
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.042
    std = 1.051
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [34, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [34]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.622
    std = 0.486
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [816, 34, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.147
    std = 1.012
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [136, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.027
    std = 0.240
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.354
    std = 0.119
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.261
    std = 1.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.122
    std = 0.832
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [816, 136, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.792
    std = 0.693
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 56.518
    std = 24.972
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.101
    std = 0.512
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.571
    std = 1.040
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [816, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.013
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.035
    std = 0.270
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.135
    std = 0.391
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.435
    std = 0.718
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.066
    std = 1.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [34, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [34]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.817
    std = 0.403
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [816, 34, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.134
    std = 1.073
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [136, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.233
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.231
    std = 0.111
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.152
    std = 1.129
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.084
    std = 0.817
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [816, 136, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.922
    std = 1.393
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 67.146
    std = 32.069
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.188
    std = 0.500
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.825
    std = 1.047
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [816, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.071
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.128
    std = 0.312
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.498
    std = 0.730
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.990
    std = 1.092
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [34, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [34]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.515
    std = 0.494
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [816, 34, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.282
    std = 0.999
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [136, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.182
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.277
    std = 0.122
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.190
    std = 1.210
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.068
    std = 0.752
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [816, 136, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.946
    std = 2.163
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 78.591
    std = 42.115
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.222
    std = 0.512
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.897
    std = 1.004
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [816, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.063
    std = 0.305
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.130
    std = 0.369
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.450
    std = 0.797
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.011
    std = 1.126
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [34, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [34]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.673
    std = 0.545
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [816, 34, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.541
    std = 0.963
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [136, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.185
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.213
    std = 0.086
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.167
    std = 1.010
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_5_modules_4_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [136]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.055
    std = 0.566
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [816, 136, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.718
    std = 2.717
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 203.082
    std = 56.727
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.158
    std = 0.576
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.233
    std = 0.916
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [816, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.026
    std = 0.121
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.308
    std = 0.572
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.238
    std = 0.676
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.540
    std = 0.487
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.932
    std = 2.006
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [34, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [34]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.690
    std = 0.590
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [816, 34, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [816]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.583
    std = 0.890
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [232, 816, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.110
    std = 7.724
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 17.191
    std = 13.631
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.791
    std = 1.038
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1392, 232, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 50.633
    std = 20.871
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.881
    std = 0.521
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.497
    std = 0.951
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1392, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.063
    std = 0.183
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.091
    std = 0.275
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.586
    std = 0.503
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.214
    std = 1.025
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [58, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.025
    std = 0.359
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1392, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.409
    std = 0.993
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [232, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.221
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.378
    std = 0.119
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.116
    std = 0.738
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.518
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1392, 232, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.558
    std = 0.532
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 56.312
    std = 23.345
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.940
    std = 0.497
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.709
    std = 1.006
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1392, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.081
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.082
    std = 0.276
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.627
    std = 0.593
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.252
    std = 1.015
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [58, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.148
    std = 0.432
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1392, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.576
    std = 0.863
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [232, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.310
    std = 0.103
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.007
    std = 0.833
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_2_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.016
    std = 0.570
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1392, 232, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.636
    std = 1.149
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 66.749
    std = 23.359
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.005
    std = 0.471
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.948
    std = 1.079
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1392, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.020
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.077
    std = 0.217
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.068
    std = 0.237
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.601
    std = 0.563
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.251
    std = 1.044
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [58, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.116
    std = 0.393
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1392, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.641
    std = 0.811
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [232, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.172
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.285
    std = 0.092
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.040
    std = 0.835
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_3_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.570
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1392, 232, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.770
    std = 1.757
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 76.127
    std = 24.760
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.058
    std = 0.454
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.242
    std = 1.055
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1392, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.023
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.084
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.044
    std = 0.194
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.437
    std = 0.557
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.053
    std = 1.031
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [58, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.186
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1392, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.575
    std = 0.759
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [232, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.150
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.237
    std = 0.078
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.080
    std = 0.785
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_4_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.492
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1392, 232, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.820
    std = 2.282
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 88.748
    std = 26.822
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.075
    std = 0.441
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.392
    std = 1.037
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1392, 1, 5, 5]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.026
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.092
    std = 0.144
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.107
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.605
    std = 0.492
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.180
    std = 0.985
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [58, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.071
    std = 0.511
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1392, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.661
    std = 0.778
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [232, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.365
    std = 0.094
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.074
    std = 0.622
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_6_modules_5_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [232]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.027
    std = 0.435
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [1392, 232, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -4.228
    std = 4.977
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 227.898
    std = 75.232
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.537
    std = 0.456
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.248
    std = 1.295
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [1392, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.048
    std = 0.110
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.344
    std = 0.700
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.049
    std = 0.177
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.989
    std = 0.735
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.759
    std = 1.655
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [58, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [58]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.625
    std = 0.913
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [1392, 58, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [1392]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.653
    std = 1.285
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [384, 1392, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.016
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.701
    std = 2.142
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.404
    std = 0.431
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_0_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.010
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [2304, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = 22.322
    std = 10.040
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.720
    std = 0.470
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.577
    std = 0.950
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [2304, 1, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.034
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.031
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.019
    std = 0.054
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.904
    std = 0.722
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.849
    std = 1.666
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [96, 2304, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.119
    std = 0.640
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [2304, 96, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [2304]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.771
    std = 1.009
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [384, 2304, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.213
    std = 0.294
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.431
    std = 0.751
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_7_modules_1_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [384]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.412
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_0_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_0_parameters_weight_"
    shape = [1536, 384, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_buffers_running_mean_:
    name = "L_self_modules_features_modules_8_modules_1_buffers_running_mean_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.577
    std = 0.185
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_buffers_running_var_:
    name = "L_self_modules_features_modules_8_modules_1_buffers_running_var_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cpu"
    mean = 43.715
    std = 3.396
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_parameters_weight_:
    name = "L_self_modules_features_modules_8_modules_1_parameters_weight_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.655
    std = 0.305
    data = None


class Program_weight_tensor_meta_L_self_modules_features_modules_8_modules_1_parameters_bias_:
    name = "L_self_modules_features_modules_8_modules_1_parameters_bias_"
    shape = [1536]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.170
    std = 0.458
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [1000, 1536]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.178
    std = 0.097
    data = None
