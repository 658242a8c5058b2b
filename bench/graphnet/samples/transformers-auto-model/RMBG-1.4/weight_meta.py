class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 640, 640]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.500
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_in_parameters_weight_:
    name = "L_self_modules_conv_in_parameters_weight_"
    shape = [64, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.891
    data = None


class Program_weight_tensor_meta_L_self_modules_conv_in_parameters_bias_:
    name = "L_self_modules_conv_in_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.142
    std = 1.113
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.907
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -22.163
    std = 78.133
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5649.214
    std = 5741.280
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.157
    std = 0.347
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.285
    std = 0.866
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.867
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -23.050
    std = 70.816
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2667.007
    std = 1448.455
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.870
    std = 1.031
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.099
    std = 0.927
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.887
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.636
    std = 40.211
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2348.690
    std = 1274.802
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.018
    std = 0.369
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.497
    std = 1.397
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.839
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -14.328
    std = 84.941
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2831.093
    std = 2789.778
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.678
    std = 0.499
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.565
    std = 1.352
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.801
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -21.775
    std = 53.115
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 716.021
    std = 733.207
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.438
    std = 0.782
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.639
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv5_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.072
    std = 0.837
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv5_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -19.368
    std = 30.948
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2026.592
    std = 816.816
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.674
    std = 0.382
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv5_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.114
    std = 0.725
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv6_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.063
    std = 0.816
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv6_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -26.456
    std = 30.254
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1659.936
    std = 873.644
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.404
    std = 0.337
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv6_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.119
    std = 0.426
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv7_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv7_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.844
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv7_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv7_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.006
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.292
    std = 7.911
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 385.297
    std = 130.106
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.758
    std = 0.357
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv7_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.198
    std = 0.550
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv6d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.032
    std = 0.807
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv6d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -21.076
    std = 32.362
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5073.959
    std = 2895.911
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.979
    std = 0.280
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv6d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.064
    std = 0.755
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv5d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.038
    std = 0.841
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv5d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -35.328
    std = 32.342
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5187.258
    std = 5039.086
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.845
    std = 0.281
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv5d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.071
    std = 0.621
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv4d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.852
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv4d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -15.844
    std = 37.928
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3355.152
    std = 2538.239
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.321
    std = 0.491
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv4d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.138
    std = 0.704
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.037
    std = 0.877
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -12.237
    std = 41.480
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4097.749
    std = 2123.941
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.089
    std = 0.370
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.791
    std = 0.895
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.849
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.219
    std = 70.963
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3920.734
    std = 2509.046
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.547
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.064
    std = 0.534
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.087
    std = 0.775
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -21.262
    std = 35.670
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1561.692
    std = 801.083
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.012
    std = 0.527
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.120
    std = 0.771
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    shape = [128, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.037
    std = 0.844
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -55.895
    std = 98.365
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4616.405
    std = 2838.843
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.293
    std = 0.442
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.045
    std = 0.560
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [32, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.024
    std = 0.817
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.733
    std = 91.699
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4173.491
    std = 3464.427
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.936
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.047
    std = 0.826
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.927
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -10.684
    std = 46.257
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2845.062
    std = 1313.051
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.218
    std = 0.397
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.331
    std = 1.239
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.147
    std = 0.786
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -51.764
    std = 58.418
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5257.729
    std = 4123.617
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.122
    std = 0.624
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.647
    std = 0.859
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.021
    std = 0.758
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -5.426
    std = 59.603
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1719.042
    std = 1301.954
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.298
    std = 0.350
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.241
    std = 0.785
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv5_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.035
    std = 0.790
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv5_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -19.463
    std = 44.684
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1918.048
    std = 847.708
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.341
    std = 0.322
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv5_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.087
    std = 0.645
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv6_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv6_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.047
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv6_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv6_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -14.045
    std = 18.827
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1149.244
    std = 546.924
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.624
    std = 0.441
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv6_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.494
    std = 0.808
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv5d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.056
    std = 0.820
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv5d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -36.552
    std = 38.934
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13656.283
    std = 7850.428
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.330
    std = 0.298
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv5d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.242
    std = 0.858
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv4d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.816
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv4d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -26.278
    std = 47.625
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 12771.315
    std = 8699.953
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.009
    std = 0.448
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv4d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.177
    std = 0.943
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.019
    std = 0.782
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -18.246
    std = 61.884
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 11626.798
    std = 7301.910
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.083
    std = 0.500
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.599
    std = 1.011
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.126
    std = 0.632
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -64.492
    std = 87.668
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8396.380
    std = 8301.635
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.348
    std = 0.220
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.330
    std = 0.384
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    shape = [128, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.073
    std = 0.701
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -22.355
    std = 28.124
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1020.566
    std = 424.365
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.934
    std = 0.418
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.311
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    shape = [256, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.051
    std = 0.805
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -63.273
    std = 105.936
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7136.553
    std = 4324.000
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.033
    std = 0.333
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.322
    std = 0.381
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [64, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.820
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -18.418
    std = 62.026
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3154.920
    std = 883.787
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.763
    std = 0.378
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.358
    std = 0.686
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.104
    std = 0.793
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 68.804
    std = 91.145
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4296.777
    std = 2290.068
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.744
    std = 1.072
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.288
    std = 0.719
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.151
    std = 0.729
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -119.518
    std = 159.304
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 28387.910
    std = 12467.817
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.975
    std = 0.629
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.656
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.079
    std = 0.690
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -80.536
    std = 94.788
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8286.904
    std = 4187.214
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.049
    std = 0.401
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.021
    std = 0.673
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv5_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv5_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.057
    std = 0.842
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv5_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv5_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -8.966
    std = 34.431
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3986.765
    std = 2137.773
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.390
    std = 0.583
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv5_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.607
    std = 0.686
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv4d_modules_conv_s1_parameters_weight_"
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.073
    std = 0.788
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv4d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -107.336
    std = 108.624
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 41582.453
    std = 15276.190
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.076
    std = 0.482
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv4d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.508
    std = 0.904
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.116
    std = 0.793
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -68.454
    std = 113.250
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 45003.898
    std = 27086.926
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.719
    std = 0.409
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.118
    std = 0.529
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.117
    std = 0.574
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -72.851
    std = 86.481
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13186.279
    std = 12102.013
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.405
    std = 0.216
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.589
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    shape = [256, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.081
    std = 0.692
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -29.485
    std = 28.989
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1576.617
    std = 790.563
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.090
    std = 0.407
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.687
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    shape = [512, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.046
    std = 0.805
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -87.227
    std = 90.521
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8988.392
    std = 3585.920
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.115
    std = 0.247
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.793
    std = 0.282
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [128, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.807
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -8.000
    std = 62.562
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4669.851
    std = 2308.339
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.650
    std = 0.801
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.507
    std = 0.505
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.054
    std = 0.825
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -59.753
    std = 81.829
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8222.248
    std = 3718.013
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.561
    std = 0.446
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.397
    std = 0.532
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.057
    std = 0.797
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -57.728
    std = 95.549
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10853.772
    std = 3016.193
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.277
    std = 0.412
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.280
    std = 0.383
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.052
    std = 0.809
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -19.097
    std = 29.747
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3210.092
    std = 1028.762
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.520
    std = 0.429
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.299
    std = 0.523
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    shape = [128, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.766
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -70.955
    std = 101.662
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 17837.090
    std = 7776.316
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.058
    std = 0.390
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.356
    std = 0.577
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    shape = [128, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.068
    std = 0.667
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -79.203
    std = 99.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13637.871
    std = 10180.682
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.597
    std = 0.334
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.645
    std = 0.405
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    shape = [512, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.093
    std = 0.661
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -52.251
    std = 57.213
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3926.295
    std = 1910.289
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.635
    std = 0.377
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.625
    std = 0.374
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.795
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -69.317
    std = 84.408
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10078.750
    std = 2994.010
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.103
    std = 0.189
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.938
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.040
    std = 0.808
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -22.391
    std = 31.730
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2163.777
    std = 448.236
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.306
    std = 0.230
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.892
    std = 0.300
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.142
    std = 0.741
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -48.569
    std = 56.105
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2023.700
    std = 1560.232
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.956
    std = 0.407
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.973
    std = 0.312
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.046
    std = 0.676
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -13.911
    std = 20.936
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1621.975
    std = 959.293
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.915
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.690
    std = 0.531
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.064
    std = 0.613
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -33.927
    std = 40.322
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3943.490
    std = 1191.603
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.283
    std = 0.558
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.509
    std = 0.644
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.043
    std = 0.485
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -55.587
    std = 123.736
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 43144.535
    std = 41810.945
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.639
    std = 0.327
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.202
    std = 1.092
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.094
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -35.198
    std = 58.782
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3221.695
    std = 4319.759
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.566
    std = 0.283
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.903
    std = 0.605
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.673
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -30.300
    std = 30.348
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3122.976
    std = 1250.883
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.079
    std = 0.358
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.811
    std = 0.293
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.035
    std = 0.783
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -78.246
    std = 61.938
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 23514.930
    std = 11510.122
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.799
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.539
    std = 0.157
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.065
    std = 0.814
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -9.989
    std = 8.773
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 241.542
    std = 49.362
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.134
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.662
    std = 0.228
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.074
    std = 0.795
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -26.435
    std = 12.901
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 888.896
    std = 140.735
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.190
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.967
    std = 0.181
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.065
    std = 0.794
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -15.589
    std = 7.624
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 371.145
    std = 38.176
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.202
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.092
    std = 0.163
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.041
    std = 0.808
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = "L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -6.690
    std = 7.845
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 151.203
    std = 16.797
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.979
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.908
    std = 0.157
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.076
    std = 0.803
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -24.197
    std = 14.593
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 672.648
    std = 149.218
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.211
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.891
    std = 0.162
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.080
    std = 0.829
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -41.531
    std = 22.577
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1665.158
    std = 1215.911
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.362
    std = 0.217
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.118
    std = 0.277
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.066
    std = 0.828
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -52.802
    std = 28.720
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3039.310
    std = 1726.992
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.076
    std = 0.245
    data = None


class Program_weight_tensor_meta_L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage6_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.045
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage5d_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    )
    shape = [512, 1024, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.047
    std = 0.836
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -65.555
    std = 46.211
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 14636.583
    std = 12466.574
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.976
    std = 0.217
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.711
    std = 0.211
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.060
    std = 0.854
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -12.975
    std = 10.436
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 424.565
    std = 347.608
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.139
    std = 0.298
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.774
    std = 0.367
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.055
    std = 0.819
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -19.936
    std = 14.689
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1010.845
    std = 479.195
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.260
    std = 0.245
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.995
    std = 0.341
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.065
    std = 0.832
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -17.416
    std = 13.426
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 993.334
    std = 418.296
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.185
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.939
    std = 0.287
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.050
    std = 0.810
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -10.805
    std = 10.692
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 435.078
    std = 102.615
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.214
    std = 0.399
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.901
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    )
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.037
    std = 0.775
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -24.912
    std = 34.223
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1815.052
    std = 1064.308
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.053
    std = 0.394
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.792
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    )
    shape = [256, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.045
    std = 0.829
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -25.437
    std = 24.950
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2365.265
    std = 2868.538
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.266
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.978
    std = 0.390
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    )
    shape = [512, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.044
    std = 0.804
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.009
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -33.537
    std = 27.346
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    )
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3544.402
    std = 2790.524
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.064
    std = 0.337
    data = None


class Program_weight_tensor_meta_L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage5d_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.866
    std = 0.321
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage4d_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    )
    shape = [256, 1024, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.030
    std = 0.881
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -47.794
    std = 57.426
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 12692.386
    std = 13922.959
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.808
    std = 0.243
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.719
    std = 0.415
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [128, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.059
    std = 0.881
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -9.361
    std = 11.219
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 353.669
    std = 605.691
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.415
    std = 0.352
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.708
    std = 0.660
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.028
    std = 0.845
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -13.906
    std = 23.395
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1747.077
    std = 690.758
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.555
    std = 0.338
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.837
    std = 0.380
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.054
    std = 0.851
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -20.717
    std = 30.079
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3441.811
    std = 1591.036
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.324
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.634
    std = 0.256
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.847
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -10.277
    std = 11.091
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 616.509
    std = 181.094
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.658
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.740
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    )
    shape = [128, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.861
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -30.263
    std = 37.405
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3516.791
    std = 1542.046
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.065
    std = 0.232
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.456
    std = 0.296
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    )
    shape = [128, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.065
    std = 0.795
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -33.719
    std = 27.403
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5068.558
    std = 4040.577
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.885
    std = 0.340
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.298
    std = 0.297
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    )
    shape = [256, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.062
    std = 0.747
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -25.682
    std = 25.172
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    )
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2876.847
    std = 3190.402
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.052
    std = 0.492
    data = None


class Program_weight_tensor_meta_L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage4d_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [256]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.673
    std = 0.464
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage3d_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    )
    shape = [128, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.050
    std = 0.949
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -46.433
    std = 46.299
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13553.695
    std = 10189.496
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.851
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.465
    std = 0.319
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.936
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -4.479
    std = 11.422
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 290.089
    std = 286.199
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.429
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.842
    std = 0.573
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.054
    std = 0.877
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -13.883
    std = 19.513
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1976.536
    std = 2276.683
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.521
    std = 0.604
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.450
    std = 0.395
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.096
    std = 0.849
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -24.440
    std = 32.743
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2605.140
    std = 2518.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.363
    std = 0.475
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.528
    std = 0.530
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.801
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.870
    std = 20.669
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1023.812
    std = 723.990
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.250
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.586
    std = 0.645
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv5_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv5_modules_conv_s1_parameters_weight_"
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.045
    std = 0.840
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv5_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv5_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.373
    std = 11.120
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 350.722
    std = 141.717
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.668
    std = 0.451
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv5_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.121
    std = 0.550
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv4d_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.799
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv4d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -34.120
    std = 68.302
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4306.911
    std = 3060.335
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.866
    std = 0.395
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv4d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.110
    std = 0.701
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.818
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -14.963
    std = 50.345
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2716.799
    std = 2074.127
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.927
    std = 0.354
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.239
    std = 0.512
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.756
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.781
    std = 42.788
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2945.737
    std = 2636.518
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.578
    std = 0.392
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.430
    std = 0.980
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    )
    shape = [128, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.063
    std = 0.795
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -11.975
    std = 18.875
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    )
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1965.840
    std = 2231.239
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.147
    std = 0.490
    data = None


class Program_weight_tensor_meta_L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage3d_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.616
    std = 0.443
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage2d_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.047
    std = 1.023
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -18.800
    std = 42.670
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 14381.212
    std = 12963.797
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.858
    std = 0.353
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.221
    std = 0.295
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.072
    std = 0.989
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -5.395
    std = 9.068
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 217.891
    std = 243.483
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.848
    std = 0.566
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.310
    std = 1.105
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.823
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.523
    std = 15.933
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 707.033
    std = 581.820
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.676
    std = 0.377
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.137
    std = 1.048
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.825
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.246
    std = 11.735
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 686.236
    std = 291.339
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.745
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.433
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.835
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.932
    std = 10.632
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 863.603
    std = 352.689
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.789
    std = 0.311
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.383
    std = 0.509
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv5_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.019
    std = 0.837
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv5_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.167
    std = 14.137
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 863.645
    std = 327.018
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.532
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv5_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.223
    std = 0.350
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv6_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv6_modules_conv_s1_parameters_weight_"
    shape = [32, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.037
    std = 0.850
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv6_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv6_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -4.217
    std = 4.625
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 179.755
    std = 38.942
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.793
    std = 0.216
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv6_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.306
    std = 0.398
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv5d_modules_conv_s1_parameters_weight_"
    )
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.869
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv5d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -4.135
    std = 13.397
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 873.047
    std = 225.401
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.234
    std = 0.176
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv5d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.152
    std = 0.362
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv4d_modules_conv_s1_parameters_weight_"
    )
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.894
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv4d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -12.191
    std = 12.837
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1349.433
    std = 742.658
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.299
    std = 0.257
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv4d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.064
    std = 0.494
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    )
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.035
    std = 0.896
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -14.061
    std = 17.451
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1397.556
    std = 582.855
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.221
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.146
    std = 0.320
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    )
    shape = [32, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.880
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.818
    std = 18.480
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    )
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1663.951
    std = 561.494
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.953
    std = 0.360
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.290
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.046
    std = 0.766
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.869
    std = 13.038
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1856.655
    std = 2286.518
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.032
    std = 0.497
    data = None


class Program_weight_tensor_meta_L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage2d_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.425
    std = 0.306
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconvin_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconvin_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.050
    std = 1.032
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconvin_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconvin_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -24.935
    std = 37.395
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8098.388
    std = 5304.195
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.732
    std = 0.267
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconvin_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.217
    std = 0.238
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv1_modules_conv_s1_parameters_weight_"
    shape = [16, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.046
    std = 1.095
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv1_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.718
    std = 7.684
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 108.198
    std = 110.916
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.837
    std = 0.515
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv1_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.171
    std = 0.687
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv2_modules_conv_s1_parameters_weight_"
    shape = [16, 16, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.084
    std = 0.895
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv2_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.015
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10.555
    std = 17.279
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 762.543
    std = 1690.470
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.786
    std = 0.517
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv2_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.243
    std = 0.874
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv3_modules_conv_s1_parameters_weight_"
    shape = [16, 16, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.018
    std = 0.857
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv3_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.764
    std = 9.141
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 219.004
    std = 97.206
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.824
    std = 0.320
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv3_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.308
    std = 0.611
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv4_modules_conv_s1_parameters_weight_"
    shape = [16, 16, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.836
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv4_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.763
    std = 7.150
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 264.348
    std = 128.291
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.804
    std = 0.202
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv4_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.085
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv5_modules_conv_s1_parameters_weight_"
    shape = [16, 16, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.034
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv5_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -4.148
    std = 12.629
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 365.063
    std = 191.134
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.796
    std = 0.333
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv5_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.155
    std = 0.384
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv6_modules_conv_s1_parameters_weight_"
    shape = [16, 16, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.040
    std = 0.820
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv6_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.133
    std = 13.797
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 390.121
    std = 189.282
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.622
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv6_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.157
    std = 0.294
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv7_modules_conv_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv7_modules_conv_s1_parameters_weight_"
    shape = [16, 16, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.044
    std = 0.865
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv7_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv7_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.545
    std = 6.883
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_buffers_running_var_:
    name = "L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 115.024
    std = 66.959
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.515
    std = 0.333
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv7_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.118
    std = 0.627
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv6d_modules_conv_s1_parameters_weight_"
    )
    shape = [16, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.046
    std = 0.888
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv6d_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.007
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -6.460
    std = 16.243
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_buffers_running_var_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 465.454
    std = 194.997
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.056
    std = 0.242
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv6d_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.153
    std = 0.449
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv5d_modules_conv_s1_parameters_weight_"
    )
    shape = [16, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.074
    std = 0.898
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv5d_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -10.105
    std = 9.794
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_buffers_running_var_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 470.318
    std = 410.614
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.214
    std = 0.385
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv5d_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.149
    std = 0.519
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv4d_modules_conv_s1_parameters_weight_"
    )
    shape = [16, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.044
    std = 0.908
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv4d_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -10.040
    std = 14.037
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_buffers_running_var_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 511.242
    std = 353.444
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.123
    std = 0.544
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv4d_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.091
    std = 0.438
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv3d_modules_conv_s1_parameters_weight_"
    )
    shape = [16, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.028
    std = 0.911
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv3d_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.773
    std = 10.897
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_buffers_running_var_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 323.595
    std = 233.749
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.130
    std = 0.332
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv3d_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.134
    std = 0.587
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv2d_modules_conv_s1_parameters_weight_"
    )
    shape = [16, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.011
    std = 0.914
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv2d_modules_conv_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.631
    std = 20.949
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_buffers_running_var_"
    )
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 544.195
    std = 275.673
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.127
    std = 0.482
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv2d_modules_bn_s1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.130
    std = 0.888
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1d_modules_conv_s1_parameters_weight_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv1d_modules_conv_s1_parameters_weight_"
    )
    shape = [64, 32, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.059
    std = 0.767
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1d_modules_conv_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv1d_modules_conv_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.110
    std = 0.851
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_buffers_running_mean_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -7.959
    std = 18.965
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_:
    name = (
        "L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_buffers_running_var_"
    )
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1008.392
    std = 1370.007
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_parameters_weight_:
    name = "L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.930
    std = 0.478
    data = None


class Program_weight_tensor_meta_L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_parameters_bias_:
    name = "L_self_modules_stage1d_modules_rebnconv1d_modules_bn_s1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.358
    std = 0.381
    data = None


class Program_weight_tensor_meta_L_self_modules_side1_parameters_weight_:
    name = "L_self_modules_side1_parameters_weight_"
    shape = [1, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.372
    data = None


class Program_weight_tensor_meta_L_self_modules_side1_parameters_bias_:
    name = "L_self_modules_side1_parameters_bias_"
    shape = [1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.319
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_side2_parameters_weight_:
    name = "L_self_modules_side2_parameters_weight_"
    shape = [1, 64, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.016
    std = 0.318
    data = None


class Program_weight_tensor_meta_L_self_modules_side2_parameters_bias_:
    name = "L_self_modules_side2_parameters_bias_"
    shape = [1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.490
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_side3_parameters_weight_:
    name = "L_self_modules_side3_parameters_weight_"
    shape = [1, 128, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.351
    data = None


class Program_weight_tensor_meta_L_self_modules_side3_parameters_bias_:
    name = "L_self_modules_side3_parameters_bias_"
    shape = [1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.434
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_side4_parameters_weight_:
    name = "L_self_modules_side4_parameters_weight_"
    shape = [1, 256, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_side4_parameters_bias_:
    name = "L_self_modules_side4_parameters_bias_"
    shape = [1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.211
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_side5_parameters_weight_:
    name = "L_self_modules_side5_parameters_weight_"
    shape = [1, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.280
    data = None


class Program_weight_tensor_meta_L_self_modules_side5_parameters_bias_:
    name = "L_self_modules_side5_parameters_bias_"
    shape = [1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.056
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_side6_parameters_weight_:
    name = "L_self_modules_side6_parameters_weight_"
    shape = [1, 512, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.290
    data = None


class Program_weight_tensor_meta_L_self_modules_side6_parameters_bias_:
    name = "L_self_modules_side6_parameters_bias_"
    shape = [1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.043
    std = 0.000
    data = None
