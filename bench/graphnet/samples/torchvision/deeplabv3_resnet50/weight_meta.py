class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.227
    std = 1.285
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_conv1_parameters_weight_"
    shape = [64, 3, 7, 7]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.920
    std = 5.669
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.172
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_parameters_bias_:
    name = "L_self_modules_backbone_modules_bn1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.156
    std = 0.212
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_conv1_parameters_weight_"
    shape = [64, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.076
    std = 0.219
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.117
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.040
    std = 0.140
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.027
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.019
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.114
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.082
    std = 0.129
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.003
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.102
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.025
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.058
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.014
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.159
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.025
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_conv1_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.140
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.111
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.025
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.003
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.140
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.060
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_conv1_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.129
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.013
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.003
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.170
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.050
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.062
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_conv1_parameters_weight_"
    shape = [128, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.057
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.006
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.153
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.063
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.039
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.156
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.082
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [512, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.019
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.005
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.096
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.016
    std = 0.019
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.092
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.034
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.111
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.006
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.118
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.056
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.022
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.023
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.006
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.133
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.016
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.145
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.023
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.081
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.053
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.035
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.003
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.133
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.002
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.164
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.073
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.072
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.050
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_conv1_parameters_weight_"
    shape = [256, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.056
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.181
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.138
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.044
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.150
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.029
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.012
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.105
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.039
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [1024, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.002
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.096
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.039
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.026
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.002
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.132
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.035
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.026
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.008
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.152
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.062
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.085
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.062
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.029
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.127
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.050
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.002
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.146
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.075
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.075
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.064
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.029
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.138
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.079
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.033
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.135
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.061
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.071
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.057
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.027
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.135
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.079
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.138
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.066
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.070
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.056
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.024
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.145
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.087
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.030
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.002
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.142
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.055
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.014
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.071
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.064
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_conv1_parameters_weight_"
    shape = [512, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.029
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.130
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.139
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.022
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.114
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.070
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.149
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.037
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [2048, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.126
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.037
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_conv1_parameters_weight_"
    shape = [512, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.090
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.005
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.116
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.091
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.001
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.118
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.092
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.137
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.046
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_conv1_parameters_weight_"
    shape = [512, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.125
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.009
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.123
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.112
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.022
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.117
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.068
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.276
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_0_parameters_weight_"
    shape = [256, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.098
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.017
    std = 0.005
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.401
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_0_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.014
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_0_parameters_weight_"
    shape = [256, 2048, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.151
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.099
    std = 0.027
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.412
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_1_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.019
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_0_parameters_weight_"
    shape = [256, 2048, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.121
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.045
    std = 0.012
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.395
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_2_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.020
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_0_parameters_weight_"
    shape = [256, 2048, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.100
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.026
    std = 0.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.392
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_3_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.016
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_1_parameters_weight_"
    shape = [256, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.225
    std = 0.163
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_buffers_running_var_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.027
    std = 0.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.406
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_parameters_bias_:
    name = "L_self_modules_classifier_modules_0_modules_convs_modules_4_modules_2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.016
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_project_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_project_modules_0_parameters_weight_"
    shape = [256, 1280, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_project_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_0_modules_project_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.123
    std = 0.135
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_project_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_0_modules_project_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.070
    std = 0.022
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_project_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_modules_project_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.401
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_modules_project_modules_1_parameters_bias_:
    name = (
        "L_self_modules_classifier_modules_0_modules_project_modules_1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.027
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_2_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.229
    std = 0.241
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_2_buffers_running_var_:
    name = "L_self_modules_classifier_modules_2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.242
    std = 0.121
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_classifier_modules_2_parameters_weight_:
    name = "L_self_modules_classifier_modules_2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.525
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_2_parameters_bias_:
    name = "L_self_modules_classifier_modules_2_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.119
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_4_parameters_weight_:
    name = "L_self_modules_classifier_modules_4_parameters_weight_"
    shape = [21, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.110
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_4_parameters_bias_:
    name = "L_self_modules_classifier_modules_4_parameters_bias_"
    shape = [21]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_0_parameters_weight_:
    name = "L_self_modules_aux_classifier_modules_0_parameters_weight_"
    shape = [256, 1024, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_buffers_running_mean_:
    name = "L_self_modules_aux_classifier_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.034
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_buffers_running_var_:
    name = "L_self_modules_aux_classifier_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.010
    std = 0.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_aux_classifier_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.379
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_aux_classifier_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.126
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_4_parameters_weight_:
    name = "L_self_modules_aux_classifier_modules_4_parameters_weight_"
    shape = [21, 256, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_4_parameters_bias_:
    name = "L_self_modules_aux_classifier_modules_4_parameters_bias_"
    shape = [21]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.234
    data = None
