class Program_weight_tensor_meta_s53:
    name = "s53"
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
    mean = 0.500
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_conv1_parameters_weight_"
    shape = [64, 3, 7, 7]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.019
    std = 0.198
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.171
    std = 3.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.186
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_parameters_bias_:
    name = "L_self_modules_backbone_modules_bn1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.149
    std = 0.209
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_conv1_parameters_weight_"
    shape = [64, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.085
    std = 0.190
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.128
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.048
    std = 0.134
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.114
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.013
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.120
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.085
    std = 0.128
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.105
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.024
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.057
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.012
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.156
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.024
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_0_modules_downsample_modules_1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_conv1_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.023
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.142
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.023
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.142
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.097
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.060
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_1_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_conv1_parameters_weight_"
    shape = [64, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.127
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_conv2_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.018
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.164
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.045
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_conv3_parameters_weight_"
    shape = [256, 64, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.062
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer1_modules_2_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_conv1_parameters_weight_"
    shape = [128, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.048
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.150
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.064
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.034
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.151
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.081
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [512, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.095
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_0_modules_downsample_modules_1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.095
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.101
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.120
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.057
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_1_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.133
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.016
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.142
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.020
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.081
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.052
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_2_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_conv1_parameters_weight_"
    shape = [128, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.032
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.130
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.030
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_conv2_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.031
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.158
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_parameters_bias_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.065
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_conv3_parameters_weight_"
    shape = [512, 128, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.073
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer2_modules_3_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_conv1_parameters_weight_"
    shape = [256, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.053
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.181
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.136
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.039
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.150
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.106
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.043
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [1024, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.096
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.043
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_0_modules_downsample_modules_1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.027
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.135
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.039
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.027
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.153
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.061
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.087
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_1_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.127
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.032
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.141
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.075
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.066
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_2_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.138
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.076
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.030
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.134
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.056
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.073
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.057
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_3_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.025
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.135
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.074
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.030
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.137
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.058
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.070
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.054
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_4_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_conv1_parameters_weight_"
    shape = [256, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.142
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.083
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_conv2_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.028
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.140
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_parameters_bias_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.046
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_conv3_parameters_weight_"
    shape = [1024, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_mean_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_buffers_running_var_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_weight_"
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.074
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_parameters_bias_"
    )
    shape = [1024]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.059
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer3_modules_5_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_conv1_parameters_weight_"
    shape = [512, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.025
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.126
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.120
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.020
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.109
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.059
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.142
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_0_parameters_weight_"
    shape = [2048, 1024, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.111
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_parameters_bias_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_0_modules_downsample_modules_1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_conv1_parameters_weight_"
    shape = [512, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.069
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.117
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.075
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.020
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.115
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.060
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.144
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.038
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_1_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_conv1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_conv1_parameters_weight_"
    shape = [512, 2048, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.081
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.012
    std = 0.005
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.130
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_conv2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_conv2_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.031
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.113
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_parameters_bias_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn2_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_conv3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_conv3_parameters_weight_"
    shape = [2048, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_momentum:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_mean_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_var_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_buffers_running_var_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.001
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_weight_:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_weight_"
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.283
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_bias_:
    name = (
        "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_parameters_bias_"
    )
    shape = [2048]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.010
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_eps:
    name = "L_self_modules_backbone_modules_layer4_modules_2_modules_bn3_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_classifier_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_0_parameters_weight_"
    shape = [512, 2048, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.002
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_momentum:
    name = "L_self_modules_classifier_modules_1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_1_buffers_running_mean_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.192
    std = 0.177
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.207
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.450
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.055
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_1_eps:
    name = "L_self_modules_classifier_modules_1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_classifier_modules_3_p:
    name = "L_self_modules_classifier_modules_3_p"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_classifier_modules_4_parameters_weight_:
    name = "L_self_modules_classifier_modules_4_parameters_weight_"
    shape = [21, 512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_4_parameters_bias_:
    name = "L_self_modules_classifier_modules_4_parameters_bias_"
    shape = [21]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.204
    data = [
        0.813104,
        -0.104617,
        -0.076097,
        -0.085299,
        -0.108091,
        -0.076490,
        -0.077912,
        0.016328,
        -0.042543,
        -0.061136,
        -0.064773,
        0.251399,
        -0.015176,
        -0.073201,
        -0.090913,
        0.098625,
        -0.035088,
        -0.108608,
        -0.078198,
        -0.060589,
        -0.083193,
    ]


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_0_parameters_weight_:
    name = "L_self_modules_aux_classifier_modules_0_parameters_weight_"
    shape = [256, 1024, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_momentum:
    name = "L_self_modules_aux_classifier_modules_1_momentum"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_buffers_running_mean_:
    name = "L_self_modules_aux_classifier_modules_1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.026
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_buffers_running_var_:
    name = "L_self_modules_aux_classifier_modules_1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.003
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_parameters_weight_:
    name = "L_self_modules_aux_classifier_modules_1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.384
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_parameters_bias_:
    name = "L_self_modules_aux_classifier_modules_1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.133
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_1_eps:
    name = "L_self_modules_aux_classifier_modules_1_eps"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = [0.000010]


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_3_p:
    name = "L_self_modules_aux_classifier_modules_3_p"
    shape = []
    dtype = "torch.float64"
    device = "cpu"
    mean = 0.100
    std = 0.000
    data = [0.100000]


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_4_parameters_weight_:
    name = "L_self_modules_aux_classifier_modules_4_parameters_weight_"
    shape = [21, 256, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_aux_classifier_modules_4_parameters_bias_:
    name = "L_self_modules_aux_classifier_modules_4_parameters_bias_"
    shape = [21]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.216
    data = [
        0.809495,
        -0.141276,
        -0.137158,
        -0.069702,
        -0.106514,
        -0.114141,
        -0.067855,
        0.039832,
        -0.066165,
        -0.075540,
        -0.085942,
        0.256869,
        0.033362,
        -0.088962,
        -0.031467,
        0.254831,
        -0.048421,
        -0.172212,
        -0.056392,
        -0.018123,
        -0.114476,
    ]
