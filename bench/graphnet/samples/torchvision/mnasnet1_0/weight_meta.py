class Program_weight_tensor_meta_L_self_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.016
    std = 0.550
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
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.449
    std = 13.312
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.399
    std = 0.360
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.605
    std = 0.711
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_3_parameters_weight_"
    shape = [32, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.025
    std = 0.960
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_4_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.196
    std = 0.957
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_4_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.693
    std = 0.917
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_4_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.609
    std = 0.495
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_4_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.570
    std = 0.967
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_6_parameters_weight_"
    shape = [16, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.556
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_7_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.129
    std = 4.076
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_7_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.146
    std = 3.730
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_7_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.329
    std = 0.329
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_7_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [48, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.033
    std = 0.566
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 11.033
    std = 9.174
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.831
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.436
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [48, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.464
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.305
    std = 1.696
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.902
    std = 2.100
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.891
    std = 0.231
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.644
    std = 0.711
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [24, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.523
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.491
    std = 4.431
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.196
    std = 8.351
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.229
    std = 0.374
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.017
    std = 0.344
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.928
    std = 7.332
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.516
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.242
    std = 0.416
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.466
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.068
    std = 0.346
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.122
    std = 0.105
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.626
    std = 0.214
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.251
    std = 0.461
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [24, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.306
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.409
    std = 1.584
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.172
    std = 0.818
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.009
    std = 0.256
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.299
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.351
    std = 3.397
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.478
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.240
    std = 0.287
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.436
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.023
    std = 0.162
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.135
    std = 0.081
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.664
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.107
    std = 0.411
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [24, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.012
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.259
    std = 1.408
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.317
    std = 0.347
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.109
    std = 0.457
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_8_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.481
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 33.205
    std = 16.120
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.721
    std = 0.229
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.096
    std = 0.405
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [72, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.032
    std = 0.315
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.190
    std = 1.815
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.630
    std = 2.114
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.804
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.710
    std = 0.588
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [40, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.016
    std = 0.398
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.025
    std = 3.721
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.515
    std = 3.065
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.332
    std = 0.270
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.220
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.620
    std = 2.795
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.368
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.304
    std = 0.317
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.215
    std = 0.740
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.197
    std = 0.206
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.613
    std = 0.177
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.419
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [40, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.227
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.212
    std = 1.116
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.260
    std = 0.729
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.780
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.208
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.338
    std = 2.953
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.357
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.148
    std = 0.262
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.239
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.081
    std = 0.371
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.111
    std = 0.099
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.492
    std = 0.200
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.560
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [40, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.203
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.093
    std = 1.575
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.593
    std = 0.290
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.671
    std = 0.286
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_9_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 11.826
    std = 4.813
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.527
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.122
    std = 0.276
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [240, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.212
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.167
    std = 0.654
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.280
    std = 0.322
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.599
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.417
    std = 0.410
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [80, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.382
    std = 2.497
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.789
    std = 5.480
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.125
    std = 0.279
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.121
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.489
    std = 1.406
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.261
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.093
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [480, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.090
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.045
    std = 0.040
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.399
    std = 0.209
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.093
    std = 0.237
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.118
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.054
    std = 0.833
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.600
    std = 0.387
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.634
    std = 0.307
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.683
    std = 2.267
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.218
    std = 0.156
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [480, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.066
    std = 0.237
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.028
    std = 0.044
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.318
    std = 0.233
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.057
    std = 0.291
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [80, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.108
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.025
    std = 0.594
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.401
    std = 0.130
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.555
    std = 0.217
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_10_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.449
    std = 2.479
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.342
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.048
    std = 0.236
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.055
    std = 0.243
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.036
    std = 0.039
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.476
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.195
    std = 0.396
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [96, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.157
    std = 1.554
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.810
    std = 2.864
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.992
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.614
    std = 1.383
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.203
    std = 0.154
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.190
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [576, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.028
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.009
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.303
    std = 0.226
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.059
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [96, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.101
    std = 0.750
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.444
    std = 0.115
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.510
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_11_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [96]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [576, 96, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.704
    std = 1.566
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.424
    std = 0.112
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.294
    std = 0.244
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [576, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.150
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.059
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.051
    std = 0.062
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.448
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.319
    std = 0.394
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [192, 576, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.143
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.130
    std = 1.917
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.833
    std = 2.107
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.810
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.473
    std = 1.058
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.225
    std = 0.145
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.159
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_3_parameters_weight_"
    shape = [1152, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.114
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.058
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.021
    std = 0.021
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.339
    std = 0.226
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_4_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.115
    std = 0.225
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_6_parameters_weight_"
    shape = [192, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.049
    std = 0.706
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.450
    std = 0.099
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.535
    std = 0.116
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_1_modules_layers_modules_7_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.825
    std = 1.933
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.168
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.031
    std = 0.182
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_3_parameters_weight_"
    shape = [1152, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.093
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.050
    std = 0.166
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.023
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.242
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_4_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.096
    std = 0.269
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_6_parameters_weight_"
    shape = [192, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.624
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.343
    std = 0.066
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.506
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_2_modules_layers_modules_7_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.582
    std = 2.563
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.183
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.053
    std = 0.187
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_3_parameters_weight_"
    shape = [1152, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.047
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.022
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.265
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_4_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.062
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_6_parameters_weight_"
    shape = [192, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.749
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.452
    std = 0.104
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.624
    std = 0.137
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_12_modules_3_modules_layers_modules_7_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_0_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_0_parameters_weight_"
    shape = [1152, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_mean_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_var_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.989
    std = 2.918
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.326
    std = 0.144
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_bias_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_1_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.325
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_3_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_3_parameters_weight_"
    shape = [1152, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_mean_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_mean_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.019
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_var_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_buffers_running_var_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.012
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_weight_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.284
    std = 0.141
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_bias_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_4_parameters_bias_"
    shape = [1152]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.324
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_6_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_6_parameters_weight_"
    shape = [320, 1152, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_mean_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_mean_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.113
    std = 1.502
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_var_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_buffers_running_var_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.855
    std = 0.458
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_weight_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_weight_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.616
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_bias_:
    name = "L_self_modules_layers_modules_13_modules_0_modules_layers_modules_7_parameters_bias_"
    shape = [320]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_14_parameters_weight_:
    name = "L_self_modules_layers_modules_14_parameters_weight_"
    shape = [1280, 320, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.089
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_buffers_running_mean_:
    name = "L_self_modules_layers_modules_15_buffers_running_mean_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_buffers_running_var_:
    name = "L_self_modules_layers_modules_15_buffers_running_var_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.191
    std = 0.068
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_parameters_weight_:
    name = "L_self_modules_layers_modules_15_parameters_weight_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.773
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_layers_modules_15_parameters_bias_:
    name = "L_self_modules_layers_modules_15_parameters_bias_"
    shape = [1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.131
    std = 0.097
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [1000, 1280]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.113
    data = None
