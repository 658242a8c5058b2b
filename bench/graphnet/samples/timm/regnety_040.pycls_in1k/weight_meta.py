class Program_weight_tensor_meta_L_self_modules_stem_modules_conv_parameters_weight_:
    name = "L_self_modules_stem_modules_conv_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.082
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
    device = "cuda:0"
    mean = 0.229
    std = 1.287
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_buffers_running_mean_:
    name = "L_self_modules_stem_modules_bn_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_buffers_running_var_:
    name = "L_self_modules_stem_modules_bn_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_parameters_weight_:
    name = "L_self_modules_stem_modules_bn_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_bn_parameters_bias_:
    name = "L_self_modules_stem_modules_bn_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_conv1_modules_conv_parameters_weight_"
    shape = [128, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b1_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b1_modules_conv1_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_conv1_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b1_modules_conv1_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_conv2_modules_conv_parameters_weight_"
    shape = [128, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b1_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b1_modules_conv2_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_conv2_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b1_modules_conv2_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_se_modules_fc1_parameters_weight_"
    shape = [8, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.485
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s1_modules_b1_modules_se_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_se_modules_fc2_parameters_weight_"
    shape = [128, 8, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.127
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s1_modules_b1_modules_se_modules_fc2_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_conv3_modules_conv_parameters_weight_"
    shape = [128, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b1_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b1_modules_conv3_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_conv3_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b1_modules_conv3_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_downsample_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b1_modules_downsample_modules_conv_parameters_weight_"
    shape = [128, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_downsample_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b1_modules_downsample_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_downsample_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b1_modules_downsample_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_downsample_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_s1_modules_b1_modules_downsample_modules_bn_parameters_weight_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b1_modules_downsample_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b1_modules_downsample_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_conv1_modules_conv_parameters_weight_"
    shape = [128, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b2_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b2_modules_conv1_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_conv1_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b2_modules_conv1_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_conv2_modules_conv_parameters_weight_"
    shape = [128, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b2_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b2_modules_conv2_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_conv2_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b2_modules_conv2_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_se_modules_fc1_parameters_weight_"
    shape = [32, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s1_modules_b2_modules_se_modules_fc1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_se_modules_fc2_parameters_weight_"
    shape = [128, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s1_modules_b2_modules_se_modules_fc2_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_conv3_modules_conv_parameters_weight_"
    shape = [128, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.124
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s1_modules_b2_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s1_modules_b2_modules_conv3_modules_bn_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s1_modules_b2_modules_conv3_modules_bn_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s1_modules_b2_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s1_modules_b2_modules_conv3_modules_bn_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_conv1_modules_conv_parameters_weight_"
    shape = [192, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b1_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b1_modules_conv1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_conv1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b1_modules_conv1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_conv2_modules_conv_parameters_weight_"
    shape = [192, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b1_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b1_modules_conv2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_conv2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b1_modules_conv2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_se_modules_fc1_parameters_weight_"
    shape = [32, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.252
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s2_modules_b1_modules_se_modules_fc1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_se_modules_fc2_parameters_weight_"
    shape = [192, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s2_modules_b1_modules_se_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_conv3_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b1_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b1_modules_conv3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_conv3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b1_modules_conv3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_downsample_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b1_modules_downsample_modules_conv_parameters_weight_"
    shape = [192, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_downsample_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b1_modules_downsample_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_downsample_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b1_modules_downsample_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_downsample_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_s2_modules_b1_modules_downsample_modules_bn_parameters_weight_"
    )
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b1_modules_downsample_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b1_modules_downsample_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_conv1_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b2_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b2_modules_conv1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_conv1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b2_modules_conv1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_conv2_modules_conv_parameters_weight_"
    shape = [192, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b2_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b2_modules_conv2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_conv2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b2_modules_conv2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_se_modules_fc1_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s2_modules_b2_modules_se_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_se_modules_fc2_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s2_modules_b2_modules_se_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_conv3_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b2_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b2_modules_conv3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b2_modules_conv3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b2_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b2_modules_conv3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_conv1_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b3_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b3_modules_conv1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_conv1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b3_modules_conv1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_conv2_modules_conv_parameters_weight_"
    shape = [192, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b3_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b3_modules_conv2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_conv2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b3_modules_conv2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_se_modules_fc1_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s2_modules_b3_modules_se_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_se_modules_fc2_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s2_modules_b3_modules_se_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_conv3_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b3_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b3_modules_conv3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b3_modules_conv3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b3_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b3_modules_conv3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_conv1_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b4_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b4_modules_conv1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_conv1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b4_modules_conv1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_conv2_modules_conv_parameters_weight_"
    shape = [192, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b4_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b4_modules_conv2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_conv2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b4_modules_conv2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_se_modules_fc1_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.201
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s2_modules_b4_modules_se_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_se_modules_fc2_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s2_modules_b4_modules_se_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_conv3_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b4_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b4_modules_conv3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b4_modules_conv3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b4_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b4_modules_conv3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_conv1_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b5_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b5_modules_conv1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_conv1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b5_modules_conv1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_conv2_modules_conv_parameters_weight_"
    shape = [192, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b5_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b5_modules_conv2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_conv2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b5_modules_conv2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_se_modules_fc1_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.203
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s2_modules_b5_modules_se_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_se_modules_fc2_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.103
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s2_modules_b5_modules_se_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_conv3_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b5_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b5_modules_conv3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b5_modules_conv3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b5_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b5_modules_conv3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_conv1_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b6_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b6_modules_conv1_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_conv1_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b6_modules_conv1_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_conv2_modules_conv_parameters_weight_"
    shape = [192, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b6_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b6_modules_conv2_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_conv2_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b6_modules_conv2_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_se_modules_fc1_parameters_weight_"
    shape = [48, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.207
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s2_modules_b6_modules_se_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_se_modules_fc2_parameters_weight_"
    shape = [192, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s2_modules_b6_modules_se_modules_fc2_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_conv3_modules_conv_parameters_weight_"
    shape = [192, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s2_modules_b6_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s2_modules_b6_modules_conv3_modules_bn_buffers_running_var_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s2_modules_b6_modules_conv3_modules_bn_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s2_modules_b6_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s2_modules_b6_modules_conv3_modules_bn_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b1_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b1_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b1_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b1_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b1_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b1_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_se_modules_fc1_parameters_weight_"
    shape = [48, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.204
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b1_modules_se_modules_fc1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 48, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b1_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b1_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b1_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b1_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_downsample_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b1_modules_downsample_modules_conv_parameters_weight_"
    shape = [512, 192, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_downsample_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b1_modules_downsample_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_downsample_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b1_modules_downsample_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_downsample_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_s3_modules_b1_modules_downsample_modules_bn_parameters_weight_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b1_modules_downsample_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b1_modules_downsample_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b2_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b2_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b2_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b2_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b2_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b2_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b2_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b2_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b2_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b2_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b2_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b2_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b2_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b3_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b3_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b3_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b3_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b3_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b3_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b3_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b3_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b3_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b3_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b3_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b3_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b3_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b4_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b4_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b4_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b4_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b4_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b4_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b4_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b4_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b4_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b4_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b4_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b4_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b4_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b5_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b5_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b5_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b5_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b5_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b5_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b5_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b5_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b5_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b5_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b5_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b5_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b5_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b6_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b6_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b6_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b6_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b6_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b6_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b6_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b6_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b6_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b6_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b6_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b6_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b6_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b7_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b7_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b7_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b7_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b7_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b7_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b7_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b7_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b7_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b7_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b7_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b7_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b7_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b8_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b8_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b8_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b8_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b8_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b8_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b8_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b8_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b8_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b8_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b8_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b8_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b8_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b9_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b9_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b9_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b9_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b9_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b9_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b9_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b9_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s3_modules_b9_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b9_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b9_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b9_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b9_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b10_modules_conv1_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b10_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b10_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b10_modules_conv2_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b10_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b10_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b10_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b10_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b10_modules_conv3_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b10_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b10_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b10_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b10_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b11_modules_conv1_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b11_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b11_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b11_modules_conv2_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b11_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b11_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b11_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b11_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b11_modules_conv3_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b11_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b11_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b11_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b11_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_conv1_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv1_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b12_modules_conv1_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b12_modules_conv1_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_conv1_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b12_modules_conv1_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_conv2_modules_conv_parameters_weight_"
    shape = [512, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv2_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b12_modules_conv2_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b12_modules_conv2_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_conv2_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b12_modules_conv2_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s3_modules_b12_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_se_modules_fc2_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s3_modules_b12_modules_se_modules_fc2_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_conv3_modules_conv_parameters_weight_"
    shape = [512, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv3_modules_bn_buffers_running_mean_:
    name = (
        "L_self_modules_s3_modules_b12_modules_conv3_modules_bn_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s3_modules_b12_modules_conv3_modules_bn_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s3_modules_b12_modules_conv3_modules_bn_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s3_modules_b12_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s3_modules_b12_modules_conv3_modules_bn_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_conv1_modules_conv_parameters_weight_"
    shape = [1088, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b1_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b1_modules_conv1_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_conv1_modules_bn_parameters_weight_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b1_modules_conv1_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_conv2_modules_conv_parameters_weight_"
    shape = [1088, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b1_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b1_modules_conv2_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_conv2_modules_bn_parameters_weight_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b1_modules_conv2_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_se_modules_fc1_parameters_weight_"
    shape = [128, 1088, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s4_modules_b1_modules_se_modules_fc1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_se_modules_fc2_parameters_weight_"
    shape = [1088, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s4_modules_b1_modules_se_modules_fc2_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_conv3_modules_conv_parameters_weight_"
    shape = [1088, 1088, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b1_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b1_modules_conv3_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_conv3_modules_bn_parameters_weight_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b1_modules_conv3_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_downsample_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b1_modules_downsample_modules_conv_parameters_weight_"
    shape = [1088, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_downsample_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b1_modules_downsample_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_downsample_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b1_modules_downsample_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_downsample_modules_bn_parameters_weight_:
    name = (
        "L_self_modules_s4_modules_b1_modules_downsample_modules_bn_parameters_weight_"
    )
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b1_modules_downsample_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b1_modules_downsample_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv1_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_conv1_modules_conv_parameters_weight_"
    shape = [1088, 1088, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv1_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b2_modules_conv1_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv1_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b2_modules_conv1_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv1_modules_bn_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_conv1_modules_bn_parameters_weight_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv1_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b2_modules_conv1_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv2_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_conv2_modules_conv_parameters_weight_"
    shape = [1088, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv2_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b2_modules_conv2_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv2_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b2_modules_conv2_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv2_modules_bn_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_conv2_modules_bn_parameters_weight_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv2_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b2_modules_conv2_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_se_modules_fc1_parameters_weight_"
    shape = [272, 1088, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_s4_modules_b2_modules_se_modules_fc1_parameters_bias_"
    shape = [272]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_se_modules_fc2_parameters_weight_"
    shape = [1088, 272, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_s4_modules_b2_modules_se_modules_fc2_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv3_modules_conv_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_conv3_modules_conv_parameters_weight_"
    shape = [1088, 1088, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv3_modules_bn_buffers_running_mean_:
    name = "L_self_modules_s4_modules_b2_modules_conv3_modules_bn_buffers_running_mean_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv3_modules_bn_buffers_running_var_:
    name = "L_self_modules_s4_modules_b2_modules_conv3_modules_bn_buffers_running_var_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv3_modules_bn_parameters_weight_:
    name = "L_self_modules_s4_modules_b2_modules_conv3_modules_bn_parameters_weight_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_s4_modules_b2_modules_conv3_modules_bn_parameters_bias_:
    name = "L_self_modules_s4_modules_b2_modules_conv3_modules_bn_parameters_bias_"
    shape = [1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_head_modules_fc_parameters_weight_:
    name = "L_self_modules_head_modules_fc_parameters_weight_"
    shape = [1000, 1088]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.010
    data = None


class Program_weight_tensor_meta_L_self_modules_head_modules_fc_parameters_bias_:
    name = "L_self_modules_head_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
