class Program_weight_tensor_meta_L_self_modules_stem_modules_0_parameters_weight_:
    name = "L_self_modules_stem_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.590
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
    mean = 0.224
    std = 1.288
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_mean_:
    name = "L_self_modules_stem_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.025
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_var_:
    name = "L_self_modules_stem_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.362
    std = 4.435
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_weight_:
    name = "L_self_modules_stem_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.374
    std = 1.196
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_bias_:
    name = "L_self_modules_stem_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.972
    std = 4.362
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_0_parameters_weight_"
    shape = [72, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.160
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.143
    std = 3.797
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.328
    std = 15.079
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.236
    std = 1.636
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.194
    std = 1.561
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [72, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.642
    std = 6.081
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 15.432
    std = 14.633
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.712
    std = 0.868
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.457
    std = 1.881
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [72, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.076
    std = 4.621
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 30.259
    std = 27.861
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.907
    std = 0.778
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.662
    std = 2.119
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [8, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [72, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.026
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [72, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.218
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.272
    std = 3.176
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.431
    std = 3.182
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.509
    std = 1.733
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.194
    std = 1.561
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [72, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.523
    std = 4.484
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 25.776
    std = 15.075
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.353
    std = 0.829
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.076
    std = 1.635
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [72, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.125
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.244
    std = 2.882
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.916
    std = 3.906
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.186
    std = 0.737
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.385
    std = 1.467
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [18, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [18]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [72, 18, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.152
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [72, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.155
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.113
    std = 0.753
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.662
    std = 0.400
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.953
    std = 1.251
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.030
    std = 2.252
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_0_parameters_weight_"
    shape = [216, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.196
    std = 4.024
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.096
    std = 7.274
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.578
    std = 0.587
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.803
    std = 1.205
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [216, 72, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.870
    std = 7.551
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 26.051
    std = 10.943
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.356
    std = 0.629
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.944
    std = 1.185
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [216, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.343
    std = 1.418
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.387
    std = 4.531
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.487
    std = 0.412
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.333
    std = 0.937
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [18, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [18]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.028
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [216, 18, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.042
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.031
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.100
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.145
    std = 1.361
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.859
    std = 1.196
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.041
    std = 0.907
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.803
    std = 1.205
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.396
    std = 3.559
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.399
    std = 6.295
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.365
    std = 0.392
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.291
    std = 1.433
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [216, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.316
    std = 1.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.840
    std = 1.304
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.213
    std = 0.811
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.008
    std = 1.271
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [54, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.022
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [216, 54, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.051
    std = 0.423
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.447
    std = 0.259
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.157
    std = 0.822
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 1.376
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.098
    std = 3.596
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.214
    std = 3.072
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.415
    std = 0.378
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.319
    std = 1.096
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [216, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.373
    std = 0.795
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.479
    std = 0.758
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.124
    std = 0.728
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.181
    std = 0.942
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [54, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.021
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [216, 54, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.067
    std = 0.403
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.284
    std = 0.133
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.150
    std = 0.784
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.362
    std = 1.447
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.125
    std = 4.417
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.381
    std = 4.169
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.432
    std = 0.391
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.354
    std = 1.114
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [216, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.473
    std = 0.735
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.978
    std = 2.028
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.964
    std = 0.560
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.115
    std = 0.942
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [54, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [216, 54, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.062
    std = 0.271
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.272
    std = 0.224
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.317
    std = 1.144
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.119
    std = 1.293
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.243
    std = 5.378
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 11.670
    std = 7.271
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.510
    std = 0.410
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.918
    std = 1.155
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [216, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.062
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.269
    std = 0.748
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.892
    std = 0.638
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.365
    std = 1.251
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.192
    std = 1.235
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [54, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.019
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [216, 54, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [216, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.127
    std = 0.286
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.461
    std = 0.462
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.133
    std = 0.800
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [216]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.399
    std = 1.281
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_0_parameters_weight_"
    shape = [576, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.891
    std = 2.853
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.601
    std = 5.827
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.668
    std = 0.515
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.215
    std = 0.775
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 216, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.220
    std = 4.882
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13.441
    std = 4.763
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.758
    std = 0.398
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.703
    std = 0.976
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.031
    std = 0.337
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.624
    std = 0.621
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.489
    std = 0.961
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.194
    std = 0.823
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [54, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [54]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 54, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.791
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.948
    std = 1.093
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.888
    std = 0.699
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.215
    std = 0.775
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.721
    std = 2.757
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.403
    std = 7.168
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.129
    std = 0.290
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.357
    std = 0.851
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.329
    std = 0.496
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.570
    std = 0.378
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.717
    std = 0.814
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.026
    std = 0.737
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.085
    std = 0.246
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.172
    std = 0.179
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.070
    std = 0.775
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.105
    std = 1.111
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.891
    std = 2.402
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.770
    std = 3.793
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.205
    std = 0.363
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.734
    std = 0.822
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.172
    std = 0.333
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.392
    std = 0.427
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.720
    std = 1.102
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.935
    std = 0.789
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.013
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.111
    std = 0.212
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.173
    std = 0.153
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.026
    std = 0.693
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.259
    std = 0.994
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.219
    std = 2.634
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.000
    std = 2.370
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.119
    std = 0.341
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.080
    std = 0.928
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.081
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.150
    std = 0.220
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.795
    std = 0.759
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.889
    std = 0.797
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.083
    std = 0.219
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.209
    std = 0.279
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.917
    std = 0.700
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.280
    std = 0.804
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.639
    std = 2.699
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.262
    std = 3.243
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.124
    std = 0.266
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.170
    std = 0.738
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.051
    std = 0.241
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.132
    std = 0.248
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.489
    std = 0.914
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.824
    std = 0.731
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.011
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.097
    std = 0.166
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.130
    std = 0.129
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.958
    std = 0.730
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.384
    std = 0.812
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.063
    std = 2.968
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.443
    std = 7.574
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.129
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.207
    std = 0.709
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.057
    std = 0.211
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.158
    std = 0.371
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.492
    std = 1.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.917
    std = 0.686
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.123
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.124
    std = 0.089
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.945
    std = 0.626
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.488
    std = 0.895
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.920
    std = 2.883
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.620
    std = 2.588
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.116
    std = 0.207
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.439
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.028
    std = 0.127
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.051
    std = 0.066
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.575
    std = 0.800
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.836
    std = 0.623
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.010
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.111
    std = 0.180
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.200
    std = 0.068
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.928
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.468
    std = 0.776
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.117
    std = 2.806
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.343
    std = 2.341
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.083
    std = 0.202
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.533
    std = 0.605
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.034
    std = 0.068
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.985
    std = 0.693
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.948
    std = 0.533
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.029
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.017
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.168
    std = 0.210
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.313
    std = 0.086
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.911
    std = 0.511
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.343
    std = 0.706
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.176
    std = 2.944
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.577
    std = 3.452
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.044
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.546
    std = 0.618
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.034
    std = 0.082
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.836
    std = 0.816
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.969
    std = 0.555
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.027
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.122
    std = 0.170
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.255
    std = 0.084
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.874
    std = 0.446
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.371
    std = 0.620
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.045
    std = 3.194
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.892
    std = 1.715
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.087
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.624
    std = 0.636
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.022
    std = 0.018
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.278
    std = 0.641
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.993
    std = 0.549
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.020
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.018
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.217
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.361
    std = 0.098
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.883
    std = 0.429
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.377
    std = 0.526
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.037
    std = 2.757
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.686
    std = 1.868
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.101
    std = 0.210
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.631
    std = 0.666
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.020
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.031
    std = 0.050
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.411
    std = 0.616
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.024
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.026
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.188
    std = 0.195
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.327
    std = 0.128
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.874
    std = 0.446
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.337
    std = 0.517
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.108
    std = 2.729
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.483
    std = 1.828
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.151
    std = 0.220
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.569
    std = 0.697
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.039
    std = 0.037
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.593
    std = 0.655
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.112
    std = 0.564
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.022
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.023
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.278
    std = 0.249
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.269
    std = 0.212
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.899
    std = 0.542
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.325
    std = 0.442
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.598
    std = 3.166
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.380
    std = 4.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.225
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.610
    std = 0.870
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [576, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.077
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.080
    std = 0.127
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.383
    std = 1.200
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.099
    std = 0.659
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.020
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [576, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [576, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.032
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.151
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.098
    std = 0.103
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.922
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [576]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.280
    std = 0.632
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_0_parameters_weight_"
    shape = [1512, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.312
    std = 1.394
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_var_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.874
    std = 0.808
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_weight_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.705
    std = 0.208
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_bias_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.384
    std = 0.431
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [1512, 576, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.365
    std = 2.653
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.103
    std = 4.510
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.157
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.685
    std = 0.546
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [1512, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.038
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.025
    std = 0.055
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.543
    std = 0.647
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.015
    std = 0.562
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [144, 1512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [144]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [1512, 144, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [1512, 1512, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.239
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.174
    std = 0.060
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.448
    std = 0.393
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.384
    std = 0.431
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 1512]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.025
    data = None
