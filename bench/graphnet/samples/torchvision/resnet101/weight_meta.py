class Program_weight_tensor_meta_L_self_modules_conv1_parameters_weight_:
    name = "L_self_modules_conv1_parameters_weight_"
    shape = [64, 3, 7, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.264
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


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_buffers_running_var_:
    name = "L_self_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 11.458
    std = 23.872
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_weight_:
    name = "L_self_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.302
    std = 1.498
    data = None


class Program_weight_tensor_meta_L_self_modules_bn1_parameters_bias_:
    name = "L_self_modules_bn1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.639
    std = 4.352
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_conv1_parameters_weight_"
    shape = [64, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_0_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -3.126
    std = 9.657
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer1_modules_0_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 25.035
    std = 58.233
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.850
    std = 0.753
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer1_modules_0_modules_bn1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.380
    std = 2.178
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_0_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.703
    std = 5.628
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer1_modules_0_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 26.737
    std = 40.360
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.374
    std = 0.952
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer1_modules_0_modules_bn2_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.080
    std = 3.443
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_0_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.153
    std = 3.261
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer1_modules_0_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.459
    std = 11.310
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.171
    std = 1.784
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer1_modules_0_modules_bn3_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.056
    std = 0.734
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.141
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.281
    std = 6.948
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 42.147
    std = 38.453
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_layer1_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.532
    std = 1.849
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = (
        "L_self_modules_layer1_modules_0_modules_downsample_modules_1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.056
    std = 0.734
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer1_modules_1_modules_conv1_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_1_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.580
    std = 1.428
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer1_modules_1_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.474
    std = 3.587
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer1_modules_1_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.074
    std = 0.896
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer1_modules_1_modules_bn1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.448
    std = 2.347
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer1_modules_1_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_1_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.177
    std = 2.803
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer1_modules_1_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.421
    std = 3.850
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer1_modules_1_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.833
    std = 0.546
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer1_modules_1_modules_bn2_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.619
    std = 2.007
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer1_modules_1_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_1_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.208
    std = 1.502
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer1_modules_1_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.888
    std = 0.772
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer1_modules_1_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.837
    std = 0.663
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer1_modules_1_modules_bn3_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.220
    std = 0.967
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer1_modules_2_modules_conv1_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_2_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.555
    std = 1.518
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer1_modules_2_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.141
    std = 1.252
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer1_modules_2_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.878
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer1_modules_2_modules_bn1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.024
    std = 1.679
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer1_modules_2_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_2_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.577
    std = 1.690
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer1_modules_2_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.116
    std = 2.212
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer1_modules_2_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.669
    std = 0.685
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer1_modules_2_modules_bn2_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.516
    std = 2.349
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer1_modules_2_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer1_modules_2_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.129
    std = 1.373
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer1_modules_2_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.803
    std = 0.650
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer1_modules_2_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.222
    std = 0.991
    data = None


class Program_weight_tensor_meta_L_self_modules_layer1_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer1_modules_2_modules_bn3_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.404
    std = 1.063
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_conv1_parameters_weight_"
    shape = [128, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_0_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.672
    std = 2.126
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer2_modules_0_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.977
    std = 1.753
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.467
    std = 0.417
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer2_modules_0_modules_bn1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.446
    std = 0.901
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_0_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.400
    std = 1.689
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer2_modules_0_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.417
    std = 3.691
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.738
    std = 0.377
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer2_modules_0_modules_bn2_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.726
    std = 1.793
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_0_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.020
    std = 1.699
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer2_modules_0_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.903
    std = 0.734
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.291
    std = 0.823
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer2_modules_0_modules_bn3_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.118
    std = 0.655
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [512, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.387
    std = 1.533
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.882
    std = 1.980
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_layer2_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.221
    std = 0.811
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = (
        "L_self_modules_layer2_modules_0_modules_downsample_modules_1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.118
    std = 0.655
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer2_modules_1_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_1_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.429
    std = 2.606
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer2_modules_1_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.115
    std = 7.274
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer2_modules_1_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.392
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer2_modules_1_modules_bn1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.443
    std = 1.512
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer2_modules_1_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_1_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.254
    std = 2.197
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer2_modules_1_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.175
    std = 1.908
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer2_modules_1_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.641
    std = 0.423
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer2_modules_1_modules_bn2_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.498
    std = 1.556
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer2_modules_1_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_1_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.125
    std = 0.631
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer2_modules_1_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.389
    std = 0.335
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer2_modules_1_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.952
    std = 0.743
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer2_modules_1_modules_bn3_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.636
    std = 0.932
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer2_modules_2_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_2_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.871
    std = 2.084
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer2_modules_2_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.117
    std = 2.569
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer2_modules_2_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.509
    std = 0.458
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer2_modules_2_modules_bn1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.627
    std = 1.444
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer2_modules_2_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_2_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.487
    std = 1.324
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer2_modules_2_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.397
    std = 1.113
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer2_modules_2_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.654
    std = 0.580
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer2_modules_2_modules_bn2_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.514
    std = 1.564
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer2_modules_2_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_2_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.129
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer2_modules_2_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.315
    std = 0.185
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer2_modules_2_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.953
    std = 0.547
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer2_modules_2_modules_bn3_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.895
    std = 0.873
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer2_modules_3_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_3_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.601
    std = 1.518
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer2_modules_3_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.733
    std = 1.723
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer2_modules_3_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.532
    std = 0.424
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer2_modules_3_modules_bn1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.854
    std = 1.267
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer2_modules_3_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_3_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.703
    std = 1.158
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer2_modules_3_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.619
    std = 3.191
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer2_modules_3_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.921
    std = 0.516
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer2_modules_3_modules_bn2_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.975
    std = 1.214
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer2_modules_3_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer2_modules_3_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.024
    std = 0.461
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer2_modules_3_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.420
    std = 0.877
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer2_modules_3_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.833
    std = 0.808
    data = None


class Program_weight_tensor_meta_L_self_modules_layer2_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer2_modules_3_modules_bn3_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.658
    std = 1.031
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_conv1_parameters_weight_"
    shape = [256, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_0_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.888
    std = 1.715
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_0_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.180
    std = 2.086
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.198
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_0_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.588
    std = 1.093
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_0_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.174
    std = 1.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_0_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.936
    std = 2.784
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.343
    std = 0.343
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_0_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.870
    std = 1.179
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_0_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.080
    std = 1.164
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_0_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.752
    std = 0.559
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.598
    std = 0.794
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_0_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.024
    std = 0.681
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [1024, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.432
    std = 1.340
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.782
    std = 1.961
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_layer3_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.235
    std = 0.711
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = (
        "L_self_modules_layer3_modules_0_modules_downsample_modules_1_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.024
    std = 0.681
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_1_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_1_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.145
    std = 2.498
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_1_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.788
    std = 7.310
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_1_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.068
    std = 0.358
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_1_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.776
    std = 0.890
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_1_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_1_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.442
    std = 1.008
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_1_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.195
    std = 0.556
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_1_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.394
    std = 0.408
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_1_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.008
    std = 0.987
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_1_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_1_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.026
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_1_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.109
    std = 0.160
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_1_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.698
    std = 0.750
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_1_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.236
    std = 0.766
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_2_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_2_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.454
    std = 2.054
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_2_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.543
    std = 9.299
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_2_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.198
    std = 0.321
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_2_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.802
    std = 0.812
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_2_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_2_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.739
    std = 0.839
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_2_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.558
    std = 0.846
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_2_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.384
    std = 0.494
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_2_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.117
    std = 0.927
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_2_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_2_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.102
    std = 0.166
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_2_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.110
    std = 0.273
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_2_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.740
    std = 0.693
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_2_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.485
    std = 0.774
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_3_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_3_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.989
    std = 2.244
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_3_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.877
    std = 10.586
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_3_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.106
    std = 0.314
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_3_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.726
    std = 0.753
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_3_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_3_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.455
    std = 0.644
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_3_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.225
    std = 0.459
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_3_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.378
    std = 0.351
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_3_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.919
    std = 0.766
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_3_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_3_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.063
    std = 0.230
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_3_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.093
    std = 0.104
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_3_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.770
    std = 0.564
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_3_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_3_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.401
    std = 0.529
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_4_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_4_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.088
    std = 1.644
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_4_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.756
    std = 3.565
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_4_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.116
    std = 0.302
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_4_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.812
    std = 0.704
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_4_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_4_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.375
    std = 0.383
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_4_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.058
    std = 0.549
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_4_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.424
    std = 0.284
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_4_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.105
    std = 0.743
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_4_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_4_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.035
    std = 0.141
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_4_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.070
    std = 0.083
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_4_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.577
    std = 0.614
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_4_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_4_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.187
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_5_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_5_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.771
    std = 1.869
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_5_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.885
    std = 3.058
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_5_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.122
    std = 0.285
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_5_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.902
    std = 0.668
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_5_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_5_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.418
    std = 0.499
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_5_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.686
    std = 0.304
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_5_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.188
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_5_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.972
    std = 0.883
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_5_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_5_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.091
    std = 0.161
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_5_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.057
    std = 0.050
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_5_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.711
    std = 0.561
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_5_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_5_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.369
    std = 0.484
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_6_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_6_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.813
    std = 1.207
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_6_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.477
    std = 2.365
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_6_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.199
    std = 0.260
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_6_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.042
    std = 0.718
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_6_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_6_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.361
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_6_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.774
    std = 0.431
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_6_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.324
    std = 0.314
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_6_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.061
    std = 0.754
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_6_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_6_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_6_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.062
    std = 0.067
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_6_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.634
    std = 0.573
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_6_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_6_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.330
    std = 0.589
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_7_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_7_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.368
    std = 1.162
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_7_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.618
    std = 1.429
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_7_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.199
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_7_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.098
    std = 0.686
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_7_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_7_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.454
    std = 0.403
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_7_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.608
    std = 0.209
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_7_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.214
    std = 0.260
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_7_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.939
    std = 0.738
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_7_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_7_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.063
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_7_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.046
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_7_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.622
    std = 0.485
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_7_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_7_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.452
    std = 0.660
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_8_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_8_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.602
    std = 1.490
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_8_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.175
    std = 3.923
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_8_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.193
    std = 0.337
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_8_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.224
    std = 0.818
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_8_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_8_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.389
    std = 0.398
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_8_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.546
    std = 0.235
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_8_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.175
    std = 0.357
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_8_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.908
    std = 0.754
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_8_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_8_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.047
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_8_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.052
    std = 0.054
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_8_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.658
    std = 0.534
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_8_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_8_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.236
    std = 0.468
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_9_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_9_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.648
    std = 1.493
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_9_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.187
    std = 3.559
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_9_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.190
    std = 0.322
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_9_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.206
    std = 0.859
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_9_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_9_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.470
    std = 0.353
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_9_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.497
    std = 0.147
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_9_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.173
    std = 0.252
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_9_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.910
    std = 0.680
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_9_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_9_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.012
    std = 0.123
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_9_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.057
    std = 0.044
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_9_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.666
    std = 0.498
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_9_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_9_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.190
    std = 0.398
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_10_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_10_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.126
    std = 1.529
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_10_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.950
    std = 4.544
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_10_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.058
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_10_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.195
    std = 0.866
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_10_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_10_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.376
    std = 0.370
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_10_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.348
    std = 0.164
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_10_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.101
    std = 0.309
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_10_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.003
    std = 0.703
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_10_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_10_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_10_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.038
    std = 0.041
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_10_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.651
    std = 0.630
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_10_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_10_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.193
    std = 0.371
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_11_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_11_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.782
    std = 1.601
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_11_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.988
    std = 2.633
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_11_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.097
    std = 0.306
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_11_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.044
    std = 0.805
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_11_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_11_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.451
    std = 0.419
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_11_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.558
    std = 0.206
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_11_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.174
    std = 0.310
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_11_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.850
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_11_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_11_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.095
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_11_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.056
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_11_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.703
    std = 0.635
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_11_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_11_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.383
    std = 0.487
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_12_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_12_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.643
    std = 1.780
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_12_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.294
    std = 2.349
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_12_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.191
    std = 0.264
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_12_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.076
    std = 0.719
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_12_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_12_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.422
    std = 0.402
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_12_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.602
    std = 0.249
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_12_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.138
    std = 0.267
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_12_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.717
    std = 0.764
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_12_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_12_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.056
    std = 0.208
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_12_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.063
    std = 0.048
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_12_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.750
    std = 0.525
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_12_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_12_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.586
    std = 0.614
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_13_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_13_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.465
    std = 1.385
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_13_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.000
    std = 1.416
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_13_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.389
    std = 0.279
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_13_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.327
    std = 0.671
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_13_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_13_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.490
    std = 0.314
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_13_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.675
    std = 0.181
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_13_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.245
    std = 0.274
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_13_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.752
    std = 0.773
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_13_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_13_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.020
    std = 0.247
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_13_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.074
    std = 0.078
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_13_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.627
    std = 0.502
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_13_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_13_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.314
    std = 0.508
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_14_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_14_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.905
    std = 1.362
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_14_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.294
    std = 1.565
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_14_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.140
    std = 0.282
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_14_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.153
    std = 0.758
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_14_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_14_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.389
    std = 0.383
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_14_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.447
    std = 0.120
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_14_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.157
    std = 0.238
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_14_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.858
    std = 0.728
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_14_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_14_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.080
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_14_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.052
    std = 0.039
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_14_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.711
    std = 0.537
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_14_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_14_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.342
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_15_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_15_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.704
    std = 1.488
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_15_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.503
    std = 2.003
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_15_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.275
    std = 0.221
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_15_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.574
    std = 0.644
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_15_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_15_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.340
    std = 0.174
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_15_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.308
    std = 0.072
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_15_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.167
    std = 0.255
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_15_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.911
    std = 0.749
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_15_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_15_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.042
    std = 0.167
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_15_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.050
    std = 0.035
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_15_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.643
    std = 0.425
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_15_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_15_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.210
    std = 0.400
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_16_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_16_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.770
    std = 1.417
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_16_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.022
    std = 2.580
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_16_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.162
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_16_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.496
    std = 0.826
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_16_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_16_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.306
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_16_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.244
    std = 0.089
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_16_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.072
    std = 0.256
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_16_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.898
    std = 0.765
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_16_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_16_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.042
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_16_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.038
    std = 0.024
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_16_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.705
    std = 0.498
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_16_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_16_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.365
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_17_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_17_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.907
    std = 1.543
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_17_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.092
    std = 2.356
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_17_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.147
    std = 0.300
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_17_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.566
    std = 0.873
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_17_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_17_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.339
    std = 0.226
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_17_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.233
    std = 0.100
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_17_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.094
    std = 0.256
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_17_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.945
    std = 0.675
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_17_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_17_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.022
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_17_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.035
    std = 0.027
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_17_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.713
    std = 0.509
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_17_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_17_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.462
    std = 0.520
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_18_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_18_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.775
    std = 1.377
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_18_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.337
    std = 3.918
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_18_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.224
    std = 0.234
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_18_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.834
    std = 0.712
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_18_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_18_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.263
    std = 0.220
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_18_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.160
    std = 0.094
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_18_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.045
    std = 0.281
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_18_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.956
    std = 0.737
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_18_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_18_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.063
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_18_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.032
    std = 0.022
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_18_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.668
    std = 0.426
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_18_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_18_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.356
    std = 0.418
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_19_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_19_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.323
    std = 1.484
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_19_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.009
    std = 2.501
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_19_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.279
    std = 0.247
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_19_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.660
    std = 0.742
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_19_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_19_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.364
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_19_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.340
    std = 0.163
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_19_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.150
    std = 0.258
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_19_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.863
    std = 0.718
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_19_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_19_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.038
    std = 0.216
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_19_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.049
    std = 0.036
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_19_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.740
    std = 0.533
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_19_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_19_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.490
    std = 0.507
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_20_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_20_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.242
    std = 1.741
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_20_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.294
    std = 2.414
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_20_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.247
    std = 0.242
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_20_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.656
    std = 0.752
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_20_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_20_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.274
    std = 0.261
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_20_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.311
    std = 0.101
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_20_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.186
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_20_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.783
    std = 0.743
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_20_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_20_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.133
    std = 0.260
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_20_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.058
    std = 0.041
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_20_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.667
    std = 0.411
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_20_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_20_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.371
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_21_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_21_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.359
    std = 2.204
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_21_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.515
    std = 3.350
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_21_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.158
    std = 0.282
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_21_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.298
    std = 0.843
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_21_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_21_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.336
    std = 0.396
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_21_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.441
    std = 0.241
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_21_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.161
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_21_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.930
    std = 0.676
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_21_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_21_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.085
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_21_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.050
    std = 0.055
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_21_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.677
    std = 0.538
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_21_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_21_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.470
    std = 0.457
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer3_modules_22_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_22_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.178
    std = 2.314
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer3_modules_22_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.365
    std = 3.465
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer3_modules_22_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.218
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer3_modules_22_modules_bn1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.225
    std = 0.743
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer3_modules_22_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_22_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.364
    std = 0.404
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer3_modules_22_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.631
    std = 0.316
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer3_modules_22_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.172
    std = 0.340
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer3_modules_22_modules_bn2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.970
    std = 0.651
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer3_modules_22_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer3_modules_22_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.166
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer3_modules_22_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.068
    std = 0.056
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer3_modules_22_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.751
    std = 0.492
    data = None


class Program_weight_tensor_meta_L_self_modules_layer3_modules_22_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer3_modules_22_modules_bn3_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.424
    std = 0.737
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_conv1_parameters_weight_"
    shape = [512, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_0_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.236
    std = 2.018
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer4_modules_0_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.467
    std = 1.859
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.797
    std = 0.206
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer4_modules_0_modules_bn1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.182
    std = 0.602
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_0_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.359
    std = 0.266
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer4_modules_0_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.771
    std = 0.290
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.577
    std = 0.233
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer4_modules_0_modules_bn2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.767
    std = 0.529
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_0_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.089
    std = 0.211
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer4_modules_0_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.316
    std = 0.106
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.726
    std = 0.689
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer4_modules_0_modules_bn3_parameters_bias_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.454
    std = 0.743
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [2048, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.930
    std = 1.284
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.834
    std = 1.912
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_layer4_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.217
    std = 0.383
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = (
        "L_self_modules_layer4_modules_0_modules_downsample_modules_1_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.454
    std = 0.743
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer4_modules_1_modules_conv1_parameters_weight_"
    shape = [512, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_1_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.011
    std = 1.022
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer4_modules_1_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.728
    std = 3.132
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer4_modules_1_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.403
    std = 0.369
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer4_modules_1_modules_bn1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.913
    std = 0.621
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer4_modules_1_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_1_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.762
    std = 0.638
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer4_modules_1_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.390
    std = 0.749
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer4_modules_1_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.572
    std = 0.261
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer4_modules_1_modules_bn2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.284
    std = 0.682
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer4_modules_1_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_1_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.303
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer4_modules_1_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.139
    std = 0.154
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer4_modules_1_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.895
    std = 0.383
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_1_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer4_modules_1_modules_bn3_parameters_bias_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.375
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_layer4_modules_2_modules_conv1_parameters_weight_"
    shape = [512, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_2_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -2.335
    std = 0.940
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_layer4_modules_2_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 16.149
    std = 11.813
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_layer4_modules_2_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.770
    std = 0.772
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn1_parameters_bias_:
    name = "L_self_modules_layer4_modules_2_modules_bn1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.122
    std = 0.683
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_layer4_modules_2_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_2_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.351
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_layer4_modules_2_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.356
    std = 0.401
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_layer4_modules_2_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.385
    std = 0.633
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn2_parameters_bias_:
    name = "L_self_modules_layer4_modules_2_modules_bn2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.772
    std = 0.819
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_layer4_modules_2_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_layer4_modules_2_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.029
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_layer4_modules_2_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.110
    std = 0.044
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_layer4_modules_2_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.255
    std = 0.440
    data = None


class Program_weight_tensor_meta_L_self_modules_layer4_modules_2_modules_bn3_parameters_bias_:
    name = "L_self_modules_layer4_modules_2_modules_bn3_parameters_bias_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -3.516
    std = 0.717
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.021
    data = None
