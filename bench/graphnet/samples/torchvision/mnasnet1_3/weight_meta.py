class Program_weight_tensor_meta_L_self_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_0_parameters_weight_"
    shape = [40, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.383
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


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.037
    std = 0.183
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.027
    std = 2.866
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.396
    std = 1.057
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.782
    std = 3.237
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_3_parameters_weight_"
    shape = [40, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.678
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_4_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.029
    std = 1.356
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_4_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.380
    std = 6.208
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_4_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.532
    std = 1.419
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_4_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.453
    std = 3.622
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_6_parameters_weight_"
    shape = [24, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.299
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_7_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.116
    std = 11.567
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_7_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 24.124
    std = 10.200
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_7_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.939
    std = 1.259
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_7_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.283
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 55.811
    std = 41.041
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.510
    std = 1.755
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.709
    std = 1.602
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.190
    std = 2.771
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.129
    std = 6.057
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.094
    std = 1.304
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.133
    std = 2.868
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [32, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.265
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.252
    std = 10.200
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 43.987
    std = 36.628
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.994
    std = 1.255
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [96, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.188
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 49.565
    std = 61.036
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.823
    std = 0.889
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.538
    std = 2.016
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [96, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.261
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.342
    std = 1.511
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.601
    std = 1.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.947
    std = 0.969
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.733
    std = 2.099
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [32, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.321
    std = 4.878
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.914
    std = 3.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.860
    std = 1.304
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [96, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.169
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 33.362
    std = 13.468
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.787
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.577
    std = 1.183
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [96, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.188
    std = 1.003
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.579
    std = 0.397
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.898
    std = 0.818
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.331
    std = 2.524
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [32, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.154
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.860
    std = 4.170
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.513
    std = 1.566
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.940
    std = 2.066
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [96, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 135.168
    std = 54.888
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.706
    std = 0.600
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.052
    std = 1.198
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [96, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.150
    std = 3.263
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.912
    std = 5.908
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.197
    std = 0.669
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.132
    std = 2.811
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [56, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.821
    std = 8.646
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 17.349
    std = 14.094
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.204
    std = 1.058
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [168, 56, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.113
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 19.935
    std = 8.917
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.333
    std = 0.346
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.682
    std = 1.265
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [168, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.386
    std = 1.230
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.687
    std = 0.824
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.799
    std = 0.862
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.346
    std = 2.184
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [56, 168, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.113
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.588
    std = 2.851
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.511
    std = 2.098
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.426
    std = 1.585
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [168, 56, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 24.902
    std = 12.321
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.381
    std = 0.328
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.224
    std = 0.970
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [168, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.132
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.195
    std = 0.799
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.394
    std = 0.434
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.533
    std = 0.720
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.183
    std = 2.444
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [56, 168, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.108
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.592
    std = 2.410
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.836
    std = 1.718
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.529
    std = 1.660
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [56]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [336, 56, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.140
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 43.809
    std = 16.088
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.829
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.763
    std = 1.038
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [336, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.311
    std = 1.258
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.723
    std = 0.808
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.713
    std = 0.885
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.486
    std = 1.915
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [104, 336, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.806
    std = 4.712
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 13.542
    std = 16.860
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.669
    std = 0.853
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [624, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.916
    std = 4.094
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.088
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.119
    std = 0.888
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [624, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.165
    std = 0.469
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.163
    std = 0.189
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.396
    std = 0.664
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.665
    std = 1.294
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [104, 624, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.044
    std = 1.528
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.369
    std = 0.963
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.170
    std = 1.258
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [624, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 13.897
    std = 5.901
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.117
    std = 0.250
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.225
    std = 0.778
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [624, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.077
    std = 0.427
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.117
    std = 0.262
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.208
    std = 0.706
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.714
    std = 1.575
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [104, 624, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.247
    std = 1.348
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.880
    std = 0.332
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.174
    std = 1.056
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [104]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [624, 104, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 22.418
    std = 9.252
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.259
    std = 0.271
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.823
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [624, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.140
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.072
    std = 0.368
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.125
    std = 0.153
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.384
    std = 0.539
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [624]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.497
    std = 1.873
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [128, 624, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.210
    std = 4.240
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.605
    std = 8.299
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.197
    std = 0.686
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.129
    std = 3.407
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.060
    std = 0.226
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.263
    std = 0.752
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [768, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.029
    std = 0.184
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.038
    std = 0.049
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.215
    std = 0.591
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.745
    std = 1.274
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [128, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.089
    std = 1.045
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.889
    std = 0.308
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.793
    std = 0.658
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [768, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 16.934
    std = 3.606
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.439
    std = 0.164
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.217
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [768, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.061
    std = 0.568
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.126
    std = 0.694
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.986
    std = 0.393
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.308
    std = 1.962
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [248, 768, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.083
    std = 4.370
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.764
    std = 5.105
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.172
    std = 0.481
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [1488, 248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.485
    std = 1.872
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.013
    std = 0.219
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.120
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [1488, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.084
    std = 0.276
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.049
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.133
    std = 0.456
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.991
    std = 1.208
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [248, 1488, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.013
    std = 1.260
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.743
    std = 0.333
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.532
    std = 0.485
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [1488, 248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.779
    std = 5.287
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.121
    std = 0.346
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.225
    std = 0.670
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [1488, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.373
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.061
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.922
    std = 0.523
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.952
    std = 1.748
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [248, 1488, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.344
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.063
    std = 0.024
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.748
    std = 0.581
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_0_parameters_weight_"
    shape = [1488, 248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 11.299
    std = 5.406
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.016
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.338
    std = 0.671
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_3_parameters_weight_"
    shape = [1488, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.033
    std = 0.048
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.907
    std = 0.593
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.358
    std = 1.341
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_6_parameters_weight_"
    shape = [248, 1488, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_mean_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.024
    std = 0.625
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_var_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.125
    std = 0.117
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_weight_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.019
    std = 0.763
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_bias_"
    shape = [248]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [1488, 248, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 19.019
    std = 9.902
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.214
    std = 0.240
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.626
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [1488, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.024
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.049
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.068
    std = 0.445
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [1488]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.022
    std = 1.842
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [416, 1488, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.037
    std = 1.754
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.090
    std = 0.758
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.893
    std = 0.202
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [416]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_14_parameters_weight_:
    name = "L_self_modules_layers_modules_14_parameters_weight_"
    shape = [1280, 416, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_buffers_running_mean_:
    name = "L_self_modules_layers_modules_15_buffers_running_mean_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_buffers_running_var_:
    name = "L_self_modules_layers_modules_15_buffers_running_var_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.157
    std = 0.347
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_parameters_weight_:
    name = "L_self_modules_layers_modules_15_parameters_weight_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.201
    std = 0.276
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_parameters_bias_:
    name = "L_self_modules_layers_modules_15_parameters_bias_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -3.981
    std = 0.661
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [1000, 1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.053
    data = None
