class Program_weight_tensor_meta_L_self_modules_stem_modules_0_parameters_weight_:
    name = "L_self_modules_stem_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.541
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
    mean = 0.226
    std = 1.288
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_mean_:
    name = "L_self_modules_stem_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.014
    std = 0.163
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_var_:
    name = "L_self_modules_stem_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.349
    std = 4.380
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_weight_:
    name = "L_self_modules_stem_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.888
    std = 1.401
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_bias_:
    name = "L_self_modules_stem_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.433
    std = 4.325
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_0_parameters_weight_"
    shape = [48, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.011
    std = 0.185
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.323
    std = 2.641
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.164
    std = 14.769
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.166
    std = 1.510
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.684
    std = 2.312
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [48, 32, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.032
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.956
    std = 2.874
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 16.385
    std = 8.413
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.121
    std = 0.705
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.175
    std = 1.831
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [48, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.205
    std = 1.531
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 22.304
    std = 7.494
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.495
    std = 0.603
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.725
    std = 1.532
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [8, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [8]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [48, 8, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.187
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [48, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.225
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.251
    std = 1.616
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.741
    std = 1.719
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.587
    std = 2.099
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.684
    std = 2.312
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [48, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.179
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.768
    std = 6.525
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 37.773
    std = 31.751
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.431
    std = 0.787
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.397
    std = 2.162
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [48, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.133
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.718
    std = 3.611
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 16.047
    std = 8.909
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.200
    std = 0.791
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 1.381
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [12, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.044
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [48, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.022
    std = 0.113
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.032
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [48, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.008
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.159
    std = 1.087
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.972
    std = 0.609
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.177
    std = 1.634
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [48]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.833
    std = 2.560
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_0_parameters_weight_"
    shape = [120, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.118
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.342
    std = 7.754
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 11.262
    std = 20.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.882
    std = 0.926
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.936
    std = 1.667
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [120, 48, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.986
    std = 9.355
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 37.468
    std = 18.268
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.906
    std = 0.821
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.962
    std = 1.751
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [120, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.099
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.305
    std = 3.643
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.712
    std = 7.473
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.130
    std = 0.501
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.322
    std = 2.113
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [12, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [12]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [120, 12, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.009
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.127
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.548
    std = 2.004
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.644
    std = 1.406
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.254
    std = 1.126
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.936
    std = 1.667
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.422
    std = 5.865
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10.770
    std = 10.143
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.478
    std = 0.564
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.432
    std = 1.799
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [120, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.286
    std = 1.080
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.820
    std = 1.353
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.360
    std = 1.022
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.971
    std = 1.472
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [30, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.036
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [120, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.094
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.143
    std = 0.429
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.414
    std = 0.325
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.266
    std = 0.865
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.833
    std = 1.532
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.068
    std = 7.317
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.344
    std = 4.260
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.666
    std = 0.426
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.489
    std = 1.307
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [120, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.425
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.690
    std = 0.726
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.563
    std = 0.806
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.229
    std = 1.322
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [30, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.043
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [120, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.333
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.316
    std = 0.188
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.160
    std = 0.776
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_2_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.378
    std = 1.897
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.264
    std = 7.515
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10.635
    std = 3.987
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.634
    std = 0.499
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.449
    std = 1.288
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [120, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.277
    std = 0.728
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.512
    std = 0.850
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.211
    std = 0.498
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.893
    std = 0.988
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [30, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [120, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.091
    std = 0.472
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.240
    std = 0.139
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.263
    std = 0.813
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_3_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.207
    std = 1.396
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.185
    std = 7.828
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 11.783
    std = 3.790
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.664
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.571
    std = 1.542
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [120, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.068
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.243
    std = 0.878
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.262
    std = 0.632
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.470
    std = 1.310
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.544
    std = 1.591
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [30, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.048
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [120, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.310
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.273
    std = 0.216
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.292
    std = 0.837
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_4_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.321
    std = 1.112
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.700
    std = 9.477
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 13.574
    std = 5.217
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.735
    std = 0.473
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.506
    std = 1.246
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [120, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.384
    std = 0.764
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.072
    std = 1.621
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.354
    std = 0.635
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.128
    std = 1.066
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [30, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.034
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [120, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.063
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [120, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.051
    std = 0.266
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.264
    std = 0.195
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.268
    std = 1.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_5_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.181
    std = 1.146
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_0_parameters_weight_"
    shape = [336, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.469
    std = 5.234
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 4.195
    std = 3.219
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.578
    std = 0.438
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.905
    std = 1.147
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 120, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.445
    std = 9.917
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 22.711
    std = 8.090
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.238
    std = 0.500
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.739
    std = 1.153
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.065
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.168
    std = 0.631
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.683
    std = 1.536
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.458
    std = 0.742
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.582
    std = 0.942
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [30, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.056
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [30]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 30, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.023
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.402
    std = 0.951
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.815
    std = 1.317
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.859
    std = 0.798
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.905
    std = 1.147
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.480
    std = 3.386
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.849
    std = 3.204
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.166
    std = 0.353
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.264
    std = 0.977
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.053
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.297
    std = 0.658
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.710
    std = 0.695
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.093
    std = 1.078
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.142
    std = 0.980
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.026
    std = 0.353
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.237
    std = 0.314
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.931
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.341
    std = 1.171
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.158
    std = 4.202
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.594
    std = 3.074
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.288
    std = 0.335
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.542
    std = 0.875
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.288
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.514
    std = 0.397
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.977
    std = 1.089
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.053
    std = 0.863
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.070
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.128
    std = 0.083
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.867
    std = 0.621
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.046
    std = 1.049
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.209
    std = 3.973
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.884
    std = 2.938
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.317
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.653
    std = 0.826
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.198
    std = 0.309
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.443
    std = 0.354
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.788
    std = 0.881
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.994
    std = 0.859
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.011
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.006
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.041
    std = 0.197
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.126
    std = 0.156
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.976
    std = 0.653
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.170
    std = 1.072
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.162
    std = 4.108
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.459
    std = 1.938
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.303
    std = 0.270
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.965
    std = 0.727
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.070
    std = 0.299
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.223
    std = 0.233
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.944
    std = 0.624
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.778
    std = 0.815
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.015
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.077
    std = 0.236
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.183
    std = 0.096
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.874
    std = 0.580
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.121
    std = 0.929
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.230
    std = 3.906
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.235
    std = 1.760
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.207
    std = 0.316
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.163
    std = 0.890
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.156
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.102
    std = 0.079
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.839
    std = 1.050
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.828
    std = 0.871
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.042
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.141
    std = 0.057
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.850
    std = 0.539
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.777
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.179
    std = 4.801
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 6.489
    std = 2.425
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.279
    std = 0.425
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.172
    std = 1.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.052
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.188
    std = 0.268
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.234
    std = 1.053
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.836
    std = 0.808
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.023
    std = 0.012
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.061
    std = 0.218
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.173
    std = 0.437
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.793
    std = 0.697
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.153
    std = 0.636
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.098
    std = 5.706
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.578
    std = 6.439
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.225
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.145
    std = 0.893
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.083
    std = 0.194
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.219
    std = 0.516
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.614
    std = 0.998
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.846
    std = 0.837
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.018
    std = 0.017
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.143
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.084
    std = 0.077
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.962
    std = 0.877
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_7_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.056
    std = 0.682
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.629
    std = 5.455
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 10.477
    std = 9.703
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.197
    std = 0.336
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.023
    std = 0.866
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.287
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.195
    std = 0.204
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.057
    std = 1.298
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.695
    std = 0.878
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.004
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.043
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.047
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.068
    std = 0.075
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.948
    std = 0.782
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_8_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.157
    std = 0.829
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.635
    std = 5.361
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.101
    std = 2.388
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.170
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.029
    std = 0.769
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.117
    std = 0.243
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.134
    std = 0.184
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.277
    std = 0.569
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.862
    std = 0.758
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.019
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.013
    std = 0.011
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.021
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.022
    std = 0.136
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.066
    std = 0.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.020
    std = 0.718
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_9_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.079
    std = 0.728
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.784
    std = 5.221
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.751
    std = 2.189
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.177
    std = 0.268
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.186
    std = 0.800
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.063
    std = 0.161
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.099
    std = 0.102
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.481
    std = 0.552
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.913
    std = 0.893
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.010
    std = 0.008
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.027
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.010
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.024
    std = 0.186
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.078
    std = 0.030
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.026
    std = 0.724
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_10_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.233
    std = 0.811
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.786
    std = 5.827
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.310
    std = 2.149
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.163
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.281
    std = 0.795
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.029
    std = 0.143
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.067
    std = 0.058
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.882
    std = 0.834
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.000
    std = 0.792
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.020
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.007
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.014
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.058
    std = 0.157
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.118
    std = 0.044
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.995
    std = 0.601
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_11_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.266
    std = 0.792
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.178
    std = 5.842
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 8.714
    std = 2.200
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.202
    std = 0.232
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.435
    std = 0.765
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.050
    std = 0.130
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.060
    std = 0.069
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.190
    std = 0.315
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.896
    std = 0.892
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.014
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.013
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.060
    std = 0.014
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.005
    std = 0.570
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_12_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.279
    std = 0.782
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.015
    std = 5.961
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.174
    std = 1.834
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.158
    std = 0.255
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.564
    std = 0.721
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.029
    std = 0.021
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.750
    std = 0.567
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.036
    std = 0.789
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.023
    std = 0.016
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.008
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.017
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.056
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.113
    std = 0.031
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.998
    std = 0.601
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_13_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.186
    std = 0.704
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.039
    std = 5.714
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 9.816
    std = 3.586
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.185
    std = 0.305
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.344
    std = 0.826
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.035
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.105
    std = 0.240
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.108
    std = 0.270
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.480
    std = 0.877
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.145
    std = 0.882
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.028
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.022
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.031
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.012
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.053
    std = 0.035
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.094
    std = 0.761
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_14_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.159
    std = 0.717
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.030
    std = 6.273
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 11.722
    std = 7.411
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.186
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.379
    std = 0.862
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.060
    std = 0.218
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.130
    std = 0.241
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.704
    std = 1.066
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.073
    std = 0.826
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.003
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.040
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.009
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.016
    std = 0.030
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.030
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.053
    std = 0.033
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.076
    std = 0.787
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_15_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.228
    std = 0.798
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.979
    std = 6.797
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 12.883
    std = 12.485
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.137
    std = 0.325
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.184
    std = 0.833
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [336, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.001
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.063
    std = 0.298
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.176
    std = 0.422
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.504
    std = 1.097
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.994
    std = 0.731
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.002
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.039
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [336, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.016
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [336, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.076
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.068
    std = 0.074
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.119
    std = 0.777
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_16_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [336]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.244
    std = 0.836
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_0_parameters_weight_"
    shape = [888, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.127
    std = 3.930
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 7.294
    std = 8.386
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.498
    std = 0.394
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.692
    std = 0.708
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [888, 336, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.946
    std = 7.434
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 16.935
    std = 3.394
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.428
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.881
    std = 0.618
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [888, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.001
    std = 0.037
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.016
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.067
    std = 0.030
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.593
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.230
    std = 0.412
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [84, 888, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [84]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.023
    std = 0.018
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [888, 84, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.013
    std = 0.038
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [888, 888, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.354
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.557
    std = 0.143
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.790
    std = 0.566
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.692
    std = 0.708
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [888, 888, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.005
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -2.255
    std = 1.077
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 5.963
    std = 2.496
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 1.483
    std = 0.436
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.784
    std = 0.539
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [888, 24, 3, 3]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.003
    std = 0.033
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.140
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.094
    std = 0.104
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 2.464
    std = 0.851
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -1.857
    std = 1.013
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc1_parameters_weight_"
    shape = [222, 888, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.002
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc1_parameters_bias_"
    shape = [222]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.005
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc2_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc2_parameters_weight_"
    shape = [888, 222, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.011
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc2_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_se_modules_fc2_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.049
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [888, 888, 1, 1]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.004
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.154
    std = 0.057
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.089
    std = 0.027
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 3.052
    std = 0.392
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [888]
    dtype = "torch.float32"
    device = "cpu"
    mean = -3.620
    std = 0.614
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 888]
    dtype = "torch.float32"
    device = "cpu"
    mean = 0.000
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cpu"
    mean = -0.000
    std = 0.032
    data = None
