class Program_weight_tensor_meta_L_self_modules_conv1_modules_0_parameters_weight_:
    name = "L_self_modules_conv1_modules_0_parameters_weight_"
    shape = [24, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.793
    data = None


class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.227
    std = 1.286
    data = None


class Program_weight_tensor_meta_L_self_modules_conv1_modules_1_buffers_running_mean_:
    name = "L_self_modules_conv1_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.024
    std = 0.407
    data = None


class Program_weight_tensor_meta_L_self_modules_conv1_modules_1_buffers_running_var_:
    name = "L_self_modules_conv1_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 13.317
    std = 21.986
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_conv1_modules_1_parameters_weight_:
    name = "L_self_modules_conv1_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.296
    std = 2.182
    data = None


class Program_weight_tensor_meta_L_self_modules_conv1_modules_1_parameters_bias_:
    name = "L_self_modules_conv1_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.813
    std = 5.516
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch1_modules_0_parameters_weight_"
    )
    shape = [24, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.016
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_0_modules_branch1_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.349
    std = 9.589
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch1_modules_1_buffers_running_var_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 55.150
    std = 81.187
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch1_modules_1_parameters_weight_"
    )
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.235
    std = 1.509
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_1_parameters_bias_:
    name = "L_self_modules_stage2_modules_0_modules_branch1_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_2_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch1_modules_2_parameters_weight_"
    )
    shape = [88, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.206
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_3_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_0_modules_branch1_modules_3_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch1_modules_3_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 21.674
    std = 19.420
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch1_modules_3_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.199
    std = 0.961
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch1_modules_3_parameters_bias_:
    name = "L_self_modules_stage2_modules_0_modules_branch1_modules_3_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.031
    std = 1.677
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [88, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.031
    std = 0.319
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_0_modules_branch2_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -4.308
    std = 17.214
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 124.169
    std = 88.641
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.201
    std = 1.330
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage2_modules_0_modules_branch2_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.121
    std = 2.188
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [88, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.309
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_0_modules_branch2_modules_4_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.125
    std = 1.240
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.324
    std = 2.087
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.094
    std = 0.755
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage2_modules_0_modules_branch2_modules_4_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.157
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_0_modules_branch2_modules_6_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 36.440
    std = 34.688
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_0_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.095
    std = 0.827
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_0_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage2_modules_0_modules_branch2_modules_6_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.347
    std = 3.130
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_1_modules_branch2_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.179
    std = 2.755
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.607
    std = 4.569
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.759
    std = 0.554
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage2_modules_1_modules_branch2_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.059
    std = 1.779
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [88, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.327
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_1_modules_branch2_modules_4_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.022
    std = 0.658
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.036
    std = 1.133
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.515
    std = 0.523
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage2_modules_1_modules_branch2_modules_4_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.140
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_1_modules_branch2_modules_6_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 17.218
    std = 9.564
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_1_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.397
    std = 0.721
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_1_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage2_modules_1_modules_branch2_modules_6_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.354
    std = 2.092
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_2_modules_branch2_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.570
    std = 2.384
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.678
    std = 2.554
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.872
    std = 0.499
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage2_modules_2_modules_branch2_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.505
    std = 1.100
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [88, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_2_modules_branch2_modules_4_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.048
    std = 0.701
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.575
    std = 0.380
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.368
    std = 0.622
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage2_modules_2_modules_branch2_modules_4_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_2_modules_branch2_modules_6_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 13.613
    std = 5.222
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_2_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.685
    std = 0.769
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_2_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage2_modules_2_modules_branch2_modules_6_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.166
    std = 1.671
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_3_modules_branch2_modules_1_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.523
    std = 2.254
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.983
    std = 1.724
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.735
    std = 0.401
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage2_modules_3_modules_branch2_modules_1_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.995
    std = 1.038
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [88, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.242
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_3_modules_branch2_modules_4_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.722
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.693
    std = 0.390
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.496
    std = 0.507
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage2_modules_3_modules_branch2_modules_4_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [88, 88, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.131
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_3_modules_branch2_modules_6_buffers_running_mean_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 12.921
    std = 4.303
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage2_modules_3_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.807
    std = 0.511
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_3_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage2_modules_3_modules_branch2_modules_6_parameters_bias_"
    shape = [88]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.367
    std = 1.794
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch1_modules_0_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.011
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_0_modules_branch1_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.021
    std = 2.232
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch1_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.024
    std = 0.769
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch1_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.253
    std = 0.501
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_0_modules_branch1_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_2_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch1_modules_2_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_3_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_0_modules_branch1_modules_3_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch1_modules_3_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 15.313
    std = 9.817
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch1_modules_3_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.686
    std = 0.526
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch1_modules_3_parameters_bias_:
    name = "L_self_modules_stage3_modules_0_modules_branch1_modules_3_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.478
    std = 1.687
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_0_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.675
    std = 3.873
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.140
    std = 2.766
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.010
    std = 0.388
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_0_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.323
    std = 0.943
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_0_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.083
    std = 0.437
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.224
    std = 0.224
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.334
    std = 0.322
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_0_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.095
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_0_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.838
    std = 5.996
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_0_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.623
    std = 0.751
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_0_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_0_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.421
    std = 2.459
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_1_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.430
    std = 1.495
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.390
    std = 0.677
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.327
    std = 0.300
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_1_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.454
    std = 0.946
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.184
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_1_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 0.436
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.284
    std = 0.246
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.971
    std = 0.494
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_1_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_1_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.313
    std = 3.483
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_1_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.972
    std = 0.800
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_1_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_1_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.243
    std = 1.983
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_2_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.058
    std = 1.401
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.536
    std = 0.701
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.410
    std = 0.306
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_2_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.018
    std = 0.868
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_2_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.351
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.189
    std = 0.268
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.007
    std = 0.371
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_2_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_2_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.718
    std = 3.474
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_2_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.945
    std = 0.733
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_2_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_2_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.396
    std = 1.837
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_3_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.183
    std = 2.209
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.603
    std = 1.286
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.426
    std = 0.271
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_3_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.160
    std = 0.854
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.174
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_3_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.025
    std = 0.356
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.222
    std = 0.200
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.969
    std = 0.504
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_3_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_3_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.023
    std = 3.949
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_3_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.767
    std = 0.633
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_3_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_3_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.027
    std = 1.774
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_4_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.066
    std = 1.985
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.811
    std = 1.490
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.458
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_4_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.091
    std = 0.684
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.162
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_4_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.320
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.214
    std = 0.403
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.946
    std = 0.497
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_4_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_4_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.861
    std = 3.971
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_4_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.741
    std = 0.707
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_4_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_4_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.162
    std = 1.646
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_5_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.218
    std = 1.851
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.632
    std = 0.651
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.405
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_5_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.902
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.163
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_5_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.341
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.176
    std = 0.137
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.988
    std = 0.462
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_5_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_5_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.317
    std = 3.185
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_5_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.874
    std = 0.607
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_5_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_5_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.705
    std = 1.494
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_6_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.020
    std = 1.892
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.527
    std = 0.437
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.422
    std = 0.244
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_6_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.133
    std = 0.851
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.154
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_6_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.326
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.174
    std = 0.158
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.018
    std = 0.431
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_6_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_6_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.917
    std = 2.009
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_6_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.758
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_6_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_6_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.741
    std = 1.575
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_7_modules_branch2_modules_1_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.163
    std = 1.555
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.275
    std = 0.390
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.411
    std = 0.264
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage3_modules_7_modules_branch2_modules_1_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.174
    std = 0.880
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [176, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.156
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_7_modules_branch2_modules_4_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.019
    std = 0.327
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.183
    std = 0.223
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.967
    std = 0.578
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage3_modules_7_modules_branch2_modules_4_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [176, 176, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_7_modules_branch2_modules_6_buffers_running_mean_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.152
    std = 6.449
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage3_modules_7_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.091
    std = 0.498
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_7_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage3_modules_7_modules_branch2_modules_6_parameters_bias_"
    shape = [176]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.198
    std = 1.363
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch1_modules_0_parameters_weight_"
    )
    shape = [352, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_0_modules_branch1_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.051
    std = 0.885
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch1_modules_1_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.197
    std = 0.178
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch1_modules_1_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.867
    std = 0.304
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_1_parameters_bias_:
    name = "L_self_modules_stage4_modules_0_modules_branch1_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_2_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch1_modules_2_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_3_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_0_modules_branch1_modules_3_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_3_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch1_modules_3_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.436
    std = 3.067
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch1_modules_3_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.399
    std = 0.467
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch1_modules_3_parameters_bias_:
    name = "L_self_modules_stage4_modules_0_modules_branch1_modules_3_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.080
    std = 1.417
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_0_modules_branch2_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.474
    std = 1.603
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.176
    std = 0.962
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.658
    std = 0.288
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage4_modules_0_modules_branch2_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.625
    std = 0.517
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [352, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.114
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_0_modules_branch2_modules_4_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.156
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.071
    std = 0.184
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.107
    std = 0.491
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage4_modules_0_modules_branch2_modules_4_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_0_modules_branch2_modules_6_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.406
    std = 5.312
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_0_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.588
    std = 0.711
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_0_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage4_modules_0_modules_branch2_modules_6_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.120
    std = 1.808
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_1_modules_branch2_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.992
    std = 0.959
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.511
    std = 1.042
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.353
    std = 0.191
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage4_modules_1_modules_branch2_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.241
    std = 0.643
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [352, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.123
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_1_modules_branch2_modules_4_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.186
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.084
    std = 0.105
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.787
    std = 0.508
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage4_modules_1_modules_branch2_modules_4_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_1_modules_branch2_modules_6_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.019
    std = 3.998
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_1_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.804
    std = 0.764
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_1_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage4_modules_1_modules_branch2_modules_6_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.720
    std = 1.612
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_2_modules_branch2_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.303
    std = 0.829
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.992
    std = 0.334
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.398
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage4_modules_2_modules_branch2_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.637
    std = 0.606
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [352, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_2_modules_branch2_modules_4_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.080
    std = 0.090
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.870
    std = 0.540
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage4_modules_2_modules_branch2_modules_4_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_2_modules_branch2_modules_6_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.798
    std = 5.092
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_2_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.952
    std = 0.825
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_2_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage4_modules_2_modules_branch2_modules_6_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.912
    std = 1.514
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_0_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_0_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_3_modules_branch2_modules_1_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.092
    std = 1.056
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_1_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_1_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.030
    std = 0.431
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_1_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_1_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.485
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_1_parameters_bias_:
    name = "L_self_modules_stage4_modules_3_modules_branch2_modules_1_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.712
    std = 0.620
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_3_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_3_parameters_weight_"
    )
    shape = [352, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.140
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_4_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_3_modules_branch2_modules_4_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.018
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_4_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_4_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.086
    std = 0.090
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_4_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_4_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.951
    std = 0.483
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_4_parameters_bias_:
    name = "L_self_modules_stage4_modules_3_modules_branch2_modules_4_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_5_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_5_parameters_weight_"
    )
    shape = [352, 352, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_6_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_3_modules_branch2_modules_6_buffers_running_mean_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_6_buffers_running_var_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_6_buffers_running_var_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.151
    std = 3.417
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_6_parameters_weight_:
    name = (
        "L_self_modules_stage4_modules_3_modules_branch2_modules_6_parameters_weight_"
    )
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.269
    std = 0.445
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_3_modules_branch2_modules_6_parameters_bias_:
    name = "L_self_modules_stage4_modules_3_modules_branch2_modules_6_parameters_bias_"
    shape = [352]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.255
    std = 1.142
    data = None


class Program_weight_tensor_meta_L_self_modules_conv5_modules_0_parameters_weight_:
    name = "L_self_modules_conv5_modules_0_parameters_weight_"
    shape = [1024, 704, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_conv5_modules_1_buffers_running_mean_:
    name = "L_self_modules_conv5_modules_1_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.793
    std = 1.326
    data = None


class Program_weight_tensor_meta_L_self_modules_conv5_modules_1_buffers_running_var_:
    name = "L_self_modules_conv5_modules_1_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.959
    std = 0.550
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_conv5_modules_1_parameters_weight_:
    name = "L_self_modules_conv5_modules_1_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.407
    std = 0.456
    data = None


class Program_weight_tensor_meta_L_self_modules_conv5_modules_1_parameters_bias_:
    name = "L_self_modules_conv5_modules_1_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -8.129
    std = 1.398
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.052
    data = None
